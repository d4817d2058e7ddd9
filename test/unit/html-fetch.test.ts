import { describe, expect, it } from 'vitest';
import { networkError } from '../../src/load/fetch.js';

// Node's fetch rejects with TypeError('fetch failed') and the system error as its cause.
const failed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });
const sysError = (code: string, message = `${code} happened`) => Object.assign(new Error(message), { code });
const URL_ = new URL('https://news.example:8443/story.html');

describe('networkError', () => {
  it.each([
    ['DNS: no such host', failed(sysError('ENOTFOUND')), 'cannot find the server news.example (check the address and your connection)'],
    ['DNS: no answer', failed(sysError('EAI_AGAIN')), 'cannot look up news.example: the DNS server did not answer (check your connection)'],
    ['refused', failed(sysError('ECONNREFUSED')), 'news.example:8443 refused the connection'],
    [
      'refused on every address of the host',
      failed(Object.assign(new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')]), { code: undefined })),
      'news.example:8443 refused the connection',
    ],
    ['reset', failed(sysError('ECONNRESET')), 'news.example:8443 closed the connection before sending the page'],
    ['connect timeout', failed(sysError('UND_ERR_CONNECT_TIMEOUT')), 'cannot reach news.example:8443 (check your connection)'],
    ['no route', failed(sysError('EHOSTUNREACH')), 'cannot reach news.example:8443 (check your connection)'],
    ['a bad certificate', failed(sysError('CERT_HAS_EXPIRED')), 'news.example:8443 has a TLS certificate that cannot be trusted (CERT_HAS_EXPIRED)'],
    ['a self-signed certificate', failed(sysError('DEPTH_ZERO_SELF_SIGNED_CERT')), 'news.example:8443 has a TLS certificate that cannot be trusted (DEPTH_ZERO_SELF_SIGNED_CERT)'],
    ['anything else', failed(sysError('EWHATEVER', 'something odd\nwith detail')), 'cannot fetch https://news.example:8443/story.html: something odd'],
  ])('%s', (_name, err, line) => {
    const error = networkError(err, URL_);
    expect(error.exitCode).toBe(1);
    expect(`${error.message}${error.hint ? ` (${error.hint})` : ''}`).toBe(line);
  });
});
