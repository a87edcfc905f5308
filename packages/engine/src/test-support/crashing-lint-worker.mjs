// A lint worker for pool.test.ts that dies on some files, as a worker that hits a bug or runs
// out of memory would: `exit-*.py` ends the thread, `throw-*.py` throws out of the handler.
// Every other file is linted for real, with the real worker protocol: the shared count of files
// started, and results posted three at a time — so a worker dies with results not yet posted.
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { lintFile } from "../../dist/index.js";

let pending = [];
parentPort.on("message", ({ files }) => {
  for (const file of files) {
    Atomics.add(workerData.started, 0, 1);
    const name = path.basename(file);
    if (name.startsWith("exit-")) process.exit(7);
    if (name.startsWith("throw-")) throw new Error(`cannot lint ${name}`);
    pending.push(lintFile(file, { settings: workerData.settings }));
    if (pending.length === 3) {
      parentPort.postMessage({ type: "results", results: pending });
      pending = [];
    }
  }
  if (pending.length) parentPort.postMessage({ type: "results", results: pending });
  pending = [];
});
parentPort.postMessage({ type: "ready" });
