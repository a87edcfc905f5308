import {
  emptyModel,
  type Diagnostic,
  type Frontend,
  type FrontendOptions,
  type TransportModel,
  TYPESCRIPT_EXTENSIONS,
} from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { parse, TSError } from "@typescript-eslint/typescript-estree";
import { SyntaxIndex, type TraversalStep } from "./ast.js";
import { SDK_MARKERS, SDK_MODULES } from "./catalogs/sdk.js";
import { extractConsumptions } from "./consumptions.js";
import { extractEnvReads } from "./env-reads.js";
import { extractHandoffs } from "./handoffs.js";
import { storageKnowledge } from "./knowledge.js";
import { LocationFolder } from "./locations.js";
import type { FactExtractor, TsModule } from "./module.js";
import { ModuleContext } from "./module-context.js";
import type { ScopeManagerLike } from "./scope.js";
import { extractStorage } from "./storage.js";
import { collectSuppressions } from "./suppressions.js";
import { TaskCode } from "./task-code.js";
import { discoverTasks, SdkNames } from "./tasks.js";
import { TypeKinds, type TypeInformation } from "./types.js";
import { ValueAnalyzer } from "./values.js";

/**
 * The extractors, in order; each lives in its own module and adds one kind of fact. Storage
 * runs first: a handoff that hands on a written path refers to that write's location.
 */
const extractors: FactExtractor[] = [extractStorage, extractHandoffs, extractConsumptions, extractEnvReads];

export interface AstInput {
  /** typescript-eslint's AST (ESLint's `sourceCode.ast`, or `parse()`d here by the CLI). */
  ast: TSESTree.Program;
  source: string;
  filePath: string;
  options?: FrontendOptions;
  /** ESLint's scopes for this tree (`sourceCode.scopeManager`); the CLI's are made on demand. */
  scopeManager?: ScopeManagerLike;
  /**
   * ESLint's traversal of this tree (`sourceCode.traverse()`, which ESLint has already taken to
   * run the rules): the syntax index is read off it instead of walking the tree again. Without
   * it (the CLI), the index walks the tree itself.
   */
  steps?: readonly TraversalStep[];
  /** typescript-eslint's parser services when a program is available (typed linting). */
  types?: TypeInformation;
  /**
   * Read `eslint-disable` directives naming our rules as suppressions. The CLI does; inside
   * ESLint, ESLint applies its own directives and this stays off.
   */
  suppressions?: boolean;
}

/** True when the text can be a DAG file at all: it mentions the SDK. Most files are skipped unparsed. */
export function mentionsSdk(source: string): boolean {
  return SDK_MARKERS.some((marker) => source.includes(marker));
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function notAnalysed(filePath: string, reason: string): TransportModel {
  return {
    ...emptyModel(filePath, "typescript"),
    diagnostics: [
      {
        fatal: true,
        message: `File not analysed: ${reason}.`,
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ],
  };
}

/** The transport model of an already-parsed file. Never throws. */
export function analyzeTypeScriptAst(input: AstInput): TransportModel {
  const { ast, source, filePath } = input;
  const model = emptyModel(filePath, "typescript");
  if (!mentionsSdk(source)) return model;
  try {
    const index = new SyntaxIndex(ast, input.steps);
    const context = new ModuleContext(index, source, input.scopeManager);
    if (!SDK_MODULES.some((module) => context.importedModules.has(module))) return model;
    const knowledge = storageKnowledge(input.options ?? {});
    const locations = new LocationFolder(context, knowledge.settings);
    const { dags, tasks, consumptions } = discoverTasks(context, locations);
    model.dags = dags;
    model.tasks = tasks.map((t) => t.fact);
    model.consumptions = consumptions;
    if (input.suppressions) {
      model.suppressions = collectSuppressions(ast.comments ?? [], source.split("\n").length, source);
    }
    const module: TsModule = {
      source,
      context,
      sdk: new SdkNames(context),
      tasks,
      handlers: new Set(tasks.flatMap((task) => (task.fn ? [task.fn] : []))),
      code: new TaskCode(context, knowledge.sanctioned),
      values: new ValueAnalyzer(context),
      locations,
      ...(input.types ? { types: new TypeKinds(input.types) } : {}),
      options: input.options ?? {},
      knowledge,
      operations: new Map(),
    };
    for (const extract of extractors) extract(module, model);
  } catch (error) {
    return notAnalysed(
      filePath,
      isStackOverflow(error)
        ? "the code is nested too deeply to analyse"
        : `internal error: ${(error as Error).message}`,
    );
  }
  return model;
}

function syntaxError(error: TSError): Diagnostic {
  const { start, end } = error.location;
  return {
    fatal: true,
    message: `Parsing error: ${error.message}`,
    span: { line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 },
  };
}

/** Parses and analyses one file (the CLI's entry). Never throws; a syntax error is a fatal diagnostic. */
export function analyzeTypeScript(
  source: string,
  filePath: string,
  options: FrontendOptions = {},
): TransportModel {
  // Most TypeScript in a repository is not a DAG: do not parse it, and never report its syntax.
  if (!mentionsSdk(source)) return emptyModel(filePath, "typescript");
  let ast: TSESTree.Program;
  try {
    ast = parse(source, { loc: true, range: true, comment: true, filePath }) as TSESTree.Program;
  } catch (error) {
    if (error instanceof TSError)
      return { ...emptyModel(filePath, "typescript"), diagnostics: [syntaxError(error)] };
    return notAnalysed(
      filePath,
      isStackOverflow(error)
        ? "the code is nested too deeply to parse"
        : `parser error: ${(error as Error).message}`,
    );
  }
  return analyzeTypeScriptAst({ ast, source, filePath, options, suppressions: true });
}

export const typescriptFrontend: Frontend = {
  language: "typescript",
  extensions: TYPESCRIPT_EXTENSIONS,
  analyze: analyzeTypeScript,
};

export type { TraversalStep } from "./ast.js";
export type { TypeInformation } from "./types.js";
export type { ScopeManagerLike } from "./scope.js";
export type { FactExtractor, TsModule } from "./module.js";
export { parseDirective } from "./suppressions.js";
