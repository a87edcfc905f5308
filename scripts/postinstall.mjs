/**
 * The root package's `postinstall`. It is `postinstall`, not `prepare`, because pre-commit reads
 * the tarball's name from the standard output of `npm pack`, which runs `prepare` and prints
 * its banner there; `npm pack` runs no `postinstall`. Three kinds of install reach it:
 * - `pnpm install` in this workspace: compile every package (`tsc -b`), so the CLI, tests and
 *   ESLint plugin work straight away;
 * - `npm install` in a checkout of the repository — pre-commit's `language: node` hook install,
 *   or the same by hand (`npm install && npm install -g "$(npm pack)"`): npm creates no workspace
 *   links, so `tsc -b` cannot resolve `@dag-transport/*`; build the standalone CLI bundle that
 *   the root package.json's `bin` points at instead (see standalone.mjs);
 * - the packed tarball being installed (the second half of the same installs): the bundle is
 *   already in it and the sources are not, so there is nothing to do.
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
} else if (existsSync(path.join(root, "packages/cli/src"))) {
  const { buildStandalone } = await import("./standalone.mjs");
  await buildStandalone({ root });
}
