/**
 * Running a batch: worker threads, one per core, and results handed on in input
 * order with a bounded number in flight, so memory stays flat however many
 * articles there are.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.js';

/**
 * Start each item, at most `window` at a time, and hand the results to `take`
 * in input order. A slow item holds back only the window behind it.
 */
export async function inOrder<T, R>(items: Iterable<T>, start: (item: T) => Promise<R>, window: number, take: (result: R) => Promise<void>): Promise<void> {
  const pending: Array<Promise<R>> = [];
  const iterator = items[Symbol.iterator]();
  const fill = () => {
    while (pending.length < window) {
      const next = iterator.next();
      if (next.done) return;
      pending.push(start(next.value));
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    await take(result);
  }
}

interface Slot {
  worker: Worker;
  busy: Map<number, (result: JobResult) => void>;
}

/** Worker threads running jobs; each job goes to the least busy one. */
export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  run(job: Job): Promise<JobResult> {
    const slot = this.slots.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.busy.set(id, resolve);
      slot.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // The build puts batch-worker.js beside every command's file in dist/.
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { stdout: false, stderr: true });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', ({ id, result }: { id: number; result: JobResult }) => {
      slot.busy.get(id)?.(result);
      slot.busy.delete(id);
    });
    // A worker that dies fails its jobs, and a fresh one takes its place.
    const fail = (why: string) => {
      for (const resolve of slot.busy.values()) resolve({ ok: false, error: `article: a worker thread failed: ${why}` });
      slot.busy.clear();
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots[index] = this.spawn();
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => {
      if (slot.busy.size > 0) fail(`it exited with code ${code}`);
    });
    return slot;
  }
}
