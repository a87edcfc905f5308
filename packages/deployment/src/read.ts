/**
 * How this package reads a workspace file (a `leoflow.yaml`, a deployment file beside the one
 * being linted, a requirements file for the Airflow version): through the core's guarded reader
 * (regular files only, real path inside the file's repository, bounded, never echoed), with the
 * smaller limit of a configuration file.
 */
import { listedMissing, readWorkspaceText, workspaceRootFor } from "@dag-transport/core";

/** Configuration files are small; anything larger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The text, why it cannot be read, or undefined when there is no such file. */
export type ConfigRead = { text: string } | { problem: string } | undefined;

export function readConfigText(filePath: string, root?: string): ConfigRead {
  // Most candidates are missing, and this run's folder listings may know (core's listings.ts).
  if (listedMissing(filePath)) return undefined;
  root ??= workspaceRootFor(filePath);
  const read = readWorkspaceText(filePath, { root, maxBytes: MAX_CONFIG_BYTES });
  if ("text" in read) return read;
  return read.missing ? undefined : { problem: read.problem };
}
