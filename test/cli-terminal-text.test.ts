/**
 * What the scanned repository writes cannot reach the terminal or the Actions log as control
 * characters: a file name with a line break must not start a workflow command (`::set-output`)
 * on a line of its own, and an ANSI escape in it must not reach the terminal.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { LintResult } from "@dag-transport/core";
import { runCli } from "./support/cli.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

const HOSTILE_NAME = "evil\n::set-output name=x::y\x1b[2J\u2028::warning::z\x9b2J.py";
const HOSTILE_SHOWN = "evil\\n::set-output name=x::y\\x1b[2J\\u2028::warning::z\\x9b2J.py";
/** A finding whose message quotes source text with a C1 control (CSI) in it. */
const QUOTING_DAG = FLAGGED_DAG.replace("np.zeros(3)", 'np.array(["a\x9b2Jb"])');
/** Anything a terminal or the Actions runner could take as a line break or a control sequence. */
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/;

const projects: ReturnType<typeof tempProject>[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) p.cleanup();
});

function hostileProject() {
  const made = tempProject({
    [`dags/${HOSTILE_NAME}`]: FLAGGED_DAG,
    "dags/ordinary name.py": FLAGGED_DAG,
    "dags/quoting.py": QUOTING_DAG,
  });
  projects.push(made);
  return made;
}

describe("cli: text from the repository is escaped for the terminal", () => {
  it("stylish (the default): the hostile name is one escaped line, the ordinary one unchanged", () => {
    const { dir } = hostileProject();
    const run = runCli(["dags"], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines).toContain(`dags/${HOSTILE_SHOWN}`);
    expect(lines).toContain("dags/ordinary name.py");
    expect(lines.filter((l) => /^\s+7:12\s+error\s+`np\.zeros\(3\)`/.test(l))).toHaveLength(2);
    expect(run.stdout).toContain('`np.array(["a\\x9b2Jb"])`');
    expect(run.stdout).not.toMatch(/^::/m);
    expect(run.stdout).not.toMatch(CONTROL);
  });

  it("github: each finding is one workflow command, and the name cannot start another", () => {
    const { dir } = hostileProject();
    const run = runCli(["--format", "github", "dags"], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::error file=dags\//);
    // The runner decodes %0A back into the real name: the annotation lands on the right file.
    expect(
      lines.filter((l) => l.startsWith("::error file=dags/evil%0A%3A%3Aset-output name=x%3A%3Ay\\x1b[2J")),
    ).toHaveLength(1);
    expect(run.stdout).not.toMatch(CONTROL);
  });

  it.each(["json", "sarif"])("%s: valid JSON with every control character escaped", (format) => {
    const { dir } = hostileProject();
    const run = runCli(["--format", format, "dags"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).not.toMatch(/^::/m);
    const parsed = JSON.parse(run.stdout) as unknown;
    if (format === "json") {
      // The names are data here: escaped in the JSON text, exact once parsed.
      const paths = (parsed as LintResult[]).map((r) => r.filePath.slice(dir.length + 1)).sort();
      expect(paths).toEqual([`dags/${HOSTILE_NAME}`, "dags/ordinary name.py", "dags/quoting.py"]);
    }
    // Source quoted in a message is escaped when the message is made (core/rule.ts), so every
    // surface, ESLint's own formatters too, shows the visible escape: JSON carries it as text.
    expect(run.stdout).toContain("a\\\\x9b2Jb");
  });

  it("an invalid configuration in a hostile folder is reported on one escaped line", () => {
    const { dir, write } = hostileProject();
    write("bad\n::error::injected\x1b[2J/dag-transport.config.json", "{ not json");
    write("bad\n::error::injected\x1b[2J/dag.py", FLAGGED_DAG);
    const run = runCli([], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dag-transport: invalid configuration: .*bad\\n::error::injected\\x1b\[2J/m);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^::/m);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(CONTROL);
  });
});
