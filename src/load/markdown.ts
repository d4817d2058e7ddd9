import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Document } from '../model.js';
import { splitFrontMatter } from './front-matter.js';
import { capNesting } from './markdown-guard.js';
import { decodeEntities, stripUnsafe } from './sanitize.js';

/** Markdown with optional YAML front matter; headings become sections. */
export function parseMarkdown(text: string, source: string, fallbackTitle: string): Document {
  const { meta, body: written } = splitFrontMatter(text, source);
  const body = capNesting(written);
  const tokens = new Lexer().lex(body);
  const blocks: Block[] = [];
  collectBlocks(tokens, blocks);
  let markdown = body;
  let title = typeof meta.title === 'string' ? meta.title.trim() : '';
  // Without a title in the front matter, a leading level-1 heading is the title.
  const firstContent = tokens.find((t) => t.type !== 'space');
  if (!title && firstContent?.type === 'heading' && (firstContent as Tokens.Heading).depth === 1) {
    title = blocks.shift()!.text;
    markdown = body.slice(body.indexOf(firstContent.raw) + firstContent.raw.length);
  }
  return { source, meta, title: title || fallbackTitle, blocks, markdown: markdown.trim() };
}

// Only top-level headings start sections; one inside a quote or list reads as a paragraph.
function collectBlocks(tokens: Token[], out: Block[], nested = false): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const t = token as Tokens.Heading;
        const text = inlineText(t.tokens);
        out.push(nested ? { kind: 'paragraph', text } : { kind: 'heading', level: t.depth, text });
        break;
      }
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        const text = t.tokens ? inlineText(t.tokens) : clean(t.text);
        if (text) out.push({ kind: 'paragraph', text });
        break;
      }
      case 'blockquote':
        collectBlocks((token as Tokens.Blockquote).tokens, out, true);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) collectBlocks(item.tokens, out, true);
        break;
    }
  }
}

function inlineText(tokens: Token[]): string {
  return clean(tokens.map(inlineOf).join(''));
}

function inlineOf(token: Token): string {
  switch (token.type) {
    case 'br':
      return ' ';
    case 'image':
    case 'html':
      return '';
    case 'codespan':
      return (token as Tokens.Codespan).text;
    default: {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested) return nested.map(inlineOf).join('');
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    }
  }
}

// marked decodes some character references itself, so strip after decoding too.
function clean(text: string): string {
  return stripUnsafe(decodeEntities(text)).replace(/\s+/g, ' ').trim();
}
