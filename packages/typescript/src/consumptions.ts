/**
 * XComs a task takes in explicitly: `client.getXCom({ key, taskId })` naming another task of
 * the same DAG. (Inputs wired through factory calls are found with the tasks, in `tasks.ts`.)
 * Without `taskId` the client reads the running task's own XCom — not a handoff.
 */
import { objectProperties, propertyName, propertyValue, spanOf, unwrap } from "./ast.js";
import { SDK_API } from "./catalogs/sdk.js";
import { isXComClient } from "./client.js";
import { HOLE } from "./locations.js";
import type { FactExtractor } from "./module.js";
import { initializerOf } from "./tasks.js";

export const extractConsumptions: FactExtractor = (module, model) => {
  const constant = (node: Parameters<typeof module.locations.fold>[0] | undefined) => {
    if (!node) return undefined;
    const folded = module.locations.fold(node);
    return folded.pattern.includes(HOLE) ? undefined : folded.pattern;
  };
  for (const task of module.tasks) {
    for (const call of module.code.calls(task)) {
      const callee = unwrap(call.callee);
      if (callee.type !== "MemberExpression" || propertyName(callee) !== SDK_API.getXComMethod) continue;
      if (!isXComClient(callee.object, module) || !call.arguments[0]) continue;
      const options = objectProperties(
        unwrap(initializerOf(call.arguments[0], module.context) ?? call.arguments[0]),
      );
      const fromTaskId = constant(propertyValue(options, "taskId"));
      if (fromTaskId === undefined || fromTaskId === task.fact.id) continue;
      const dagNode = propertyValue(options, "dagId");
      // Another DAG's XCom is not a handoff between this DAG's tasks.
      if (dagNode && constant(dagNode) !== task.fact.dagId) continue;
      const key = constant(propertyValue(options, "key"));
      model.consumptions.push({
        taskId: task.fact.id,
        fromTaskId,
        ...(task.fact.dagId !== undefined ? { dagId: task.fact.dagId } : {}),
        ...(key !== undefined ? { key } : {}),
        via: "get-xcom",
        span: spanOf(call),
      });
    }
  }
};
