/**
 * Lints many files on every core: the calling thread lints files one at a time from the back of
 * the queue, while worker threads (one per other core) take batches from the front and post
 * their results back several at a time; the two meet in the middle. Results come back in the
 * order of the input (the sequential order), whatever thread finished first. A worker must load
 * the parser and the rules again before its first file (about a third of a second of CPU), so
 * workers start only when there are enough bytes to lint (`MIN_BYTES_PER_THREAD`), and the
 * calling thread does not wait for them: a run that ends before a worker is ready ends anyway.
 *
 * A worker that dies (an uncaught error, running out of memory) loses nothing but the file it
 * was on: that file gets a fatal result, the rest of its batch goes to a fresh worker. A worker
 * that cannot even start makes the pool finish the remaining files on the calling thread.
 * (Threads share the process: a native crash such as a segmentation fault still ends the run.)
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { fatalResult, type LintResult } from "@dag-transport/core";
import { lintFileRecorded, type LintOptions } from "./engine.js";
import { initPythonParser } from "./python-module.js";
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
 * Below this many bytes of source per thread, starting a worker (loading the parser and the
 * rules again: 0.25–0.5 s of CPU, what the calling thread takes to lint one to two mebibytes of
 * real DAG files) costs more than it saves: lint on the calling thread. Sizes on disk, before
 * the prefilter (about half the real corpus's bytes pass it). See bench/README.md.
 */
export const MIN_BYTES_PER_THREAD = 2 * 1024 * 1024;

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
 * copies and promotes them. A larger young generation lets more files' garbage die young
 * (64 MiB saved about 5% of a worker's time on the generated benchmark); 32 MiB keeps most of
 * that for about 30 MB less peak memory on the real corpus (64: 260 MB, 32: 233 MB, 16: 219 MB,
 * worker and calling thread together).
 */
const WORKER_YOUNG_GENERATION_MB = 32;

/**
 * `DAG_TRANSPORT_DEBUG=pool` reports on standard error how many files the worker threads
 * linted (a bundle whose worker file is missing silently lints on one thread otherwise).
 */
export const DEBUG_ENV = "DAG_TRANSPORT_DEBUG";

/** Environment override of the worker count (`1` lints on the calling thread). */
export const WORKERS_ENV = "DAG_TRANSPORT_WORKERS";

export interface LintFilesOptions extends LintOptions {
  /**
   * Upper bound on the threads that lint, the calling thread included (`1`: no worker);
   * default: the available cores (or `DAG_TRANSPORT_WORKERS`).
   */
  workers?: number;
  /** The worker script; tests substitute one. */
  workerUrl?: URL;
  /** Bytes of source per thread below which no worker starts (`MIN_BYTES_PER_THREAD`); tests lower it. */
  minBytesPerThread?: number;
  /** Called once per file linted, in any order (the CLI's progress line). */
  onFileDone?: () => void;
}

/**
 * Fewer cores than this, and a run lints on the calling thread unless told otherwise
 * (`DAG_TRANSPORT_WORKERS`, `workers`). Measured on two shared cores (bench/README.md, three
 * sittings): a worker took a third of the files and cost as much CPU as it saved — its own start,
 * caches and garbage collector, and both threads ran slower side by side — so the wall time
 * stayed the same, for 25% more CPU and 50–70 MB more memory. With another process on one of the
 * two cores (2026-12-07, late night) two threads took 1.26–1.30× one thread's wall time.
 */
export const MIN_CORES_FOR_WORKERS = 3;

/**
 * How many threads may lint: `requested`, else `DAG_TRANSPORT_WORKERS`, else the cores (one on
 * a machine with fewer than `MIN_CORES_FOR_WORKERS`).
 */
export function threadLimit(requested?: number, cores: number = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, requested);
  const fromEnv = Number.parseInt(process.env[WORKERS_ENV] ?? "", 10);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  return cores >= MIN_CORES_FOR_WORKERS ? cores : 1;
}

/**
 * How many worker threads a run of `bytes` bytes of source starts besides the calling thread
 * (which lints too); 0 means the calling thread lints alone.
 */
export function plannedWorkers(
  bytes: number,
  requested?: number,
  minBytesPerThread = MIN_BYTES_PER_THREAD,
): number {
  const threads = Math.min(threadLimit(requested), Math.floor(bytes / Math.max(1, minBytesPerThread)));
  return threads >= 2 ? threads - 1 : 0;
}

/**
 * The files' size on disk, counted only as far as `enough` (one `stat` a file; a file that
 * cannot be read counts nothing, its result is a one-line problem).
 */
function sizeUpTo(files: readonly string[], enough: number): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // linted as unreadable
    }
    if (total >= enough) break;
  }
  return total;
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
  // lints when the workers cannot start. Nothing to lint (a fully warm `--cache` run): no parser.
  if (files.length === 0) return [];
  await initPythonParser();
  const limit = options.rules ? 1 : threadLimit(options.workers);
  const perThread = options.minBytesPerThread ?? MIN_BYTES_PER_THREAD;
  const workers = limit < 2 ? 0 : plannedWorkers(sizeUpTo(files, limit * perThread), limit, perThread);
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
  /**
   * Files not linted nor sent yet: workers take batches from the front (files handed back by a
   * dead worker go there too), the calling thread takes one at a time from the back.
   */
  private readonly queue: number[];
  private readonly live = new Set<WorkerState>();
  /** The calling thread's caches (sibling files, context) for its share of the files. */
  private readonly siblings: SiblingCache = new Map();
  /** Results that came from workers, for DAG_TRANSPORT_DEBUG=pool. */
  private fromWorkers = 0;
  private started = 0;
  /** No worker could load: none is started again. */
  private workersBroken = false;
  /** The calling thread's next file is scheduled. */
  private linting = false;
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
    this.resumeHere();
    return done;
  }

  /**
   * The calling thread's share: one file per turn of the event loop, so that workers' messages
   * are taken between files and tree-sitter's finalizers free each tree (see lint-worker.ts).
   */
  private lintHere(): void {
    this.linting = false;
    if (this.settled) return;
    const index = this.queue.pop();
    if (index === undefined) return; // the rest is in flight: the workers' messages finish the run
    this.complete(index, lintFileRecorded(this.files[index]!, this.options, this.siblings, this.record));
    this.resumeHere();
  }

  /** Schedules the calling thread's next file, unless it is scheduled already. */
  private resumeHere(): void {
    if (this.linting || this.settled) return;
    this.linting = true;
    setImmediate(() => this.lintHere());
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
        // The worker never loaded: no worker will. Its files go back to this thread.
        this.workersBroken = true;
        this.requeue(state.inFlight);
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
    if (this.settled || this.queue.length === 0) return;
    if (!this.workersBroken && this.live.size < this.workerCount) this.spawn();
    // This thread stops taking files when the queue runs dry: start it again.
    this.resumeHere();
  }

  /** Files a worker that never loaded was sent: back to the queue, for this thread. */
  private requeue(indices: number[]): void {
    this.queue.unshift(...indices);
    this.resumeHere();
  }

  private complete(index: number, linted: Linted): void {
    if (this.results[index] !== undefined) return;
    this.results[index] = linted;
    this.options.onFileDone?.();
    this.remaining--;
    if (this.remaining === 0) this.settle();
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
