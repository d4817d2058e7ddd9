import { ArticleError } from '../errors.js';
import type { CommonOptions } from './options.js';

// Placeholder until the facts engine lands.
export async function facts(_source: string | undefined, _options: CommonOptions): Promise<void> {
  throw new ArticleError('facts: not built yet');
}
