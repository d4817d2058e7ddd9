import { findSection } from '../analyze/sections.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { emit, warn } from '../present/output.js';
import { presentArticle, presentPlain } from '../present/read.js';
import type { CommonOptions } from './options.js';

export interface ReadOptions extends CommonOptions {
  section?: string;
  plain?: boolean;
}

export async function read(source: string | undefined, options: ReadOptions): Promise<void> {
  const article = await loadArticle(source, options);
  const section = options.section === undefined ? undefined : findSection(article, options.section);
  const ctx = outputContext(options.plain ? { ...options, color: false } : options);
  if (options.plain) return emit(presentPlain(article, ctx, section), ctx);
  const { text, rendered } = await presentArticle(article, ctx, section);
  if (!rendered) warn('the Markdown took too long to render; showing it as plain text');
  await emit(text, ctx);
}
