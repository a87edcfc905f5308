/**
 * Sibling files: configuration that lives beside a DAG file and changes what its code means
 * (Leoflow's `leoflow.yaml` turns the staging volume on). The engine reads them from disk for
 * every linted file, so a pre-commit run that is given only `dags/etl.py` still judges it
 * against `dags/leoflow.yaml`. Rules find them on `model.siblingFiles`.
 *
 * Which files count is data: add an entry to the catalog below.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SiblingFile } from "@dag-transport/core";
import { parse as parseYaml } from "yaml";

export interface SiblingFileKind {
  kind: string;
  /** File names looked for in the DAG file's own directory, first match wins. */
  fileNames: readonly string[];
}

export const SIBLING_FILE_KINDS: readonly SiblingFileKind[] = [
  { kind: "leoflow", fileNames: ["leoflow.yaml", "leoflow.yml"] },
];

function readSibling(kind: string, filePath: string): SiblingFile | undefined {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    return { kind, filePath, problem: `cannot read: ${code ?? (error as Error).message}` };
  }
  try {
    return { kind, filePath, data: parseYaml(text) as unknown };
  } catch (error) {
    // Never the parser's message: it quotes the text around the error (which may hold secrets).
    const { code, linePos } = error as { code?: string; linePos?: { line: number; col: number }[] };
    const at = linePos?.[0] ? ` at line ${linePos[0].line}, column ${linePos[0].col}` : "";
    return { kind, filePath, problem: `cannot parse${code ? ` (${code})` : ""}${at}` };
  }
}

/**
 * Sibling files already read, by directory, for the files of one run (a run reads each
 * directory's once, not once per DAG file in it). Make a new one per run: files may change
 * between runs.
 */
export type SiblingCache = Map<string, SiblingFile[]>;

/** The sibling files of a DAG file that exist on disk, one per kind. */
export function readSiblingFiles(
  dagFilePath: string,
  kinds: readonly SiblingFileKind[] = SIBLING_FILE_KINDS,
  cache?: SiblingCache,
): SiblingFile[] {
  const dir = path.dirname(path.resolve(dagFilePath));
  const cached = cache?.get(dir);
  if (cached) return cached;
  const found: SiblingFile[] = [];
  for (const { kind, fileNames } of kinds) {
    for (const name of fileNames) {
      const sibling = readSibling(kind, path.join(dir, name));
      if (sibling) {
        found.push(sibling);
        break;
      }
    }
  }
  cache?.set(dir, found);
  return found;
}
