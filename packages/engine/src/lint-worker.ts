/**
 * A worker thread of the lint pool (`pool.ts`): lints the files it is sent, one result message
 * per file, in the order received — the pool relies on that order to know which file a crashed
 * worker was on.
 */
import { parentPort, workerData } from "node:worker_threads";
import { lintFile } from "./engine.js";
import type { FromWorker, ToWorker, WorkerOptions } from "./pool.js";

const port = parentPort!;
const options = workerData as WorkerOptions;

port.on("message", (message: ToWorker) => {
  for (const file of message.files) {
    port.postMessage({ type: "result", result: lintFile(file, options) } satisfies FromWorker);
  }
});
// Everything is loaded (tree-sitter, rules): from here on, a dying worker was killed by a file.
port.postMessage({ type: "ready" } satisfies FromWorker);
