/**
 * The run order DAG code states, and how much of it is known.
 *
 * Edges: `a >> b`, `a << b` (lists on either side, `Label(…)` inside a `>>` chain),
 * `a.set_downstream(b)`, `a.set_upstream(b)`, `chain(…)`, `chain_linear(…)`,
 * `cross_downstream(…)` between the file's tasks — operands that are task variables, operator
 * declarations, TaskFlow calls, `.output`, `XComArg(op)`, and names bound once to a list literal
 * of those. Each becomes a `TaskOrdering`.
 *
 * Knowledge: a task's successors are known (`TaskFact.downstreamKnown`) when every way DAG code
 * refers to the task is understood, so no edge out of it can be missing. The references are its
 * operator declaration, its TaskFlow calls (XComArgs), the names bound to them, its task group,
 * and the DAG object. A reference is understood where its value is dropped, where it is a
 * resolved operand of a dependency statement whose later operands are resolved too, where it is
 * an argument of a task call or operator that the consumptions record as taking it in, or
 * where it is bound to a name whose every use is understood. Anything else — an operand the
 * analysis cannot resolve after it, a call it does not know (`tasks.append(t)`, a factory, an
 * imported task), a `for` over it, a task group or the DAG object used as a value, a return,
 * a syntax error in the file — leaves the task's successors unknown.
 */
import type { TaskOrdering, TransportModel } from "@dag-transport/core";
import {
  DAG_CLASSES,
  DEPENDENCY_FUNCTIONS,
  EDGE_LABEL_CLASSES,
  TASK_GROUP_CLASSES,
} from "./catalogs/airflow.js";
import { taskInputs } from "./consumptions.js";
import type { FactExtractor, PythonModule } from "./module.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { callArguments, spanOf, unparenthesize } from "./syntax.js";
import { isTaskGroupFunction, type PythonTask } from "./tasks.js";

/** What an operand stands for: its tasks (undefined: not resolved), and whether it is a list. */
interface Operand {
  tasks: readonly PythonTask[] | undefined;
  list: boolean;
  /** The operand nodes it is made of, as written in the statement (for `understood`). */
  nodes: readonly SyntaxNode[];
  label?: true;
}

type Kind = "task" | "group" | "dag";

/** Methods of TaskFlow tasks that keep naming the task (`load.override(…)(…)`). */
const TASKFLOW_PEELS = new Set(["override", "partial", "expand", "expand_kwargs"]);
/** Uses of a DAG object that add no task and no edge. */
const DAG_METHODS = new Set(["test", "cli"]);
/** Positions where an identifier is bound or named, not used. */
const NOT_USES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["keyword_argument", new Set(["name"])],
  ["attribute", new Set(["attribute"])],
  ["function_definition", new Set(["name"])],
  ["class_definition", new Set(["name"])],
  ["assignment", new Set(["left"])],
  ["for_statement", new Set(["left"])],
  ["for_in_clause", new Set(["left"])],
  ["default_parameter", new Set(["name"])],
  ["typed_default_parameter", new Set(["name"])],
]);
const LOOPS = ["for_statement", "while_statement"];
const BINDING_PARENTS = new Set([
  "parameters",
  "lambda_parameters",
  "typed_parameter",
  "pattern_list",
  "tuple_pattern",
  "list_pattern",
  "as_pattern_target",
  "dotted_name",
  "aliased_import",
  "global_statement",
  "nonlocal_statement",
]);

class RunOrder {
  /** later → earlier → the statement that says so. */
  readonly edges = new Map<PythonTask, Map<PythonTask, SyntaxNode>>();
  readonly unknown = new Set<PythonTask>();
  /** Operand node id → its tasks and every operand after it are resolved. */
  private readonly operands = new Map<number, boolean>();
  private readonly calls: ReadonlyMap<SyntaxNode, PythonTask>;
  /** Operator declarations, by node. */
  private readonly declared = new Map<SyntaxNode, PythonTask>();
  private readonly inputsOf = new Map<PythonTask, Set<PythonTask>>();
  private identifiers: Map<string, SyntaxNode[]> | undefined;
  /** `with TaskGroup(…) as name:`: the name's binding target (by id) → the tasks declared in it. */
  private readonly groupMembers = new Map<number, PythonTask[]>();

  constructor(private readonly module: PythonModule) {
    const inputs = taskInputs(module);
    this.calls = inputs.calls;
    for (const task of module.tasks)
      if (!task.fact.style.startsWith("@")) this.declared.set(task.declaration, task);
    for (const [consumer, list] of inputs.byTask)
      this.inputsOf.set(consumer, new Set(list.map((input) => input.producer)));
    for (const [consumer, list] of inputs.orderings) {
      const set = this.inputsOf.get(consumer) ?? new Set();
      for (const order of list) set.add(order.producer);
      this.inputsOf.set(consumer, set);
    }
  }

  run(): void {
    this.collectGroups();
    this.collectStatements();
    if (this.module.root.hasError) {
      // A broken tree may hide any statement.
      for (const task of this.module.tasks) this.unknown.add(task);
      return;
    }
    const called = new Set(this.calls.values());
    for (const task of this.module.tasks) {
      // A task of no DAG here, or a TaskFlow task this file never calls, is wired elsewhere.
      const elsewhere =
        task.fact.dagId === undefined || (task.fact.style.startsWith("@") && !called.has(task));
      if (task.fact.unsound || elsewhere) this.unknown.add(task);
      if (!task.fact.style.startsWith("@")) this.follow([task.declaration], [task], "task");
      else if (task.handle !== undefined && !this.handleOnlyCalled(task)) this.unknown.add(task);
    }
    for (const [call, task] of this.calls) if (this.outermost(call)) this.follow([call], [task], "task");
    this.followGroups();
    this.followDags();
  }

  // --- Dependency statements -------------------------------------------------------------

  private collectStatements(): void {
    for (const node of this.module.nodes.of("binary_operator")) {
      if (!isShift(node)) continue;
      const parent = node.parent;
      if (parent && isShift(parent)) continue;
      const value = this.chainValue(node);
      // `x = a >> b`: the chain's value goes on where we do not follow it.
      let outer = node;
      while (outer.parent?.type === "parenthesized_expression") outer = outer.parent;
      if (outer.parent?.type !== "expression_statement") this.unresolvedAfter(value);
    }
    for (const call of this.module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type === "attribute") {
        const method = callee.childForFieldName("attribute")?.text;
        if (method !== "set_downstream" && method !== "set_upstream") continue;
        const receiver = this.operand(callee.childForFieldName("object")!);
        const argument = callArguments(call).positional[0];
        const other = argument ? this.operand(argument) : unresolved([]);
        if (method === "set_downstream") this.link(receiver, other, call);
        else this.link(other, receiver, call);
        continue;
      }
      if (callee?.type !== "identifier" && callee?.type !== "attribute") continue;
      const kind = DEPENDENCY_FUNCTIONS.get(this.module.context.qualifiedCallee(call) ?? "");
      if (!kind) continue;
      if (kind === "cross_downstream") {
        const { positional, keywords } = callArguments(call);
        const from = positional[0] ?? keywords.get("from_tasks");
        const to = positional[1] ?? keywords.get("to_tasks");
        const operand = (node: SyntaxNode | undefined) =>
          node
            ? this.operand(node, node.parent?.type === "keyword_argument" ? node.parent : node)
            : unresolved([]);
        this.link(operand(from), operand(to), call);
        continue;
      }
      const elements = this.chainElements(call);
      for (let i = 0; i + 1 < elements.length; i++) {
        const [up, down] = [elements[i]!, elements[i + 1]!];
        if (kind === "chain" && up.list && down.list && up.tasks && down.tasks) {
          // Two lists are linked pairwise; lists of different lengths are an error in Airflow.
          if (up.tasks.length !== down.tasks.length) this.link(up, unresolved([]), call);
          else up.tasks.forEach((task, index) => this.addEdge(down.tasks![index]!, task, call));
          continue;
        }
        this.link(up, down, call);
      }
    }
  }

  /** A `chain(…)`'s elements; `*name` of a name bound to a list literal is its elements. */
  private chainElements(call: SyntaxNode): Operand[] {
    const { positional, keywords } = callArguments(call);
    const elements: Operand[] = [];
    for (const argument of positional) {
      if (argument.type !== "list_splat") {
        elements.push(this.operand(argument));
        continue;
      }
      const list = this.literalList(argument.namedChild(0));
      if (!list) {
        // Which tasks, in which order: nothing after them is known, nor what they follow.
        elements.push(unresolved([argument]));
        continue;
      }
      for (const element of list.namedChildren)
        if (element.type !== "comment") elements.push(this.operand(element, argument));
    }
    if (keywords.size > 0) elements.push(unresolved([...keywords.values()]));
    return elements;
  }

  /** `a >> b >> c`, `a << b`, with `Label(…)` between two `>>` operands. */
  private chainValue(node: SyntaxNode): Operand {
    const inner = unparenthesize(node);
    if (!isShift(inner)) {
      if (inner.type === "call" && this.isLabel(inner))
        return { tasks: [], list: false, nodes: [node], label: true };
      return this.operand(node);
    }
    const left = this.chainValue(inner.childForFieldName("left")!);
    const right = this.chainValue(inner.childForFieldName("right")!);
    if (inner.childForFieldName("operator")?.type === ">>") {
      // `a >> Label("x")` is `a` to what follows the label.
      if (right.label && !left.label) return left;
      this.link(left.label ? unresolved(left.nodes) : left, right, inner);
    } else {
      this.link(
        right.label ? unresolved(right.nodes) : right,
        left.label ? unresolved(left.nodes) : left,
        inner,
      );
    }
    return right.label ? unresolved(right.nodes) : right;
  }

  private isLabel(call: SyntaxNode): boolean {
    return EDGE_LABEL_CLASSES.has(this.module.context.qualifiedCallee(call) ?? "");
  }

  /** `up` runs before `down`; the operands of `up` have unknown successors if `down` is not known. */
  private link(up: Operand, down: Operand, statement: SyntaxNode): void {
    if (up.tasks && down.tasks) {
      for (const earlier of up.tasks) for (const later of down.tasks) this.addEdge(later, earlier, statement);
    }
    if (!down.tasks) this.unresolvedAfter(up);
  }

  private unresolvedAfter(operand: Operand): void {
    for (const node of operand.nodes) this.operands.set(node.id, false);
  }

  private addEdge(later: PythonTask, earlier: PythonTask, statement: SyntaxNode): void {
    if (later === earlier) return;
    if (later.fact.dagId !== earlier.fact.dagId) {
      this.unknown.add(earlier);
      return;
    }
    let list = this.edges.get(later);
    if (!list) this.edges.set(later, (list = new Map()));
    if (!list.has(earlier)) list.set(earlier, statement);
  }

  /** An operand as written (`at`: the node a reference's walk reaches, when not the operand itself). */
  private operand(node: SyntaxNode, at: SyntaxNode = node): Operand {
    const inner = unparenthesize(node);
    const list = inner.type === "list" || inner.type === "tuple" || this.literalList(inner) !== undefined;
    const tasks = this.resolve(inner, 0);
    if (!this.operands.has(at.id)) this.operands.set(at.id, tasks !== undefined);
    else if (tasks === undefined) this.operands.set(at.id, false);
    return { tasks, list, nodes: [at] };
  }

  /** The tasks an operand is, or undefined when it may be anything else (or more). */
  private resolve(expression: SyntaxNode, depth: number): readonly PythonTask[] | undefined {
    if (depth > 8) return undefined;
    const node = unparenthesize(expression);
    switch (node.type) {
      case "call": {
        const task = this.calls.get(node) ?? this.declared.get(node);
        if (task) return [task];
        if (!this.module.context.qualifiedCallee(node)?.endsWith("XComArg")) return undefined;
        const operand = callArguments(node).positional[0];
        return operand ? this.resolve(operand, depth + 1) : undefined;
      }
      case "attribute":
        return node.childForFieldName("attribute")?.text === "output"
          ? this.resolve(node.childForFieldName("object")!, depth + 1)
          : undefined;
      case "subscript":
        return this.resolve(node.childForFieldName("value")!, depth + 1);
      case "identifier": {
        const value = this.onlyValue(node);
        if (!value) return this.groupOperand(node);
        const bound = unparenthesize(value);
        if ((bound.type === "list" || bound.type === "tuple") && this.changed(node)) return undefined;
        return this.resolve(bound, depth + 1);
      }
      case "list":
      case "tuple": {
        const tasks: PythonTask[] = [];
        for (const element of node.namedChildren) {
          if (element.type === "comment") continue;
          const inner = unparenthesize(element);
          if (inner.type === "list" || inner.type === "tuple") return undefined;
          const found = this.resolve(inner, depth + 1);
          if (!found) return undefined;
          tasks.push(...found);
        }
        return tasks;
      }
      default:
        return undefined;
    }
  }

  /** The tasks of the group a name is bound to by its one `with TaskGroup(…) as name:`. */
  private groupOperand(identifier: SyntaxNode): readonly PythonTask[] | undefined {
    const reaching = this.module.bindings.reaching(identifier.text, identifier);
    const only = reaching.length === 1 ? reaching[0] : undefined;
    return only?.kind === "with" ? this.groupMembers.get(only.target.id) : undefined;
  }

  /** The one assignment `x = value` that reaches this use of `x`, if it is the only binding. */
  private onlyValue(identifier: SyntaxNode): SyntaxNode | undefined {
    const reaching = this.module.bindings.reaching(identifier.text, identifier);
    const only = reaching.length === 1 ? reaching[0] : undefined;
    return only?.kind === "assign" && only.index === undefined ? only.value : undefined;
  }

  /** A list literal, or a name bound once to one that nothing changes. */
  private literalList(expression: SyntaxNode | null): SyntaxNode | undefined {
    if (!expression) return undefined;
    const node = unparenthesize(expression);
    if (node.type === "list" || node.type === "tuple") return node;
    if (node.type !== "identifier") return undefined;
    const value = this.onlyValue(node);
    const bound = value && unparenthesize(value);
    return (bound?.type === "list" || bound?.type === "tuple") && !this.changed(node) ? bound : undefined;
  }

  /** A name whose value code may change in place: a method called on it, an item set, `+=`. */
  private changed(identifier: SyntaxNode): boolean {
    return this.usesOf(identifier).some((use) => {
      const parent = use.parent;
      return (
        (parent?.type === "attribute" && use.fieldName === "object") ||
        (parent?.type === "subscript" && use.fieldName === "value") ||
        parent?.type === "augmented_assignment" ||
        parent?.type === "delete_statement"
      );
    });
  }

  // --- References --------------------------------------------------------------------------

  /** A TaskFlow call that is not part of a longer one (`load.partial(…)` of `….expand(…)`). */
  private outermost(call: SyntaxNode): boolean {
    const parent = call.parent;
    if (parent?.type === "attribute" && call.fieldName === "object") {
      const outer = parent.parent;
      return !(outer?.type === "call" && parent.fieldName === "function" && this.calls.has(outer));
    }
    return !(parent?.type === "call" && call.fieldName === "function" && this.calls.has(parent));
  }

  /** Every use of a TaskFlow task's name is a call of it (each call is followed on its own). */
  private handleOnlyCalled(task: PythonTask): boolean {
    for (const use of this.identifiersNamed(task.handle!)) {
      if (!isUse(use)) continue;
      let current = use;
      for (;;) {
        const parent = current.parent;
        if (parent?.type === "attribute" && current.fieldName === "object") {
          if (!TASKFLOW_PEELS.has(parent.childForFieldName("attribute")?.text ?? "")) return false;
          current = parent;
        } else if (parent?.type === "call" && current.fieldName === "function") {
          if (this.calls.has(parent)) break;
          current = parent;
        } else return false;
      }
    }
    return true;
  }

  /** Follows references of `tasks` from `starts`; a use not understood makes them unknown. */
  private follow(starts: readonly SyntaxNode[], tasks: readonly PythonTask[], kind: Kind): void {
    const work = [...starts];
    const seen = new Set<number>();
    while (work.length > 0) {
      const node = work.pop()!;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      if (!this.understood(node, tasks, kind, work)) {
        for (const task of tasks) this.unknown.add(task);
        return;
      }
    }
  }

  private understood(
    node: SyntaxNode,
    tasks: readonly PythonTask[],
    kind: Kind,
    work: SyntaxNode[],
  ): boolean {
    let current = node;
    for (let depth = 0; depth < 16; depth++) {
      const parent = current.parent;
      if (!parent) return false;
      switch (parent.type) {
        case "parenthesized_expression":
        case "list":
        case "tuple":
        case "list_splat":
        case "dictionary":
          current = parent;
          continue;
        case "pair":
        case "subscript":
          if (current.fieldName !== "value") return false;
          current = parent;
          continue;
        case "expression_statement":
          return true;
        case "binary_operator":
          return this.operands.get(current.id) === true;
        case "attribute": {
          if (current.fieldName !== "object") return false;
          const name = parent.childForFieldName("attribute")?.text ?? "";
          const call =
            parent.parent?.type === "call" && parent.fieldName === "function" ? parent.parent : undefined;
          if ((name === "set_downstream" || name === "set_upstream") && call)
            return this.operands.get(current.id) === true;
          if (kind === "task" && name === "output") {
            current = parent;
            continue;
          }
          // `dag.doc_md = …`, `dag.test()`.
          return (
            kind === "dag" && (parent.fieldName === "left" || (call !== undefined && DAG_METHODS.has(name)))
          );
        }
        case "keyword_argument": {
          const name = parent.childForFieldName("name")?.text;
          const call = parent.parent?.parent;
          if (kind === "group" && name === "task_group") return true;
          if (kind === "dag" && name === "dag")
            return call !== undefined && call !== null && this.takesDag(call);
          current = parent;
          continue;
        }
        case "argument_list": {
          const call = parent.parent!;
          if (this.isDependencyCall(call)) return this.operands.get(current.id) === true;
          if (kind !== "task") return false;
          if (this.module.context.qualifiedCallee(call)?.endsWith("XComArg")) {
            current = call;
            continue;
          }
          const consumer = this.calls.get(call) ?? this.declared.get(call);
          if (!consumer) return false;
          const inputs = this.inputsOf.get(consumer);
          // The consumptions took it in: the edge to `consumer` is known.
          return tasks.every((task) => task === consumer || inputs?.has(task) === true);
        }
        case "assignment": {
          const left = parent.childForFieldName("left");
          if (current.fieldName !== "right" || left?.type !== "identifier") return false;
          work.push(...this.usesOf(left));
          return true;
        }
        case "with_item":
          // `with dag:`, `with group:` add nothing.
          return kind !== "task";
        default:
          return false;
      }
    }
    return false;
  }

  private isDependencyCall(call: SyntaxNode): boolean {
    const callee = call.childForFieldName("function");
    if (callee?.type === "attribute") {
      const method = callee.childForFieldName("attribute")?.text;
      if (method === "set_downstream" || method === "set_upstream") return true;
    }
    return DEPENDENCY_FUNCTIONS.has(this.module.context.qualifiedCallee(call) ?? "");
  }

  /** `dag=dag` given to an operator of the file, a task decorator, a task group or a DAG. */
  private takesDag(call: SyntaxNode): boolean {
    if (call.type !== "call") return false;
    if (this.declared.has(call) || call.parent?.type === "decorator") return true;
    const name = this.module.context.qualifiedCallee(call) ?? "";
    return TASK_GROUP_CLASSES.has(name) || DAG_CLASSES.has(name);
  }

  /** The tasks declared in a scope (a `with` statement, a function). */
  private inside(scope: SyntaxNode): PythonTask[] {
    return this.module.tasks.filter(
      (t) => scope.startIndex <= t.declaration.startIndex && t.declaration.endIndex <= scope.endIndex,
    );
  }

  /** `with TaskGroup(…) as name:` statements: each name's target, and the statement. */
  private *groupStatements(): Generator<{ target: SyntaxNode; statement: SyntaxNode }> {
    const { context, nodes } = this.module;
    for (const item of nodes.of("with_item")) {
      const value = item.childForFieldName("value");
      const call = value?.type === "as_pattern" ? value.namedChild(0) : value;
      if (call?.type !== "call" || !TASK_GROUP_CLASSES.has(context.qualifiedCallee(call) ?? "")) continue;
      const alias = value?.type === "as_pattern" ? value.childForFieldName("alias") : null;
      const target = alias?.type === "as_pattern_target" ? alias.namedChild(0) : alias;
      const statement = item.parent?.parent;
      if (target?.type === "identifier" && statement) yield { target, statement };
    }
  }

  /**
   * A group as an operand (`prep >> train`) is its tasks: each runs before `train` (Airflow links
   * the group's leaves, which its other tasks run before), and `train >> post` runs before each
   * task of `post`. Only a group whose tasks are all declared in its `with` block: a task joined
   * to it elsewhere (`task_group=prep`) leaves the operand unresolved.
   */
  private collectGroups(): void {
    const joinedElsewhere = new Set<string>();
    for (const keyword of this.module.nodes.of("keyword_argument"))
      if (keyword.childForFieldName("name")?.text === "task_group")
        joinedElsewhere.add(keyword.childForFieldName("value")?.text ?? "");
    for (const { target, statement } of this.groupStatements()) {
      const members = this.inside(statement);
      if (members.length > 0 && !joinedElsewhere.has(target.text)) this.groupMembers.set(target.id, members);
    }
  }

  /** Task groups used as values: every task in them (or, for `tg = TaskGroup(…)`, every task). */
  private followGroups(): void {
    const { context, nodes, tasks } = this.module;
    for (const { target, statement } of this.groupStatements())
      this.follow(this.usesOf(target), this.inside(statement), "group");
    for (const call of nodes.of("call")) {
      if (call.parent?.type === "with_item" || call.parent?.type === "as_pattern") continue;
      if (TASK_GROUP_CLASSES.has(context.qualifiedCallee(call) ?? "")) this.follow([call], tasks, "group");
    }
    for (const definition of nodes.of("decorated_definition")) {
      const fn = definition.childForFieldName("definition");
      const name = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : undefined;
      if (!fn || name === undefined) continue;
      if (!isTaskGroupFunction(fn, context)) continue;
      const members = this.inside(fn);
      if (members.length === 0) continue;
      // Each call makes the group; any other use of the name may too.
      const uses = this.identifiersNamed(name).filter(isUse);
      const calls = uses.map((use) =>
        use.parent?.type === "call" && use.fieldName === "function" ? use.parent : undefined,
      );
      if (calls.some((call) => call === undefined)) for (const task of members) this.unknown.add(task);
      else this.follow(calls as SyntaxNode[], members, "group");
    }
  }

  /** The DAG object used as a value (`dag.get_task(…)`, passed to a factory): every task. */
  private followDags(): void {
    const { context, nodes, tasks } = this.module;
    for (const call of nodes.of("call")) {
      if (!DAG_CLASSES.has(context.qualifiedCallee(call) ?? "")) continue;
      const parent = call.parent;
      if (parent?.type === "as_pattern") {
        const alias = parent.childForFieldName("alias");
        const target = alias?.type === "as_pattern_target" ? alias.namedChild(0) : alias;
        if (target?.type === "identifier") this.follow(this.usesOf(target), tasks, "dag");
        else if (target) for (const task of tasks) this.unknown.add(task);
      } else if (parent?.type !== "with_item") this.follow([call], tasks, "dag");
    }
  }

  // --- Names ---------------------------------------------------------------------------------

  private identifiersNamed(name: string): readonly SyntaxNode[] {
    if (!this.identifiers) {
      this.identifiers = new Map();
      for (const identifier of this.module.nodes.of("identifier")) {
        const list = this.identifiers.get(identifier.text);
        if (list) list.push(identifier);
        else this.identifiers.set(identifier.text, [identifier]);
      }
    }
    return this.identifiers.get(name) ?? [];
  }

  /**
   * The uses of a name bound at `target`: in the scope that binds it (nested functions included),
   * those the binding may reach — or, the reaching bindings not iterating loops, any in a loop
   * around the binding (`prev >> t; prev = t`).
   */
  private usesOf(target: SyntaxNode): SyntaxNode[] {
    const { nodes, bindings } = this.module;
    const scope = nodes.scopeAround(target);
    const loop = nodes.enclosing(target, LOOPS);
    const within = (outer: SyntaxNode, node: SyntaxNode) =>
      outer.startIndex <= node.startIndex && node.endIndex <= outer.endIndex;
    return this.identifiersNamed(target.text).filter(
      (use) =>
        use !== target &&
        isUse(use) &&
        (!scope || within(scope, use)) &&
        ((loop !== undefined && within(loop, use)) ||
          bindings.reaching(use.text, use).some((binding) => binding.target === target)),
    );
  }
}

function isShift(node: SyntaxNode): boolean {
  if (node.type !== "binary_operator") return false;
  const operator = node.childForFieldName("operator")?.type;
  return operator === ">>" || operator === "<<";
}

function unresolved(nodes: readonly SyntaxNode[]): Operand {
  return { tasks: undefined, list: false, nodes };
}

/** An identifier where a name is used, not bound or named. */
function isUse(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (BINDING_PARENTS.has(parent.type)) return false;
  const fields = NOT_USES.get(parent.type);
  return !(fields && identifier.fieldName !== null && fields.has(identifier.fieldName));
}

/** Adds a `TaskOrdering` for each stated edge, and marks tasks whose successors are all known. */
export const extractRunOrder: FactExtractor = (module: PythonModule, model: TransportModel) => {
  // Only the storage rules read run order, for a write and a read by two tasks: without such a
  // pair in the file, it is not worth its time (about 5% of a run over the real corpus).
  if (!hasStoragePair(model)) return;
  const order = new RunOrder(module);
  order.run();
  if (order.edges.size > 0) {
    const facts: TaskOrdering[] = (model.orderings ??= []);
    for (const [later, earlier] of order.edges) {
      for (const [task, statement] of earlier) {
        facts.push({
          taskId: later.fact.id,
          afterTaskId: task.fact.id,
          ...(later.fact.dagId !== undefined ? { dagId: later.fact.dagId } : {}),
          span: spanOf(statement),
        });
      }
    }
  }
  for (const task of module.tasks) if (!order.unknown.has(task)) task.fact.downstreamKnown = true;
};

/** A write and a read by two different tasks of one DAG (of any places). */
function hasStoragePair(model: TransportModel): boolean {
  const writers = new Map<string | undefined, Set<string>>();
  for (const op of model.storage) {
    if (op.access !== "write") continue;
    const tasks = writers.get(op.dagId) ?? new Set<string>();
    tasks.add(op.taskId);
    writers.set(op.dagId, tasks);
  }
  return model.storage.some((op) => {
    const tasks = op.access === "read" ? writers.get(op.dagId) : undefined;
    return tasks !== undefined && (tasks.size > 1 || !tasks.has(op.taskId));
  });
}
