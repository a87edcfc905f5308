/**
 * A worker thread of the lint pool (`pool.ts`): lints the files it is sent, one result message
 * per file, in the order received — the pool relies on that order to know which file a crashed
 * worker was on.
 */
import { parentPort, workerData } from "node:worker_threads";
import { initPythonParser } from "@dag-transport/python";
import { lintFile } from "./engine.js";
import type { FromWorker, ToWorker, WorkerOptions } from "./pool.js";
import type { SiblingCache } from "./siblings.js";

const port = parentPort!;
const options = workerData as WorkerOptions;
/** A worker lives for one run: one sibling-file cache for all its files. */
const siblings: SiblingCache = new Map();
const queue: string[] = [];
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
  port.postMessage({ type: "result", result: lintFile(file, options, siblings) } satisfies FromWorker);
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
