/**
 * The hostile sweep (issue 10): shapes of a hostile workspace the issue does not list, on the
 * CLI and the ESLint plugin (the PR gate's are in packages/review/test/hostile-sweep.e2e.test.ts).
 * A symlinked directory, huge or deeply nested configuration, a configuration given by path,
 * file names no terminal should print raw, DAG files that are not text. Each run must finish in
 * seconds, say what it did not analyse (naming the file and a position, never quoting it), go on
 * with the other files, and never print a secret from outside the workspace.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LintResult } from "@dag-transport/core";
import { afterEach, describe, expect, it } from "vitest";
import { projectConfig } from "../packages/eslint-plugin/src/index.js";
import { parseLeoflow } from "../packages/deployment/src/index.js";
import { CLI_BIN } from "./support/cli.js";
import { lintWithEslint } from "./support/eslint.js";
import { FLAGGED_DAG } from "./support/project.js";
import { billionLaughs, DEEP, NESTED_TOO_DEEP } from "./support/hostile-shapes.js";

/** Secrets a hostile workspace tries to get printed: an environment variable, a file outside. */
const CANARY_ENV = "AKIAcanaryInTheEnvironment0000000000";
const CANARY_FILE = "AKIAcanaryInAFileOutside11111111111";
/** Generous: every case here takes a second or two; a hang or a quadratic blow-up takes minutes. */
const WITHIN_MS = 15_000;
const MIB = 1024 * 1024;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dag-transport-sweep-${prefix}-`));
  dirs.push(dir);
  return dir;
}

function write(root: string, relative: string | Buffer, content: string | Buffer): string {
  const target = Buffer.isBuffer(relative)
    ? Buffer.concat([Buffer.from(`${root}/`), relative])
    : path.join(root, relative);
  mkdirSync(path.dirname(path.join(root, relative.toString())), { recursive: true });
  writeFileSync(target, content);
  return target.toString();
}

/** A repository (discovery and the reader's root stop at its `.git`) with these files. */
function repository(files: Record<string, string | Buffer> = {}): string {
  const dir = temp("repo");
  execFileSync("git", ["init", "-q", dir]);
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

/** Outside every workspace: a secret file, a DAG quoting the secret, a config turning rules off. */
function outsideDirectory(options: { repository?: boolean; config?: boolean } = {}): string {
  const dir = temp("outside");
  if (options.repository) execFileSync("git", ["init", "-q", dir]);
  write(dir, "secret.txt", `aws_secret_access_key = ${CANARY_FILE}\n`);
  write(dir, "stolen.py", FLAGGED_DAG.replace("np.zeros(3)", `np.array("${CANARY_FILE}")`));
  if (options.config !== false)
    write(dir, "dag-transport.config.json", JSON.stringify({ rules: { "no-unserializable-xcom": "off" } }));
  return dir;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], cwd: string): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", AWS_SECRET_ACCESS_KEY: CANARY_ENV },
    timeout: 60_000,
    maxBuffer: 64 * MIB,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

function jsonResults(run: Run): LintResult[] {
  try {
    return JSON.parse(run.stdout) as LintResult[];
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout.slice(0, 2000)}\n${run.stderr}`);
  }
}

/** What a run printed, for the checks every case makes. */
function expectNothingLeaked(run: Run): void {
  const output = run.stdout + run.stderr;
  expect(output).not.toContain(CANARY_ENV);
  expect(output).not.toContain(CANARY_FILE);
  expect(run.ms).toBeLessThan(WITHIN_MS);
}

/** Findings by path relative to `root`: `path → rule ids and fatal messages`. */
function summary(results: LintResult[], root: string): Record<string, string[]> {
  return Object.fromEntries(
    results.map((r) => [
      path.relative(root, r.filePath),
      r.messages.map((m) => (m.fatal ? `fatal: ${m.message}` : (m.ruleId ?? m.message))),
    ]),
  );
}

const FINDING = "dag-transport/no-unserializable-xcom";

// ---------------------------------------------------------------------------------------------

describe("a symlinked directory", () => {
  for (const [label, target] of [
    ["/", () => "/"],
    ["/proc/self", () => "/proc/self"],
    ["a directory outside holding a secret and a DAG", () => outsideDirectory()],
    ["another repository outside (its own .git)", () => outsideDirectory({ repository: true })],
  ] as const) {
    it(`CLI walking '.': dags -> ${label} is not followed, the run ends, the workspace is linted`, () => {
      const repo = repository({ "ok/etl.py": FLAGGED_DAG });
      symlinkSync(target(), path.join(repo, "dags"));

      const run = cli(["--format", "json", "."], repo);

      expectNothingLeaked(run);
      expect(run.status).toBe(1);
      expect(summary(jsonResults(run), repo)).toEqual({ "ok/etl.py": [FINDING] });
    });

    it(`CLI naming the link: dags -> ${label} is not searched, and says so`, () => {
      const repo = repository({ "ok/etl.py": FLAGGED_DAG });
      symlinkSync(target(), path.join(repo, "dags"));

      const run = cli(["--format", "json", "dags", "ok"], repo);

      expectNothingLeaked(run);
      expect(run.status).toBe(1);
      expect(summary(jsonResults(run), repo)).toEqual({
        dags: [
          "fatal: Cannot read directory: it is a link to something outside the workspace; not searched.",
        ],
        "ok/etl.py": [FINDING],
      });
    });
  }

  for (const [label, named, repositoryOutside] of [
    ["a DAG in a directory outside", "dags/stolen.py", false],
    ["a DAG in another repository outside (its own .git)", "dags/stolen.py", true],
    ["a secret file outside", "dags/secret.txt", false],
    ["/proc/self/environ", "proc/environ", false],
  ] as const) {
    it(`CLI naming a file through a directory link: ${label} is refused, not read`, () => {
      const repo = repository({ "ok/etl.py": FLAGGED_DAG });
      const outside = outsideDirectory({ repository: repositoryOutside, config: false });
      symlinkSync(outside, path.join(repo, "dags"));
      symlinkSync("/proc/self", path.join(repo, "proc"));

      const run = cli(["--format", "json", named, "ok/etl.py"], repo);

      expectNothingLeaked(run);
      expect(run.status).toBe(1);
      const results = summary(jsonResults(run), repo);
      expect(results[named]).toEqual([
        "fatal: File is a link to something outside the workspace; not analysed.",
      ]);
      expect(results["ok/etl.py"]).toEqual([FINDING]);
    });
  }

  for (const repositoryOutside of [false, true]) {
    it(`CLI: a config file beside a DAG named through the link is refused like any config link out${repositoryOutside ? " (another repository)" : ""}`, () => {
      const repo = repository({ "ok/etl.py": FLAGGED_DAG });
      symlinkSync(outsideDirectory({ repository: repositoryOutside }), path.join(repo, "dags"));

      const run = cli(["dags/stolen.py"], repo);

      expectNothingLeaked(run);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `dag-transport: invalid configuration: ${path.join(repo, "dags", "dag-transport.config.json")}: cannot read: File is a link to something outside the workspace; not analysed.\n`,
      );
    });
  }

  it("CLI: directory link cycles end (walking '.', and naming a link that points back in)", () => {
    const repo = repository({ "ok/etl.py": FLAGGED_DAG });
    symlinkSync(".", path.join(repo, "self"));
    symlinkSync("..", path.join(repo, "ok", "up"));
    mkdirSync(path.join(repo, "a"));
    symlinkSync("../b", path.join(repo, "a", "to-b"));
    mkdirSync(path.join(repo, "b"));
    symlinkSync("../a", path.join(repo, "b", "to-a"));

    const walked = cli(["--format", "json", "."], repo);
    expectNothingLeaked(walked);
    expect(summary(jsonResults(walked), repo)).toEqual({ "ok/etl.py": [FINDING] });

    // A link that stays inside is searched (one level: links below it are not followed).
    const named = cli(["--format", "json", "self", "a/to-b"], repo);
    expectNothingLeaked(named);
    expect(summary(jsonResults(named), repo)).toEqual({ "self/ok/etl.py": [FINDING] });
  });

  it("ESLint projectConfig and lint: a directory link out is neither searched for config nor linted", async () => {
    const repo = repository({ "ok/etl.py": FLAGGED_DAG });
    symlinkSync(outsideDirectory(), path.join(repo, "dags"));
    symlinkSync("/", path.join(repo, "root"));
    symlinkSync(".", path.join(repo, "self"));

    const started = performance.now();
    const config = projectConfig(repo);
    const results = await lintWithEslint(["."], { cwd: repo, config });

    expect(performance.now() - started).toBeLessThan(WITHIN_MS);
    // Only the defaults: the outside config (turning the rule off) was not picked up.
    expect(config.map((c) => c.name).filter((n) => n?.includes("project"))).toEqual([
      "dag-transport/project",
      "dag-transport/project-suppressions",
    ]);
    expect(summary(results, repo)).toEqual({ "ok/etl.py": [FINDING] });
    expect(JSON.stringify(results)).not.toContain(CANARY_FILE);
  });
});

// ---------------------------------------------------------------------------------------------

/** Config shapes: file name, text, and what the error must say (after `<file>: `). */
const CONFIG_SHAPES: [label: string, file: string, text: () => string, error: RegExp][] = [
  [
    "JSON nested 100k arrays deep",
    "dag-transport.config.json",
    () => `${"[".repeat(DEEP)}"${CANARY_ENV}"${"]".repeat(DEEP)}`,
    NESTED_TOO_DEEP,
  ],
  [
    "JSON nested 100k objects deep inside a rule's options",
    "dag-transport.config.json",
    () =>
      `{"rules": {"no-tmp-staging": ["error", ${'{"a": '.repeat(DEEP)}"${CANARY_ENV}"${"}".repeat(DEEP)}]}}`,
    NESTED_TOO_DEEP,
  ],
  [
    "TOML nested 100k arrays deep",
    "dag-transport.config.toml",
    () => `a = ${"[".repeat(DEEP)}"${CANARY_ENV}"${"]".repeat(DEEP)}\n`,
    NESTED_TOO_DEEP,
  ],
  [
    "TOML nested 100k inline tables deep",
    "dag-transport.config.toml",
    () => `a = ${"{ b = ".repeat(DEEP)}"${CANARY_ENV}"${" }".repeat(DEEP)}\n`,
    NESTED_TOO_DEEP,
  ],
  [
    "TOML table header 100k keys deep",
    "pyproject.toml",
    () => `[tool.dag-transport${".k".repeat(DEEP)}]\nx = "${CANARY_ENV}"\n`,
    /^unknown key 'k'$/,
  ],
  [
    "TOML with a 4.9 MiB string left open",
    "dag-transport.config.toml",
    () => `rules = { "no-tmp-staging" = "${CANARY_ENV}${"x".repeat(4.9 * MIB)}\n`,
    /^cannot parse: syntax error at line 1, column \d+$/,
  ],
  [
    "TOML with a 4.9 MiB multi-line string",
    "dag-transport.config.toml",
    () => `ignores = """${CANARY_ENV}\n${"y".repeat(4.9 * MIB)}"""\n`,
    /^'ignores' must be array$/,
  ],
  [
    "YAML flow sequences 100k deep",
    "dag-transport.config.yaml",
    () => `rules: ${"[".repeat(DEEP)}${CANARY_ENV}${"]".repeat(DEEP)}\n`,
    NESTED_TOO_DEEP,
  ],
  [
    "YAML flow mappings 100k deep",
    "dag-transport.config.yaml",
    () => `rules: ${"{a: ".repeat(DEEP)}${CANARY_ENV}${"}".repeat(DEEP)}\n`,
    NESTED_TOO_DEEP,
  ],
  [
    "YAML block sequences 100k deep",
    "dag-transport.config.yml",
    () => `${"- ".repeat(DEEP)}${CANARY_ENV}\n`,
    /^cannot parse: syntax error at line 1, column \d+$/,
  ],
  [
    "a YAML alias bomb (billion laughs)",
    "dag-transport.config.yaml",
    () => billionLaughs(CANARY_ENV),
    /^cannot parse: aliases expand too far or name no anchor$/,
  ],
  [
    "YAML with 50k anchors and an alias to each",
    "dag-transport.config.yaml",
    () =>
      `${Array.from({ length: 50_000 }, (_, i) => `k${i}: &a${i} ${i}`).join("\n")}\nall: [${CANARY_ENV}, ${Array.from({ length: 50_000 }, (_, i) => `*a${i}`).join(", ")}]\n`,
    /^cannot parse: more than 1000 aliases at line \d+, column \d+$/,
  ],
  [
    // The library's own duplicate-key check took minutes on this (pairwise comparison).
    "YAML with 150k keys (2.2 MiB)",
    "dag-transport.config.yaml",
    () => `k: ${CANARY_ENV}\n${Array.from({ length: 150_000 }, (_, i) => `k${i}: ${i}`).join("\n")}\n`,
    /^unknown key 'k'$/,
  ],
  [
    "YAML with a key given twice, far apart",
    "dag-transport.config.yaml",
    () =>
      `rules: {}\n${Array.from({ length: 50_000 }, (_, i) => `# ${i}`).join("\n")}\nrules: ${CANARY_ENV}\n`,
    /^cannot parse: duplicate key at line 50002, column 1$/,
  ],
  [
    "a config 1 byte over 5 MiB",
    "dag-transport.config.json",
    () => `{"ignores": ["${CANARY_ENV}"]}`.padEnd(5 * MIB + 1, " "),
    /^cannot read: File is 5\.0 MiB, over the 5 MiB limit; not analysed\.$/,
  ],
];

describe("huge or deeply nested configuration", () => {
  for (const [label, file, text, error] of CONFIG_SHAPES) {
    it(`CLI: ${label} is an invalid configuration, named with a position, never quoted`, () => {
      const repo = repository({ "dags/etl.py": FLAGGED_DAG, [file]: text() });

      const run = cli(["dags"], repo);

      expectNothingLeaked(run);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      const prefix = `dag-transport: invalid configuration: ${path.join(repo, file)}: `;
      expect(run.stderr.startsWith(prefix)).toBe(true);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr.trimEnd().slice(prefix.length)).toMatch(error);
    });

    it(`ESLint projectConfig: ${label} throws a ConfigError naming the file, never quoting it`, () => {
      const repo = repository({ "dags/etl.py": FLAGGED_DAG, [file]: text() });

      const started = performance.now();
      let thrown: unknown;
      try {
        projectConfig(repo);
      } catch (error) {
        thrown = error;
      }

      expect(performance.now() - started).toBeLessThan(WITHIN_MS);
      expect(thrown).toMatchObject({ name: "ConfigError", filePath: path.join(repo, file) });
      expect((thrown as { reason: string }).reason).toMatch(error);
      expect((thrown as Error).message).not.toContain(CANARY_ENV);
    });
  }

  it("CLI: a valid 4.9 MiB configuration is read and applied", () => {
    const patterns = Array.from({ length: 9000 }, (_, i) => `generated/${i}/${"p".repeat(555)}/**`);
    const config = JSON.stringify({ ignores: [...patterns, "skipped/**"] });
    expect(config.length).toBeGreaterThan(4.9 * MIB);
    expect(config.length).toBeLessThan(5 * MIB);
    const repo = repository({
      "dags/etl.py": FLAGGED_DAG,
      "skipped/etl.py": FLAGGED_DAG,
      "dag-transport.config.json": config,
    });

    const run = cli(["--format", "json", "."], repo);

    expectNothingLeaked(run);
    expect(run.status).toBe(1);
    expect(summary(jsonResults(run), repo)).toEqual({ "dags/etl.py": [FINDING] });
  });

  for (const [label, , text] of CONFIG_SHAPES.filter(([, file]) => file.endsWith(".yaml"))) {
    // The verdict is the deployment frontend's, the one reading of a leoflow.yaml (siblings.ts):
    // any mapping is a valid leoflow.yaml (the 150k keys, a key given twice, aliases it never
    // expands); what is too deep or not YAML is a problem.
    const problem = parseLeoflow(text(), "leoflow.yaml").problem ? /^cannot parse: / : undefined;
    it(`CLI: a leoflow.yaml that is ${label} is ${problem ? "named as a problem" : "read"}; the DAG is still judged`, () => {
      const repo = repository({ "dags/etl.py": FLAGGED_DAG, "dags/leoflow.yaml": text() });

      const run = cli(["--format", "json", "dags"], repo);
      expectNothingLeaked(run);
      expect(run.status).toBe(1);
      // The leoflow.yaml is linted too (deployment policy): a file it cannot read is one fatal line.
      const { "dags/leoflow.yaml": own, ...dags } = summary(jsonResults(run), repo);
      expect(dags).toEqual({ "dags/etl.py": [FINDING] });
      for (const message of own ?? [])
        expect(message).toMatch(/^fatal: leoflow\.yaml not analysed: [^\n]+\.$/);

      const printed = cli(["--print-config", "dags/etl.py"], repo);
      expectNothingLeaked(printed);
      const { siblingFiles } = JSON.parse(printed.stdout) as { siblingFiles: { problem?: string }[] };
      expect(siblingFiles).toEqual([
        {
          kind: "leoflow",
          filePath: path.join(repo, "dags/leoflow.yaml"),
          ...(problem ? { problem: expect.stringMatching(problem) as unknown } : {}),
        },
      ]);
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe("a configuration given by path", () => {
  const CONFIG = "dag-transport.config.toml";
  for (const [label, plant, problem] of [
    [
      "a symlink to /proc/self/environ",
      (file: string) => symlinkSync("/proc/self/environ", file),
      /^cannot read: File is a link to something outside the workspace; not analysed\.$/,
    ],
    [
      "a symlink to /dev/zero",
      (file: string) => symlinkSync("/dev/zero", file),
      /^cannot read: File is a link to something outside the workspace; not analysed\.$/,
    ],
    [
      "a symlink to a secret outside",
      (file: string) => symlinkSync(path.join(outsideDirectory(), "secret.txt"), file),
      /^cannot read: File is a link to something outside the workspace; not analysed\.$/,
    ],
    [
      "a FIFO",
      (file: string) => execFileSync("mkfifo", [file]),
      /^cannot read: Not a regular file; not analysed\.$/,
    ],
    [
      "a directory",
      (file: string) => mkdirSync(file),
      /^cannot read: (Not a regular file; not analysed\.|Cannot read file: it is a directory\.)$/,
    ],
  ] as const) {
    it(`CLI --config naming ${label}: exit 2 at once, named, never quoted`, () => {
      const repo = repository({ "dags/etl.py": FLAGGED_DAG });
      plant(path.join(repo, CONFIG));

      const run = cli(["--config", CONFIG, "dags"], repo);

      expectNothingLeaked(run);
      expect(run.status).toBe(2);
      const prefix = `dag-transport: invalid configuration: ${path.join(repo, CONFIG)}: `;
      expect(run.stderr.startsWith(prefix)).toBe(true);
      expect(run.stderr.trimEnd().slice(prefix.length)).toMatch(problem);
    });

    it(`ESLint projectConfig(dir, config) naming ${label}: a ConfigError, never quoted`, () => {
      const repo = repository({ "dags/etl.py": FLAGGED_DAG });
      plant(path.join(repo, CONFIG));

      const started = performance.now();
      let thrown: unknown;
      try {
        projectConfig(repo, CONFIG);
      } catch (error) {
        thrown = error;
      }
      expect(performance.now() - started).toBeLessThan(WITHIN_MS);
      expect(thrown).toMatchObject({ name: "ConfigError", filePath: path.join(repo, CONFIG) });
      expect((thrown as { reason: string }).reason).toMatch(problem);
      expect((thrown as Error).message).not.toContain(CANARY_ENV);
      expect((thrown as Error).message).not.toContain(CANARY_FILE);
    });
  }

  it("CLI --config naming /proc/self/environ or /dev/zero itself: refused or unparsable, never quoted", () => {
    const repo = repository({ "dags/etl.py": FLAGGED_DAG });
    for (const [named, message] of [
      // The user named it, so it is read like any file they name: bounded, and never quoted.
      ["/proc/self/environ", /: cannot read: Binary file \(contains NUL bytes\); not analysed\.$/],
      ["/dev/zero", /: cannot read: Not a regular file; not analysed\.$/],
    ] as const) {
      const run = cli(["--config", named, "dags"], repo);
      expectNothingLeaked(run);
      expect(run.status).toBe(2);
      expect(run.stderr.trimEnd()).toMatch(message);
    }
  });

  it("CLI --config with '..': inside the workspace it applies; outside, an invalid one is never quoted", () => {
    const repo = repository({
      "dags/etl.py": FLAGGED_DAG,
      "conf/dag-transport.config.json": JSON.stringify({ rules: { "no-unserializable-xcom": "off" } }),
    });
    const inside = cli(["--config", "dags/../conf/dag-transport.config.json", "dags"], repo);
    expectNothingLeaked(inside);
    expect(inside.status).toBe(0);

    const outside = temp("outside-config");
    write(outside, "dag-transport.config.toml", `rules = "${CANARY_FILE}\n`);
    const relative = path.relative(repo, path.join(outside, "dag-transport.config.toml"));
    expect(relative.startsWith("..")).toBe(true);
    const run = cli(["--config", relative, "dags"], repo);
    expectNothingLeaked(run);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd()).toMatch(/: cannot parse: syntax error at line 1, column \d+$/);
  });
});

// ---------------------------------------------------------------------------------------------

/** Names Linux allows and no log should print raw. */
const HOSTILE_NAMES: (string | Buffer)[] = [
  "dags/new\n::error file=x.py,line=1::injected.py",
  "dags/cr\r::warning::injected.py",
  "dags/::add-mask::visible.py",
  "::stop-commands::endtoken.py",
  "dags/ansi\u001b[2J\u001b]0;title\u0007.py",
  "dags/bell\u0007\u0008.py",
  "dags/c1\u009b31m.py",
  "dags/sep\u2028::error::injected.py",
  "dags/%0A::error::escaped-already.py",
  `dags/${"long".repeat(62)}.py`,
  Buffer.concat([Buffer.from("dags/bad-"), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from("::error::q.py")]),
];

/** Every line that starts with `::` is one of ours: an annotation for a file we linted. */
function ownWorkflowCommandsOnly(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("::"));
}

describe("file names with control characters, line breaks, `::`, escapes", () => {
  function namesRepo(names = HOSTILE_NAMES): string {
    const repo = repository({ "ok/etl.py": FLAGGED_DAG });
    for (const name of names) write(repo, name, FLAGGED_DAG);
    return repo;
  }

  it("CLI stylish: no raw control character, no line that a runner takes for a workflow command", () => {
    const repo = namesRepo();

    const run = cli(["."], repo);

    expectNothingLeaked(run);
    expect(run.status).toBe(1);
    expect(ownWorkflowCommandsOnly(run.stdout + run.stderr)).toEqual([]);
    // eslint-disable-next-line no-control-regex -- the point of the check
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(run.stdout).toContain("dags/new\\n::error file=x.py,line=1::injected.py");
    expect(run.stdout).toContain("./::stop-commands::endtoken.py");
    // Every file was linted (the non-UTF-8 name cannot be opened by the name Node reads back).
    expect(run.stdout.match(/no-unserializable-xcom/g)).toHaveLength(HOSTILE_NAMES.length);
  });

  it("CLI github format: one workflow command per finding, each file's name escaped inside it", () => {
    const repo = namesRepo();

    const run = cli(["--format", "github", "."], repo);

    expectNothingLeaked(run);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(HOSTILE_NAMES.length + 1);
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning) file=[^\n\r:,]*,line=\d+,[^\n\r]*::[^\n\r]*$/);
    expect(ownWorkflowCommandsOnly(run.stderr)).toEqual([]);
  });

  it("CLI json: every file is reported, names intact", () => {
    const repo = namesRepo();

    const run = cli(["--format", "json", "."], repo);

    expectNothingLeaked(run);
    const results = jsonResults(run);
    expect(results).toHaveLength(HOSTILE_NAMES.length + 1);
    const named = results.map((r) => path.relative(repo, r.filePath));
    for (const name of HOSTILE_NAMES.filter((n): n is string => typeof n === "string"))
      expect(named).toContain(name);
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === FINDING))).toHaveLength(
      HOSTILE_NAMES.length,
    );
  });

  it("CLI: a configuration error in a folder with such a name prints one escaped line", () => {
    const folder = "team\n::error::x";
    const repo = repository({
      [`${folder}/etl.py`]: FLAGGED_DAG,
      [`${folder}/dag-transport.config.json`]: "{",
    });

    const run = cli(["."], repo);

    expectNothingLeaked(run);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("team\\n::error::x/dag-transport.config.json: cannot parse: syntax error");
  });

  it("CLI: quoted source is escaped too (a string literal holding escape sequences and `::`)", () => {
    const dag = FLAGGED_DAG.replace("np.zeros(3)", 'np.array("""\n::error::x\u001b[2J\r""")');
    const repo = repository({ "dags/etl.py": dag });

    const run = cli(["dags"], repo);

    expect(run.status).toBe(1);
    expect(ownWorkflowCommandsOnly(run.stdout)).toEqual([]);
    // eslint-disable-next-line no-control-regex -- the point of the check
    expect(run.stdout).not.toMatch(/[\u001b\r]/);
    // Whitespace (the line break, the carriage return) is folded; the escape is spelled out.
    expect(run.stdout).toContain('`np.array(""" ::error::x\\x1b[2J """)`');
  });

  it("ESLint: lints every such file, no message carries a raw control character", async () => {
    // Not the non-UTF-8 name: ESLint reads the folder's names as UTF-8 and then cannot open that
    // file, and its whole run throws ENOENT (ESLint's own reading, not the plugin's).
    const names = HOSTILE_NAMES.filter((n): n is string => typeof n === "string");
    const repo = namesRepo(names);
    write(repo, "dags/quoted.py", FLAGGED_DAG.replace("np.zeros(3)", 'np.array("\u001b]0;x\u0007")'));

    const started = performance.now();
    const results = await lintWithEslint(["."], { cwd: repo, config: projectConfig(repo) });

    expect(performance.now() - started).toBeLessThan(WITHIN_MS);
    const flagged = results.filter((r) => r.messages.some((m) => m.ruleId === FINDING));
    expect(flagged.map((r) => path.relative(repo, r.filePath)).sort()).toEqual(
      [...names, "ok/etl.py", "dags/quoted.py"].sort(),
    );
    for (const message of results.flatMap((r) => r.messages))
      // eslint-disable-next-line no-control-regex -- the point of the check
      expect(message.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

// ---------------------------------------------------------------------------------------------

describe("DAG files that are not text", () => {
  function shapesRepo(options: { sparse: number }): string {
    const repo = repository({
      "dags/good.py": FLAGGED_DAG,
      "dags/binary.py": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]),
      "dags/nul.py": `x = 1\u0000\n${FLAGGED_DAG}`,
      // A NUL past the first 8 KiB: not "binary" by the sniff, so it is parsed, and reported.
      "dags/late_nul.py": `${"#".repeat(9000)}\n${FLAGGED_DAG}x = "\u0000"\n`,
      "dags/latin1.py": Buffer.from(`x = "caf\xe9"\n${FLAGGED_DAG}`, "latin1"),
      "dags/over.py": "#".repeat(5 * MIB + 1),
      "dags/at_limit.py": `${FLAGGED_DAG}${"#".repeat(5 * MIB - FLAGGED_DAG.length - 1)}\n`,
    });
    const sparse = write(repo, "dags/sparse.py", "");
    truncateSync(sparse, options.sparse);
    return repo;
  }

  it("CLI: each is reported as not analysed, the run goes on, other files' findings are reported", () => {
    const repo = shapesRepo({ sparse: 10 * 1024 * MIB });

    const run = cli(["--format", "json", "dags"], repo);

    expectNothingLeaked(run);
    expect(run.status).toBe(1);
    expect(summary(jsonResults(run), repo)).toEqual({
      "dags/at_limit.py": [FINDING],
      "dags/binary.py": ["fatal: Binary file (contains NUL bytes); not analysed."],
      "dags/good.py": [FINDING],
      "dags/late_nul.py": [
        FINDING,
        `fatal: Parsing error: invalid syntax (unexpected 'x = "\\x00"'). Tasks with broken syntax are not analysed.`,
      ],
      "dags/latin1.py": ["fatal: File is not valid UTF-8; not analysed."],
      "dags/nul.py": ["fatal: Binary file (contains NUL bytes); not analysed."],
      "dags/over.py": ["fatal: File is 5.0 MiB, over the 5 MiB limit; not analysed."],
      "dags/sparse.py": ["fatal: File is 10240.0 MiB, over the 5 MiB limit; not analysed."],
    });
  });

  it("ESLint: the same files (a sparse 100 MiB one: ESLint reads it, the python language refuses it)", async () => {
    const repo = shapesRepo({ sparse: 100 * MIB });

    const started = performance.now();
    const results = await lintWithEslint(["dags"], { cwd: repo, config: projectConfig(repo) });

    expect(performance.now() - started).toBeLessThan(WITHIN_MS);
    const got = summary(results, repo);
    expect(got["dags/good.py"]).toEqual([FINDING]);
    expect(got["dags/at_limit.py"]).toEqual([FINDING]);
    // The CLI's own words for each (issue 17: one message for one file, whichever surface).
    for (const name of ["binary", "nul"])
      expect(got[`dags/${name}.py`]).toEqual(["fatal: Binary file (contains NUL bytes); not analysed."]);
    expect(got["dags/sparse.py"]).toEqual(["fatal: File is 100.0 MiB, over the 5 MiB limit; not analysed."]);
    expect(got["dags/over.py"]).toEqual(["fatal: File is 5.0 MiB, over the 5 MiB limit; not analysed."]);
    // ESLint decodes invalid UTF-8 as U+FFFD; the bytes on disk tell it from a written one.
    expect(got["dags/latin1.py"]).toEqual(["fatal: File is not valid UTF-8; not analysed."]);
  });
});
