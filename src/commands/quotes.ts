import { ArticleError } from '../errors.js';
import type { CommonOptions } from './options.js';

// Placeholder until the quotes engine lands.
export async function quotes(_source: string | undefined, _options: CommonOptions): Promise<void> {
  throw new ArticleError('quotes: not built yet');
}
