/**
 * The fallback when the token cannot write (a pull request from a fork gets a read-only
 * GITHUB_TOKEN): annotations as workflow commands on standard output, which the runner turns
 * into annotations on the job, and the summary in the job summary file.
 */
import { appendFileSync } from "node:fs";
import { escapeData, escapeProperty } from "@dag-transport/core";
import type { PlacedFinding } from "./placement.js";

/** `::error file=…,line=…::message` for one finding. */
export function workflowCommand(placed: PlacedFinding): string {
  const { finding } = placed;
  const at = finding.locations[0]!;
  // Only what fails the gate is an error; pre-existing findings and warnings are warnings.
  const command = placed.blocking ? "error" : "warning";
  const properties = [
    `file=${escapeProperty(finding.path)}`,
    `line=${at.line}`,
    `endLine=${at.endLine}`,
    ...(at.line === at.endLine ? [`col=${at.column}`] : []),
    `title=${escapeProperty(`dag-transport/${finding.title}${placed.isNew ? "" : " (pre-existing, not blocking)"}`)}`,
  ];
  return `::${command} ${properties.join(",")}::${escapeData(finding.message)}`;
}

export function appendStepSummary(file: string, markdown: string): void {
  appendFileSync(file, `${markdown}\n`);
}
