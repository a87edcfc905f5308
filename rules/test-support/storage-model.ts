/**
 * Hand-built transport models for the storage rules' tests: tasks, reads, writes, handoffs and
 * consumptions written as data, so a rule test says exactly which facts it judges.
 */
import {
  emptyModel,
  runRules,
  type AnyRule,
  type HandoffFact,
  type Location,
  type RuleSettings,
  type Span,
  type StorageOp,
  type TaskOrdering,
  type TransportModel,
  type XComConsumption,
} from "@dag-transport/core";

export function span(line: number, column = 5): Span {
  return { line, column, endLine: line, endColumn: column + 10 };
}

export function location(pattern: string, extra: Partial<Location> = {}): Location {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(pattern)?.[1];
  return {
    pattern,
    medium: scheme && scheme !== "file" ? "object-store" : "filesystem",
    display: pattern,
    ...extra,
  };
}

export function tmp(pattern: string, extra: Partial<Location> = {}): Location {
  return location(pattern, { temp: { reason: "`/tmp` is on the pod's own disk" }, ...extra });
}

export function op(
  access: StorageOp["access"],
  taskId: string,
  where: Location,
  line: number,
  api = access === "write" ? "np.save" : "np.load",
): StorageOp {
  return { taskId, access, api, location: where, span: span(line) };
}

export function handoff(
  taskId: string,
  locations: Location[],
  line: number,
  key = "return_value",
): HandoffFact {
  return { taskId, channel: "return", key, expression: "path", span: span(line), values: [], locations };
}

export function consumption(
  fromTaskId: string,
  taskId: string,
  line: number,
  extra: Partial<XComConsumption> = {},
): XComConsumption {
  return { fromTaskId, taskId, via: "argument", span: span(line), ...extra };
}

/** `taskId` runs after `afterTaskId` (run order only, no XCom). */
export function ordering(afterTaskId: string, taskId: string, line: number): TaskOrdering {
  return { afterTaskId, taskId, span: span(line) };
}

export interface ModelParts {
  /** Task id → DAG id; every task named in facts should appear here. */
  tasks: Record<string, string>;
  storage?: StorageOp[];
  handoffs?: HandoffFact[];
  consumptions?: XComConsumption[];
  orderings?: TaskOrdering[];
  language?: TransportModel["language"];
}

export function model(parts: ModelParts): TransportModel {
  const built = emptyModel("dag.py", parts.language ?? "python");
  built.tasks = Object.entries(parts.tasks).map(([id, dagId], index) => ({
    id,
    dagId,
    span: span(index * 10 + 1, 1),
    style: "@task",
    returnRole: "data",
    multipleOutputs: false,
  }));
  built.storage = parts.storage ?? [];
  built.handoffs = parts.handoffs ?? [];
  built.consumptions = parts.consumptions ?? [];
  if (parts.orderings) built.orderings = parts.orderings;
  return built;
}

/** Runs one rule over a model: `line:messageId` of each finding, and the messages. */
export function judge(rule: AnyRule, built: TransportModel, settings: RuleSettings = {}) {
  const result = runRules(built, [rule], settings);
  return {
    findings: result.messages.map((m) => `${m.line}:${m.messageId}`),
    messages: result.messages,
  };
}
