#!/usr/bin/env node
/**
 * The benchmark: the CLI over a generated corpus against the floor (read + parse only, one
 * thread), in one sitting, alternating, repeated. Prints every run, the medians and the
 * CLI/floor ratio, and writes the whole result as JSON to bench/results/.
 *
 *   pnpm bench                         # builds, then: node bench/run.js
 *   node bench/run.js --repeat 9 --count 5000 --seed 20260601 --warmup 1 --sequential
 *
 * See bench/README.md for how to read the output.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_COUNT, DEFAULT_OUT, DEFAULT_SEED, ensureCorpus } from "./generate.js";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, "..");
const RESULTS_DIR = path.join(BENCH_DIR, "results");
const CLI = path.join(REPO_ROOT, "packages/cli/bin/dag-transport.js");
const FLOOR = path.join(BENCH_DIR, "floor.js");
/** The target: the CLI within 2× of the single-threaded floor. */
const TARGET_RATIO = 2;

const { values: args } = parseArgs({
  options: {
    repeat: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    count: { type: "string", default: String(DEFAULT_COUNT) },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    sequential: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log(`Usage: node bench/run.js [--repeat N] [--warmup N] [--count N] [--seed N] [--sequential]

  --repeat      timed rounds (default 5); each round runs the floor and the CLI once
  --warmup      untimed rounds first (default 1), so every contender starts with a warm disk cache
  --count       generated files (default ${DEFAULT_COUNT}); --seed picks the corpus (default ${DEFAULT_SEED})
  --sequential  also time the CLI on one thread (DAG_TRANSPORT_WORKERS=1), to see what the workers buy`);
  process.exit(0);
}
const repeat = Number(args.repeat);
const warmup = Number(args.warmup);

for (const built of [
  CLI.replace("bin/dag-transport.js", "dist/main.js"),
  path.join(REPO_ROOT, "packages/python/dist/parse.js"),
]) {
  if (!existsSync(built)) {
    console.error(
      `Not built (${path.relative(REPO_ROOT, built)} is missing): run 'pnpm bench', which builds first.`,
    );
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------

/** CPU time (user + system, ms) of the waited-for children of this process; Linux only. */
const clockTicks = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of proc(5), cutime and cstime; `fields` starts at field 3.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** CPU time (ms) every process of the machine spent busy so far, from /proc/stat; Linux only. */
function machineBusyMs() {
  try {
    const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal …: busy is all but idle and iowait.
    const busy = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0) - ticks[3] - ticks[4];
    return (busy * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

function timed(command, commandArgs, { env = {}, stdoutFile } = {}) {
  const out = stdoutFile ? openSync(stdoutFile, "w") : "pipe";
  const cpuBefore = childrenCpuMs();
  const busyBefore = machineBusyMs();
  const started = performance.now();
  const run = spawnSync(process.execPath, [command, ...commandArgs], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", out, "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  const busyAfter = machineBusyMs();
  if (stdoutFile) closeSync(out);
  // The CLI exits 1 when there are error-level findings, which the corpus has.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${path.basename(command)} failed (exit ${run.status}):\n${run.stderr}`);
  }
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    wallMs,
    cpuMs,
    // Cores kept busy by everything else on the machine (other users' jobs) during the run.
    otherCores:
      cpuMs !== undefined && busyBefore !== undefined && busyAfter !== undefined
        ? Math.max(0, busyAfter - busyBefore - cpuMs) / wallMs
        : undefined,
    stdout: run.stdout,
  };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => (ms === undefined ? "    -" : (ms / 1000).toFixed(2).padStart(6));

function gitDescription() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    }).trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return "unknown";
  }
}

// ---------------------------------------------------------------------------------------------

const corpus = ensureCorpus({ count: Number(args.count), seed: Number(args.seed), out: DEFAULT_OUT });
mkdirSync(RESULTS_DIR, { recursive: true });
const cliOutput = path.join(RESULTS_DIR, "cli-output.json");
const cores = os.availableParallelism();

console.log(
  `Corpus: ${corpus.files} files, ${corpus.lines.toLocaleString("en")} lines, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB ` +
    `(${corpus.longFiles} of 1000+ lines, longest ${corpus.maxLines}; ${corpus.filesWithFindings} with planted findings; ` +
    `${corpus.broken} with a syntax error), seed ${corpus.seed}, in ${path.relative(REPO_ROOT, DEFAULT_OUT)}`,
);
console.log(
  `Machine: ${cores} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; code ${gitDescription()}`,
);
console.log(`Rounds: ${warmup} warm-up + ${repeat} timed, floor and CLI alternating\n`);

const contenders = [
  { name: "floor", label: "floor (read + parse, 1 thread)", run: () => timed(FLOOR, [DEFAULT_OUT]) },
  {
    name: "cli",
    label: "CLI --format json",
    run: () => timed(CLI, ["--format", "json", DEFAULT_OUT], { stdoutFile: cliOutput }),
  },
];
if (args.sequential) {
  contenders.push({
    name: "cliSequential",
    label: "CLI, one thread",
    run: () =>
      timed(CLI, ["--format", "json", DEFAULT_OUT], {
        stdoutFile: cliOutput,
        env: { DAG_TRANSPORT_WORKERS: "1" },
      }),
  });
}

const runs = Object.fromEntries(contenders.map((c) => [c.name, []]));
let floorSummary;
console.log(
  `round  ${contenders.map((c) => c.name.padStart(24)).join("")}   (wall s / CPU s / other cores busy)`,
);
for (let round = 0; round < warmup + repeat; round++) {
  const isWarmup = round < warmup;
  // Alternate the order so that drift in the machine's load does not favour one contender.
  const order = round % 2 ? [...contenders].reverse() : contenders;
  const row = {};
  for (const contender of order) {
    const result = contender.run();
    row[contender.name] = result;
    if (!isWarmup)
      runs[contender.name].push({
        wallMs: result.wallMs,
        cpuMs: result.cpuMs,
        otherCores: result.otherCores,
      });
    if (contender.name === "floor") floorSummary = JSON.parse(result.stdout);
  }
  console.log(
    `${isWarmup ? "warm" : String(round - warmup + 1).padStart(4)}   ` +
      contenders
        .map((c) =>
          `${seconds(row[c.name].wallMs)} /${seconds(row[c.name].cpuMs)} / ${row[c.name].otherCores?.toFixed(1) ?? "-"}`.padStart(
            24,
          ),
        )
        .join(""),
  );
}

const summary = Object.fromEntries(
  contenders.map((c) => [
    c.name,
    {
      label: c.label,
      medianWallMs: median(runs[c.name].map((r) => r.wallMs)),
      medianCpuMs: median(runs[c.name].map((r) => r.cpuMs)),
      runs: runs[c.name],
    },
  ]),
);
const ratio = summary.cli.medianWallMs / summary.floor.medianWallMs;
const cpuRatio =
  summary.cli.medianCpuMs !== undefined ? summary.cli.medianCpuMs / summary.floor.medianCpuMs : undefined;

// What the CLI reported, so a fast-but-wrong run cannot pass unnoticed.
const results = JSON.parse(readFileSync(cliOutput, "utf8"));
const linted = {
  files: results.length,
  findings: results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId !== null).length, 0),
  filesWithFindings: results.filter((r) => r.messages.some((m) => m.ruleId !== null)).length,
  fatal: results.reduce((n, r) => n + r.fatalErrorCount, 0),
};

console.log("\nMedians (wall-clock, each a whole process as a user runs it):");
for (const c of contenders) {
  const s = summary[c.name];
  console.log(`  ${s.label.padEnd(32)} ${seconds(s.medianWallMs)} s   (CPU ${seconds(s.medianCpuMs)} s)`);
}
console.log(
  `\nCLI / floor = ${ratio.toFixed(2)}× wall-clock (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})` +
    (cpuRatio !== undefined ? `; ${cpuRatio.toFixed(2)}× CPU time (the work done, whatever the cores)` : ""),
);
console.log(
  `CLI output: ${linted.files} files, ${linted.findings} findings in ${linted.filesWithFindings} files, ${linted.fatal} fatal` +
    (linted.files !== corpus.files || floorSummary.files !== corpus.files
      ? `  ⚠ the corpus has ${corpus.files} files, the floor parsed ${floorSummary.files}`
      : ""),
);
const otherCores = median([...runs.floor, ...runs.cli].map((r) => r.otherCores));
if (otherCores !== undefined && otherCores > 0.2) {
  console.log(
    `⚠ Other work kept ${otherCores.toFixed(1)} of the ${cores} cores busy during the runs (median): wall-clock ` +
      `numbers are inflated, the CLI's (which needs every core) more than the one-thread floor's.`,
  );
}

const report = {
  date: new Date().toISOString(),
  code: gitDescription(),
  machine: {
    cores,
    cpu: os.cpus()[0]?.model,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  corpus,
  rounds: { warmup, repeat },
  targetRatio: TARGET_RATIO,
  ratio,
  cpuRatio,
  otherCores,
  summary,
  floor: floorSummary,
  cliOutput: linted,
};
const reportFile = path.join(RESULTS_DIR, `bench-${report.date.replace(/[:.]/g, "-")}.json`);
writeFileSync(reportFile, JSON.stringify(report, null, 2) + "\n");
console.log(`\nFull result: ${path.relative(process.cwd(), reportFile)}`);
