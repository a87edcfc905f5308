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
import { CONVERSION_ADVICE, CONVERSION_ADVICE_BY_TYPE, SERDE_PARQUET_KINDS } from "./catalogs/values.js";
import type { PythonModule } from "./module.js";
import { nativePush, pushedIn, PushWrappers, wrappedPush } from "./push-wrappers.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { mayBeRepositoryName } from "./project.js";
import { importedCallArguments, isImportedTaskflowCall, type PythonTask } from "./tasks.js";
import { taskMethod } from "./bound-methods.js";
import {
  callArguments,
  returnedExpressions,
  spanOf,
  shortText,
  stringLiteral,
  unparenthesize,
} from "./syntax.js";
import { conversionSuggestion } from "./suggestions.js";
import { MAX_DEPTH, ValueAnalysis, type DeclaredReturn, type HandoffValueAnalysis } from "./values.js";

/** A handoff with the expression it hands off and the task that does it. */
export interface HandoffValue {
  fact: HandoffFact;
  /** The handed-off expression: the returned expression, a dict entry's value, `xcom_push`'s value. */
  value: SyntaxNode;
  task: PythonTask;
  /**
   * Set when a helper the task's code calls pushes the value (`tune(**kwargs)`, `tune` pushing
   * by itself): `value` is then the call, and the pushed expression is read in `fn`.
   */
  helper?: PushingHelper;
}

/** A function a task's code calls that pushes by XCom itself, and the call. */
export interface PushingHelper {
  call: SyntaxNode;
  fn: SyntaxNode;
  /** The module `fn` is read in: this file's, or a repository module's. */
  module: PythonModule;
  /** For a repository module's function: its qualified name as this file imports it. */
  qualified?: string;
}

/** How far a receiver (`ti`, `context`) is followed through assignments. */
const MAX_RECEIVER_DEPTH = 8;

export class HandoffExtractor {
  private readonly values: ValueAnalysis;
  private readonly wrappers: PushWrappers;

  constructor(
    private readonly module: PythonModule,
    private readonly model: TransportModel,
  ) {
    this.values = ValueAnalysis.of(module);
    this.wrappers = new PushWrappers(module);
  }

  run(): void {
    const pushes = this.pushCalls();
    for (const task of this.module.tasks) {
      const fn = task.fn;
      if (!fn) {
        if (task.imported && task.fact.returnRole === "data") this.importedReturn(task, task.imported);
        if (task.imported) this.importedPushes(task, task.imported);
        if (task.boundMethod) this.methodHandoffs(task, task.boundMethod.callable);
        continue;
      }
      if (task.fact.returnRole === "data") this.returns(task, fn);
      else if (task.fact.returnRole === "control-flow") this.pokeReturnValues(task, fn);
      if (pushes.length) {
        const [start, end] = [fn.startIndex, fn.endIndex];
        for (const push of pushes)
          if (start <= push.start && push.start < end) this.xcomPush(task, push.call);
      }
      this.calledPushes(task, fn);
    }
  }

  /**
   * What the functions a task's code calls push for it, one visit of its calls:
   *
   * - a team's push wrapper (`xcom_push(ti, KEY, df)`, `push-wrappers.ts`): `df` is handed on;
   * - a plain function of this file or of a repository module that pushes by itself
   *   (`tune(**kwargs)`, `tune` doing `kwargs["ti"].xcom_push(key="best_model_path",
   *   value=path)`): each of its pushes is the task's, reported at the call, its value read in
   *   `tune` with the call's arguments. One call deep: what its own callees push is not followed.
   */
  private calledPushes(task: PythonTask, fn: SyntaxNode): void {
    for (const call of this.module.context.nodes.within(fn, "call")) {
      const callee = call.childForFieldName("function")!;
      const wrapper = this.wrappers.of(callee);
      if (wrapper) {
        const pushed = wrappedPush(wrapper, call);
        if (!pushed) continue;
        if (wrapper.taskInstance && (!pushed.taskInstance || !this.isTaskInstance(pushed.taskInstance, 0)))
          continue;
        this.add(task, "xcom-push", pushed.key, pushed.value);
        continue;
      }
      const helper = this.pushingHelper(call, callee, fn);
      if (!helper) continue;
      for (const { key, analysis } of this.values.analyzePushesIn(
        helper.fn,
        helper.module,
        callee,
        callArguments(call),
      ))
        this.add(task, "xcom-push", key, call, analysis, helper);
    }
  }

  /** The function `call` runs, when it is a plain function (no push wrapper) that pushes by XCom. */
  private pushingHelper(call: SyntaxNode, callee: SyntaxNode, taskFn: SyntaxNode): PushingHelper | undefined {
    if (callee.type !== "identifier" && callee.type !== "attribute") return undefined;
    const { context, project, filePath } = this.module;
    if (!context.isImported(callee)) {
      if (callee.type !== "identifier") return undefined;
      const fn = context.functions.get(callee.text);
      if (fn?.type !== "function_definition" || fn.id === taskFn.id || !fn.text.includes("xcom_push"))
        return undefined;
      return { call, fn, module: this.module };
    }
    const qualified = context.qualify(callee);
    if (!qualified || !project || !filePath || !mayBeRepositoryName(qualified)) return undefined;
    const target = project.resolveFunction(qualified, filePath);
    if (!target || target.fn.parent?.type === "decorated_definition" || !target.fn.text.includes("xcom_push"))
      return undefined;
    return { call, fn: target.fn, module: project.pythonModule(target.module, this.module), qualified };
  }

  /**
   * Every `….xcom_push(...)` call in the file, found from the text: a handful of native calls
   * per occurrence instead of visiting every call of every task.
   */
  private pushCalls(): { call: SyntaxNode; start: number }[] {
    const { source, root } = this.module;
    const calls: { call: SyntaxNode; start: number }[] = [];
    for (let at = source.indexOf("xcom_push"); at !== -1; at = source.indexOf("xcom_push", at + 1)) {
      const name = root.descendantForIndex(at, at + 8);
      if (name.type !== "identifier" || name.text !== "xcom_push") continue;
      const attribute = name.parent;
      const call = attribute?.type === "attribute" ? attribute.parent : null;
      if (call?.type !== "call" || call.childForFieldName("function")?.startIndex !== attribute!.startIndex)
        continue;
      calls.push({ call, start: call.startIndex });
    }
    return calls;
  }

  /**
   * The return of a function imported from the repository that the task runs: a handoff at the
   * expression naming the function, its value read in the function's module.
   */
  private importedReturn(task: PythonTask, imported: NonNullable<PythonTask["imported"]>): void {
    // A repository module's `@task` the DAG calls: linted there, that module judges what its own
    // code hands on; here the handoff is wiring (what it hands on, where), not judged twice.
    if (isImportedTaskflowCall(task)) {
      this.add(task, "return", "return_value", imported.callable, notJudgedHere());
      return;
    }
    const args = importedCallArguments(task, this.module.context);
    const analysis = this.values.analyzeImportedReturn(imported.qualified, imported.callable, args);
    this.add(task, "return", "return_value", imported.callable, analysis);
  }

  /** What a function imported from the repository pushes by XCom when the task runs it. */
  private importedPushes(task: PythonTask, imported: NonNullable<PythonTask["imported"]>): void {
    if (isImportedTaskflowCall(task)) {
      for (const key of this.importedTaskflowPushKeys(imported.qualified))
        this.add(task, "xcom-push", key, imported.callable, notJudgedHere());
      return;
    }
    const args = importedCallArguments(task, this.module.context);
    for (const { key, analysis } of this.values.analyzeImportedPushes(
      imported.qualified,
      imported.callable,
      args,
    ))
      this.add(task, "xcom-push", key, imported.callable, analysis);
  }

  /**
   * What the method a task runs hands on (`PythonTask.boundMethod`, found by `taskMethod`): its
   * return when the task's return is data, and its XCom pushes, read in its class's module with
   * what the operator passes bound after `self`, at the expression naming the method.
   */
  private methodHandoffs(task: PythonTask, callable: SyntaxNode): void {
    const method = taskMethod(task, this.module);
    if (!method) return;
    const args = importedCallArguments(task, this.module.context);
    if (task.fact.returnRole === "data")
      this.add(
        task,
        "return",
        "return_value",
        callable,
        this.values.analyzeMethodReturn(method, callable, args),
      );
    for (const { key, analysis } of this.values.analyzeMethodPushes(method, callable, args))
      this.add(task, "xcom-push", key, callable, analysis);
  }

  /** The keys a repository module's TaskFlow function pushes under (read in its module). */
  private importedTaskflowPushKeys(qualified: string): string[] {
    const { project, filePath } = this.module;
    const target = project && filePath ? project.resolveFunction(qualified, filePath) : undefined;
    if (!target) return [];
    return pushedIn(target.fn, project!.pythonModule(target.module, this.module)).map((pushed) => pushed.key);
  }

  private add(
    task: PythonTask,
    channel: HandoffChannel,
    key: string,
    value: SyntaxNode,
    analysis = this.values.analyzeHandoff(value, declaredReturn(task, channel)),
    helper?: PushingHelper,
  ): void {
    // An unsound task already has its diagnostic (syntax, nesting); no rule judges its facts.
    if (analysis.tooDeep && !task.fact.unsound) {
      this.model.diagnostics.push({
        fatal: true,
        message: `Expression nested more than ${MAX_DEPTH} levels deep; the value handed off here is not analysed.`,
        span: spanOf(analysis.tooDeep),
      });
    }
    for (const valueFact of analysis.facts) {
      // The advice in Python's idiom, for the rule's message (the rules know no language).
      const conversion =
        valueFact.conversion ??
        CONVERSION_ADVICE_BY_TYPE[valueFact.qualifiedType] ??
        CONVERSION_ADVICE[valueFact.kind];
      if (conversion) valueFact.conversion = conversion;
      if (SERDE_PARQUET_KINDS.has(valueFact.kind)) valueFact.serdeParquet = true;
    }
    for (const [valueFact, node] of analysis.written) {
      const suggestion = conversionSuggestion(valueFact, node, this.module, task.fn);
      if (suggestion) valueFact.suggestion = suggestion;
    }
    const fact: HandoffFact = {
      taskId: task.fact.id,
      ...(task.fact.dagId !== undefined ? { dagId: task.fact.dagId } : {}),
      channel,
      key,
      expression: shortText(value),
      span: spanOf(value),
      values: analysis.facts,
      locations: [],
    };
    this.model.handoffs.push(fact);
    this.module.handoffValues.push({ fact, value, task, ...(helper ? { helper } : {}) });
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

  /** `ti.xcom_push(key, value)` / `xcom_push(key=..., value=...)` in the task's code. */
  private xcomPush(task: PythonTask, call: SyntaxNode): void {
    const pushed = nativePush(call);
    if (!pushed || !this.isTaskInstance(pushed.taskInstance!, 0)) return;
    this.add(task, "xcom-push", pushed.key, pushed.value);
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

/** The task function's `-> T`, for a return (or a `multiple_outputs` entry) its body says nothing about. */
function declaredReturn(task: PythonTask, channel: HandoffChannel): DeclaredReturn | undefined {
  if (channel !== "return" && channel !== "multiple-outputs") return undefined;
  const fn = task.fn;
  const node = fn?.type === "function_definition" ? fn.childForFieldName("return_type") : null;
  if (!node) return undefined;
  const name = fn!.childForFieldName("name")?.text ?? task.fact.id;
  return { node, name, ...(channel === "multiple-outputs" ? { entry: true } : {}) };
}

export function extractHandoffs(module: PythonModule, model: TransportModel): void {
  new HandoffExtractor(module, model).run();
}

/** A handoff whose value another file's analysis judges: no fact of its kind here. */
function notJudgedHere(): HandoffValueAnalysis {
  return { facts: [], written: new Map() };
}
