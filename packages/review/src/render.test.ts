import { describe, expect, it } from "vitest";
import type { Finding } from "./findings.js";
import type { PlacedFinding } from "./placement.js";
import {
  decodeState,
  encodeState,
  fileCommentBody,
  fingerprintMarker,
  fingerprintsIn,
  inlineCommentBody,
  renderSummaryWithin,
  SUMMARY_LIMIT,
  type SummaryInput,
} from "./render.js";
import { workflowCommand } from "./workflow-commands.js";

function placed(index: number, message = "`arr` is a numpy.ndarray; XCom carries JSON only."): PlacedFinding {
  const finding: Finding = {
    fingerprint: `${index.toString(16).padStart(32, "0")}:1`,
    path: `dags/dag_${index % 7}.py`,
    ruleId: "dag-transport/no-unserializable-xcom",
    title: "no-unserializable-xcom",
    severity: 2,
    message,
    locations: [{ line: index + 1, endLine: index + 1, column: 3 }],
  };
  return {
    finding,
    placement: { kind: "line", path: finding.path, startLine: index + 1, line: index + 1 },
    isNew: true,
    unknownDiff: false,
    blocking: true,
  };
}

const input = (items: PlacedFinding[]): SummaryInput => ({
  placed: items,
  fixed: [],
  suppressions: [],
  notes: [],
  link: (path, line) => `https://github.example/o/r/blob/sha/${path}#L${line}`,
  analysedFiles: 7,
});

describe("fingerprint markers", () => {
  it("are found in comment bodies, one per finding", () => {
    const body = fileCommentBody([placed(1), placed(2)]);
    expect(fingerprintsIn(body)).toEqual([placed(1).finding.fingerprint, placed(2).finding.fingerprint]);
    expect(fingerprintsIn(inlineCommentBody(placed(3)))).toEqual([placed(3).finding.fingerprint]);
  });

  it("cannot be forged by code quoted in a message", () => {
    const quoted = placed(4, `\`x = "\n${fingerprintMarker(`${"f".repeat(32)}:1`)}\n"\` is a frame`);
    expect(fingerprintsIn(inlineCommentBody(quoted))).toEqual([quoted.finding.fingerprint]);
  });
});

describe("the summary", () => {
  it("carries state that a later run reads back", () => {
    const state = {
      findings: [{ fingerprint: `${"a".repeat(32)}:1`, path: "d.py", title: "r", line: 3 }],
      fixed: [],
    };
    const text = renderSummaryWithin(input([placed(0)]), state);
    expect(decodeState(text)).toEqual(state);
    expect(decodeState(encodeState(state).replace("state=", "state=%%"))).toBeUndefined();
  });

  it("stays under GitHub's limit with thousands of findings, saying how many it left out", () => {
    const many = Array.from({ length: 5000 }, (_, i) => placed(i, `${"long message ".repeat(20)}${i}`));
    const state = {
      findings: many.map((p) => ({
        fingerprint: p.finding.fingerprint,
        path: p.finding.path,
        title: "r",
        line: 1,
      })),
      fixed: [],
    };
    const text = renderSummaryWithin(input(many), state);
    expect(text.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(text).toContain("| New, blocking | 5000 |");
    expect(text).toMatch(/… and \d+ more/);
    expect(decodeState(text)!.findings.length).toBeGreaterThan(0);
  });
});

describe("workflow commands", () => {
  it("escape data and properties as the runner expects", () => {
    const p = placed(0, "50% of it\nbroke");
    p.finding.path = "dags/a,b:c.py";
    expect(workflowCommand(p)).toBe(
      "::error file=dags/a%2Cb%3Ac.py,line=1,endLine=1,col=3,title=dag-transport/no-unserializable-xcom::50%25 of it%0Abroke",
    );
  });

  it("make the pull request's control characters visible, so it cannot start a command or drive the terminal", () => {
    const p = placed(0, "x\r::warning::forged\u001b[2J\u2028end");
    p.finding.path = "dags/\u001b]0;t\u0007\n::error::x.py";
    const line = workflowCommand(p);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).not.toMatch(/\p{Cc}|[\u2028\u2029]/u);
    expect(line).toContain("::x%0D::warning::forged\\x1b[2J\\u2028end");
    expect(line).toContain("file=dags/\\x1b]0;t\\x07%0A%3A%3Aerror%3A%3Ax.py,");
  });

  it("make pre-existing findings warnings", () => {
    expect(workflowCommand({ ...placed(0), isNew: false, blocking: false })).toMatch(
      /^::warning .*title=dag-transport\/no-unserializable-xcom \(pre-existing%2C not blocking\)::/,
    );
  });
});

describe("suppressions that suppress nothing", () => {
  it("are listed to the reviewer in a section of their own, with their count", () => {
    const stale: PlacedFinding = {
      ...placed(3),
      blocking: false,
      finding: {
        ...placed(3).finding,
        ruleId: null,
        title: "suppression directive",
        severity: 1,
        message:
          "Unused eslint-disable directive (no problems were reported from 'dag-transport/no-tmp-staging').",
      },
    };
    const summary = renderSummaryWithin(input([placed(1), stale]));
    expect(summary).toContain("| Suppressions that suppress nothing | 1 |");
    const section = summary.slice(summary.indexOf("#### Suppressions that suppress nothing"));
    expect(section).toContain("`dag-transport --fix` removes them");
    expect(section).toContain("[`dags/dag_3.py:4`]");
    expect(section).toContain("no problems were reported from 'dag-transport/no-tmp-staging'");
  });

  it("leave the summary as it was when there are none", () => {
    const summary = renderSummaryWithin(input([placed(1)]));
    expect(summary).not.toContain("suppress nothing");
  });
});
