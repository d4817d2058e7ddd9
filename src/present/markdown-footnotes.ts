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

/** GFM footnotes for marked (which has none): the renderer numbers them in order of first reference. */
export function footnotes(): MarkedExtension {
  return {
    extensions: [
      {
        name: 'footnoteDefinition',
        level: 'block',
        start: (src) => src.match(/^\[\^/m)?.index,
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
