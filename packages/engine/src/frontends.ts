import { createRequire } from "node:module";
import type { Frontend, Language } from "@dag-transport/core";
import { pythonFrontend } from "@dag-transport/python";
import type * as TypeScriptFrontend from "@dag-transport/typescript";

const require = createRequire(import.meta.url);

/**
 * A frontend that loads on its first file. The TypeScript frontend brings the TypeScript
 * compiler, half a second of loading that a run over Python files never needs — paid by the
 * CLI and again by each of its worker threads.
 */
function loadedOnFirstUse(language: Language, extensions: readonly string[], load: () => Frontend): Frontend {
  let frontend: Frontend | undefined;
  return {
    language,
    extensions,
    analyze: (...args) => (frontend ??= load()).analyze(...args),
  };
}

/** The endings the TypeScript frontend handles (its own list; a test keeps them equal). */
export const TYPESCRIPT_EXTENSIONS = [".ts", ".mts", ".cts", ".js", ".mjs"] as const;

/** The frontends the CLI knows, by file ending. */
export const frontends: readonly Frontend[] = [
  pythonFrontend,
  loadedOnFirstUse(
    "typescript",
    TYPESCRIPT_EXTENSIONS,
    () => (require("@dag-transport/typescript") as typeof TypeScriptFrontend).typescriptFrontend,
  ),
];

export function frontendFor(filePath: string): Frontend | undefined {
  return frontends.find((f) => f.extensions.some((ext) => filePath.endsWith(ext)));
}

export const lintableExtensions: readonly string[] = frontends.flatMap((f) => f.extensions);
