/**
 * A validation worker for the CLI's pool: it receives the validator options once, then file
 * paths one at a time, and answers each with a report or an I/O error. Runs in a worker thread.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createValidator } from '../engine/validate.js';
import type { ValidateOptions, ValidationReport } from '../report/schema.js';

export type WorkerRequest = { readonly index: number; readonly file: string };
export type WorkerResponse =
  | { readonly index: number; readonly ok: true; readonly report: ValidationReport }
  | { readonly index: number; readonly ok: false; readonly error: string };

if (parentPort !== null) {
  const port = parentPort;
  const validator = createValidator(workerData as ValidateOptions);
  port.on('message', (req: WorkerRequest) => {
    readFile(req.file).then(
      (bytes) => port.postMessage({ index: req.index, ok: true, report: validator.validate(bytes) } satisfies WorkerResponse),
      (e: unknown) => port.postMessage({ index: req.index, ok: false, error: e instanceof Error && 'code' in e ? String(e.code) : String(e) } satisfies WorkerResponse),
    );
  });
}
