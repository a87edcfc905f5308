/**
 * Configuration: one schema for the CLI's config file and ESLint's rule options.
 *
 * Discovered like other Python tools' settings: the nearest `dag-transport.config.json`,
 * `.yaml`/`.yml`, `.toml`, or `pyproject.toml` with a `[tool.dag-transport]` table, searching
 * from the working directory upwards. Only data formats are read — never a JS config — so the
 * PR reviewer gate can load a pull request's configuration without executing its code.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import type { AnyRule, Severity } from "./rule.js";
import type { RuleSettings } from "./runner.js";

export const CONFIG_FILE_NAMES = [
  "dag-transport.config.json",
  "dag-transport.config.yaml",
  "dag-transport.config.yml",
  "dag-transport.config.toml",
  "pyproject.toml",
] as const;

export interface LoadedConfig {
  /** The file it came from; undefined when no config file was found. */
  filePath?: string;
  rules: RuleSettings;
  /** Extra glob patterns to skip, relative to the config file's directory. */
  ignores: string[];
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly filePath?: string,
  ) {
    super(filePath ? `${filePath}: ${message}` : message);
    this.name = "ConfigError";
  }
}

const SEVERITY_SCHEMA = { enum: ["off", "warn", "error", 0, 1, 2] };

function configSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = {
      anyOf: [
        SEVERITY_SCHEMA,
        {
          type: "array",
          items: [SEVERITY_SCHEMA, rule.meta.optionsSchema],
          additionalItems: false,
          minItems: 1,
        },
      ],
    };
  }
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      rules: { type: "object", additionalProperties: false, properties: ruleProperties },
      ignores: { type: "array", items: { type: "string" } },
    },
  };
}

function normalizeSeverity(value: unknown): Severity {
  if (value === 0 || value === "off") return "off";
  if (value === 1 || value === "warn") return "warn";
  return "error";
}

function describeAjvError(error: ErrorObject): string {
  const key = error.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(top level)";
  if (error.keyword === "additionalProperties") {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return `unknown key '${key === "(top level)" ? extra : `${key}.${extra}`}'`;
  }
  return `'${key}' ${error.message ?? "is invalid"}`;
}

/** Validates a parsed configuration object and turns it into rule settings. */
export function validateConfig(raw: unknown, rules: readonly AnyRule[], filePath?: string): LoadedConfig {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(configSchema(rules));
  if (!validate(raw)) {
    // anyOf produces one error per branch; the most specific (deepest) one names the key.
    const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
    const first = errors.find((e) => e.keyword !== "anyOf") ?? errors[0];
    throw new ConfigError(first ? describeAjvError(first) : "invalid configuration", filePath);
  }
  const config = raw as { rules?: Record<string, unknown>; ignores?: string[] };
  const settings: RuleSettings = {};
  for (const [id, value] of Object.entries(config.rules ?? {})) {
    if (Array.isArray(value)) {
      settings[id] = {
        severity: normalizeSeverity(value[0]),
        ...(value[1] ? { options: value[1] as Record<string, unknown> } : {}),
      };
    } else {
      settings[id] = { severity: normalizeSeverity(value) };
    }
  }
  return { ...(filePath ? { filePath } : {}), rules: settings, ignores: config.ignores ?? [] };
}

/** Parses one config file; returns undefined for a pyproject.toml without our table. */
export function readConfigFile(filePath: string, rules: readonly AnyRule[]): LoadedConfig | undefined {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read: ${(error as Error).message}`, filePath);
  }
  let raw: unknown;
  try {
    if (filePath.endsWith(".json")) raw = JSON.parse(text);
    else if (filePath.endsWith(".yaml") || filePath.endsWith(".yml")) raw = parseYaml(text);
    else raw = parseToml(text);
  } catch (error) {
    throw new ConfigError(`cannot parse: ${(error as Error).message}`, filePath);
  }
  if (path.basename(filePath) === "pyproject.toml") {
    const tool = (raw as { tool?: Record<string, unknown> }).tool;
    if (!tool || !("dag-transport" in tool)) return undefined;
    raw = tool["dag-transport"];
  }
  return validateConfig(raw ?? {}, rules, filePath);
}

/** Finds the nearest configuration from `startDir` upwards. */
export function discoverConfig(startDir: string, rules: readonly AnyRule[]): LoadedConfig {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) {
        const loaded = readConfigFile(candidate, rules);
        if (loaded) return loaded;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { rules: {}, ignores: [] };
    dir = parent;
  }
}
