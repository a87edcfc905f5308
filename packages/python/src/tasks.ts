/**
 * Finds the DAGs and tasks of a module: TaskFlow decorators (`@task` family, `@dag`,
 * `@task_group`), `with DAG(...)` / `with TaskGroup(...)` blocks, and operators — the
 * `python_callable` family whose function we analyse, and other operators (Bash, …) that only
 * consume XComs through templated fields.
 */
import { configuredCallFor, type DagFact, type ReturnRole, type TaskFact } from "@dag-transport/core";
import {
  DAG_CLASSES,
  DAG_DECORATORS,
  PARTIAL_FUNCTIONS,
  PYTHON_OPERATORS,
  TASK_DECORATORS,
  TASK_GROUP_CLASSES,
  TASK_MODIFIER_DECORATORS,
  TASK_GROUP_DECORATORS,
  TASKFLOW_ALIASES,
  TASKFLOW_MODULES,
} from "./catalogs/airflow.js";
import { STORAGE_OPERATORS } from "./catalogs/storage.js";
import type { ModuleContext } from "./module-context.js";
import { NodeIndex, ownDescendantsOfType } from "./node-index.js";
import { classMethod } from "./operator-classes.js";
import { topLevelDefinition, wildcardNames } from "./project.js";
import type { ImportedOperatorFactory, RepositoryCallables } from "./repository-tasks.js";
import type { SyntaxNode } from "./syntax-tree.js";
import {
  argumentAt,
  callArguments,
  encloses,
  isFalse,
  isTrue,
  ownerScope,
  parameterNames,
  returnedExpressions,
  spanOf,
  stringLiteral,
  unparenthesize,
  type CallArguments,
} from "./syntax.js";

export interface PythonTask {
  fact: TaskFact;
  /** The code that runs as the task: a function definition or a lambda; absent when unresolvable. */
  fn?: SyntaxNode;
  /** The decorated definition or the operator call that declares the task. */
  declaration: SyntaxNode;
  /** The name other code uses to refer to the task: the TaskFlow function or the operator's variable. */
  handle?: string;
  /** Keyword arguments of the decorator call or operator call (templated fields live here). */
  keywords: ReadonlyMap<string, SyntaxNode>;
  /**
   * The call form of a TaskFlow decorator, `task(fn)` / `task(multiple_outputs=True)(fn)`: the
   * expression that is the task, so DAG code calling it (`task(fn)()`) calls the task.
   */
  maker?: SyntaxNode;
  /**
   * A TaskFlow decorator Airflow does not ship: a provider's or a team's (`@task.parquet(target=…,
   * sql=…)`), given in configuration (`call: "task.parquet"`) or not. Its name and its call, whose
   * arguments say what the task reads and writes, as an operator's declaration does: by the
   * configured row, else by convention (`unknown-operators.ts`).
   */
  providerDecorator?: { name: string; call: SyntaxNode };
  /**
   * The task runs a function imported from another module (`PythonOperator(python_callable=
   * fetch)`, `task(blogs.extract)`): the expression naming it and its qualified name. Its code
   * is not in this file (`fn` is absent); what it returns is read in its module when that is the
   * repository's.
   */
  imported?: { callable: SyntaxNode; qualified: string };
  /**
   * The task runs a method of an instance DAG code holds in a name (`s3 = S3Tools("bucket")`,
   * then `PythonOperator(python_callable=s3.download_files, op_args=[…])`): the expression naming
   * the method, the name and the method's name. Its code is read where its class is defined
   * (`bound-methods.ts` says when that is certain), its parameters after `self` bound to what the
   * operator passes (`importedCallArguments`), as for `imported`.
   */
  boundMethod?: { callable: SyntaxNode; instance: SyntaxNode; method: string };
  /**
   * The task is the operator a repository module's function returns, made by calling it in DAG
   * code (`laws = make_laws_nt(dag)`, `repository-tasks.ts`): the call is the declaration; the
   * operator's arguments are read in the factory's module, its parameters bound to the call's.
   */
  factoryOperator?: { qualified: string; factory: ImportedOperatorFactory };
}

export interface DiscoveredDags {
  dags: DagFact[];
  tasks: PythonTask[];
}

interface Scope {
  kind: "dag" | "group";
  id: string;
}

const TASKFLOW_MODULES_LONGEST_FIRST = [...TASKFLOW_MODULES].sort((a, b) => b.length - a.length);

/** Whether a function definition is decorated as a TaskFlow task group (`@task_group`, `@task_group(…)`). */
export function isTaskGroupFunction(fn: SyntaxNode, context: ModuleContext): boolean {
  if (fn.parent?.type !== "decorated_definition") return false;
  return fn.parent.namedChildren.some((decorator) => {
    const expression = decorator.type === "decorator" ? decoratorExpression(decorator) : undefined;
    const made = expression && taskflowName(expression, context);
    return made !== undefined && (TASK_GROUP_DECORATORS as readonly string[]).includes(made);
  });
}

/** `task.virtualenv` for `@task.virtualenv(...)` imported from a TaskFlow module, else undefined. */
export function taskflowName(expression: SyntaxNode, context: ModuleContext): string | undefined {
  const callee = expression.type === "call" ? expression.childForFieldName("function")! : expression;
  const qualified = context.qualify(callee);
  if (!qualified) return undefined;
  // `task` and `task.virtualenv` of an alias: the name, then what follows it.
  for (const [alias, name] of TASKFLOW_ALIASES) {
    if (qualified === alias || qualified.startsWith(`${alias}.`)) return name + qualified.slice(alias.length);
  }
  // Longest first: `airflow.sdk.definitions.decorators.task` is that module's `task`, not `airflow.sdk`'s.
  for (const module of TASKFLOW_MODULES_LONGEST_FIRST) {
    if (qualified.startsWith(`${module}.`)) return qualified.slice(module.length + 1);
  }
  // `from airflow.decorators import *`
  if (
    !context.isImported(callee) &&
    context.wildcardModules.some((m) => (TASKFLOW_MODULES as readonly string[]).includes(m))
  ) {
    return qualified;
  }
  return undefined;
}

/** A team's decorator named in configuration, or `task.<name>` Airflow leaves to its providers. */
function isProviderDecorator(name: string, configuredCalls: ReadonlySet<string>): boolean {
  return (
    configuredCalls.has(name) || (/^task\.[A-Za-z_]\w*$/.test(name) && !TASK_MODIFIER_DECORATORS.has(name))
  );
}

export function decoratorExpression(decorator: SyntaxNode): SyntaxNode | undefined {
  return decorator.namedChildren.find((c) => c.type !== "comment");
}

function keywordsOf(expression: SyntaxNode): ReadonlyMap<string, SyntaxNode> {
  return expression.type === "call" ? callArguments(expression).keywords : new Map();
}

function firstStringArgument(call: SyntaxNode, keyword: string): string | undefined {
  const { positional, keywords } = callArguments(call);
  return stringLiteral(keywords.get(keyword)) ?? stringLiteral(positional[0]);
}

export function discoverTasks(
  root: SyntaxNode,
  context: ModuleContext,
  nodes: NodeIndex = new NodeIndex(root),
  /**
   * The `call`s of a team's storage APIs (from configuration): its operator classes, whatever
   * their names end with, and its TaskFlow decorators (`task.parquet`).
   */
  configuredCalls: ReadonlySet<string> = new Set(),
  /** TaskFlow functions and operator factories of other repository modules this file calls (`repository-tasks.ts`). */
  callables: RepositoryCallables = { taskflow: new Map(), factories: new Map() },
): DiscoveredDags {
  const importedTaskflow = callables.taskflow;
  /** node id of a scope's body (function_definition or with_statement) → scope. */
  const scopes = new Map<number, Scope>();
  /** Module variables bound to a DAG: `dag = DAG("id")` or `with DAG("id") as dag`. */
  const dagVariables = new Map<string, string>();
  const dags: DagFact[] = [];

  for (const definition of nodes.of("decorated_definition")) {
    const fn = definition.childForFieldName("definition");
    if (fn?.type !== "function_definition") continue;
    for (const decorator of definition.namedChildren.filter((c) => c.type === "decorator")) {
      const expression = decoratorExpression(decorator);
      const name = expression && taskflowName(expression, context);
      if (!expression || !name) continue;
      const fnName = fn.childForFieldName("name")?.text ?? "";
      if ((DAG_DECORATORS as readonly string[]).includes(name)) {
        const id = stringLiteral(keywordsOf(expression).get("dag_id")) ?? fnName;
        scopes.set(fn.id, { kind: "dag", id });
        dags.push({ id, span: spanOf(definition) });
      } else if ((TASK_GROUP_DECORATORS as readonly string[]).includes(name)) {
        const id =
          stringLiteral(keywordsOf(expression).get("group_id")) ??
          (expression.type === "call" ? stringLiteral(callArguments(expression).positional[0]) : undefined) ??
          fnName;
        scopes.set(fn.id, { kind: "group", id });
      }
    }
  }

  for (const statement of nodes.of("with_statement")) {
    // Only this statement's own items: a nested `with TaskGroup(...)` is a scope of its own.
    const clause = statement.namedChildren.find((child) => child.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      if (item.type !== "with_item") continue;
      const value = item.childForFieldName("value");
      const call = value?.type === "as_pattern" ? value.namedChild(0) : value;
      if (call?.type !== "call") continue;
      const cls = context.qualify(call.childForFieldName("function")!);
      if (!cls) continue;
      const target = value?.type === "as_pattern" ? value.childForFieldName("alias")?.text : undefined;
      if (DAG_CLASSES.has(cls)) {
        const id = firstStringArgument(call, "dag_id") ?? target ?? "dag";
        scopes.set(statement.id, { kind: "dag", id });
        dags.push({ id, span: spanOf(statement) });
        if (target) dagVariables.set(target.replace(/^as\s+/, ""), id);
      } else if (TASK_GROUP_CLASSES.has(cls)) {
        scopes.set(statement.id, {
          kind: "group",
          id: firstStringArgument(call, "group_id") ?? target ?? "group",
        });
      }
    }
  }

  // Every call's callee, resolved once for the passes below.
  const calls = nodes.of("call").map((call) => ({ call, cls: context.qualifiedCallee(call) }));

  // `dag = DAG("id")`
  for (const { call, cls } of calls) {
    if (!cls || !DAG_CLASSES.has(cls)) continue;
    const assignment = call.parent;
    const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    if (left?.type !== "identifier") continue;
    const id = firstStringArgument(call, "dag_id") ?? left.text;
    dagVariables.set(left.text, id);
    dags.push({ id, span: spanOf(assignment!) });
  }

  const enclosingScopes = (node: SyntaxNode): { dagId?: string; groupPrefix: string } => {
    const groups: string[] = [];
    let dagId: string | undefined;
    for (let current = node.parent; current; current = current.parent) {
      const scope = scopes.get(current.id);
      if (!scope) continue;
      if (scope.kind === "group") groups.unshift(scope.id);
      else if (dagId === undefined) dagId = scope.id;
    }
    return { ...(dagId !== undefined ? { dagId } : {}), groupPrefix: groups.map((g) => `${g}.`).join("") };
  };

  /**
   * The task a TaskFlow decorator makes of `fn`, in either form: `at` is the decorated definition
   * or the `task(fn)` call (its span, DAG and task group); `unsound` when a syntax error is in it.
   */
  const taskflowFact = (
    /** The function, or the name of an imported one (`task(blogs.extract)`: `extract`). */
    fn: SyntaxNode | string,
    name: string,
    role: ReturnRole,
    keywords: ReadonlyMap<string, SyntaxNode>,
    at: SyntaxNode,
    unsound: boolean,
  ): TaskFact => {
    const fnName = typeof fn === "string" ? fn : (fn.childForFieldName("name")?.text ?? "task");
    const { dagId, groupPrefix } = enclosingScopes(at);
    return {
      id: groupPrefix + (taskIdText(keywords.get("task_id"), context) ?? fnName),
      ...(dagId !== undefined ? { dagId } : {}),
      span: spanOf(at),
      callable: fnName,
      style: `@${name}`,
      returnRole: isFalse(keywords.get("do_xcom_push")) ? "discarded" : role,
      // An explicit `multiple_outputs=` wins over the `-> dict` inference, as in Airflow.
      multipleOutputs: keywords.has("multiple_outputs")
        ? isTrue(keywords.get("multiple_outputs"))
        : typeof fn !== "string" && returnsAnnotatedDict(fn),
      ...(unsound ? { unsound: true } : {}),
    };
  };

  const tasks: PythonTask[] = [];
  /** Operators whose task id cannot be read: named after their class (`distinguishTemplatedIds`). */
  const unnamedAt = new Set<number>();

  for (const definition of nodes.of("decorated_definition")) {
    const fn = definition.childForFieldName("definition");
    if (fn?.type !== "function_definition") continue;
    for (const decorator of definition.namedChildren.filter((c) => c.type === "decorator")) {
      const expression = decoratorExpression(decorator);
      const name = expression && taskflowName(expression, context);
      // A provider's or a team's decorator runs its own code, as `@task.bash` runs a command:
      // what it pushes is its own.
      const provider =
        name !== undefined && !(name in TASK_DECORATORS) && isProviderDecorator(name, configuredCalls);
      const role =
        name !== undefined ? (TASK_DECORATORS[name] ?? (provider ? "external" : undefined)) : undefined;
      if (!expression || name === undefined || !role) continue;
      const keywords = keywordsOf(expression);
      const fact = taskflowFact(fn, name, role, keywords, definition, fn.hasError);
      tasks.push({
        fact,
        fn,
        declaration: definition,
        handle: fact.callable,
        keywords,
        ...(provider && expression.type === "call" ? { providerDecorator: { name, call: expression } } : {}),
      });
      break;
    }
  }

  // The call form of a TaskFlow decorator: `task(fn)`, `task(fn, multiple_outputs=True)`,
  // `task(multiple_outputs=True)(fn)`, `setup(fn)` — `fn` a function of this file.
  for (const { call } of calls) {
    const made = taskflowCallForm(call, context);
    if (!made) continue;
    const { fn, imported, name, role, keywords } = made;
    const assigned = call.parent?.type === "assignment" ? call.parent.childForFieldName("left") : null;
    const callable = fn ?? imported!.qualified.slice(imported!.qualified.lastIndexOf(".") + 1);
    const fact = taskflowFact(callable, name, role, keywords, call, call.hasError || (fn?.hasError ?? false));
    if (fn && !encloses(call, fn)) fact.codeSpan = spanOf(fn);
    tasks.push({
      fact,
      ...(fn ? { fn } : { imported: imported! }),
      declaration: call,
      ...(assigned?.type === "identifier" ? { handle: assigned.text } : {}),
      keywords,
      maker: call,
    });
  }

  // A TaskFlow function of another repository module called in a DAG's body (`ingest()` after
  // `from steps.ingest import ingest`): one task per name, declared by its first call there, its
  // code read in its module (`imported`).
  if (importedTaskflow.size > 0) {
    const named = new Set<string>();
    for (const { call } of calls) {
      const callee = call.childForFieldName("function")!;
      if (callee.type !== "identifier" || named.has(callee.text) || !context.isImported(callee)) continue;
      const qualified = context.qualify(callee);
      const made = qualified !== undefined ? importedTaskflow.get(qualified) : undefined;
      const scopes = made ? enclosingScopes(call) : undefined;
      if (!made || scopes?.dagId === undefined) continue;
      named.add(callee.text);
      const fnName = qualified!.slice(qualified!.lastIndexOf(".") + 1);
      const fact = taskflowFact(
        fnName,
        made.decorator,
        TASK_DECORATORS[made.decorator]!,
        new Map(),
        call,
        call.hasError,
      );
      if (made.taskId !== undefined) fact.id = scopes.groupPrefix + made.taskId;
      if (made.multipleOutputs) fact.multipleOutputs = true;
      tasks.push({
        fact,
        imported: { callable: callee, qualified: qualified! },
        declaration: call,
        handle: callee.text,
        keywords: new Map(),
      });
    }
  }

  // An operator factory of another repository module called in DAG code (`laws =
  // make_laws_nt(dag)`): a task per call whose DAG and task id can be read.
  for (const { call } of callables.factories.size > 0 ? calls : []) {
    const callee = call.childForFieldName("function")!;
    if ((callee.type !== "identifier" && callee.type !== "attribute") || !context.isImported(callee))
      continue;
    const qualified = context.qualify(callee);
    const factory = qualified !== undefined ? callables.factories.get(qualified) : undefined;
    if (!factory || insideTestFunction(call)) continue;
    const taskId = factoryTaskId(factory, call, context);
    const scoped = enclosingScopes(call);
    const { positional, keywords } = callArguments(call);
    const dagArgument = [...positional, ...keywords.values()].find(
      (argument) => argument.type === "identifier" && dagVariables.has(argument.text),
    );
    const dagId = scoped.dagId ?? (dagArgument && dagVariables.get(dagArgument.text));
    if (taskId === undefined || dagId === undefined) continue;
    const assigned = call.parent?.type === "assignment" ? call.parent.childForFieldName("left") : null;
    const operatorKeywords = callArguments(factory.operator).keywords;
    tasks.push({
      fact: {
        id: scoped.groupPrefix + taskId,
        dagId,
        span: spanOf(call),
        style: factory.cls.slice(factory.cls.lastIndexOf(".") + 1),
        returnRole: isFalse(operatorKeywords.get("do_xcom_push")) ? "discarded" : "external",
        multipleOutputs: false,
        ...(call.hasError ? { unsound: true } : {}),
      },
      declaration: call,
      ...(assigned?.type === "identifier" ? { handle: assigned.text } : {}),
      keywords: new Map(),
      factoryOperator: { qualified: qualified!, factory },
    });
  }

  // Calls of a plain name (`add_task(…)`), grouped once, when a task-making helper asks.
  let byName: Map<string, SyntaxNode[]> | undefined;
  const callsNamed = (name: string): readonly SyntaxNode[] => {
    if (!byName) {
      byName = new Map();
      for (const { call } of calls) {
        const fn = call.childForFieldName("function")!;
        if (fn.type !== "identifier") continue;
        const list = byName.get(fn.text);
        if (list) list.push(call);
        else byName.set(fn.text, [call]);
      }
    }
    return byName.get(name) ?? [];
  };

  for (const { call, cls: callee } of calls) {
    if (!callee) continue;
    // `PythonOperator.partial(task_id=…, python_callable=f).expand(op_args=…)`: a mapped task,
    // declared by the partial call (what `.expand` maps over is per instance, unknown here).
    const cls = callee.endsWith(".partial") ? callee.slice(0, -".partial".length) : callee;
    const pythonRole = PYTHON_OPERATORS.get(cls);
    // Most calls are not operators: decide on the name before reading the arguments.
    if (
      !pythonRole &&
      !cls.endsWith("Operator") &&
      !cls.endsWith("Sensor") &&
      !STORAGE_OPERATORS.has(cls) &&
      configuredCallFor(cls, (call) => configuredCalls.has(call)) === undefined
    )
      continue;
    // An operator a pytest test builds (and `.execute()`s) is the test's, no DAG's task.
    if (insideTestFunction(call)) continue;
    const className = cls.slice(cls.lastIndexOf(".") + 1);
    const { keywords } = callArguments(call);
    const pushTask = (site: SyntaxNode, taskId: string | undefined, callable: SyntaxNode | undefined) => {
      const scoped = enclosingScopes(site);
      const dagVariable = keywords.get("dag");
      const dagId =
        scoped.dagId ?? (dagVariable?.type === "identifier" ? dagVariables.get(dagVariable.text) : undefined);
      const fn = pythonRole ? resolveCallable(callable, context) : undefined;
      const imported = pythonRole && !fn ? importedCallable(callable, context) : undefined;
      const boundMethod = pythonRole && !fn && !imported ? boundMethodCallable(callable, context) : undefined;
      const returnRole: ReturnRole = isFalse(keywords.get("do_xcom_push"))
        ? "discarded"
        : (pythonRole ?? "external");
      const named = callee === cls ? site : (mappedCall(site) ?? site);
      const assigned = named.parent?.type === "assignment" ? named.parent.childForFieldName("left") : null;
      if (taskId === undefined) unnamedAt.add(tasks.length);
      tasks.push({
        fact: {
          id: scoped.groupPrefix + (taskId ?? className),
          ...(dagId !== undefined ? { dagId } : {}),
          span: spanOf(site),
          ...(fn?.type === "function_definition" ? { callable: fn.childForFieldName("name")!.text } : {}),
          ...(fn && !encloses(site, fn) ? { codeSpan: spanOf(fn) } : {}),
          style: className,
          returnRole,
          multipleOutputs: isTrue(keywords.get("multiple_outputs")),
          ...(call.hasError || site.hasError || fn?.hasError ? { unsound: true } : {}),
        },
        ...(fn ? { fn } : {}),
        ...(imported ? { imported } : {}),
        ...(boundMethod ? { boundMethod } : {}),
        declaration: call,
        ...(assigned?.type === "identifier" ? { handle: assigned.text } : {}),
        keywords,
      });
    };
    // Declared by a task-making helper: one task per call of it that names the task.
    const made = taskMakerCalls(call, keywords, callsNamed);
    if (made) {
      for (const { site, taskId, callable } of made) pushTask(site, taskId, callable);
      continue;
    }
    // An operator running no Python of this file is a task only by its id; one the analysis
    // cannot read still names one (a Python operator's falls back to its class's name).
    const taskId =
      taskIdText(keywords.get("task_id"), context) ??
      (pythonRole ? undefined : opaqueTaskId(keywords.get("task_id")));
    if (!pythonRole && !taskId) continue;
    pushTask(call, taskId, keywords.get("python_callable"));
  }

  const called = withoutUncalledTaskflow(tasks, nodes, dags.length > 0);
  assignDagsByCallSite(called, nodes, scopes, dags);
  distinguishTemplatedIds(called, new Set([...unnamedAt].map((index) => tasks[index]!)));
  return { dags, tasks: called };
}

/**
 * A TaskFlow function makes a task of a DAG only when it is called: one decorated inside a DAG
 * (its body, or a `with DAG` block) whose name the file never uses again is dead code, no task
 * of the DAG (ask-astro's `extract_github_python`, defined in the `@dag` body and never called).
 * So is one decorated at module level in a file that declares a DAG and never names it
 * (AlekseyLoktev83's `ssh_test.py`: only one of two tasks is called). Names used only as an
 * attribute (`github.extract_github_python`) or a keyword (`f(extract=1)`) are other things. In
 * a file without a DAG a decorated function stays a task: another file imports it.
 */
function withoutUncalledTaskflow(tasks: PythonTask[], nodes: NodeIndex, fileHasDag: boolean): PythonTask[] {
  const scoped = new Set(
    tasks.filter(
      (t) =>
        (fileHasDag || t.fact.dagId !== undefined) && t.declaration.type === "decorated_definition" && t.fn,
    ),
  );
  if (scoped.size === 0) return tasks;
  const used = new Set<string>();
  for (const identifier of nodes.of("identifier")) {
    const parent = identifier.parent;
    if (!parent) continue;
    const field =
      parent.type === "attribute"
        ? parent.childForFieldName("attribute")
        : parent.type === "keyword_argument" || parent.type === "function_definition"
          ? parent.childForFieldName("name")
          : null;
    if (field?.id === identifier.id) continue;
    used.add(identifier.text);
  }
  return tasks.filter((t) => !scoped.has(t) || used.has(t.fn!.childForFieldName("name")?.text ?? ""));
}

/**
 * Two declarations of one DAG whose task id is the same template (`f"download_{name}"` in two
 * loops), or that are both named after their operator because their ids cannot be read, are
 * different tasks at run time, but their ids read alike: each after the first gets its
 * declaration's line (`download_{name}@86`, `PythonOperator@120`), so neither's reads and writes
 * are taken for the other's. Literal ids are left alone (Airflow refuses a DAG that repeats one).
 */
function distinguishTemplatedIds(tasks: readonly PythonTask[], unnamed: ReadonlySet<PythonTask>): void {
  const seen = new Set<string>();
  for (const task of tasks) {
    const { fact } = task;
    if (!fact.id.includes("{") && !unnamed.has(task)) continue;
    const key = `${fact.dagId ?? ""}\u0000${fact.id}`;
    if (seen.has(key)) fact.id = `${fact.id}@${fact.span.line}`;
    else seen.add(key);
  }
}

/** `-> dict` / `-> Dict[str, int]` on a TaskFlow function makes Airflow infer multiple_outputs. */
export function returnsAnnotatedDict(fn: SyntaxNode): boolean {
  const annotation = fn.childForFieldName("return_type");
  if (!annotation) return false;
  return /^(dict|Dict|typing\.Dict)\b/.test(annotation.text.trim());
}

function resolveCallable(
  node: SyntaxNode | undefined,
  context: ModuleContext,
  depth = 0,
): SyntaxNode | undefined {
  if (!node || depth > 4) return undefined;
  const inner = unparenthesize(node);
  if (inner.type === "lambda") return inner;
  if (inner.type === "identifier") return context.functions.get(inner.text);
  // `python_callable=Extract.run`: a static method of a class of this file.
  if (inner.type === "attribute") return staticMethodOf(inner, context);
  // `partial(fn, "sales")`: the task runs `fn` (its bound arguments: `partialArguments`).
  const wrapped = partialArguments(inner, context)?.fn;
  if (wrapped) return wrapped.type === "identifier" ? context.functions.get(wrapped.text) : undefined;
  // `with_retries(fn, uris)`, a wrapper of this file returning a closure that calls `fn`.
  const through = wrappedCallable(inner, context);
  return through ? resolveCallable(through, context, depth + 1) : undefined;
}

/**
 * `Cls.name` where `Cls` names a class defined at this module's top level (not an imported name)
 * and `name` its one `@staticmethod` of that name: a function, run as the task's code.
 */
function staticMethodOf(attribute: SyntaxNode, context: ModuleContext): SyntaxNode | undefined {
  const object = attribute.childForFieldName("object");
  if (object?.type !== "identifier" || context.isImported(object)) return undefined;
  const cls = topLevelDefinition(context.tree.rootNode, object.text, "class_definition");
  const method = cls ? classMethod(cls, attribute.childForFieldName("attribute")!.text) : undefined;
  return method?.kind === "static" ? method.fn : undefined;
}

/**
 * A call of a callable wrapper of this file — a function returning a function it defines, which
 * calls one of the wrapper's parameters (`def add_fallback(python_callable, uris): def
 * with_fallback(**kw): … python_callable(**kw) …; return with_fallback`) — runs what the call
 * passes that parameter: that argument. Undefined for any other call.
 */
function wrappedCallable(call: SyntaxNode, context: ModuleContext): SyntaxNode | undefined {
  if (call.type !== "call") return undefined;
  const callee = call.childForFieldName("function")!;
  if (callee.type !== "identifier" || context.isImported(callee)) return undefined;
  const wrapper = context.functions.get(callee.text);
  if (wrapper?.type !== "function_definition") return undefined;
  const returned = returnedExpressions(wrapper);
  const closureName =
    returned.length === 1 && returned[0]!.type === "identifier" ? returned[0]!.text : undefined;
  const closure = closureName
    ? wrapper
        .childForFieldName("body")
        ?.namedChildren.find(
          (c) => c.type === "function_definition" && c.childForFieldName("name")?.text === closureName,
        )
    : undefined;
  if (!closure) return undefined;
  const parameters = parameterNames(wrapper);
  const calledParameter = ownDescendantsOfType(closure, ["call"])
    .map((c) => c.childForFieldName("function")!)
    .find((f) => f.type === "identifier" && parameters.includes(f.text));
  if (!calledParameter) return undefined;
  return argumentAt(call, { keyword: calledParameter.text, index: parameters.indexOf(calledParameter.text) });
}

/** The `.expand(…)` / `.expand_kwargs(…)` call made of an operator's `.partial(…)` call, if any. */
function mappedCall(partial: SyntaxNode): SyntaxNode | undefined {
  const attribute = partial.parent;
  if (attribute?.type !== "attribute" || attribute.childForFieldName("object")?.id !== partial.id)
    return undefined;
  const method = attribute.childForFieldName("attribute")?.text;
  const call = attribute.parent;
  return (method === "expand" || method === "expand_kwargs") && call?.type === "call" ? call : undefined;
}

/** Whether a node lies in a pytest test function (`def test_…`), at any depth. */
function insideTestFunction(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === "function_definition" &&
      /^test_/.test(current.childForFieldName("name")?.text ?? "")
    )
      return true;
  }
  return false;
}

/**
 * An operator declared by a task-making helper — a function that declares it from its
 * parameters (`def add_export_task(toggle, task_id, python_callable): PythonOperator(
 * task_id=task_id, python_callable=python_callable, …)`) — is one task per call of the helper
 * in this file that names the task with a string literal, running the callable that call passes.
 * Undefined when the declaration's `task_id` is not a parameter of the function around it; an
 * empty list when no call names a task.
 */
function taskMakerCalls(
  declaration: SyntaxNode,
  keywords: ReadonlyMap<string, SyntaxNode>,
  callsNamed: (name: string) => readonly SyntaxNode[],
): { site: SyntaxNode; taskId: string; callable: SyntaxNode | undefined }[] | undefined {
  const idNode = keywords.get("task_id");
  if (idNode?.type !== "identifier") return undefined;
  const helper = ownerScope(declaration);
  if (helper?.type !== "function_definition") return undefined;
  const parameters = parameterNames(helper);
  if (!parameters.includes(idNode.text)) return undefined;
  const name = helper.childForFieldName("name")!.text;
  const callableNode = keywords.get("python_callable");
  const callableParameter =
    callableNode?.type === "identifier" && parameters.includes(callableNode.text)
      ? callableNode.text
      : undefined;
  const argument = (site: SyntaxNode, parameter: string) =>
    argumentAt(site, { keyword: parameter, index: parameters.indexOf(parameter) });
  const made: { site: SyntaxNode; taskId: string; callable: SyntaxNode | undefined }[] = [];
  for (const site of callsNamed(name)) {
    if (encloses(helper, site)) continue;
    const taskId = stringLiteral(argument(site, idNode.text));
    if (taskId === undefined) continue;
    made.push({
      site,
      taskId,
      callable: callableParameter ? argument(site, callableParameter) : callableNode,
    });
  }
  return made;
}

/** A dict literal's or a `dict(k=v)` call's string keys and values (`op_kwargs=…`). */
export function dictItems(node: SyntaxNode | undefined, context: ModuleContext): Map<string, SyntaxNode> {
  const items = new Map<string, SyntaxNode>();
  let inner = node ? unparenthesize(node) : undefined;
  // `op_kwargs=KWARGS`: a module constant bound once to a dict.
  if (inner?.type === "identifier") {
    const constant = context.constants.get(inner.text);
    if (constant) inner = unparenthesize(constant);
  }
  if (inner?.type === "dictionary") {
    for (const pair of inner.namedChildren) {
      const key = pair.type === "pair" ? stringLiteral(pair.childForFieldName("key")) : undefined;
      if (key !== undefined) items.set(key, pair.childForFieldName("value")!);
    }
  } else if (inner?.type === "call" && context.qualify(inner.childForFieldName("function")!) === "dict") {
    for (const [key, value] of callArguments(inner).keywords) items.set(key, value);
  }
  return items;
}

/**
 * What a task's imported function or bound method is called with (`PythonTask.imported`,
 * `PythonTask.boundMethod`; a method's `self` not among them): the arguments of the DAG code's
 * call of a `task(fn)` task, or the operator's `op_args` (a list or tuple literal) and
 * `op_kwargs` (`dictItems`). Anything else passes nothing known.
 */
export function importedCallArguments(task: PythonTask, context: ModuleContext): CallArguments {
  // `ingest(path)` of a repository module's TaskFlow function: the call that declares the task.
  if (isImportedTaskflowCall(task)) return callArguments(task.declaration);
  const invocation = task.maker?.parent;
  if (
    task.maker &&
    invocation?.type === "call" &&
    invocation.childForFieldName("function")?.id === task.maker.id
  )
    return callArguments(invocation);
  if (task.maker) return { positional: [], keywords: new Map() };
  const args = task.keywords.get("op_args");
  const list = args ? unparenthesize(args) : undefined;
  const positional =
    list?.type === "list" || list?.type === "tuple"
      ? list.namedChildren.filter((c) => c.type !== "comment")
      : [];
  const spread = positional.findIndex((element) => element.type === "list_splat");
  return {
    positional: spread >= 0 ? positional.slice(0, spread) : positional,
    keywords: dictItems(task.keywords.get("op_kwargs"), context),
  };
}

/**
 * A task declared by a call of a repository module's TaskFlow function (`ingest(path)`,
 * `repository-tasks.ts`): its decorated code is the task's own.
 */
export function isImportedTaskflowCall(task: PythonTask): boolean {
  return (
    task.declaration.type === "call" &&
    task.declaration.childForFieldName("function")?.id === task.imported?.callable.id
  );
}

/** A `python_callable` naming a function imported from another module, with its qualified name. */
function importedCallable(
  node: SyntaxNode | undefined,
  context: ModuleContext,
): { callable: SyntaxNode; qualified: string } | undefined {
  const inner = node ? unparenthesize(node) : undefined;
  if (inner?.type !== "identifier" && inner?.type !== "attribute") return undefined;
  if (!context.isImported(inner)) {
    // Bound by nothing in this file but one repository module's `*` (`from ..modules.utils import *`).
    if (inner.type !== "identifier" || context.functions.has(inner.text) || context.constants.has(inner.text))
      return undefined;
    const candidates = wildcardNames(context, inner.text);
    return candidates.length === 1 ? { callable: inner, qualified: candidates[0]! } : undefined;
  }
  const qualified = context.qualify(inner);
  return qualified !== undefined ? { callable: inner, qualified } : undefined;
}

/**
 * A `python_callable` naming a method of what a name of this file holds (`s3.download_files`):
 * the expression, the name and the method's name. Whether the name holds one known instance is
 * decided where the method is looked for (`taskMethod`).
 */
function boundMethodCallable(
  node: SyntaxNode | undefined,
  context: ModuleContext,
): PythonTask["boundMethod"] {
  const inner = node ? unparenthesize(node) : undefined;
  if (inner?.type !== "attribute") return undefined;
  const instance = unparenthesize(inner.childForFieldName("object")!);
  if (instance.type !== "identifier" || context.isImported(instance)) return undefined;
  return { callable: inner, instance, method: inner.childForFieldName("attribute")!.text };
}

/** `functools.partial(fn, *args, **keywords)`: the wrapped callable and the bound arguments. */
export function partialArguments(
  node: SyntaxNode,
  context: ModuleContext,
): { fn: SyntaxNode; positional: SyntaxNode[]; keywords: ReadonlyMap<string, SyntaxNode> } | undefined {
  const inner = unparenthesize(node);
  if (inner.type !== "call") return undefined;
  const name = context.qualifiedCallee(inner);
  if (!name || !PARTIAL_FUNCTIONS.has(name)) return undefined;
  const { positional, keywords } = callArguments(inner);
  const [fn, ...rest] = positional;
  if (!fn || fn.type === "list_splat") return undefined;
  return { fn: unparenthesize(fn), positional: rest, keywords };
}

/**
 * A task id as written: a literal (or a module constant bound to one), or a name built in a loop
 * or a factory — an f-string (`f"load_{name}"`), a `+` concatenation (`"load_" + name`), `%` or
 * `.format()` of a literal template — kept with its other parts as written, in braces
 * (`load_{name}`), so that each declaration is a task of its own: `load_{name}` and
 * `extract_{name}` are two tasks, whatever `name` is. A name with no literal text is undefined.
 */
function taskIdText(node: SyntaxNode | undefined, context: ModuleContext): string | undefined {
  const built = node && idParts(node, context, 0);
  return built?.literal ? built.text || undefined : undefined;
}

/**
 * The task id of an imported factory's operator (`ImportedOperatorFactory`): a literal there, or
 * the factory's parameter it names, as the call gives it (`make_export("export_cases", …)`).
 */
function factoryTaskId(
  factory: ImportedOperatorFactory,
  call: SyntaxNode,
  context: ModuleContext,
): string | undefined {
  const id = callArguments(factory.operator).keywords.get("task_id");
  const inner = id && unparenthesize(id);
  if (!inner) return undefined;
  if (inner.type === "identifier") {
    const index = parameterNames(factory.target.fn).indexOf(inner.text);
    if (index !== -1) return taskIdText(argumentAt(call, { keyword: inner.text, index }), context);
  }
  return taskIdText(inner, factory.target.module.context);
}

/**
 * A task id the analysis cannot read but that names one all the same (`task_id=tid("w")`,
 * `task_id=name`): the expression's text as a hole (`{tid("w")}`), so the operator is a task
 * and the same expression elsewhere names the same task. Not for an empty or missing id.
 */
function opaqueTaskId(node: SyntaxNode | undefined): string | undefined {
  const inner = node ? unparenthesize(node) : undefined;
  return inner && ["call", "identifier", "attribute", "subscript"].includes(inner.type)
    ? unknownPart(inner)
    : undefined;
}

/** How deep a built task id is read (`"a_" + b + "_" + c` nests one level a `+`). */
const MAX_ID_DEPTH = 8;
/** A `%` conversion of a printf-style template: `%s`, `%d`, `%(name)s`. */
const PRINTF_FIELD = /%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdirfg]/g;
/** A `.format()` field: `{}`, `{0}`, `{name}` (with any conversion or format spec). */
const FORMAT_FIELD = /\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}/g;

/**
 * The value of the last `name = value` statement before `use` in a block around it, within its
 * function (a loop's body: `task_id = f"export_{entity}"`, then `PythonOperator(task_id=task_id)`).
 * Undefined when there is none, or when the name is bound some other way in between.
 */
function precedingAssignment(use: SyntaxNode): SyntaxNode | undefined {
  const name = use.text;
  // Bound again by `+=`, a tuple assignment or a `for` target.
  const rebinds = (statement: SyntaxNode) => {
    const inner = statement.type === "expression_statement" ? statement.namedChild(0) : statement;
    const binds = ["assignment", "augmented_assignment", "for_statement"].includes(inner?.type ?? "");
    const target = binds ? inner!.childForFieldName("left") : null;
    return (
      !!target &&
      (target.text === name || target.descendantsOfType("identifier").some((id) => id.text === name))
    );
  };
  for (let child = use, block = use.parent; block; child = block, block = block.parent) {
    if (block.type === "function_definition" || block.type === "class_definition") return undefined;
    if (block.type !== "block" && block.type !== "module") continue;
    // null: bound here some other way since, so no earlier value holds.
    let found: SyntaxNode | null | undefined;
    for (const statement of block.namedChildren) {
      if (statement.startIndex >= child.startIndex) break;
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : null;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
      if (left?.type === "identifier" && left.text === name) found = assignment!.childForFieldName("right");
      else if (rebinds(statement)) found = null;
    }
    if (found !== undefined) return found ?? undefined;
  }
  return undefined;
}

/** A part of a task id not known while linting, as written: `{name}`. */
function unknownPart(node: SyntaxNode): string {
  return `{${node.text.replace(/\s+/g, " ")}}`;
}

/** A task id's text and whether any of it is literal (undefined: not a string that can be read). */
function idParts(
  node: SyntaxNode,
  context: ModuleContext,
  depth: number,
): { text: string; literal: boolean } | undefined {
  const inner = unparenthesize(node);
  const literal = stringLiteral(inner);
  if (literal !== undefined) return { text: literal, literal: literal !== "" };
  if (depth >= MAX_ID_DEPTH) return undefined;
  if (inner.type === "string" && inner.namedChildren.some((c) => c.type === "interpolation")) {
    let text = "";
    let literalText = false;
    for (const part of inner.namedChildren) {
      if (part.type === "string_content" || part.type === "escape_sequence") {
        text += part.text;
        literalText = true;
      } else if (part.type === "interpolation") text += part.text;
    }
    return { text, literal: literalText };
  }
  if (inner.type === "identifier") {
    const constant = context.isImported(inner) ? undefined : context.constants.get(inner.text);
    const value = stringLiteral(constant);
    if (value !== undefined) return { text: value, literal: value !== "" };
    // `task_to_pull_from = f"export_{entity}"` just before, in the loop that declares the task.
    const local = constant ? undefined : precedingAssignment(inner);
    return local ? idParts(local, context, depth + 1) : undefined;
  }
  if (inner.type === "binary_operator") {
    const operator = inner.childForFieldName("operator")?.type;
    const left = inner.childForFieldName("left");
    const right = inner.childForFieldName("right");
    if (!left || !right) return undefined;
    if (operator === "+") {
      const a = idParts(left, context, depth + 1);
      const b = idParts(right, context, depth + 1);
      // One side must be a string for `+` to be a concatenation, not a sum.
      if (!a && !b) return undefined;
      return {
        text: (a?.text ?? unknownPart(left)) + (b?.text ?? unknownPart(right)),
        literal: (a?.literal ?? false) || (b?.literal ?? false),
      };
    }
    if (operator === "%") {
      const template = stringLiteral(left);
      if (template === undefined) return undefined;
      const valueNode = unparenthesize(right);
      const values = valueNode.type === "tuple" ? valueNode.namedChildren : [valueNode];
      let index = 0;
      const text = template.replace(PRINTF_FIELD, () => {
        const value = values[index++];
        return value ? unknownPart(value) : "{*}";
      });
      return { text, literal: true };
    }
    return undefined;
  }
  if (inner.type === "call") {
    const callee = inner.childForFieldName("function");
    if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "format")
      return undefined;
    const template = stringLiteral(callee.childForFieldName("object"));
    if (template === undefined) return undefined;
    const { positional, keywords } = callArguments(inner);
    let index = 0;
    const text = template.replace(FORMAT_FIELD, (_field, name: string) => {
      const value =
        name === ""
          ? positional[index++]
          : /^\d+$/.test(name)
            ? positional[Number(name)]
            : keywords.get(name);
      return value ? unknownPart(value) : "{*}";
    });
    return { text, literal: true };
  }
  return undefined;
}

/**
 * `task(fn)`, `task(fn, multiple_outputs=True)`, `task(multiple_outputs=True)(fn)`,
 * `task.virtualenv(requirements=[…])(fn)`, `setup(fn)`: a TaskFlow decorator applied by a call
 * to a function of this file, or to one imported from another module (`task(blogs.extract)`).
 */
function taskflowCallForm(
  call: SyntaxNode,
  context: ModuleContext,
):
  | {
      fn?: SyntaxNode;
      imported?: { callable: SyntaxNode; qualified: string };
      name: string;
      role: ReturnRole;
      keywords: ReadonlyMap<string, SyntaxNode>;
    }
  | undefined {
  const callee = call.childForFieldName("function");
  if (!callee || (callee.type !== "identifier" && callee.type !== "attribute" && callee.type !== "call"))
    return undefined;
  const { positional, keywords } = callArguments(call);
  const target = positional[0] ? unparenthesize(positional[0]) : undefined;
  if (positional.length !== 1 || (target?.type !== "identifier" && target?.type !== "attribute"))
    return undefined;
  // `task(blogs.extract_astro_blogs)`: a function of another module, read there.
  const imported = importedCallable(target, context);
  const fn = target.type === "identifier" && !imported ? context.functions.get(target.text) : undefined;
  // A decorated function (`@task def fn`, then `task(fn)`) is already what its decorators make.
  if (!imported && (fn?.type !== "function_definition" || fn.parent?.type === "decorated_definition"))
    return undefined;
  let decorator: SyntaxNode = callee;
  let decoratorKeywords = keywords;
  if (callee.type === "call") {
    // `task(multiple_outputs=True)(fn)`: the inner call takes keywords only.
    const inner = callArguments(callee);
    if (inner.positional.length > 0) return undefined;
    decorator = callee;
    decoratorKeywords = new Map([...inner.keywords, ...keywords]);
  }
  const name = taskflowName(decorator, context);
  const role = name !== undefined ? TASK_DECORATORS[name] : undefined;
  if (!name || !role) return undefined;
  return imported
    ? { imported, name, role, keywords: decoratorKeywords }
    : { fn, name, role, keywords: decoratorKeywords };
}

/**
 * A TaskFlow task defined at module level belongs to the DAG whose body calls it. With a single
 * DAG in the file, everything belongs to it.
 */
function assignDagsByCallSite(
  tasks: PythonTask[],
  nodes: NodeIndex,
  scopes: Map<number, Scope>,
  dags: DagFact[],
): void {
  const unassigned = tasks.filter((t) => t.fact.dagId === undefined);
  if (unassigned.length === 0 || dags.length === 0) return;
  if (dags.length === 1) {
    for (const task of unassigned) task.fact.dagId = dags[0]!.id;
    return;
  }
  const byHandle = new Map(unassigned.filter((t) => t.handle).map((t) => [t.handle!, t]));
  for (const call of nodes.of("call")) {
    const callee = call.childForFieldName("function");
    const task = callee?.type === "identifier" ? byHandle.get(callee.text) : undefined;
    if (!task || task.fact.dagId !== undefined) continue;
    for (let current = call.parent; current; current = current.parent) {
      const scope = scopes.get(current.id);
      if (scope?.kind === "dag") {
        task.fact.dagId = scope.id;
        break;
      }
    }
  }
}
