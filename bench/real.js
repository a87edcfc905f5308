#!/usr/bin/env node
/**
 * The real-corpus benchmark: the CLI against the parse floor and Ruff on real DAG files, every
 * row interleaved in one sitting, each round in a new order. Medians, ratios to the floor and to
 * Ruff-WASM, CPU time and peak RSS (via GNU time).
 *
 *   node bench/real.js --corpus /work/corpus/real --half odd --repeat 5 \
 *     --ruff-wasm /tmp/ruff-wasm/node_modules/@astral-sh/ruff-wasm-nodejs --ruff /path/to/ruff \
 *     [--baseline /path/to/other/checkout]
 *
 * The corpus is third-party code (recipe: `../shared/bench/`): it is copied, never committed, to
 * `bench/.generated/real-<half>/`. `--half even|odd` takes the files whose path's SHA-256 starts
 * with an even or odd byte (tune on one half, report on the other); `all` takes every file.
 * Rows whose tool is not given are left out. See bench/README.md.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, "..");

const { values: args } = parseArgs({
  options: {
    corpus: { type: "string" },
    half: { type: "string", default: "odd" },
    repeat: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    "ruff-wasm": { type: "string" },
    ruff: { type: "string" },
    baseline: { type: "string" },
    rows: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help || !args.corpus) {
  console.log(
    "Usage: node bench/real.js --corpus DIR [--half even|odd|all] [--repeat N] [--warmup N] [--ruff-wasm DIR] [--ruff BIN] [--baseline CHECKOUT] [--rows NAME,...]",
  );
  process.exit(args.help ? 0 : 2);
}

/** Copies the half's files to bench/.generated/real-<half>/, keeping their paths. */
function materialize(corpus, half) {
  const dest = path.join(BENCH_DIR, ".generated", `real-${half}`);
  rmSync(dest, { recursive: true, force: true });
  let files = 0;
  for (const entry of readdirSync(corpus, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".py")) continue;
    const source = path.join(corpus, entry);
    if (!statSync(source).isFile()) continue;
    const odd = createHash("sha256").update(entry).digest()[0] % 2 === 1;
    if (half !== "all" && (half === "odd") !== odd) continue;
    mkdirSync(path.dirname(path.join(dest, entry)), { recursive: true });
    copyFileSync(source, path.join(dest, entry));
    files++;
  }
  // A repository of its own, as the generated corpus: this repository's .gitignore does not hide it.
  spawnSync("git", ["init", "-q", dest]);
  return { dest, files };
}

const { dest, files } = materialize(args.corpus, args.half);
const cli = (root) => [
  process.execPath,
  path.join(root, "packages/cli/bin/dag-transport.js"),
  "--format",
  "json",
  dest,
];
const rows = [
  {
    name: "floor (read + parse, 1 thread)",
    command: [process.execPath, path.join(BENCH_DIR, "floor.js"), dest],
  },
  { name: "CLI cold", command: cli(REPO_ROOT), findingsExit: true },
  {
    name: "CLI cold, 1 thread",
    command: cli(REPO_ROOT),
    env: { DAG_TRANSPORT_WORKERS: "1" },
    findingsExit: true,
  },
  {
    // The calling thread and one worker (the default where there are three cores or more).
    name: "CLI cold, 2 threads",
    command: cli(REPO_ROOT),
    env: { DAG_TRANSPORT_WORKERS: "2" },
    findingsExit: true,
  },
  {
    // Primed once before the rounds (below); nothing changes between runs, so every file is reused.
    name: "CLI warm --cache",
    command: [
      ...cli(REPO_ROOT),
      "--cache",
      "--cache-location",
      path.join(BENCH_DIR, ".generated", `real-${args.half}.cache`),
    ],
    findingsExit: true,
  },
  {
    name: "bundle CLI",
    command: [process.execPath, path.join(REPO_ROOT, "bundle/dag-transport.js"), "--format", "json", dest],
    findingsExit: true,
  },
  {
    // What pre-commit and the Action run, warm: one file of modules against the workspace's graph.
    name: "bundle warm --cache",
    command: [
      process.execPath,
      path.join(REPO_ROOT, "bundle/dag-transport.js"),
      "--format",
      "json",
      dest,
      "--cache",
      "--cache-location",
      path.join(BENCH_DIR, ".generated", `real-${args.half}.bundle.cache`),
    ],
    findingsExit: true,
  },
];
if (args.baseline) {
  rows.push({ name: "baseline CLI", command: cli(path.resolve(args.baseline)), findingsExit: true });
  rows.push({
    name: "baseline warm --cache",
    // Compared with the baseline's own cold run: the two checkouts' findings may differ.
    cold: cli(path.resolve(args.baseline)),
    command: [
      ...cli(path.resolve(args.baseline)),
      "--cache",
      "--cache-location",
      path.join(BENCH_DIR, ".generated", `real-${args.half}.baseline.cache`),
    ],
    findingsExit: true,
  });
}
if (args["ruff-wasm"])
  rows.push({
    name: "Ruff-WASM AIR+S108",
    command: [
      process.execPath,
      "--liftoff-only",
      path.join(BENCH_DIR, "ruff-wasm.js"),
      args["ruff-wasm"],
      dest,
    ],
  });
if (args.ruff)
  rows.push({
    name: "native ruff AIR+S108",
    command: [args.ruff, "check", "--no-cache", "--isolated", "--select", "AIR,S108", "--preview", dest],
    findingsExit: true,
  });

// `--rows warm,Ruff`: only the rows whose name contains one of these (the floor always runs).
if (args.rows) {
  const wanted = args.rows.split(",");
  const kept = rows.filter((row, i) => i === 0 || wanted.some((w) => row.name.includes(w)));
  rows.splice(0, rows.length, ...kept);
}

const TIME = "/usr/bin/time";
if (!existsSync(TIME)) {
  console.error("GNU time (/usr/bin/time) is needed for CPU time and peak RSS.");
  process.exit(2);
}

function run(row) {
  const started = performance.now();
  const result = spawnSync(TIME, ["-f", "%U %S %M", ...row.command], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...row.env },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const wallMs = performance.now() - started;
  const last = result.stderr.trim().split("\n").at(-1) ?? "";
  const [user, system, rssKb] = last.split(" ").map(Number);
  // The CLI and ruff exit 1 on findings; the floor and Ruff-WASM scripts only 0.
  if (result.status !== 0 && (result.status !== 1 || !row.findingsExit))
    throw new Error(`${row.name} failed:\n${result.stderr}`);
  return { wallMs, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Prime the warm rows' caches, and check that a warm run prints exactly what a cold run prints.
// The files were just copied: the metadata strategy trusts a file's metadata only once it is
// two seconds old (result-cache.ts), so the warm runs below start after that.
{
  const output = (command) =>
    spawnSync(command[0], command.slice(1), { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 1 << 30 }).stdout;
  const coldOutputs = new Map();
  for (const warmRow of rows.filter((row) => row.name.includes("warm"))) {
    const cold = warmRow.cold ?? cli(REPO_ROOT);
    const key = cold.join("\0");
    if (!coldOutputs.has(key)) coldOutputs.set(key, output(cold));
    const coldOutput = coldOutputs.get(key);
    rmSync(warmRow.command.at(-1), { force: true });
    const primed = output(warmRow.command);
    spawnSync("sleep", ["2.1"]);
    const warmOutput = output(warmRow.command);
    const same = coldOutput === primed && coldOutput === warmOutput;
    console.log(`${warmRow.name}: output ${same ? "identical to" : "⚠ DIFFERENT from"} a cold run's`);
  }
}

const repeat = Number(args.repeat);
const warmup = Number(args.warmup);
const runs = new Map(rows.map((row) => [row.name, []]));
console.log(`${files} files (${args.half} half) in ${path.relative(REPO_ROOT, dest)}`);
for (let round = 0; round < warmup + repeat; round++) {
  // Rotate the order, so no row always runs first (or right after the heaviest).
  const order = rows.map((_, i) => rows[(i + round) % rows.length]);
  const line = [];
  for (const row of order) {
    const measured = run(row);
    if (round >= warmup) runs.get(row.name).push(measured);
    line.push(`${row.name.split(" ")[0]} ${(measured.wallMs / 1000).toFixed(2)}`);
  }
  console.log(`${round < warmup ? "warm-up" : `round ${round - warmup + 1}`}: ${line.join(", ")}`);
}

const summary = rows.map((row) => {
  const measured = runs.get(row.name);
  return {
    name: row.name,
    wallMs: median(measured.map((m) => m.wallMs)),
    cpuMs: median(measured.map((m) => m.cpuMs)),
    rssMb: median(measured.map((m) => m.rssMb)),
  };
});
const floor = summary[0];
const ruffWasm = summary.find((s) => s.name.startsWith("Ruff-WASM"));
const ruff = summary.find((s) => s.name.startsWith("native ruff"));
console.log(`\nMedians of ${repeat} rounds (${files} files, ${args.half} half):`);
console.log(
  "| row | wall s | CPU s | peak RSS MB | wall / floor | wall / Ruff-WASM | CPU / Ruff-WASM | wall / native ruff |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const s of summary) {
  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : "–");
  console.log(
    `| ${s.name} | ${(s.wallMs / 1000).toFixed(2)} | ${(s.cpuMs / 1000).toFixed(2)} | ${s.rssMb.toFixed(0)} | ${ratio(s.wallMs, floor.wallMs)} | ${ratio(s.wallMs, ruffWasm?.wallMs)} | ${ratio(s.cpuMs, ruffWasm?.cpuMs)} | ${ratio(s.wallMs, ruff?.wallMs)} |`,
  );
}
mkdirSync(path.join(BENCH_DIR, "results"), { recursive: true });
const out = path.join(BENCH_DIR, "results", `real-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  out,
  JSON.stringify({ half: args.half, files, repeat, runs: Object.fromEntries(runs), summary }, null, 2),
);
console.log(`\n${path.relative(REPO_ROOT, out)}`);
