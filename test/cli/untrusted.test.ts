import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'article-untrusted-'));
// Foreign control bytes: C0 but tab and newline, DEL, C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('strings from outside are made safe like content', () => {
  const dir = freshDir();
  const hidden = join(dir, '\u001b[8mhidden\u001b[0m.md');
  writeFileSync(hidden, 'Just a paragraph.\n');
  const linked = join(dir, '\u001b]8;;mailto:evil@evil.example\u0007link\u001b]8;;\u0007.html');
  writeFileSync(linked, `<html><head><meta property="og:type" content="article"></head><body><article><p>${'Plain words in a page. '.repeat(10)}</p></article></body></html>`);

  it.each([
    ['sections', '--no-color'],
    ['info', '--no-color'],
    ['read', '--no-pager'],
    ['summary', '--no-color'],
  ])('%s %s: a file name with escapes prints none', (command, flag) => {
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      for (const path of [hidden, linked]) {
        const { code, stdout, stderr } = runCli([command, flag, path], { env });
        expect(code).toBe(0);
        expect(stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(CONTROL);
        expect(stdout).not.toContain('\u001b[8m');
        expect(stdout).not.toContain('\u001b]8;;mailto:evil');
        expect(stderr).toBe('');
      }
    }
  });

  it('JSON gives the name with the controls taken out', () => {
    const { stdout } = runCli(['info', '--json', hidden]);
    expect(JSON.parse(stdout).article.title).toBe('[8mhidden[0m');
  });
});

describe('errors say the true cause, in one line', () => {
  const dir = freshDir();
  symlinkSync('loop-b', join(dir, 'loop-a'));
  symlinkSync('loop-a', join(dir, 'loop-b'));
  symlinkSync('nowhere.md', join(dir, 'dangling.md'));
  writeFileSync(join(dir, 'file.md'), '# A file\n\nText.\n');
  writeFileSync(join(dir, 'utf16.txt'), Buffer.from('\ufeffA title\n\nSome text here.\n', 'utf16le'));
  writeFileSync(join(dir, 'utf16-no-bom.txt'), Buffer.from('A title\n\nSome text here.\n', 'utf16le'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);

  it.each([
    ['a symbolic link loop', ['info', join(dir, 'loop-a')], /^article: .*loop-a is a loop of symbolic links$/],
    ['a dangling symbolic link', ['info', join(dir, 'dangling.md')], /^article: .*dangling\.md is a symbolic link to a file that does not exist$/],
    ['a path through a file', ['info', join(dir, 'file.md', 'x.md')], /^article: no such file: .*x\.md \(a part of the path is a file, not a folder\)$/],
    ['UTF-16 with a byte-order mark', ['info', join(dir, 'utf16.txt')], /^article: .*utf16\.txt is UTF-16 text, not UTF-8 \(convert it first, e\.g\. iconv -f utf-16 -t utf-8\)$/],
    ['UTF-16 without one', ['info', join(dir, 'utf16-no-bom.txt')], /is UTF-16 text, not UTF-8/],
    ['a device', ['info', '/dev/null'], /^article: \/dev\/null is a device, not an article$/],
    ['a named pipe no one writes to', ['info', join(dir, 'fifo')], /^article: .*fifo is empty$/],
    ['a URL with a password', ['info', 'https://ann:s3cret@127.0.0.1:9/x'], /^article: https:\/\/ann:\*\*\*@127\.0\.0\.1:9\/x: addresses with a user name or password are not supported/],
    ['a 100 KB URL', ['info', `https://127.0.0.1:9/${'a'.repeat(100_000)}`], /^article: .{1,400}$/],
    ['save into a path through a file', ['save', join(dir, 'file.md'), '--out', join(dir, 'file.md', 'x.md')], /^article: cannot write .*x\.md: .*file\.md is not a folder$/],
  ])('%s', (_name, args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(1);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/unexpected|s3cret/);
  });
});

describe('save handles only its own files', () => {
  const source = (dir: string) => {
    const path = join(dir, 'in.md');
    writeFileSync(
      path,
      '---\ntitle: Links\ntags: [a, b]\nby:\n  name: Ann\n---\n\nA [good](https://example.com) link, a [bad](JaVaScRiPt:alert(1)) one, [a file](file:///etc/passwd) and ![data](data:image/png;base64,AA) and [mail](mailto:a@b.example).\n',
    );
    return path;
  };

  it("keeps other programs' temporary files, even ones named as its own would be", () => {
    const dir = freshDir();
    const input = source(dir);
    const theirs = Array.from({ length: 5 }, (_, i) => `.v.md.${i}.tmp`);
    for (const name of theirs) writeFileSync(join(dir, name), 'theirs');
    expect(runCli(['save', input, '--out', join(dir, 'v.md')]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...theirs, 'in.md', 'v.md'].sort());
    for (const name of theirs) expect(readFileSync(join(dir, name), 'utf8')).toBe('theirs');
  });

  it('refuses a symbolic link as target without --force, even one leading nowhere', () => {
    const dir = freshDir();
    const input = source(dir);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'link.md'));
    const { code, stderr } = runCli(['save', input, '--out', join(dir, 'link.md')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/link\.md already exists \(use --force/);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.md', 'link.md']);
  });

  it('keeps lists and maps in the front matter, and writes only http(s) and mailto links', () => {
    const dir = freshDir();
    const { stdout } = runCli(['save', source(dir), '--out', '-']);
    expect(stdout).toMatch(/^---\ntitle: Links\ntags:\n {2}- a\n {2}- b\nby:\n {2}name: Ann\n---\n/);
    expect(stdout).toContain('[good](https://example.com)');
    expect(stdout).toContain('[mail](mailto:a@b.example)');
    expect(stdout).toContain('a bad one, a file and data and');
    expect(stdout).not.toMatch(/javascript:|file:|data:/i);
  });

  it('does not follow a <base href> that is not http(s)', () => {
    const dir = freshDir();
    const page = join(dir, 'p.html');
    const para = `<p>${'Words of a real article about a council vote. '.repeat(6)}<a href="passwd">the notes</a>.</p>`;
    writeFileSync(page, `<html><head><base href="file:///etc/"><meta property="og:type" content="article"></head><body><article><h1>T</h1>${para}${para}</article></body></html>`);
    const { code, stdout } = runCli(['save', page, '--out', '-']);
    expect(code).toBe(0);
    expect(stdout).toContain('[the notes](passwd)');
    expect(stdout).not.toContain('file:');
  });
});

describe('bounded steps', () => {
  it('a body of tiny paragraphs past the render bound is shown whole as plain text, with a warning', () => {
    const dir = freshDir();
    const path = join(dir, 'tiny.md');
    writeFileSync(path, `# Tiny\n\n${'a.\n\n'.repeat(120_000)}`);
    const { code, stdout, stderr } = runCli(['read', '--no-pager', path]);
    expect(code).toBe(0);
    expect(stderr).toBe('article: the Markdown has too many paragraphs to render; showing it as plain text\n');
    expect(stdout.match(/^a\.$/gm)).toHaveLength(120_000);
  });

  it("the issue's 392-byte nested list in colour prints a few hundred bytes, not megabytes", () => {
    const dir = freshDir();
    const lines = Array.from({ length: 17 }, (_, x) => `${'  '.repeat(x)}* a`);
    lines.push(`${' '.repeat(34)}* * * * * * * * a`);
    writeFileSync(join(dir, 'l.md'), `${lines.join('\n')}\n`);
    const { code, stdout, stderr } = runCli(['read', '--no-pager', join(dir, 'l.md')], { env: { FORCE_COLOR: '1' } });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.length).toBeLessThan(4096);
    expect(stdout.match(/\* a|a$/gm)!.length).toBeGreaterThanOrEqual(17);
  });

  it('deep HTML (5,000 nested blockquotes, 50,000 spans) reads with its text and no stack overflow', () => {
    const dir = freshDir();
    const para = `<p>${'Words of a real article about a council vote. '.repeat(6)}</p>`;
    for (const [name, body] of [
      ['quotes.html', `${para}${'<blockquote>'.repeat(5000)}deep words${'</blockquote>'.repeat(5000)}`],
      ['spans.html', `${para}<p>${'<span>'.repeat(50_000)}deep words${'</span>'.repeat(50_000)}</p>`],
    ]) {
      writeFileSync(join(dir, name!), `<html><head><meta property="og:type" content="article"></head><body><article>${body}</article></body></html>`);
      const { code, stdout, stderr } = runCli(['read', '--no-pager', join(dir, name!)]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('deep words');
    }
  });
});
