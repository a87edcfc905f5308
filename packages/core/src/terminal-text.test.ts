import { describe, expect, it } from "vitest";
import { terminalJson, terminalLines, terminalText } from "./terminal-text.js";

describe("terminalText", () => {
  it("leaves ordinary text alone, non-ASCII included", () => {
    const ordinary = "dags/étl pipeline/load_2024.py: `np.zeros(3)` → /tmp/x 100% ↳ 🙂";
    expect(terminalText(ordinary)).toBe(ordinary);
  });

  it("shows line breaks and tabs as their escapes", () => {
    expect(terminalText("a\nb\r\nc\td")).toBe("a\\nb\\r\\nc\\td");
  });

  it("shows ESC, the other C0 controls, DEL and the C1 controls as \\x escapes", () => {
    expect(terminalText("\x1b[2J\x00\x07\x08\x0b\x0c\x7f\x85\x9b31m")).toBe(
      "\\x1b[2J\\x00\\x07\\x08\\x0b\\x0c\\x7f\\x85\\x9b31m",
    );
  });

  it("shows Unicode line separators and bidirectional controls as \\u escapes", () => {
    expect(terminalText("a\u2028b\u2029c\u202ed\u2066e")).toBe("a\\u2028b\\u2029c\\u202ed\\u2066e");
  });

  it("never lets a workflow command start a line", () => {
    const hostile = "x.py\n::set-output name=x::y\r::add-mask::z\u2028::error::w";
    const printed = `  ${terminalText(hostile)}`;
    expect(printed.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
    expect(printed).not.toMatch(/^::/m);
  });
});

describe("terminalLines", () => {
  it("keeps LF and CR, and escapes every other control", () => {
    expect(terminalLines("a\nb\r\n\x1b[2J\t\u2028")).toBe("a\nb\r\n\\x1b[2J\\t\\u2028");
  });
});

describe("terminalJson", () => {
  const value = { path: "a\x7f\x85\x9b\u2028\u2029\u202e\x1b\n.py", n: [1, "ok"] };

  it("parses back to the same value", () => {
    expect(JSON.parse(terminalJson(value))).toEqual(value);
    expect(JSON.parse(terminalJson(value, 2))).toEqual(value);
  });

  it("contains no control character that JSON.stringify lets through", () => {
    // JSON.stringify alone leaves DEL, C1, U+2028/2029 and bidi controls raw.
    expect(JSON.stringify(value)).toMatch(/[\x7f-\x9f\u2028\u2029\u202e]/);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(terminalJson(value)).not.toMatch(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(terminalJson(value)).toContain("a\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e\\u001b\\n.py");
  });

  it("indents as JSON.stringify does", () => {
    expect(terminalJson({ a: [1] }, 2)).toBe(JSON.stringify({ a: [1] }, null, 2));
  });
});
