/**
 * Module folders a Docker Compose file puts on Python's path: a service's `PYTHONPATH`
 * (`/opt/airflow/steps:/opt/airflow/src`) names container folders, and the service's bind
 * mounts (`./steps:/opt/airflow/steps`) say which folders of the repository they are. A DAG then
 * imports `from ingest_data import ingest` where `steps/ingest_data.py` is (`project.ts`, the
 * last place a module is looked for).
 *
 * Read with the `yaml` package (anchors and `<<` merges, as Compose reads them); a file that does
 * not parse, a mount whose host path needs a variable without a default, or a folder outside the
 * repository names nothing.
 */
import path from "node:path";
import { yamlModule } from "@dag-transport/core";

/** The Compose file names looked for in a folder, in Compose's own order of preference. */
export const COMPOSE_FILE_NAMES: readonly string[] = [
  "compose.yaml",
  "compose.yml",
  "docker-compose.yaml",
  "docker-compose.yml",
];

/** How many services a file may have before the rest are ignored (a guard, not a tuning). */
const MAX_SERVICES = 200;

/**
 * The host folders (absolute, normalized) that the services of a Compose file in `composeDir`
 * put on `PYTHONPATH` through a bind mount, in the order the file names them.
 */
export function composePythonPaths(text: string, composeDir: string): string[] {
  let document: unknown;
  try {
    document = yamlModule().parse(text, { merge: true, maxAliasCount: 100 });
  } catch {
    return [];
  }
  const services = record(record(document)?.services);
  if (!services) return [];
  const folders: string[] = [];
  for (const service of Object.values(services).slice(0, MAX_SERVICES).map(record)) {
    if (!service) continue;
    const pythonPath = environmentValue(service.environment, "PYTHONPATH");
    if (!pythonPath) continue;
    const mounts = bindMounts(service.volumes, composeDir);
    for (const entry of pythonPath.split(":")) {
      const target = entry.trim().replace(/\/+$/, "");
      if (!target.startsWith("/")) continue;
      // The deepest mount that covers the folder, as Docker resolves nested mounts.
      let best: { host: string; target: string } | undefined;
      for (const mount of mounts)
        if (
          (target === mount.target || target.startsWith(`${mount.target}/`)) &&
          (!best || mount.target.length > best.target.length)
        )
          best = mount;
      if (!best) continue;
      const folder = path.join(best.host, target.slice(best.target.length));
      if (!folders.includes(folder)) folders.push(folder);
    }
  }
  return folders;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** `environment:` as a map (`NAME: value`) or a list (`- NAME=value`): one variable's value. */
function environmentValue(environment: unknown, name: string): string | undefined {
  if (Array.isArray(environment)) {
    for (const item of environment)
      if (typeof item === "string" && item.startsWith(`${name}=`)) return item.slice(name.length + 1);
    return undefined;
  }
  const value = record(environment)?.[name];
  return typeof value === "string" ? value : undefined;
}

/** A service's bind mounts of host folders: `- ./dags:/opt/airflow/dags[:mode]` or the long form. */
function bindMounts(volumes: unknown, composeDir: string): { host: string; target: string }[] {
  const mounts: { host: string; target: string }[] = [];
  if (!Array.isArray(volumes)) return mounts;
  for (const volume of volumes) {
    let source: string | undefined;
    let target: string | undefined;
    if (typeof volume === "string") {
      // `${AIRFLOW_PROJ_DIR:-.}/dags:/opt/airflow/dags:z`: the default's `:-` is no separator.
      [source, target] = withDefaults(volume).split(":");
    } else {
      const long = record(volume);
      if (long?.type === "bind" && typeof long.source === "string" && typeof long.target === "string")
        [source, target] = [long.source, long.target];
    }
    const host = source !== undefined ? hostFolder(source, composeDir) : undefined;
    if (host && target?.startsWith("/")) mounts.push({ host, target: target.replace(/\/+$/, "") || "/" });
  }
  return mounts;
}

/** `${NAME:-default}` and `${NAME-default}` read as their defaults (what Compose uses when unset). */
function withDefaults(text: string): string {
  return text.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, "$1");
}

/**
 * A mount's host path as a folder: relative to the Compose file's folder, `${VAR:-default}` read
 * as its default (`${AIRFLOW_PROJ_DIR:-.}/steps`). A variable without a default, `~` or a bare
 * name (a named volume) is no folder we know.
 */
function hostFolder(source: string, composeDir: string): string | undefined {
  const expanded = withDefaults(source);
  if (expanded.includes("$") || expanded.startsWith("~")) return undefined;
  if (!expanded.startsWith(".") && !expanded.startsWith("/")) return undefined;
  return path.resolve(composeDir, expanded);
}
