/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/**
 * The one error type the project throws on purpose. `cli.ts` turns it into a
 * single `article: ...` line on stderr and its exit code; anything else is a bug.
 */
export class ArticleError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.input,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** Wrong usage: an option value the command cannot take (`--kind colour`). */
export function usageError(message: string, hint?: string): ArticleError {
  return new ArticleError(message, EXIT.usage, hint);
}

/** An ArticleError from any bundle: `instanceof` only knows the class of its own bundle. */
export function isArticleError(err: unknown): err is ArticleError {
  return err instanceof Error && err.name === 'ArticleError' && typeof (err as ArticleError).exitCode === 'number';
}
