/**
 * eslint-plugin-dag-transport: dag-transport's rules in ESLint (flat config, ESLint 10), for
 * Airflow TypeScript SDK DAGs and — through the `python` language — for Python DAGs.
 *
 *   import dagTransport from "eslint-plugin-dag-transport";
 *   export default [...dagTransport.configs.recommended];
 *
 * or, with the team's dag-transport configuration file (the one the CLI reads):
 *
 *   import { projectConfig } from "eslint-plugin-dag-transport";
 *   export default [...projectConfig(import.meta.dirname)];
 */
import { initPythonParser } from "@dag-transport/python";
import { plugin } from "./plugin.js";

// ESLint's parse() is synchronous, and the WebAssembly parser (used where the native one does not
// load) loads asynchronously: load it before ESLint can ask. This makes the module ESM-only.
await initPythonParser();

export default plugin;
export { PYTHON_FILES, SCRIPT_FILES, TYPESCRIPT_FILES } from "./configs.js";
export { projectConfig } from "./project-config.js";
export { pythonLanguage } from "./python/language.js";
export { toEslintRule } from "./rules.js";
