/**
 * `eslint --fix` never damages a Python file: over every suppression fixture and the hostile
 * cases of fix-cases.ts, with unused directives reported as errors (so ESLint fixes them), the
 * result parses as before, keeps every other tool's directive, keeps the suppressions that are
 * used, and a second run has nothing left to fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePythonTree, initPythonParser, parsePython } from "@dag-transport/python";
import { ESLint, type Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import dagTransport from "../packages/eslint-plugin/src/index.js";
import { fixCases, otherDirectives } from "./support/fix-cases.js";

const dir = mkdtempSync(path.join(tmpdir(), "dag-transport-fix-"));
const cases = fixCases();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = [
  ...dagTransport.configs.recommended,
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
] as Linter.Config[];

function hasSyntaxError(source: string): boolean {
  const tree = parsePython(source);
  const broken = tree.rootNode.hasError;
  freePythonTree(tree);
  return broken;
}

let before: Map<string, ESLint.LintResult>;
let fixed: Map<string, ESLint.LintResult>;
let after: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  await initPythonParser();
  for (const [name, source] of cases) writeFileSync(path.join(dir, name), source);
  cpSync(dir, `${dir}-original`, { recursive: true });
  const lint = async (fix: boolean) =>
    new Map(
      (
        await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, fix }).lintFiles(["."])
      ).map((result) => [path.basename(result.filePath), result]),
    );
  before = await lint(false);
  fixed = await lint(true);
  await ESLint.outputFixes([...fixed.values()]);
  after = await lint(false);
});

describe("eslint --fix over Python suppressions", () => {
  it("has cases with unused directives to fix", () => {
    const unused = [...before.values()].filter((r) =>
      r.messages.some((m) => /Unused .*directive/.test(m.message)),
    );
    expect(unused.map((r) => path.basename(r.filePath)).sort()).toEqual(
      expect.arrayContaining([
        "all_unused_on_code.py",
        "first_of_two_unused.py",
        "one_of_two_unused.py",
        "unused_on_own_line.py",
      ]),
    );
  });

  it.each([...cases.keys()])(
    "%s: parses, keeps other tools' directives and the used suppressions",
    (name) => {
      const original = cases.get(name)!;
      const text = readFileSync(path.join(dir, name), "utf8");
      expect(hasSyntaxError(text)).toBe(hasSyntaxError(original));
      expect(otherDirectives(text)).toEqual(otherDirectives(original));
      // Same findings, same suppressed findings; nothing unused left.
      const strip = (r: ESLint.LintResult) => ({
        messages: r.messages
          .filter((m) => !/Unused .*directive/.test(m.message))
          .map((m) => [m.ruleId, m.line, m.message]),
        suppressed: r.suppressedMessages.map((m) => [m.ruleId, m.line]),
      });
      expect(strip(after.get(name)!)).toEqual(strip(before.get(name)!));
      expect(after.get(name)!.messages.filter((m) => /Unused .*directive/.test(m.message))).toEqual([]);
    },
  );

  it("removes exactly the unused rule, or the unused suppression, and nothing else", () => {
    const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
    expect(read("one_of_two_unused.py")).toContain(
      "# dag-transport: ignore[no-tmp-staging ] -- same pod  # noqa: E501",
    );
    expect(read("first_of_two_unused.py")).toContain(
      "# dag-transport: ignore[ no-tmp-staging] -- same pod  # noqa: E501",
    );
    expect(read("all_unused_on_code.py").split("\n")[0]).toMatch(/^import os +# noqa: F401$/);
    const [first, second] = read("unused_on_own_line.py").split("\n");
    expect([first, second]).toEqual([expect.stringMatching(/^ +# noqa: E501$/), "import os  # noqa: F401"]);
  });
});
