/**
 * Operator classes of the repository whose names do not say so (`MinioPandasToPostgres(task_id=…,
 * dag=dag)` with `class MinioPandasToPostgres(BaseOperator)` in `src/nyctransport/operators/`):
 * task discovery (`tasks.ts`) decides on the callee's name (`…Operator`, `…Sensor`, a configured
 * operator); these names join the configured ones. A call is a candidate only when it passes
 * `task_id=` and its callee is a class defined in the DAG file or found in a repository module
 * (`project.ts`); it is an operator when a base is named `…Operator` / `…Sensor` or is such a
 * repository class (`isOperatorClass`). Anything not found is not a task, as before.
 */
import { PYTHON_OPERATORS } from "./catalogs/airflow.js";
import type { ModuleContext } from "./module-context.js";
import type { NodeIndex } from "./node-index.js";
import { isOperatorClass, type ClassInModule } from "./operator-classes.js";
import { mayBeRepositoryName, topLevelDefinition, type ProjectModules } from "./project.js";
import { callArguments } from "./syntax.js";
import type { SyntaxNode } from "./syntax-tree.js";

/** A module as the base lookup needs it: its tree, names, and file (undefined: the linted file). */
interface ClassModule {
  root: SyntaxNode;
  context: ModuleContext;
  file: string;
}

/** The class a name of `module` refers to: its own top-level class, or one a repository module defines. */
function classNamed(
  expression: SyntaxNode,
  module: ClassModule,
  modules: ProjectModules | undefined,
): ClassInModule<ClassModule> | undefined {
  if (expression.type === "identifier" && !module.context.isImported(expression)) {
    const cls = topLevelDefinition(module.root, expression.text, "class_definition");
    return cls ? { cls, module } : undefined;
  }
  if (!modules || !module.context.isImported(expression)) return undefined;
  const qualified = module.context.qualify(expression);
  if (qualified === undefined) return undefined;
  if (!mayBeRepositoryName(qualified)) return undefined;
  const found = modules.resolveClass(qualified, module.file);
  return found
    ? {
        cls: found.fn,
        module: { root: found.module.root, context: found.module.context, file: found.module.file },
      }
    : undefined;
}

/** The qualified callee names (as `ModuleContext.qualifiedCallee` gives them) that are repository operators. */
export function repositoryOperatorNames(
  root: SyntaxNode,
  context: ModuleContext,
  nodes: NodeIndex,
  modules: ProjectModules | undefined,
  file: string,
): Set<string> {
  const names = new Set<string>();
  const rejected = new Set<string>();
  const linted: ClassModule = { root, context, file };
  for (const call of nodes.of("call")) {
    const cls = context.qualifiedCallee(call);
    if (!cls || names.has(cls) || rejected.has(cls)) continue;
    if (cls.endsWith("Operator") || cls.endsWith("Sensor") || PYTHON_OPERATORS.has(cls)) continue;
    if (!callArguments(call).keywords.has("task_id")) continue;
    const callee = call.childForFieldName("function");
    const found = callee ? classNamed(callee, linted, modules) : undefined;
    const operator =
      found !== undefined && isOperatorClass(found, (base, module) => classNamed(base, module, modules));
    (operator ? names : rejected).add(cls);
  }
  return names;
}
