import { findSection, sectionMarkdown } from '../analyze/sections.js';
import { articleStats } from '../analyze/stats.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { terminalHyperlinks } from '../present/hyperlinks.js';
import type { ImageStyle, LinkStyle, RenderContext } from '../present/markdown.js';
import { emit, warn } from '../present/output.js';
import { presentArticle, presentPlain } from '../present/read.js';
import { MAX_RENDER_BLOCKS, renderWithin, rendererFor, type Renderer, type Rendering } from '../present/render-budget.js';
import type { CommonOptions } from './options.js';

export interface ReadOptions extends CommonOptions {
  section?: string;
  plain?: boolean;
  quotes?: boolean;
  links?: LinkStyle;
  images?: ImageStyle;
}

export async function read(source: string | undefined, options: ReadOptions): Promise<void> {
  const ctx = outputContext(options.plain ? { ...options, color: false } : options);
  const render: RenderContext = {
    ...ctx,
    links: options.links,
    images: options.images,
    plain: options.plain,
    hyperlinks: ctx.tty && terminalHyperlinks(ctx.color),
  };
  // A big body renders in a worker: it boots as soon as the input is read, and renders while
  // this thread builds the model and counts.
  let renderer: Renderer | undefined;
  let rendering: Promise<Rendering> | undefined;
  const whole = !options.quotes && options.section === undefined;
  const article = await loadArticle(source, {
    ...options,
    ...(whole && {
      onSize: (bytes: number) => (renderer = rendererFor(bytes, render)),
      onMarkdown: (markdown: string) => (rendering = renderer?.render(markdown)),
    }),
  }).catch((err: unknown) => {
    renderer?.cancel();
    throw err;
  });
  const section = options.section === undefined ? undefined : findSection(article, options.section);
  // With --plain too, the speakers are named after their quotes, uncoloured.
  if (options.quotes) return (await import('./quotes.js')).readWithQuotes(article, ctx, section);
  // Past MAX_RENDER_BLOCKS paragraphs marked could never finish in time, and its tokens would
  // double the memory: such a body goes straight to plain text.
  const blocks = (section ? [section] : article.sections).reduce((n, s) => n + s.paragraphs.length, 0);
  if (blocks > MAX_RENDER_BLOCKS) {
    renderer?.cancel();
    rendering = Promise.resolve({ failed: 'too big' });
  }
  rendering ??= renderWithin(section ? sectionMarkdown(article, section) : article.markdown, render);
  const stats = articleStats(article);
  const rendered = await rendering;
  if ('failed' in rendered) {
    const why = { 'too slow': 'took too long to render', 'too big': 'has too many paragraphs to render', broken: 'could not be rendered' }[rendered.failed];
    warn(`the Markdown ${why}; showing it as plain text`);
  }
  const text = 'text' in rendered ? rendered.text : undefined;
  await emit((options.plain ? presentPlain : presentArticle)(article, stats, ctx, text, section), ctx);
}
