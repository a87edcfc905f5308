/**
 * The CLI's side of bulk suppressions (core's bulk-suppressions.ts): which file, recording,
 * pruning and applying it, in ESLint's order — after `--fix`, before the report.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  applyBulkSuppressions,
  BULK_SUPPRESSIONS_FILE,
  type BulkSuppressions,
  findRepositoryRoot,
  type LintResult,
  pruneBulkSuppressions,
  readBulkSuppressions,
  recordBulkSuppressions,
  RULE_ID_PREFIX,
  serializeBulkSuppressions,
  workspaceRootFor,
} from "@dag-transport/core";
import type { CliOptions } from "./options.js";
import { UsageError } from "./options.js";

export interface BulkOutcome {
  results: LintResult[];
  /** Recorded counts no finding needed in this run (ESLint fails on them unless told not to). */
  unused: BulkSuppressions;
}

/**
 * Writes the file whole, through a temporary file renamed over it: the rename replaces a link at
 * that name instead of writing where it points (a repository may ship the file as a link to
 * somewhere in the user's home).
 */
function writeAtomically(filePath: string, text: string): void {
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, filePath);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function bulkSuppressions(results: LintResult[], options: CliOptions, cwd: string): BulkOutcome {
  // Paths in the file are relative to the repository root, wherever the run starts.
  const root = findRepositoryRoot(cwd) ?? path.resolve(cwd);
  const filePath = options.suppressionsLocation
    ? path.resolve(cwd, options.suppressionsLocation)
    : path.join(root, BULK_SUPPRESSIONS_FILE);
  const suppressing = options.suppressAll || options.suppressRules.length > 0;
  const ran = options.rules.length
    ? (ruleId: string) => options.rules.some((id) => `${RULE_ID_PREFIX}${id}` === ruleId)
    : () => true;
  const scope = { root, ran };

  let recorded = readBulkSuppressions(
    filePath,
    options.suppressionsLocation ? workspaceRootFor(filePath, cwd) : root,
  );
  if (recorded === undefined && options.suppressionsLocation && !suppressing)
    throw new UsageError(
      `the suppressions file ${options.suppressionsLocation} does not exist; create it with --suppress-all or --suppress-rule`,
    );
  if (suppressing) {
    const rules = options.suppressRules.length
      ? new Set(options.suppressRules.map((id) => `${RULE_ID_PREFIX}${id}`))
      : undefined;
    recorded = recordBulkSuppressions(recorded ?? new Map(), results, scope, rules);
    writeAtomically(filePath, serializeBulkSuppressions(recorded));
  } else if (options.pruneSuppressions && recorded !== undefined) {
    const { unused } = applyBulkSuppressions(results, recorded, scope);
    recorded = pruneBulkSuppressions(recorded, unused, existsSync, root);
    writeAtomically(filePath, serializeBulkSuppressions(recorded));
  }
  if (recorded === undefined) return { results, unused: new Map() };
  return applyBulkSuppressions(results, recorded, scope);
}
