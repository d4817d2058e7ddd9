/**
 * Strings we echo from outside (a URL, a path, a page's address) made fit to
 * show: a password in a URL hidden, and any run of text longer than a line
 * cut short, so a 100 KB URL is never printed whole.
 */

// userinfo with a password, after a scheme that starts a word (so the search never restarts inside one).
const PASSWORD = /(?<![\w+.-])([a-z][\w+.-]*:\/\/[^\s/?#@:]*):[^\s/?#@]*@/gi;
/** Longest unbroken run of text shown as given. */
export const MAX_RUN = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/** `text` with URL passwords replaced by `***` and every unbroken run over MAX_RUN characters cut with an ellipsis. */
export function redact(text: string): string {
  return text.replace(PASSWORD, '$1:***@').replace(LONG_RUN, (run) => `${run.slice(0, MAX_RUN - 1)}…`);
}
