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
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { LintResult } from "@dag-transport/core";
import { pythonParserInfo } from "@dag-transport/python";
import {
  deploymentPathMatcher,
  initPythonParser,
  lintableExtensions,
  lintText,
} from "../../packages/engine/src/index.js";
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
    /** The files a surface lints, when not every file of the set (ESLint: DAG sources only). */
    expectedFiles?: Record<string, string[]>;
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

  /**
   * Projects and deployments: Leoflow projects (`dag.py` + `leoflow.yaml`) and deployment
   * configuration (airflow.cfg, env files, compose, Helm values, manifests, Dockerfiles). Their
   * configuration files go through the CLI and the PR gate; ESLint lints only their DAG sources.
   * The gate surface is what the gate runs on each file of a pull request it selects by ending:
   * the engine's `lintText` on the file's text (packages/review/src/run.ts).
   */
  const isDeploymentFile = deploymentPathMatcher({})!;
  for (const set of ["leoflow", "deployment"]) {
    const dir = path.join(FIXTURES_DIR, set);
    const files = fixtureFiles(set, EXTENSIONS, (relative) => isDeploymentFile(relative));
    const sources = files.filter((f) => EXTENSIONS.some((ext) => f.endsWith(ext)));
    const gateFiles = files.filter((f) => lintableExtensions.some((ending) => f.endsWith(ending)));
    fixtureSets.push({
      name: `fixtures/${set}`,
      files,
      surfaces: {
        CLI: async () => runCliJson([dir]).results,
        ...(sources.length ? { ESLint: () => lintWithEslint([dir]) } : {}),
        // As the gate's caller does (lintText's contract): the engine's own frontend instance
        // must have its parser loaded — the WebAssembly one loads asynchronously.
        gate: async () => {
          await initPythonParser();
          return gateFiles.map((file) => lintText(readFileSync(file, "utf8"), file));
        },
      },
      expectedFiles: { ESLint: sources, gate: gateFiles },
    });
  }

  for (const { name, files, surfaces, expectedFiles } of fixtureSets) {
    const results: Record<string, Map<string, LintResult>> = {};

    beforeAll(async () => {
      for (const [surface, lint] of Object.entries(surfaces)) {
        results[surface] = new Map((await lint()).map((r) => [r.filePath, r]));
      }
    });

    for (const surface of Object.keys(surfaces)) {
      const linted = expectedFiles?.[surface] ?? files;
      describe(`golden: ${surface} over ${name}`, () => {
        it("lints every fixture file", () => {
          expect(linted.length).toBeGreaterThan(0);
          expect([...results[surface]!.keys()].sort()).toEqual(linted);
        });

        it.each(linted.map((f) => [path.relative(FIXTURES_DIR, f), f]))("%s", (_name, file) => {
          expect(actualFindings(results[surface]!.get(file)!)).toEqual(expectedFor(file));
        });
      });
    }

    if (!surfaces.ESLint) continue;
    describe(`golden: ESLint reports exactly the CLI's messages over ${name}`, () => {
      it.each((expectedFiles?.ESLint ?? files).map((f) => [path.relative(FIXTURES_DIR, f), f]))(
        "%s",
        (_name, file) => {
          const cli = results.CLI!.get(file)!;
          const eslint = results.ESLint!.get(file)!;
          expect(eslint.messages.map(comparable)).toEqual(cli.messages.map(comparable));
          expect(eslint.suppressedMessages.map(comparable)).toEqual(cli.suppressedMessages.map(comparable));
        },
      );
    });
  }
}
