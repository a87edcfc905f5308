#!/usr/bin/env node
/**
 * Before/after for a change that must not cost speed: the CLI of two (or more) built checkouts
 * over the same corpus, one thread each (`DAG_TRANSPORT_WORKERS=1`, so the cores do not blur
 * the work), interleaved round by round in a rotating order. Reports each checkout's median CPU
 * time (user + system, GNU time) and, against the first checkout, the median of the per-round
 * ratios — a ratio taken within one round cancels most of a shared machine's drifting load —
 * with its interquartile range. The first round is a warm-up. Every run's report must be
 * byte-identical to the first checkout's, or the comparison is void and says so.
 *
 *   node bench/compare.js --corpus /work/corpus/real --rounds 10 CHECKOUT_BEFORE CHECKOUT_AFTER
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args, positionals: checkouts } = parseArgs({
  options: { corpus: { type: "string" }, rounds: { type: "string", default: "10" } },
  allowPositionals: true,
});
if (!args.corpus || checkouts.length < 2) {
  console.error(
    "usage: node bench/compare.js --corpus DIR [--rounds N] CHECKOUT_BEFORE CHECKOUT_AFTER [...]",
  );
  process.exit(2);
}
const TIME = "/usr/bin/time";
if (!existsSync(TIME)) {
  console.error("GNU time (/usr/bin/time) is needed for CPU time.");
  process.exit(2);
}

function run(checkout) {
  const cli = path.join(path.resolve(checkout), "packages/cli/bin/dag-transport.js");
  const result = spawnSync(TIME, ["-f", "%U %S", process.execPath, cli, "--format", "json", args.corpus], {
    env: { ...process.env, DAG_TRANSPORT_WORKERS: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${checkout}: exit ${result.status}`);
  const [user, system] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { cpu: user + system, output: result.stdout };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const quartiles = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((3 * sorted.length) / 4)]];
};

const rounds = Number(args.rounds);
const cpu = checkouts.map(() => []);
for (let round = 0; round <= rounds; round++) {
  const times = [];
  for (let k = 0; k < checkouts.length; k++) {
    const index = (k + round) % checkouts.length;
    const { cpu: seconds, output } = run(checkouts[index]);
    times[index] = { seconds, output };
  }
  for (let index = 1; index < checkouts.length; index++) {
    if (times[index].output !== times[0].output) {
      console.error(
        `round ${round}: ${checkouts[index]} printed another report than ${checkouts[0]}: not comparable`,
      );
      process.exit(1);
    }
  }
  if (round === 0) continue; // warm-up
  times.forEach((time, index) => cpu[index].push(time.seconds));
  console.log(`round ${round}: ${times.map((t) => t.seconds.toFixed(2)).join(" / ")} s CPU`);
}

const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(
  `\n${rounds} rounds after a warm-up, one thread each, reports byte-identical; load average now ${load}\n`,
);
console.log("| checkout | median CPU s | median per-round ratio to the first | interquartile range |");
console.log("| --- | ---: | ---: | ---: |");
checkouts.forEach((checkout, index) => {
  const ratios = cpu[index].map((seconds, round) => seconds / cpu[0][round]);
  const [low, high] = quartiles(ratios);
  console.log(
    `| ${checkout} | ${median(cpu[index]).toFixed(2)} | ${median(ratios).toFixed(3)}× | ${low.toFixed(3)}–${high.toFixed(3)} |`,
  );
});
