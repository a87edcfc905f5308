/**
 * How Airflow names its settings in the environment. Verified in Airflow's configuration code
 * (apache/airflow, `airflow/configuration.py` at tag 2.10.3):
 *
 *   def _env_var_name(self, section, key):
 *       return f"{ENV_VAR_PREFIX}{section.replace('.', '_').upper()}__{key.upper()}"
 *
 * `conf.get(section, key)` looks up exactly that name (`_get_env_var_option`), so the setting
 * `[common.io] xcom_objectstorage_path` is read from `AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH`;
 * `AIRFLOW__COMMON.IO__…` is never looked up. (`airflow config list` only logs "Ignoring
 * unknown env var" for it, in `_include_envs`.)
 */
export const ENV_PREFIX = "AIRFLOW__";

/** Sections whose names hold a dot; their environment spelling has `_` instead. */
export const DOTTED_SECTIONS = ["common.io"] as const;

/** The environment name Airflow reads for a setting. */
export function envNameOf(section: string, key: string): string {
  return `${ENV_PREFIX}${section.replace(/\./g, "_").toUpperCase()}__${key.toUpperCase()}`;
}

export interface EnvNameMeaning {
  section?: string;
  key?: string;
  /** A section with a dot: Airflow never reads this name; `intended` is the one it reads. */
  ignoredName?: { intended: string };
}

/** What an `AIRFLOW__…` environment name sets; undefined for names that are not Airflow settings. */
export function parseEnvName(name: string): EnvNameMeaning | undefined {
  if (!name.startsWith(ENV_PREFIX)) return undefined;
  const rest = name.slice(ENV_PREFIX.length);
  const split = rest.indexOf("__");
  if (split <= 0 || split + 2 >= rest.length) return undefined;
  const sectionPart = rest.slice(0, split);
  const keyPart = rest.slice(split + 2);
  if (sectionPart.includes(".")) {
    const section = sectionPart.toLowerCase();
    return { ignoredName: { intended: envNameOf(section, keyPart) } };
  }
  const lower = sectionPart.toLowerCase();
  const dotted = DOTTED_SECTIONS.find((s) => s.replace(/\./g, "_") === lower);
  return { section: dotted ?? lower, key: keyPart.toLowerCase() };
}

/** The settings the XCom backend rules read. */
export const XCOM_BACKEND = { section: "core", key: "xcom_backend" } as const;
export const XCOM_PICKLING = { section: "core", key: "enable_xcom_pickling" } as const;
export const OBJECTSTORAGE_PATH = { section: "common.io", key: "xcom_objectstorage_path" } as const;
export const OBJECTSTORAGE_THRESHOLD = { section: "common.io", key: "xcom_objectstorage_threshold" } as const;

/** `airflow.providers.common.io.xcom.backend.XComObjectStorageBackend` (providers-common-io 1.4.2). */
export const OBJECT_STORAGE_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend";
