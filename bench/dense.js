#!/usr/bin/env node
/**
 * The dense single-line file of the memory target (bench/README.md, "A 4.9 MiB
 * single-line file"): an Airflow import and a TaskFlow task returning one list of 91,748 dict
 * literals, all on one line — 4.9 MiB, 4.3 million nodes (0.84 a byte; real DAG code has about
 * 0.2). Written to `bench/.generated/dense/dense.py` (git-ignored), in a folder made a git
 * repository of its own (as `generate.js` does): else this repository's `.gitignore`, which
 * ignores `bench/.generated/`, would hide the file from the CLI, which would lint nothing.
 *
 *   node bench/dense.js
 *   /usr/bin/time -v node packages/cli/bin/dag-transport.js --format json bench/.generated/dense
 *   /usr/bin/time -v node bench/floor.js bench/.generated/dense
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DICTS = 91_748;
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), ".generated", "dense");
const rows = [];
for (let i = 0; i < DICTS; i++) rows.push(`{"id": "${i}", "nm": "i${i}", "kd": "k${i % 7}", "ok": "y"}`);
const text = `from airflow.decorators import task\n\n\n@task\ndef rows():\n    return [${rows.join(", ")}]\n`;
mkdirSync(path.join(dir, ".git"), { recursive: true });
writeFileSync(path.join(dir, "dense.py"), text);
console.log(`${path.join(dir, "dense.py")}: ${(text.length / 1024 / 1024).toFixed(2)} MiB`);
