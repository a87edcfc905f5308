/**
 * One transport model per file, shared by every dag-transport rule ESLint runs on it. ESLint
 * runs each rule separately and each rule knows only its own options, so the model is built
 * with every rule's default options plus the running rule's own; while options are defaults
 * (the common case) all rules share one model.
 */
import { diskProjectFiles, type FrontendOptions, type TransportModel } from "@dag-transport/core";
import { detectAirflowVersion, findLeoflowProject } from "@dag-transport/deployment";
import { analyzePython } from "@dag-transport/python";
import { allRules } from "@dag-transport/rules";
import { analyzeTypeScriptAst, type TypeInformation } from "@dag-transport/typescript";
import type { TSESTree } from "@typescript-eslint/types";
import { PythonSourceCode } from "./python/source-code.js";

/** Where rules find options shared across rules: `settings["dag-transport"]` (see `project-config.ts`). */
export const SETTINGS_KEY = "dag-transport";

/**
 * `settings["dag-transport"]`. ESLint deep-merges `settings` across configuration objects, so
 * each config file's options sit under its own key and `active` names the one that governs the
 * file: a nearer config's options never mix with a farther one's.
 */
export interface SharedSettings {
  /** The config file governing the file being linted (a key of `options`). */
  active?: string;
  /** Per config file: resolved options of every enabled rule (what the CLI's frontend gets). */
  options?: Record<string, FrontendOptions>;
}

/** The options of the configuration governing the file, from `settings["dag-transport"]`. */
export function sharedOptions(settings: SharedSettings | undefined): FrontendOptions | undefined {
  return settings?.active !== undefined ? settings.options?.[settings.active] : undefined;
}

export function defaultFrontendOptions(): FrontendOptions {
  return Object.fromEntries(
    allRules.map((rule) => [rule.id, { ...(rule.defaultOptions as Record<string, unknown>) }]),
  );
}

/**
 * What the frontend gets when one rule runs: every rule's defaults, the team's options of all
 * enabled rules when `projectConfig` shared them (`settings["dag-transport"].options` — one
 * rule's options can be another's extraction knowledge), and this rule's own options.
 */
export function frontendOptionsFor(
  ruleId: string,
  options: Record<string, unknown>,
  shared: FrontendOptions = {},
): FrontendOptions {
  return { ...defaultFrontendOptions(), ...shared, [ruleId]: options };
}

/** The parts of ESLint's JavaScript `SourceCode` the TypeScript frontend needs. */
interface JsSourceCode {
  text: string;
  ast: TSESTree.Program;
  parserServices?: {
    program?: TypeInformation["program"] | null;
    esTreeNodeToTSNodeMap?: TypeInformation["esTreeNodeToTSNodeMap"];
  };
}

const cache = new WeakMap<object, Map<string, TransportModel>>();

export function modelFor(sourceCode: object, filename: string, options: FrontendOptions): TransportModel {
  let models = cache.get(sourceCode);
  if (!models) {
    models = new Map();
    cache.set(sourceCode, models);
  }
  const key = JSON.stringify(options);
  let model = models.get(key);
  if (!model) {
    model = build(sourceCode, filename, options);
    withContext(model, filename);
    models.set(key, model);
  }
  return model;
}

function build(sourceCode: object, filename: string, options: FrontendOptions): TransportModel {
  if (sourceCode instanceof PythonSourceCode) {
    // The repository's own modules, for imported helpers: the CLI's engine passes the same.
    return sourceCode.modelFor(options, () =>
      analyzePython(sourceCode.text, filename, options, diskProjectFiles(filename)),
    );
  }
  const js = sourceCode as JsSourceCode;
  const services = js.parserServices;
  const types =
    services?.program && services.esTreeNodeToTSNodeMap
      ? { program: services.program, esTreeNodeToTSNodeMap: services.esTreeNodeToTSNodeMap }
      : undefined;
  return analyzeTypeScriptAst({
    ast: js.ast,
    source: js.text,
    filePath: filename,
    options,
    ...(types ? { types } : {}),
  });
}

/**
 * What the CLI's engine attaches too (`packages/engine/src/context.ts`), so ESLint reports the
 * same: the Leoflow project naming the file, and the Airflow version the repository pins.
 * Deployment configuration files themselves are not linted by ESLint (the CLI and the gate do).
 */
function withContext(model: TransportModel, filename: string): void {
  if (!filename || filename.startsWith("<")) return;
  const version = detectAirflowVersion(filename);
  if (version) model.airflowVersion = version;
  const project = findLeoflowProject(filename);
  if (project) model.leoflow = project;
}
