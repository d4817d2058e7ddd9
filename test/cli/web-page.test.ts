import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, runJson } from '../helpers/cli.js';

// Small inline pages, each built to show one thing real news pages do.
const tmp = mkdtempSync(join(tmpdir(), 'article-web-'));
const PROSE = [
  'The council approved the harbour plan on Tuesday after a debate that lasted most of the night.',
  'Residents of the old town had argued that the new quay would block the view of the bay.',
  'Fishermen said the plan would give their boats a safer berth during the winter storms.',
  'The cost of the work is put at twelve million pounds, most of it paid by the regional government.',
  'Work on the first stage is due to start next spring and to last two years.',
  'Opponents said they would ask the courts to review the decision before any work begins.',
]
  .map((p, i) => `<p>Paragraph ${i + 1}. ${p}</p>`)
  .join('\n');

function page(name: string, head: string, body: string): string {
  const path = join(tmp, name);
  writeFileSync(path, `<!doctype html><html><head>${head}</head><body><article><h1>The Harbour Plan</h1>${body}</article></body></html>`);
  return path;
}

const read = (path: string, width = 80) => runCli(['read', path, '--no-pager', '--width', String(width)]);

describe('pictures and links in web pages', () => {
  const figure = page(
    'figure.html',
    '<title>The Harbour Plan</title>',
    `<figure><a href="https://example.com/photo/1"><img src="https://cdn.example.com/images/2024/05/harbour-at-dawn-with-the-fishing-fleet-at-rest-articleLarge.jpg?quality=75&auto=webp" alt=""></a>
       <figcaption><span>Boats at rest in the harbour before dawn.</span><span class="credit"><span class="visually-hidden">Credit</span>Credit Jane Doe/Reuters</span></figcaption></figure>
     ${PROSE}
     <p>See the <a href="https://example.com/council/minutes/2024/05/harbour-plan/full-text-of-the-decision.html">council's minutes</a> for more.</p>`,
  );

  it('shows a figure as one caption line with its credit, never raw Markdown or a broken URL', () => {
    const { code, stdout } = read(figure, 40);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/!\[|\]\(|^\s*[*•] Boats/m);
    expect(stdout).toMatch(/^▣ Boats at rest in the harbour before\n {2}dawn\. Credit Jane Doe\/Reuters$/m);
    expect(stdout).not.toContain('Credit Credit');
    expect(stdout).toMatch(/council's minutes\[1\]/);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(40);
    const at = lines.findIndex((l) => l.startsWith('[1] '));
    const url = lines.slice(at, at + 4).map((l) => l.replace(/^\[1\]/, '').trim()).join('');
    expect(url).toBe('https://example.com/council/minutes/2024/05/harbour-plan/full-text-of-the-decision.html');
  });

  it('keeps the caption out of the summary', () => {
    const { sentences } = runJson(['summary', figure, '-n', '5']);
    for (const s of sentences) expect(s.text).not.toMatch(/Boats at rest|Credit/);
  });
});

describe('page metadata', () => {
  it.each([
    ['meta byl', '<meta name="byl" content="By Erin Cunningham">', '', 'Erin Cunningham'],
    ['itemprop author', '', '<p itemprop="author" itemscope><span itemprop="name">Maria Lopez</span></p>', 'Maria Lopez'],
    [
      'JSON-LD in CDATA',
      '<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"The Harbour Plan","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}]}\n//]]></script>',
      '',
      'Ann Lee, Bo Chan',
    ],
    ['JSON-LD @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","author":{"name":"Tom Gray"}}]}</script>', '', 'Tom Gray'],
    ['author with a date and a site', '<meta name="author" content="By Sam Hill | Harbour News"><meta property="og:site_name" content="Harbour News">', '', 'Sam Hill'],
  ])('finds the author in %s', (name, head, body, author) => {
    const path = page(`author-${name.replace(/\W+/g, '-')}.html`, `<title>The Harbour Plan</title>${head}`, `${body}${PROSE}`);
    expect(runJson(['info', path]).meta.author).toBe(author);
  });

  it('takes the site or author suffix off the title', () => {
    const path = page('suffix.html', '<title>x</title><meta property="og:title" content="The Harbour Plan | Harbour News"><meta property="og:site_name" content="Harbour News">', PROSE);
    expect(runJson(['info', path]).article.title).toBe('The Harbour Plan');
  });
});

describe('boilerplate lines', () => {
  const path = page(
    'boilerplate.html',
    '<title>The Harbour Plan</title>',
    `<p>By Erin Cunningham</p><p>Updated 12:00 PM PT, June 3, 2019</p>${PROSE}<p>READ MORE: <a href="https://example.com/x">Council votes again</a></p><p>Sign up for our daily newsletter to get the news first.</p>`,
  );

  it('are shown by read but are not article text for summary, quotes or facts', () => {
    const { stdout } = read(path);
    expect(stdout).toContain('READ MORE: Council votes again');
    // The byline and the date line at the top are the header's, not repeated in the body.
    expect(stdout.split('\n')[1]).toBe('Erin Cunningham');
    expect(stdout).not.toContain('By Erin Cunningham');
    expect(stdout).not.toContain('Updated 12:00');
    const { sentences } = runJson(['summary', path, '-n', '10']);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) expect(s.text).not.toMatch(/READ MORE|newsletter|By Erin|12:00/);
    const { facts } = runJson(['facts', path]);
    for (const f of facts) expect(f.sentence ?? '').not.toMatch(/Updated 12:00/);
  });
});

describe('inputs', () => {
  const path = page('piped.html', '<title>The Harbour Plan</title>', PROSE);

  it('reads a page piped in with no source named', () => {
    const result = spawnSync('bash', ['-c', `cat ${path} | node ${BIN} read --no-pager`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('The Harbour Plan');
    expect(result.stdout).toContain('Paragraph 6. Opponents said');
  });

  it('reads the bundled article when standard input is /dev/null', () => {
    const result = spawnSync('bash', ['-c', `node ${BIN} read --no-pager < /dev/null`], { encoding: 'utf8' });
    expect(result.stdout.split('\n')[0]).toBe('Rare Border Crossing Shakes Korean Peninsula');
  });

  it('knows HTML by its content, whatever the file is called', () => {
    const bare = join(tmp, 'saved-page');
    writeFileSync(bare, `<!DOCTYPE html><html><head><title>The Harbour Plan</title></head><body><article>${PROSE}</article></body></html>`);
    const { code, stdout } = read(bare);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/<p>|<\/?article>/);
    expect(stdout).toContain('Paragraph 1. The council approved');
  });

  it('shows a section\'s own length in its header', () => {
    const { stdout } = runCli(['read', '--section', '2', '--no-pager']);
    expect(stdout).toMatch(/^section 2 · \d+ words · 1 min read$/m);
  });
});
