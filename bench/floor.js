#!/usr/bin/env node
/**
 * The floor of the benchmark: read every `.py` file under a folder and parse it with
 * tree-sitter-python, on one thread, and nothing else. No linter can be faster than reading and
 * parsing its input on one core; the benchmark reports the CLI as a multiple of this.
 *
 *   node bench/floor.js <dir>    → prints {"files":…,"characters":…,"withSyntaxErrors":…}
 *
 * It uses the frontend's own parser setup (`parsePython`: one parser, a buffer as large as the
 * file), so the floor moves if that setup changes.
 *
 * It lets the event loop turn after each file, as the CLI's workers do: node-tree-sitter frees a
 * parse tree only in a finalizer, finalizers run between turns, and a loop that never yields
 * piles up every tree of the run (1.6 GB here) and gets a third slower from it. The floor is
 * the fastest honest read-and-parse, not a slow one that flatters the ratio.
 */
import { readdirSync, readFileSync } from "node:fs";
import { setImmediate } from "node:timers";
import path from "node:path";
import { parsePython } from "../packages/python/dist/parse.js";

const root = process.argv[2];
if (!root) {
  console.error("usage: node bench/floor.js <dir>");
  process.exit(2);
}

let files = 0;
let characters = 0;
let withSyntaxErrors = 0;
for (const entry of readdirSync(root, { recursive: true })) {
  if (!entry.endsWith(".py") || entry.split(path.sep).includes(".git")) continue;
  await new Promise((resolve) => setImmediate(resolve));
  let text;
  try {
    text = readFileSync(path.join(root, entry), "utf8");
  } catch {
    continue; // a folder whose name ends in .py
  }
  const tree = parsePython(text);
  files++;
  characters += text.length;
  if (tree.rootNode.hasError) withSyntaxErrors++;
}
console.log(JSON.stringify({ files, characters, withSyntaxErrors }));
