/**
 * The standalone CLI: one ES module with every workspace package bundled in from its
 * TypeScript source; third-party packages stay imports, installed by npm from the root
 * package.json's `dependencies`.
 *
 * Why it exists: pre-commit's `language: node` installs a hook repository with npm
 * (`npm install`, `npm pack`, `npm install -g <tarball>`). npm knows nothing of the pnpm workspace — `workspace:*` links, per-package
 * node_modules — so the workspace's own build cannot run there and its output could not
 * resolve `@dag-transport/*` once packed. The bundle needs neither.
 *
 * Plain JavaScript on purpose: it runs from `prepare` before anything is compiled.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STANDALONE_FILE = "dist/standalone/dag-transport.js";
/** The workspace package whose `main` the bundle runs. */
const CLI_PACKAGE = "dag-transport";
/** The TypeScript frontend's own file, beside the bundle (see `buildStandalone`). */
const TYPESCRIPT_FRONTEND_PACKAGE = "@dag-transport/typescript";
export const TYPESCRIPT_FRONTEND_FILE = "typescript-frontend.cjs";

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Every workspace package: name, directory, manifest, TypeScript entry point. */
export function workspacePackages(root = ROOT) {
  const dirs = [
    ...readdirSync(path.join(root, "packages"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(root, "packages", d.name)),
    path.join(root, "rules"),
  ];
  const packages = new Map();
  for (const dir of dirs) {
    const manifestPath = path.join(dir, "package.json");
    const tsconfigPath = path.join(dir, "tsconfig.json");
    if (!existsSync(manifestPath) || !existsSync(tsconfigPath)) continue;
    const manifest = readJson(manifestPath);
    const { rootDir = ".", outDir = "dist" } = readJson(tsconfigPath).compilerOptions ?? {};
    // `main` is compiled output (dist/index.js); its source sits at the same place under rootDir.
    const compiled = path.relative(outDir, manifest.main ?? "dist/index.js");
    const entry = path.join(dir, rootDir, compiled.replace(/\.js$/, ".ts"));
    packages.set(manifest.name, { name: manifest.name, dir, manifest, entry });
  }
  return packages;
}

/**
 * The third-party packages the CLI needs at run time: the non-workspace `dependencies` of the
 * CLI package and of every workspace package it reaches. Type-only packages are left out.
 */
export function runtimeDependencies(root = ROOT) {
  const packages = workspacePackages(root);
  const needed = new Map();
  const visit = (name, seen) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const [dep, range] of Object.entries(packages.get(name).manifest.dependencies ?? {})) {
      if (String(range).startsWith("workspace:")) visit(dep, seen);
      else if (!dep.startsWith("@types/")) needed.set(dep, range);
    }
  };
  visit(CLI_PACKAGE, new Set());
  return needed;
}

/** Runtime dependencies the root package.json lacks, or lists with another range. */
export function missingRootDependencies(root = ROOT) {
  const declared = readJson(path.join(root, "package.json")).dependencies ?? {};
  return [...runtimeDependencies(root)]
    .filter(([name, range]) => declared[name] !== range)
    .map(([name, range]) => `${name}@${range}`);
}

export async function buildStandalone({ root = ROOT, outfile = path.join(root, STANDALONE_FILE) } = {}) {
  const missing = missingRootDependencies(root);
  if (missing.length) {
    throw new Error(
      `The root package.json must list the CLI's run-time dependencies, with the same ranges, ` +
        `for npm installs (pre-commit): add to "dependencies": ${missing.join(", ")}`,
    );
  }
  const { build } = await import("esbuild");
  const packages = workspacePackages(root);
  const cli = packages.get(CLI_PACKAGE);
  const shared = {
    bundle: true,
    platform: "node",
    target: "node20",
    alias: Object.fromEntries([...packages.values()].map((p) => [p.name, p.entry])),
    external: [...runtimeDependencies(root).keys()],
    logLevel: "warning",
  };
  // The TypeScript frontend, which brings the TypeScript compiler, is a file of its own that
  // the engine requires on the first TypeScript file (packages/engine/src/frontends.ts): in
  // the main bundle, its imports would load the compiler on every start, Python-only runs too.
  await build({
    ...shared,
    entryPoints: [packages.get(TYPESCRIPT_FRONTEND_PACKAGE).entry],
    outfile: path.join(path.dirname(outfile), TYPESCRIPT_FRONTEND_FILE),
    format: "cjs",
  });
  await build({
    stdin: {
      contents: `import { main } from ${JSON.stringify(cli.entry)};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
      resolveDir: root,
      loader: "ts",
      sourcefile: "dag-transport-standalone.ts",
    },
    ...shared,
    outfile,
    format: "esm",
    banner: { js: "#!/usr/bin/env node" },
    define: { DAG_TRANSPORT_STANDALONE: "true" },
  });
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`built ${path.relative(process.cwd(), await buildStandalone())}`);
  } catch (error) {
    console.error(`standalone build failed: ${error.message}`);
    process.exitCode = 1;
  }
}
