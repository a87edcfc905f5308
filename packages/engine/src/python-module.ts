/**
 * The Python frontend (`@dag-transport/python`), loaded on first use: by the first Python file
 * analysed, or by `initPythonParser`, which every run that analyses files awaits first. A fully
 * warm `--cache` run (every result reused) analyses nothing, and never pays the 0.05–0.15 s of
 * loading the frontend's modules (bench/README.md).
 *
 * In the bundles (scripts/bundle.mjs, `DAG_TRANSPORT_STANDALONE`) `require` is esbuild's: the
 * module is bundled in and evaluated on the first call — except in the self-contained bundle's
 * `cli.js`, where it loads `python-frontend.cjs` beside it (scripts/bundle.mjs, LAZY_FILES), so a
 * warm run does not even compile the frontend. Elsewhere it is Node's (`require` of an
 * ES module without top-level `await`, as for the TypeScript frontend).
 */
import { createRequire } from "node:module";
import type * as PythonModule from "@dag-transport/python";

declare const DAG_TRANSPORT_STANDALONE: boolean | undefined;

const nodeRequire =
  typeof DAG_TRANSPORT_STANDALONE !== "undefined" ? undefined : createRequire(import.meta.url);

let python: typeof PythonModule | undefined;

/** Whether this thread has loaded the Python frontend (tests: a warm run must not). */
export function pythonModuleLoaded(): boolean {
  return python !== undefined;
}

/** The `@dag-transport/python` package. */
export function pythonModule(): typeof PythonModule {
  /* eslint-disable @typescript-eslint/no-require-imports -- esbuild bundles a literal require() lazily */
  return (python ??= nodeRequire
    ? (nodeRequire("@dag-transport/python") as typeof PythonModule)
    : require("@dag-transport/python"));
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** `@dag-transport/python`'s `initPythonParser`, loading the frontend first. */
export function initPythonParser(
  ...args: Parameters<typeof PythonModule.initPythonParser>
): ReturnType<typeof PythonModule.initPythonParser> {
  return pythonModule().initPythonParser(...args);
}

/** `@dag-transport/python`'s `pythonParserInfo`, loading the frontend first. */
export function pythonParserInfo(): ReturnType<typeof PythonModule.pythonParserInfo> {
  return pythonModule().pythonParserInfo();
}

/** The environment variable that picks the Python parser (`@dag-transport/python`'s `PARSER_ENV`). */
export const PARSER_ENV = "DAG_TRANSPORT_PARSER";
