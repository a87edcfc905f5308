/**
 * XCom push wrappers: a team's own function that pushes one of its parameters by XCom
 * (`def xcom_push(ti, key, value, mapping): … ti.xcom_push(key=resolved, value=value)`), called
 * from a task's code as `xcom_push(ti, XCOMS.SOURCE_DOWNLOADED, df)`. The argument given for the
 * pushed parameter is what the task hands on (`handoffs.ts`).
 *
 * The wrapper may be a function of the linted file, a function of a repository module, or a
 * `functools.partial` of either bound at a module's top level (`xcom_push =
 * partial(_xcom_push, mapping=XCOM_SOURCES)`, its bound arguments taken off). Only callees
 * whose name says push or XCom are looked at (`WRAPPER_NAME`): looking inside every function a
 * task calls would cost a module lookup per call.
 */
import type { ModuleContext } from "./module-context.js";
import type { PythonModule } from "./module.js";
import { ownDescendantsOfType } from "./node-index.js";
import { mayBeRepositoryName } from "./project.js";
import type { SyntaxNode } from "./syntax-tree.js";
import {
  argumentAt,
  callArguments,
  parameterNames,
  shortText,
  stringLiteral,
  unparenthesize,
} from "./syntax.js";

/** A callee name a push wrapper has: `xcom_push`, `push_frame`, `to_xcom`. */
const WRAPPER_NAME = /push|xcom/i;

const PARTIAL_NAMES = new Set(["functools.partial", "partial"]);

/** Which parameter of a wrapper is pushed, and which one is the task instance and the key. */
export interface PushWrapper {
  /** The pushed value: the parameter's name and position, after any bound by a partial. */
  value: { name: string; index: number };
  /** The parameter the task instance is passed as, if the push is on a parameter. */
  taskInstance?: { name: string; index: number };
  /** The key: a literal of the wrapper, or the parameter it is given as. */
  key?: string | { name: string; index: number };
}

/** What a push call hands on: its value, its key as shown (`?` when none), its task instance. */
export interface PushedValue {
  value: SyntaxNode;
  key: string;
  /** The task instance the push is on, when the call names one (`ti.xcom_push`, `push(ti, …)`). */
  taskInstance?: SyntaxNode;
}

/** A key as a finding shows it: the literal, else the expression's text. */
function keyText(node: SyntaxNode | undefined): string {
  return node ? (stringLiteral(node) ?? shortText(node)) : "?";
}

/** Airflow's own `….xcom_push(key=K, value=V)` (`key` at 0, `value` at 1), on its receiver. */
export function nativePush(call: SyntaxNode): PushedValue | undefined {
  const callee = call.childForFieldName("function")!;
  if (callee.type !== "attribute" || callee.childForFieldName("attribute")!.text !== "xcom_push")
    return undefined;
  const value = argumentAt(call, { keyword: "value", index: 1 });
  if (!value) return undefined;
  const key = keyText(argumentAt(call, { keyword: "key", index: 0 }));
  return { value, key, taskInstance: callee.childForFieldName("object")! };
}

/** A call of a push wrapper: the argument given for its pushed parameter, its key, its task instance. */
export function wrappedPush(wrapper: PushWrapper, call: SyntaxNode): PushedValue | undefined {
  const argument = (p: { name: string; index: number }) =>
    argumentAt(call, { keyword: p.name, index: p.index });
  const value = argument(wrapper.value);
  if (!value) return undefined;
  const key = typeof wrapper.key === "string" ? wrapper.key : keyText(wrapper.key && argument(wrapper.key));
  const taskInstance = wrapper.taskInstance && argument(wrapper.taskInstance);
  return { value, key, ...(taskInstance ? { taskInstance } : {}) };
}

/** What a wrapper function does with its parameters: undefined when it pushes none of them. */
function summarize(fn: SyntaxNode): PushWrapper | undefined {
  if (!fn.text.includes("xcom_push")) return undefined;
  const names = parameterNames(fn);
  const parameter = (node: SyntaxNode | undefined) => {
    const inner = node ? unparenthesize(node) : undefined;
    const index = inner?.type === "identifier" ? names.indexOf(inner.text) : -1;
    return index >= 0 ? { name: names[index]!, index } : undefined;
  };
  for (const call of fn.descendantsOfType("call")) {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "xcom_push") continue;
    const { positional, keywords } = callArguments(call);
    const value = parameter(keywords.get("value") ?? positional[1]);
    if (!value) continue;
    const keyNode = keywords.get("key") ?? positional[0];
    const literal = stringLiteral(keyNode);
    const key = literal ?? parameter(keyNode);
    const taskInstance = parameter(callee.childForFieldName("object")!);
    return { value, ...(taskInstance ? { taskInstance } : {}), ...(key !== undefined ? { key } : {}) };
  }
  return undefined;
}

/** A wrapper with the first `bound` positions and the `boundNames` keywords already given by a partial. */
function shifted(
  wrapper: PushWrapper,
  bound: number,
  boundNames: ReadonlySet<string>,
): PushWrapper | undefined {
  const shift = (p: { name: string; index: number }) =>
    boundNames.has(p.name) || p.index < bound ? undefined : { name: p.name, index: p.index - bound };
  const value = shift(wrapper.value);
  if (!value) return undefined;
  const taskInstance = wrapper.taskInstance && shift(wrapper.taskInstance);
  const key = typeof wrapper.key === "object" ? shift(wrapper.key) : wrapper.key;
  return { value, ...(taskInstance ? { taskInstance } : {}), ...(key !== undefined ? { key } : {}) };
}

/** Finds push wrappers for the callees of one linted file's tasks, each looked up once. */
export class PushWrappers {
  private readonly found = new Map<string, PushWrapper | undefined>();

  constructor(private readonly module: PythonModule) {}

  /** The wrapper a call's callee is, if any. */
  of(callee: SyntaxNode): PushWrapper | undefined {
    const name =
      callee.type === "identifier"
        ? callee.text
        : callee.type === "attribute"
          ? callee.childForFieldName("attribute")!.text
          : undefined;
    // `ti.xcom_push(…)` is Airflow's own push (`HandoffExtractor.xcomPush`), not a wrapper.
    if (!name || !WRAPPER_NAME.test(name) || (name === "xcom_push" && callee.type === "attribute"))
      return undefined;
    const { context } = this.module;
    const key = context.isImported(callee) ? `import:${context.qualify(callee)}` : `local:${callee.text}`;
    if (this.found.has(key)) return this.found.get(key);
    let wrapper: PushWrapper | undefined;
    if (!context.isImported(callee)) {
      if (callee.type === "identifier")
        wrapper = this.local(name, this.module.context, this.module.filePath, 0);
    } else {
      const qualified = context.qualify(callee);
      if (qualified !== undefined && this.module.filePath)
        wrapper = this.imported(qualified, this.module.filePath, 0);
    }
    this.found.set(key, wrapper);
    return wrapper;
  }

  /** A name of a module: a function defined there, or a module constant made by `partial(f, …)`. */
  private local(
    name: string,
    context: ModuleContext,
    file: string | undefined,
    hops: number,
  ): PushWrapper | undefined {
    const fn = context.functions.get(name);
    if (fn?.type === "function_definition") return summarize(fn);
    // Re-exported (`from .push import xcom_push` in a package's `__init__.py`).
    const alias = context.aliases.get(name);
    if (alias !== undefined && file) return this.imported(alias, file, hops + 1);
    const constant = context.constants.get(name);
    const call = constant ? unparenthesize(constant) : undefined;
    if (call?.type !== "call" || hops > 3) return undefined;
    const partial = call.childForFieldName("function")!;
    if (!PARTIAL_NAMES.has(context.qualify(partial) ?? "")) return undefined;
    const { positional, keywords } = callArguments(call);
    const target = positional[0];
    if (!target || (target.type !== "identifier" && target.type !== "attribute")) return undefined;
    const inner = context.isImported(target)
      ? file && this.imported(context.qualify(target) ?? "", file, hops + 1)
      : target.type === "identifier"
        ? this.local(target.text, context, file, hops + 1)
        : undefined;
    return inner ? shifted(inner, positional.length - 1, new Set(keywords.keys())) : undefined;
  }

  /** A name imported from a repository module: read in that module. */
  private imported(qualified: string, fromFile: string, hops: number): PushWrapper | undefined {
    const { project } = this.module;
    if (!project || hops > 3 || !qualified) return undefined;
    if (!mayBeRepositoryName(qualified)) return undefined;
    const dot = qualified.lastIndexOf(".");
    if (dot < 0) return undefined;
    const target = project.module(qualified.slice(0, dot) || ".", fromFile);
    return target ? this.local(qualified.slice(dot + 1), target.context, target.file, hops) : undefined;
  }
}

/**
 * The XCom pushes in a function's own code: Airflow's `….xcom_push(…)` on any receiver (the task
 * instance is the caller's business in another module) and calls of the module's push wrappers.
 */
export function pushedIn(fn: SyntaxNode, module: PythonModule): PushedValue[] {
  const wrappers = new PushWrappers(module);
  const pushes: PushedValue[] = [];
  for (const call of ownDescendantsOfType(fn, ["call"])) {
    const wrapper = wrappers.of(call.childForFieldName("function")!);
    const pushed = nativePush(call) ?? (wrapper && wrappedPush(wrapper, call));
    if (pushed) pushes.push(pushed);
  }
  return pushes;
}
