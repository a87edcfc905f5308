/**
 * Tasks that run a method of an instance DAG code makes: `s3 = S3Tools("bucket")` at module
 * level, then `PythonOperator(python_callable=s3.download_files, op_args=[dir, ds])`
 * (`PythonTask.boundMethod`). Airflow calls the bound method, so the task runs the method's code
 * with `self` that instance and the operator's `op_args` / `op_kwargs` bound to the parameters
 * after `self`, as a task running an imported function runs it (`PythonTask.imported`).
 *
 * Followed only when the instance is certain: the name is bound exactly once in the module's own
 * scope (an instance rebound, or bound in a loop or a `with`, is not one), it is that binding the
 * callable sees (no function's local of the same name), its value is a call of a class defined at
 * the top level of the DAG file or of a repository module (`namedClass`), and the method is an
 * instance method of that class's own body (`classMethod`; one a base class defines is not looked
 * for). Anything else is not followed: the task's code stays unknown, as before.
 */
import type { PythonModule } from "./module.js";
import { classMethod } from "./operator-classes.js";
import { namedClass, type ProjectModule } from "./project.js";
import { unparenthesize } from "./syntax.js";
import type { SyntaxNode } from "./syntax-tree.js";
import type { PythonTask } from "./tasks.js";

/** The method a task runs and where it is defined. */
export interface TaskMethod {
  /** The method's definition: its first parameter is the instance. */
  fn: SyntaxNode;
  /** The repository module defining the class; undefined: the DAG file itself. */
  module?: ProjectModule;
}

/** The method a task running a bound method runs (`PythonTask.boundMethod`), when it is certain. */
export function taskMethod(task: PythonTask, module: PythonModule): TaskMethod | undefined {
  const bound = task.boundMethod;
  if (!bound) return undefined;
  const name = bound.instance.text;
  const bindings = module.bindings.moduleBindings(name);
  const only = bindings.length === 1 ? bindings[0]! : undefined;
  if (only?.kind !== "assign" || only.index !== undefined || !only.value) return undefined;
  // A function's own `s3` (a task factory's local) is another instance.
  const seen = module.bindings.reaching(name, bound.instance);
  if (seen.length !== 1 || seen[0]!.target.id !== only.target.id) return undefined;
  const made = unparenthesize(only.value);
  if (made.type !== "call") return undefined;
  const found = namedClass(made.childForFieldName("function")!, module, module.project, module.filePath);
  const method = found ? classMethod(found.cls, bound.method) : undefined;
  if (method?.kind !== "instance") return undefined;
  return { fn: method.fn, ...(found!.module ? { module: found!.module } : {}) };
}
