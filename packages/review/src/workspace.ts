/**
 * Reading the checked-out pull request. The gate only reads files, and only inside the
 * workspace, through the core's guarded reader: a pull request can add a symlink to anything on
 * the runner (a credentials file, /proc/self/environ, /dev/zero), and the gate quotes flagged
 * code back into public comments.
 */
import path from "node:path";
import { isInside, readWorkspaceText } from "@dag-transport/core";

export type WorkspaceRead =
  { absolutePath: string; text: string } | { absolutePath: string; problem: string };

/** Reads `repoPath` (as GitHub names it, `/`-separated) from the workspace, or says why not. */
export function readWorkspaceFile(workspace: string, repoPath: string): WorkspaceRead {
  const root = path.resolve(workspace);
  const absolutePath = path.resolve(root, ...repoPath.split("/"));
  if (!isInside(root, absolutePath) || absolutePath === root)
    return { absolutePath, problem: "Path lies outside the workspace; not read." };
  const read = readWorkspaceText(absolutePath, { root });
  if ("text" in read) return { absolutePath, text: read.text };
  return {
    absolutePath,
    problem: read.missing
      ? "File is in the pull request but not in the checked-out workspace (is actions/checkout checking out the pull request?); not analysed."
      : read.problem,
  };
}
