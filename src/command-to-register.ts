import type { Command } from 'commander';

/**
 * Which subcommands the program needs for this command line: building each
 * one's options and help costs start-up time, and a run uses at most one.
 *
 * The answer is the first word Commander would take as an operand (skipping
 * the program's own options and their values), that is the name it would
 * dispatch on; `'all'` when help is asked before any such word, or that word is
 * `help`; `undefined` when there is no word at all (the bundled article). A
 * word that names no command is the source of the default `read`: then no
 * subcommand is registered, and none is needed.
 */
export function commandToRegister(program: Command, userArgs: readonly string[]): string | 'all' | undefined {
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long]));
  for (let i = 0; i < userArgs.length; i++) {
    const arg = userArgs[i]!;
    if (arg === '--') return userArgs[i + 1];
    if (arg === '-h' || arg === '--help') return 'all';
    if (!arg.startsWith('-') || arg === '-') return arg === 'help' ? 'all' : arg;
    // `--width 40` and `-s 2` take the next word; `--width=40` and `-s2` do not.
    if (takesValue.has(arg)) i++;
  }
  return undefined;
}
