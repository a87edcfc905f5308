import { createRequire } from "node:module";
import type { Frontend, Language } from "@dag-transport/core";
import { pythonFrontend } from "@dag-transport/python";
import type * as TypeScriptFrontend from "@dag-transport/typescript";

/** Replaced with `true` in the bundles users install (scripts/bundle.mjs); undefined elsewhere. */
declare const DAG_TRANSPORT_STANDALONE: boolean | undefined;

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
  loadedOnFirstUse("typescript", TYPESCRIPT_EXTENSIONS, () => loadTypeScriptFrontend().typescriptFrontend),
];

function loadTypeScriptFrontend(): typeof TypeScriptFrontend {
  // The standalone bundle has no node_modules of ours: there the frontend is a file of its own
  // beside the bundle (scripts/bundle.mjs), loaded only now, as the package is here.
  const specifier =
    typeof DAG_TRANSPORT_STANDALONE !== "undefined"
      ? "./typescript-frontend.cjs"
      : "@dag-transport/typescript";
  return createRequire(import.meta.url)(specifier) as typeof TypeScriptFrontend;
}

export function frontendFor(filePath: string): Frontend | undefined {
  return frontends.find((f) => f.extensions.some((ext) => filePath.endsWith(ext)));
}

export const lintableExtensions: readonly string[] = frontends.flatMap((f) => f.extensions);
