/**
 * Lints many files on every core: worker threads each run `lintFile` on batches of files and
 * post one result per file back. Results come back in the order of the input (the sequential
 * order), whatever worker finished first.
 *
 * A worker that dies (an uncaught error, running out of memory) loses nothing but the file it
 * was on: that file gets a fatal result, the rest of its batch goes to a fresh worker. A worker
 * that cannot even start makes the pool finish the remaining files on the calling thread.
 * (Threads share the process: a native crash such as a segmentation fault still ends the run.)
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fatalResult, type LintResult } from "@dag-transport/core";
import { initPythonParser } from "@dag-transport/python";
import { lintFileRecorded, type LintOptions } from "./engine.js";
import type { InputRecord } from "./result-cache.js";
import type { SiblingCache } from "./siblings.js";

/** What a worker lints with: the options that can cross threads (rule objects cannot). */
export type WorkerOptions = Omit<LintOptions, "rules">;

/** Main thread → worker: lint these files, in this order. */
export interface ToWorker {
  files: string[];
}

/**
 * What a worker starts with: its options, and a counter it bumps (no message, no wake-up) as it
 * starts each file — so that when it dies, the pool knows which file it was on even though it
 * posts its results several at a time.
 */
export interface WorkerData extends WorkerOptions {
  started?: Int32Array;
  /** Post each result's `InputRecord` too (the result cache). */
  record?: boolean;
}

/** A file's result, and what it was computed from when that was asked for (`lintFilesRecorded`). */
export interface Linted {
  result: LintResult;
  record?: InputRecord;
}

/** Worker → main thread: results in the order the files were sent (one or several a message). */
export type FromWorker =
  | { type: "ready" }
  | { type: "result"; result: LintResult }
  | { type: "results"; results: LintResult[]; records?: (InputRecord | undefined)[] };

/**
 * Results per message from a worker (fewer when its queue runs dry). One message per file cost
 * about a tenth of a worker's time on the real corpus (`postMessage` and the main thread's
 * wake-up), most files being skipped by the prefilter in well under a millisecond.
 */
export const RESULTS_PER_MESSAGE = 8;

/**
 * Below this many files per worker, starting a worker (loading the parser and the rules again,
 * about a tenth of a second) costs more than it saves: lint on the calling thread.
 */
export const MIN_FILES_PER_WORKER = 40;

/** Files per message. Small batches keep both cores busy to the end when file sizes vary a lot. */
const BATCH_SIZE = 8;

/**
 * A worker's stack, sized so that recursion gives up at the depth it does on the main thread
 * (V8's default 984 KiB, plus the 192 KiB Node keeps in reserve on a worker): whether a
 * pathological file is "nested too deeply to analyse" must not depend on the size of the run.
 */
const WORKER_STACK_MB = (984 + 192) / 1024;

/**
 * A worker's young generation. A file's syntax tree and analysis live until the file is done,
 * a few milliseconds — long enough that with V8's default (16 MiB) a scavenge in the middle
 * copies and promotes them. A larger young generation lets most files' garbage die young
 * (about 5% of the run on the benchmark, for 64 MiB more per worker).
 */
const WORKER_YOUNG_GENERATION_MB = 64;

/**
 * `DAG_TRANSPORT_DEBUG=pool` reports on standard error how many files the worker threads
 * linted (a bundle whose worker file is missing silently lints on one thread otherwise).
 */
export const DEBUG_ENV = "DAG_TRANSPORT_DEBUG";

/** Environment override of the worker count (`1` lints on the calling thread). */
export const WORKERS_ENV = "DAG_TRANSPORT_WORKERS";

export interface LintFilesOptions extends LintOptions {
  /** Upper bound on worker threads; default: the available cores (or `DAG_TRANSPORT_WORKERS`). */
  workers?: number;
  /** The worker script; tests substitute one. */
  workerUrl?: URL;
  /** Called once per file linted, in any order (the CLI's progress line). */
  onFileDone?: () => void;
}

/** How many workers a run of `fileCount` files uses; 0 means lint on the calling thread. */
export function plannedWorkers(fileCount: number, requested?: number): number {
  const fromEnv = Number.parseInt(process.env[WORKERS_ENV] ?? "", 10);
  const limit = requested ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism());
  const workers = Math.min(limit, Math.floor(fileCount / MIN_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

/**
 * Lints every file, on worker threads when there are enough files to pay for them. Custom rule
 * objects cannot be sent to a worker, so a run with `options.rules` stays on the calling thread.
 */
export async function lintFiles(
  files: readonly string[],
  options: LintFilesOptions = {},
): Promise<LintResult[]> {
  return (await lintFilesWith(files, options, false)).map((linted) => linted.result);
}

/** `lintFiles`, each result with its `InputRecord` where it may be cached (result-cache.ts). */
export function lintFilesRecorded(
  files: readonly string[],
  options: LintFilesOptions = {},
): Promise<Linted[]> {
  return lintFilesWith(files, options, true);
}

async function lintFilesWith(
  files: readonly string[],
  options: LintFilesOptions,
  record: boolean,
): Promise<Linted[]> {
  // The WebAssembly parser loads asynchronously; each worker loads its own, and this thread's
  // lints when the workers cannot start.
  await initPythonParser();
  const workers = options.rules ? 0 : plannedWorkers(files.length, options.workers);
  if (workers === 0) {
    const siblings: SiblingCache = new Map();
    const results: Linted[] = [];
    for (const file of files) {
      results.push(lintFileRecorded(file, options, siblings, record));
      options.onFileDone?.();
      // Let tree-sitter's finalizers free the parse trees (see lint-worker.ts).
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }
  return new LintPool(files, options, workers, record).run();
}

function defaultWorkerUrl(): URL {
  // Compiled, the worker sits next to this file; run from sources (tests), use the compiled one.
  return import.meta.url.endsWith(".ts")
    ? new URL("../dist/lint-worker.js", import.meta.url)
    : new URL("./lint-worker.js", import.meta.url);
}

interface WorkerState {
  worker: Worker;
  ready: boolean;
  /** Indices of the files sent and not answered yet, in the order the worker lints them. */
  inFlight: number[];
  /** Why it stopped, when it reported an error before exiting. */
  error?: Error;
  /** Files the worker has started (its own count, shared memory) and files it answered. */
  started: Int32Array;
  answered: number;
}

class LintPool {
  private readonly results: (Linted | undefined)[];
  /** Files not sent yet; files handed back by a dead worker go to the front. */
  private readonly queue: number[];
  private readonly live = new Set<WorkerState>();
  /** Results that came from workers, for DAG_TRANSPORT_DEBUG=pool. */
  private fromWorkers = 0;
  private started = 0;
  private remaining: number;
  private settled = false;
  private resolve!: (results: Linted[]) => void;
  private reject!: (error: unknown) => void;

  constructor(
    private readonly files: readonly string[],
    private readonly options: LintFilesOptions,
    private readonly workerCount: number,
    private readonly record: boolean,
  ) {
    this.results = new Array(files.length);
    this.queue = files.map((_, index) => index);
    this.remaining = files.length;
  }

  run(): Promise<Linted[]> {
    const done = new Promise<Linted[]>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    for (let i = 0; i < this.workerCount; i++) this.spawn();
    return done;
  }

  private spawn(): void {
    const started = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl(), {
      workerData: {
        settings: this.options.settings ?? {},
        ...(this.options.reportUnusedSuppressions
          ? { reportUnusedSuppressions: this.options.reportUnusedSuppressions }
          : {}),
        ...(this.options.siblingFiles ? { siblingFiles: this.options.siblingFiles } : {}),
        ...(this.record ? { record: true } : {}),
        started,
      } satisfies WorkerData,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const state: WorkerState = { worker, ready: false, inFlight: [], started, answered: 0 };
    this.started++;
    this.live.add(state);
    worker.on("message", (message: FromWorker) => this.onMessage(state, message));
    worker.on("error", (error) => (state.error = error));
    worker.on("exit", (code) => this.onExit(state, code));
    // Send work right away: it waits in the worker's queue while the worker loads.
    this.dispatch(state);
  }

  /** Keeps two batches in flight, so a worker never waits for the next one. */
  private dispatch(state: WorkerState): void {
    while (state.inFlight.length < 2 * BATCH_SIZE && this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH_SIZE);
      state.inFlight.push(...batch);
      state.worker.postMessage({ files: batch.map((index) => this.files[index]!) } satisfies ToWorker);
    }
  }

  private onMessage(state: WorkerState, message: FromWorker): void {
    if (this.settled) return;
    if (message.type === "ready") {
      state.ready = true;
      return;
    }
    const results = message.type === "result" ? [message.result] : message.results;
    const records = message.type === "results" ? message.records : undefined;
    results.forEach((result, i) => {
      const index = state.inFlight.shift();
      if (index === undefined) return;
      state.answered++;
      this.fromWorkers++;
      const record = records?.[i];
      this.complete(index, record ? { result, record } : { result });
    });
    this.dispatch(state);
  }

  private onExit(state: WorkerState, code: number): void {
    this.live.delete(state);
    if (this.settled) return;
    if (state.inFlight.length > 0) {
      if (!state.ready) {
        // The worker never loaded: no worker will. Finish on this thread rather than fail.
        this.finishOnThisThread();
        return;
      }
      // The file it was on: the last it started. Files it finished after its last message lost
      // their results and go back to the queue with the rest. (A worker that keeps no count,
      // or died between files, is blamed for its first unanswered file.)
      const unanswered = Atomics.load(state.started, 0) - state.answered;
      const at = unanswered > 0 ? Math.min(unanswered, state.inFlight.length) - 1 : 0;
      const [culprit] = state.inFlight.splice(at, 1) as [number];
      const reason = state.error ? state.error.message : `exit code ${code}`;
      this.queue.unshift(...state.inFlight);
      this.complete(culprit, {
        result: fatalResult(
          this.files[culprit]!,
          `File not analysed: the analysis worker stopped while linting it (${reason}).`,
        ),
      });
    }
    if (!this.settled && this.queue.length > 0 && this.live.size < this.workerCount) this.spawn();
  }

  private complete(index: number, linted: Linted): void {
    if (this.results[index] !== undefined) return;
    this.results[index] = linted;
    this.options.onFileDone?.();
    this.remaining--;
    if (this.remaining === 0) this.settle();
  }

  private finishOnThisThread(): void {
    this.settled = true;
    const siblings: SiblingCache = new Map();
    const results = this.files.map((file, index) => {
      const known = this.results[index];
      if (known) return known;
      const linted = lintFileRecorded(file, this.options, siblings, this.record);
      this.options.onFileDone?.();
      return linted;
    });
    this.stopWorkers().then(() => this.resolve(results), this.reject);
  }

  private settle(): void {
    this.settled = true;
    if ((process.env[DEBUG_ENV] ?? "").split(",").includes("pool"))
      process.stderr.write(
        `dag-transport: ${this.files.length} files, ${this.fromWorkers} linted on ${this.started} worker thread(s)\n`,
      );
    this.stopWorkers().then(() => this.resolve(this.results as Linted[]), this.reject);
  }

  private async stopWorkers(): Promise<void> {
    await Promise.all([...this.live].map((state) => state.worker.terminate()));
  }
}
