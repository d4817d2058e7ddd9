import type { MarkedExtension, Token, Tokens } from 'marked';

/** `[^label]` in the text. */
export interface FootnoteReference extends Tokens.Generic {
  type: 'footnoteReference';
  label: string;
}

/** `[^label]: text`, with any indented lines after it. */
export interface FootnoteDefinition extends Tokens.Generic {
  type: 'footnoteDefinition';
  label: string;
  tokens: Token[];
}

const REFERENCE = /^\[\^([^\]\s]{1,100})\]/;
// The definition's first line, then indented or blank lines that continue it.
const DEFINITION = /^\[\^([^\]\s]{1,100})\]:[ \t]*([^\n]*(?:\n(?:[ \t]{2,}[^\n]*|[ \t]*(?=\n[ \t]{2,})))*)(?:\n|$)/;

/**
 * Where a definition may start in `src`, for marked to end the paragraph before it. marked asks
 * at every paragraph with all the rest of the document: looking only up to the paragraph's end
 * (a blank line), where the paragraph ends anyway, keeps lexing linear (a search to the end was
 * 4 s of a 10 MB article with no footnote at all).
 */
function definitionStart(src: string): number | undefined {
  const end = src.indexOf('\n\n');
  const head = end === -1 ? src : src.slice(0, end);
  const at = head.startsWith('[^') ? 0 : head.indexOf('\n[^');
  return at === -1 ? undefined : at === 0 ? 0 : at + 1;
}

/** GFM footnotes for marked (which has none): the renderer numbers them in order of first reference. */
export function footnotes(): MarkedExtension {
  return {
    extensions: [
      {
        name: 'footnoteDefinition',
        level: 'block',
        start: definitionStart,
        tokenizer(src) {
          const m = DEFINITION.exec(src);
          if (!m) return undefined;
          const text = m[2]!.replace(/^[ \t]+/gm, '');
          return { type: 'footnoteDefinition', raw: m[0], label: m[1]!, tokens: this.lexer.blockTokens(text, []) };
        },
      },
      {
        name: 'footnoteReference',
        level: 'inline',
        start: (src) => src.indexOf('[^'),
        tokenizer(src) {
          const m = REFERENCE.exec(src);
          return m ? { type: 'footnoteReference', raw: m[0], label: m[1]! } : undefined;
        },
      },
    ],
  };
}
