/**
 * Reading the checked-out pull request. The gate only reads files, and only inside the
 * workspace: a pull request can add a symlink to anything on the runner (a credentials file,
 * /proc/self/environ), and the gate quotes flagged code back into public comments.
 */
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import { readSource } from "@dag-transport/engine";

export type WorkspaceRead =
  { absolutePath: string; text: string } | { absolutePath: string; problem: string };

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Reads `repoPath` (as GitHub names it, `/`-separated) from the workspace, or says why not. */
export function readWorkspaceFile(workspace: string, repoPath: string): WorkspaceRead {
  const root = path.resolve(workspace);
  const absolutePath = path.resolve(root, ...repoPath.split("/"));
  if (!isInside(root, absolutePath) || absolutePath === root)
    return { absolutePath, problem: "Path lies outside the workspace; not read." };
  let realRoot: string;
  let realTarget: string;
  try {
    lstatSync(absolutePath);
    realRoot = realpathSync(root);
    realTarget = realpathSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      absolutePath,
      problem:
        code === "ENOENT"
          ? "File is in the pull request but not in the checked-out workspace (is actions/checkout checking out the pull request?); not analysed."
          : `Cannot read file: ${code ?? (error as Error).message}.`,
    };
  }
  if (!isInside(realRoot, realTarget))
    return { absolutePath, problem: "File is a link to something outside the workspace; not read." };
  const source = readSource(realTarget);
  return "problem" in source
    ? { absolutePath, problem: source.problem }
    : { absolutePath, text: source.text };
}
