import type { Language, TransportModel } from "./model.js";

/**
 * Options a frontend receives: the resolved options of every enabled rule, keyed by rule id.
 * Rules own their options (one schema for the config file and ESLint), but some options are
 * extraction knowledge — a team's own write/read helpers, temp prefixes — that only a
 * frontend can apply.
 */
export type FrontendOptions = Record<string, Record<string, unknown>>;

/** Turns the source of one file into a transport model. Never throws for bad input. */
export interface Frontend {
  language: Language;
  /** File name endings it handles, with the dot: `.py`. */
  extensions: readonly string[];
  analyze(source: string, filePath: string, options?: FrontendOptions): TransportModel;
}
