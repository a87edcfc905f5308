/**
 * Builds what users install, with esbuild, from the workspace's TypeScript sources:
 *
 * - `buildPublished(name, dir)`: a published npm package (`dag-transport`, the CLI and its API;
 *   `eslint-plugin-dag-transport`) as a directory ready for `npm pack`. The workspace packages
 *   (@dag-transport/*) are bundled in, so the tarball installs from the registry alone; the
 *   third-party packages stay imports, listed in its generated package.json — except the PR
 *   gate's GitHub client (`BUNDLED_IN_CLI`), bundled so that its dependencies' Node.js
 *   requirements never exceed the package's. Types: the workspace's own declarations, copied
 *   under dist/types/ with their `@dag-transport/*` imports made relative.
 * - `buildSelfContained(dir)`: the committed bundle/ (the GitHub Action's code and the
 *   pre-commit hook's entry): everything bundled, the WebAssembly parser beside it, so it runs
 *   with no install step at all.
 *
 * Plain JavaScript: it runs before anything is compiled. `pnpm pack:release DIR` and
 * `pnpm build:bundle` call it (scripts/pack-release.mjs, scripts/build-bundle.mjs).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const NODE_ENGINES = ">=20.19";

/** The TypeScript frontend's own file, beside the bundle (packages/engine/src/frontends.ts). */
export const TYPESCRIPT_FRONTEND_FILE = "typescript-frontend.cjs";
/** The worker of the lint pool, beside the bundle (packages/engine/src/pool.ts). */
export const LINT_WORKER_FILE = "lint-worker.js";

/** Third-party packages bundled into the published CLI (the `review` command's GitHub client). */
export const BUNDLED_IN_CLI = [
  "@octokit/plugin-retry",
  "@octokit/plugin-throttling",
  "@octokit/rest",
  "bottleneck",
];

/** The published packages: the workspace package each is built from, and how. */
export const PUBLISHED = {
  "dag-transport": {
    workspace: "dag-transport",
    bundled: BUNDLED_IN_CLI,
    bin: { "dag-transport": "bin/dag-transport.js" },
    extraFiles: ["docs/rules"],
  },
  "eslint-plugin-dag-transport": {
    workspace: "eslint-plugin-dag-transport",
    bundled: [],
    /** For typed linting only; `@typescript-eslint/parser` brings a `typescript` otherwise. */
    optionalPeers: { typescript: ">=5.0.0 <6.1.0", "typescript-eslint": "^8.0.0" },
    extraFiles: [],
  },
};

/**
 * Packages a workspace package loads by name at run time, which esbuild does not see as imports:
 * the Python frontend's `require("tree-sitter")` and its grammar's files (packages/python/src/parse.ts).
 */
const RESOLVED_AT_RUN_TIME = { "@dag-transport/python": ["tree-sitter", "tree-sitter-python"] };

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** A bin that runs the CLI's `main` from `module`, with the JIT setting of packages/cli/bin/dag-transport.js. */
function binScript(module) {
  return `#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// As packages/cli/bin/dag-transport.js: TurboFan compiles only what stays hot (V8 11, Node 20).
if (process.versions.v8.startsWith("11.")) setFlagsFromString(\`--interrupt-budget=\${16 * 66 * 1024}\`);

const { main } = await import(${JSON.stringify(module)});
process.exitCode = await main(process.argv.slice(2));
`;
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
    packages.set(manifest.name, { name: manifest.name, dir, manifest, entry, rootDir, outDir });
  }
  return packages;
}

/**
 * The third-party packages a workspace package needs at run time: its own and those of every
 * workspace package it reaches, as `{ dependencies, optionalDependencies }` name → range.
 */
export function thirdPartyDependencies(name, root = ROOT) {
  const packages = workspacePackages(root);
  const dependencies = new Map();
  const optionalDependencies = new Map();
  const seen = new Set();
  const visit = (current) => {
    if (seen.has(current)) return;
    seen.add(current);
    const { manifest } = packages.get(current);
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (String(range).startsWith("workspace:")) visit(dep);
      else dependencies.set(dep, range);
    }
    for (const [dep, range] of Object.entries(manifest.optionalDependencies ?? {}))
      optionalDependencies.set(dep, range);
  };
  visit(name);
  return { dependencies, optionalDependencies, workspace: [...seen] };
}

/** esbuild options shared by every build: workspace packages from source, Node 20. */
function sharedOptions(root, packages) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    target: "node20.19",
    alias: Object.fromEntries([...packages.values()].map((p) => [p.name, p.entry])),
    logLevel: "warning",
    legalComments: "none",
    metafile: true,
  };
}

/** ES module outputs get a `require`, for the CommonJS packages bundled into them (yaml's `require("process")`). */
const ESM_REQUIRE_BANNER = {
  js: 'import { createRequire as __dagTransportCreateRequire } from "node:module";\nconst require = __dagTransportCreateRequire(import.meta.url);',
};

/** The packages a build bundled: name → the folder its files came from (exact version). */
function bundledPackages(metafiles, root) {
  const found = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\/(?!.*\/node_modules\/)/.exec(input);
      if (!match) continue;
      const [, dir, name] = match;
      // Two versions of one package: keep both, by folder.
      found.set(`${name} ${dir}`, { name, dir: path.resolve(root, dir) });
    }
  }
  return [...found.values()].sort((a, b) =>
    a.name === b.name ? a.dir.localeCompare(b.dir) : a.name.localeCompare(b.name),
  );
}

/** The bare imports a build left as imports (node: built-ins aside). */
function externalImports(metafiles) {
  const names = new Set();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      for (const imported of output.imports) {
        if (!imported.external || imported.path.startsWith("node:") || imported.path.startsWith("."))
          continue;
        const match = /^((?:@[^/]+\/)?[^/]+)/.exec(imported.path);
        if (match && !isBuiltin(match[1])) names.add(match[1]);
      }
    }
  }
  return [...names].sort();
}

const BUILTINS = new Set(createRequire(import.meta.url)("node:module").builtinModules);
const isBuiltin = (name) => BUILTINS.has(name);

/** THIRD-PARTY-NOTICES.md: each bundled package's name, version, license and license text. */
function thirdPartyNotices(bundled) {
  const sections = bundled.map(({ name, dir }) => {
    const manifest = readJson(path.join(dir, "package.json"));
    const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = licenseFile ? readFileSync(path.join(dir, licenseFile), "utf8").trim() : "(no license file)";
    return `## ${name} ${manifest.version}\n\nLicense: ${manifest.license ?? "see below"}\n\n\`\`\`text\n${text}\n\`\`\`\n`;
  });
  return `# Third-party software in this bundle\n\n${sections.join("\n")}`;
}

/**
 * Builds one published package into `outDir` (emptied first): bundles, declarations, README,
 * LICENSE and a package.json whose dependencies are exactly the imports the bundles left.
 */
export async function buildPublished(publishedName, outDir, { root = ROOT } = {}) {
  const spec = PUBLISHED[publishedName];
  const { build } = await import("esbuild");
  const packages = workspacePackages(root);
  const source = packages.get(spec.workspace);
  const { dependencies, optionalDependencies, workspace } = thirdPartyDependencies(spec.workspace, root);
  const peers = { ...(source.manifest.peerDependencies ?? {}), ...(spec.optionalPeers ?? {}) };
  const external = [...dependencies.keys(), ...optionalDependencies.keys(), ...Object.keys(peers)].filter(
    (name) => !spec.bundled.includes(name),
  );
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "dist"), { recursive: true });
  const shared = { ...sharedOptions(root, packages), external, define: { DAG_TRANSPORT_STANDALONE: "true" } };

  const results = [
    await build({
      ...shared,
      entryPoints: [source.entry],
      outfile: path.join(outDir, "dist/index.js"),
      format: "esm",
      banner: ESM_REQUIRE_BANNER,
    }),
  ];
  if (workspace.includes("@dag-transport/engine")) {
    results.push(
      await build({
        ...shared,
        entryPoints: [path.join(packages.get("@dag-transport/engine").dir, "src/lint-worker.ts")],
        outfile: path.join(outDir, "dist", LINT_WORKER_FILE),
        format: "esm",
        banner: ESM_REQUIRE_BANNER,
      }),
      await build({
        ...shared,
        entryPoints: [packages.get("@dag-transport/typescript").entry],
        outfile: path.join(outDir, "dist", TYPESCRIPT_FRONTEND_FILE),
        format: "cjs",
        // core's lazy-modules.ts reads import.meta only outside the bundles (DAG_TRANSPORT_STANDALONE).
        logOverride: { "empty-import-meta": "silent" },
      }),
    );
  }
  const metafiles = results.map((r) => r.metafile);

  // Declarations: the workspace's, from `tsc -b` (run first), reachable from the entry.
  const typeImports = copyDeclarations(source, packages, path.join(outDir, "dist"));

  // Dependencies: what the bundles import, with the workspace's ranges.
  const ranges = new Map([...dependencies, ...optionalDependencies, ...Object.entries(peers)]);
  // A declaration's `import type … from "sarif"` needs @types/sarif.
  const typesPackage = (name) => `@types/${name.replace(/^@/, "").replace("/", "__")}`;
  const typePackages = [...typeImports].map((name) =>
    !ranges.has(name) && ranges.has(typesPackage(name)) ? typesPackage(name) : name,
  );
  const imported = new Set([
    ...externalImports(metafiles),
    ...typePackages,
    ...workspace.flatMap((name) => RESOLVED_AT_RUN_TIME[name] ?? []),
  ]);
  const unknown = [...imported].filter((name) => !ranges.has(name));
  if (unknown.length)
    throw new Error(
      `${publishedName} imports packages no workspace manifest declares: ${unknown.join(", ")}`,
    );
  const pick = (names) => Object.fromEntries([...names].sort().map((name) => [name, ranges.get(name)]));
  const optional = [...optionalDependencies.keys()].filter((n) => imported.has(n));
  const peerNames = Object.keys(peers);
  const regular = [...imported].filter((n) => !optional.includes(n) && !peerNames.includes(n));

  const bundled = bundledPackages(metafiles, root);
  if (bundled.length) writeFileSync(path.join(outDir, "THIRD-PARTY-NOTICES.md"), thirdPartyNotices(bundled));
  const files = ["dist", ...(bundled.length ? ["THIRD-PARTY-NOTICES.md"] : [])];
  if (spec.bin) {
    mkdirSync(path.join(outDir, "bin"), { recursive: true });
    writeFileSync(path.join(outDir, "bin/dag-transport.js"), binScript("../dist/index.js"), { mode: 0o755 });
    files.push("bin");
  }
  for (const extra of spec.extraFiles) {
    cpSync(path.join(root, extra), path.join(outDir, extra), { recursive: true });
    files.push(extra);
  }
  const readme = path.join(source.dir, "README.md");
  cpSync(existsSync(readme) ? readme : path.join(root, "README.md"), path.join(outDir, "README.md"));
  cpSync(path.join(root, "LICENSE"), path.join(outDir, "LICENSE"));

  const m = source.manifest;
  const manifest = {
    name: publishedName,
    version: m.version,
    description: m.description,
    license: m.license,
    ...(m.keywords ? { keywords: m.keywords } : {}),
    type: "module",
    engines: { node: NODE_ENGINES },
    ...(spec.bin ? { bin: spec.bin } : {}),
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./package.json": "./package.json",
    },
    files,
    dependencies: pick(regular),
    ...(optional.length ? { optionalDependencies: pick(optional) } : {}),
    ...(peerNames.length
      ? {
          peerDependencies: pick(peerNames),
          peerDependenciesMeta: Object.fromEntries(
            Object.keys(spec.optionalPeers ?? {}).map((name) => [name, { optional: true }]),
          ),
        }
      : {}),
  };
  writeFileSync(path.join(outDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { outDir, manifest, bundled };
}

/**
 * Copies the compiled declarations reachable from the package's entry (following relative and
 * `@dag-transport/*` imports) to `<dist>/types/<package folder>/`, rewriting `@dag-transport/*`
 * to relative paths, and writes `<dist>/index.d.ts`. Returns the third-party packages the
 * declarations import (they must be installed for TypeScript users).
 */
function copyDeclarations(source, packages, dist) {
  const byName = new Map([...packages.values()].map((p) => [p.name, p]));
  const typesRoot = path.join(dist, "types");
  const target = (file) => {
    const pkg = [...packages.values()].find((p) => file.startsWith(p.dir + path.sep));
    return path.join(typesRoot, path.basename(pkg.dir), path.relative(pkg.dir, file));
  };
  const compiledEntry = (pkg) => path.join(pkg.dir, pkg.manifest.types ?? "dist/index.d.ts");
  const external = new Set();
  const queue = [compiledEntry(source)];
  const done = new Set();
  while (queue.length) {
    const file = queue.pop();
    if (done.has(file)) continue;
    done.add(file);
    if (!existsSync(file))
      throw new Error(`missing declaration ${path.relative(ROOT, file)}: run \`tsc -b\` first`);
    const out = target(file);
    const text = readFileSync(file, "utf8")
      .replace(/\n\/\/# sourceMappingURL=.*$/, "")
      .replace(/(from\s+|import\()(["'])([^"']+)\2/g, (all, keyword, quote, specifier) => {
        if (specifier.startsWith(".")) {
          queue.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, ".d.ts")));
          return all;
        }
        const pkg = byName.get(specifier);
        if (pkg) {
          queue.push(compiledEntry(pkg));
          let relative = path
            .relative(path.dirname(out), target(compiledEntry(pkg)))
            .split(path.sep)
            .join("/");
          if (!relative.startsWith(".")) relative = `./${relative}`;
          return `${keyword}${quote}${relative.replace(/\.d\.ts$/, ".js")}${quote}`;
        }
        if (!specifier.startsWith("node:")) external.add(/^((?:@[^/]+\/)?[^/]+)/.exec(specifier)[1]);
        return all;
      });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, text);
  }
  const entry = path
    .relative(dist, target(compiledEntry(source)))
    .split(path.sep)
    .join("/");
  const index = `export * from "./${entry.replace(/\.d\.ts$/, ".js")}";\n`;
  const hasDefault = /export default|export \{[^}]*\bdefault\b/.test(
    readFileSync(compiledEntry(source), "utf8"),
  );
  writeFileSync(
    path.join(dist, "index.d.ts"),
    hasDefault ? `${index}export { default } from "./${entry.replace(/\.d\.ts$/, ".js")}";\n` : index,
  );
  return external;
}

/**
 * Imports the self-contained bundle may leave unresolved: each is tried in a try/catch by the
 * code that wants it, which goes on without it (the native parser, never tried there;
 * TypeScript's and debug's optional helpers; fdir's optional glob support, which
 * typescript-estree's parse does not use).
 */
const OPTIONAL_REQUIRES = ["tree-sitter", "source-map-support", "supports-color", "picomatch"];

/**
 * Parts of the self-contained CLI that a run may never call, each a file of its own beside
 * `cli.js`, loaded by the first call that needs it: the Python frontend (with its parser's
 * JavaScript), the YAML, TOML and JSON Schema packages, and the PR gate (its GitHub client).
 * A fully warm `--cache` run needs none of them; in one file it compiled all of them at start-up
 * (1.9 MB, about three quarters of it these). `cli.js`'s lazy `require`s (core's
 * lazy-modules.ts, engine's python-module.ts) and its `import()` of the gate are pointed at these
 * files (`lazyFilesPlugin`); the worker and the Action stay one file each (they need the frontend
 * at once).
 *
 * Each file is a bundle of its own, so the workspace code it uses is a copy: the Python frontend
 * uses only pure functions and the knowledge tables of `@dag-transport/core` (no per-run state:
 * the file system is read by the engine, through `ProjectFiles`), as the TypeScript frontend's
 * file already did; the gate is a command of its own and runs its own copy of the engine.
 */
export const LAZY_FILES = {
  /** `require("@dag-transport/python")` of engine's python-module.ts. */
  python: { file: "python-frontend.cjs", specifier: "@dag-transport/python", from: "python-module.ts" },
  yaml: { file: "yaml.cjs", specifier: "yaml", from: "lazy-modules.ts" },
  toml: { file: "smol-toml.cjs", specifier: "smol-toml", from: "lazy-modules.ts" },
  ajv: { file: "ajv.cjs", specifier: "ajv", from: "lazy-modules.ts" },
  /** `import("@dag-transport/review")` of the CLI's main.ts: an ES module (dynamic import). */
  review: { file: "review.js", specifier: "@dag-transport/review", from: "main.ts" },
};

/**
 * Points `cli.js`'s lazy loads (LAZY_FILES) at the files beside it: the `require`/`import()` is
 * left to Node (the bundle's `require` is Node's, from the ES module banner) instead of bundling
 * the module in. Only those call sites: a static `import` of the same package elsewhere would
 * be hoisted to the top of the file and load it at start-up, so it is an error.
 */
function lazyFilesPlugin(lazy) {
  return {
    name: "dag-transport-lazy-files",
    setup(build) {
      const bySpecifier = new Map(lazy.map((entry) => [entry.specifier, entry]));
      const escaped = lazy.map((e) => e.specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
      build.onResolve({ filter: new RegExp(`^(${escaped.join("|")})$`) }, (args) => {
        const entry = bySpecifier.get(args.path);
        const lazyCall = args.kind === "require-call" || args.kind === "dynamic-import";
        if (!lazyCall || path.basename(args.importer) !== entry.from) {
          if (
            args.kind === "import-statement" &&
            args.importer.includes(`${path.sep}node_modules${path.sep}`)
          )
            return undefined;
          throw new Error(
            `${path.relative(build.initialOptions.absWorkingDir, args.importer)} loads ${args.path} (${args.kind}): only ${entry.from}'s lazy load may (scripts/bundle.mjs, LAZY_FILES)`,
          );
        }
        return { path: `./${entry.file}`, external: true };
      });
    },
  };
}

/** The self-contained bundle's files (bundle/ in the repository). */
export const SELF_CONTAINED_FILES = [
  "cli.js",
  ...Object.values(LAZY_FILES).map((entry) => entry.file),
  "dag-transport.js",
  "action.js",
  LINT_WORKER_FILE,
  TYPESCRIPT_FRONTEND_FILE,
  "tree-sitter.wasm",
  "tree-sitter-python.wasm",
  "node-types.json",
  "THIRD-PARTY-NOTICES.md",
];

/**
 * The self-contained bundle: the CLI as a module (`cli.js`, exporting `main`), its bin
 * (`dag-transport.js`), the Action's entry (`action.js`), the worker and the TypeScript
 * frontend beside them, and the WebAssembly parser's files. No node_modules needed.
 */
export async function buildSelfContained(outDir, { root = ROOT } = {}) {
  const { build } = await import("esbuild");
  const packages = workspacePackages(root);
  const require = createRequire(path.join(packages.get("@dag-transport/python").dir, "noop.js"));
  const grammarDir = path.dirname(require.resolve("tree-sitter-python/package.json"));
  const webTreeSitterWasm = require.resolve("web-tree-sitter/tree-sitter.wasm");
  const versionOf = (dir) => readJson(path.join(dir, "package.json")).version;
  const define = {
    DAG_TRANSPORT_STANDALONE: "true",
    DAG_TRANSPORT_BUNDLED_GRAMMAR: JSON.stringify({
      webTreeSitter: versionOf(path.dirname(webTreeSitterWasm)),
      grammar: versionOf(grammarDir),
    }),
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The native parser is never loaded here (parse.ts checks DAG_TRANSPORT_BUNDLED_GRAMMAR first).
  const shared = { ...sharedOptions(root, packages), external: ["tree-sitter"], define };
  const cli = packages.get("dag-transport");
  const core = createRequire(path.join(packages.get("@dag-transport/core").dir, "noop.js"));
  const thirdParty = [LAZY_FILES.yaml, LAZY_FILES.toml, LAZY_FILES.ajv];
  const results = [
    await build({
      ...shared,
      entryPoints: [cli.entry],
      outfile: path.join(outDir, "cli.js"),
      format: "esm",
      banner: ESM_REQUIRE_BANNER,
      plugins: [lazyFilesPlugin(Object.values(LAZY_FILES))],
    }),
    // The lazily loaded parts (LAZY_FILES). The Python frontend is CommonJS, as `require` wants
    // it (Node 20's `require` of an ES module is new), with `import.meta.url` its own file's URL.
    await build({
      ...shared,
      entryPoints: [packages.get("@dag-transport/python").entry],
      outfile: path.join(outDir, LAZY_FILES.python.file),
      format: "cjs",
      define: { ...define, "import.meta.url": "__dagTransportFileUrl" },
      banner: { js: 'var __dagTransportFileUrl = require("node:url").pathToFileURL(__filename).href;' },
      plugins: [lazyFilesPlugin(thirdParty)],
    }),
    ...(await Promise.all(
      thirdParty.map((entry) =>
        build({
          ...shared,
          entryPoints: [core.resolve(entry.specifier)],
          outfile: path.join(outDir, entry.file),
          format: "cjs",
        }),
      ),
    )),
    await build({
      ...shared,
      entryPoints: [packages.get("@dag-transport/review").entry],
      outfile: path.join(outDir, LAZY_FILES.review.file),
      format: "esm",
      banner: ESM_REQUIRE_BANNER,
    }),
    await build({
      ...shared,
      entryPoints: [path.join(packages.get("@dag-transport/engine").dir, "src/lint-worker.ts")],
      outfile: path.join(outDir, LINT_WORKER_FILE),
      format: "esm",
      banner: ESM_REQUIRE_BANNER,
    }),
    await build({
      ...shared,
      entryPoints: [packages.get("@dag-transport/typescript").entry],
      outfile: path.join(outDir, TYPESCRIPT_FRONTEND_FILE),
      format: "cjs",
      // core's lazy-modules.ts reads import.meta only outside the bundles (DAG_TRANSPORT_STANDALONE).
      logOverride: { "empty-import-meta": "silent" },
    }),
    await build({
      ...shared,
      stdin: {
        contents: `import { runAction } from ${JSON.stringify(path.join(cli.dir, "src/action.ts"))};\nprocess.exitCode = await runAction();\n`,
        resolveDir: root,
        loader: "ts",
        sourcefile: "action-entry.ts",
      },
      outfile: path.join(outDir, "action.js"),
      format: "esm",
      banner: ESM_REQUIRE_BANNER,
    }),
  ];
  writeFileSync(path.join(outDir, "dag-transport.js"), binScript("./cli.js"), { mode: 0o755 });
  cpSync(webTreeSitterWasm, path.join(outDir, "tree-sitter.wasm"));
  cpSync(path.join(grammarDir, "tree-sitter-python.wasm"), path.join(outDir, "tree-sitter-python.wasm"));
  cpSync(path.join(grammarDir, "src/node-types.json"), path.join(outDir, "node-types.json"));
  const metafiles = results.map((r) => r.metafile);
  const left = externalImports(metafiles).filter((name) => !OPTIONAL_REQUIRES.includes(name));
  if (left.length) throw new Error(`the self-contained bundle still imports ${left.join(", ")}`);
  const bundled = bundledPackages(metafiles, root);
  writeFileSync(path.join(outDir, "THIRD-PARTY-NOTICES.md"), thirdPartyNotices(bundled));
  return { outDir, bundled };
}
