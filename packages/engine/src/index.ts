export {
  analyzeText,
  lintText,
  lintFile,
  lintFileRecorded,
  recordHolds,
  recordChecks,
  readSource,
  decodeOptionsFor,
  frontendOptions,
  type LintOptions,
} from "./engine.js";
export { decodeSource, MAX_FILE_BYTES } from "@dag-transport/core";
export {
  lintFiles,
  lintFilesRecorded,
  type Linted,
  plannedWorkers,
  MIN_BYTES_PER_THREAD,
  MIN_CORES_FOR_WORKERS,
  threadLimit,
  WORKERS_ENV,
  type LintFilesOptions,
} from "./pool.js";
export { initPythonParser, pythonParserInfo, pythonModuleLoaded, PARSER_ENV } from "./python-module.js";
export type { PythonParserInfo } from "@dag-transport/python";
export { selectFiles, type FileSelection } from "./files.js";
export {
  frontends,
  frontendFor,
  loadedFrontends,
  lintableExtensions,
  sourceExtensions,
  deploymentFrontend,
  deploymentPathMatcher,
} from "./frontends.js";
export { attachContext, contextCachesFor, type ContextCaches } from "./context.js";
export {
  readSiblingFiles,
  siblingFromText,
  SIBLING_FILE_KINDS,
  type SiblingCache,
  type SiblingFileKind,
} from "./siblings.js";
export {
  ResultCache,
  cacheFilePath,
  cacheable,
  optionsKey,
  CACHE_FORMAT,
  CACHE_STRATEGIES,
  type CacheStrategy,
  settledIdentity,
  MAX_CACHE_BYTES,
  type InputRecord,
  type RecordChecks,
} from "./result-cache.js";
