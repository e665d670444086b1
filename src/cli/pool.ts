/**
 * Spreads a batch of files over worker threads (one validator each), keeping results in input
 * order. Small batches, and runs from source (where the worker module is TypeScript), stay in
 * this thread: starting a worker costs more than validating a few invoices.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ValidateOptions, ValidationReport } from '../report/schema.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/** Files per worker below which a pool is not worth starting. */
const MIN_FILES_PER_WORKER = 16;

export type FileResult = { readonly ok: true; readonly report: ValidationReport } | { readonly ok: false; readonly error: string };

/** How many workers to start for `count` files when the caller asked for `jobs` (undefined: all cores). */
export function workersFor(count: number, jobs: number | undefined): number {
  const wanted = jobs ?? availableParallelism();
  return Math.max(0, Math.min(wanted, Math.floor(count / MIN_FILES_PER_WORKER)));
}

/** Whether worker threads can run this module's sibling worker (true for the built package). */
export function poolAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/** Validate files in `workers` threads; resolves to one result per file, in order. */
export function validateInPool(files: readonly string[], options: ValidateOptions, workers: number): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
    let next = 0;
    let done = 0;
    const pool: Worker[] = [];
    const finish = (err?: unknown) => {
      for (const w of pool) void w.terminate();
      if (err !== undefined) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(results as FileResult[]);
    };
    const feed = (w: Worker) => {
      if (next < files.length) {
        const req: WorkerRequest = { index: next, file: files[next]! };
        next++;
        w.postMessage(req);
      }
    };
    for (let k = 0; k < workers; k++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
      pool.push(w);
      w.on('message', (res: WorkerResponse) => {
        results[res.index] = res.ok ? { ok: true, report: res.report } : { ok: false, error: res.error };
        done++;
        if (done === files.length) finish();
        else feed(w);
      });
      w.on('error', finish);
      feed(w);
    }
  });
}
