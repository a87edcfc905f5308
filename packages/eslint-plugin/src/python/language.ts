/**
 * The `python` language (ESLint's language plugin API): ESLint reads `.py` files as text and
 * hands them to dag-transport's Python frontend (tree-sitter), so `eslint` reports the same
 * rule ids and the same findings on Python DAGs as the `dag-transport` CLI.
 */
import { analyzePython } from "@dag-transport/python";
import { allRules } from "@dag-transport/rules";
import { decodeSource } from "@dag-transport/core";
import type { File, Language, NotOkParseResult, OkParseResult, SourceLocation } from "@eslint/core";
import { defaultFrontendOptions } from "../models.js";
import { PythonSourceCode, type PythonModuleNode } from "./source-code.js";

function rootNode(text: string): PythonModuleNode {
  const lines = text.split(/\r\n|\r|\n/);
  const loc: SourceLocation = {
    start: { line: 1, column: 1 },
    end: { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
  };
  return { type: "Module", range: [0, text.length], loc };
}

type PythonParseResult = OkParseResult<PythonModuleNode> & { model: ReturnType<typeof analyzePython> };

export const pythonLanguage: Language<{
  LangOptions: Record<string, never>;
  Code: PythonSourceCode;
  RootNode: PythonModuleNode;
  Node: PythonModuleNode;
}> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  visitorKeys: { Module: [] },
  defaultLanguageOptions: {},

  validateLanguageOptions(languageOptions) {
    const unknown = Object.keys(languageOptions ?? {});
    if (unknown.length > 0) {
      throw new TypeError(`dag-transport/python takes no language options (got: ${unknown.join(", ")}).`);
    }
  },

  /**
   * Fails only for what the CLI does not analyse either (over the size limit, binary): the
   * frontend recovers from syntax errors, which are reported as fatal problems.
   */
  parse(file: File): PythonParseResult | NotOkParseResult {
    const text = String(file.body);
    // ESLint reads any file it is given, a 1 GB blob too; judge it as the guarded reader would.
    const decoded = decodeSource(Buffer.from(text, "utf8"));
    if ("problem" in decoded)
      return { ok: false, errors: [{ message: decoded.problem, line: 1, column: 1 }] };
    return { ok: true, ast: rootNode(text), model: analyzePython(text, file.path, defaultFrontendOptions()) };
  },

  createSourceCode(file: File, input: OkParseResult<PythonModuleNode>) {
    return new PythonSourceCode({
      text: String(file.body),
      ast: input.ast,
      model: (input as PythonParseResult).model,
      modelOptions: defaultFrontendOptions(),
      knownRuleIds: allRules.map((rule) => rule.id),
    });
  },
};
