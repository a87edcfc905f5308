/**
 * Inside ESLint the TypeScript frontend indexes the tree from ESLint's own traversal
 * (`sourceCode.traverse()`, passed by `models.ts`) instead of walking it again. The model must
 * not depend on which walk it came from: on every TypeScript fixture, the model built from
 * ESLint's steps equals the model built from the frontend's own walk of the same tree.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeTypeScriptAst, type ScopeManagerLike, type TraversalStep } from "@dag-transport/typescript";
import type { TSESTree } from "@typescript-eslint/types";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "./index.js";
import { fileFrontendOptions } from "./models.js";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/typescript", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : /\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : [],
  );
}

interface Captured {
  text: string;
  ast: TSESTree.Program;
  scopeManager: ScopeManagerLike;
  traverse(): TraversalStep[];
}

/**
 * ESLint's source code of a file, linted as the recommended configuration lints it; undefined
 * when ESLint cannot parse it (the syntax-error fixture).
 */
function eslintSourceCode(file: string): Captured | undefined {
  let captured: Captured | undefined;
  const capture = {
    rules: {
      source: {
        create(context: { sourceCode: Captured }) {
          captured = context.sourceCode;
          return {};
        },
      },
    },
  };
  const linter = new Linter();
  const messages = linter.verify(
    readFileSync(file, "utf8"),
    [
      ...plugin.configs.recommended,
      { files: ["**/*"], plugins: { capture }, rules: { "capture/source": "error" } },
    ] as Linter.Config[],
    file,
  );
  if (!captured && !messages.some((message) => message.fatal)) throw new Error(`not linted: ${file}`);
  return captured;
}

const fixtures = files(FIXTURES);
/** Fixtures whose model has tasks (most): the comparison is not between empty models. */
let withTasks = 0;

describe("the syntax index from ESLint's traversal steps", () => {
  it("finds the TypeScript fixtures", () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });

  it.each(fixtures.map((file) => [path.relative(FIXTURES, file), file]))(
    "%s: the same model as from the frontend's own walk",
    (_name, file) => {
      const sourceCode = eslintSourceCode(file);
      if (!sourceCode) return;
      const steps = sourceCode.traverse();
      expect(Array.isArray(steps)).toBe(true);

      const input = {
        ast: sourceCode.ast,
        source: sourceCode.text,
        filePath: file,
        options: fileFrontendOptions(),
        scopeManager: sourceCode.scopeManager,
      };
      const model = analyzeTypeScriptAst({ ...input, steps });
      expect(model).toEqual(analyzeTypeScriptAst(input));
      expect(JSON.stringify(model)).toBe(JSON.stringify(analyzeTypeScriptAst(input)));
      if (model.tasks.length) withTasks++;
    },
  );

  it("compared models with tasks", () => {
    expect(withTasks).toBeGreaterThan(40);
  });

  /** The fixture `date_in_object.ts` as ESLint parses it, and the frontend's input without steps. */
  function dateInObject() {
    const file = fixtures.find((f) => f.endsWith(`${path.sep}date_in_object.ts`))!;
    const sourceCode = eslintSourceCode(file)!;
    const input = {
      ast: sourceCode.ast,
      source: sourceCode.text,
      filePath: file,
      scopeManager: sourceCode.scopeManager,
    };
    return { file, sourceCode, input };
  }

  it("really reads the index off the steps (without the calls' steps, no task is found)", () => {
    const { sourceCode, input } = dateInObject();
    const steps = sourceCode.traverse();
    expect(analyzeTypeScriptAst({ ...input, steps }).tasks.length).toBeGreaterThan(0);
    const withoutCalls = steps.filter((step) => (step.target as { type?: string }).type !== "CallExpression");
    expect(analyzeTypeScriptAst({ ...input, steps: withoutCalls }).tasks).toEqual([]);
  });

  it("walks the tree itself when the steps are not a walk of this tree", () => {
    const { file, input } = dateInObject();
    const other = eslintSourceCode(fixtures.find((f) => f !== file && f.endsWith(".ts"))!)!.traverse();
    expect(analyzeTypeScriptAst({ ...input, steps: other })).toEqual(analyzeTypeScriptAst(input));
  });
});
