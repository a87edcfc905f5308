#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// A cold run spent a third of its CPU optimizing code on V8's background threads (Node 20,
// V8 11): with a 16× budget, TurboFan compiles only what stays hot (bench/README.md, "JIT budget").
if (process.versions.v8.startsWith("11.")) setFlagsFromString(`--interrupt-budget=${16 * 66 * 1024}`);

const { main } = await import("../dist/main.js");
process.exitCode = await main(process.argv.slice(2));
