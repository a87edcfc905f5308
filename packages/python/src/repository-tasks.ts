/**
 * TaskFlow tasks a DAG file calls but another module of the repository defines: `from
 * steps.ingest import ingest` (where `@task def ingest(): …`), then `ingest() >> train()` in the
 * DAG's body. Task discovery (`tasks.ts`) makes each such name a task of the DAG file, as it does
 * a `task(blogs.extract)` call: its code is read in its module (`PythonTask.imported`), its
 * handoffs are matched by the DAG file's wiring. A name whose function is not found, or not
 * decorated as a TaskFlow task there, is not a task, as before.
 */
import { TASK_DECORATORS } from "./catalogs/airflow.js";
import type { ModuleContext } from "./module-context.js";
import type { NodeIndex } from "./node-index.js";
import { mayBeRepositoryName, type ProjectModules } from "./project.js";
import { callArguments, isTrue, stringLiteral } from "./syntax.js";
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

/** The qualified names (as `ModuleContext.qualify` gives them) of the TaskFlow functions this file calls. */
export function repositoryTaskflowFunctions(
  context: ModuleContext,
  nodes: NodeIndex,
  modules: ProjectModules | undefined,
  file: string,
): Map<string, ImportedTaskflow> {
  const found = new Map<string, ImportedTaskflow>();
  if (!modules) return found;
  const rejected = new Set<string>();
  for (const call of nodes.of("call")) {
    const callee = call.childForFieldName("function");
    if ((callee?.type !== "identifier" && callee?.type !== "attribute") || !context.isImported(callee))
      continue;
    const qualified = context.qualify(callee);
    if (qualified === undefined || found.has(qualified) || rejected.has(qualified)) continue;
    const made = mayBeRepositoryName(qualified) ? taskflowFunction(qualified, modules, file) : undefined;
    if (made) found.set(qualified, made);
    else rejected.add(qualified);
  }
  return found;
}

function taskflowFunction(
  qualified: string,
  modules: ProjectModules,
  file: string,
): ImportedTaskflow | undefined {
  const target = modules.resolveFunction(qualified, file);
  const definition = target?.fn.parent;
  if (!target || definition?.type !== "decorated_definition") return undefined;
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
