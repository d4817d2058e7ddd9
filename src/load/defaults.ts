/** Limits and source kinds shared by the loaders and the command line (which shows the defaults). */

/** Inputs larger than this are refused unless --max-size says otherwise. */
export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

/** Seconds to wait for a URL unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT = 15;

// Any scheme: the fetcher explains that only http and https are read.
const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

/** Does this source name a URL rather than a file or a bundled slug? */
export function isUrlSource(source: string): boolean {
  return URL_LIKE.test(source);
}
