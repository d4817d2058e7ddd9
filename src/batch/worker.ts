/**
 * A batch worker thread: runs the jobs it is sent, several at once when they
 * wait on the network, and posts each result back with its id. Bundled as its
 * own entry: dist/batch-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

parentPort!.on('message', ({ id, job }: { id: number; job: Job }) => {
  void runJob(job).then((result) => parentPort!.postMessage({ id, result }));
});
