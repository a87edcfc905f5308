/**
 * The fallback when the token cannot write (a pull request from a fork gets a read-only
 * GITHUB_TOKEN): annotations as workflow commands on standard output, which the runner turns
 * into annotations on the job, and the summary in the job summary file.
 */
import { appendFileSync } from "node:fs";
import { workflowCommandLine } from "@dag-transport/core";
import type { PlacedFinding } from "./placement.js";

/** `::error file=…,line=…::message` for one finding (core's `workflowCommandLine` escapes it). */
export function workflowCommand(placed: PlacedFinding): string {
  const { finding } = placed;
  const at = finding.locations[0]!;
  // Only what fails the gate is an error; pre-existing findings and warnings are warnings.
  const command = placed.blocking ? "error" : "warning";
  return workflowCommandLine(
    command,
    [
      ["file", finding.path],
      ["line", at.line],
      ["endLine", at.endLine],
      ["col", at.line === at.endLine ? at.column : undefined],
      ["title", `dag-transport/${finding.title}${placed.isNew ? "" : " (pre-existing, not blocking)"}`],
    ],
    finding.message,
  );
}

export function appendStepSummary(file: string, markdown: string): void {
  appendFileSync(file, `${markdown}\n`);
}
