/**
 * Which Airflow version a rule judges against: the rule's `airflowVersion` option, else the
 * version the repository pins (attached by the engine as `model.airflowVersion`), else the
 * newest facts.
 */
import type { TransportModel } from "@dag-transport/core";

/** The newest Airflow major whose facts the rules know. */
export const NEWEST_AIRFLOW_VERSION = "3";

/** "2.5", "2.10.3", 3 → [major, minor]; undefined for anything else (the schema rejects it). */
export function parseAirflowVersion(version: number | string): [number, number] | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(String(version).trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0)];
}

export function effectiveAirflowVersion(option: number | string | undefined, model: TransportModel): string {
  if (option !== undefined) return String(option);
  return model.airflowVersion?.version ?? NEWEST_AIRFLOW_VERSION;
}

/** `version` is at least `major.minor` (an unparsable version counts as the newest). */
export function atLeast(version: string, major: number, minor = 0): boolean {
  const parsed = parseAirflowVersion(version);
  if (!parsed) return true;
  return parsed[0] > major || (parsed[0] === major && parsed[1] >= minor);
}

export const AIRFLOW_VERSION_SCHEMA = {
  type: ["number", "string"],
  pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
  description:
    'Airflow version of the deployment, e.g. "2.10" (a string for versions like 2.10). Default: the version the repository pins (requirements, constraints, pyproject.toml, `FROM apache/airflow:X`), else the newest facts (3).',
} as const;
