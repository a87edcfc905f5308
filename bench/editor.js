#!/usr/bin/env node
/**
 * What an editor feels: one file linted again and again in one process, as ESLint's language
 * server does on every keystroke. Two rows per language, interleaved round by round, medians and
 * p95 in milliseconds, and the median CPU time of this process (user + system: less sensitive to
 * the other work of a shared machine) (issue 14's editor targets):
 *
 * - Python: tree-sitter's own parse of the text (`parsePython`, the floor) against ESLint with
 *   the plugin's python language and `configs.recommended` (target: p95 ≤ 1.5× the floor's).
 * - TypeScript: ESLint with typescript-eslint's parser and no rules against the same plus the
 *   plugin's `configs.recommended` (target: the plugin adds ≤ 15%).
 *
 * Each row is run twice: on the same text every time (a re-lint: on save, on focus, when the
 * configuration or another file changes), and on a text edited before every run (a keystroke:
 * a comment line inserted in the middle of the file, its number new each run, so no run sees a
 * text an earlier one saw). The plugin keeps the models of recently linted files and reuses one
 * when nothing it was computed from has changed (`packages/eslint-plugin/src/models.ts`), so
 * the two differ: the edited rows are what a keystroke costs.
 *
 *   node bench/editor.js [--python FILE] [--repeat N] [--baseline CHECKOUT] [--only python|typescript]
 *
 * `--python` defaults to a 2,000-line real DAG of the real corpus if `/work/corpus/real` has it;
 * pass any Python DAG. The TypeScript DAG is generated here (2,000 lines of SDK tasks: storage,
 * XCom, values, helpers), deterministically. `--baseline` adds the same ESLint rows with another
 * checkout's built plugin, for before/after in one sitting. `--only` keeps one language's rows:
 * all rows share one process and one heap, so a row's garbage collections can land in another's
 * runs (typescript-eslint's trees are large; the Python parse allocates almost nothing).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Linter } from "eslint";

const { values: args } = parseArgs({
  options: {
    python: { type: "string" },
    repeat: { type: "string", default: "60" },
    warmup: { type: "string", default: "8" },
    baseline: { type: "string" },
    only: { type: "string" },
  },
});
const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, "..");
const DEFAULT_PYTHON =
  "/work/corpus/real/Yanan-Gao+airflow-dags/src/dags/fineng/edw/autoscheduler/on_prem/tableau_autoscheduler.py";

/** A 2,000-line TypeScript SDK DAG: tasks that write, read, hand on and return values. */
export function typescriptDag(lines = 2000) {
  const out = [
    `import { Dag, DagRegistry, serveDags, type TaskHandlerArgs } from "apache-airflow-ts-sdk";`,
    `import { readFileSync, writeFileSync } from "node:fs";`,
    `import { mkdtemp } from "node:fs/promises";`,
    `import path from "node:path";`,
    ``,
    `const DATA_DIR = process.env.DATA_DIR || "/var/tmp";`,
    `const dag = new Dag("editor_bench");`,
    ``,
  ];
  for (let i = 0; out.length < lines - 2; i++) {
    out.push(
      `function helper${i}(rows: number[], factor = ${i}) {`,
      `  let total = 0;`,
      `  for (const row of rows) total += row * factor;`,
      `  return { total, count: rows.length };`,
      `}`,
      ``,
      `export async function build${i}({ client }: TaskHandlerArgs) {`,
      `  const dir = await mkdtemp(path.join("/tmp", "b${i}-"));`,
      `  const file = \`\${DATA_DIR}/features_${i}.json\`;`,
      `  const rows = [${i}, ${i + 1}, ${i + 2}];`,
      `  writeFileSync(file, JSON.stringify(helper${i}(rows)));`,
      `  writeFileSync(path.join(dir, "scratch.json"), "[]");`,
      `  const seen = new Set(rows);`,
      `  return { file, size: seen.size };`,
      `}`,
      ``,
      `export async function train${i}({ client }: TaskHandlerArgs) {`,
      `  const upstream = await client.getXCom<{ file: string }>({ key: "return_value", taskId: "build${i}" });`,
      `  const data = JSON.parse(readFileSync(upstream!.file, "utf8"));`,
      `  let sum = 0n;`,
      `  for (const value of data.total ? [data.total] : []) sum += BigInt(value);`,
      `  return { rows: data.count, sum: sum.toString() };`,
      `}`,
      ``,
      `dag.task("build${i}", build${i});`,
      `dag.task("train${i}", train${i});`,
      ``,
    );
  }
  out.push(`await serveDags(new DagRegistry(dag));`, ``);
  return out.join("\n");
}

async function pluginOf(checkout) {
  const mod = await import(path.join(checkout, "packages/eslint-plugin/dist/index.js"));
  return mod.default;
}

/** `text` with a comment line numbered `n` inserted at the line boundary nearest its middle. */
function edited(text, comment, n) {
  const middle = text.indexOf("\n", Math.floor(text.length / 2)) + 1;
  return `${text.slice(0, middle)}${comment} edit ${n}\n${text.slice(middle)}`;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main() {
  const pythonFile = args.python ?? DEFAULT_PYTHON;
  const pythonText = readFileSync(pythonFile, "utf8");
  const tsText = typescriptDag();
  const { parsePython } = await import(path.join(ROOT, "packages/python/dist/parse.js"));
  // typescript-eslint's parser, as the plugin's recommended configuration sets it.
  const tsParser = (await pluginOf(ROOT)).configs.recommended.find((c) => c.languageOptions?.parser)
    .languageOptions.parser;

  const rows = [];
  let edits = 0;
  // `text`: a string, or a function giving the text of each run (the edited rows).
  const lintRow = (name, config, text, filename) => {
    const linter = new Linter({ cwd: ROOT });
    return {
      name,
      run: () => {
        const source = typeof text === "function" ? text() : text;
        const messages = linter.verify(source, config, filename);
        const fatal = messages.find((m) => m.fatal);
        if (fatal) throw new Error(`${name}: ${fatal.message}`);
        return messages.length;
      },
    };
  };
  const checkouts = [["", ROOT]];
  if (args.baseline) checkouts.push([" (baseline)", path.resolve(args.baseline)]);

  // The edited rows lint files of their own names: the plugin keeps one text per file.
  for (const [mode, pyText, tsSource, base] of [
    ["", pythonText, tsText, "dag"],
    [", edited", () => edited(pythonText, "#", ++edits), () => edited(tsText, "//", ++edits), "edited"],
  ]) {
    rows.push({
      name: `python: tree-sitter parse${mode}`,
      run: () => (parsePython(typeof pyText === "function" ? pyText() : pyText).rootNode.hasError ? 1 : 0),
    });
    for (const [suffix, checkout] of checkouts) {
      const plugin = await pluginOf(checkout);
      rows.push(
        lintRow(`python: ESLint + plugin${mode}${suffix}`, plugin.configs.recommended, pyText, `${base}.py`),
      );
    }
    rows.push(
      lintRow(
        `typescript: ESLint, typescript-eslint parser only${mode}`,
        [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }],
        tsSource,
        `${base}.ts`,
      ),
    );
    for (const [suffix, checkout] of checkouts) {
      const plugin = await pluginOf(checkout);
      rows.push(
        lintRow(
          `typescript: ESLint + plugin${mode}${suffix}`,
          plugin.configs.recommended,
          tsSource,
          `${base}.ts`,
        ),
      );
    }
  }

  if (args.only !== undefined) {
    if (args.only !== "python" && args.only !== "typescript") throw new Error("--only: python or typescript");
    for (let i = rows.length - 1; i >= 0; i--)
      if (!rows[i].name.startsWith(`${args.only}:`)) rows.splice(i, 1);
  }
  const times = rows.map(() => []);
  const cpu = rows.map(() => []); // this process's user + system time (less sensitive to other load)
  const findings = rows.map((row) => row.run());
  const rounds = Number(args.warmup) + Number(args.repeat);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < rows.length; k++) {
      const index = (k + round) % rows.length; // rotate the order each round
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      rows[index].run();
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (round >= Number(args.warmup)) {
        times[index].push(elapsed);
        cpu[index].push((used.user + used.system) / 1000);
      }
    }
  }

  const stats = times.map((list, i) => {
    const sorted = [...list].sort((a, b) => a - b);
    const cpuSorted = [...cpu[i]].sort((a, b) => a - b);
    return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), cpu: quantile(cpuSorted, 0.5) };
  });
  console.log(
    `python: ${path.relative(process.cwd(), pythonFile)} (${pythonText.split("\n").length} lines); typescript: generated (${tsText.split("\n").length} lines)`,
  );
  console.log(`${Number(args.repeat)} rounds after ${Number(args.warmup)} warm-up, order rotating\n`);
  console.log("| row | median ms | p95 ms | CPU median ms | messages |\n| --- | ---: | ---: | ---: | ---: |");
  rows.forEach((row, i) =>
    console.log(
      `| ${row.name} | ${stats[i].median.toFixed(1)} | ${stats[i].p95.toFixed(1)} | ${stats[i].cpu.toFixed(1)} | ${findings[i]} |`,
    ),
  );
  const by = (name) => stats[rows.findIndex((row) => row.name === name)];
  for (const [mode, what] of [
    ["", "the same text each run"],
    [", edited", "a text edited before each run"],
  ]) {
    const floor = by(`python: tree-sitter parse${mode}`);
    const eslintPython = by(`python: ESLint + plugin${mode}`);
    const tsOnly = by(`typescript: ESLint, typescript-eslint parser only${mode}`);
    const tsPlugin = by(`typescript: ESLint + plugin${mode}`);
    console.log(`\n${what}:`);
    if (floor)
      console.log(
        `  python: ESLint + plugin p95 / parse p95 = ${(eslintPython.p95 / floor.p95).toFixed(2)}× (target ≤ 1.5×); CPU medians ${(eslintPython.cpu / floor.cpu).toFixed(2)}×`,
      );
    if (tsOnly)
      console.log(
        `  typescript: the plugin adds ${((tsPlugin.median / tsOnly.median - 1) * 100).toFixed(0)}% (median), ${((tsPlugin.p95 / tsOnly.p95 - 1) * 100).toFixed(0)}% (p95) to typescript-eslint alone (target ≤ 15%); ${((tsPlugin.cpu / tsOnly.cpu - 1) * 100).toFixed(0)}% CPU (median)`,
      );
    if (args.baseline) {
      const base = by(`typescript: ESLint + plugin${mode} (baseline)`);
      const pyBase = by(`python: ESLint + plugin${mode} (baseline)`);
      if (tsPlugin)
        console.log(
          `  against the baseline: typescript ${(tsPlugin.median / base.median).toFixed(3)}× median`,
        );
      if (floor)
        console.log(
          `  against the baseline: python ${(eslintPython.median / pyBase.median).toFixed(3)}× median`,
        );
    }
  }
}

await main();
