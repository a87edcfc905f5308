/**
 * A repository held in memory for the Python frontend's tests: files by path relative to `root`,
 * read through the same `ProjectFiles` interface the engine passes, each read recorded.
 */
import path from "node:path";
import type { ProjectFiles } from "@dag-transport/core";

export function memoryRepository(
  root: string,
  files: Record<string, string>,
): ProjectFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    root,
    reads,
    read: (file) => {
      const relative = path.relative(root, file).split(path.sep).join("/");
      reads.push(relative);
      const text = files[relative];
      return text === undefined ? { problem: "Cannot read file: ENOENT.", missing: true } : { text };
    },
  };
}
