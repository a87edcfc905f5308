/**
 * The fallback when the token cannot write (a pull request from a fork gets a read-only
 * GITHUB_TOKEN): annotations as workflow commands on standard output, which the runner turns
 * into annotations on the job, and the summary in the job summary file.
 */
import { appendFileSync } from "node:fs";
import type { PlacedFinding } from "./placement.js";

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

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
