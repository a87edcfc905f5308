import { describe, expect, it } from "vitest";
import { parseOptions, UsageError } from "./options.js";

describe("parseOptions", () => {
  it("reads every option", () => {
    expect(
      parseOptions([
        "--format=sarif",
        "-o",
        "out.sarif",
        "--max-warnings",
        "3",
        "--quiet",
        "--rule",
        "no-tmp-staging",
        "--rule",
        "dag-transport/no-bespoke-transport",
        "dags",
      ]),
    ).toMatchObject({
      paths: ["dags"],
      format: "sarif",
      outputFile: "out.sarif",
      maxWarnings: 3,
      quiet: true,
      rules: ["no-tmp-staging", "no-bespoke-transport"],
      stdin: false,
    });
  });

  it("treats --max-warnings -1 as no limit", () => {
    expect(parseOptions(["--max-warnings", "-1"]).maxWarnings).toBeUndefined();
  });

  it.each([
    [["--format", "xml"], /unknown format 'xml'/],
    [["--max-warnings", "many"], /--max-warnings expects a whole number/],
    [["--max-warnings", "-2"], /--max-warnings expects a whole number/],
    [["--stdin"], /--stdin needs --stdin-filename/],
    [["--stdin-filename", "a.py"], /only meaningful with --stdin/],
    [["--stdin", "--stdin-filename", "a.py", "b.py"], /do not also give paths/],
    [["--no-such-option"], /^unknown option '--no-such-option'$/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
