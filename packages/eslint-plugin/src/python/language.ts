/**
 * The `python` language (ESLint's language plugin API): ESLint reads `.py` files as text and
 * hands them to dag-transport's Python frontend (tree-sitter), so `eslint` reports the same
 * rule ids and the same findings on Python DAGs as the `dag-transport` CLI.
 */
import type { File, Language, OkParseResult, SourceLocation } from "@eslint/core";
import { allRules } from "@dag-transport/rules";
import {
  fileFrontendOptions,
  modelFor,
  SETTINGS_KEY,
  sharedOptions,
  type SharedSettings,
} from "../models.js";
import { PythonSourceCode, type PythonModuleNode } from "./source-code.js";

function rootNode(text: string): PythonModuleNode {
  // Lines end at CRLF, CR or LF: counted, not split (a keystroke's lint makes no line strings).
  let lines = 1;
  let lastLineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines++;
      lastLineStart = i + 1;
    }
  }
  const loc: SourceLocation = {
    start: { line: 1, column: 1 },
    end: { line: lines, column: text.length - lastLineStart + 1 },
  };
  return { type: "Module", range: [0, text.length], loc };
}

/**
 * The language's one option: `"dag-transport"`, the team's shared options as `projectConfig`
 * sets them (the rules read the same object from `settings`), so the file's suppressions and
 * fatal diagnostics come from the model the rules judge.
 */
// A type, not an interface: ESLint's `LanguageOptions` wants an index signature.
export type PythonLanguageOptions = { [SETTINGS_KEY]?: SharedSettings };

export const pythonLanguage: Language<{
  LangOptions: PythonLanguageOptions;
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
    const unknown = Object.keys(languageOptions ?? {}).filter((key) => key !== SETTINGS_KEY);
    if (unknown.length > 0) {
      throw new TypeError(
        `dag-transport/python takes no language options but "${SETTINGS_KEY}", which projectConfig sets (got: ${unknown.join(", ")}).`,
      );
    }
    const shared: unknown = (languageOptions as PythonLanguageOptions | undefined)?.[SETTINGS_KEY];
    if (shared !== undefined && (typeof shared !== "object" || shared === null || Array.isArray(shared))) {
      throw new TypeError(`dag-transport/python: languageOptions["${SETTINGS_KEY}"] must be an object.`);
    }
  },

  /**
   * Never fails, and analyses nothing: the model is built when first asked for, once per
   * options (`models.ts`). The frontend recovers from syntax errors, and what the CLI does not
   * analyse (over the size limit, binary, not decodable) is one fatal problem saying so.
   */
  parse(file: File): OkParseResult<PythonModuleNode> {
    return { ok: true, ast: rootNode(String(file.body)) };
  },

  createSourceCode(file: File, input: OkParseResult<PythonModuleNode>, context) {
    const options = fileFrontendOptions(sharedOptions(context.languageOptions[SETTINGS_KEY]));
    return new PythonSourceCode({
      text: String(file.body),
      ast: input.ast,
      model: (code) => modelFor(code, file.path, options),
      knownRuleIds: allRules.map((rule) => rule.id),
    });
  },
};
