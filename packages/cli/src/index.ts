/**
 * The programmatic API of the `dag-transport` package: the command line (`main`), and what it is
 * made of — file selection, linting on every core, configuration, the rules and the formatters.
 *
 *   import { initPythonParser, lintText, allRules } from "dag-transport";
 *   await initPythonParser(); // lintFiles does this itself; lintText needs it done
 *   const result = lintText(source, "dags/etl.py");
 */
export { main } from "./main.js";
export {
  initPythonParser,
  lintFile,
  lintFiles,
  lintText,
  lintableExtensions,
  pythonParserInfo,
  selectFiles,
  PARSER_ENV,
  WORKERS_ENV,
  type FileSelection,
  type LintFilesOptions,
  type LintOptions,
  type PythonParserInfo,
} from "@dag-transport/engine";
export { allRules } from "@dag-transport/rules";
export {
  ConfigError,
  formatGithub,
  formatJson,
  formatSarif,
  formatStylish,
  type LintMessage,
  type LintResult,
  type RuleSettings,
} from "@dag-transport/core";
