import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, runJson } from '../helpers/cli.js';
import { closedPort, runCliAsync, runJsonAsync, startFixtureServer, type FixtureServer } from '../helpers/server.js';

// The same article written by hand in Markdown: what the extraction must find in the page.
const NEWS_MD = `${ROOT}test/fixtures/html/news.md`;
const NEWS_HTML = `${ROOT}test/fixtures/html/news.html`;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('article on a web page (served on 127.0.0.1)', () => {
  it('finds the same sections as the article written in Markdown', async () => {
    const fromPage = await runJsonAsync(['sections', server.url('/news.html')]);
    expect(fromPage.article).toEqual({ title: "Reservoir to host Britain's largest floating solar farm", source: server.url('/news.html') });
    expect(fromPage.sections).toEqual(runJson(['sections', NEWS_MD]).sections);
  });

  it('finds the same quotes as the article written in Markdown', async () => {
    const fromPage = await runJsonAsync(['quotes', server.url('/news.html')]);
    expect(fromPage.quotes.length).toBeGreaterThan(0);
    expect(fromPage.quotes).toEqual(runJson(['quotes', NEWS_MD]).quotes);
  });

  it('reads a web page piped to standard input', () => {
    const piped = runJson(['sections', '-'], { input: readFileSync(`${ROOT}test/fixtures/html/news.html`) });
    expect(piped.sections).toEqual(runJson(['sections', NEWS_MD]).sections);
  });

  it('reads a Markdown URL as the Markdown file it is', async () => {
    const fromUrl = await runJsonAsync(['quotes', server.url('/story.md')]);
    expect(fromUrl.quotes).toEqual(runJson(['quotes', NEWS_MD]).quotes);
    expect(fromUrl.article.source).toBe(server.url('/story.md'));
  });

  it('reads a plain-text URL as a .txt file', async () => {
    const { sections, article } = await runJsonAsync(['sections', server.url('/note.txt')]);
    expect(article.title).toBe('A Short Note');
    expect(sections).toHaveLength(1);
    const { quotes } = await runJsonAsync(['quotes', server.url('/note.txt')]);
    expect(quotes.map((q: { speaker: { name: string } }) => q.speaker.name)).toEqual(['Ann Lee']);
  });

  it('takes title, authors, date, site and canonical URL from the page metadata', async () => {
    const { meta } = await runJsonAsync(['info', server.url('/news.html')]);
    expect(meta).toEqual({
      title: "Reservoir to host Britain's largest floating solar farm",
      author: 'Priya Raman, Tom Ellery',
      date: '2025-03-14T07:30:00Z',
      site: 'The Valley Courier',
      url: 'https://www.valleycourier.example/news/2025/03/14/hollins-floating-solar',
    });
  });

  it('leaves out navigation, ads, comments, related links and the footer, and runs no script', async () => {
    const { code, stdout: wrapped, stderr } = await runCliAsync(['read', server.url('/news.html'), '--plain']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const stdout = wrapped.replace(/\s+/g, ' ');
    expect(stdout).toContain('Councillors have approved plans');
    expect(stdout).toContain('the climate emergency will not wait for us');
    for (const boilerplate of ['cookie', 'Advertisement', 'garden furniture', 'Related stories', 'Hosepipe ban', 'Absolute madness', 'Most read', 'morning briefing', 'All rights reserved', 'SCRIPT RAN']) {
      expect(stdout).not.toContain(boilerplate);
    }
  });

  it('reads every command the same from a saved .html file', () => {
    expect(runJson(['sections', NEWS_HTML]).sections).toEqual(runJson(['sections', NEWS_MD]).sections);
    expect(runJson(['info', NEWS_HTML]).meta.author).toBe('Priya Raman, Tom Ellery');
    expect(runJson(['summary', NEWS_HTML]).sentences.length).toBeGreaterThan(0);
  });

  it('decodes a windows-1252 page (charset from <meta http-equiv>)', async () => {
    for (const source of [server.url('/latin1.html'), `${ROOT}test/fixtures/html/latin1.html`]) {
      const stdout = (await runCliAsync(['read', source, '--plain'])).stdout.replace(/\s+/g, ' ');
      expect(stdout).toContain('“We are not against the city earning money from tourism');
      expect(stdout).toContain('Inés Domínguez');
      expect(stdout).toContain('€2.50');
      expect(stdout).toContain('Jürgen Castellón');
      expect(stdout).not.toMatch(/[\u0080-\u009f\ufffd]/);
    }
    const { article, meta } = await runJsonAsync(['info', server.url('/latin1.html')]);
    expect(article.title).toBe('Café owners in Málaga fight “tourist tax”');
    expect(meta).toMatchObject({ author: 'José Muñoz', date: '2024-06-02', url: server.url('/2024/06/02/malaga-cafe-tax.html') });
  });

  it.each([3, 5])('follows a chain of %i redirects', async (hops) => {
    const { article } = await runJsonAsync(['info', server.url(`/hops/${hops}`)]);
    expect(article.title).toBe("Reservoir to host Britain's largest floating solar farm");
  });

  it('reads a page sent without a content type when it opens like HTML', async () => {
    expect((await runJsonAsync(['sections', server.url('/news-untyped')])).sections).toEqual(runJson(['sections', NEWS_MD]).sections);
  });
});

describe.concurrent('article on a web page that cannot be read', () => {
  it.each([
    ['a missing page (404)', '/missing.html', [], /: HTTP 404 Not Found \(check the address\)$/],
    ['a PDF', '/report.pdf', [], / is not a web page \(it is application\/pdf\)$/],
    ['a front page with no article', '/index.html', [], /: found no article in this page/],
    ['a chain of 6 redirects', '/hops/6', [], /: more than 5 redirects/],
    ['a redirect to ftp', '/ftp-redirect', [], /redirects to ftp:\/\/127\.0\.0\.1\/story\.html, which is not an http or https address$/],
    ['a page that answers too late', '/slow.html', ['--timeout', '1'], /: no complete answer within 1 s \(wait longer with --timeout <seconds>\)$/],
    ['a page that stops halfway', '/stalled.html', ['--timeout', '1'], /: no complete answer within 1 s/],
    ['a huge page sent in chunks', '/huge.html', ['--max-size', '100k'], / is larger than 100 KB \(raise the limit with --max-size\)$/],
    ['a huge page with its length declared', '/huge-declared.html', ['--max-size', '100k'], / is larger than 100 KB/],
  ])('%s: one line on stderr, exit 1, nothing on stdout', async (_name, path, args, message) => {
    const { code, stdout, stderr } = await runCliAsync(['quotes', server.url(path), '--json', ...args]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^article: [^\n]*\n$/);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('says so when nothing listens on the port', async () => {
    const port = await closedPort();
    const { code, stderr } = await runCliAsync(['info', `http://127.0.0.1:${port}/news.html`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`article: 127.0.0.1:${port} refused the connection\n`);
  });

  it.each([
    ['ftp://127.0.0.1/news.html', /^article: ftp:\/\/127\.0\.0\.1\/news\.html is not an http or https address\n$/],
    ['file:///etc/hostname', /is not an http or https address \(give the path of the file instead\)\n$/],
    ['http://', /^article: http:\/\/ is not a valid URL\n$/],
  ])('refuses %s', (source, message) => {
    const { code, stderr } = runCli(['info', source]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });
});

describe('start-up budget', () => {
  // Name every file the CLI loads, whichever module system loads it: the ESM
  // loader's hook sees import(), require.cache holds what require() loaded.
  const hook = `export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
  const preload = [
    `import { createRequire, register } from 'node:module';`,
    `import { pathToFileURL } from 'node:url';`,
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`,
    `const cache = createRequire(${JSON.stringify(BIN)}).cache;`,
    `process.on('exit', () => { for (const file of Object.keys(cache)) process.stderr.write('LOADED ' + pathToFileURL(file).href + '\\n'); });`,
  ].join('\n');
  const loadsReadability = (args: string[]) => {
    const { stderr } = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(preload)}`, BIN, ...args], { encoding: 'utf8', cwd: ROOT });
    const files = [...stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => fileURLToPath(m[1]!)).filter((file) => file.startsWith(ROOT));
    expect(files.length).toBeGreaterThan(0);
    return files.some((file) => readFileSync(file, 'utf8').includes('isProbablyReaderable'));
  };

  it('loads the HTML libraries for a web page, and never to read Markdown', () => {
    expect(loadsReadability(['info', NEWS_HTML])).toBe(true);
    expect(loadsReadability(['read', NEWS_MD, '--plain'])).toBe(false);
    expect(loadsReadability(['sections'])).toBe(false);
  });
});
