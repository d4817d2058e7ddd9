// Formulas on web pages are MathML (written by hand, or by MathJax and KaTeX beside
// their visual rendering). A terminal cannot lay them out in two dimensions, so they
// become one line each in the usual plain-text notation: `x = (− b ± √(b^2 − 4 a c))/(2 a)`.

// The DOM calls used here, typed loosely (linkedom's and turndown's parsers differ).
export interface MathNode {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<MathNode>;
  parentElement?: MathNode | null;
  getAttribute?(name: string): string | null;
  removeAttribute?(name: string): void;
}

// Where a formula's inline wrappers end: the paragraph or block it sits in.
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'LI', 'TD', 'TH', 'DD', 'BLOCKQUOTE', 'FIGURE']);

/**
 * Readability drops elements whose class or id sounds like furniture; MathJax's
 * wrappers carry `CtxtMenu_Attached` (a "menu"), so a page's formulas would go and
 * its text read as gaps. A formula is content: its inline wrappers lose the names.
 */
export function unmaskMath(document: { querySelectorAll(selector: string): Iterable<MathNode> }): void {
  for (const math of document.querySelectorAll('math')) {
    for (let el = math.parentElement; el && !BLOCK.has(el.nodeName.toUpperCase()); el = el.parentElement) {
      el.removeAttribute?.('class');
      el.removeAttribute?.('id');
    }
  }
}

// Accents set over one letter (`<mover><mi>x</mi><mo>˙</mo></mover>`) as combining marks: ẋ.
const COMBINING: Record<string, string> = {
  '˙': '\u0307', '.': '\u0307', '¨': '\u0308', '^': '\u0302', 'ˆ': '\u0302', '~': '\u0303', '˜': '\u0303',
  '¯': '\u0304', '‾': '\u0304', '―': '\u0304', '→': '\u20d7', '⃗': '\u20d7',
};

const name = (node: MathNode) => node.nodeName.toLowerCase().replace(/^m:/, '');
const elements = (node: MathNode) => Array.from(node.childNodes).filter((n) => n.nodeType === 1);

// A part that is more than one symbol is grouped in parentheses when raised, lowered or divided.
function group(text: string): string {
  if ([...text].length <= 1 || /^[\p{L}\p{N}.]+$/u.test(text)) return text;
  if (/^\(.*\)$/.test(text) && !/\).*\(/.test(text.slice(1, -1))) return text;
  return `(${text})`;
}

/**
 * A formula as text: one line, or with `display` a system of equations (a formula
 * that is one table) a line per row; a table inside a formula (a matrix) keeps its
 * rows on the line, `; ` between them.
 */
export function formulaText(math: MathNode, display: boolean): string {
  let inner = math;
  for (let kids = elements(inner); kids.length === 1 && WRAPPER.has(name(inner)); kids = elements(inner)) inner = kids[0]!;
  // NFC: a letter with a combining accent is one character where one exists (ẋ).
  if (display && name(inner) === 'mtable') return elements(inner).map((row) => mathToText(row)).filter(Boolean).join('\n').normalize('NFC');
  return mathToText(math).normalize('NFC');
}

const WRAPPER = new Set(['math', 'mrow', 'mstyle', 'mpadded', 'semantics']);

function mathToText(node: MathNode): string {
  const text = (n: MathNode | undefined): string => (n ? mathToText(n) : '');
  const kids = elements(node);
  switch (name(node)) {
    case 'mi':
    case 'mn':
    case 'mo':
    case 'mtext':
    case 'ms':
      return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    case 'annotation':
    case 'annotation-xml':
    case 'mphantom':
    case 'none':
    case 'mprescripts':
      return '';
    case 'mspace':
      return ' ';
    case 'semantics':
      return text(kids[0]);
    case 'msup':
      return `${text(kids[0])}^${group(text(kids[1]))}`;
    case 'msub':
      return `${text(kids[0])}_${group(text(kids[1]))}`;
    case 'msubsup':
      return `${text(kids[0])}_${group(text(kids[1]))}^${group(text(kids[2]))}`;
    case 'munder':
      return `${text(kids[0])}_${group(text(kids[1]))}`;
    case 'munderover':
      return `${text(kids[0])}_${group(text(kids[1]))}^${group(text(kids[2]))}`;
    case 'mover': {
      const [base, over] = [text(kids[0]), text(kids[1])];
      return [...base].length === 1 && COMBINING[over] ? base + COMBINING[over] : `${base}^${group(over)}`;
    }
    case 'mfrac':
      // No line between the parts: a binomial coefficient, not a fraction.
      if (/^0(?:\D|$)/.test(node.getAttribute?.('linethickness') ?? '')) return `${text(kids[0])} choose ${text(kids[1])}`;
      return `${group(text(kids[0]))}/${group(text(kids[1]))}`;
    case 'msqrt':
      return `√${group(join(kids.map(text)))}`;
    case 'mroot':
      return `${group(text(kids[1]))}√${group(text(kids[0]))}`;
    case 'mtable':
      return kids.map(text).filter(Boolean).join('; ');
    case 'mlabeledtr':
      return join(kids.slice(1).map(text));
    default:
      return join(kids.map(text));
  }
}

// Symbols side by side with a space between, brackets and punctuation hugging what they enclose.
function join(parts: string[]): string {
  return parts
    .filter((p) => p !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/([([{]) /g, '$1')
    .replace(/ ([)\]},.;])/g, '$1')
    .trim();
}
