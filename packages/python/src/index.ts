import {
  emptyModel,
  readStorageKnowledge,
  type Frontend,
  type FrontendOptions,
  type ProjectFiles,
  type TransportModel,
  PYTHON_EXTENSIONS,
} from "@dag-transport/core";
import path from "node:path";
import { Bindings } from "./bindings.js";
import { parseSkippingDataLiterals } from "./data-literals.js";
import { MAX_BRACKET_NESTING, nestingDiagnostic, syntaxErrorDiagnostic } from "./diagnostics.js";
import { ModuleContext } from "./module-context.js";
import { NodeIndex } from "./node-index.js";
import type { IncrementalParse } from "./parse.js";
import { collectSuppressions } from "./suppressions.js";
import { extractConsumptions } from "./consumptions.js";
import { extractEnvReads } from "./env-reads.js";
import { extractHandoffs } from "./handoffs.js";
import type { FactExtractor, PythonModule } from "./module.js";
import { mayConcernRules } from "./prefilter.js";
import { ProjectModules } from "./project.js";
import { repositoryOperatorNames } from "./repository-operators.js";
import { repositoryCallables } from "./repository-tasks.js";
import { extractRunOrder } from "./run-order.js";
import { extractStorage } from "./storage.js";
import { discoverTasks } from "./tasks.js";

/**
 * The extractors, in order; each lives in its own module and adds one kind of fact.
 * Handoffs come first: later extractors read `module.handoffValues`; run order after storage,
 * which decides whether it is needed.
 */
const extractors: FactExtractor[] = [
  extractHandoffs,
  extractConsumptions,
  extractStorage,
  extractRunOrder,
  extractEnvReads,
];

/** Recursion in extractors is bounded; a pathological expression surfaces as this error. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * The model of a Python file. `incremental`, for an editor linting one file's successive texts,
 * parses each text from the last one's tree (`IncrementalParse`: one per file, the caller's to
 * dispose of); the model is the same without it.
 */
export function analyzePython(
  source: string,
  filePath: string,
  options: FrontendOptions = {},
  project?: ProjectFiles,
  incremental?: IncrementalParse,
): TransportModel {
  // Nothing in the text any rule reacts to: no parse (its syntax errors go unreported).
  if (!mayConcernRules(source, options)) return emptyModel(filePath, "python");
  return analyzePythonFully(source, filePath, options, project, incremental);
}

/** The analysis without the prefilter (`prefilter.ts`): parses whatever the text says. */
export function analyzePythonFully(
  source: string,
  filePath: string,
  options: FrontendOptions = {},
  project?: ProjectFiles,
  incremental?: IncrementalParse,
): TransportModel {
  const model = emptyModel(filePath, "python");
  // Python ends a line at CR, LF or CRLF; tree-sitter-python only at LF (a bare CR is blank
  // space to it). A CR not followed by LF becomes LF: one character for one, so every offset,
  // line and column stays the user's (ESLint, too, counts a bare CR as a line break).
  source = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
  try {
    // Large returned data literals are blanked before the parse (data-literals.ts).
    const tree = parseSkippingDataLiterals(source, incremental);
    const root = tree.rootNode;
    const syntaxError = syntaxErrorDiagnostic(root);
    if (syntaxError) model.diagnostics.push(syntaxError);
    // Every bracket pair of an error-free tree is a node: a shallow tree has no deep brackets.
    const tooDeep =
      tree.rootNode.hasError || tree.depth > MAX_BRACKET_NESTING ? nestingDiagnostic(source) : undefined;
    if (tooDeep) model.diagnostics.push(tooDeep);
    const nodes = new NodeIndex(root);
    const context = new ModuleContext(tree, nodes);
    const configured = new Set(readStorageKnowledge(options).apis.map((api) => api.call));
    const modules = project ? new ProjectModules(project) : undefined;
    const absolute = path.resolve(filePath);
    for (const name of repositoryOperatorNames(root, context, nodes, modules, absolute)) configured.add(name);
    const callables = repositoryCallables(context, nodes, modules, absolute, configured);
    const { dags, tasks } = discoverTasks(root, context, nodes, configured, callables);
    if (tooDeep) {
      for (const { fact } of tasks) {
        if (fact.span.line <= tooDeep.span.line && tooDeep.span.line <= fact.span.endLine)
          fact.unsound = true;
      }
    }
    model.dags = dags;
    model.tasks = tasks.map((t) => t.fact);
    model.suppressions = collectSuppressions(root, source);
    const module: PythonModule = {
      source,
      root,
      context,
      nodes,
      bindings: new Bindings(context),
      tasks,
      options,
      handoffValues: [],
      ...(modules ? { project: modules, filePath: absolute } : {}),
    };
    for (const extract of extractors) extract(module, model);
  } catch (error) {
    const reason = isStackOverflow(error)
      ? "the code is nested too deeply to analyse"
      : `internal error: ${(error as Error).message}`;
    return {
      ...emptyModel(filePath, "python"),
      diagnostics: [
        {
          fatal: true,
          message: `File not analysed: ${reason}.`,
          span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        },
      ],
    };
  }
  return model;
}

export const pythonFrontend: Frontend = {
  language: "python",
  extensions: PYTHON_EXTENSIONS,
  analyze: analyzePython,
};

export { ModuleContext } from "./module-context.js";
export { NodeIndex, ownDescendantsOfType, SCOPE_TYPES } from "./node-index.js";
export { Bindings, type Binding, type BindingKind } from "./bindings.js";
export {
  freePythonTree,
  IncrementalParse,
  initPythonParser,
  parsePython,
  pythonParserInfo,
  selectPythonParser,
  PARSER_ENV,
  textEdit,
  type PythonParserInfo,
  type PythonTreeEdit,
  type PythonParserKind,
} from "./parse.js";
export { parseSyntaxTree, SyntaxNode, SyntaxTree } from "./syntax-tree.js";
export type { PythonTask } from "./tasks.js";
export type { FactExtractor, PythonModule } from "./module.js";
export type { HandoffValue } from "./handoffs.js";
export { parseSuppression } from "./suppressions.js";
export { CATALOG_TRIGGER_NAMES, mayConcernRules, SUPPRESSION_MARKER } from "./prefilter.js";
