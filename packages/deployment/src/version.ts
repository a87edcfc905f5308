/**
 * Which Airflow version a repository runs, read from what pins it: a requirements or
 * constraints file (`apache-airflow==2.10.3`, or Airflow's constraints URL
 * `constraints-2.10.3/…`), `pyproject.toml` (PEP 621 `dependencies`, Poetry), a Dockerfile
 * `FROM apache/airflow:2.10.3`, a compose file's `image:`, or the Helm chart's
 * `airflowVersion`. A range applies its lowest version (`>=2.9,<3` → 2.9). The nearest folder
 * with such a file decides, from the linted file's folder up to the repository root.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import {
  findRepositoryRoot,
  listedNames,
  resolvedPath,
  tomlModule,
  type AirflowVersionFact,
} from "@dag-transport/core";
import { parseCompose, parseDockerfile, parseHelmValues } from "./parsers.js";
import { readConfigText } from "./read.js";
import { parseYaml } from "./yaml-nodes.js";

const AIRFLOW_PACKAGES = ["apache-airflow", "apache-airflow-core"];

/** The lowest version a requirement specifier allows, or undefined when it has no lower bound. */
export function lowestVersion(spec: string): string | undefined {
  const clauses = spec.split(",").map((c) => c.trim());
  const versions: string[] = [];
  for (const clause of clauses) {
    const m = /^(===|==|>=|~=|\^|~|>)?\s*v?(\d+(?:\.\d+){0,2})(?:\.\*)?/.exec(clause);
    if (!m) continue;
    const operator = m[1] ?? "==";
    if (operator === ">") continue; // strictly above: the next release, unknown
    versions.push(m[2]!);
  }
  return versions.sort(compareVersions)[0];
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** `apache-airflow[celery]==2.10.3 ; python_version…` → the version spec, when it names Airflow. */
function requirementSpec(line: string): string | undefined {
  const text = line
    .replace(/\s+#.*$/, "")
    .split(";")[0]!
    .trim();
  const m = /^([A-Za-z0-9_.-]+)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase().replace(/_/g, "-");
  if (!AIRFLOW_PACKAGES.includes(name)) return undefined;
  return m[2]!.trim() || undefined;
}

interface Found {
  version: string;
  line: number;
  what: string;
}

export function versionFromRequirements(text: string): Found | undefined {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const constraint = /constraints-(\d+\.\d+(?:\.\d+)?)\//.exec(line);
    if (constraint)
      return { version: constraint[1]!, line: i + 1, what: `Airflow's constraints for ${constraint[1]}` };
    const spec = requirementSpec(line);
    const version = spec ? lowestVersion(spec) : undefined;
    if (version) return { version, line: i + 1, what: line.replace(/\s+#.*$/, "") };
  }
  return undefined;
}

export function versionFromPyproject(text: string): Found | undefined {
  let data: Record<string, unknown>;
  try {
    data = tomlModule().parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const lineOf = (needle: string) => {
    const index = text.split("\n").findIndex((l) => l.includes(needle));
    return index < 0 ? 1 : index + 1;
  };
  const project = data.project as { dependencies?: unknown } | undefined;
  for (const dep of Array.isArray(project?.dependencies) ? project.dependencies : []) {
    if (typeof dep !== "string") continue;
    const spec = requirementSpec(dep);
    const version = spec ? lowestVersion(spec) : undefined;
    if (version) return { version, line: lineOf(dep), what: dep };
  }
  const poetry = (data.tool as { poetry?: { dependencies?: Record<string, unknown> } } | undefined)?.poetry;
  for (const name of AIRFLOW_PACKAGES) {
    const dep = poetry?.dependencies?.[name];
    const spec = typeof dep === "string" ? dep : (dep as { version?: unknown } | undefined)?.version;
    if (typeof spec !== "string") continue;
    const version = lowestVersion(spec);
    if (version) return { version, line: lineOf(name), what: `${name} = "${spec}"` };
  }
  return undefined;
}

type Reader = (text: string, filePath: string) => Found | undefined;

const yamlReader =
  (parse: typeof parseCompose | typeof parseHelmValues): Reader =>
  (text, filePath) => {
    const parsed = parseYaml(text);
    return "file" in parsed ? parse(parsed.file, filePath).version : undefined;
  };

/** Which files of a folder name the version, in the order they are asked. */
const SOURCES: { matches: (name: string) => boolean; read: Reader }[] = [
  { matches: (n) => n === "pyproject.toml", read: versionFromPyproject },
  { matches: (n) => /^(requirements|constraints)[\w.-]*\.txt$/i.test(n), read: versionFromRequirements },
  {
    matches: (n) => /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(n) || n.endsWith(".Dockerfile"),
    read: (t, f) => parseDockerfile(t, f).version,
  },
  { matches: (n) => /^(docker-)?compose[\w.-]*\.ya?ml$/.test(n), read: yamlReader(parseCompose) },
  { matches: (n) => /^values[\w.-]*\.ya?ml$/.test(n), read: yamlReader(parseHelmValues) },
];

/**
 * Every name some source matches, and more (each alternative case-insensitive): one test a name
 * before the sources' own (a folder's names are mostly DAG files, and every folder of a run is asked).
 */
const MAYBE_SOURCE =
  /^(?:pyproject\.toml|(?:requirements|constraints)[\w.-]*\.txt|(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?|(?:docker-)?compose[\w.-]*\.ya?ml|values[\w.-]*\.ya?ml)$|\.Dockerfile$/i;

/** How far up a repository is searched. */
const MAX_LEVELS = 6;

export type VersionCache = Map<string, AirflowVersionFact | null>;

function versionInFolder(dir: string): AirflowVersionFact | undefined {
  let names: string[];
  try {
    // The run's listing of the folder when it has one (listings.ts); else the disk's.
    // Only names some source matches are sorted (a folder's other names are its DAG files, mostly).
    names = (listedNames(dir) ?? readdirSync(dir))
      .filter((name) => MAYBE_SOURCE.test(name) && SOURCES.some((s) => s.matches(name)))
      .sort();
  } catch {
    return undefined;
  }
  for (const source of SOURCES) {
    for (const name of names.filter(source.matches)) {
      const file = path.join(dir, name);
      const read = readConfigText(file);
      if (!read || "problem" in read) continue;
      const found = source.read(read.text, file);
      if (found)
        return {
          version: found.version,
          from: "repository",
          file,
          line: found.line,
          reason: `${name}:${found.line} (${found.what})`,
        };
    }
  }
  return undefined;
}

/** The Airflow version the repository around `filePath` pins, if any. */
export function detectAirflowVersion(filePath: string, cache?: VersionCache): AirflowVersionFact | undefined {
  let dir = path.dirname(resolvedPath(filePath));
  const visited: string[] = [];
  let found: AirflowVersionFact | undefined;
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const cached = cache?.get(dir);
    if (cached !== undefined) {
      found = cached ?? undefined;
      break;
    }
    visited.push(dir);
    found = versionInFolder(dir);
    if (found) break;
    const parent = path.dirname(dir);
    if (parent === dir || findRepositoryRoot(dir) === resolvedPath(dir)) break;
    dir = parent;
  }
  for (const v of visited) cache?.set(v, found ?? null);
  return found;
}
