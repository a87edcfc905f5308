/**
 * The `python` language (ESLint's language plugin API): ESLint reads `.py` files as text and
 * hands them to dag-transport's Python frontend (tree-sitter), so `eslint` reports the same
 * rule ids and the same findings on Python DAGs as the `dag-transport` CLI.
 */
import {
  emptyModel,
  eslintTextProblem,
  diskProjectFiles,
  readWorkspaceBytes,
  workspaceRootFor,
  type TransportModel,
} from "@dag-transport/core";
import { analyzePython } from "@dag-transport/python";
import { allRules } from "@dag-transport/rules";
import type { File, Language, OkParseResult, SourceLocation } from "@eslint/core";
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

/**
 * The file's model, unless ESLint's text is not what Python reads (ESLint decodes every file as
 * UTF-8): then one fatal diagnostic saying so, the CLI's own message for bytes nothing decodes.
 */
function modelOf(text: string, filePath: string): TransportModel {
  const problem = eslintTextProblem(text, {
    python: true,
    bytesOnDisk: () => {
      const read = readWorkspaceBytes(filePath, { root: workspaceRootFor(filePath) });
      return "bytes" in read ? read.bytes : undefined;
    },
  });
  // The repository's own modules, for imported helpers (as the CLI's engine passes them).
  if (problem === undefined)
    return analyzePython(text, filePath, defaultFrontendOptions(), diskProjectFiles(filePath));
  return {
    ...emptyModel(filePath, "python"),
    diagnostics: [{ fatal: true, message: problem, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }],
  };
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
   * Never fails: the frontend recovers from syntax errors, and what the CLI does not analyse
   * (over the size limit, binary, not decodable) is one fatal problem saying so.
   */
  parse(file: File): PythonParseResult {
    const text = String(file.body);
    return { ok: true, ast: rootNode(text), model: modelOf(text, file.path) };
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
