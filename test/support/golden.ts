/**
 * The golden test, run once per Python parser (golden.test.ts: native, golden.wasm.test.ts:
 * WebAssembly): every fixture produces exactly the findings annotated in it, through every
 * surface — the CLI and ESLint (the TypeScript rules, and the `python` language for `.py`).
 * And ESLint agrees with the CLI message for message, not just on the annotated tokens.
 *
 * The parser is chosen by DAG_TRANSPORT_PARSER, which the caller sets before this module (and
 * through it the ESLint plugin, which loads the parser when imported) is loaded; the CLI runs
 * in child processes, which inherit it.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { LintResult } from "@dag-transport/core";
import { pythonParserInfo } from "@dag-transport/python";
import { projectConfig } from "../../packages/eslint-plugin/src/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliJson } from "./cli.js";
import { comparable, lintWithEslint } from "./eslint.js";
import { actualFindings, expectedFor, fixtureFiles, FIXTURES_DIR } from "./expectations.js";

export function goldenTests(parser: "native" | "wasm"): void {
  describe(`golden: the Python parser is ${parser}`, () => {
    it("in ESLint and in the CLI", () => {
      expect(pythonParserInfo()?.kind).toBe(parser);
      expect(runCli(["--version", "--verbose"]).stdout).toContain(`python parser: ${parser} (`);
    });
  });
  const EXTENSIONS = [".py", ".ts", ".mts", ".cts", ".js", ".mjs"];

  interface FixtureSet {
    name: string;
    files: string[];
    /** Lints the set through one surface. */
    surfaces: Record<string, () => Promise<LintResult[]>>;
  }

  const fixtureSets: FixtureSet[] = ["python", "typescript"].map((language) => {
    const dir = path.join(FIXTURES_DIR, language);
    return {
      name: `fixtures/${language}`,
      files: fixtureFiles(language, EXTENSIONS),
      surfaces: { CLI: async () => runCliJson([dir]).results, ESLint: () => lintWithEslint([dir]) },
    };
  });

  /**
   * Fixtures that need a team's configuration: each folder under `fixtures/configured/` holds a
   * config file and is linted from inside, as a DAG repository with that config would be — by
   * the CLI, which discovers the file, and by ESLint through `projectConfig`, which reads it.
   */
  for (const entry of readdirSync(path.join(FIXTURES_DIR, "configured"), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(FIXTURES_DIR, "configured", entry.name);
    fixtureSets.push({
      name: `fixtures/configured/${entry.name}`,
      files: fixtureFiles(`configured/${entry.name}`, EXTENSIONS),
      surfaces: {
        CLI: async () => {
          const { results, stderr } = runCliJson(["."], { cwd: dir });
          expect(stderr).toBe("");
          return results;
        },
        ESLint: () => lintWithEslint(["."], { cwd: dir, config: projectConfig(dir) }),
      },
    });
  }

  for (const { name, files, surfaces } of fixtureSets) {
    const results: Record<string, Map<string, LintResult>> = {};

    beforeAll(async () => {
      for (const [surface, lint] of Object.entries(surfaces)) {
        results[surface] = new Map((await lint()).map((r) => [r.filePath, r]));
      }
    });

    for (const surface of Object.keys(surfaces)) {
      describe(`golden: ${surface} over ${name}`, () => {
        it("lints every fixture file", () => {
          expect(files.length).toBeGreaterThan(0);
          expect([...results[surface]!.keys()].sort()).toEqual(files);
        });

        it.each(files.map((f) => [path.relative(FIXTURES_DIR, f), f]))("%s", (_name, file) => {
          expect(actualFindings(results[surface]!.get(file)!)).toEqual(expectedFor(file));
        });
      });
    }

    describe(`golden: ESLint reports exactly the CLI's messages over ${name}`, () => {
      it.each(files.map((f) => [path.relative(FIXTURES_DIR, f), f]))("%s", (_name, file) => {
        const cli = results.CLI!.get(file)!;
        const eslint = results.ESLint!.get(file)!;
        expect(eslint.messages.map(comparable)).toEqual(cli.messages.map(comparable));
        expect(eslint.suppressedMessages.map(comparable)).toEqual(cli.suppressedMessages.map(comparable));
      });
    });
  }
}
