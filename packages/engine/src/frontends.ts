import type { Frontend } from "@dag-transport/core";
import { pythonFrontend } from "@dag-transport/python";
import { typescriptFrontend } from "@dag-transport/typescript";

/** The frontends the CLI knows, by file ending. */
export const frontends: readonly Frontend[] = [pythonFrontend, typescriptFrontend];

export function frontendFor(filePath: string): Frontend | undefined {
  return frontends.find((f) => f.extensions.some((ext) => filePath.endsWith(ext)));
}

export const lintableExtensions: readonly string[] = frontends.flatMap((f) => f.extensions);
