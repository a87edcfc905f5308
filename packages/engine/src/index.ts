export {
  lintText,
  lintFile,
  readSource,
  decodeSource,
  frontendOptions,
  MAX_FILE_BYTES,
  type LintOptions,
} from "./engine.js";
export { selectFiles, type FileSelection } from "./files.js";
export { frontends, frontendFor, lintableExtensions } from "./frontends.js";
export { readSiblingFiles, SIBLING_FILE_KINDS, type SiblingFileKind } from "./siblings.js";
