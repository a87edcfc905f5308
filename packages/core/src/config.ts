/**
 * Configuration: one schema for the CLI's config file and ESLint's rule options, and where a
 * file's configuration comes from. Every surface (CLI, ESLint's `projectConfig`, the PR gate)
 * loads it here.
 *
 * Discovered per linted file, as Ruff and ESLint do: the nearest `dag-transport.config.json`,
 * `.yaml`/`.yml`, `.toml`, or `pyproject.toml` with a `[tool.dag-transport]` table, at or above
 * the file's directory, never above the repository (the directory holding `.git`). The nearest
 * wins whole: configurations do not merge. Only data formats are read — never a JS config — so
 * the PR gate can load configuration without executing anything, and text that fails to parse
 * is never quoted back (a "config file" may be a link to the runner's secrets).
 */
import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import type { ErrorObject, Ajv } from "ajv";
import type { Ignore } from "ignore";
import { MAX_NESTING, tooDeepAt } from "./nesting.js";
import type { Document, LineCounter } from "yaml";
import { ajvModule, ignoreFactory, tomlModule, yamlModule } from "./lazy-modules.js";
import { listedHas, listedMissing } from "./listings.js";
import { entryPath, resolvedPath } from "./paths.js";
import type { AnyRule, Severity } from "./rule.js";
import type { RuleSettings } from "./runner.js";
import {
  findRepositoryRoot,
  readWorkspaceText,
  workspaceLinkedOutOf,
  type TextRead,
} from "./workspace-reader.js";

export const CONFIG_FILE_NAMES = [
  "dag-transport.config.json",
  "dag-transport.config.yaml",
  "dag-transport.config.yml",
  "dag-transport.config.toml",
  "pyproject.toml",
] as const;

/** What the PR gate does about inline suppressions a pull request adds (see docs/review.md). */
export type AddedSuppressionPolicy = "warn" | "require-approval" | "block";

export interface ReviewSettings {
  addedSuppressions: AddedSuppressionPolicy;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { addedSuppressions: "warn" };

export interface LoadedConfig {
  /** The file it came from; undefined when no config file was found. */
  filePath?: string;
  rules: RuleSettings;
  /** Extra glob patterns to skip, relative to the config file's directory. */
  ignores: string[];
  /** Settings of the PR gate (read from the base commit's configuration). */
  review: ReviewSettings;
  /** How a suppression that suppresses nothing is reported (default `warn`). */
  reportUnusedSuppressions: Severity;
}

/** No configuration file: every rule at its recommended setting. */
export const EMPTY_CONFIG: LoadedConfig = Object.freeze({
  rules: {},
  ignores: [],
  review: DEFAULT_REVIEW_SETTINGS,
  reportUnusedSuppressions: "warn",
}) as LoadedConfig;

export class ConfigError extends Error {
  constructor(
    /** What is wrong, without the file's name (and never its text). */
    readonly reason: string,
    readonly filePath?: string,
  ) {
    super(filePath ? `${filePath}: ${reason}` : reason);
    this.name = "ConfigError";
  }
}

const SEVERITY_SCHEMA = { enum: ["off", "warn", "error", 0, 1, 2] };

/**
 * The configuration file's JSON Schema (with every rule's options): what `validateConfig`
 * checks, and what docs/configuration.md is generated from (scripts/configuration.ts).
 */
export function configSchema(rules: readonly AnyRule[]): Record<string, unknown> {
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
      rules: {
        type: "object",
        additionalProperties: false,
        properties: ruleProperties,
        description:
          "Each rule's severity, or `[severity, options]`. A rule not named runs at its recommended severity with its default options.",
      },
      ignores: {
        type: "array",
        items: { type: "string", maxLength: 4096 },
        maxItems: 10000,
        default: [],
        description: "Paths to skip, as .gitignore patterns relative to the configuration file's folder.",
      },
      reportUnusedSuppressions: {
        ...SEVERITY_SCHEMA,
        default: "warn",
        description:
          "How suppressions that suppress nothing are reported (ESLint's unused-directive report; `--fix` removes them).",
      },
      review: {
        type: "object",
        additionalProperties: false,
        description: "Settings of the pull request gate (`dag-transport review`).",
        properties: {
          addedSuppressions: {
            enum: ["warn", "require-approval", "block"],
            default: DEFAULT_REVIEW_SETTINGS.addedSuppressions,
            description:
              "What the gate does about suppressions a pull request adds: `warn` lists them in the summary with their reasons (the gate stays green), `require-approval` blocks each until someone other than the author approves the head commit, `block` blocks them.",
          },
        },
      },
    },
  };
}

function normalizeSeverity(value: unknown): Severity {
  if (value === 0 || value === "off") return "off";
  if (value === 1 || value === "warn") return "warn";
  return "error";
}

/** A key from the file, shown only when it is a plain identifier-like name (never arbitrary text). */
function safeKey(key: string): string {
  return /^[\w.@/-]{1,80}$/.test(key) ? key : "(a key)";
}

function describeAjvError(error: ErrorObject): string {
  // An empty path is the top level (split would give one empty segment, shown as "(a key)").
  const key = error.instancePath
    ? error.instancePath
        .replace(/^\//, "")
        .split("/")
        .map((k) => safeKey(k.replace(/~1/g, "/").replace(/~0/g, "~")))
        .join(".")
    : "(top level)";
  if (error.keyword === "additionalProperties") {
    const extra = safeKey((error.params as { additionalProperty: string }).additionalProperty);
    return `unknown key '${key === "(top level)" ? extra : `${key}.${extra}`}'`;
  }
  return `'${key}' ${error.message ?? "is invalid"}`;
}

const validators = new WeakMap<readonly AnyRule[], ReturnType<Ajv["compile"]>>();

/** Validates a parsed configuration object and turns it into rule settings. */
export function validateConfig(raw: unknown, rules: readonly AnyRule[], filePath?: string): LoadedConfig {
  let validate = validators.get(rules);
  if (!validate) {
    validate = new (ajvModule().Ajv)({ allErrors: true, strict: false }).compile(configSchema(rules));
    validators.set(rules, validate);
  }
  if (!validate(raw)) {
    // anyOf produces one error per branch; the most specific (deepest) one names the key.
    const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
    const first = errors.find((e) => e.keyword !== "anyOf") ?? errors[0];
    throw new ConfigError(first ? describeAjvError(first) : "invalid configuration", filePath);
  }
  const config = raw as {
    rules?: Record<string, unknown>;
    ignores?: string[];
    review?: Partial<ReviewSettings>;
    reportUnusedSuppressions?: unknown;
  };
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
  return {
    ...(filePath ? { filePath } : {}),
    rules: settings,
    ignores: config.ignores ?? [],
    review: { ...DEFAULT_REVIEW_SETTINGS, ...config.review },
    reportUnusedSuppressions:
      config.reportUnusedSuppressions === undefined
        ? "warn"
        : normalizeSeverity(config.reportUnusedSuppressions),
  };
}

/** 1-based line and column of an offset. */
function lineColumnAt(text: string, offset: number): [line: number, column: number] {
  const before = text.slice(0, offset);
  return [before.split("\n").length, before.length - before.lastIndexOf("\n")];
}

/**
 * Where a parse failed, without any of the text: parsers quote the offending line (smol-toml,
 * yaml) or a token (JSON.parse), and the text may be anything a link pointed at.
 */
export function describeParseError(error: unknown, text: string): string {
  if (error instanceof RangeError) return "nested too deeply";
  // YAML's alias errors: the billion-laughs cap, an alias before its anchor (the message names it).
  if (error instanceof ReferenceError) return "aliases expand too far or name no anchor";
  const e = error as {
    line?: unknown;
    column?: unknown;
    linePos?: { line: number; col: number }[];
    message?: unknown;
  };
  let line: number | undefined;
  let column: number | undefined;
  if (typeof e.line === "number" && typeof e.column === "number") [line, column] = [e.line, e.column];
  else if (Array.isArray(e.linePos) && e.linePos[0]) [line, column] = [e.linePos[0].line, e.linePos[0].col];
  else if (typeof e.message === "string") {
    const lineColumn = /line (\d+) column (\d+)/.exec(e.message);
    const position = /at position (\d+)/.exec(e.message);
    if (lineColumn) [line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
    else if (position) [line, column] = lineColumnAt(text, Number(position[1]));
  }
  return line !== undefined ? `syntax error at line ${line}, column ${column}` : "syntax error";
}

type ConfigFormat = "json" | "yaml" | "toml";

function formatOf(filePath: string): ConfigFormat {
  if (filePath.endsWith(".json")) return "json";
  if (filePath.endsWith(".yaml") || filePath.endsWith(".yml")) return "yaml";
  return "toml";
}

/** Parses a data file (JSON, YAML or TOML by its name), or throws a `ConfigError` that quotes nothing. */
export function parseDataFile(text: string, filePath: string): unknown {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const [line, column] = lineColumnAt(text, deep);
    throw new ConfigError(
      `cannot parse: nested more than ${MAX_NESTING} levels deep at line ${line}, column ${column}`,
      filePath,
    );
  }
  try {
    switch (formatOf(filePath)) {
      case "json":
        return JSON.parse(text) as unknown;
      case "yaml": {
        // The library's own duplicate-key check compares each key with every earlier one of its
        // map: a 4 MiB file of 300,000 keys took minutes. Keys are checked below, in one pass.
        const lineCounter = new (yamlModule().LineCounter)();
        const document = yamlModule().parseDocument(text, { uniqueKeys: false, lineCounter });
        if (document.errors.length) throw document.errors[0];
        checkYamlShape(document, lineCounter, filePath);
        // Aliases are capped (the billion-laughs shape); the first error decides.
        return document.toJS({ maxAliasCount: 1000 }) as unknown;
      }
      case "toml":
        return tomlModule().parse(text) as unknown;
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot parse: ${describeParseError(error, text)}`, filePath);
  }
}

/** More aliases than any configuration needs: resolving each one scans the document's anchors. */
export const MAX_YAML_ALIASES = 1000;

/**
 * Duplicate keys (a set per map, not the library's pairwise check) and the number of aliases
 * (the library looks each one up among every anchor and alias before it: 100,000 aliases took
 * minutes). Names the position only.
 */
function checkYamlShape(document: Document, lineCounter: LineCounter, filePath: string): void {
  const at = (offset: number | undefined) => {
    if (offset === undefined) return "";
    const { line, col } = lineCounter.linePos(offset);
    return ` at line ${line}, column ${col}`;
  };
  let aliases = 0;
  const { isScalar, visit } = yamlModule();
  visit(document, {
    Alias(_, alias) {
      if (++aliases > MAX_YAML_ALIASES)
        throw new ConfigError(
          `cannot parse: more than ${MAX_YAML_ALIASES} aliases${at(alias.range?.[0])}`,
          filePath,
        );
    },
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        // As the library compares keys: scalars by value, other nodes by identity.
        if (!isScalar(key)) continue;
        if (seen.has(key.value))
          throw new ConfigError(`cannot parse: duplicate key${at(key.range?.[0])}`, filePath);
        seen.add(key.value);
      }
    },
  });
}

/** Parses one config file's text; undefined for a pyproject.toml without our table. */
export function parseConfigText(
  text: string,
  filePath: string,
  rules: readonly AnyRule[],
): LoadedConfig | undefined {
  let raw = parseDataFile(text, filePath);
  if (path.basename(filePath) === "pyproject.toml") {
    const tool = (raw as { tool?: Record<string, unknown> } | null)?.tool;
    if (!tool || typeof tool !== "object" || !("dag-transport" in tool)) return undefined;
    raw = tool["dag-transport"];
  }
  return validateConfig(raw ?? {}, rules, filePath);
}

/** How configuration files are read: from disk (guarded), or from a commit the PR gate fetched. */
export interface ConfigSource {
  /** Reads a candidate file; `missing` when it does not exist. */
  read(filePath: string): TextRead;
  /**
   * Whether the candidate `name` in the folder `dir` (normalized) is known to be missing without
   * reading it (on disk: this run's listing of the folder says so); optional.
   */
  missing?(dir: string, name: string): boolean;
  /** The directory discovery never looks above, for a file in `dir`. */
  boundary(dir: string): string;
}

/**
 * Configuration files on disk. Discovery stops at the repository root (the nearest directory
 * holding `.git`, a folder or — in a worktree or submodule — a file); outside any repository
 * (an unpacked tarball) it goes up to the filesystem root, as Ruff and ESLint do. Files are read
 * through the guarded reader, inside that boundary.
 */
export function diskConfigSource(): ConfigSource {
  const boundary = (dir: string) => findRepositoryRoot(dir) ?? path.parse(path.resolve(dir)).root;
  return {
    boundary,
    missing: (dir, name) => listedHas(dir, name) === false,
    read: (filePath) => {
      // Most candidates are missing, and this run's folder listings may know (listings.ts).
      if (listedMissing(filePath)) return { problem: "Cannot read file: ENOENT.", missing: true };
      const dir = path.dirname(filePath);
      // A repository reached through a link out of the starting workspace is not trusted as a root.
      return readWorkspaceText(filePath, { root: workspaceLinkedOutOf(dir) ?? boundary(dir) });
    },
  };
}

/** Reads and parses one named config file; undefined for a pyproject.toml without our table. */
export function loadConfigFile(
  filePath: string,
  rules: readonly AnyRule[],
  source: ConfigSource,
): LoadedConfig | undefined {
  const read = source.read(filePath);
  if ("problem" in read) throw new ConfigError(`cannot read: ${read.problem}`, filePath);
  return parseConfigText(read.text, filePath, rules);
}

export interface ConfigResolverOptions {
  source: ConfigSource;
  /** A config file named by the user (`--config`): used for every file, no discovery. */
  explicitFile?: string;
}

/**
 * The configuration of each linted file: the nearest config file at or above its directory,
 * within the boundary. Each directory is resolved once; an invalid file throws `ConfigError`
 * for every file it governs.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, LoadedConfig | ConfigError>();
  private explicit: LoadedConfig | ConfigError | undefined;

  constructor(
    readonly rules: readonly AnyRule[],
    private readonly options: ConfigResolverOptions,
  ) {}

  /** The configuration that governs `filePath`. */
  forFile(filePath: string): LoadedConfig {
    // The folder of a normalized path is normalized: no second `resolvedPath`.
    const found =
      this.options.explicitFile !== undefined
        ? this.explicitConfig()
        : this.nearest(path.dirname(resolvedPath(filePath)));
    if (found instanceof ConfigError) throw found;
    return found;
  }

  /** The configuration that governs files directly in `dir`. */
  forDirectory(dir: string): LoadedConfig {
    const found =
      this.options.explicitFile !== undefined ? this.explicitConfig() : this.nearest(resolvedPath(dir));
    if (found instanceof ConfigError) throw found;
    return found;
  }

  private explicitConfig(): LoadedConfig | ConfigError {
    if (!this.explicit) {
      try {
        this.explicit =
          loadConfigFile(this.options.explicitFile!, this.rules, this.options.source) ?? EMPTY_CONFIG;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        this.explicit = error;
      }
    }
    return this.explicit;
  }

  private nearest(dir: string): LoadedConfig | ConfigError {
    const known = this.byDirectory.get(dir);
    if (known) return known;
    let found: LoadedConfig | ConfigError | undefined;
    try {
      for (const name of CONFIG_FILE_NAMES) {
        // Five candidates a folder, nearly always missing: asked of the folder's listing first.
        if (this.options.source.missing?.(dir, name)) continue;
        const candidate = entryPath(dir, name);
        const read = this.options.source.read(candidate);
        if ("missing" in read && read.missing) continue;
        if ("problem" in read) throw new ConfigError(`cannot read: ${read.problem}`, candidate);
        found = parseConfigText(read.text, candidate, this.rules);
        if (found) break;
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      found = error;
    }
    if (!found) {
      const parent = path.dirname(dir);
      found =
        dir === this.options.source.boundary(dir) || parent === dir ? EMPTY_CONFIG : this.nearest(parent);
    }
    this.byDirectory.set(dir, found);
    return found;
  }
}

/** The configuration that governs files in `startDir`, from disk (`--print-config`, tests). */
export function discoverConfig(startDir: string, rules: readonly AnyRule[]): LoadedConfig {
  return new ConfigResolver(rules, { source: diskConfigSource() }).forDirectory(startDir);
}

/** Parses one config file from disk; undefined for a pyproject.toml without our table. */
export function readConfigFile(filePath: string, rules: readonly AnyRule[]): LoadedConfig | undefined {
  return loadConfigFile(path.resolve(filePath), rules, diskConfigSource());
}

/** Directories never searched for configuration files (nor walked for DAG files). */
export const NEVER_WALKED = new Set([".git", "node_modules", ".hg", ".svn", "__pycache__", ".venv", ".tox"]);

/**
 * Every file under `dir` named like a config file, shallowest first (for ESLint, which needs
 * one configuration object per config file up front). Bounded: a repository deeper or larger
 * than this is not a DAG repository's shape.
 */
export function findConfigFilesBelow(dir: string, maxDepth = 24, maxDirectories = 20000): string[] {
  const found: string[] = [];
  let queue = [path.resolve(dir)];
  let visited = 0;
  for (let depth = 0; depth <= maxDepth && queue.length; depth++) {
    const next: string[] = [];
    for (const current of queue) {
      if (++visited > maxDirectories) return found;
      let entries: Dirent[];
      try {
        entries = readdirSync(current, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        // Links are not followed: a directory link could lead anywhere, or in a circle.
        if (entry.isDirectory() && !NEVER_WALKED.has(entry.name)) next.push(path.join(current, entry.name));
        else if (!entry.isDirectory() && (CONFIG_FILE_NAMES as readonly string[]).includes(entry.name))
          found.push(path.join(current, entry.name));
      }
    }
    queue = next;
  }
  return found;
}

const ignoreMatchers = new WeakMap<LoadedConfig, Ignore>();

/**
 * Whether `config`'s `ignores` skip `absolutePath`. Patterns are gitignore patterns relative to
 * the config file's directory (`baseDir` when there is no file); paths outside it never match.
 */
export function isIgnoredByConfig(
  config: LoadedConfig,
  absolutePath: string,
  isDirectory: boolean,
  baseDir: string,
): boolean {
  if (!config.ignores.length) return false;
  let matcher = ignoreMatchers.get(config);
  if (!matcher) {
    matcher = ignoreFactory()().add(config.ignores);
    ignoreMatchers.set(config, matcher);
  }
  const base = config.filePath ? path.dirname(config.filePath) : baseDir;
  const relative = path.relative(base, absolutePath).split(path.sep).join("/");
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) return false;
  return matcher.ignores(isDirectory ? `${relative}/` : relative);
}
