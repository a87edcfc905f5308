/**
 * Handoffs: the values a task hands to other tasks through XCom.
 *
 *   - `return value` of a task whose return is data (not of branch / short-circuit / bash
 *     tasks, not with `do_xcom_push=False`);
 *   - with `multiple_outputs=True`, each value of a returned dict literal, under its key;
 *   - `ti.xcom_push(key, value)` anywhere in the task's code, whatever its return role, with
 *     `ti` a parameter or taken from the context (`context["ti"]`, `kwargs["task_instance"]`,
 *     `get_current_context()["ti"]`);
 *   - a sensor's `return PokeReturnValue(is_done=..., xcom_value=value)`.
 *
 * Each handoff's value node is kept in `module.handoffValues`, so later extractors (storage
 * locations handed on by XCom) can analyse the same expression.
 */
import type { HandoffChannel, HandoffFact, TransportModel } from "@dag-transport/core";
import {
  CONTEXT_TI_KEYS,
  GET_CURRENT_CONTEXT,
  POKE_RETURN_VALUE_CLASSES,
  TI_PARAMETERS,
} from "./catalogs/airflow.js";
import type { PythonModule } from "./index.js";
import type { SyntaxNode } from "./parse.js";
import type { PythonTask } from "./tasks.js";
import { callArguments, spanOf, shortText, stringLiteral, unparenthesize } from "./syntax.js";
import { ValueAnalysis } from "./values.js";

/** A handoff with the expression it hands off and the task that does it. */
export interface HandoffValue {
  fact: HandoffFact;
  /** The handed-off expression: the returned expression, a dict entry's value, `xcom_push`'s value. */
  value: SyntaxNode;
  task: PythonTask;
}

const SCOPES = new Set(["function_definition", "lambda", "class_definition"]);

/** How far a receiver (`ti`, `context`) is followed through assignments. */
const MAX_RECEIVER_DEPTH = 8;

/** The innermost function, lambda or class around a node. */
function ownerScope(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (SCOPES.has(current.type)) return current;
  }
  return undefined;
}

/** The expressions a task's code returns: its own `return` statements, or a lambda's body. */
function returnedExpressions(fn: SyntaxNode): SyntaxNode[] {
  if (fn.type === "lambda") {
    const body = fn.childForFieldName("body");
    return body ? [body] : [];
  }
  const returned: SyntaxNode[] = [];
  for (const statement of fn.descendantsOfType("return_statement")) {
    if (ownerScope(statement)?.id !== fn.id) continue;
    const value = statement.namedChildren.find((c) => c.type !== "comment");
    if (value && value.type !== "none") returned.push(value);
  }
  return returned;
}

export class HandoffExtractor {
  private readonly values: ValueAnalysis;

  constructor(
    private readonly module: PythonModule,
    private readonly model: TransportModel,
  ) {
    this.values = ValueAnalysis.of(module);
  }

  run(): void {
    for (const task of this.module.tasks) {
      if (!task.fn) continue;
      if (task.fact.returnRole === "data") this.returns(task, task.fn);
      else if (task.fact.returnRole === "control-flow") this.pokeReturnValues(task, task.fn);
      this.xcomPushes(task, task.fn);
    }
  }

  private add(task: PythonTask, channel: HandoffChannel, key: string, value: SyntaxNode): void {
    const fact: HandoffFact = {
      taskId: task.fact.id,
      channel,
      key,
      expression: shortText(value),
      span: spanOf(value),
      values: this.values.factsOf(value),
      locations: [],
    };
    this.model.handoffs.push(fact);
    this.module.handoffValues.push({ fact, value, task });
  }

  private returns(task: PythonTask, fn: SyntaxNode): void {
    for (const returned of returnedExpressions(fn)) {
      const entries = task.fact.multipleOutputs ? this.dictEntries(returned) : undefined;
      if (!entries) {
        this.add(task, "return", "return_value", returned);
        continue;
      }
      // Airflow pushes each value under its key (and the dict again as `return_value`;
      // reporting each value once, under its key, names the culprit).
      for (const { key, value } of entries) this.add(task, "multiple-outputs", key, value);
    }
  }

  /** The entries of a dict literal (`{"a": x}` or `dict(a=x)`), possibly through a local name. */
  private dictEntries(expression: SyntaxNode): { key: string; value: SyntaxNode }[] | undefined {
    let node = unparenthesize(expression);
    if (node.type === "identifier") {
      const reaching = this.module.bindings.reaching(node.text, node);
      const only = reaching.length === 1 ? reaching[0] : undefined;
      if (!only?.value || only.kind !== "assign" || only.index !== undefined) return undefined;
      node = unparenthesize(only.value);
    }
    if (node.type === "dictionary") {
      const entries: { key: string; value: SyntaxNode }[] = [];
      for (const child of node.namedChildren) {
        if (child.type !== "pair") continue;
        const keyNode = child.childForFieldName("key");
        const value = child.childForFieldName("value");
        if (!keyNode || !value) continue;
        entries.push({ key: stringLiteral(keyNode) ?? keyNode.text, value });
      }
      return entries;
    }
    if (node.type === "call" && node.childForFieldName("function")?.text === "dict") {
      const { positional, keywords } = callArguments(node);
      if (positional.length) return undefined;
      return [...keywords].map(([key, value]) => ({ key, value }));
    }
    return undefined;
  }

  /** `return PokeReturnValue(is_done=..., xcom_value=value)` in a sensor. */
  private pokeReturnValues(task: PythonTask, fn: SyntaxNode): void {
    if (!/sensor/i.test(task.fact.style)) return;
    for (const returned of returnedExpressions(fn)) {
      const call = this.resolveCall(returned);
      if (!call) continue;
      const cls = this.module.context.qualify(call.childForFieldName("function")!);
      if (!cls || !POKE_RETURN_VALUE_CLASSES.has(cls)) continue;
      const { positional, keywords } = callArguments(call);
      const value = keywords.get("xcom_value") ?? positional[1];
      if (value && value.type !== "none") this.add(task, "poke-return-value", "return_value", value);
    }
  }

  /** A call, directly or as the single value a local name holds. */
  private resolveCall(expression: SyntaxNode): SyntaxNode | undefined {
    const node = unparenthesize(expression);
    if (node.type === "call") return node;
    if (node.type !== "identifier") return undefined;
    const reaching = this.module.bindings.reaching(node.text, node);
    const value = reaching.length === 1 && reaching[0]!.kind === "assign" ? reaching[0]!.value : undefined;
    return value && unparenthesize(value).type === "call" ? unparenthesize(value) : undefined;
  }

  /** `ti.xcom_push(key, value)` / `xcom_push(key=..., value=...)` anywhere in the task's code. */
  private xcomPushes(task: PythonTask, fn: SyntaxNode): void {
    for (const call of fn.descendantsOfType("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "xcom_push")
        continue;
      if (!this.isTaskInstance(callee.childForFieldName("object")!, 0)) continue;
      const { positional, keywords } = callArguments(call);
      const keyNode = keywords.get("key") ?? positional[0];
      const value = keywords.get("value") ?? positional[1];
      if (!value) continue;
      const key = keyNode ? (stringLiteral(keyNode) ?? shortText(keyNode)) : "?";
      this.add(task, "xcom-push", key, value);
    }
  }

  /** Is this expression the running task instance? */
  private isTaskInstance(expression: SyntaxNode, depth: number): boolean {
    if (depth > MAX_RECEIVER_DEPTH) return false;
    const node = unparenthesize(expression);
    if (node.type === "identifier") {
      return this.module.bindings
        .reaching(node.text, node)
        .some((binding) =>
          binding.kind === "parameter"
            ? TI_PARAMETERS.has(node.text)
            : binding.kind === "assign" &&
              binding.index === undefined &&
              binding.value !== undefined &&
              this.isTaskInstance(binding.value, depth + 1),
        );
    }
    // context["ti"], kwargs["task_instance"]
    if (node.type === "subscript") {
      const key = stringLiteral(node.childForFieldName("subscript"));
      return (
        key !== undefined &&
        CONTEXT_TI_KEYS.has(key) &&
        this.isContext(node.childForFieldName("value")!, depth + 1)
      );
    }
    // context.get("ti")
    if (node.type === "call") {
      const callee = node.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get") return false;
      const key = stringLiteral(callArguments(node).positional[0]);
      return (
        key !== undefined &&
        CONTEXT_TI_KEYS.has(key) &&
        this.isContext(callee.childForFieldName("object")!, depth + 1)
      );
    }
    return false;
  }

  /** Is this expression the task's context: a parameter (`**context`, `**kwargs`) or `get_current_context()`? */
  private isContext(expression: SyntaxNode, depth: number): boolean {
    if (depth > MAX_RECEIVER_DEPTH) return false;
    const node = unparenthesize(expression);
    if (node.type === "call") {
      const callee = this.module.context.qualify(node.childForFieldName("function")!);
      return callee !== undefined && GET_CURRENT_CONTEXT.has(callee);
    }
    if (node.type !== "identifier") return false;
    return this.module.bindings
      .reaching(node.text, node)
      .some((binding) =>
        binding.kind === "parameter"
          ? true
          : binding.kind === "assign" &&
            binding.index === undefined &&
            binding.value !== undefined &&
            this.isContext(binding.value, depth + 1),
      );
  }
}

export function extractHandoffs(module: PythonModule, model: TransportModel): void {
  new HandoffExtractor(module, model).run();
}
