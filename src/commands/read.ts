import { findSection, sectionMarkdown } from '../analyze/sections.js';
import { articleStats } from '../analyze/stats.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { terminalHyperlinks } from '../present/hyperlinks.js';
import type { ImageStyle, LinkStyle, RenderContext } from '../present/markdown.js';
import { emit, warn } from '../present/output.js';
import { presentArticle, presentPlain } from '../present/read.js';
import { renderWithin } from '../present/render-budget.js';
import type { CommonOptions } from './options.js';

export interface ReadOptions extends CommonOptions {
  section?: string;
  plain?: boolean;
  links?: LinkStyle;
  images?: ImageStyle;
}

export async function read(source: string | undefined, options: ReadOptions): Promise<void> {
  const article = await loadArticle(source, options);
  const section = options.section === undefined ? undefined : findSection(article, options.section);
  const ctx = outputContext(options.plain ? { ...options, color: false } : options);
  const render: RenderContext = {
    ...ctx,
    links: options.links,
    images: options.images,
    plain: options.plain,
    hyperlinks: ctx.tty && terminalHyperlinks(ctx.color),
  };
  // Start rendering first: a big body renders in a worker while this thread counts.
  const rendering = renderWithin(section ? sectionMarkdown(article, section) : article.markdown, render);
  const stats = articleStats(article);
  const rendered = await rendering;
  if ('failed' in rendered) {
    warn(rendered.failed === 'too slow' ? 'the Markdown took too long to render; showing it as plain text' : 'the Markdown could not be rendered; showing it as plain text');
  }
  const text = 'text' in rendered ? rendered.text : undefined;
  await emit((options.plain ? presentPlain : presentArticle)(article, stats, ctx, text, section), ctx);
}
