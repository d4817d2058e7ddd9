import chalk from 'chalk';

/** How output is shaped: presenters take this and return strings. */
export interface OutputContext {
  width: number;
  color: boolean;
  /** stdout is a terminal (output may page). */
  tty: boolean;
  /** Terminal rows, for deciding whether to page. */
  rows: number;
  pager: boolean;
  /** The config file's pager, which $PAGER does not override. */
  pagerCommand?: string;
}

export interface OutputFlags {
  width?: number;
  color?: boolean;
  pager?: boolean;
  /** Colour even when stdout is not a terminal (`colour = always` in the config file). */
  forceColor?: boolean;
  pagerCommand?: string;
}

/** Terminal width capped at 100 columns (as glow caps), 80 when not a terminal. */
const MAX_WIDTH = 100;
const PIPE_WIDTH = 80;

/**
 * Decide width, colour and paging from the flags, the environment and stdout.
 * Colour follows chalk (FORCE_COLOR, TTY detection), plus NO_COLOR, which chalk ignores.
 */
export function outputContext(flags: OutputFlags, env = process.env, stdout = process.stdout): OutputContext {
  const tty = Boolean(stdout.isTTY);
  const noColor = flags.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  if (noColor) chalk.level = 0;
  else if (flags.forceColor && chalk.level === 0) chalk.level = 1;
  const width = flags.width ?? (tty && stdout.columns ? Math.min(stdout.columns, MAX_WIDTH) : PIPE_WIDTH);
  return {
    width,
    color: chalk.level > 0,
    tty,
    rows: tty && stdout.rows ? stdout.rows : 0,
    pager: tty && flags.pager !== false,
    pagerCommand: flags.pagerCommand,
  };
}
