import { STATUS_CODES } from 'node:http';
import { ArticleError } from '../errors.js';
import { MAX_TEXT_BYTES, tooLarge } from './read-source.js';
import { looksLikeHtml } from './sniff.js';

/** What a fetch is waiting for, for whoever shows progress (the loader prints nothing). */
export type FetchProgress =
  | { phase: 'connecting'; url: string }
  | { phase: 'downloading'; url: string; received: number; total?: number }
  | { phase: 'done' };

export interface FetchOptions {
  /** Seconds for the whole fetch, redirects and body included. */
  timeout: number;
  /** Bytes; the body is not read past this. */
  maxSize: number;
  onProgress?: (progress: FetchProgress) => void;
  /** Media types to take besides web pages and text (a feed's). */
  alsoAccept?: ReadonlySet<string>;
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

const MAX_REDIRECTS = 5;

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Articles served as text: read as a .md or .txt file is. */
export const TEXT_TYPES = new Set(['text/markdown', 'text/x-markdown', 'text/plain']);

/**
 * Fetch a web page with Node's fetch: http and https only, redirects followed
 * here (at most five) so each hop is checked, one deadline for everything, the
 * body read no further than `maxSize`. Every failure is one ArticleError line.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  let url = httpUrl(address, address);
  const signal = AbortSignal.timeout(options.timeout * 1000);
  try {
    for (let redirects = 0; ; redirects++) {
      options.onProgress?.({ phase: 'connecting', url: url.href });
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      }).catch((err: unknown) => {
        throw signal.aborted ? timedOut(url, options.timeout) : networkError(err, url);
      });
      if (REDIRECT.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new ArticleError(`${url.href}: HTTP ${response.status} redirect with no Location`);
        if (redirects === MAX_REDIRECTS) {
          throw new ArticleError(`${address}: more than ${MAX_REDIRECTS} redirects`, 1, 'the site may be redirecting in a loop');
        }
        url = httpUrl(location, `${url.href} redirects to ${location}, which`, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw httpError(url, response.status);
      }
      const contentType = response.headers.get('content-type');
      const media = contentType?.split(';')[0]!.trim().toLowerCase();
      if (media && !HTML_TYPES.has(media) && !TEXT_TYPES.has(media) && !options.alsoAccept?.has(media)) {
        await response.body?.cancel();
        throw new ArticleError(`${url.href} is not a web page (it is ${media})`);
      }
      const bytes = await readBody(response, url, options).catch((err: unknown) => {
        throw signal.aborted ? timedOut(url, options.timeout) : err instanceof ArticleError ? err : networkError(err, url);
      });
      if (!media && !looksLikeHtml(bytes)) throw new ArticleError(`${url.href} is not a web page (no content type, and not HTML)`);
      return { url: url.href, contentType, bytes };
    }
  } finally {
    options.onProgress?.({ phase: 'done' });
  }
}

/** The one line a failed connection gets, from the error code Node puts on the fetch error's cause. */
export function networkError(err: unknown, url: URL): ArticleError {
  const cause = (err as { cause?: unknown })?.cause ?? err;
  // Node tries every address of a host and reports them together.
  const first = (cause as { errors?: unknown[] })?.errors?.[0] ?? cause;
  const code = String((cause as { code?: unknown })?.code ?? (first as { code?: unknown })?.code ?? '');
  const host = url.host;
  switch (code) {
    case 'ENOTFOUND':
      return new ArticleError(`cannot find the server ${url.hostname}`, 1, 'check the address and your connection');
    case 'EAI_AGAIN':
      return new ArticleError(`cannot look up ${url.hostname}: the DNS server did not answer`, 1, 'check your connection');
    case 'ECONNREFUSED':
      return new ArticleError(`${host} refused the connection`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return new ArticleError(`${host} closed the connection before sending the page`);
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new ArticleError(`cannot reach ${host}`, 1, 'check your connection');
  }
  // A plain-HTTP server answers a TLS hello with text, which TLS reads as a bad record.
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|^EPROTO$/.test(code)) {
    return new ArticleError(`${host} does not speak TLS: is it an http:// address?`);
  }
  if (/CERT|^UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO/.test(code)) {
    return new ArticleError(`${host} has a TLS certificate that cannot be trusted (${code})`);
  }
  if (/^ERR_TLS|SSL/.test(code)) return new ArticleError(`the TLS handshake with ${host} failed (${code})`);
  const message = (first as Error)?.message ?? String(first);
  return new ArticleError(`cannot fetch ${url.href}: ${message.split('\n')[0]}`);
}

function httpUrl(address: string, subject: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new ArticleError(`${subject} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ArticleError(`${subject} is not an http or https address`, 1, url.protocol === 'file:' ? 'give the path of the file instead' : undefined);
  }
  if (url.username || url.password) {
    throw new ArticleError(`${subject}: addresses with a user name or password are not supported`, 1, 'remove the user:password@ part');
  }
  return url;
}

function httpError(url: URL, status: number): ArticleError {
  const line = `${url.href}: HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd();
  if (status === 404 || status === 410) return new ArticleError(line, 1, 'check the address');
  if (status === 401 || status === 403) return new ArticleError(line, 1, 'the site will not serve it to us; it may need a login');
  if (status >= 500) return new ArticleError(line, 1, 'the server failed; try again later');
  return new ArticleError(line);
}

function timedOut(url: URL, seconds: number): ArticleError {
  return new ArticleError(`${url.href}: no complete answer within ${seconds} s`, 1, 'wait longer with --timeout <seconds>');
}

async function readBody(response: Response, url: URL, options: FetchOptions): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  // Past the most text a string can hold, the page could never be read, whatever --max-size says.
  const limit = Math.min(options.maxSize, MAX_TEXT_BYTES);
  if (total !== undefined && total > limit) {
    await response.body?.cancel();
    throw tooLarge(url.href, options.maxSize, total);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let received = 0;
  // Leaving the loop (by throwing) cancels the stream, so nothing past the cap is read.
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > limit) throw tooLarge(url.href, options.maxSize, received);
    chunks.push(chunk);
    options.onProgress?.({ phase: 'downloading', url: url.href, received, total });
  }
  return Buffer.concat(chunks, received);
}
