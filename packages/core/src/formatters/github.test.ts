import { describe, expect, it } from "vitest";
import { makeResult } from "../results.js";
import { escapeData, escapeProperty, formatGithub } from "./github.js";

describe("GitHub workflow commands", () => {
  it("writes one annotation per finding with file, position and title", () => {
    const result = makeResult("/repo/dags/etl.py", [
      {
        ruleId: "dag-transport/no-tmp-staging",
        severity: 2,
        message: "Handed over through /tmp.",
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 38,
      },
      {
        ruleId: "dag-transport/no-unserializable-xcom",
        severity: 1,
        message: "Not JSON.",
        line: 9,
        column: 1,
      },
    ]);
    expect(formatGithub([result], { cwd: "/repo" })).toBe(
      "::error file=dags/etl.py,line=3,endLine=3,col=5,endColumn=38,title=dag-transport/no-tmp-staging::Handed over through /tmp.\n" +
        "::warning file=dags/etl.py,line=9,col=1,title=dag-transport/no-unserializable-xcom::Not JSON.\n",
    );
  });

  it("gives columns only for a range on one line", () => {
    const result = makeResult("/repo/a.py", [
      { ruleId: "dag-transport/r", severity: 2, message: "m", line: 3, column: 5, endLine: 6, endColumn: 2 },
    ]);
    expect(formatGithub([result], { cwd: "/repo" })).toBe(
      "::error file=a.py,line=3,endLine=6,title=dag-transport/r::m\n",
    );
  });

  it("escapes messages and properties as the Actions runner expects", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("dir,with:colon%\n")).toBe("dir%2Cwith%3Acolon%25%0A");
    const result = makeResult("/repo/odd,name:1.py", [
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: "Parsing error: 50% broken,\nsee line 2",
        line: 2,
        column: 1,
      },
    ]);
    expect(formatGithub([result], { cwd: "/repo" })).toBe(
      "::error file=odd%2Cname%3A1.py,line=2,col=1,title=dag-transport%3A file not analysed::Parsing error: 50%25 broken,%0Asee line 2\n",
    );
  });

  it("makes other control characters of paths and messages visible, so none reaches the log", () => {
    const result = makeResult("/repo/a\x1b[2J\u2028b.py", [
      {
        ruleId: "dag-transport/r",
        severity: 2,
        message: "reads `x\x1b]0;title\x07`\nthen",
        line: 1,
        column: 1,
        relatedLocations: [{ message: "by \x9bload", line: 2, column: 1, endLine: 2, endColumn: 2 }],
      },
    ]);
    expect(formatGithub([result], { cwd: "/repo" })).toBe(
      "::error file=a\\x1b[2J\\u2028b.py,line=1,col=1,title=dag-transport/r::reads `x\\x1b]0;title\\x07`%0Athen%0A↳ line 2: by \\x9bload\n",
    );
  });

  it("puts related locations on their own lines of the annotation", () => {
    const result = makeResult("/repo/a.py", [
      {
        ruleId: "dag-transport/no-tmp-staging",
        severity: 2,
        message: "Handoff.",
        line: 3,
        column: 5,
        relatedLocations: [{ message: "read by load", line: 8, column: 1, endLine: 8, endColumn: 4 }],
      },
    ]);
    expect(formatGithub([result], { cwd: "/repo" })).toContain("::Handoff.%0A↳ line 8: read by load\n");
  });

  it("prints nothing for suppressed findings or clean files", () => {
    const result = makeResult(
      "/repo/a.py",
      [],
      [
        {
          ruleId: "dag-transport/no-tmp-staging",
          severity: 2,
          message: "Handoff.",
          line: 3,
          column: 5,
          suppressions: [{ kind: "directive", justification: "same pod" }],
        },
      ],
    );
    expect(formatGithub([result, makeResult("/repo/b.py", [])], { cwd: "/repo" })).toBe("");
  });
});
