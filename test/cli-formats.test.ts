/**
 * `--format gitlab` (GitLab Code Quality) and `--format junit` (JUnit XML) through the real CLI,
 * parsed as the hosts parse them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { CLEAN_DAG, FLAGGED_DAG, tempProject } from "./support/project.js";
import { parseXml, type XmlElement } from "./support/xml.js";

const projects: { cleanup: () => void }[] = [];
function project(files: Record<string, string | Buffer> = {}) {
  const p = tempProject(files);
  projects.push(p);
  return p;
}
afterEach(() => projects.splice(0).forEach((p) => p.cleanup()));

/** The flagged DAG twice: one finding reported, the other suppressed with a reason. */
const TWO_TASKS = `${FLAGGED_DAG}

@task
def again():
    return np.zeros(3)  # dag-transport: ignore[no-unserializable-xcom] -- read by a pickle-backed consumer
`;
const FINDING = "dag-transport/no-unserializable-xcom";
// eslint-disable-next-line no-control-regex -- what must never reach a report
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

interface Issue {
  type: string;
  check_name: string;
  description: string;
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

/** Parses a Code Quality report, checking every issue has exactly GitLab's shape. */
function codeQuality(stdout: string): Issue[] {
  const issues = JSON.parse(stdout) as unknown;
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues as Issue[]) {
    expect(Object.keys(issue).sort()).toEqual(
      ["categories", "check_name", "description", "fingerprint", "location", "severity", "type"].sort(),
    );
    expect(issue.type).toBe("issue");
    expect(typeof issue.description).toBe("string");
    expect(issue.description.length).toBeGreaterThan(0);
    expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}:\d+$/);
    expect(Object.keys(issue.location).sort()).toEqual(["lines", "path"]);
    expect(Object.keys(issue.location.lines)).toEqual(["begin"]);
    expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    expect(issue.location.path).not.toMatch(/^\//);
  }
  return issues as Issue[];
}

describe("--format gitlab", () => {
  it("one issue per reported finding, with a path relative to the working directory; exit 1", () => {
    const p = project({ "dags/make.py": TWO_TASKS, "dags/clean.py": CLEAN_DAG });
    const run = runCli(["--format", "gitlab"], { cwd: p.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const issues = codeQuality(run.stdout);
    // The suppressed finding is left out; the clean file has none.
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      check_name: FINDING,
      severity: "major",
      location: { path: "dags/make.py", lines: { begin: 7 } },
    });
    expect(issues[0]!.description).toContain("np.zeros(3)");
    // From a subfolder, paths are relative to it.
    const sub = codeQuality(runCli(["--format", "gitlab", "."], { cwd: p.file("dags") }).stdout);
    expect(sub[0]!.location.path).toBe("make.py");
  });

  it("a clean run is an empty report and exit 0", () => {
    const run = runCli(["--format", "gitlab"], { cwd: project({ "dags/clean.py": CLEAN_DAG }).dir });
    expect(run.status).toBe(0);
    expect(codeQuality(run.stdout)).toEqual([]);
  });

  it("fingerprints survive lines moving, tell identical findings apart, and change with the code", () => {
    const p = project({ "dags/make.py": FLAGGED_DAG });
    const before = codeQuality(runCli(["--format", "gitlab"], { cwd: p.dir }).stdout);
    p.write("dags/make.py", `"""Nightly export."""\n\n${FLAGGED_DAG}`);
    const moved = codeQuality(runCli(["--format", "gitlab"], { cwd: p.dir }).stdout);
    expect(moved[0]!.location.lines.begin).toBe(before[0]!.location.lines.begin + 2);
    expect(moved[0]!.fingerprint).toBe(before[0]!.fingerprint);

    p.write("dags/make.py", `${FLAGGED_DAG}\n\n@task\ndef make_more():\n    return np.zeros(3)\n`);
    const twice = codeQuality(runCli(["--format", "gitlab"], { cwd: p.dir }).stdout);
    expect(twice).toHaveLength(2);
    expect(new Set(twice.map((i) => i.fingerprint)).size).toBe(2);
    expect(twice[0]!.fingerprint).toBe(before[0]!.fingerprint);

    p.write("dags/make.py", FLAGGED_DAG.replace("np.zeros(3)", "np.ones(3)"));
    const edited = codeQuality(runCli(["--format", "gitlab"], { cwd: p.dir }).stdout);
    expect(edited[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
  });

  it("a file that cannot be analysed is a critical issue of its own check", () => {
    const p = project({ "dags/broken.py": Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0xfe, 0x0a]) });
    const run = runCli(["--format", "gitlab"], { cwd: p.dir });
    expect(run.status).toBe(1);
    expect(codeQuality(run.stdout)).toMatchObject([
      {
        check_name: "dag-transport/file-not-analysed",
        severity: "critical",
        location: { path: "dags/broken.py" },
      },
    ]);
  });

  it("a hostile file name reaches the report exactly, with no control character in the output", () => {
    const name = "dags/a\x1b[2J\nb\u202e.py";
    const p = project({ [name]: FLAGGED_DAG });
    const run = runCli(["--format", "gitlab"], { cwd: p.dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    const issues = codeQuality(run.stdout);
    expect(issues[0]!.location.path).toBe(name);
    expect(issues[0]!.description).not.toMatch(CONTROL);
  });
});

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

describe("--format junit", () => {
  it("one suite per file; a finding fails, a suppression is skipped, a clean file passes; exit 1", () => {
    const p = project({ "dags/make.py": TWO_TASKS, "dags/clean.py": CLEAN_DAG });
    const run = runCli(["--format", "junit"], { cwd: p.dir });
    expect(run.status).toBe(1);
    const root = parseXml(run.stdout);
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toMatchObject({ tests: "3", failures: "1", errors: "0", skipped: "1" });
    const suites = childrenNamed(root, "testsuite");
    expect(suites.map((s) => s.attributes.name).sort()).toEqual(["dags/clean.py", "dags/make.py"]);

    const make = suites.find((s) => s.attributes.name === "dags/make.py")!;
    expect(make.attributes).toMatchObject({ tests: "2", failures: "1", skipped: "1" });
    const [failed, skipped] = childrenNamed(make, "testcase");
    expect(failed!.attributes).toMatchObject({
      name: FINDING,
      classname: "dags/make.py",
      file: "dags/make.py",
    });
    const failure = childrenNamed(failed!, "failure")[0]!;
    expect(failure.attributes.type).toBe("error");
    expect(failure.attributes.message).toMatch(/^line 7, column 12: `np\.zeros\(3\)` is a numpy ndarray/);
    expect(failure.text).toContain("line 7, column 12");
    expect(childrenNamed(skipped!, "skipped")[0]!.attributes.message).toBe(
      "line 12, column 12: suppressed: read by a pickle-backed consumer",
    );

    const clean = suites.find((s) => s.attributes.name === "dags/clean.py")!;
    expect(clean.attributes).toMatchObject({ tests: "1", failures: "0" });
    expect(childrenNamed(clean, "testcase")[0]!.children).toEqual([]);
  });

  it("a clean run passes every file; exit 0", () => {
    const run = runCli(["--format", "junit"], { cwd: project({ "a.py": CLEAN_DAG, "b.py": CLEAN_DAG }).dir });
    expect(run.status).toBe(0);
    expect(parseXml(run.stdout).attributes).toMatchObject({ tests: "2", failures: "0", errors: "0" });
  });

  it("a file that cannot be analysed is an error, not a failure", () => {
    const p = project({ "dags/broken.py": Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0xfe, 0x0a]) });
    const run = runCli(["--format", "junit"], { cwd: p.dir });
    expect(run.status).toBe(1);
    const root = parseXml(run.stdout);
    expect(root.attributes).toMatchObject({ tests: "1", failures: "0", errors: "1" });
    const error = childrenNamed(
      childrenNamed(childrenNamed(root, "testsuite")[0]!, "testcase")[0]!,
      "error",
    )[0]!;
    expect(error.attributes.type).toBe("file-not-analysed");
    expect(error.attributes.message).toContain("not valid UTF-8");
  });

  it("escapes markup and makes control characters visible in names and messages", () => {
    const name = `dags/<x> & "y" 'z'\x1b[2J\n\x07.py`;
    const p = project({ [name]: FLAGGED_DAG.replace("np.zeros(3)", "np.zeros(3) + 0  # <&>") });
    const run = runCli(["--format", "junit"], { cwd: p.dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    const suite = childrenNamed(parseXml(run.stdout), "testsuite")[0]!;
    expect(suite.attributes.name).toBe(`dags/<x> & "y" 'z'\\x1b[2J\\n\\x07.py`);
    const testcase = childrenNamed(suite, "testcase")[0]!;
    expect(testcase.attributes.file).toBe(suite.attributes.name);
    expect(childrenNamed(testcase, "failure")[0]!.attributes.message).toContain("np.zeros(3) + 0");
  });

  it("an unknown format is a usage error, exit 2", () => {
    const run = runCli(["--format", "gitlab-ci"], { cwd: project().dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /unknown format 'gitlab-ci' \(expected stylish, json, sarif, github, gitlab, junit\)/,
    );
  });
});
