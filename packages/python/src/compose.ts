/**
 * What a Docker Compose file of the repository tells the Python analysis about the deployment
 * its DAGs run in:
 *
 * - module folders it puts on Python's path: a service's `PYTHONPATH`
 *   (`/opt/airflow/steps:/opt/airflow/src`) names container folders, and the service's bind
 *   mounts (`./steps:/opt/airflow/steps`) say which folders of the repository they are. A DAG
 *   then imports `from ingest_data import ingest` where `steps/ingest_data.py` is (`project.ts`,
 *   the last place a module is looked for);
 * - the container folders its bind mounts map to the repository (`./scripts:/opt/airflow/scripts`):
 *   where a DAG's `sys.path.append("/opt/airflow/scripts")` finds modules (`project.ts`);
 * - the environment its services set (`PROC_DIR=/data/processed/{{ ds }}`): what
 *   `os.environ["PROC_DIR"]` reads in DAG code (`locations.ts`, `envPlace`), when every service
 *   that sets the variable sets the same value.
 *
 * Read with the `yaml` package (anchors and `<<` merges, as Compose reads them); a file that does
 * not parse, a mount whose host path needs a variable without a default, or a folder outside the
 * repository names nothing.
 */
import path from "node:path";
import { yamlModule } from "@dag-transport/core";

/** How many services a file may have before the rest are ignored (a guard, not a tuning). */
const MAX_SERVICES = 200;
/** How many distinct bind mounts a file's services may make before the rest are ignored (a guard). */
const MAX_MOUNTS = 1000;

/** What one Compose file says (`readCompose`). */
export interface ComposeFacts {
  /** Host folders (absolute, normalized) its services put on `PYTHONPATH`, in the file's order. */
  pythonPathFolders: readonly string[];
  /** Every bind mount of a host folder its services make (`./scripts:/opt/airflow/scripts`). */
  bindMounts: readonly { host: string; target: string }[];
  /** Variables its services set, each to one value all of them agree on. */
  environment: ReadonlyMap<string, string>;
}

const NOTHING: ComposeFacts = { pythonPathFolders: [], bindMounts: [], environment: new Map() };

/** Reads a Compose file in `composeDir`; nothing when it is no Compose file we can read. */
export function readCompose(text: string, composeDir: string): ComposeFacts {
  let document: unknown;
  try {
    document = yamlModule().parse(text, { merge: true, maxAliasCount: 100 });
  } catch {
    return NOTHING;
  }
  const services = record(record(document)?.services);
  if (!services) return NOTHING;
  const folders: string[] = [];
  const allMounts: { host: string; target: string }[] = [];
  const mountKeys = new Set<string>();
  const environment = new Map<string, string | null>();
  for (const service of Object.values(services).slice(0, MAX_SERVICES).map(record)) {
    if (!service) continue;
    const mounts = bindMounts(service.volumes, composeDir);
    for (const mount of mounts) {
      const key = `${mount.host}\u0000${mount.target}`;
      if (mountKeys.has(key) || mountKeys.size >= MAX_MOUNTS) continue;
      mountKeys.add(key);
      allMounts.push(mount);
    }
    const variables = environmentOf(service.environment);
    // Services that disagree on a variable leave it unknown (`null`).
    for (const [name, value] of variables)
      environment.set(name, environment.has(name) && environment.get(name) !== value ? null : value);
    const pythonPath = variables.get("PYTHONPATH");
    if (!pythonPath) continue;
    for (const entry of pythonPath.split(":")) {
      const folder = mountedHostFolder(entry.trim(), mounts);
      if (folder !== undefined && !folders.includes(folder)) folders.push(folder);
    }
  }
  const agreed = new Map<string, string>();
  for (const [name, value] of environment) if (value !== null) agreed.set(name, value);
  return { pythonPathFolders: folders, bindMounts: allMounts, environment: agreed };
}

/**
 * The host folder a container path is, through the deepest bind mount that covers it (as Docker
 * resolves nested mounts): `/opt/airflow/steps/x` with `./steps:/opt/airflow/steps` is the
 * repository's `steps/x`. Undefined for a relative path or one no mount covers.
 */
export function mountedHostFolder(
  containerPath: string,
  mounts: readonly { host: string; target: string }[],
): string | undefined {
  const target = containerPath.replace(/\/+$/, "");
  if (!target.startsWith("/")) return undefined;
  let best: { host: string; target: string } | undefined;
  for (const mount of mounts)
    if (
      (target === mount.target || target.startsWith(`${mount.target}/`)) &&
      (!best || mount.target.length > best.target.length)
    )
      best = mount;
  return best ? path.join(best.host, target.slice(best.target.length)) : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** `environment:` as a map (`NAME: value`) or a list (`- NAME=value`): its string values by name. */
function environmentOf(environment: unknown): Map<string, string> {
  const variables = new Map<string, string>();
  if (Array.isArray(environment)) {
    for (const item of environment) {
      const equals = typeof item === "string" ? item.indexOf("=") : -1;
      if (equals > 0) variables.set((item as string).slice(0, equals), (item as string).slice(equals + 1));
    }
  } else {
    for (const [name, value] of Object.entries(record(environment) ?? {}))
      if (typeof value === "string") variables.set(name, value);
  }
  return variables;
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
