import { ArticleError } from '../errors.js';
import type { CommonOptions } from './options.js';

// Placeholder until the summary engine lands.
export async function summary(_source: string | undefined, _options: CommonOptions): Promise<void> {
  throw new ArticleError('summary: not built yet');
}
