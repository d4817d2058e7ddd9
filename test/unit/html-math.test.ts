import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/load/html/extract.js';
import { htmlToMarkdown } from '../../src/load/html/to-markdown.js';

const mi = (x: string) => `<mi>${x}</mi>`;
const mo = (x: string) => `<mo>${x}</mo>`;
const mn = (x: string) => `<mn>${x}</mn>`;
const formula = (inner: string, display = false) => `<math xmlns="http://www.w3.org/1998/Math/MathML"${display ? ' display="block"' : ''}>${inner}</math>`;
const math = (inner: string, display = false) => `<p>${formula(inner, display)}</p>`;

describe('formulas (MathML)', () => {
  it.each([
    ['a power', `${mi('a')}<msup>${mi('x')}${mn('2')}</msup>${mo('+')}${mi('c')}`, '`a x^2 + c`'],
    ['a subscript and a grouped superscript', `<msubsup>${mi('a')}${mi('k')}<mrow>${mi('n')}${mo('−')}${mn('1')}</mrow></msubsup>`, '`a_k^(n − 1)`'],
    ['a fraction of sums', `<mfrac><mrow>${mo('−')}${mi('b')}</mrow><mrow>${mn('2')}${mi('a')}</mrow></mfrac>`, '`(− b)/(2 a)`'],
    ['a square root', `<msqrt>${mi('b')}${mo('−')}${mn('4')}</msqrt>`, '`√(b − 4)`'],
    ['an nth root', `<mroot>${mi('x')}${mn('3')}</mroot>`, '`3√x`'],
    ['a dot accent', `<mover>${mi('x')}${mo('˙')}</mover>${mo('=')}${mi('y')}`, '`ẋ = y`'],
    ['a sum with limits', `<munderover>${mo('∑')}<mrow>${mi('k')}${mo('=')}${mn('1')}</mrow>${mi('n')}</munderover>${mi('k')}`, '`∑_(k = 1)^n k`'],
    ['a binomial', `${mo('(')}<mfrac linethickness="0">${mi('n')}${mi('k')}</mfrac>${mo(')')}`, '`(n choose k)`'],
    ['brackets hugging their contents', `${mi('f')}${mo('(')}${mi('x')}${mo(')')}`, '`f (x)`'],
    ['a TeX annotation, left out', `<semantics><mrow>${mi('x')}</mrow><annotation encoding="application/x-tex">x</annotation></semantics>`, '`x`'],
    ['underscores that are not emphasis', `<msub>${mi('x')}${mn('1')}</msub>${mo('+')}<msub>${mi('y')}${mn('2')}</msub>`, '`x_1 + y_2`'],
  ])('writes %s as one line of code', (_name, inner, markdown) => {
    expect(htmlToMarkdown(math(inner))).toBe(markdown);
  });

  it('sets a displayed system of equations a paragraph per row, and a matrix on one line', () => {
    const row = (a: string, b: string) => `<mtr><mtd>${mi(a)}</mtd><mtd>${mo('=')}${mn(b)}</mtd></mtr>`;
    expect(htmlToMarkdown(math(`<mtable>${row('x', '1')}${row('y', '2')}</mtable>`, true))).toBe('`x = 1`\n\n`y = 2`');
    expect(htmlToMarkdown(math(`${mi('A')}${mo('=')}<mtable>${row('x', '1')}${row('y', '2')}</mtable>`, true))).toBe('`A = x = 1; y = 2`');
  });

  it('keeps formulas whose wrappers have furniture-sounding classes (MathJax `CtxtMenu_Attached`)', () => {
    const prose = 'The equation below has two solutions whenever the leading coefficient is not zero, as every student learns.';
    const wrapped = `<span class="MathJax CtxtMenu_Attached_0"><span aria-hidden="true"><span class="glyph"></span></span><span class="assistive">${formula(`${mi('a')}${mo('≠')}${mn('0')}`)}</span></span>`;
    const html = `<html><head><title>Math</title></head><body><article><h1>Math</h1><p>${prose}</p><p>When ${wrapped}, there are two.</p><p>${prose} ${prose}</p><p>${prose} ${prose} ${prose}</p><p>${prose} ${prose}</p></article></body></html>`;
    const doc = extractArticle(html, { source: 'math.html', fallbackTitle: 'math' });
    expect(doc.blocks.map((b) => b.text).join('\n')).toContain('a ≠ 0');
  });
});
