/**
 * Which task takes in which other task's XCom, and where:
 *   - TaskFlow arguments: `load(extract())`, `t = extract(); load(path=t)`, `load.expand(p=…)`,
 *     an operator's `.output` / `XComArg(op)`, `extract()["key"]` for multiple outputs;
 *   - an operator's `op_args` / `op_kwargs` holding any of those, or a Jinja
 *     `{{ ti.xcom_pull(task_ids='x') }}` string;
 *   - any other templated operator field (`bash_command="… {{ ti.xcom_pull('x') }}"`);
 *   - `ti.xcom_pull(task_ids="x")` in a task's code, `task_ids=[…]` for each task listed, and
 *     `ti.xcom_pull(key="k")` without task ids for every task of the DAG that pushes key `k`
 *     (Airflow's lookup when no task id is given).
 * `a >> b` orders tasks and hands nothing over: it is not a consumption.
 *
 * Besides the facts, it records which *parameter* of the consuming function each argument
 * binds (`taskInputs`), so other extractors can follow a value from producer to consumer.
 *
 * A task argument made by a call that is not a known task (`load(upload(extract()))`, with
 * `upload` imported or `upload.override(...)`) is no consumption of `extract`, but it orders
 * `extract` before `load`: a `TaskOrdering`, for the run order only.
 */
import type { Span, TaskOrdering, TransportModel, XComConsumption } from "@dag-transport/core";
import { Memo } from "./memo.js";
import type { FactExtractor, PythonModule } from "./module.js";
import type { SyntaxNode } from "./syntax-tree.js";
import type { Binding } from "./bindings.js";
import { isTaskGroupFunction, partialArguments, type PythonTask } from "./tasks.js";
import {
  callArguments,
  parameterNames,
  parameterOwner,
  returnedExpressions,
  spanOf,
  stringLiteral,
  unparenthesize,
} from "./syntax.js";

/** One XCom a task takes in. */
export interface TaskInput {
  producer: PythonTask;
  /** XCom key when not the return value (`xcom_pull(key=…)`, `extract()["key"]` with multiple outputs). */
  key?: string;
  /** `extract()["raw"]` without multiple outputs: the item of the returned value. */
  item?: string;
  via: XComConsumption["via"];
  span: Span;
  /** The parameter of the consuming function it binds, when it binds one. */
  parameter?: string;
  /** The parameter receives one element of the XCom (`.expand(p=extract())`). */
  expanded?: true;
  /** The producer is mapped (`extract.expand(...)`): its XCom is the list of every instance's output. */
  mapped?: true;
}

export interface TaskInputs {
  /** Every input of each task, by task. */
  byTask: Map<PythonTask, TaskInput[]>;
  /**
   * What DAG code passes a task's parameters that is not another task's XCom, by task and
   * parameter: a TaskFlow call's arguments (`extract(path=RAW_PATH)`, `.partial(...)`,
   * `.expand(...)`, `.expand_kwargs([...])`) and an operator's `op_args` / `op_kwargs` /
   * `templates_dict` (literals, or a module constant holding one).
   */
  arguments: Map<PythonTask, Map<string, ParameterArgument[]>>;
  /**
   * The tasks each task runs after through calls DAG code makes that are not known tasks, whose
   * value it takes in (`load(upload(extract()))`: `extract`). Run order, never an XCom input.
   */
  orderings: Map<PythonTask, TaskOrder[]>;
  /**
   * Every TaskFlow call DAG code makes, with the task it calls (`load(…)`,
   * `load.partial(…)`, `load.override(…)(…)`, `task(fn)(…)`): where the task's XComArgs are made.
   */
  calls: Map<SyntaxNode, PythonTask>;
}

/** A task that runs before another, and the argument that says so. */
export interface TaskOrder {
  producer: PythonTask;
  span: Span;
}

/** An expression of DAG code that a task's parameter receives. */
export interface ParameterArgument {
  node: SyntaxNode;
  /** The parameter receives one element of it (`.expand(p=[…])`). */
  element?: true;
}

const XCOM_PULL_IN_TEMPLATE = /xcom_pull\s*\(([^)]*)\)/g;
/** `task_ids='x'`, `task_ids=['x', 'y']`, or the same as the first positional argument. */
const TEMPLATE_TASK_IDS = /(?:\btask_ids\s*=\s*|^\s*)(\[[^\]]*\]|'[^']*'|"[^"]*")/;
const TEMPLATE_KEY = /\bkey\s*=\s*['"]([^'"]+)['"]/;
const QUOTED = /'([^']*)'|"([^"]*)"/g;

/** Operator keywords whose values are handed to the python callable's parameters. */
const OP_ARGS = "op_args";
const OP_KWARGS = "op_kwargs";
/** Rendered, then passed to the callable's `templates_dict` parameter. */
const TEMPLATES_DICT = "templates_dict";

const cache = new Memo<PythonModule, TaskInputs>();
const pushCache = new Memo<PythonModule, Map<string, PythonTask[]>>();

/**
 * The tasks of a DAG whose own code pushes an XCom under a literal key
 * (`ti.xcom_push(key="k", value=…)`, `xcom_push("k", …)`): what `xcom_pull(key="k")` without
 * task ids pulls. A key that is not a literal is pushed by no one we know.
 */
export function pushersOf(module: PythonModule, key: string, dagId: string | undefined): PythonTask[] {
  let byKey = pushCache.get(module);
  if (!byKey) {
    byKey = new Map();
    if (module.source.includes("xcom_push")) {
      for (const task of module.tasks) {
        if (!task.fn) continue;
        for (const call of module.nodes.within(task.fn, "call")) {
          const callee = call.childForFieldName("function");
          if (callee?.type !== "attribute" || !callee.childForFieldName("attribute")?.hasText("xcom_push"))
            continue;
          const { positional, keywords } = callArguments(call);
          const pushed = stringLiteral(keywords.get("key") ?? positional[0]);
          if (pushed === undefined) continue;
          const tasks = byKey.get(pushed) ?? [];
          if (!tasks.includes(task)) tasks.push(task);
          byKey.set(pushed, tasks);
        }
      }
    }
    pushCache.set(module, byKey);
  }
  // A task running a repository module's function or a bound method that pushes the key there,
  // or calling a helper that does (`handoffs.ts` records them first): a pusher too.
  const elsewhere = module.handoffValues.flatMap(({ fact, task, helper }) =>
    (task.imported || task.boundMethod || helper) && fact.channel === "xcom-push" && fact.key === key
      ? [task]
      : [],
  );
  return [...(byKey.get(key) ?? []), ...elsewhere].filter(
    (task, index, all) => task.fact.dagId === dagId && all.indexOf(task) === index,
  );
}

/** The inputs of every task in the module, computed once per module. */
export function taskInputs(module: PythonModule): TaskInputs {
  const cached = cache.get(module);
  if (cached) return cached;
  const inputs = new InputCollector(module).collect();
  cache.set(module, inputs);
  return inputs;
}

/** The task a task id names: exact id, or the last part of a grouped id; same DAG first. */
export function taskById(
  tasks: readonly PythonTask[],
  id: string,
  dagId: string | undefined,
): PythonTask | undefined {
  let matches = tasks.filter((t) => t.fact.id === id || t.fact.id.endsWith(`.${id}`));
  // `group.sub.extract` from a file whose tasks another module puts into that group: the file
  // knows its task only as `extract`.
  if (matches.length === 0) matches = tasks.filter((t) => id.endsWith(`.${t.fact.id}`));
  return matches.find((t) => t.fact.dagId === dagId) ?? matches[0];
}

/** The `**kwargs` parameter's name, through which Airflow passes the task's context. */
export function contextParameter(fn: SyntaxNode | undefined): string | undefined {
  if (fn?.type !== "function_definition") return undefined;
  const splat = fn
    .childForFieldName("parameters")
    ?.namedChildren.find((parameter) => parameter.type === "dictionary_splat_pattern");
  const name = splat?.namedChildren.find((c) => c.type === "identifier");
  return name?.text;
}

function takesContext(fn: SyntaxNode | undefined): boolean {
  return contextParameter(fn) !== undefined;
}

class InputCollector {
  private readonly byTask = new Map<PythonTask, TaskInput[]>();
  private readonly arguments = new Map<PythonTask, Map<string, ParameterArgument[]>>();
  private readonly orderings = new Map<PythonTask, TaskOrder[]>();
  private readonly calls = new Map<SyntaxNode, PythonTask>();
  /** Handle (function or operator variable name) → tasks using it. */
  private readonly byHandle = new Map<string, PythonTask[]>();
  /** Tasks made by the call form (`task(fn)`), by the node id of that call. */
  private readonly byMaker = new Map<number, PythonTask>();
  /** The names the call forms start with (`task` of `task(fn)(…)`). */
  private readonly makerHeads = new Set<string>();
  /** Whether the file mentions `xcom_pull` at all (asked once, not once per task). */
  private readonly pullsInCode: boolean;

  constructor(private readonly module: PythonModule) {
    this.pullsInCode = module.source.includes("xcom_pull");
    for (const task of module.tasks) {
      if (task.maker) {
        this.byMaker.set(task.maker.id, task);
        const head = module.context.leadingName(task.maker);
        if (head !== undefined) this.makerHeads.add(head);
      }
      if (!task.handle) continue;
      const list = this.byHandle.get(task.handle);
      if (list) list.push(task);
      else this.byHandle.set(task.handle, [task]);
    }
  }

  collect(): TaskInputs {
    if (this.module.tasks.length > 0) {
      this.collectTaskflowCalls();
      for (const task of this.module.tasks) {
        this.collectOperatorKeywords(task);
        if (task.fn) this.collectXcomPulls(task);
      }
    }
    return { byTask: this.byTask, arguments: this.arguments, orderings: this.orderings, calls: this.calls };
  }

  private add(consumer: PythonTask, input: TaskInput): void {
    if (input.producer === consumer) return;
    const list = this.byTask.get(consumer);
    if (list) list.push(input);
    else this.byTask.set(consumer, [input]);
  }

  /** `consumer` runs after each of `producers` (through calls that are not known tasks). */
  private addOrder(consumer: PythonTask, producers: readonly PythonTask[], argument: SyntaxNode): void {
    if (producers.length === 0) return;
    let list = this.orderings.get(consumer);
    for (const producer of producers) {
      if (producer === consumer || list?.some((order) => order.producer === producer)) continue;
      if (!list) this.orderings.set(consumer, (list = []));
      list.push({ producer, span: spanOf(argument) });
    }
  }

  /** The task a handle names, preferring one declared in a scope that contains `site`. */
  private taskByHandle(handle: string, site: SyntaxNode, dagId?: string): PythonTask | undefined {
    const candidates = this.byHandle.get(handle);
    if (!candidates || candidates.length === 0) return undefined;
    if (candidates.length === 1) return candidates[0];
    const sameDag = candidates.filter((t) => dagId !== undefined && t.fact.dagId === dagId);
    const pool = sameDag.length > 0 ? sameDag : candidates;
    const enclosing = pool.find((t) => {
      const scope = t.declaration.parent;
      return scope && scope.startIndex <= site.startIndex && site.endIndex <= scope.endIndex;
    });
    return enclosing ?? pool[0];
  }

  private taskById(id: string, dagId: string | undefined): PythonTask | undefined {
    return taskById(this.module.tasks, id, dagId);
  }

  /** The TaskFlow task a call invokes: `load(...)`, `load.override(...)(...)`, `load.expand(...)`. */
  private taskflowCallee(call: SyntaxNode): { task: PythonTask; expand: boolean } | undefined {
    let callee = call.childForFieldName("function");
    let expand = false;
    // Peel `.override(...)(…)`, `.partial(...).expand(...)`, `.expand(...)`.
    for (let depth = 0; callee && depth < 4; depth++) {
      if (callee.type === "identifier") {
        const task = this.taskByHandle(callee.text, call);
        return task?.fn?.type === "function_definition" && task.fact.style.startsWith("@")
          ? { task, expand }
          : undefined;
      }
      if (callee.type === "attribute") {
        const method = callee.childForFieldName("attribute")?.text;
        if (method === "expand" || method === "expand_kwargs") expand = true;
        if (
          method !== "expand" &&
          method !== "partial" &&
          method !== "override" &&
          method !== "expand_kwargs"
        )
          return undefined;
        callee = callee.childForFieldName("object");
        continue;
      }
      if (callee.type === "call") {
        // `task(fn)(…)`: the call form of the decorator is the task.
        const made = this.byMaker.get(callee.id);
        if (made) return { task: made, expand };
        callee = callee.childForFieldName("function");
        continue;
      }
      return undefined;
    }
    return undefined;
  }

  private collectTaskflowCalls(): void {
    for (const call of this.module.nodes.of("call")) {
      // A TaskFlow call's text starts with the task's handle (`load(`, `load.expand(`): skip
      // every other call without fetching its callee.
      const head = this.module.context.leadingName(call);
      if (head === undefined || (!this.byHandle.has(head) && !this.makerHeads.has(head))) continue;
      const target = this.taskflowCallee(call);
      if (!target) continue;
      const { task, expand } = target;
      this.calls.set(call, task);
      // A function imported from another module (`task(blogs.extract)`): its parameters are not read here.
      const names = task.fn ? parameterNames(task.fn) : [];
      const { positional, keywords } = callArguments(call);
      const callee = call.childForFieldName("function");
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : undefined;
      if (method === "expand_kwargs") {
        if (positional[0]) this.bindExpandedKwargs(task, positional[0]);
      } else {
        // After `*args`, positions are unknown.
        const splat = positional.findIndex((argument) => argument.type === "list_splat");
        positional.forEach((argument, index) =>
          this.bindArgument(task, argument, splat === -1 || index < splat ? names[index] : undefined, expand),
        );
        for (const [name, argument] of keywords) this.bindArgument(task, argument, name, expand);
      }
      // `.partial(a=…)` before `.expand(…)`: the partial call's own arguments.
      const inner = callee?.type === "attribute" ? callee.childForFieldName("object") : undefined;
      if (inner?.type === "call" && inner.childForFieldName("function")?.type === "attribute") {
        const innerMethod = inner.childForFieldName("function")!.childForFieldName("attribute")?.text;
        if (innerMethod === "partial") {
          for (const [name, argument] of callArguments(inner).keywords)
            this.bindArgument(task, argument, name);
        }
      }
    }
  }

  private bindArgument(
    consumer: PythonTask,
    argument: SyntaxNode,
    parameter: string | undefined,
    element = false,
  ): void {
    const order: PythonTask[] = [];
    const sources = this.producersOf(argument, consumer.fact.dagId, 0, order);
    this.addOrder(consumer, order, argument);
    for (const source of sources) {
      this.add(consumer, {
        ...source,
        via: "argument",
        span: spanOf(argument),
        ...(parameter !== undefined ? { parameter } : {}),
        ...(element ? { expanded: true as const } : {}),
      });
    }
    if (sources.length === 0 && parameter !== undefined && argument.type !== "list_splat")
      this.addArgument(consumer, parameter, argument, element);
  }

  /** An argument that is not another task's XCom: kept for the parameter's value and location. */
  private addArgument(task: PythonTask, parameter: string, node: SyntaxNode, element = false): void {
    let byParameter = this.arguments.get(task);
    if (!byParameter) this.arguments.set(task, (byParameter = new Map()));
    const list = byParameter.get(parameter);
    const argument: ParameterArgument = { node, ...(element ? { element: true as const } : {}) };
    if (!list) byParameter.set(parameter, [argument]);
    else if (!list.some((a) => a.node.id === node.id && a.element === argument.element)) list.push(argument);
  }

  /** `.expand_kwargs([{"a": 1}, {"a": 2}])`: each dict's values bind its keys' parameters. */
  private bindExpandedKwargs(task: PythonTask, argument: SyntaxNode): void {
    const list = this.literalOrConstant(argument);
    if (list?.type !== "list" && list?.type !== "tuple") return;
    for (const element of list.namedChildren) {
      const dict = this.literalOrConstant(element);
      if (dict?.type !== "dictionary") continue;
      for (const pair of dict.namedChildren) {
        const name = pair.type === "pair" ? stringLiteral(pair.childForFieldName("key")) : undefined;
        const value = pair.childForFieldName("value");
        if (name !== undefined && value) this.bindArgument(task, value, name);
      }
    }
  }

  /** A literal, or the literal a module constant (one assignment) holds. */
  private literalOrConstant(expression: SyntaxNode): SyntaxNode | undefined {
    const node = unparenthesize(expression);
    if (node.type !== "identifier") return node;
    const constant = this.module.context.constants.get(node.text);
    const reaching = this.module.bindings.reaching(node.text, node);
    const only = reaching.length === 1 ? reaching[0] : undefined;
    if (!constant || only?.kind !== "assign" || only.index !== undefined || only.value?.id !== constant.id)
      return undefined;
    return unparenthesize(constant);
  }

  /**
   * The producing tasks an expression in DAG-building code stands for: a TaskFlow call's
   * result, an operator's `.output`, `XComArg(op)`, a subscript of those, a variable holding
   * one; list and tuple elements each. With `order`, it also collects the tasks whose outputs a
   * call that is not a known task takes in (its arguments, its receiver): its value comes after
   * them, but is not their XCom.
   */
  private producersOf(
    expression: SyntaxNode,
    dagId: string | undefined,
    depth = 0,
    order?: PythonTask[],
  ): Omit<TaskInput, "via" | "span" | "parameter">[] {
    if (depth > 8) return [];
    const node = unparenthesize(expression);
    switch (node.type) {
      case "call": {
        const taskflow = this.taskflowCallee(node);
        if (taskflow)
          return [{ producer: taskflow.task, ...(taskflow.expand ? { mapped: true as const } : {}) }];
        const callee = node.childForFieldName("function");
        const name = callee ? this.module.context.qualify(callee) : undefined;
        // A `@task_group` function's call stands for what the group returns (`return save()`).
        const groupReturns = callee?.type === "identifier" ? this.taskGroupReturns(callee.text) : undefined;
        if (groupReturns)
          return groupReturns.flatMap((returned) => this.producersOf(returned, dagId, depth + 1, order));
        if (name?.endsWith("XComArg")) {
          const { positional, keywords } = callArguments(node);
          const operand = positional[0] ?? keywords.get("operator");
          const key = stringLiteral(positional[1] ?? keywords.get("key"));
          const producer =
            operand?.type === "identifier" ? this.taskByHandle(operand.text, node, dagId) : undefined;
          return producer ? [{ producer, ...(key !== undefined ? { key } : {}) }] : [];
        }
        if (order) this.orderThrough(node, dagId, depth, order);
        return [];
      }
      case "attribute": {
        if (node.childForFieldName("attribute")?.text !== "output") return [];
        const object = node.childForFieldName("object");
        const producer =
          object?.type === "identifier" ? this.taskByHandle(object.text, node, dagId) : undefined;
        return producer ? [{ producer }] : [];
      }
      case "subscript": {
        const key = stringLiteral(node.childForFieldName("subscript"));
        const sources = this.producersOf(node.childForFieldName("value")!, dagId, depth + 1, order);
        if (key === undefined) return sources;
        return sources.map((s) => (s.producer.fact.multipleOutputs ? { ...s, key } : { ...s, item: key }));
      }
      case "identifier": {
        const reaching = this.module.bindings.reaching(node.text, node);
        // A `@task_group` function's parameter: what each call of the group passes it.
        const passed = this.taskGroupArguments(reaching);
        if (passed) return passed.flatMap((argument) => this.producersOf(argument, dagId, depth + 1, order));
        const binding = reaching.find((b) => b.value);
        if (!binding?.value || binding.kind !== "assign" || binding.index !== undefined) return [];
        return this.producersOf(binding.value, dagId, depth + 1, order);
      }
      case "list":
      case "tuple":
        return node.namedChildren.flatMap((element) => this.producersOf(element, dagId, depth + 1, order));
      case "string":
      case "concatenated_string":
        return this.templatePulls(node, dagId);
      default:
        return [];
    }
  }

  private readonly groupArguments = new Map<number, SyntaxNode[]>();
  private groupFunctions?: Map<string, SyntaxNode>;

  /** What the `@task_group` function of this name returns; undefined for any other name. */
  private taskGroupReturns(name: string): SyntaxNode[] | undefined {
    if (!this.groupFunctions) {
      this.groupFunctions = new Map();
      for (const fn of this.module.nodes.of("function_definition")) {
        const fnName = fn.childForFieldName("name")?.text;
        if (fnName !== undefined && isTaskGroupFunction(fn, this.module.context))
          this.groupFunctions.set(fnName, fn);
      }
    }
    const fn = this.groupFunctions.get(name);
    return fn ? returnedExpressions(fn) : undefined;
  }

  /**
   * The arguments the calls of a `@task_group` function pass the parameter `reaching` binds
   * (`transform(extract())` for `def transform(object_key)`, by position or keyword); undefined
   * when the name is no such parameter.
   */
  private taskGroupArguments(reaching: readonly Binding[]): SyntaxNode[] | undefined {
    const parameter =
      reaching.length === 1 && reaching[0]!.kind === "parameter" ? reaching[0]!.target : undefined;
    const fn = parameter && parameterOwner(parameter);
    if (!parameter || !fn || !isTaskGroupFunction(fn, this.module.context)) return undefined;
    let found = this.groupArguments.get(parameter.id);
    if (found) return found;
    found = [];
    const name = fn.childForFieldName("name")?.text;
    const index = parameterNames(fn).indexOf(parameter.text);
    for (const call of this.module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "identifier" || callee.text !== name) continue;
      const { positional, keywords } = callArguments(call);
      const argument = keywords.get(parameter.text) ?? (index >= 0 ? positional[index] : undefined);
      if (argument && argument.type !== "list_splat") found.push(argument);
    }
    this.groupArguments.set(parameter.id, found);
    return found;
  }

  /**
   * A call that is not a known task (`upload(extract())`, `upload.override(...)(files)`,
   * `helper(x=t()).method(u())`): the tasks whose outputs its arguments and receiver carry,
   * nested or not, run before whatever takes in its value.
   */
  private orderThrough(
    call: SyntaxNode,
    dagId: string | undefined,
    depth: number,
    order: PythonTask[],
  ): void {
    const { positional, keywords } = callArguments(call);
    const callee = call.childForFieldName("function");
    const receiver =
      callee?.type === "attribute"
        ? callee.childForFieldName("object")
        : callee?.type === "call"
          ? callee
          : null;
    for (const input of [...positional, ...keywords.values(), ...(receiver ? [receiver] : [])]) {
      for (const source of this.producersOf(input, dagId, depth + 1, order)) order.push(source.producer);
    }
  }

  /** `{{ ti.xcom_pull(task_ids='x', key='k') }}` inside a string. */
  private templatePulls(
    node: SyntaxNode,
    dagId: string | undefined,
  ): Omit<TaskInput, "via" | "span" | "parameter">[] {
    if (!node.text.includes("xcom_pull")) return [];
    const found: Omit<TaskInput, "via" | "span" | "parameter">[] = [];
    for (const match of node.text.matchAll(XCOM_PULL_IN_TEMPLATE)) {
      const { taskIds, key, anyTask } = templatePullArguments(match[1]!);
      // `xcom_pull(key='k')` alone: every task of the DAG that pushes `k`.
      if (anyTask) {
        if (key !== undefined)
          for (const producer of pushersOf(this.module, key, dagId)) found.push({ producer, key });
        continue;
      }
      for (const id of taskIds) {
        const producer = this.taskById(id, dagId);
        if (producer) found.push({ producer, ...(key !== undefined ? { key } : {}) });
      }
    }
    return found;
  }

  /** An operator's keywords: `op_args`, `op_kwargs` bind parameters; templated fields only consume. */
  private collectOperatorKeywords(task: PythonTask): void {
    if (task.fact.style.startsWith("@")) return;
    const allNames = task.fn ? parameterNames(task.fn) : [];
    let names = allNames;
    // `python_callable=partial(fn, "sales", scale=2)`: the partial's own arguments bind first.
    const callable = task.keywords.get("python_callable");
    const partial = callable && task.fn ? partialArguments(callable, this.module.context) : undefined;
    if (partial) {
      const splat = partial.positional.findIndex((argument) => argument.type === "list_splat");
      partial.positional.forEach((argument, index) => {
        const name = splat === -1 || index < splat ? names[index] : undefined;
        if (name !== undefined && !this.bindOperatorValue(task, argument, name))
          this.addArgument(task, name, argument);
      });
      for (const [name, argument] of partial.keywords)
        if (!this.bindOperatorValue(task, argument, name)) this.addArgument(task, name, argument);
      // `op_args` fill the parameters after the partial's positional ones (unknown after a splat).
      names = splat === -1 ? names.slice(partial.positional.length) : [];
    }
    for (const [keyword, written] of task.keywords) {
      const value =
        (keyword === OP_ARGS || keyword === OP_KWARGS ? this.literalOrConstant(written) : written) ?? written;
      // `templates_dict` reaches a parameter of that name, or `context["templates_dict"]` of a
      // `**context` (the task's context holds it).
      if (keyword === TEMPLATES_DICT && (allNames.includes(TEMPLATES_DICT) || takesContext(task.fn)))
        this.addArgument(task, TEMPLATES_DICT, written);
      if (keyword === OP_ARGS && (value.type === "list" || value.type === "tuple")) {
        const splat = value.namedChildren.findIndex((element) => element.type === "list_splat");
        value.namedChildren.forEach((element, index) => {
          if (element.type === "comment") return;
          const name = splat === -1 || index < splat ? names[index] : undefined;
          if (
            !this.bindOperatorValue(task, element, name) &&
            name !== undefined &&
            element.type !== "list_splat"
          )
            this.addArgument(task, name, element);
        });
      } else if (keyword === OP_KWARGS && value.type === "dictionary") {
        for (const pair of value.namedChildren) {
          if (pair.type !== "pair") continue;
          const name = stringLiteral(pair.childForFieldName("key"));
          const element = pair.childForFieldName("value");
          if (element && !this.bindOperatorValue(task, element, name) && name !== undefined)
            this.addArgument(task, name, element);
        }
      } else if (keyword !== "python_callable" && keyword !== "task_id" && keyword !== "dag") {
        // Any string, `.output` or task call inside the value (in document order, so an outer
        // match comes first and the parts inside it are not counted again).
        let covered: SyntaxNode | undefined;
        for (const node of written.descendantsOfType([
          "concatenated_string",
          "string",
          "attribute",
          "call",
        ])) {
          if (covered && node.startIndex < covered.endIndex) continue;
          // Every call inside is visited on its own here: no run order through calls.
          if (this.bindOperatorValue(task, node, undefined, false)) covered = node;
        }
      }
    }
  }

  /** Adds the inputs an operator argument stands for; true when it stands for any. */
  private bindOperatorValue(
    task: PythonTask,
    value: SyntaxNode,
    parameter: string | undefined,
    ordering = true,
  ): boolean {
    const node = unparenthesize(value);
    const via: XComConsumption["via"] =
      node.type === "string" || node.type === "concatenated_string" ? "template" : "argument";
    const order: PythonTask[] | undefined = ordering ? [] : undefined;
    const sources = this.producersOf(node, task.fact.dagId, 0, order);
    if (order) this.addOrder(task, order, node);
    for (const source of sources) {
      // A parameter binds the pulled value only when the template is the whole string.
      const whole = via !== "template" || /^\s*\{\{[^}]*\}\}\s*$/.test(stringLiteral(node) ?? "");
      this.add(task, {
        ...source,
        via,
        span: spanOf(node),
        ...(parameter !== undefined && whole ? { parameter } : {}),
      });
    }
    return sources.length > 0;
  }

  /** `ti.xcom_pull(task_ids="x")` in the task's own code. */
  private collectXcomPulls(task: PythonTask): void {
    if (!this.pullsInCode) return;
    for (const call of this.module.nodes.within(task.fn!, "call")) {
      const pull = xcomPullArguments(call);
      if (!pull) continue;
      for (const producer of pulledProducers(this.module, pull, task.fact.dagId)) {
        this.add(task, {
          producer,
          ...(pull.key !== undefined ? { key: pull.key } : {}),
          via: "xcom-pull",
          span: spanOf(call),
        });
      }
    }
  }
}

/** What an `xcom_pull` call names: literal task ids, the key, or no task id at all. */
export interface XcomPull {
  taskIds: string[];
  key?: string;
  /** No task id given (`task_ids` absent or `None`): Airflow looks at every task of the run. */
  anyTask?: true;
}

/** The tasks an `xcom_pull` takes from: those it names, or with a key alone the DAG's pushers of it. */
export function pulledProducers(
  module: PythonModule,
  pull: XcomPull,
  dagId: string | undefined,
): PythonTask[] {
  if (pull.anyTask) return pull.key !== undefined ? pushersOf(module, pull.key, dagId) : [];
  const producers: PythonTask[] = [];
  for (const id of pull.taskIds) {
    const producer = taskById(module.tasks, id, dagId);
    if (producer) producers.push(producer);
  }
  return producers;
}

/** The task ids and key of a template's `xcom_pull(ARGS)`, from the text of its arguments. */
export function templatePullArguments(args: string): XcomPull {
  const ids = TEMPLATE_TASK_IDS.exec(args)?.[1] ?? "";
  const key = TEMPLATE_KEY.exec(args)?.[1];
  return {
    taskIds: [...ids.matchAll(QUOTED)].map((quoted) => quoted[1] ?? quoted[2]!),
    ...(key !== undefined && key !== "return_value" ? { key } : {}),
    ...(!ids && !/\btask_ids\s*=/.test(args) ? { anyTask: true as const } : {}),
  };
}

/** The literal task ids and key of an `….xcom_pull(...)` call; undefined for any other call. */
export function xcomPullArguments(call: SyntaxNode): XcomPull | undefined {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute" || !callee.childForFieldName("attribute")?.hasText("xcom_pull"))
    return undefined;
  const { positional, keywords } = callArguments(call);
  const ids = keywords.get("task_ids") ?? positional[0];
  const taskIds: string[] = [];
  if (ids) {
    const single = stringLiteral(ids);
    if (single !== undefined) taskIds.push(single);
    else if (ids.type === "list" || ids.type === "tuple") {
      for (const element of ids.namedChildren) {
        const id = stringLiteral(element);
        if (id !== undefined) taskIds.push(id);
      }
    }
  }
  const key = stringLiteral(keywords.get("key"));
  return {
    taskIds,
    ...(key !== undefined && key !== "return_value" ? { key } : {}),
    ...(!ids || ids.type === "none" ? { anyTask: true as const } : {}),
  };
}

/** Adds an `XComConsumption` for every task input, and a `TaskOrdering` for every run order. */
export const extractConsumptions: FactExtractor = (module: PythonModule, model: TransportModel) => {
  const { byTask, orderings } = taskInputs(module);
  for (const [consumer, inputs] of byTask) {
    for (const input of inputs) {
      model.consumptions.push({
        taskId: consumer.fact.id,
        fromTaskId: input.producer.fact.id,
        ...(consumer.fact.dagId !== undefined ? { dagId: consumer.fact.dagId } : {}),
        ...(input.key !== undefined ? { key: input.key } : {}),
        via: input.via,
        span: input.span,
      });
    }
  }
  if (orderings.size === 0) return;
  const facts: TaskOrdering[] = (model.orderings ??= []);
  for (const [later, orders] of orderings) {
    for (const { producer, span } of orders) {
      facts.push({
        taskId: later.fact.id,
        afterTaskId: producer.fact.id,
        ...(later.fact.dagId !== undefined ? { dagId: later.fact.dagId } : {}),
        span,
      });
    }
  }
};
