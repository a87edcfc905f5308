/**
 * Third-party modules a run may not need, loaded on first use: the YAML and TOML parsers and
 * the JSON Schema validator are only needed when a configuration, `leoflow.yaml`, Helm or
 * compose file is actually read, and loading them at start-up cost about a tenth of a second
 * (`ajv` and `yaml`), a quarter of a warm `--cache` run.
 *
 * In the bundles (scripts/bundle.mjs, `DAG_TRANSPORT_STANDALONE`) `require` is esbuild's: the
 * module is bundled in and evaluated on the first call — except in the self-contained bundle's
 * `cli.js`, where these calls load files of their own beside it (`yaml.cjs`, `smol-toml.cjs`,
 * `ajv.cjs`: scripts/bundle.mjs, LAZY_FILES), so a run that needs none does not compile them.
 * Elsewhere it is Node's.
 */
import { createRequire } from "node:module";
import type * as AjvModule from "ajv";
import type * as TomlModule from "smol-toml";
import type * as YamlModule from "yaml";
import type IgnoreFactory from "ignore";

declare const DAG_TRANSPORT_STANDALONE: boolean | undefined;

const nodeRequire =
  typeof DAG_TRANSPORT_STANDALONE !== "undefined" ? undefined : createRequire(import.meta.url);

let yaml: typeof YamlModule | undefined;
let toml: typeof TomlModule | undefined;
let ajv: typeof AjvModule | undefined;
let ignore: typeof IgnoreFactory | undefined;

/* eslint-disable @typescript-eslint/no-require-imports -- esbuild bundles a literal require() lazily */
/** The `yaml` package. */
export function yamlModule(): typeof YamlModule {
  return (yaml ??= nodeRequire ? (nodeRequire("yaml") as typeof YamlModule) : require("yaml"));
}

/** The `smol-toml` package. */
export function tomlModule(): typeof TomlModule {
  return (toml ??= nodeRequire ? (nodeRequire("smol-toml") as typeof TomlModule) : require("smol-toml"));
}

/**
 * The `ignore` package's factory (gitignore patterns; needed by every walk). A CommonJS package:
 * loaded by `require` here, which spares Node's ES module loader the scan of its source for
 * exports (a fifth of the CLI's module loading before a warm run).
 */
export function ignoreFactory(): typeof IgnoreFactory {
  return (ignore ??= nodeRequire ? (nodeRequire("ignore") as typeof IgnoreFactory) : require("ignore"));
}

/** The `ajv` package. */
export function ajvModule(): typeof AjvModule {
  return (ajv ??= nodeRequire ? (nodeRequire("ajv") as typeof AjvModule) : require("ajv"));
}
/* eslint-enable @typescript-eslint/no-require-imports */
