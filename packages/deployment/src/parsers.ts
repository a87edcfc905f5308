/**
 * Airflow settings out of each kind of deployment file, with their positions. Every parser
 * returns settings and, for input it cannot read, a problem with a position — never the text.
 */
import type { ConfigSetting, SettingSource, Span } from "@dag-transport/core";
import { yamlModule } from "@dag-transport/core";
import type * as Yaml from "yaml";
import type { Document } from "yaml";
import { parseEnvName } from "./settings.js";
import { isTemplated, LineIndex, pointSpan } from "./text.js";
import {
  deref,
  get,
  mapPairs,
  nodeSpan,
  pairSpan,
  scalarText,
  seqItems,
  type YamlFile,
} from "./yaml-nodes.js";

// The YAML package loads on first use (lazy-modules.ts in core).
const isMap = ((node: unknown) => yamlModule().isMap(node)) as typeof Yaml.isMap;
const isScalar = ((node: unknown) => yamlModule().isScalar(node)) as typeof Yaml.isScalar;

export interface Parsed {
  settings: ConfigSetting[];
  problems: { message: string; span: Span }[];
  /** An Airflow version the file names (`FROM apache/airflow:2.10.3`, Helm `airflowVersion`). */
  version?: { version: string; line: number; what: string };
}

function literal(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return isTemplated(value) ? undefined : value;
}

/** A setting from an environment variable; undefined for names that are not Airflow settings. */
export function envSetting(
  filePath: string,
  source: SettingSource,
  name: string,
  value: string | undefined,
  span: Span,
): ConfigSetting | undefined {
  const meaning = parseEnvName(name);
  if (!meaning) return undefined;
  const shown = literal(value);
  return {
    filePath,
    source,
    name,
    ...(meaning.section ? { section: meaning.section, key: meaning.key } : {}),
    ...(meaning.ignoredName ? { ignoredName: meaning.ignoredName } : {}),
    ...(shown !== undefined ? { value: shown } : {}),
    span,
  };
}

// ---- airflow.cfg ------------------------------------------------------------------------------

/** INI as Python's configparser reads airflow.cfg: `[section]`, `key = value` / `key: value`, `#`/`;` comments. */
export function parseIni(text: string, filePath: string): Parsed {
  const lines = new LineIndex(text);
  const settings: ConfigSetting[] = [];
  const problems: Parsed["problems"] = [];
  let section: string | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, "");
    const trimmed = content.trim();
    if (!trimmed || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    // A continuation line belongs to the value above.
    if (/^\s/.test(content) && section !== undefined) return;
    const header = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(trimmed);
    if (header) {
      section = header[1]!.trim();
      return;
    }
    const option = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!option || section === undefined) {
      if (problems.length === 0)
        problems.push({
          message:
            section === undefined
              ? "a setting before any [section] header"
              : "a line that is neither a [section], a setting nor a comment",
          span: lines.lineSpan(line),
        });
      return;
    }
    const key = option[1]!.trim().toLowerCase();
    const value = option[2]!.replace(/\s+[#;].*$/, "").trim();
    const shown = literal(value);
    settings.push({
      filePath,
      source: "airflow.cfg",
      name: `[${section}] ${key}`,
      section: section.toLowerCase(),
      key,
      ...(shown !== undefined ? { value: shown } : {}),
      span: lines.lineSpan(line),
    });
  });
  return { settings, problems };
}

// ---- .env -------------------------------------------------------------------------------------

/** A value's closing quote: a `"` may be escaped (`\\"`); a `'` may not. */
const CLOSING_QUOTE: Readonly<Record<string, RegExp>> = { '"': /(?:^|[^\\])(?:\\\\)*"/, "'": /'/ };

/** A value without its quotes, or without a trailing ` # comment` when unquoted. */
function unquote(value: string): string {
  const v = value.trim();
  const closing = CLOSING_QUOTE[v[0] ?? ""];
  const end = closing?.exec(v.slice(1));
  if (end) return v.slice(1, 1 + end.index + end[0].length - 1);
  return v.replace(/\s+#.*$/, "");
}

/** Does `text` hold the closing `quote` of a value? */
function closesQuote(text: string, quote: string): boolean {
  return CLOSING_QUOTE[quote]!.test(text);
}

/**
 * `NAME=value` lines as docker compose and python-dotenv read env files: `export NAME=value`, a
 * quoted value spanning lines (`KEY="-----BEGIN…` … `…END-----"`), a bare `NAME` (no value:
 * compose takes it from the shell).
 */
export function parseEnvFile(text: string, filePath: string): Parsed {
  const lines = new LineIndex(text);
  const settings: ConfigSetting[] = [];
  const problems: Parsed["problems"] = [];
  let assignments = 0;
  const rawLines = text.split("\n").map((raw) => raw.replace(/\r$/, ""));
  for (let index = 0; index < rawLines.length; index++) {
    const line = index + 1;
    const trimmed = rawLines[index]!.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)(?:\s*=\s*(.*))?$/.exec(trimmed);
    if (!match) {
      if (problems.length === 0)
        problems.push({ message: "a line that is not NAME=value", span: lines.lineSpan(line) });
      continue;
    }
    assignments++;
    let value = match[2];
    const quote = value?.[0];
    if (value !== undefined && (quote === '"' || quote === "'") && !closesQuote(value.slice(1), quote)) {
      let last = index + 1;
      while (last < rawLines.length && !closesQuote(rawLines[last]!, quote)) last++;
      if (last === rawLines.length) {
        if (problems.length === 0)
          problems.push({ message: "a quoted value that is never closed", span: lines.lineSpan(line) });
        continue;
      }
      value = [value, ...rawLines.slice(index + 1, last + 1)].join("\n").trim();
      index = last;
    }
    if (value === undefined) continue;
    const setting = envSetting(filePath, "env-file", match[1]!, unquote(value), lines.lineSpan(line));
    if (setting) settings.push(setting);
  }
  // A file with no NAME=value line at all is no dotenv file (`local.env` holding `KEY: value`
  // lines for another tool): nothing of ours to judge or to complain about.
  return { settings, problems: assignments === 0 ? [] : problems };
}

// ---- Dockerfile -------------------------------------------------------------------------------

/** Versions in the official image's tags: `2.10.3`, `2.10.3-python3.11`, `slim-2.10.3`. */
export function imageVersion(image: string): string | undefined {
  const match = /(?:^|\/)apache\/airflow:(?:[a-z-]*?-)?(\d+\.\d+(?:\.\d+)?)/.exec(image);
  return match?.[1];
}

/** `ENV NAME=value …` and `ENV NAME value`; `FROM apache/airflow:X` names the version. */
export function parseDockerfile(text: string, filePath: string): Parsed {
  const lines = new LineIndex(text);
  const settings: ConfigSetting[] = [];
  const rawLines = text.split("\n");
  let version: Parsed["version"];
  for (let index = 0; index < rawLines.length; index++) {
    const first = index;
    let instruction = rawLines[index]!.replace(/\r$/, "");
    // Line continuations: the instruction goes on while a line ends with a backslash.
    while (/\\\s*$/.test(instruction) && index + 1 < rawLines.length) {
      instruction = instruction.replace(/\\\s*$/, " ") + rawLines[++index]!.replace(/\r$/, "");
    }
    const trimmed = instruction.trim();
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(trimmed);
    if (from) {
      const found = imageVersion(from[1]!);
      if (found) version = { version: found, line: first + 1, what: `FROM ${from[1]}` };
      continue;
    }
    const env = /^ENV\s+(.*)$/i.exec(trimmed);
    if (!env) continue;
    const body = env[1]!.trim();
    const span = lines.lineSpan(first + 1);
    if (/^[A-Za-z_][A-Za-z0-9_.]*=/.test(body)) {
      const pair = /([A-Za-z_][A-Za-z0-9_.]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
      for (let m = pair.exec(body); m; m = pair.exec(body)) {
        const setting = envSetting(filePath, "dockerfile", m[1]!, unquote(m[2]!), span);
        if (setting) settings.push(setting);
      }
    } else {
      const legacy = /^([A-Za-z_][A-Za-z0-9_.]*)\s+(.*)$/.exec(body);
      if (legacy) {
        const setting = envSetting(filePath, "dockerfile", legacy[1]!, unquote(legacy[2]!), span);
        if (setting) settings.push(setting);
      }
    }
  }
  return { settings, problems: [], ...(version ? { version } : {}) };
}

// ---- YAML: compose, Helm values, Kubernetes manifests -----------------------------------------

/** `environment:` as a map (`NAME: value`) or a list (`- NAME=value`). */
function environmentSettings(
  node: unknown,
  doc: Document.Parsed,
  file: YamlFile,
  filePath: string,
  seen: Set<string>,
): ConfigSetting[] {
  const out: ConfigSetting[] = [];
  const add = (name: string, value: string | undefined, span: Span | undefined) => {
    if (!span) return;
    const id = `${name}@${span.line}:${span.column}`;
    if (seen.has(id)) return; // one anchor merged into several services is one setting
    seen.add(id);
    const setting = envSetting(filePath, "env", name, value, span);
    if (setting) out.push(setting);
  };
  const target = deref(node, doc);
  if (isMap(target)) {
    for (const [name, pair] of mapPairs(target, doc))
      add(name, scalarText(pair.value, doc), pairSpan(pair, file.lines));
  } else {
    for (const item of seqItems(target, doc)) {
      const text = scalarText(item, doc);
      if (text === undefined) continue;
      const eq = text.indexOf("=");
      add(
        eq < 0 ? text : text.slice(0, eq),
        eq < 0 ? undefined : text.slice(eq + 1),
        nodeSpan(item, file.lines),
      );
    }
  }
  return out;
}

/** Kubernetes `env:` lists: `- name: X` / `value: y` (a `valueFrom` has no literal value). */
function envListSettings(
  node: unknown,
  doc: Document.Parsed,
  file: YamlFile,
  filePath: string,
  seen: Set<string>,
): ConfigSetting[] {
  const out: ConfigSetting[] = [];
  for (const item of seqItems(node, doc)) {
    const name = scalarText(get(item, doc, "name"), doc);
    if (!name) continue;
    const span = nodeSpan(item, file.lines);
    if (!span) continue;
    const id = `${name}@${span.line}:${span.column}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const valueNode = get(item, doc, "value");
    const setting = envSetting(
      filePath,
      "env",
      name,
      valueNode !== undefined ? scalarText(valueNode, doc) : undefined,
      { ...span, endLine: span.line, endColumn: span.column + name.length + 6 },
    );
    if (setting) out.push(setting);
  }
  return out;
}

export function parseCompose(file: YamlFile, filePath: string): Parsed {
  const settings: ConfigSetting[] = [];
  const seen = new Set<string>();
  let version: Parsed["version"];
  for (const doc of file.docs) {
    const services = get(doc.contents, doc, "services");
    for (const [, servicePair] of mapPairs(services, doc)) {
      const service = servicePair.value;
      const environment = get(service, doc, "environment");
      if (environment) settings.push(...environmentSettings(environment, doc, file, filePath, seen));
      const imageNode = get(service, doc, "image");
      const image = scalarText(imageNode, doc);
      const found = image ? imageVersion(image.replace(/\$\{[^:}]*:-([^}]*)\}/g, "$1")) : undefined;
      if (found && !version) {
        version = {
          version: found,
          line: nodeSpan(imageNode, file.lines)?.line ?? 1,
          what: `image: ${image}`,
        };
      }
    }
  }
  return { settings, problems: [], ...(version ? { version } : {}) };
}

/** The official chart's values: `config:` (sections → keys, rendered into airflow.cfg) and `env:`. */
export function parseHelmValues(file: YamlFile, filePath: string): Parsed {
  const settings: ConfigSetting[] = [];
  const seen = new Set<string>();
  let version: Parsed["version"];
  for (const doc of file.docs) {
    const config = get(doc.contents, doc, "config");
    for (const [section, sectionPair] of mapPairs(config, doc)) {
      for (const [key, pair] of mapPairs(sectionPair.value, doc)) {
        const span = pairSpan(pair, file.lines);
        if (!span) continue;
        const value = literal(scalarText(pair.value, doc));
        settings.push({
          filePath,
          source: "helm-config",
          name: `config.${section}.${key}`,
          section: section.toLowerCase(),
          key: key.toLowerCase(),
          ...(value !== undefined ? { value } : {}),
          span,
        });
      }
    }
    settings.push(...envListSettings(get(doc.contents, doc, "env"), doc, file, filePath, seen));
    const versionNode = get(doc.contents, doc, "airflowVersion");
    const named = scalarText(versionNode, doc);
    if (named && /^\d+\.\d+/.test(named))
      version = {
        version: named,
        line: nodeSpan(versionNode, file.lines)?.line ?? 1,
        what: `airflowVersion: ${named}`,
      };
  }
  return { settings, problems: [], ...(version ? { version } : {}) };
}

/** Where a workload keeps its pod spec. */
function podSpecs(root: unknown, doc: Document.Parsed): unknown[] {
  const kind = scalarText(get(root, doc, "kind"), doc);
  const spec = get(root, doc, "spec");
  switch (kind) {
    case "Pod":
      return [spec];
    case "CronJob":
      return [get(get(get(get(spec, doc, "jobTemplate"), doc, "spec"), doc, "template"), doc, "spec")];
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "Job":
      return [get(get(spec, doc, "template"), doc, "spec")];
    default:
      return [];
  }
}

export function parseKubernetes(file: YamlFile, filePath: string): Parsed {
  const settings: ConfigSetting[] = [];
  const seen = new Set<string>();
  for (const doc of file.docs) {
    for (const podSpec of podSpecs(doc.contents, doc)) {
      for (const field of ["containers", "initContainers"]) {
        for (const container of seqItems(get(podSpec, doc, field), doc)) {
          settings.push(...envListSettings(get(container, doc, "env"), doc, file, filePath, seen));
        }
      }
    }
  }
  return { settings, problems: [] };
}

/** Which YAML deployment file this is, by its content. */
export function yamlKind(file: YamlFile): "compose" | "kubernetes" | "helm-values" | undefined {
  for (const doc of file.docs) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    if (get(root, doc, "services") && isMap(get(root, doc, "services"))) return "compose";
    if (isScalar(get(root, doc, "apiVersion")) && isScalar(get(root, doc, "kind"))) return "kubernetes";
    if (isMap(get(root, doc, "config")) || get(root, doc, "env") || get(root, doc, "airflowVersion"))
      return "helm-values";
  }
  return undefined;
}

export { pointSpan };
