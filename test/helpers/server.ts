import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BIN, ROOT, XDG_ENV, type RunResult } from './cli.js';

const HTML = `${ROOT}test/fixtures/html/`;

/** A fixture page's bytes, as they lie on disk. */
export function fixturePage(name: string): Buffer {
  return readFileSync(`${HTML}${name}`);
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const page =
  (name: string, contentType: string | null = 'text/html; charset=utf-8'): Route =>
  (_req, res) => {
    if (contentType) res.setHeader('content-type', contentType);
    res.end(fixturePage(name));
  };

const redirect =
  (location: string, status = 302): Route =>
  (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };

// Real-looking news prose, repeated until the page is `bytes` long.
function hugePage(bytes: number): Buffer {
  const paragraph = `<p>${'The council said the reservoir scheme would be reviewed again next year. '.repeat(10)}</p>\n`;
  return Buffer.from(`<!DOCTYPE html><html><body><article>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</article></body></html>`);
}

/** Every page the web tests fetch, by path. `/hops/N` is a chain of N redirects ending at the news page. */
const ROUTES: Record<string, Route> = {
  '/news.html': page('news.html'),
  '/news-untyped': page('news.html', null),
  '/latin1.html': page('latin1.html', 'text/html'),
  '/index.html': page('index.html'),
  '/story.md': page('news.md', 'text/markdown; charset=utf-8'),
  '/note.txt': (_req, res) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('A Short Note\n\nThe council met on Tuesday. "We will decide soon," said Mayor Ann Lee.\n');
  },
  // A feed of the pages above, relative links resolved against the feed's address, and one that is missing.
  '/feed.xml': (_req, res) => {
    res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
    const item = (title: string, link: string) => `<item><title>${title}</title><link>${link}</link><pubDate>Fri, 14 Mar 2025 07:30:00 GMT</pubDate></item>`;
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>${item('Floating solar', 'news.html')}${item('A missing page', '/no-such-page.html')}${item('A Short Note', '/note.txt')}</channel></rss>`);
  },
  '/report.pdf': (_req, res) => {
    res.setHeader('content-type', 'application/pdf');
    res.end('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  },
  '/ftp-redirect': redirect('ftp://127.0.0.1/story.html'),
  '/slow.html': (_req, res) => {
    const timer = setTimeout(page('news.html'), 5000, _req, res);
    res.on('close', () => clearTimeout(timer));
  },
  '/stalled.html': (_req, res) => {
    // Headers and the start of the page, then nothing: the deadline covers the body too.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write(fixturePage('news.html').subarray(0, 2000));
  },
  '/huge.html': (_req, res) => {
    // Chunked, with no Content-Length: only counting the bytes can stop it.
    res.writeHead(200, { 'content-type': 'text/html' });
    const body = hugePage(4 * 1024 * 1024);
    for (let i = 0; i < body.length; i += 64 * 1024) res.write(body.subarray(i, i + 64 * 1024));
    res.end();
  },
  '/huge-declared.html': (_req, res) => {
    const body = hugePage(4 * 1024 * 1024);
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length });
    res.end(body);
  },
};

export interface FixtureServer {
  /** The full http://127.0.0.1:PORT URL of a path. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serve the fixture pages on 127.0.0.1 at a free port; nothing leaves the loopback address. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) return redirect(Number(hops[1]) > 1 ? `/hops/${Number(hops[1]) - 1}` : '/news.html', 301)(req, res);
    const route = ROUTES[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (taken, then freed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Run the built binary without blocking, so the fixture server in this same
 * process can answer it (runCli's spawnSync would wait forever).
 */
export function runCliAsync(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...XDG_ENV, ...options.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parse a command's JSON answer, failing with its stderr when it did not give one. */
export async function runJsonAsync<T = any>(args: string[], options?: { cwd?: string }): Promise<T> {
  const result = await runCliAsync([...args, '--json'], options);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
