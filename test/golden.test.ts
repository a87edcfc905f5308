/**
 * The golden test: every fixture produces exactly the findings annotated in it, through every
 * surface. Surfaces are listed here as they arrive; each one must agree with the annotations.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
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

/**
 * Fixtures that need a team's configuration: each folder under `fixtures/configured/` holds a
 * config file and is linted from inside, as a DAG repository with that config would be.
 */
const configuredDirs = readdirSync(path.join(FIXTURES_DIR, "configured"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(configuredDirs)("golden: CLI over fixtures/configured/%s", (name) => {
  const dir = path.join(FIXTURES_DIR, "configured", name);
  const files = fixtureFiles(`configured/${name}`, [".py"]);
  const { results, stderr } = runCliJson(["."], { cwd: dir });
  const byFile = new Map(results.map((r) => [r.filePath, r]));

  it("lints every file with the folder's configuration", () => {
    expect(stderr).toBe("");
    expect(files.length).toBeGreaterThan(0);
    expect([...byFile.keys()].sort()).toEqual(files);
  });

  it.each(files.map((f) => [path.basename(f), f]))("%s", (_name, file) => {
    expect(actualFindings(byFile.get(file)!)).toEqual(expectedFor(file));
  });
});
