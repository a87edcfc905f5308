import { afterEach, describe, expect, it, vi } from "vitest";
import { makeResult } from "../results.js";
import { formatStylish } from "./stylish.js";

const FINDING = {
  ruleId: "dag-transport/no-tmp-staging",
  severity: 2 as const,
  message: "Handed over through `/tmp/x`.",
  line: 3,
  column: 5,
};

describe("stylish", () => {
  it("prints an ordinary path and message unchanged", () => {
    const report = formatStylish([makeResult("/repo/dags/etl run.py", [FINDING])], { cwd: "/repo" });
    expect(report).toBe(
      "dags/etl run.py\n" +
        "  3:5      error    Handed over through `/tmp/x`.  dag-transport/no-tmp-staging\n" +
        "\n" +
        "✖ 1 problem (1 error, 0 warnings)\n",
    );
  });

  it("shows control characters of the path, messages and related locations as escapes", () => {
    const result = makeResult("/repo/x\n::set-output name=x::y\x1b[2J.py", [
      {
        ...FINDING,
        message: "quotes `a\r::add-mask::b\u2028c`",
        relatedLocations: [{ message: "read\x9b2J here", line: 8, column: 1, endLine: 8, endColumn: 4 }],
      },
    ]);
    const report = formatStylish([result], { cwd: "/repo" });
    expect(report).toContain("x\\n::set-output name=x::y\\x1b[2J.py\n");
    expect(report).toContain("quotes `a\\r::add-mask::b\\u2028c`");
    expect(report).toContain("↳ read\\x9b2J here");
    expect(report).not.toMatch(/^::/m);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(report).not.toMatch(/[\x1b\r\x9b\u2028]/);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("keeps its own colours, and only those", () => {
    // styleText colours only for a terminal that takes colours; the test's stdout is none.
    vi.stubEnv("FORCE_COLOR", "1");
    const result = makeResult("/repo/a\x1b[31m.py", [{ ...FINDING, message: "m\x1b[0m" }]);
    const report = formatStylish([result], { cwd: "/repo", color: true });
    expect(report).toContain("\x1b[4ma\\x1b[31m.py\x1b[24m");
    expect(report).toContain("m\\x1b[0m");
    // Every ESC left is one of ours: underline, red, dim and their resets.
    // eslint-disable-next-line no-control-regex -- our own colour sequences
    expect(report.match(/\x1b\[\d+m/g)!.length).toBe(report.split("\x1b").length - 1);
    expect(report).not.toContain("\x1b[31m.py");
  });
});
