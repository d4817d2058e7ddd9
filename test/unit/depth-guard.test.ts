import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capDepth, MAX_DEPTH } from '../../src/load/html/depth-guard.js';

interface Walked {
  children: ArrayLike<Walked>;
}

// The deepest element in the page as linkedom builds it, walked without recursion.
function depth(html: string): number {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  let most = 0;
  const stack: Array<[Walked, number]> = [[document.body as unknown as Walked, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    most = Math.max(most, d);
    for (const child of Array.from(node.children)) stack.push([child, d + 1]);
  }
  return most;
}
// The words of the markup, tags taken out: what dropping tags must never lose.
const words = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
const text = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.textContent!.replace(/\s+/g, ' ').trim();

describe('capDepth', () => {
  it.each([
    ['nested divs', (n: number) => `${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}`],
    ['nested spans', (n: number) => `<p>${'<span>'.repeat(n)}deep text${'</span>'.repeat(n)}</p>`],
    ['nested blockquotes', (n: number) => `${'<blockquote>'.repeat(n)}deep text${'</blockquote>'.repeat(n)}`],
    ['divs never closed', (n: number) => `${'<div>'.repeat(n)}deep text`],
    ['paragraphs inside each level', (n: number) => `${'<div><p>level</p>'.repeat(n)}deep text${'</div>'.repeat(n)}`],
    ['table cells holding paragraphs', (n: number) => `${'<p><table><tr><td>'.repeat(n)}deep text`],
  ])('%s, 1,000 deep, are cut to the cap and keep every word', (_name, make) => {
    const html = make(1000);
    const capped = capDepth(html);
    expect(depth(capped)).toBeLessThanOrEqual(MAX_DEPTH + 2);
    expect(words(capped)).toBe(words(html));
    expect(text(capped)).toContain('deep text');
  });

  it.each([
    ['a real page with unclosed paragraphs and items', `<div><p>one<p>two<ul><li>a<li>b</ul>${'<p>more'.repeat(500)}</div>`],
    ['markup inside scripts and comments', `<script>${'<div>'.repeat(500)}</script><!-- ${'<div>'.repeat(500)} --><p>text</p>`],
    ['shallow nesting', '<article><section><div><p>a <b>b</b></p></div></section></article>'],
    ['a tag left open at the end', '<p>text <a href="x'],
  ])('%s is left as written', (_name, html) => {
    expect(capDepth(html)).toBe(html);
  });

  it('keeps paragraphs apart past the cap', () => {
    const capped = capDepth(`${'<div>'.repeat(300)}<p>one</p><p>two</p>${'</div>'.repeat(300)}`);
    const { document } = parseHTML(`<html><body>${capped}</body></html>`);
    expect(Array.from(document.querySelectorAll('p') as ArrayLike<{ textContent: string }>).map((p) => p.textContent)).toEqual(['one', 'two']);
  });
});
