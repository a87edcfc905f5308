import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LintResult } from "@dag-transport/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The benchmark's generator: realistic DAG files of every style, deterministic.
import { generateFile } from "../../../bench/generate.js";
import { lintFile, lintFileRecorded, recordHolds } from "./engine.js";
import {
  lintFiles,
  lintFilesRecorded,
  MIN_BYTES_PER_THREAD,
  MIN_CORES_FOR_WORKERS,
  plannedWorkers,
  threadLimit,
  WORKERS_ENV,
} from "./pool.js";

/** Threads that lint: the calling thread and one worker. */
const WORKERS = 2;
/** The test's files are small: any size starts the worker. */
const POOLED = { workers: WORKERS, minBytesPerThread: 1 };
let dir: string;
let files: string[];
let sequential: LintResult[];

/** Enough files that the pool really starts two workers, plus files that cannot be analysed. */
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "dag-transport-pool-"));
  files = [];
  // Short files keep the suite quick; the benchmark covers long ones.
  for (let i = 0; files.length < 90; i++) {
    const file = generateFile(7, i);
    if (file.text.split("\n").length > 150) continue;
    const target = path.join(dir, file.relativePath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    files.push(target);
  }
  const extra = {
    "broken.py": "def f(:\n    return 1\n",
    "binary.py": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  };
  for (const [name, content] of Object.entries(extra)) {
    writeFileSync(path.join(dir, name), content);
    files.push(path.join(dir, name));
  }
  files.push(path.join(dir, "missing.py"));
  // Not in path order: the pool must keep the order it was given.
  files.reverse();
  sequential = files.map((file) => lintFile(file));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lintFiles", () => {
  it("starts one worker beside the calling thread for two threads", () => {
    expect(plannedWorkers(1000, WORKERS, 1)).toBe(WORKERS - 1);
  });

  it("gives exactly the sequential results, in the order of the input", async () => {
    const pooled = await lintFiles(files, POOLED);
    expect(pooled.map((r) => r.filePath)).toEqual(files);
    expect(pooled).toEqual(sequential);
    expect(pooled.filter((r) => r.fatalErrorCount > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("passes rule settings to the workers", async () => {
    const settings = { "no-unserializable-xcom": { severity: "warn" as const } };
    const pooled = await lintFiles(files, { ...POOLED, settings });
    expect(pooled).toEqual(files.map((file) => lintFile(file, { settings })));
    // The setting showed: the generated files' XCom findings are warnings now.
    expect(pooled.some((r) => r.warningCount > 0)).toBe(true);
    expect(sequential.some((r) => r.errorCount > 0 && r.fatalErrorCount === 0)).toBe(true);
  });

  it("passes reportUnusedSuppressions to the workers", async () => {
    const unused = path.join(dir, "unused-suppression.py");
    writeFileSync(unused, "x = 1  # dag-transport: ignore[no-tmp-staging] -- left over\n");
    const input = [unused, ...files];
    const options = { reportUnusedSuppressions: "off" as const };
    const pooled = await lintFiles(input, { ...POOLED, ...options });
    expect(pooled).toEqual(input.map((file) => lintFile(file, options)));
    expect(pooled[0]!.messages).toEqual([]);
    expect((await lintFiles(input, POOLED))[0]!.messages).toHaveLength(1);
  });

  it("records what each result was computed from, as on one thread; nothing for unreadable files", async () => {
    const pooled = await lintFilesRecorded(files, POOLED);
    const siblings = new Map();
    const alone = files.map((file) => lintFileRecorded(file, {}, siblings));
    expect(pooled).toEqual(alone);
    for (const [index, file] of files.entries()) {
      const unreadable = /(binary|missing)\.py$/.test(file);
      expect(pooled[index]!.record === undefined).toBe(unreadable);
      if (!unreadable) expect(recordHolds(file, pooled[index]!.record!, new Map())).toBe(true);
    }
  });

  it("loses only the file a worker died on; the others are still linted", async () => {
    // One dies on its first file, the other in the middle of a batch it has partly answered.
    const crashers = [path.join(dir, "exit-first.py"), path.join(dir, "throw-middle.py")];
    for (const file of crashers) writeFileSync(file, "x = 1\n");
    // Both in the worker's first batches (the calling thread lints from the other end).
    const input = [crashers[0]!, ...files.slice(0, 4), crashers[1]!, ...files.slice(4)];

    const pooled = await lintFiles(input, {
      ...POOLED,
      workerUrl: new URL("./test-support/crashing-lint-worker.mjs", import.meta.url),
    });

    expect(pooled.map((r) => r.filePath)).toEqual(input);
    for (const [index, result] of pooled.entries()) {
      if (crashers.includes(input[index]!)) {
        expect(result.messages).toHaveLength(1);
        expect(result.messages[0]).toMatchObject({ fatal: true, severity: 2 });
        expect(result.messages[0]!.message).toMatch(/analysis worker stopped while linting it/);
      } else {
        expect(result).toEqual(sequential[files.indexOf(input[index]!)]);
      }
    }
    expect(pooled.find((r) => r.filePath === crashers[1])!.messages[0]!.message).toMatch(
      /cannot lint throw-middle\.py/,
    );
  });

  it("finishes on the calling thread when no worker can start", async () => {
    const pooled = await lintFiles(files, {
      ...POOLED,
      workerUrl: new URL("./test-support/broken-lint-worker.mjs", import.meta.url),
    });
    expect(pooled).toEqual(sequential);
  });
});

describe("plannedWorkers", () => {
  it("stays on the calling thread when workers would not pay for themselves", () => {
    expect(plannedWorkers(0, 8)).toBe(0);
    expect(plannedWorkers(2 * MIN_BYTES_PER_THREAD - 1, 8)).toBe(0);
    // The calling thread is one of the threads.
    expect(plannedWorkers(2 * MIN_BYTES_PER_THREAD, 8)).toBe(1);
    expect(plannedWorkers(3 * MIN_BYTES_PER_THREAD, 8)).toBe(2);
    expect(plannedWorkers(100 * MIN_BYTES_PER_THREAD, 8)).toBe(7);
    expect(plannedWorkers(100 * MIN_BYTES_PER_THREAD, 1)).toBe(0);
  });

  it("lints on one thread on a machine with fewer cores than MIN_CORES_FOR_WORKERS, unless told otherwise", () => {
    const saved = process.env[WORKERS_ENV];
    try {
      delete process.env[WORKERS_ENV];
      expect(threadLimit(undefined, MIN_CORES_FOR_WORKERS - 1)).toBe(1);
      expect(threadLimit(undefined, MIN_CORES_FOR_WORKERS)).toBe(MIN_CORES_FOR_WORKERS);
      expect(threadLimit(2, 2)).toBe(2);
      process.env[WORKERS_ENV] = "2";
      expect(threadLimit(undefined, 2)).toBe(2);
    } finally {
      if (saved === undefined) delete process.env[WORKERS_ENV];
      else process.env[WORKERS_ENV] = saved;
    }
  });

  it("honours the environment override", () => {
    const saved = process.env[WORKERS_ENV];
    try {
      const plenty = 100 * MIN_BYTES_PER_THREAD;
      process.env[WORKERS_ENV] = "1";
      expect(plannedWorkers(plenty)).toBe(0);
      process.env[WORKERS_ENV] = "3";
      expect(plannedWorkers(plenty)).toBe(2);
    } finally {
      if (saved === undefined) delete process.env[WORKERS_ENV];
      else process.env[WORKERS_ENV] = saved;
    }
  });
});
