/**
 * The golden test: every fixture produces exactly the findings annotated in it, through every
 * surface. Surfaces are listed here as they arrive; each one must agree with the annotations.
 */
import { describe, expect, it } from "vitest";
import { actualFindings, expectedFor, fixtureFiles, FIXTURES_DIR } from "./support/expectations.js";
import { runCliJson } from "./support/cli.js";

const pythonFixtures = fixtureFiles("python", [".py"]);

describe("golden: CLI over fixtures/python", () => {
  const { results } = runCliJson([`${FIXTURES_DIR}/python`]);
  const byFile = new Map(results.map((r) => [r.filePath, r]));

  it("lints every fixture file", () => {
    expect(pythonFixtures.length).toBeGreaterThan(0);
    expect([...byFile.keys()].sort()).toEqual(pythonFixtures);
  });

  it.each(pythonFixtures.map((f) => [f.slice(FIXTURES_DIR.length + 1), f]))("%s", (_name, file) => {
    expect(actualFindings(byFile.get(file)!)).toEqual(expectedFor(file));
  });
});
