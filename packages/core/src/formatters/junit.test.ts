import { describe, expect, it } from "vitest";
import { makeResult } from "../results.js";
import { formatJunit, xmlText } from "./junit.js";

describe("JUnit formatter", () => {
  it("escapes markup, and shows what XML 1.0 cannot carry (controls, lone surrogates, U+FFFF) as escapes", () => {
    expect(xmlText(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(xmlText("a\x00b\x1b[0m\nc\u0085d")).toBe("a\\x00b\\x1b[0m\\nc\\x85d");
    expect(xmlText("x\uD800y\uDC00z\uFFFF")).toBe("x\\ud800y\\udc00z\\uffff");
    // A well-formed pair is a character like any other.
    expect(xmlText("\uD83D\uDE00")).toBe("\uD83D\uDE00");
  });

  it("counts failures, errors and skipped cases per suite and in total", () => {
    const xml = formatJunit(
      [
        makeResult(
          "/repo/a.py",
          [
            { ruleId: "dag-transport/r", severity: 1, message: "warned", line: 2, column: 1 },
            { ruleId: null, severity: 2, fatal: true, message: "broken", line: 1, column: 1 },
          ],
          [
            {
              ruleId: "dag-transport/r",
              severity: 2,
              message: "known",
              line: 3,
              column: 1,
              suppressions: [{ kind: "file", justification: "" }],
            },
          ],
        ),
      ],
      { cwd: "/repo" },
    );
    expect(xml).toContain(
      '<testsuites name="dag-transport" tests="3" failures="1" errors="1" skipped="1" time="0">',
    );
    expect(xml).toContain('<error type="file-not-analysed" message="line 1, column 1: broken">');
    expect(xml).toContain('<failure type="warning" message="line 2, column 1: warned">');
    expect(xml).toContain(
      '<skipped message="line 3, column 1: suppressed: recorded in the bulk suppressions file" />',
    );
  });
});
