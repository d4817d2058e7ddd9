import type { SpinnerStream } from './spinner.js';

// Work done within this long needs no bar; drawing one would only flicker.
const DELAY_MS = 500;
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\x1b[2K';

export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Take the bar off the line (before writing to stdout on the same terminal). */
  hide(): void;
  /** Draw it again, if it was showing. */
  show(): void;
  end(): void;
}

/**
 * A progress bar on standard error, `[████░░░░] 34/84 articles`, drawn only on a
 * terminal and only once the work has taken more than a moment.
 */
export function progressBar(total: number, noun: string, stream: SpinnerStream = process.stderr, now: () => number = Date.now): Progress {
  let done = 0;
  let visible = false;
  let lastDraw = 0;
  const started = now();
  const enabled = Boolean(stream.isTTY) && total > 1;
  const draw = () => {
    const label = ` ${done}/${total} ${noun}`;
    const width = Math.max(10, Math.min(40, (stream.columns || 80) - label.length - 3));
    const filled = Math.round((done / total) * width);
    stream.write(`${CLEAR_LINE}[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${label}`);
    visible = true;
    lastDraw = now();
  };
  return {
    tick() {
      done++;
      if (!enabled) return;
      const t = now();
      if (t - started >= DELAY_MS && t - lastDraw >= REDRAW_MS) draw();
    },
    hide() {
      if (visible) stream.write(CLEAR_LINE);
    },
    show() {
      if (visible) draw();
    },
    end() {
      if (visible) stream.write(CLEAR_LINE);
      visible = false;
    },
  };
}
