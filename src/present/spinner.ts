import type { FetchProgress } from '../load/fetch.js';
import { fit } from './text.js';

/** Where the spinner draws: standard error, or a stand-in in tests. */
export interface SpinnerStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
// A fetch that answers within half a second needs no spinner; drawing one would only flicker.
const DELAY_MS = 500;
const FRAME_MS = 80;
const CLEAR_LINE = '\r\x1b[2K';

/**
 * A progress callback for the loader that shows what a slow fetch is waiting
 * for on standard error, and clears the line when it is done. Undefined when
 * standard error is not a terminal: logs and pipes get nothing.
 */
export function fetchSpinner(stream: SpinnerStream = process.stderr): ((progress: FetchProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let label = '';
  let frame = 0;
  let shown = false;
  let delay: NodeJS.Timeout | undefined;
  let ticker: NodeJS.Timeout | undefined;
  const draw = () => {
    const width = Math.max(10, (stream.columns || 80) - 3); // 0 when the terminal does not say
    stream.write(`${CLEAR_LINE}${FRAMES[frame++ % FRAMES.length]} ${fit(label, width)}`);
    shown = true;
  };
  return (progress) => {
    if (progress.phase === 'done') {
      clearTimeout(delay);
      clearInterval(ticker);
      delay = ticker = undefined;
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
      return;
    }
    label = describeProgress(progress);
    if (delay || ticker) return;
    // Unref'd: a spinner must never keep the process alive.
    delay = setTimeout(() => {
      draw();
      ticker = setInterval(draw, FRAME_MS).unref();
    }, DELAY_MS).unref();
  };
}

/** What the spinner says: the host it waits for, and how much has arrived. */
export function describeProgress(progress: Exclude<FetchProgress, { phase: 'done' }>): string {
  const host = new URL(progress.url).host;
  if (progress.phase === 'connecting') return `waiting for ${host}…`;
  const total = progress.total ? ` of ${megabytes(progress.total)}` : '';
  return `downloading from ${host}: ${megabytes(progress.received)}${total}…`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
