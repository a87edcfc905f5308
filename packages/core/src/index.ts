export * from "./model.js";
export * from "./rule.js";
export * from "./results.js";
export * from "./runner.js";
export * from "./config.js";
export * from "./frontend.js";
export * from "./location-pattern.js";
export * from "./matched-row.js";
export * from "./storage-knowledge.js";
export * from "./dag-files.js";
export { COMPOSE_FILE_NAMES } from "./compose-files.js";
export { formatJson } from "./formatters/json.js";
export { formatStylish, type StylishOptions } from "./formatters/stylish.js";
export {
  formatSarif,
  buildSarifLog,
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  type SarifOptions,
} from "./formatters/sarif.js";
export {
  formatGithub,
  escapeData,
  escapeProperty,
  workflowCommandLine,
  type GithubOptions,
} from "./formatters/github.js";
export {
  formatGitlab,
  buildCodeQuality,
  checkNameOf,
  type CodeQualityIssue,
  type GitlabOptions,
} from "./formatters/gitlab.js";
export { formatJunit, xmlText, type JunitOptions } from "./formatters/junit.js";
export { entryPath, isNormalizedAbsolute, relativeInside, reportPath, resolvedPath } from "./paths.js";
export { Fingerprints, flaggedText, type Region } from "./fingerprint.js";
export * from "./workspace-reader.js";
export { yamlModule, tomlModule, ajvModule, ignoreFactory } from "./lazy-modules.js";
export {
  noteListing,
  listedMissing,
  listedHas,
  listedNames,
  listedRealPath,
  listedRealFile,
  clearListings,
} from "./listings.js";
export { terminalText, terminalLine, terminalLines, terminalJson } from "./terminal-text.js";
export { commentRemoval, applyEdits } from "./suppression-edits.js";
export { MAX_NESTING, tooDeepAt } from "./nesting.js";
export * from "./bulk-suppressions.js";
