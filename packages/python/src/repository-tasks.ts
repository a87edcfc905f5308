/**
 * Tasks a DAG file makes by calling code another module of the repository defines:
 *
 * - TaskFlow functions: `from steps.ingest import ingest` (where `@task def ingest(): …`), then
 *   `ingest() >> train()` in the DAG's body. Task discovery (`tasks.ts`) makes each such name a
 *   task of the DAG file, as it does a `task(blogs.extract)` call: its code is read in its module
 *   (`PythonTask.imported`), its handoffs are matched by the DAG file's wiring.
 * - Operator factories: `laws = make_laws_nt(dag)`, where `def make_laws_nt(dag): return
 *   BashOperator(…)` in `lido/tasks.py`. Each call is a task of the DAG file, declared by the call
 *   (its DAG, task group and `>>` wiring are the call's); the operator's arguments are read in
 *   the factory's module with its parameters bound to the call's arguments
 *   (`PythonTask.factoryOperator`, `storage.ts`), and what it writes is reported at the call.
 *
 * A name whose function is not found, or is neither, is not a task, as before.
 */
import { configuredCallFor } from "@dag-transport/core";
import { onlyAssignedValue } from "./bindings.js";
import { PYTHON_OPERATORS, TASK_DECORATORS } from "./catalogs/airflow.js";
import { STORAGE_OPERATORS } from "./catalogs/storage.js";
import type { ModuleContext } from "./module-context.js";
import type { NodeIndex } from "./node-index.js";
import { mayBeRepositoryName, type ProjectFunction, type ProjectModules } from "./project.js";
import { callArguments, isTrue, returnedExpressions, stringLiteral, unparenthesize } from "./syntax.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { decoratorExpression, returnsAnnotatedDict, taskflowName } from "./tasks.js";

/** What a repository module's TaskFlow function is, as its decorator says. */
export interface ImportedTaskflow {
  /** The decorator's name (`task`, `task.virtualenv`). */
  decorator: string;
  /** `task_id=` of the decorator, when a literal; else the task is named after the function. */
  taskId?: string;
  multipleOutputs: boolean;
}

/**
 * A function of a repository module that builds and returns one operator (`return
 * BashOperator(…)`, or a name bound once to it): a catalogued operator whose arguments are files
 * or objects (`STORAGE_OPERATORS`), or a team's configured one. Not a `python_callable` operator:
 * its code would be a function of the factory's module, read through arguments of that module.
 */
export interface ImportedOperatorFactory {
  target: ProjectFunction;
  /** The operator call, in the factory's module. */
  operator: SyntaxNode;
  /** Its class as the factory's module qualifies it. */
  cls: string;
}

/** What the repository functions this file calls make: TaskFlow tasks and operators, by qualified name. */
export interface RepositoryCallables {
  taskflow: Map<string, ImportedTaskflow>;
  factories: Map<string, ImportedOperatorFactory>;
}

/** The repository functions this file calls (qualified as `ModuleContext.qualify` gives them) that make tasks. */
export function repositoryCallables(
  context: ModuleContext,
  nodes: NodeIndex,
  modules: ProjectModules | undefined,
  file: string,
  /** The `call`s of a team's storage APIs (from configuration). */
  configuredCalls: ReadonlySet<string> = new Set(),
): RepositoryCallables {
  const found: RepositoryCallables = { taskflow: new Map(), factories: new Map() };
  if (!modules) return found;
  const seen = new Set<string>();
  for (const call of nodes.of("call")) {
    const callee = call.childForFieldName("function");
    if ((callee?.type !== "identifier" && callee?.type !== "attribute") || !context.isImported(callee))
      continue;
    const qualified = context.qualify(callee);
    if (qualified === undefined || seen.has(qualified)) continue;
    seen.add(qualified);
    const target = mayBeRepositoryName(qualified) ? modules.resolveFunction(qualified, file) : undefined;
    if (!target) continue;
    // A TaskFlow function is decorated; a factory is not: one or the other.
    const taskflow = taskflowFunction(target);
    if (taskflow) found.taskflow.set(qualified, taskflow);
    const factory = taskflow ? undefined : operatorFactory(target, configuredCalls);
    if (factory) found.factories.set(qualified, factory);
  }
  return found;
}

/** The operator a repository function returns (`ImportedOperatorFactory`), if that is all it is. */
function operatorFactory(
  target: ProjectFunction,
  configuredCalls: ReadonlySet<string>,
): ImportedOperatorFactory | undefined {
  const { fn, module } = target;
  // A decorated function may be anything its decorator makes of it.
  if (fn.parent?.type === "decorated_definition") return undefined;
  const returned = returnedExpressions(fn);
  if (returned.length !== 1) return undefined;
  let operator = unparenthesize(returned[0]!);
  if (operator.type === "identifier") {
    const value = onlyAssignedValue(module.bindings.reaching(operator.text, operator));
    if (!value) return undefined;
    operator = unparenthesize(value);
  }
  if (operator.type !== "call") return undefined;
  const cls = module.context.qualifiedCallee(operator);
  if (cls === undefined || PYTHON_OPERATORS.has(cls)) return undefined;
  const known =
    STORAGE_OPERATORS.has(cls) || configuredCallFor(cls, (call) => configuredCalls.has(call)) !== undefined;
  return known ? { target, operator, cls } : undefined;
}

function taskflowFunction(target: ProjectFunction): ImportedTaskflow | undefined {
  const definition = target.fn.parent;
  if (definition?.type !== "decorated_definition") return undefined;
  for (const decorator of definition.namedChildren) {
    if (decorator.type !== "decorator") continue;
    const expression = decoratorExpression(decorator);
    const name = expression && taskflowName(expression, target.module.context);
    if (!expression || name === undefined || TASK_DECORATORS[name] === undefined) continue;
    const keywords: ReadonlyMap<string, SyntaxNode> =
      expression.type === "call" ? callArguments(expression).keywords : new Map();
    const taskId = stringLiteral(keywords.get("task_id"));
    return {
      decorator: name,
      ...(taskId !== undefined ? { taskId } : {}),
      multipleOutputs: keywords.has("multiple_outputs")
        ? isTrue(keywords.get("multiple_outputs"))
        : returnsAnnotatedDict(target.fn),
    };
  }
  return undefined;
}
