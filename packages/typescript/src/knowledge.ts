/**
 * A team's own storage knowledge, from the storage rules' options (one schema for the config
 * file and ESLint): its write and read helpers (`writeApis`, `readApis`), its sanctioned
 * pass-by-reference helpers (`sanctionedHelpers`: never storage, never followed into), and,
 * from `no-tmp-staging`, the temp prefixes and the staging variable.
 *
 * In TypeScript a `call` names an import by module and export (`@team/io.saveArray`), a
 * function of the DAG file by its name (`saveArray`), or a method on any receiver (`.saveArtifact`);
 * `path`, `bucket` and `key` are an argument position, or a property of the first argument
 * when it is an options object (`{ path: … }`).
 */
import type { FrontendOptions } from "@dag-transport/core";
import { DEFAULT_STAGING_VARIABLE, DEFAULT_TEMP_PREFIXES } from "./catalogs/storage.js";
import type { LocationSettings } from "./locations.js";

/** The rules whose options carry storage knowledge. */
const STORAGE_RULES = ["no-bespoke-transport", "no-tmp-staging"] as const;
const TMP_RULE = "no-tmp-staging";

export interface ConfiguredApi {
  access: "write" | "read";
  call: string;
  path?: number | string;
  bucket?: number | string;
  key?: number | string;
  scheme?: string;
}

export interface StorageKnowledge {
  apis: ConfiguredApi[];
  sanctioned: ReadonlySet<string>;
  settings: LocationSettings;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function slot(value: unknown): number | string | undefined {
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}

export function storageKnowledge(options: FrontendOptions): StorageKnowledge {
  const apis: ConfiguredApi[] = [];
  const sanctioned = new Set<string>();
  for (const rule of STORAGE_RULES) {
    const ruleOptions = options[rule];
    if (!ruleOptions) continue;
    for (const [property, access] of [
      ["writeApis", "write"],
      ["readApis", "read"],
    ] as const) {
      for (const entry of list(ruleOptions[property])) {
        const api = entry as Record<string, unknown>;
        if (typeof api?.call !== "string") continue;
        const path = slot(api.path);
        const bucket = slot(api.bucket);
        const key = slot(api.key);
        if (path === undefined && key === undefined) continue;
        apis.push({
          access,
          call: api.call,
          ...(path !== undefined ? { path } : {}),
          ...(bucket !== undefined ? { bucket } : {}),
          ...(key !== undefined ? { key } : {}),
          ...(typeof api.scheme === "string" ? { scheme: api.scheme } : {}),
        });
      }
    }
    for (const name of list(ruleOptions.sanctionedHelpers))
      if (typeof name === "string") sanctioned.add(name);
  }
  const tmp = options[TMP_RULE];
  const prefixes = list(tmp?.tempPrefixes).filter((p): p is string => typeof p === "string");
  const staging = tmp?.stagingVariable;
  return {
    apis,
    sanctioned,
    settings: {
      tempPrefixes: tmp && Array.isArray(tmp.tempPrefixes) ? prefixes : DEFAULT_TEMP_PREFIXES,
      stagingVariables: [typeof staging === "string" ? staging : DEFAULT_STAGING_VARIABLE],
    },
  };
}
