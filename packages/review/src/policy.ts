/**
 * The policy a pull request is judged by: the configuration of its base commit, the trusted
 * one. A pull request can edit `pyproject.toml`, add `ignores: ["**"]` or break the file; none
 * of that changes how it is judged. Its configuration change is reported to the reviewer
 * (what it would turn off) and takes effect once merged.
 *
 * The checkout is shallow, so the base's files come through the contents API at the base SHA:
 * the directories above each changed DAG file are listed once, and only the config files (and
 * sibling files such as `leoflow.yaml`, for analysing the base version of a DAG) are fetched.
 */
import path from "node:path";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  ConfigResolver,
  EMPTY_CONFIG,
  MAX_FILE_BYTES,
  parseConfigText,
  readWorkspaceText,
  resolveRuleSetting,
  type AnyRule,
  type ConfigSource,
  type LoadedConfig,
  type SiblingFile,
  type TextRead,
} from "@dag-transport/core";
import { SIBLING_FILE_KINDS, siblingFromText } from "@dag-transport/engine";
import { statusOf, type BaseFile, type PullRequestApi } from "./github.js";
import { inlineCode } from "./markdown.js";

/** Where the policy comes from: the base commit (default), or the pull request itself (opt-out). */
export type PolicySource = "base" | "head";

export interface Policy {
  /** The configuration governing a repository path; a broken one yields the recommended settings. */
  configFor(repoPath: string): LoadedConfig;
  /** Siblings of a DAG file at the base commit (for analysing the base version). */
  baseSiblingsOf(repoPath: string): SiblingFile[];
  /** For the summary: problems with the configuration, what the PR's configuration change would do. */
  notes: string[];
  /** For the summary's footer: which commit's configuration judged the pull request. */
  judgedBy: string;
}

const SIBLING_NAMES = SIBLING_FILE_KINDS.flatMap((k) => k.fileNames);

function dirOf(repoPath: string): string {
  const dir = path.posix.dirname(repoPath);
  return dir === "." ? "" : dir;
}

function ancestors(repoPath: string): string[] {
  const dirs: string[] = [];
  let dir = dirOf(repoPath);
  for (;;) {
    dirs.push(dir);
    if (dir === "") return dirs;
    dir = dirOf(dir);
  }
}

/** Files of the base commit, fetched up front so configuration can be resolved synchronously. */
class BaseSnapshot {
  readonly files = new Map<string, BaseFile>();
  readonly listings = new Map<string, Set<string> | undefined>();

  constructor(private readonly api: PullRequestApi) {}

  async list(dir: string): Promise<Set<string> | undefined> {
    if (!this.listings.has(dir)) this.listings.set(dir, await this.api.directoryAtBase(dir));
    return this.listings.get(dir);
  }

  async fetch(repoPath: string): Promise<BaseFile> {
    let file = this.files.get(repoPath);
    if (!file) {
      file = await this.api.fileAtBase(repoPath, MAX_FILE_BYTES);
      this.files.set(repoPath, file);
    }
    return file;
  }

  /** Fetches the named files that exist in `dir` at the base. */
  async fetchNamed(dir: string, names: readonly string[]): Promise<void> {
    const listing = await this.list(dir);
    for (const name of names) if (listing?.has(name)) await this.fetch(dir ? `${dir}/${name}` : name);
  }

  read(repoPath: string): TextRead {
    const listing = this.listings.get(dirOf(repoPath));
    const file = this.files.get(repoPath);
    if (!file) {
      if (listing && !listing.has(path.posix.basename(repoPath))) return { problem: "absent", missing: true };
      // Never listed: only files above a changed DAG file are looked up.
      return { problem: "absent", missing: true };
    }
    if ("missing" in file) return { problem: "absent", missing: true };
    if ("problem" in file) return { problem: file.problem };
    return { text: file.text };
  }
}

function toRepoPath(workspace: string, absolutePath: string): string {
  return path.relative(workspace, absolutePath).split(path.sep).join("/");
}

function sourceFrom(workspace: string, read: (repoPath: string) => TextRead): ConfigSource {
  return { read: (absolutePath) => read(toRepoPath(workspace, absolutePath)), boundary: () => workspace };
}

/** What a configuration change would do once merged, rule by rule (never quoting the file). */
export function describeConfigChange(
  before: LoadedConfig,
  after: LoadedConfig,
  rules: readonly AnyRule[],
): string[] {
  const effects: string[] = [];
  const rank = { off: 0, warn: 1, error: 2 } as const;
  for (const rule of rules) {
    const was = resolveRuleSetting(rule, before.rules);
    const now = resolveRuleSetting(rule, after.rules);
    if (rank[now.severity] < rank[was.severity])
      effects.push(
        now.severity === "off"
          ? `turn off ${inlineCode(rule.id)}`
          : `lower ${inlineCode(rule.id)} to ${now.severity}`,
      );
    else if (rank[now.severity] > rank[was.severity])
      effects.push(`raise ${inlineCode(rule.id)} to ${now.severity}`);
    if (JSON.stringify(was.options) !== JSON.stringify(now.options))
      effects.push(`change the options of ${inlineCode(rule.id)}`);
  }
  const added = after.ignores.filter((i) => !before.ignores.includes(i));
  if (added.length)
    effects.push(
      `ignore ${added.slice(0, 10).map(inlineCode).join(", ")}${added.length > 10 ? ` and ${added.length - 10} more patterns` : ""}`,
    );
  if (before.review.addedSuppressions !== after.review.addedSuppressions)
    effects.push(
      `make added suppressions ${inlineCode(after.review.addedSuppressions)} instead of ${inlineCode(before.review.addedSuppressions)}`,
    );
  return effects;
}

export interface PolicyOptions {
  api: PullRequestApi;
  workspace: string;
  rules: readonly AnyRule[];
  /** Changed files, as GitHub names them, that may be DAG files (by ending), and their former names. */
  dagCandidates: readonly { path: string; previousPath?: string }[];
  /** Every changed path (config files among them are reported). */
  changedPaths: readonly string[];
  /** `--config`, repository-relative: read at the base too. */
  explicitConfig?: string;
  from: PolicySource;
  log: (message: string) => void;
}

function readHead(workspace: string, repoPath: string): TextRead {
  return readWorkspaceText(path.join(workspace, ...repoPath.split("/")), { root: workspace });
}

function parseOrError(
  text: TextRead,
  repoPath: string,
  rules: readonly AnyRule[],
): LoadedConfig | ConfigError | undefined {
  if ("problem" in text)
    return text.missing ? undefined : new ConfigError(`cannot read: ${text.problem}`, repoPath);
  try {
    return parseConfigText(text.text, repoPath, rules);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

export async function loadPolicy(options: PolicyOptions): Promise<Policy> {
  const { api, workspace, rules } = options;
  const notes: string[] = [];
  const snapshot = new BaseSnapshot(api);
  let baseAvailable = options.from === "base";
  if (baseAvailable) {
    try {
      const dirs = new Set(
        options.dagCandidates
          .flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])
          .flatMap(ancestors),
      );
      for (const dir of dirs) await snapshot.fetchNamed(dir, CONFIG_FILE_NAMES);
      const dagDirs = new Set(options.dagCandidates.map((f) => dirOf(f.previousPath ?? f.path)));
      for (const dir of dagDirs) await snapshot.fetchNamed(dir, SIBLING_NAMES);
      if (options.explicitConfig) await snapshot.fetch(options.explicitConfig);
      for (const changed of options.changedPaths)
        if ((CONFIG_FILE_NAMES as readonly string[]).includes(path.posix.basename(changed)))
          await snapshot.fetch(changed);
    } catch (error) {
      // A base that cannot be read must not let the PR pick its own policy: recommended settings.
      baseAvailable = false;
      notes.push(
        `Could not read the base commit's configuration (${statusOf(error) ? `HTTP ${statusOf(error)}` : "network error"}); reviewed with the recommended settings.`,
      );
    }
  }

  const read =
    options.from === "head"
      ? (repoPath: string) => readHead(workspace, repoPath)
      : (repoPath: string) =>
          baseAvailable ? snapshot.read(repoPath) : ({ problem: "absent", missing: true } as const);
  const explicitFile = options.explicitConfig
    ? path.join(workspace, ...options.explicitConfig.split("/"))
    : undefined;
  const resolver = new ConfigResolver(rules, {
    source: sourceFrom(workspace, read),
    ...(explicitFile ? { explicitFile } : {}),
  });
  const reported = new Set<string>();
  const configFor = (repoPath: string): LoadedConfig => {
    try {
      return resolver.forFile(path.join(workspace, ...repoPath.split("/")));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const where = toRepoPath(workspace, error.filePath ?? "");
      if (!reported.has(where)) {
        reported.add(where);
        // Recommended settings are stricter than any configuration: breaking it switches nothing off.
        notes.push(
          `Invalid configuration ${inlineCode(where)} (${error.reason}); reviewed with the recommended settings.`,
        );
      }
      return EMPTY_CONFIG;
    }
  };

  if (options.from === "base") {
    for (const changed of options.changedPaths) {
      if (!(CONFIG_FILE_NAMES as readonly string[]).includes(path.posix.basename(changed))) continue;
      const after = parseOrError(readHead(workspace, changed), changed, rules);
      const before = baseAvailable ? parseOrError(snapshot.read(changed), changed, rules) : undefined;
      if (before === undefined && after === undefined) continue; // a pyproject.toml without our table
      if (after instanceof ConfigError) {
        notes.push(
          `This pull request changes ${inlineCode(changed)}, which would then not be a valid configuration (${after.reason}).`,
        );
        continue;
      }
      const effects = describeConfigChange(
        before instanceof ConfigError || before === undefined ? EMPTY_CONFIG : before,
        after ?? EMPTY_CONFIG,
        rules,
      );
      notes.push(
        `This pull request changes the configuration ${inlineCode(changed)}${
          effects.length
            ? `; once merged it would ${effects.join("; ")}.`
            : "; the change does not alter any rule."
        }`,
      );
    }
  }
  const judgedBy =
    options.from === "base"
      ? "Judged by the configuration of the base commit; configuration changes in this pull request take effect once merged."
      : "Judged by the pull request's own configuration (`config-from: head`).";

  const baseSiblingsOf = (repoPath: string): SiblingFile[] => {
    const dir = dirOf(repoPath);
    const found: SiblingFile[] = [];
    for (const kind of SIBLING_FILE_KINDS) {
      for (const name of kind.fileNames) {
        const sibling = dir ? `${dir}/${name}` : name;
        const text = snapshot.read(sibling);
        if ("missing" in text && text.missing) continue;
        found.push(siblingFromText(kind, path.join(workspace, ...sibling.split("/")), text));
        break;
      }
    }
    return found;
  };

  return { configFor, baseSiblingsOf, notes, judgedBy };
}
