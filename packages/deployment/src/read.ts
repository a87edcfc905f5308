/**
 * The one door through which this package reads a workspace file (a `leoflow.yaml`, a
 * deployment file beside the one being linted, a requirements file for the Airflow version).
 * Bounded, regular files only, UTF-8 only; the text of a file that fails is never returned.
 * Swap this function for the workspace's guarded reader and every read here goes through it.
 */
import { readFileSync, statSync } from "node:fs";

/** Configuration files are small; anything larger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The text, why it cannot be read, or undefined when there is no such file. */
export type ConfigRead = { text: string } | { problem: string } | undefined;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function readConfigText(filePath: string): ConfigRead {
  let size: number;
  try {
    const stats = statSync(filePath);
    if (!stats.isFile()) return { problem: "not a regular file" };
    size = stats.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    return { problem: `cannot read (${code ?? "error"})` };
  }
  if (size > MAX_CONFIG_BYTES) return { problem: `over the ${MAX_CONFIG_BYTES / 1024} KiB limit` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    return { problem: `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (bytes.byteLength > MAX_CONFIG_BYTES)
    return { problem: `over the ${MAX_CONFIG_BYTES / 1024} KiB limit` };
  if (bytes.includes(0)) return { problem: "binary (contains NUL bytes)" };
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { problem: "not valid UTF-8" };
  }
}
