/**
 * Values that become XComs: what a handler returns (the runtime pushes any non-`undefined`
 * return value as `return_value`, awaiting it first) and what it pushes with
 * `client.setXCom({ key, value })`. Each handoff carries the non-JSON content of its value
 * (`values.ts`, or the type checker in typed mode) and the storage locations it names.
 */
import type { HandoffChannel, HandoffFact, Location, ValueFact } from "@dag-transport/core";
import {
  objectProperties,
  pathSegment,
  propertyName,
  propertyValue,
  shortText,
  spanOf,
  staticKey,
  unwrap,
  type Node,
} from "./ast.js";
import { SDK_API } from "./catalogs/sdk.js";
import { CONVERSION_ADVICE } from "./catalogs/values.js";
import { isXComClient } from "./client.js";
import { HOLE, isPathLike } from "./locations.js";
import type { FactExtractor, TsModule } from "./module.js";
import { initializerOf, type TsTask } from "./tasks.js";
import type { TypeKinds } from "./types.js";
import { returnedExpressions } from "./values.js";

const MAX_DEPTH = 6;

function valueFacts(node: Node, module: TsModule, awaited: boolean): ValueFact[] {
  const found = module.values.factsOf(node);
  const facts =
    found.length > 0 || !module.types ? found : typedFacts(node, module.types, module.source, awaited);
  return facts.map(withAdvice);
}

/** The conversion advice in TypeScript's idiom, for the rule's message (the rules know no language). */
function withAdvice(fact: ValueFact): ValueFact {
  const conversion = fact.conversion ?? CONVERSION_ADVICE[fact.kind];
  return conversion === fact.conversion ? fact : { ...fact, conversion };
}

/**
 * Facts from declared types. Inside an object or array literal written in the handoff, each
 * element is judged by its own type, so the finding points at the element as written.
 */
function typedFacts(node: Node, types: TypeKinds, source: string, awaited: boolean): ValueFact[] {
  const value = unwrap(node);
  if (value.type !== "ObjectExpression" && value.type !== "ArrayExpression")
    return types.factsOf(node, awaited);
  const out: ValueFact[] = [];
  const visit = (element: Node, segment: string) => {
    for (const fact of typedFacts(element, types, source, false)) {
      const inner = fact.path ?? "";
      out.push({
        ...fact,
        path: segment + inner,
        ...(fact.writtenAt
          ? {}
          : { expression: shortText(source, element) + inner, writtenAt: spanOf(element) }),
      });
    }
  };
  if (value.type === "ArrayExpression") {
    value.elements.forEach((element, index) => {
      if (element && element.type !== "SpreadElement") visit(element, pathSegment(index));
    });
    return out;
  }
  for (const property of value.properties) {
    if (property.type !== "Property" || property.kind !== "init") continue;
    const key = staticKey(property);
    if (key !== undefined) visit(property.value, pathSegment(key));
  }
  return out;
}

/** Locations a handed-off value names: a path or URI, or a variable the task wrote to. */
function locationsOf(node: Node, task: TsTask, module: TsModule, depth = 0): Location[] {
  if (depth > MAX_DEPTH) return [];
  const value = unwrap(node);
  if (value.type === "ObjectExpression") {
    return value.properties.flatMap((property) =>
      property.type === "Property" ? locationsOf(property.value, task, module, depth + 1) : [],
    );
  }
  if (value.type === "ArrayExpression") {
    return value.elements.flatMap((element) =>
      element && element.type !== "SpreadElement" ? locationsOf(element, task, module, depth + 1) : [],
    );
  }
  const init = initializerOf(value, module.context);
  if (init && (unwrap(init).type === "ObjectExpression" || unwrap(init).type === "ArrayExpression")) {
    return locationsOf(init, task, module, depth + 1);
  }
  const folded = module.locations.fold(value);
  const operations = module.operations.get(task.fact.id) ?? [];
  const written = operations.filter(
    (op) =>
      folded.bindings.some((binding) => op.bindings.includes(binding)) ||
      (folded.pattern !== HOLE && op.location.pattern === folded.pattern),
  );
  if (written.length > 0) return written.map((op) => op.location);
  if (!isPathLike(folded.pattern)) return [];
  const location = module.locations.toLocation(folded, shortText(module.source, value));
  return location ? [location] : [];
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => !seen.has(l.pattern) && seen.add(l.pattern));
}

/** The handed-off expression for messages; a long literal shrinks to `{…}` so a path after it stays readable. */
function expressionText(value: Node, source: string): string {
  const text = shortText(source, value);
  const inner = unwrap(value);
  if (text.length <= 30) return text;
  if (inner.type === "ObjectExpression") return "{…}";
  if (inner.type === "ArrayExpression") return "[…]";
  return text;
}

function handoff(
  task: TsTask,
  channel: HandoffChannel,
  key: string,
  value: Node,
  module: TsModule,
  awaited: boolean,
): HandoffFact {
  return {
    taskId: task.fact.id,
    ...(task.fact.dagId !== undefined ? { dagId: task.fact.dagId } : {}),
    channel,
    key,
    expression: expressionText(value, module.source),
    span: spanOf(value),
    values: valueFacts(value, module, awaited),
    locations: dedupe(locationsOf(value, task, module)),
  };
}

export const extractHandoffs: FactExtractor = (module, model) => {
  for (const task of module.tasks) {
    if (!task.fn) continue;
    if (task.fact.returnRole === "data") {
      for (const returned of returnedExpressions(task.fn, module.context)) {
        model.handoffs.push(handoff(task, "return", SDK_API.returnValueKey, returned, module, true));
      }
    }
    for (const call of module.code.calls(task)) {
      const callee = unwrap(call.callee);
      if (callee.type !== "MemberExpression" || propertyName(callee) !== SDK_API.setXComMethod) continue;
      if (!isXComClient(callee.object, module) || !call.arguments[0]) continue;
      const options = objectProperties(
        unwrap(initializerOf(call.arguments[0], module.context) ?? call.arguments[0]),
      );
      const value = propertyValue(options, "value");
      if (!value) continue;
      const keyNode = propertyValue(options, "key");
      const key = keyNode ? module.locations.fold(keyNode).pattern : HOLE;
      model.handoffs.push(handoff(task, "set-xcom", key, value, module, false));
    }
  }
};
