/**
 * The root package's `postinstall`. In this pnpm workspace (`pnpm install`) it compiles every
 * package (`tsc -b`), so the CLI, the tests and the ESLint plugin work straight away. Anywhere
 * else it does nothing: pre-commit's hook install (`npm install` in a checkout, then a global
 * install of `npm pack`'s tarball) runs the committed, self-contained bundle/ and needs no build.
 * It is `postinstall`, not `prepare`: `npm pack` would run `prepare` and print its banner where
 * pre-commit reads the tarball's name.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (existsSync(path.join(root, "packages/cli/node_modules/@dag-transport/core"))) {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-b"], { cwd: root, stdio: "inherit" });
}
