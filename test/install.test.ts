/**
 * What a user installs (issue 11): `pnpm pack:release` writes the tarballs, npm installs them
 * into fresh projects outside the workspace (own npm cache and prefix; the registry's packages,
 * nothing linked), and there:
 * - `npx dag-transport` run from a subdirectory honours the project's pyproject.toml;
 * - ESLint 10 with `configs.recommended` reports the CLI's findings on `.py` and `.ts` DAGs;
 * - the API and the types work for ESM and TypeScript users;
 * - with a PATH that has no compiler (node, npm and npx only), the install succeeds without the
 *   native tree-sitter and everything above gives the same results on the WebAssembly parser;
 * - `eslint --fix` over every suppression fixture leaves files that parse, with other tools'
 *   directives kept;
 * - the CLI finds deployment configuration (compose) and Leoflow projects (leoflow.yaml) and
 *   judges them as the workspace's CLI does.
 * One install per project, shared by the assertions.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePythonTree, initPythonParser, parsePython } from "@dag-transport/python";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCliJson } from "./support/cli.js";
import { fixCases, otherDirectives } from "./support/fix-cases.js";

const INSTALL_TIMEOUT = 10 * 60_000;
const work = mkdtempSync(path.join(tmpdir(), "dag-transport-install-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm's own cache and global prefix for this test; the machine's npmrc (registry, CA) stays. */
const npmEnv = {
  npm_config_cache: path.join(work, "npm-cache"),
  npm_config_prefix: path.join(work, "npm-prefix"),
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
};

/** The environment of a user's shell: none of the variables this test runner runs under. */
function userEnv(PATH: string): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([key]) => !/^(npm|pnpm|vitest|node_options|node_path|init_cwd|dag_transport)/i.test(key),
  );
  return { ...Object.fromEntries(kept), ...npmEnv, PATH };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, timeout: INSTALL_TIMEOUT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

async function ok(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const result = await run(command, args, cwd, env);
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  return result;
}

/**
 * A PATH like a slim Node.js image's: node, npm, git, a shell and the basic commands — and no
 * python3, make or C/C++ compiler, so the native tree-sitter cannot be built.
 */
const BARE_TOOLS = [
  "node",
  "npm",
  "npx",
  "git",
  "sh",
  "bash",
  "env",
  "cat",
  "ls",
  "rm",
  "mkdir",
  "cp",
  "mv",
  "uname",
  "tar",
  "grep",
  "sed",
];
const COMPILER_TOOLS = ["python3", "make", "cc", "gcc", "g++", "c++", "clang"];

function pathWithoutCompiler(): string {
  const bin = path.join(work, "bare-bin");
  mkdirSync(bin);
  for (const tool of BARE_TOOLS) {
    const found = (process.env.PATH ?? "")
      .split(path.delimiter)
      .map((dir) => path.join(dir, tool))
      .find((file) => existsSync(file));
    if (!found) throw new Error(`${tool} is not on PATH`);
    symlinkSync(realpathSync(found), path.join(bin, tool));
  }
  return bin;
}

const PYPROJECT = `[project]
name = "team-dags"
version = "0.0.0"

[tool.dag-transport.rules]
no-unserializable-xcom = "warn"
`;

const ESLINT_CONFIG = `import dagTransport from "eslint-plugin-dag-transport";

export default [...dagTransport.configs.recommended];
`;

const API_CHECK = `import { allRules, initPythonParser, lintText, pythonParserInfo, type LintResult } from "dag-transport";
import dagTransport, { projectConfig } from "eslint-plugin-dag-transport";

await initPythonParser();
const source = "from airflow.decorators import task\\nimport numpy as np\\n\\n@task\\ndef f():\\n    return np.zeros(3)\\n";
const result: LintResult = lintText(source, "dag.py");
const ruleIds: string[] = allRules.map((rule) => rule.id);
const recommended: number = dagTransport.configs.recommended.length;
const fromProject: boolean = projectConfig(".").length > 0;
console.log(JSON.stringify({ ruleIds: result.messages.map((m) => m.ruleId), rules: ruleIds.length, recommended, fromProject, parser: pythonParserInfo()?.kind }));
`;

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    types: ["node"],
  },
  files: ["api-check.mts"],
};

/** Deployment configuration and a Leoflow project, from the fixtures: [fixture folder, project folder]. */
const DEPLOYMENT_FIXTURES = [
  ["deployment/airflow-docker-compose", "deploy"],
  ["leoflow/etl_duckdb_unstaged", "leoflow/etl_duckdb"],
] as const;

let tarballs: string[] = [];

/** A fresh project with DAGs, a pyproject.toml, an eslint.config.js and the tarballs installed. */
async function installProject(
  name: string,
  PATH: string,
): Promise<{ dir: string; env: NodeJS.ProcessEnv; install: Run }> {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, "dags/team"), { recursive: true });
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name, private: true, type: "module" }, null, 2),
  );
  writeFileSync(path.join(dir, "pyproject.toml"), PYPROJECT);
  writeFileSync(path.join(dir, "eslint.config.js"), ESLINT_CONFIG);
  writeFileSync(path.join(dir, "recommended.json"), "{}\n");
  writeFileSync(path.join(dir, "api-check.mts"), API_CHECK);
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  for (const example of readdirSync(path.join(REPO_ROOT, "examples")))
    if (/\.(py|ts)$/.test(example))
      cpSync(path.join(REPO_ROOT, "examples", example), path.join(dir, "dags/team", example));
  mkdirSync(path.join(dir, "fix"));
  for (const [file, source] of fixCases()) writeFileSync(path.join(dir, "fix", file), source);
  for (const [from, to] of DEPLOYMENT_FIXTURES)
    cpSync(path.join(REPO_ROOT, "fixtures", from), path.join(dir, to), { recursive: true });
  const env = userEnv(PATH);
  // --engine-strict: every package installed must accept this Node.js (20.x here).
  const install = await ok(
    "npm",
    [
      "install",
      "--engine-strict",
      "--save-dev",
      ...tarballs,
      "eslint@^10",
      "@types/node@^20",
      "typescript@~5.9.3",
    ],
    dir,
    env,
  );
  return { dir, env, install };
}

type Project = Awaited<ReturnType<typeof installProject>>;
let native: Project;
let bare: Project;

beforeAll(async () => {
  const out = path.join(work, "tarballs");
  const packed = await ok(
    process.execPath,
    [path.join(REPO_ROOT, "scripts/pack-release.mjs"), out],
    REPO_ROOT,
    {
      ...process.env,
    },
  );
  tarballs = readdirSync(out).map((file) => path.join(out, file));
  expect(packed.stdout).toContain("dag-transport-");
  native = await installProject("native-project", process.env.PATH ?? "");
  bare = await installProject("no-compiler-project", pathWithoutCompiler());
  await initPythonParser();
}, INSTALL_TIMEOUT);

/** The CLI's JSON, as the installed bin prints it; file paths made relative to the project. */
async function cliJson(project: Project, args: string[], cwd = project.dir) {
  const result = await run(
    "npx",
    ["--no-install", "dag-transport", "--format", "json", ...args],
    cwd,
    project.env,
  );
  expect(result.stderr).toBe("");
  const results = JSON.parse(result.stdout) as {
    filePath: string;
    messages: { ruleId: string; line: number; column: number; severity: number; message: string }[];
  }[];
  return {
    status: result.status,
    results: results
      .map((r) => ({
        file: path.relative(project.dir, r.filePath),
        messages: r.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message]),
      }))
      .sort((a, b) => a.file.localeCompare(b.file)),
  };
}

describe("pack:release", () => {
  it("writes one tarball per published package", () => {
    expect(tarballs.map((t) => path.basename(t)).sort()).toEqual([
      "dag-transport-0.1.0.tgz",
      "eslint-plugin-dag-transport-0.1.0.tgz",
    ]);
  });
});

describe.each([
  ["with a compiler (native tree-sitter)", () => native, "native"],
  ["with no compiler on PATH (WebAssembly)", () => bare, "wasm"],
] as const)("installed %s", (_name, project, parser) => {
  it("installs from the registry: nothing linked, nothing from the workspace", async () => {
    const { dir, env } = project();
    const ls = await ok("npm", ["ls", "--all", "--json", "--long"], dir, env);
    const tree = ls.stdout;
    expect(tree).not.toContain(REPO_ROOT);
    expect(tree).not.toMatch(/"resolved": "(?:file|link|workspace):(?!.*\/tarballs\/)/);
    expect(tree).not.toContain("@dag-transport/");
    const resolvedFiles = [...tree.matchAll(/"resolved": "file:[^"]*"/g)].map((m) => path.basename(m[0]));
    expect(resolvedFiles.sort()).toEqual([
      'dag-transport-0.1.0.tgz"',
      'eslint-plugin-dag-transport-0.1.0.tgz"',
    ]);
    for (const entry of readdirSync(path.join(dir, "node_modules")))
      expect(realpathSync(path.join(dir, "node_modules", entry)).startsWith(realpathSync(dir))).toBe(true);
    // The native parser is an optional dependency: there only where it could be built.
    expect(existsSync(path.join(dir, "node_modules/tree-sitter/package.json"))).toBe(parser === "native");
  });

  it("has the tools it was given, and (without a compiler) none of a compiler's", async () => {
    const { dir, env } = project();
    const found = await run(
      "sh",
      ["-c", `for t in ${COMPILER_TOOLS.join(" ")}; do command -v "$t"; done; true`],
      dir,
      env,
    );
    if (parser === "wasm") expect(found.stdout).toBe("");
    else expect(found.stdout).toMatch(/g\+\+/);
  });

  it(`says which parser it uses: ${parser}`, async () => {
    const { dir, env } = project();
    const version = await ok("npx", ["--no-install", "dag-transport", "--version", "--verbose"], dir, env);
    expect(version.stdout).toContain(`python parser: ${parser} (`);
  });

  it("npx dag-transport run from a subdirectory honours the project's pyproject.toml", async () => {
    const fromSubdirectory = await cliJson(project(), ["."], path.join(project().dir, "dags"));
    // pyproject.toml turns no-unserializable-xcom into a warning; the other rules stay errors.
    const severities = new Set(
      fromSubdirectory.results.flatMap((r) =>
        r.messages.map(([ruleId, , , severity]) => `${ruleId}:${severity}`),
      ),
    );
    expect([...severities].sort()).toEqual([
      "dag-transport/no-bespoke-transport:2",
      "dag-transport/no-tmp-staging:2",
      "dag-transport/no-unserializable-xcom:1",
    ]);
    // The workspace's CLI, from the same directory, finds the same.
    const workspace = runCliJson(["."], { cwd: path.join(project().dir, "dags") });
    expect(fromSubdirectory.results.flatMap((r) => r.messages)).toEqual(
      workspace.results
        .sort((a, b) => a.filePath.localeCompare(b.filePath))
        .flatMap((r) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message])),
    );
    expect(fromSubdirectory.status).toBe(1);
  });

  it("npx dag-transport finds deployment configuration and Leoflow projects", async () => {
    const installed = await cliJson(project(), ["deploy", "leoflow"]);
    const files = installed.results.map((r) => r.file);
    expect(files).toEqual([
      "deploy/docker-compose.yaml",
      "leoflow/etl_duckdb/dag.py",
      "leoflow/etl_duckdb/leoflow.yaml",
    ]);
    const ruleIds = new Set(installed.results.flatMap((r) => r.messages.map(([ruleId]) => ruleId)));
    expect(ruleIds).toContain("dag-transport/xcom-backend-config");
    expect(ruleIds).toContain("dag-transport/staging-requires-volume");
    // The workspace's CLI, over the same folders, finds the same.
    const workspace = runCliJson(["deploy", "leoflow"], { cwd: project().dir });
    expect(installed.results.flatMap((r) => r.messages)).toEqual(
      workspace.results
        .sort((a, b) => a.filePath.localeCompare(b.filePath))
        .flatMap((r) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message])),
    );
    expect(installed.status).toBe(1);
  });

  it("the bin lints many files on its worker threads", async () => {
    const { dir, env } = project();
    const many = path.join(dir, "many");
    mkdirSync(many, { recursive: true });
    const dag = readFileSync(path.join(REPO_ROOT, "examples/incident_np_savez_tmp.py"), "utf8");
    // Workers start for 2 MiB a thread (MIN_BYTES_PER_THREAD): a long comment makes it 4.5 MB.
    const padded = `${dag}\n# ${"x".repeat(45_000)}\n`;
    for (let i = 0; i < 100; i++) writeFileSync(path.join(many, `dag_${i}.py`), padded);
    const result = await run("npx", ["--no-install", "dag-transport", "--quiet", "many"], dir, {
      ...env,
      DAG_TRANSPORT_DEBUG: "pool",
      DAG_TRANSPORT_WORKERS: "2",
    });
    // Two threads: this one and a worker, which lints at least the batches it was sent first.
    expect(result.stderr).toMatch(/^dag-transport: 100 files, [1-9]\d* linted on 1 worker thread\(s\)\n$/);
    expect(result.stdout).toContain("100 problems (100 errors, 0 warnings)");
    expect(result.status).toBe(1);
  });

  it("ESLint 10 with configs.recommended reports the CLI's findings on .py and .ts DAGs", async () => {
    const { dir, env } = project();
    const eslint = await run("npx", ["--no-install", "eslint", "--format", "json", "dags"], dir, env);
    expect(eslint.stderr).toBe("");
    const results = (
      JSON.parse(eslint.stdout) as {
        filePath: string;
        messages: { ruleId: string; line: number; column: number; severity: number; message: string }[];
      }[]
    )
      .map((r) => ({
        file: path.relative(dir, r.filePath),
        messages: r.messages.map((m) => [m.ruleId, m.line, m.column, m.severity, m.message]),
      }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const cli = await cliJson(project(), ["--config", "recommended.json", "dags"]);
    expect(results).toEqual(cli.results);
    const files = results.filter((r) => r.messages.length > 0).map((r) => path.extname(r.file));
    expect(new Set(files)).toEqual(new Set([".py", ".ts"]));
    expect(eslint.status).toBe(1);
  });

  it("the API runs as ESM and type-checks for TypeScript users (strict, no skipLibCheck)", async () => {
    const { dir, env } = project();
    await ok("npx", ["--no-install", "tsc", "-p", "."], dir, env);
    writeFileSync(
      path.join(dir, "api-check.mjs"),
      API_CHECK.replace(", type LintResult", "")
        .replace(": LintResult", "")
        .replace(": string[]", "")
        .replace(": number", "")
        .replace(": boolean", ""),
    );
    const api = JSON.parse((await ok("node", ["api-check.mjs"], dir, env)).stdout) as Record<string, unknown>;
    expect(api).toEqual({
      ruleIds: ["dag-transport/no-unserializable-xcom"],
      rules: 6,
      recommended: 3,
      fromProject: true,
      parser,
    });
  });

  it("eslint --fix over every suppression fixture leaves files that parse and keep other tools' directives", async () => {
    const { dir, env } = project();
    const config = path.join(dir, "eslint.fix.config.js");
    writeFileSync(
      config,
      `${ESLINT_CONFIG.replace("export default [", 'export default [{ linterOptions: { reportUnusedDisableDirectives: "error" } }, ')}`,
    );
    const fix = await run("npx", ["--no-install", "eslint", "--config", config, "--fix", "fix"], dir, env);
    expect(fix.stderr).toBe("");
    expect(fix.stdout).not.toMatch(/Unused .*directive/);
    const cases = fixCases();
    expect(cases.size).toBeGreaterThan(4);
    for (const [file, original] of cases) {
      const text = readFileSync(path.join(dir, "fix", file), "utf8");
      const tree = parsePython(text);
      const broken = tree.rootNode.hasError;
      freePythonTree(tree);
      const originalTree = parsePython(original);
      expect({ file, broken }).toEqual({ file, broken: originalTree.rootNode.hasError });
      freePythonTree(originalTree);
      expect(otherDirectives(text)).toEqual(otherDirectives(original));
    }
    // Something was fixed.
    expect(readFileSync(path.join(dir, "fix/one_of_two_unused.py"), "utf8")).not.toContain(
      "no-bespoke-transport",
    );
  });
});
