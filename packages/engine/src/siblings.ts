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
  entryPath,
  readWorkspaceText,
  resolvedPath,
  workspaceRootFor,
  type SiblingFile,
} from "@dag-transport/core";
import { parseLeoflow } from "@dag-transport/deployment";

export interface SiblingFileKind {
  kind: string;
  /** File names looked for in the DAG file's own directory, first match wins. */
  fileNames: readonly string[];
  /**
   * The kind's own reading of the text: its data, or why it is not the kind's shape (a
   * position, never the text). The same parser the analysis uses, so the two never disagree.
   */
  parse(text: string, filePath: string): { data: unknown } | { problem: string };
}

export const SIBLING_FILE_KINDS: readonly SiblingFileKind[] = [
  {
    kind: "leoflow",
    fileNames: ["leoflow.yaml", "leoflow.yml"],
    // The deployment frontend's reading, which also gives DAG files their `model.leoflow`.
    parse(text, filePath) {
      const project = parseLeoflow(text, filePath);
      if (!project.problem) return { data: project };
      const { message, span } = project.problem;
      return { problem: `cannot parse: ${message} at line ${span.line}, column ${span.column}` };
    },
  },
];

/**
 * A sibling file from its text (or why it could not be read): the one reading, for the engine
 * (from disk) and the PR gate (from the base commit).
 */
export function siblingFromText(
  kind: SiblingFileKind,
  filePath: string,
  text: { text: string } | { problem: string },
): SiblingFile {
  if ("problem" in text) return { kind: kind.kind, filePath, problem: `cannot read: ${text.problem}` };
  return { kind: kind.kind, filePath, ...kind.parse(text.text, filePath) };
}

function readSibling(kind: SiblingFileKind, filePath: string, root: string): SiblingFile | undefined {
  const read = readWorkspaceText(filePath, { root });
  if ("problem" in read && read.missing) return undefined;
  return siblingFromText(kind, filePath, read);
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
  const dir = path.dirname(resolvedPath(dagFilePath));
  const cached = cache?.get(dir);
  if (cached) return cached;
  const found: SiblingFile[] = [];
  for (const kind of kinds) {
    for (const name of kind.fileNames) {
      const sibling = readSibling(kind, entryPath(dir, name), root);
      if (sibling) {
        found.push(sibling);
        break;
      }
    }
  }
  cache?.set(dir, found);
  return found;
}
