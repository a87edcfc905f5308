/**
 * Reads of environment variables (`EnvRead`): `process.env.X`, `process.env["X"]`, and the
 * fallback after `??` / `||`. A read is `guarded` when the module tests `"X" in process.env`.
 */
import type { EnvRead, TransportModel } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { dottedParts, propertyName, spanOf, unwrap, type Node } from "./ast.js";
import type { TsModule } from "./module.js";

export function extractEnvReads(module: TsModule, model: TransportModel): void {
  if (!module.source.includes("process")) return;
  const { context } = module;
  const index = context.index;
  const members: TSESTree.MemberExpression[] = [];
  const guarded = new Set<string>();
  const isProcessEnv = (node: Node) =>
    node.type === "MemberExpression" &&
    dottedParts(node)?.join(".") === "process.env" &&
    context.qualify(node) === "process.env";

  // The index's lists, collected in its one walk of the file.
  for (const node of index.members) if (isProcessEnv(unwrap(node.object))) members.push(node);
  for (const node of index.inTests) {
    if (
      node.left.type === "Literal" &&
      typeof node.left.value === "string" &&
      isProcessEnv(unwrap(node.right))
    )
      guarded.add(node.left.value);
  }

  const reads: EnvRead[] = [];
  for (const member of members) {
    const variable = propertyName(member);
    if (variable === undefined) continue;
    // Climb through `!`, `as`, parentheses: `process.env.X!` is still the read.
    let outer: Node = member;
    for (let parent = index.parent(outer); parent; parent = index.parent(outer)) {
      if (parent.type !== "TSNonNullExpression" && parent.type !== "TSAsExpression") break;
      outer = parent;
    }
    const parent = index.parent(outer);
    if (parent?.type === "AssignmentExpression" && parent.left === outer) continue;
    if (parent?.type === "UnaryExpression" && parent.operator === "delete") continue;
    let fallback: string | undefined;
    if (parent?.type === "LogicalExpression" && parent.left === outer && parent.operator !== "&&") {
      const right = unwrap(parent.right);
      fallback = right.type === "Literal" && typeof right.value === "string" ? right.value : "<expression>";
    }
    const task = module.tasks.find(
      (t) => t.fn && t.fn.range[0] <= member.range[0] && member.range[1] <= t.fn.range[1],
    );
    reads.push({
      variable,
      api: "process.env",
      ...(fallback !== undefined ? { fallback } : {}),
      ...(guarded.has(variable) ? { guarded: true } : {}),
      span: spanOf(member),
      ...(task ? { taskId: task.fact.id } : {}),
    });
  }
  reads.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  model.envReads = reads;
}
