/**
 * A worker thread of the lint pool (`pool.ts`): lints the files it is sent, in the order
 * received, and posts their results several to a message (`RESULTS_PER_MESSAGE`, or what it has
 * when its queue runs dry). It counts the files it starts in shared memory: with the order of
 * the results, that tells the pool which file a crashed worker was on.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { LintResult } from "@dag-transport/core";
import { initPythonParser } from "@dag-transport/python";
import { lintFileRecorded } from "./engine.js";
import { RESULTS_PER_MESSAGE, type FromWorker, type ToWorker, type WorkerData } from "./pool.js";
import type { InputRecord } from "./result-cache.js";
import type { SiblingCache } from "./siblings.js";

const port = parentPort!;
const { started, record, ...options } = workerData as WorkerData;
/** A worker lives for one run: one sibling-file cache for all its files. */
const siblings: SiblingCache = new Map();
const queue: string[] = [];
/** Results not posted yet. */
let pending: LintResult[] = [];
/** Their input records, when the run asked for them (the result cache). */
let records: (InputRecord | undefined)[] = [];
let scheduled = false;
/** Files that arrive while the parser loads wait in the queue. */
let loaded = false;

/**
 * One file per turn of the event loop. tree-sitter frees a parse tree only when a finalizer
 * runs, and finalizers run between turns: linting a whole batch in one turn piles up every
 * batch's trees (gigabytes over a large run) and slows everything down with page faults.
 */
function lintNext(): void {
  scheduled = false;
  const file = queue.shift();
  if (file === undefined) return;
  if (started) Atomics.add(started, 0, 1);
  const linted = lintFileRecorded(file, options, siblings, record === true);
  pending.push(linted.result);
  if (record) records.push(linted.record);
  if (pending.length >= RESULTS_PER_MESSAGE || queue.length === 0) {
    port.postMessage({
      type: "results",
      results: pending,
      ...(record ? { records } : {}),
    } satisfies FromWorker);
    pending = [];
    records = [];
  }
  schedule();
}

function schedule(): void {
  if (!loaded || scheduled || queue.length === 0) return;
  scheduled = true;
  setImmediate(lintNext);
}

port.on("message", (message: ToWorker) => {
  queue.push(...message.files);
  schedule();
});
// The parser of this thread: a worker that cannot load one never says it is ready, and the pool
// lints on the calling thread instead.
await initPythonParser();
loaded = true;
schedule();
// Everything is loaded (tree-sitter, rules): from here on, a dying worker was killed by a file.
port.postMessage({ type: "ready" } satisfies FromWorker);
