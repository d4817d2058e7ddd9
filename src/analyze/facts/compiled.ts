/**
 * Patterns compiled once, straight to machine code, the first time they are needed (start-up time).
 *
 * V8 compiles a pattern for its bytecode interpreter the first time it runs, and again to machine code
 * the next time. But the first time a pattern runs over a subject of 1,000 characters or more, V8
 * compiles machine code at once, and for the long fact patterns that one compile costs about a third
 * of the two. So before its first search a pattern is run once over a blank text that long (no fact
 * pattern matches only blanks, and lastIndex is reset after). Which matches are found does not change.
 */
const BLANK = ' '.repeat(1000);

/** The pattern, compiled on the first call. */
export function compiled(pattern: RegExp): () => RegExp {
  let ready = false;
  return () => {
    if (!ready) {
      pattern.test(BLANK);
      pattern.lastIndex = 0;
      ready = true;
    }
    return pattern;
  };
}
