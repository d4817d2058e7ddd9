import { ArticleError } from '../errors.js';

// Placeholder until the HTML path lands.
export async function save(_source: string, _options: object): Promise<void> {
  throw new ArticleError('save: not built yet');
}
