// wrap-ansi 7 (the CommonJS line, without Intl at load time) ships no types.
declare module 'wrap-ansi' {
  interface Options {
    hard?: boolean;
    trim?: boolean;
    wordWrap?: boolean;
  }
  /** Wrap text with colour codes and OSC 8 links at `columns`, codes kept intact across lines. */
  export default function wrapAnsi(input: string, columns: number, options?: Options): string;
}
