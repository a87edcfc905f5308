/**
 * The golden test: every fixture produces exactly the findings annotated in it, through every
 * surface — the CLI and ESLint (the TypeScript rules, and the `python` language for `.py`).
 * And ESLint agrees with the CLI message for message, not just on the annotated tokens.
 */
import type { LintResult } from "@dag-transport/core";
import { beforeAll, describe, expect, it } from "vitest";
import { runCliJson } from "./support/cli.js";
import { comparable, lintWithEslint } from "./support/eslint.js";
import { actualFindings, expectedFor, fixtureFiles, FIXTURES_DIR } from "./support/expectations.js";

const LANGUAGES = [
  { language: "python", extensions: [".py"] },
  { language: "typescript", extensions: [".ts", ".mts", ".cts", ".js", ".mjs"] },
] as const;

const SURFACES: Record<string, (dir: string) => Promise<LintResult[]>> = {
  CLI: async (dir) => runCliJson([dir]).results,
  ESLint: (dir) => lintWithEslint([dir]),
};

for (const { language, extensions } of LANGUAGES) {
  const files = fixtureFiles(language, extensions);
  const dir = `${FIXTURES_DIR}/${language}`;
  const results: Record<string, Map<string, LintResult>> = {};

  beforeAll(async () => {
    for (const [surface, lint] of Object.entries(SURFACES)) {
      results[surface] = new Map((await lint(dir)).map((r) => [r.filePath, r]));
    }
  });

  for (const surface of Object.keys(SURFACES)) {
    describe(`golden: ${surface} over fixtures/${language}`, () => {
      it("lints every fixture file", () => {
        expect(files.length).toBeGreaterThan(0);
        expect([...results[surface]!.keys()].sort()).toEqual(files);
      });

      it.each(files.map((f) => [f.slice(FIXTURES_DIR.length + 1), f]))("%s", (_name, file) => {
        expect(actualFindings(results[surface]!.get(file)!)).toEqual(expectedFor(file));
      });
    });
  }

  describe(`golden: ESLint reports exactly the CLI's messages over fixtures/${language}`, () => {
    it.each(files.map((f) => [f.slice(FIXTURES_DIR.length + 1), f]))("%s", (_name, file) => {
      const cli = results.CLI!.get(file)!;
      const eslint = results.ESLint!.get(file)!;
      expect(eslint.messages.map(comparable)).toEqual(cli.messages.map(comparable));
      expect(eslint.suppressedMessages.map(comparable)).toEqual(cli.suppressedMessages.map(comparable));
    });
  });
}
