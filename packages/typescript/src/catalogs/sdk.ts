/**
 * The Apache Airflow TypeScript SDK (`apache-airflow-ts-sdk`), as data. Two generations of the
 * API are in use and both are understood:
 *
 * - 0.1 (the npm beta): `new Dag(id)`, `dag.task(id, handler, { inputs })`, a `DagRegistry`,
 *   and handlers receiving `{ ctx, client }`.
 * - the native-authoring API: `dag.task(id, handler)` / `dag.task(namedFunction)` returning a
 *   factory whose call wires inputs (`load({ file: extract() })`), `dag.taskGroup(id)`,
 *   `new TaskHandler(dagId, taskId, handler)` on a `Bundle` for Python-declared DAGs,
 *   `withArgNames(map, handler)`, `withArgList(...)`, and `getClient()` inside a handler.
 *
 * Either way a handler's non-`undefined` return value is pushed as the `return_value` XCom,
 * and `client.setXCom({ key, value })` / `client.getXCom({ key, taskId })` move XComs explicitly.
 */

/** Package names the SDK is imported from. */
export const SDK_MODULES = ["apache-airflow-ts-sdk"] as const;

/** Text that must appear in a file for it to be a DAG file at all (a cheap pre-check before parsing). */
export const SDK_MARKERS = SDK_MODULES;

export const SDK_API = {
  /** `new Dag(dagId, spec?)`. */
  dagClass: "Dag",
  /** `new TaskHandler(dagId, taskId, handler)`: a handler for a task declared by a Python DAG. */
  taskHandlerClass: "TaskHandler",
  /** `dag.task(...)`, `group.task(...)`. */
  taskMethod: "task",
  /** `dag.taskGroup(groupId)`, nestable; task ids inside are prefixed `group.`. */
  taskGroupMethod: "taskGroup",
  /** Separator between a group id and what it contains (Python's `prefix_group_id`). */
  groupSeparator: ".",
  /** `dag.task(handler, { taskId })`: the option naming an anonymous handler's task. */
  taskIdOption: "taskId",
  /** Wrappers that take the handler as an argument: name → argument position of the handler. */
  handlerWrappers: { withArgNames: 1 } as Readonly<Record<string, number>>,
  /** `withArgList(a, b)`: a factory call's inputs given by position. */
  argListFunction: "withArgList",
  /** Methods of a TaskRef that return the same reference (order-only edges). */
  refPassThroughMethods: ["before", "after"] as readonly string[],
  /** `dag.if(ref)` / `dag.switch(ref)`: the referenced task's return value steers the run. */
  controlFlowMethods: ["if", "switch"] as readonly string[],
  /** `getClient()`: the running task's XCom client. */
  getClientFunction: "getClient",
  /** 0.1 handlers receive the client as a property of their argument: `({ client }) => …`. */
  clientArgumentProperty: "client",
  setXComMethod: "setXCom",
  getXComMethod: "getXCom",
  /** The XCom key a return value is pushed under. */
  returnValueKey: "return_value",
} as const;
