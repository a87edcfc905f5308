/**
 * Sibling files: configuration that lives beside a DAG file and changes what its code means
 * (Leoflow's `leoflow.yaml` turns the staging volume on). The engine reads them from disk for
 * every linted file, so a pre-commit run that is given only `dags/etl.py` still judges it
 * against `dags/leoflow.yaml`. Rules find them on `model.siblingFiles`.
 *
 * Which files count is data: add an entry to the catalog below.
 */
import path from "node:path";
import {
  ConfigError,
  parseDataFile,
  readWorkspaceText,
  workspaceRootFor,
  type SiblingFile,
} from "@dag-transport/core";

export interface SiblingFileKind {
  kind: string;
  /** File names looked for in the DAG file's own directory, first match wins. */
  fileNames: readonly string[];
}

export const SIBLING_FILE_KINDS: readonly SiblingFileKind[] = [
  { kind: "leoflow", fileNames: ["leoflow.yaml", "leoflow.yml"] },
];

function readSibling(kind: string, filePath: string, root: string): SiblingFile | undefined {
  const read = readWorkspaceText(filePath, { root });
  if ("problem" in read) {
    if (read.missing) return undefined;
    return { kind, filePath, problem: `cannot read: ${read.problem}` };
  }
  try {
    return { kind, filePath, data: parseDataFile(read.text, filePath) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // The message names the position only, never the text.
    return { kind, filePath, problem: error.reason };
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
  /** The directory a sibling must lie in once links are resolved (default: the DAG file's repository). */
  root: string = workspaceRootFor(dagFilePath),
): SiblingFile[] {
  const dir = path.dirname(path.resolve(dagFilePath));
  const cached = cache?.get(dir);
  if (cached) return cached;
  const found: SiblingFile[] = [];
  for (const { kind, fileNames } of kinds) {
    for (const name of fileNames) {
      const sibling = readSibling(kind, path.join(dir, name), root);
      if (sibling) {
        found.push(sibling);
        break;
      }
    }
  }
  cache?.set(dir, found);
  return found;
}
