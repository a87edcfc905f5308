#!/usr/bin/env node
/**
 * The Ruff-WASM row of the real-corpus benchmark (`real.js`): one `Workspace` with the recipe's
 * reference selection (`select = ["AIR", "S108"]`, `preview = true`), `check` per `.py` file,
 * one thread. Run under `node --liftoff-only`, as the reference figures were.
 *
 *   node --liftoff-only bench/ruff-wasm.js <ruff-wasm-nodejs dir> <dir>
 *     → {"files":…,"diagnostics":…}
 *
 * `@astral-sh/ruff-wasm-nodejs` is not a dependency of the project: install it anywhere
 * (`npm install --prefix /tmp/ruff-wasm @astral-sh/ruff-wasm-nodejs@0.17.3`) and pass its folder.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [packageDir, root] = process.argv.slice(2);
if (!packageDir || !root) {
  console.error("usage: node --liftoff-only bench/ruff-wasm.js <ruff-wasm-nodejs dir> <dir>");
  process.exit(2);
}
const { Workspace, PositionEncoding } = createRequire(import.meta.url)(path.resolve(packageDir));
const workspace = new Workspace(
  { ...Workspace.defaultSettings(), lint: { select: ["AIR", "S108"], preview: true } },
  PositionEncoding.Utf16,
);
let files = 0;
let diagnostics = 0;
for (const entry of readdirSync(root, { recursive: true })) {
  if (!entry.endsWith(".py") || entry.split(path.sep).includes(".git")) continue;
  let text;
  try {
    text = readFileSync(path.join(root, entry), "utf8");
  } catch {
    continue; // a folder whose name ends in .py
  }
  files++;
  diagnostics += workspace.check(text).length;
}
console.log(JSON.stringify({ files, diagnostics }));
