#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// As packages/cli/bin/dag-transport.js: TurboFan compiles only what stays hot (V8 11, Node 20).
if (process.versions.v8.startsWith("11.")) setFlagsFromString(`--interrupt-budget=${16 * 66 * 1024}`);

const { main } = await import("./cli.js");
process.exitCode = await main(process.argv.slice(2));
