/**
 * Python source decoded as Python decodes it: a UTF-8 byte-order mark, PEP 263 coding
 * declarations, CRLF and bare CR line endings — through the CLI and through ESLint, with the
 * same message for a file that truly cannot be decoded.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { LintMessage, LintResult } from "@dag-transport/core";
import { runCliJson } from "./support/cli.js";
import { lintWithEslint } from "./support/eslint.js";
import { FLAGGED_DAG, tempProject } from "./support/project.js";

/** FLAGGED_DAG with a Latin-1 comment (é is one byte, 0xE9) on line 3: the finding moves to line 8. */
const latin1 = (declaration: string) =>
  Buffer.concat([
    Buffer.from(`${declaration}\n`),
    Buffer.from(FLAGGED_DAG.replace("from airflow", "# r\u00e9sum\u00e9\nfrom airflow"), "latin1"),
  ]);

const FILES: Record<string, Buffer> = {
  "dags/latin1.py": latin1("# -*- coding: latin-1 -*-"),
  "dags/latin1_line2.py": Buffer.concat([
    Buffer.from("#!/usr/bin/env python\n"),
    latin1("# vim: set fileencoding=iso-8859-1 :"),
  ]),
  "dags/cp1252.py": latin1("# coding=cp1252"),
  "dags/bom.py": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FLAGGED_DAG)]),
  "dags/crlf.py": Buffer.from(FLAGGED_DAG.replaceAll("\n", "\r\n")),
  "dags/cr.py": Buffer.from(FLAGGED_DAG.replaceAll("\n", "\r")),
  "dags/undeclared.py": Buffer.from(FLAGGED_DAG.replace("np.zeros(3)", "np.zeros(3)  # \u00e9"), "latin1"),
  "dags/unknown_codec.py": latin1("# -*- coding: klingon-8 -*-"),
  "dags/ascii_lie.py": latin1("# coding: ascii"),
  // A declaration on line 2 counts only after a comment line on line 1.
  "dags/late.py": Buffer.concat([Buffer.from("import os\n# coding: klingon-8\n"), Buffer.from(FLAGGED_DAG)]),
};

const project = tempProject(FILES);
afterAll(() => project.cleanup());

const cli = runCliJson(["dags"], { cwd: project.dir });
const cliMessages = (name: string): LintMessage[] =>
  cli.results.find((r: LintResult) => r.filePath === project.file(name))!.messages;
let eslintResults: LintResult[] | undefined;
async function eslintMessages(name: string): Promise<LintMessage[]> {
  eslintResults ??= await lintWithEslint(["dags"], { cwd: project.dir });
  return eslintResults.find((r) => r.filePath === project.file(name))!.messages;
}
const where = (messages: LintMessage[]) =>
  messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, fatal: m.fatal ?? false }));

const FINDING = (line: number) => [
  { ruleId: "dag-transport/no-unserializable-xcom", line, column: 12, fatal: false },
];

describe("the CLI decodes Python as Python does", () => {
  it.each([
    ["dags/latin1.py", 9],
    ["dags/latin1_line2.py", 10],
    ["dags/cp1252.py", 9],
    ["dags/bom.py", 7],
    ["dags/crlf.py", 7],
    ["dags/cr.py", 7],
    ["dags/late.py", 9],
  ])("%s: the finding, at its line", (name, line) => {
    expect(where(cliMessages(name))).toEqual(FINDING(line));
  });

  it.each([
    ["dags/undeclared.py", "File is not valid UTF-8; not analysed."],
    [
      "dags/unknown_codec.py",
      "File declares encoding 'klingon-8' (PEP 263 coding declaration), which dag-transport cannot decode; not analysed.",
    ],
    ["dags/ascii_lie.py", "File is not valid ascii, the encoding it declares (PEP 263); not analysed."],
  ])("%s: one fatal message saying why", (name, message) => {
    expect(cliMessages(name)).toEqual([
      expect.objectContaining({ line: 1, column: 1, fatal: true, ruleId: null, message }),
    ]);
  });
});

describe("ESLint", () => {
  it.each([
    ["dags/bom.py", 7],
    ["dags/crlf.py", 7],
    ["dags/cr.py", 7],
  ])("%s: the CLI's finding at the CLI's place", async (name, line) => {
    expect(where(await eslintMessages(name))).toEqual(FINDING(line));
    expect((await eslintMessages(name)).map((m) => m.message)).toEqual(
      cliMessages(name).map((m) => m.message),
    );
  });

  it.each(["dags/latin1.py", "dags/latin1_line2.py", "dags/cp1252.py"])(
    "%s: a clear message, since ESLint reads files as UTF-8",
    async (name) => {
      const messages = await eslintMessages(name);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ fatal: true, line: 1, ruleId: null });
      expect(messages[0]!.message).toMatch(
        /^File declares encoding '(latin-1|iso-8859-1|cp1252)' \(PEP 263\), and ESLint reads files as UTF-8; not analysed here\. The dag-transport CLI decodes it; or save the file as UTF-8\.$/,
      );
    },
  );

  it("a file nothing decodes gets the CLI's message", async () => {
    const messages = await eslintMessages("dags/undeclared.py");
    expect(messages.map((m) => [m.fatal, m.line, m.message])).toEqual(
      cliMessages("dags/undeclared.py").map((m) => [m.fatal, m.line, m.message]),
    );
  });

  it("an ASCII file that declares another encoding is analysed (it reads the same)", async () => {
    const ascii = tempProject({ "dag.py": `# -*- coding: latin-1 -*-\n${FLAGGED_DAG}` });
    try {
      const [result] = await lintWithEslint(["dag.py"], { cwd: ascii.dir });
      expect(where(result!.messages)).toEqual(FINDING(8));
    } finally {
      ascii.cleanup();
    }
  });
});
