/**
 * Finds the DAGs and tasks of a module written with the Airflow TypeScript SDK: `new Dag(id)`,
 * `dag.task(id, handler)` / `dag.task(namedFunction)`, `dag.taskGroup(id)` (nested, ids
 * prefixed `group.task`), `new TaskHandler(dagId, taskId, handler)`, handlers given inline or
 * by reference to a function or const of the same file (also through `withArgNames`), and the
 * data wiring of factory calls (`load({ file: extract() })`) — the argument form of XCom
 * consumption. Names resolve through imports, so `import * as af from "apache-airflow-ts-sdk"`
 * and `new af.Dag(…)` work; a file that does not import the SDK has no tasks.
 */
import type { DagFact, TaskFact, XComConsumption } from "@dag-transport/core";
import {
  isFunction,
  objectProperties,
  propertyName,
  propertyValue,
  spanOf,
  unwrap,
  type FunctionNode,
  type Node,
} from "./ast.js";
import { SDK_API, SDK_MODULES } from "./catalogs/sdk.js";
import { HOLE, type LocationFolder } from "./locations.js";
import type { ModuleContext } from "./module-context.js";

export interface TsTask {
  fact: TaskFact;
  /** The handler: the function that runs as the task; absent when it is not in this file. */
  fn?: FunctionNode;
  /** The `dag.task(…)` call or `new TaskHandler(…)` expression. */
  declaration: Node;
}

export interface DiscoveredTasks {
  dags: DagFact[];
  tasks: TsTask[];
  /** Inputs wired by calling a task factory with other tasks' references. */
  consumptions: XComConsumption[];
}

interface TaskScope {
  dagId: string;
  /** `group.` prefixes of enclosing task groups. */
  prefix: string;
  /** The Dag itself (not a group): only a Dag has `if`/`switch`. */
  isDag: boolean;
}

/** Alias chains longer than this are not followed. */
const MAX_DEPTH = 12;

/** Follows a `const` (or never-reassigned `let`) to its initializer. */
export function initializerOf(node: Node, context: ModuleContext): Node | undefined {
  const inner = unwrap(node);
  if (inner.type !== "Identifier") return undefined;
  const binding = context.scopes.resolve(inner);
  if (!binding || binding.destructured || !binding.init) return undefined;
  if (binding.kind !== "const" && (binding.kind !== "let" || context.scopes.isReassigned(binding)))
    return undefined;
  return binding.init;
}

export class SdkNames {
  constructor(private readonly context: ModuleContext) {}

  /** `Dag` for `Dag`, `af.Dag`, `import { Dag as D }`…; undefined when not from the SDK. */
  of(node: Node): string | undefined {
    const qualified = this.context.qualify(node);
    if (!qualified) return undefined;
    for (const module of SDK_MODULES) {
      if (qualified.startsWith(`${module}.`)) return qualified.slice(module.length + 1);
    }
    return undefined;
  }
}

export function discoverTasks(context: ModuleContext, folder: LocationFolder): DiscoveredTasks {
  const sdk = new SdkNames(context);
  const constString = (node: Node | undefined): string | undefined => {
    if (!node || node.type === "SpreadElement") return undefined;
    const folded = folder.fold(node);
    return folded.pattern.includes(HOLE) ? undefined : folded.pattern;
  };

  const dags: DagFact[] = [];
  const dagByConstruction = new Map<Node, string>();
  for (const construction of context.index.news) {
    if (sdk.of(construction.callee) !== SDK_API.dagClass) continue;
    const id = constString(construction.arguments[0]);
    if (id === undefined) continue;
    dagByConstruction.set(construction, id);
    dags.push({ id, span: spanOf(construction) });
  }

  const scopeOf = (expression: Node, depth = 0): TaskScope | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const node = unwrap(expression);
    const dagId = dagByConstruction.get(node);
    if (dagId !== undefined) return { dagId, prefix: "", isDag: true };
    if (node.type === "Identifier") {
      const init = initializerOf(node, context);
      return init ? scopeOf(init, depth + 1) : undefined;
    }
    if (node.type === "CallExpression" && node.callee.type === "MemberExpression") {
      if (propertyName(node.callee) !== SDK_API.taskGroupMethod) return undefined;
      const parent = scopeOf(node.callee.object, depth + 1);
      const groupId = constString(node.arguments[0]);
      if (!parent || groupId === undefined) return undefined;
      return {
        dagId: parent.dagId,
        prefix: `${parent.prefix}${groupId}${SDK_API.groupSeparator}`,
        isDag: false,
      };
    }
    return undefined;
  };

  const resolveHandler = (expression: Node | undefined, depth = 0): { fn?: FunctionNode; name?: string } => {
    if (!expression || expression.type === "SpreadElement" || depth > MAX_DEPTH) return {};
    const node = unwrap(expression);
    if (isFunction(node)) return { fn: node, ...(node.id ? { name: node.id.name } : {}) };
    if (node.type === "Identifier") {
      const binding = context.scopes.resolve(node);
      if (!binding) return {};
      if (binding.kind === "function" && isFunction(binding.declaration)) {
        return { fn: binding.declaration, name: binding.name };
      }
      if (binding.kind === "import" && binding.declaration.type === "ImportSpecifier") {
        const imported = binding.declaration.imported;
        return { name: imported.type === "Identifier" ? imported.name : imported.value };
      }
      const init = initializerOf(node, context);
      if (!init) return {};
      const resolved = resolveHandler(init, depth + 1);
      // `const extract = async () => …`: JavaScript names the function after the constant.
      return { ...resolved, name: resolved.name ?? binding.name };
    }
    if (node.type === "CallExpression") {
      const wrapper = sdk.of(node.callee);
      const position = wrapper !== undefined ? SDK_API.handlerWrappers[wrapper] : undefined;
      if (position !== undefined) {
        // The wrapper returns a new function: its name is not the handler's.
        const { fn } = resolveHandler(node.arguments[position], depth + 1);
        return fn ? { fn } : {};
      }
    }
    return {};
  };

  const tasks: TsTask[] = [];
  const taskByDeclaration = new Map<Node, TsTask>();
  const addTask = (task: TsTask) => {
    tasks.push(task);
    taskByDeclaration.set(task.declaration, task);
  };

  for (const call of context.index.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== "MemberExpression" || propertyName(callee) !== SDK_API.taskMethod) continue;
    const scope = scopeOf(callee.object);
    if (!scope) continue;
    const [first, second, third] = call.arguments;
    const explicitId = constString(first);
    const handlerArgument = explicitId !== undefined ? second : first;
    const optionsArgument = explicitId !== undefined ? third : second;
    const handler = resolveHandler(handlerArgument);
    const optionId = constString(propertyValue(objectProperties(optionsArgument), SDK_API.taskIdOption));
    const id = explicitId ?? optionId ?? handler.name;
    if (id === undefined) continue;
    const callable = handler.name ?? handler.fn?.id?.name;
    addTask({
      fact: {
        id: scope.prefix + id,
        dagId: scope.dagId,
        span: spanOf(call),
        ...(callable ? { callable } : {}),
        style: scope.isDag ? "dag.task" : "taskGroup.task",
        returnRole: "data",
        multipleOutputs: false,
      },
      ...(handler.fn ? { fn: handler.fn } : {}),
      declaration: call,
    });
  }

  for (const construction of context.index.news) {
    if (sdk.of(construction.callee) !== SDK_API.taskHandlerClass) continue;
    const [dagArgument, taskArgument, handlerArgument] = construction.arguments;
    const dagId = constString(dagArgument);
    const taskId = constString(taskArgument);
    if (dagId === undefined || taskId === undefined) continue;
    const handler = resolveHandler(handlerArgument);
    const callable = handler.name ?? handler.fn?.id?.name;
    addTask({
      fact: {
        id: taskId,
        dagId,
        span: spanOf(construction),
        ...(callable ? { callable } : {}),
        style: "TaskHandler",
        returnRole: "data",
        multipleOutputs: false,
      },
      ...(handler.fn ? { fn: handler.fn } : {}),
      declaration: construction,
    });
  }

  /** The task an expression declares (`dag.task(…)`, or a constant holding it): its factory. */
  const declaredTask = (expression: Node, depth = 0): TsTask | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const node = unwrap(expression);
    const task = taskByDeclaration.get(node);
    if (task) return task;
    const init = initializerOf(node, context);
    return init ? declaredTask(init, depth + 1) : undefined;
  };

  /** The task whose result an expression refers to: `extract()`, a constant holding it, `ref.after(…)`. */
  const referencedTask = (expression: Node, depth = 0): TsTask | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const node = unwrap(expression);
    if (node.type === "CallExpression") {
      const callee = unwrap(node.callee);
      if (
        callee.type === "MemberExpression" &&
        SDK_API.refPassThroughMethods.includes(propertyName(callee) ?? "")
      ) {
        return referencedTask(callee.object, depth + 1);
      }
      // Calling a factory returns the task's reference (native API); in the 0.1 API
      // `dag.task(…)` returns the reference itself.
      return declaredTask(callee) ?? taskByDeclaration.get(node);
    }
    const init = initializerOf(node, context);
    return init ? referencedTask(init, depth + 1) : undefined;
  };

  const consumptions: XComConsumption[] = [];
  const wire = (consumer: TsTask, input: Node) => {
    const producer = referencedTask(input);
    if (!producer || producer === consumer) return;
    consumptions.push({
      taskId: consumer.fact.id,
      fromTaskId: producer.fact.id,
      ...(consumer.fact.dagId !== undefined ? { dagId: consumer.fact.dagId } : {}),
      key: SDK_API.returnValueKey,
      via: "argument",
      span: spanOf(input),
    });
  };

  for (const call of context.index.calls) {
    const callee = unwrap(call.callee);
    // `dag.if(ref)` / `dag.switch(ref)`: the referenced task returns a decision, not data.
    if (
      callee.type === "MemberExpression" &&
      SDK_API.controlFlowMethods.includes(propertyName(callee) ?? "")
    ) {
      const scope = scopeOf(callee.object);
      const decider = scope?.isDag && call.arguments[0] ? referencedTask(call.arguments[0]) : undefined;
      if (decider) decider.fact.returnRole = "control-flow";
      continue;
    }
    if (taskByDeclaration.has(call)) continue;
    const consumer = declaredTask(callee);
    if (!consumer) continue;
    let inputs: Node | undefined = call.arguments[0];
    if (inputs && inputs.type !== "SpreadElement" && unwrap(inputs).type === "Identifier") {
      inputs = initializerOf(inputs, context) ?? inputs;
    }
    if (!inputs || inputs.type === "SpreadElement") continue;
    const wiring = unwrap(inputs);
    if (wiring.type === "ObjectExpression") {
      for (const property of wiring.properties) {
        if (property.type === "Property") wire(consumer, property.value);
      }
    } else if (wiring.type === "CallExpression" && sdk.of(wiring.callee) === SDK_API.argListFunction) {
      for (const argument of wiring.arguments) {
        if (argument.type !== "SpreadElement") wire(consumer, argument);
      }
    }
  }

  return { dags, tasks, consumptions };
}
