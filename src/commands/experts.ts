import { ArticleError } from '../errors.js';
import type { CommonOptions } from './options.js';

// Placeholder until the experts engine lands.
export async function experts(_source: string | undefined, _options: CommonOptions): Promise<void> {
  throw new ArticleError('experts: not built yet');
}
