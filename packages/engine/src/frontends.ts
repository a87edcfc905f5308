import { createRequire } from "node:module";
import {
  type Frontend,
  ignoreFactory,
  type Language,
  PYTHON_EXTENSIONS,
  type RuleSettings,
  TYPESCRIPT_EXTENSIONS,
} from "@dag-transport/core";
import {
  DEFAULT_DEPLOYMENT_FILES,
  deploymentFrontend,
  deploymentKindByName,
  LEOFLOW_FILE,
} from "@dag-transport/deployment";
import type { Ignore } from "ignore";
import type * as TypeScriptFrontend from "@dag-transport/typescript";
import { pythonModule, pythonModuleLoaded } from "./python-module.js";

/** Replaced with `true` in the bundles users install (scripts/bundle.mjs); undefined elsewhere. */
declare const DAG_TRANSPORT_STANDALONE: boolean | undefined;

/**
 * A frontend that loads on its first file. The TypeScript frontend brings the TypeScript
 * compiler, half a second of loading that a run over Python files never needs — paid by the
 * CLI and again by each of its worker threads; the Python frontend, a tenth of a second that a
 * fully warm `--cache` run never needs (python-module.ts).
 */
function loadedOnFirstUse(language: Language, extensions: readonly string[], load: () => Frontend): Frontend {
  let frontend: Frontend | undefined;
  return {
    language,
    extensions,
    analyze: (...args) => {
      if (!frontend) {
        frontend = load();
        loaded.push(language);
      }
      return frontend.analyze(...args);
    },
  };
}

const loaded: Language[] = [];

/**
 * The frontends whose modules this thread has loaded (`DAG_TRANSPORT_DEBUG=frontends`): the
 * Python one also when only its parser was initialised. A fully warm `--cache` run loads none.
 */
export function loadedFrontends(): Language[] {
  const languages = new Set<Language>(loaded);
  if (pythonModuleLoaded()) languages.add("python");
  return [...languages].sort();
}

/** The frontends the CLI knows, by file ending. */
export const frontends: readonly Frontend[] = [
  loadedOnFirstUse("python", PYTHON_EXTENSIONS, () => pythonModule().pythonFrontend),
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

/** Deployment configuration (airflow.cfg, env files, compose, Helm values, manifests, Dockerfiles, leoflow.yaml). */
export { deploymentFrontend };

/**
 * The frontend for a file: Python and TypeScript by ending; deployment configuration by name
 * (and any YAML, whose content says whether it is one).
 */
export function frontendFor(filePath: string): Frontend | undefined {
  const byEnding = frontends.find((f) => f.extensions.some((ext) => filePath.endsWith(ext)));
  if (byEnding) return byEnding;
  return deploymentKindByName(filePath) !== undefined ? deploymentFrontend : undefined;
}

/** Endings of source files (Python, TypeScript), which the CLI finds in folders by ending. */
export const sourceExtensions: readonly string[] = frontends.flatMap((f) => f.extensions);

/**
 * Every ending a frontend always takes: source files, and the deployment files recognisable by
 * name alone (`airflow.cfg`, `leoflow.yaml`, `.env`, `Dockerfile`, `docker-compose.yaml`, Helm
 * `values.yaml` …). A tool that selects files by ending (the PR gate) lints these; the CLI also
 * finds deployment files by pattern (`isDeploymentPath`).
 */
export const lintableExtensions: readonly string[] = [...sourceExtensions, ...deploymentFrontend.extensions];

/**
 * Which deployment files a run lints, from rule settings: the `xcom-backend-config` rule's
 * `files` patterns (`.gitignore` syntax; default `DEFAULT_DEPLOYMENT_FILES`) while that rule is
 * on, and `leoflow.yaml` while `staging-requires-volume` is on. Undefined when neither is.
 *
 * Only files the deployment frontend takes by name (`deploymentKindByName`): a pattern that
 * matches a folder (`.env`, a virtual environment's usual name) matches every file in it, and
 * those would otherwise be linted as files no frontend knows. Case-sensitive, like the names
 * the frontend knows (and git on Linux): `dockerfile` is not `Dockerfile`.
 * `.pre-commit-hooks.yaml`'s `files` pattern is the default of this
 * (test/pre-commit-files.test.ts).
 */
export function deploymentPathMatcher(
  settings: RuleSettings,
): ((relativePath: string) => boolean) | undefined {
  const config = settings["xcom-backend-config"];
  const configOn = config?.severity !== "off";
  const leoflowOn = settings["staging-requires-volume"]?.severity !== "off";
  if (!configOn && !leoflowOn) return undefined;
  const files = (config?.options?.files as string[] | undefined) ?? DEFAULT_DEPLOYMENT_FILES;
  // Compiled on the first file without a source ending (a walk over DAG files may have none).
  let matcher: Ignore | undefined;
  return (relativePath) => {
    if (relativePath === "") return false;
    if (matcher === undefined) {
      matcher = ignoreFactory()({ ignorecase: false }).add(configOn ? [...files] : []);
      if (leoflowOn) matcher.add(LEOFLOW_FILE);
    }
    return matcher.ignores(relativePath) && deploymentKindByName(relativePath) !== undefined;
  };
}
