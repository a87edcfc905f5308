/**
 * The command line as a new user meets it: options it does not have, colour, and `--init`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { CLI_BIN, runCli, runCliJson } from "./support/cli.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const projects: { cleanup: () => void }[] = [];
function project(files: Record<string, string> = {}) {
  const p = tempProject(files);
  projects.push(p);
  return p;
}
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

const NO_COLOR_ENV = { FORCE_COLOR: undefined, NO_COLOR: undefined };
const ESC = "\u001b[";

describe("options dag-transport does not have", () => {
  it.each([
    ["--fix-dry-run", /^dag-transport: unknown option '--fix-dry-run': --fix only removes suppressions/],
    ["--watch", /^dag-transport: unknown option '--watch': dag-transport does not watch files/],
    ["--frobnicate", /^dag-transport: unknown option '--frobnicate'\n/],
    ["-x", /^dag-transport: unknown option '-x'\n/],
  ])("%s: a usage message, exit 2", (option, message) => {
    const run = runCli([option], { cwd: project().dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Run 'dag-transport --help' for usage.");
    // Not Node's parseArgs text about positionals after `--`.
    expect(run.stderr).not.toMatch(/positional|place it at the end/);
  });

  it("an option without its value, and a value for a flag", () => {
    expect(runCli(["--format"], { cwd: project().dir }).stderr).toMatch(
      /^dag-transport: --format needs a value\n/,
    );
    expect(runCli(["--quiet=yes"], { cwd: project().dir }).stderr).toMatch(
      /^dag-transport: --quiet takes no value\n/,
    );
  });
});

describe("colour", () => {
  const flagged = () => project({ "dags/make.py": FLAGGED_DAG }).dir;

  it("none when piped, by default and with NO_COLOR", () => {
    const cwd = flagged();
    for (const env of [NO_COLOR_ENV, { ...NO_COLOR_ENV, NO_COLOR: "1" }]) {
      const run = runCli([], { cwd, env });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("error");
      expect(run.stdout).not.toContain(ESC);
    }
  });

  it("FORCE_COLOR colours a piped report; FORCE_COLOR=0 does not", () => {
    const cwd = flagged();
    expect(runCli([], { cwd, env: { ...NO_COLOR_ENV, FORCE_COLOR: "1" } }).stdout).toContain(
      `${ESC}31merror`,
    );
    expect(runCli([], { cwd, env: { ...NO_COLOR_ENV, FORCE_COLOR: "0" } }).stdout).not.toContain(ESC);
  });

  it("--color and --no-color outrank the environment", () => {
    const cwd = flagged();
    expect(runCli(["--color"], { cwd, env: { ...NO_COLOR_ENV, NO_COLOR: "1" } }).stdout).toContain(
      `${ESC}31merror`,
    );
    expect(runCli(["--no-color"], { cwd, env: { ...NO_COLOR_ENV, FORCE_COLOR: "1" } }).stdout).not.toContain(
      ESC,
    );
    expect(runCli(["--color", "--no-color"], { cwd }).stderr).toMatch(/contradict/);
  });

  it("machine formats are never coloured, and a piped run writes no progress to standard error", () => {
    const cwd = flagged();
    const run = runCliJson(["--color"], { cwd });
    expect(run.results[0]!.messages).toHaveLength(1);
    expect(run.stderr).toBe("");
    const stylish = runCli([], { cwd, env: { ...NO_COLOR_ENV, FORCE_COLOR: "1" } });
    expect(stylish.stderr).toBe("");
  });
});

describe("--init", () => {
  it("appends a [tool.dag-transport] table to an existing pyproject.toml, keeping every byte", () => {
    const before =
      '[project]\nname = "etl"\n\n[tool.ruff]\nline-length = 100\n\n[tool.ruff.lint]\nselect = ["E"]';
    const p = project({ "pyproject.toml": before, "dags/make.py": FLAGGED_DAG });
    const run = runCli(["--init"], { cwd: p.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Added a \[tool\.dag-transport\] table at the end of pyproject\.toml\./);
    const after = readFileSync(p.file("pyproject.toml"), "utf8");
    expect(after.startsWith(`${before}\n\n[tool.dag-transport]\n`)).toBe(true);
    // The new table is the configuration the CLI now finds, and it is valid.
    const config = JSON.parse(runCli(["--print-config", "dags/make.py"], { cwd: p.dir }).stdout);
    expect(config.configFile).toBe(p.file("pyproject.toml"));
    expect(runCliJson([], { cwd: p.dir }).results[0]!.messages[0]!.ruleId).toBe(
      "dag-transport/no-unserializable-xcom",
    );
  });

  it("prints the pre-commit, ESLint and workflow snippets", () => {
    const p = project({ "pyproject.toml": "[project]\nname = 'etl'\n" });
    const { stdout } = runCli(["--init"], { cwd: p.dir });
    expect(stdout).toContain("repo: https://github.com/dag-transport/dag-transport");
    expect(stdout).toContain("- id: dag-transport");
    expect(stdout).toContain("in eslint.config.mjs:");
    expect(stdout).toContain('import { projectConfig } from "eslint-plugin-dag-transport";');
    expect(stdout).toContain(".github/workflows/dag-transport.yml");
    expect(stdout).toMatch(/- uses: dag-transport\/dag-transport@[0-9a-f]{40}/);
  });

  it("keeps CRLF line endings of a Windows pyproject.toml", () => {
    const p = project({ "pyproject.toml": '[project]\r\nname = "etl"\r\n' });
    expect(runCli(["--init"], { cwd: p.dir }).status).toBe(0);
    const after = readFileSync(p.file("pyproject.toml"), "utf8");
    expect(after).toMatch(/^\[project\]\r\nname = "etl"\r\n\r\n\[tool\.dag-transport\]\r\n/);
    expect(after.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("writes dag-transport.config.toml when there is no pyproject.toml", () => {
    const p = project({ "package.json": '{"type": "module"}', "dags/make.py": FLAGGED_DAG });
    const run = runCli(["--init"], { cwd: p.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote dag-transport\.config\.toml/);
    // A package of ES modules takes eslint.config.js.
    expect(run.stdout).toContain("in eslint.config.js:");
    const written = readFileSync(p.file("dag-transport.config.toml"), "utf8");
    expect(written).toContain("ignores = []\n");
    expect(written).toContain("[rules]\n");
    const config = JSON.parse(runCli(["--print-config", "dags/make.py"], { cwd: p.dir }).stdout);
    expect(config.configFile).toBe(p.file("dag-transport.config.toml"));
  });

  it.each([
    [
      "pyproject.toml",
      '[project]\nname = "etl"\n\n[tool.dag-transport.rules]\nno-tmp-staging = "warn"\n',
      /already has a \[tool\.dag-transport\] table/,
    ],
    ["dag-transport.config.yaml", "rules: {}\n", /dag-transport\.config\.yaml already exists here/],
    [
      "pyproject.toml",
      "[project\nname = 1\n",
      /pyproject\.toml does not parse \(cannot parse: syntax error at line 1/,
    ],
    [
      "pyproject.toml",
      "tool = { black = { line-length = 100 } }\n",
      /cannot take a \[tool\.dag-transport\] table/,
    ],
  ])("refuses (exit 2) when %s is %j, and changes nothing", (name, text, message) => {
    const p = project({ [name]: text });
    const run = runCli(["--init"], { cwd: p.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(readFileSync(p.file(name), "utf8")).toBe(text);
    if (name !== "pyproject.toml") expect(() => readFileSync(p.file("pyproject.toml"))).toThrow();
  });

  it("says when it shadows the configuration of a folder above", () => {
    const p = project({ "dag-transport.config.json": '{"rules": {}}', "team/dags/make.py": FLAGGED_DAG });
    const run = runCli(["--init"], { cwd: p.file("team") });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`files here used ${p.file("dag-transport.config.json")} until now`);
  });

  it("at a repository's root, says nothing of configuration above it (discovery stops there)", () => {
    const p = project({
      "dag-transport.config.json": '{"rules": {}}',
      "repo/.git/HEAD": "ref: refs/heads/main\n",
    });
    const run = runCli(["--init"], { cwd: p.file("repo") });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("until now");
  });

  it("takes no paths", () => {
    expect(runCli(["--init", "dags"], { cwd: project().dir }).stderr).toMatch(/--init .* takes no paths/);
  });
});

describe("the policy, not decision records", () => {
  it("SARIF help of every rule links docs/policy.md and cites no ADR", () => {
    const cwd = project({ "dags/make.py": FLAGGED_DAG }).dir;
    const log = JSON.parse(runCli(["--format", "sarif"], { cwd }).stdout) as {
      runs: {
        tool: {
          driver: { rules: { id: string; helpUri?: string; help: { text: string; markdown: string } }[] };
        };
      }[];
    };
    const rules = log.runs[0]!.tool.driver.rules.filter((r) => r.helpUri?.includes("/docs/rules/"));
    expect(rules.length).toBeGreaterThanOrEqual(6);
    for (const rule of rules) {
      expect(rule.help.markdown).toContain(
        "https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md",
      );
      expect(`${rule.help.text}\n${rule.help.markdown}`).not.toMatch(/\bADR[- ]?\d/);
    }
  });

  it("a pod-local handoff's message is true for stock Airflow: large values only with the object-storage backend", () => {
    const cwd = project({
      "dags/nightly.py": readFileSync(
        new URL("../examples/incident_np_savez_tmp.py", import.meta.url),
        "utf8",
      ),
    }).dir;
    const messages = runCliJson([], { cwd }).results.flatMap((r) => r.messages.map((m) => m.message));
    const tmp = messages.find((m) => m.includes("/tmp/cohort_scores.npz"));
    expect(tmp).toContain("large values only with the object-storage XCom backend configured");
    expect(messages.join("\n")).not.toMatch(/offloads large ones|ADR/);
  });
});

describe("progress on a terminal (standard error a TTY, through script(1))", () => {
  /** Runs the CLI with standard error on a pseudo-terminal; returns what the terminal showed. */
  function onTerminal(args: string[], cwd: string, delay: string): string {
    const command = [process.execPath, CLI_BIN, ...args].map((a) => `'${a}'`).join(" ");
    const run = spawnSync("script", ["-qec", `${command} >/dev/null`, "/dev/null"], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, DAG_TRANSPORT_PROGRESS_DELAY_MS: delay, DAG_TRANSPORT_WORKERS: "1" },
    });
    expect(run.error).toBeUndefined();
    return run.stdout;
  }
  const many = () =>
    project(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`dags/d${i}.py`, FLAGGED_DAG]))).dir;

  it("counts files once the run passes the delay, and clears its line", () => {
    const shown = onTerminal(["--no-color"], many(), "0");
    const drawn = shown.split("\r").filter(Boolean);
    expect(drawn[0]).toMatch(/^dag-transport: \d+\/30 files/);
    expect(drawn[0]!.endsWith(`${ESC}K`)).toBe(true);
    expect(shown.endsWith("\r\u001b[K")).toBe(true);
  });

  it("shows nothing for a run shorter than the delay", () => {
    expect(onTerminal(["--no-color"], many(), "600000")).toBe("");
  });

  it.each(["json", "sarif", "github"])("never with --format %s", (format) => {
    expect(onTerminal(["--format", format], many(), "0")).toBe("");
  });
});
