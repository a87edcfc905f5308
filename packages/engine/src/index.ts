export {
  lintText,
  lintFile,
  readSource,
  frontendOptions,
  MAX_FILE_BYTES,
  type LintOptions,
} from "./engine.js";
export { selectFiles, type FileSelection } from "./files.js";
export { frontends, frontendFor, lintableExtensions } from "./frontends.js";
