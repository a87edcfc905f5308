#!/usr/bin/env node
/**
 * `pnpm pack:release DIR`: builds every published package (scripts/bundle.mjs) and writes one
 * tarball per package into DIR — exactly what `npm publish` of each would upload
 * (docs/release.md). Compiles the workspace first: the tarballs carry its declarations.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildPublished, PUBLISHED, ROOT } from "./bundle.mjs";

const target = process.argv[2];
if (!target) {
  console.error("usage: pnpm pack:release DIR");
  process.exit(2);
}
const destination = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
mkdirSync(destination, { recursive: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-b"], { cwd: ROOT, stdio: "inherit" });

const staging = mkdtempSync(path.join(tmpdir(), "dag-transport-release-"));
try {
  for (const name of Object.keys(PUBLISHED)) {
    const { outDir } = await buildPublished(name, path.join(staging, name));
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
        cwd: outDir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      }),
    );
    console.log(
      `${path.join(destination, packed.filename)}  (${(packed.size / 1024).toFixed(0)} KiB packed, ${packed.entryCount} files)`,
    );
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
