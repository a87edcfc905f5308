import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A throw-away folder of files for end-to-end runs; `cleanup()` removes it. */
export function tempProject(files: Record<string, string | Buffer> = {}): {
  dir: string;
  file: (relative: string) => string;
  write: (relative: string, content: string | Buffer) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "dag-transport-test-"));
  const write = (relative: string, content: string | Buffer) => {
    const target = path.join(dir, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    return target;
  };
  for (const [relative, content] of Object.entries(files)) write(relative, content);
  return {
    dir,
    file: (relative) => path.join(dir, relative),
    write,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A small TaskFlow DAG whose task returns a numpy array: one finding, on line 7. */
export const FLAGGED_DAG = `import numpy as np
from airflow.decorators import task


@task
def make():
    return np.zeros(3)
`;

/** The same DAG, converted: no finding. */
export const CLEAN_DAG = FLAGGED_DAG.replace("np.zeros(3)", "np.zeros(3).tolist()");
