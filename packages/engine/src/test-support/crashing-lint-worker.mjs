// A lint worker for pool.test.ts that dies on some files, as a worker that hits a bug or runs
// out of memory would: `exit-*.py` ends the thread, `throw-*.py` throws out of the handler.
// Every other file is linted for real, with the real worker protocol.
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { lintFile } from "../../dist/index.js";

parentPort.on("message", ({ files }) => {
  for (const file of files) {
    const name = path.basename(file);
    if (name.startsWith("exit-")) process.exit(7);
    if (name.startsWith("throw-")) throw new Error(`cannot lint ${name}`);
    parentPort.postMessage({ type: "result", result: lintFile(file, { settings: workerData.settings }) });
  }
});
parentPort.postMessage({ type: "ready" });
