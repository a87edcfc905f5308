/**
 * `--explain <file>:<line>`: why a line is or is not a finding, from the facts the rules judged —
 * the task around it, the values it hands on and what made them, the storage it reads or writes
 * (the API as the catalog names it, the location as normalized), the XComs it takes in — and what
 * the rules then reported or what suppressed it. Everything from the workspace is escaped.
 */
import {
  terminalText,
  type LintMessage,
  type LintResult,
  type Span,
  type SuppressedLintMessage,
  type TransportModel,
} from "@dag-transport/core";

const on = (span: Span, line: number) => span.line <= line && line <= span.endLine;
const lines = (span: Span) =>
  span.line === span.endLine ? `line ${span.line}` : `lines ${span.line}–${span.endLine}`;

function messageLine(message: LintMessage): string {
  const severity = message.severity === 2 ? "error" : "warning";
  const rule = message.ruleId ?? (message.fatal ? "file not analysed" : "suppression");
  return `  ${severity} ${rule} (column ${message.column}): ${message.message}`;
}

function suppressedLine(message: SuppressedLintMessage): string {
  const by = message.suppressions
    .map((s) =>
      s.kind === "file" ? "the bulk suppressions file" : `an inline suppression: ${s.justification}`,
    )
    .join("; ");
  return `  ${message.ruleId}: suppressed by ${by}\n    ${message.message}`;
}

export function explainLine(
  model: TransportModel | undefined,
  result: LintResult,
  shownPath: string,
  line: number,
): string {
  const out: string[] = [`${shownPath}:${line}`];
  const findings = result.messages.filter((m) => m.line <= line && line <= (m.endLine ?? m.line));
  const suppressed = result.suppressedMessages.filter((m) => m.line <= line && line <= (m.endLine ?? m.line));

  if (!model) {
    out.push("No frontend reads this kind of file: nothing in it is analysed.");
  } else {
    // A line of a task's own function defined apart from its declaration is the task's too.
    const tasks = model.tasks.filter((t) => on(t.span, line) || (t.codeSpan && on(t.codeSpan, line)));
    const task = tasks.sort((a, b) => b.span.line - a.span.line)[0];
    out.push(
      task
        ? `Task: ${task.id}${task.dagId ? ` of DAG ${task.dagId}` : ""} (${task.style}, ${lines(task.span)}; its return is ${task.returnRole}${task.multipleOutputs ? ", multiple_outputs" : ""})${task.unsound ? " — contains a syntax error: its findings are dropped" : ""}`
        : "Task: none — this line is outside every task the analysis found (module-level code is judged only as DAG wiring).",
    );
    const handoffs = model.handoffs.filter((h) => on(h.span, line));
    for (const h of handoffs) {
      out.push(`Handoff: ${h.taskId} hands on \`${h.expression}\` as XCom ${h.channel} (key ${h.key})`);
      if (!h.values.length)
        out.push("  value: no non-JSON kind known — JSON, or unknown (unknown is never a finding)");
      for (const v of h.values)
        out.push(
          `  value${v.path ? ` at ${v.path}` : ""}: ${v.typeName} (${v.qualifiedType}), made by ${v.madeBy} at line ${v.madeAt.line}`,
        );
      for (const l of h.locations) out.push(`  refers to location: ${l.pattern} (${l.medium})`);
    }
    for (const op of model.storage.filter((o) => on(o.span, line))) {
      const notes = [
        op.location.temp ? `pod-local temp: ${op.location.temp.reason}` : "",
        op.location.staging ? `staging volume ${op.location.staging.variable}` : "",
        op.location.stagingFallback
          ? `falls back to ${op.location.stagingFallback.fallback} when ${op.location.stagingFallback.variable} is unset`
          : "",
      ].filter(Boolean);
      out.push(
        `Storage: ${op.taskId} ${op.access === "write" ? "writes" : "reads"} ${op.location.pattern} (${op.location.medium}) through ${op.api}${notes.length ? `; ${notes.join("; ")}` : ""}`,
      );
      if (op.matchedBy) out.push(`  matched: ${op.matchedBy}`);
    }
    const unplaced = (model.unplacedStorage ?? []).filter((u) => on(u.span, line));
    const said = new Set<string>();
    for (const u of unplaced) {
      const text = `Storage: ${u.taskId} ${u.access === "write" ? "writes" : "reads"} a place the analysis cannot name (\`${u.api}\` is known; its argument is not followed) — unknown, never a finding`;
      if (said.has(text)) continue;
      said.add(text);
      out.push(text);
      if (u.matchedBy) out.push(`  matched: ${u.matchedBy}`);
    }
    for (const c of model.consumptions.filter((x) => on(x.span, line)))
      out.push(
        `XCom taken in: ${c.taskId} takes ${c.fromTaskId}'s XCom${c.key ? ` ${c.key}` : ""} (${c.via})`,
      );
    for (const d of model.diagnostics.filter((x) => on(x.span, line)))
      out.push(`Diagnostic${d.fatal ? " (fatal: not analysed)" : ""}: ${d.message}`);
    if (
      !handoffs.length &&
      !unplaced.length &&
      !model.storage.some((o) => on(o.span, line)) &&
      !model.consumptions.some((x) => on(x.span, line))
    )
      out.push(
        "Facts: no handoff, storage read or write, or XCom taken in on this line — the rules judge nothing here (a call the catalogs do not know is not a storage operation: docs/knowledge.md lists what they know, and how to declare a team's own API).",
      );
  }
  out.push(findings.length ? "Reported:" : "Reported: nothing on this line.");
  out.push(...findings.map(messageLine));
  // The other end of a cross-task finding (the read of a file another task wrote), in this file
  // (not an imported helper's write, whose lines are its module's).
  for (const message of result.messages)
    for (const related of message.relatedLocations ?? [])
      if (
        related.file === undefined &&
        related.line <= line &&
        line <= related.endLine &&
        !findings.includes(message)
      )
        out.push(
          `Part of the finding at line ${message.line} (${message.ruleId ?? "no rule"}): ${related.message}`,
        );
  if (suppressed.length) out.push("Suppressed:", ...suppressed.map(suppressedLine));
  return `${out.map((l) => terminalExplained(l)).join("\n")}\n`;
}

/** Each output line is ours; what it quotes from the workspace is escaped (its line breaks too). */
function terminalExplained(line: string): string {
  return line.split("\n").map(terminalText).join("\n");
}
