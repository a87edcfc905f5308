/**
 * Value kinds: what is known of the type of an expression that becomes an XCom.
 *
 * A small abstract interpreter over expressions. A value is a union of alternatives (one per
 * branch that may reach it): an object of a known type (numpy ndarray, pandas DataFrame, …),
 * plain JSON, or a container (dict / list / tuple) with what is known of its elements. An
 * empty union is "unknown", and unknown is never a finding.
 *
 * Values are followed through local assignments (`module.bindings`), containers, method
 * chains, module-level helper functions (their bodies, or their `-> T` annotation) and
 * parameter annotations. What each library call makes is data: `catalogs/values.ts`.
 *
 * Work is bounded: a nesting depth (deeper expressions are reported as not analysed) and a
 * step budget per handed-off value (an enormous literal is cut short, silently).
 */
import { classReport, classTypeName, moduleClasses } from "./classes.js";
import type { Span, ValueFact } from "@dag-transport/core";
import {
  ANNOTATION_TYPES,
  ESTIMATOR_MODULES,
  FUNCTIONS,
  NAMED_RESULT_METHODS,
  SANITIZING_METHODS,
  TYPES,
  type ArgumentForm,
  type Result,
  type TypeName,
} from "./catalogs/values.js";
import type { Binding } from "./bindings.js";
import type { TaskMethod } from "./bound-methods.js";
import { dataLiteral, type DataLiteral, type DataShape } from "./data-literals.js";
import { taskInputs } from "./consumptions.js";
import { Memo } from "./memo.js";
import type { PythonModule } from "./module.js";
import { pushedIn } from "./push-wrappers.js";
import type { PythonTask } from "./tasks.js";
import type { SyntaxNode } from "./syntax-tree.js";
import {
  callArguments,
  dottedParts,
  parameterOwner,
  returnedExpressions,
  shortText,
  spanOf,
  stringLiteral,
  unparenthesize,
  type CallArguments,
} from "./syntax.js";

/** Deeper expressions are not analysed (CPython itself rejects more than 200 nested brackets). */
export const MAX_DEPTH = 200;
/** Analysis steps per handed-off value: keeps a 10,000-element literal or a helper maze cheap. */
const MAX_STEPS = 5_000;
/** Alternatives kept per value; more branches than this are cut short. */
const MAX_ALTERNATIVES = 16;

interface ObjectValue {
  tag: "object";
  type: TypeName;
  madeBy: string;
  madeAt: Span;
  /** Made in another module of the repository (an imported function): what it holds is not in view. */
  imported?: true;
}

interface JsonValue {
  tag: "json";
  /** What the JSON is, where it matters (ufuncs of a number, `pd.to_datetime` of a string). */
  form?: "string" | "number";
}

interface Element {
  /** Path segment: `["X"]`, `[0]`, or `[*]` for any element. */
  label: string;
  key?: string | number;
  value: Value;
  /** The element's expression, when the container is a literal. */
  node?: SyntaxNode;
}

interface ContainerValue {
  tag: "container";
  elements: Element[];
  /** The literal that made it, when it is one. */
  node?: SyntaxNode;
}

type Alternative = ObjectValue | JsonValue | ContainerValue;
/** A union of alternatives; empty means unknown. */
type Value = readonly Alternative[];

const UNKNOWN: Value = [];
const JSON_VALUE: Value = [{ tag: "json" }];
const ANY = "[*]";

interface Frame {
  depth: number;
  /** Parameter (identifier node id) → argument value, inside a helper function called with arguments. */
  env?: ReadonlyMap<number, Value>;
}

/** The result of analysing one handed-off expression. */
export interface HandoffValueAnalysis {
  facts: ValueFact[];
  /**
   * For a fact that is all there is of an expression written in the handoff (the handed-off
   * expression, or an element of a literal written in it): that expression. Where a conversion
   * of it is a suggestion.
   */
  written: Map<ValueFact, SyntaxNode>;
  /** Set when part of the expression was nested too deeply to analyse. */
  tooDeep?: SyntaxNode;
}

function union(values: readonly Value[]): Value {
  const result: Alternative[] = [];
  for (const value of values) {
    for (const alternative of value) {
      if (result.length >= MAX_ALTERNATIVES) return result;
      if (!result.some((existing) => sameAlternative(existing, alternative))) result.push(alternative);
    }
  }
  return result;
}

/** Whether a container in `value` has an element of which nothing is known (`frames.append(unknown)`). */
function hasUnknownPart(value: Value, depth = 0): boolean {
  return value.some(
    (a) =>
      a.tag === "container" &&
      depth < 4 &&
      a.elements.some((e) => e.value.length === 0 || hasUnknownPart(e.value, depth + 1)),
  );
}

/**
 * What a function's body returns, its unknown parts told by the function's `-> T`: the body
 * says it is a list, the annotation what the list holds (`frames = []`,
 * `frames.append(drive.read(row))`, `-> list[pd.DataFrame]`). The annotation is read only when
 * the body leaves something unknown; an empty list stays an empty list.
 */
function toldBy(body: Value, declared: () => Value): Value {
  if (body.length === 0) return declared();
  if (!hasUnknownPart(body)) return body;
  return filled(body, declared(), 0);
}

function filled(body: Value, told: Value, depth: number): Value {
  if (body.length === 0) return told;
  if (told.length === 0 || depth >= 4) return body;
  return body.map((a) => {
    if (a.tag !== "container") return a;
    return {
      ...a,
      elements: a.elements.map((element) => {
        const said = union(
          told.flatMap((t) =>
            t.tag === "container"
              ? t.elements
                  .filter((e) => e.label === ANY || (e.key !== undefined && e.key === element.key))
                  .map((e) => e.value)
              : [],
          ),
        );
        return { ...element, value: filled(element.value, said, depth + 1) };
      }),
    };
  });
}

function sameAlternative(a: Alternative, b: Alternative): boolean {
  if (a.tag === "object" && b.tag === "object")
    return a.type === b.type && a.madeAt.line === b.madeAt.line && a.madeAt.column === b.madeAt.column;
  if (a.tag === "json" && b.tag === "json") return a.form === b.form;
  return a === b;
}

const pathLabel = (key: string | number): string => `[${JSON.stringify(key)}]`;

/** What a skipped data literal, or an element of it, is (`data-literals.ts`). */
function shapeValue(shape: DataShape, node?: SyntaxNode): Alternative {
  if (shape.scalar === "string" || shape.scalar === "number") return { tag: "json", form: shape.scalar };
  if (shape.scalar) return { tag: "json" };
  const elements = (shape.entries ?? []).map(({ key, shape: element }): Element => {
    const value = [shapeValue(element)];
    return key === undefined ? { label: ANY, value } : { label: pathLabel(key), key, value };
  });
  return { tag: "container", elements, ...(node ? { node } : {}) };
}

/**
 * How a producer is named in messages: the callee with inner calls' arguments elided —
 * `np.random.default_rng(42).normal(size=3)` → `np.random.default_rng(...).normal`.
 */
export function describe(node: SyntaxNode, budget = 8): string {
  const inner = unparenthesize(node);
  if (budget <= 0) return "…";
  switch (inner.type) {
    case "identifier":
      return inner.text;
    case "attribute":
      return `${describe(inner.childForFieldName("object")!, budget - 1)}.${inner.childForFieldName("attribute")!.text}`;
    case "call": {
      const args = inner.childForFieldName("arguments");
      const empty = args !== null && args.namedChildCount === 0;
      return `${describe(inner.childForFieldName("function")!, budget - 1)}(${empty ? "" : "..."})`;
    }
    case "subscript":
      return `${describe(inner.childForFieldName("value")!, budget - 1)}[...]`;
    case "binary_operator": {
      const side = (child: SyntaxNode) => {
        const text = describe(child, budget - 1);
        return child.type === "parenthesized_expression" ? `(${text})` : text;
      };
      const operator = inner.childForFieldName("operator")!.type;
      return `${side(inner.childForFieldName("left")!)} ${operator} ${side(inner.childForFieldName("right")!)}`;
    }
    default:
      return shortText(inner, 30);
  }
}

/** Wildcard catalog keys (`pandas.read_*`), longest first. */
const FUNCTION_PREFIXES = Object.keys(FUNCTIONS)
  .filter((key) => key.endsWith("*"))
  .map((key) => key.slice(0, -1))
  .sort((a, b) => b.length - a.length);

function catalogFunction(qualified: string): Result | undefined {
  const exact = FUNCTIONS[qualified];
  if (exact !== undefined) return exact;
  const prefix = FUNCTION_PREFIXES.find((p) => qualified.startsWith(p));
  return prefix !== undefined ? FUNCTIONS[`${prefix}*`] : undefined;
}

function isEstimatorClass(qualified: string): boolean {
  const last = qualified.slice(qualified.lastIndexOf(".") + 1);
  return ESTIMATOR_MODULES.some((m) => qualified.startsWith(m)) && /^[A-Z]/.test(last);
}

const COMPREHENSION_TYPES: readonly string[] = [
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression",
];
const COMPREHENSIONS: ReadonlySet<string> = new Set(COMPREHENSION_TYPES);
const SCOPE_BOUNDARIES = new Set(["function_definition", "lambda", "class_definition", "module"]);

const analyses = new Memo<PythonModule, ValueAnalysis>();

export class ValueAnalysis {
  private steps = 0;
  private tooDeep: SyntaxNode | undefined;
  /** Helper functions being analysed (recursion guard). */
  private readonly activeHelpers = new Set<number>();
  /** Containers whose in-place fills are being collected (recursion guard). */
  private readonly activeMutations = new Set<string>();
  /** Times a guard cut an analysis short: a value computed while it rose is not cached. */
  private guardHits = 0;
  private readonly bindingValues = new Map<Binding, Value>();
  /** Function → the one task that runs it (null when several do: their parameters differ). */
  private functionTasks: Map<number, PythonTask | null> | undefined;
  private taskflowFunctions: Set<number> | undefined;
  /** Tasks whose parameters or outputs are being analysed (recursion guard). */
  private readonly activeTasks = new Set<PythonTask>();

  private constructor(private readonly module: PythonModule) {}

  /** One analysis per module, shared by every extractor that asks about values. */
  static of(module: PythonModule): ValueAnalysis {
    let analysis = analyses.get(module);
    if (!analysis) {
      analysis = new ValueAnalysis(module);
      analyses.set(module, analysis);
    }
    return analysis;
  }

  /** The non-JSON content of a handed-off expression; no facts when it is JSON or unknown. */
  analyzeHandoff(node: SyntaxNode, declared?: DeclaredReturn): HandoffValueAnalysis {
    this.steps = 0;
    this.tooDeep = undefined;
    let value = this.analyze(node, { depth: 0 });
    // The body says nothing: the task's `-> T` says what it returns.
    if (declared) value = toldBy(value, () => this.declaredReturn(declared, { depth: 0 }));
    const facts: ValueFact[] = [];
    const written = new Map<ValueFact, SyntaxNode>();
    this.flatten(value, "", shortText(node), unparenthesize(node).id, facts, 0, undefined, {
      node: unparenthesize(node),
      out: written,
    });
    return { facts, written, ...(this.tooDeep ? { tooDeep: this.tooDeep } : {}) };
  }

  /**
   * What a task running an imported repository function hands off (`PythonTask.imported`): the
   * function's return for these arguments, analysed in its module, as made at `at` (the
   * expression naming the function in this file). Unknown when the module is not the
   * repository's or the function cannot be read (`importedCall`).
   */
  analyzeImportedReturn(qualified: string, at: SyntaxNode, args: CallArguments): HandoffValueAnalysis {
    this.steps = 0;
    this.tooDeep = undefined;
    const frame: Frame = { depth: 0 };
    const made: Made = { madeBy: `${shortText(at, 40)}()`, madeAt: spanOf(at), frame, args };
    const value = this.importedCall(qualified, at, made, frame);
    const facts: ValueFact[] = [];
    this.flatten(value, "", `${shortText(at, 40)}(…)`, undefined, facts, 0);
    return { facts, written: new Map() };
  }

  /**
   * What a task running a bound method hands off (`PythonTask.boundMethod`): the method's return
   * for these arguments (after `self`), analysed in its class's module, as made at `at` (the
   * expression naming the method in this file).
   */
  analyzeMethodReturn(method: TaskMethod, at: SyntaxNode, args: CallArguments): HandoffValueAnalysis {
    this.steps = 0;
    this.tooDeep = undefined;
    const values = this.boundValues(method.fn, args, { depth: 0 }, 1);
    const returned = ValueAnalysis.of(this.methodModule(method)).returnedWith(method.fn, values);
    const facts: ValueFact[] = [];
    this.flatten(
      relocated(returned, `${shortText(at, 40)}()`, spanOf(at)),
      "",
      `${shortText(at, 40)}(…)`,
      undefined,
      facts,
      0,
    );
    return { facts, written: new Map() };
  }

  /** What a bound method a task runs pushes by XCom (`analyzePushesIn`, its arguments after `self`). */
  analyzeMethodPushes(
    method: TaskMethod,
    at: SyntaxNode,
    args: CallArguments,
  ): { key: string; analysis: HandoffValueAnalysis }[] {
    return this.analyzePushesIn(method.fn, this.methodModule(method), at, args, 1);
  }

  /** The module a task's method is read in: its class's repository module, or this one. */
  private methodModule(method: TaskMethod): PythonModule {
    return method.module && this.module.project
      ? this.module.project.pythonModule(method.module, this.module)
      : this.module;
  }

  /**
   * What a function imported from the repository pushes by XCom when a task runs it, called with
   * `args` (`ti.xcom_push(key=K, value=V)`, and the module's own push wrappers, `set_xcom(ti, K,
   * V)`): each push's key and value, read in the function's module and reported at `at`.
   */
  analyzeImportedPushes(
    qualified: string,
    at: SyntaxNode,
    args: CallArguments,
  ): { key: string; analysis: HandoffValueAnalysis }[] {
    const { project, filePath } = this.module;
    if (!project || !filePath) return [];
    const target = project.resolveFunction(qualified, filePath);
    if (!target || target.fn.parent?.type === "decorated_definition") return [];
    return this.analyzePushesIn(target.fn, project.pythonModule(target.module, this.module), at, args);
  }

  /**
   * What `fn`, a function of `module` (this one or a repository module), pushes by XCom when
   * called with `args` (given from its parameter `skip` on: 1 past a method's `self`): each
   * push's key and its value, read in `fn` and reported at `at`.
   */
  analyzePushesIn(
    fn: SyntaxNode,
    module: PythonModule,
    at: SyntaxNode,
    args: CallArguments,
    skip = 0,
  ): { key: string; analysis: HandoffValueAnalysis }[] {
    this.steps = 0;
    this.tooDeep = undefined;
    const values = this.boundValues(fn, args, { depth: 0 }, skip);
    const shown = `${shortText(at, 40)}()`;
    const pushes: { key: string; analysis: HandoffValueAnalysis }[] = [];
    for (const { key, value } of pushedIn(fn, module)) {
      const pushed = ValueAnalysis.of(module).valueWith(fn, values, value);
      const facts: ValueFact[] = [];
      this.flatten(
        relocated(pushed, shown, spanOf(at)),
        "",
        `${shortText(at, 40)}() → xcom_push(${JSON.stringify(key)})`,
        undefined,
        facts,
        0,
      );
      // Every push is a handoff (a pull of its key takes it), whatever its value's kind.
      pushes.push({ key, analysis: { facts, written: new Map() } });
    }
    return pushes;
  }

  /** An expression of a function of this module, its parameters bound to `values`. */
  private valueWith(fn: SyntaxNode, values: ReadonlyMap<string, Value>, expression: SyntaxNode): Value {
    return this.inFunction(fn, values, (frame) => this.analyze(expression, frame));
  }

  /** Reportable objects in a value, with their path inside it. */
  private flatten(
    value: Value,
    path: string,
    shown: string,
    literalId: number | undefined,
    facts: ValueFact[],
    depth: number,
    writtenAt?: Span,
    /** The expression `value` is the value of, when it is written in the handoff. */
    at?: { node: SyntaxNode; out: Map<ValueFact, SyntaxNode> },
  ): void {
    if (depth > MAX_DEPTH || facts.length >= MAX_ALTERNATIVES) return;
    for (const alternative of value) {
      if (alternative.tag === "object") {
        const ownClass = classReport(alternative.type);
        const report = TYPES[alternative.type]?.report ?? ownClass;
        if (!report) continue;
        const duplicate = facts.some(
          (f) =>
            f.kind === report.kind &&
            (f.path ?? "") === path &&
            f.madeAt.line === alternative.madeAt.line &&
            f.madeAt.column === alternative.madeAt.column,
        );
        if (duplicate) continue;
        const fact: ValueFact = {
          kind: report.kind,
          typeName: report.typeName,
          qualifiedType: ownClass ? ownClass.className : alternative.type,
          madeBy: alternative.madeBy,
          madeAt: alternative.madeAt,
          ...(path ? { path } : {}),
          expression: shown,
          ...(writtenAt ? { writtenAt } : {}),
        };
        facts.push(fact);
        // Only the one alternative: a branch that may be something else leaves it unsure. Made by
        // an imported function, like one of a same-file helper, it is not in view: no suggestion.
        if (at && value.length === 1 && !alternative.imported) at.out.set(fact, at.node);
      } else if (alternative.tag === "container") {
        // Inside a literal written in the handoff, name the element as written (`X_train`);
        // otherwise name it by its path (`result["X"]`).
        const written = alternative.node !== undefined && alternative.node.id === literalId;
        for (const element of alternative.elements) {
          const elementNode = written && element.node ? unparenthesize(element.node) : undefined;
          this.flatten(
            element.value,
            path + element.label,
            elementNode ? shortText(elementNode) : shown + element.label,
            elementNode?.id,
            facts,
            depth + 1,
            elementNode ? spanOf(elementNode) : writtenAt,
            elementNode && at ? { node: elementNode, out: at.out } : undefined,
          );
        }
      }
    }
  }

  private analyze(node: SyntaxNode, frame: Frame): Value {
    if (frame.depth > MAX_DEPTH) {
      this.guardHits++;
      this.tooDeep ??= node;
      return UNKNOWN;
    }
    if (++this.steps > MAX_STEPS) {
      this.guardHits++;
      return UNKNOWN;
    }
    const inner = unparenthesize(node);
    const next: Frame = { ...frame, depth: frame.depth + 1 };
    switch (inner.type) {
      case "string":
      case "concatenated_string":
        return [{ tag: "json", form: "string" }];
      case "integer":
      case "float":
        return [{ tag: "json", form: "number" }];
      case "true":
      case "false":
      case "none":
      case "not_operator":
        return JSON_VALUE;
      case "dictionary":
        return this.dictionary(inner, next);
      case "list": {
        // A large data literal whose elements were not parsed (data-literals.ts).
        const literal = dataLiteral(inner);
        if (literal) return this.skippedLiteral(inner, literal);
        return this.sequence(inner, next);
      }
      case "tuple":
      case "expression_list":
      case "set":
        return this.sequence(inner, next);
      case "list_comprehension":
      case "set_comprehension": {
        const body = inner.childForFieldName("body");
        return body
          ? [{ tag: "container", elements: [{ label: ANY, value: this.analyze(body, next) }] }]
          : UNKNOWN;
      }
      case "dictionary_comprehension": {
        const value = inner.childForFieldName("body")?.childForFieldName("value");
        return value
          ? [{ tag: "container", elements: [{ label: ANY, value: this.analyze(value, next) }] }]
          : UNKNOWN;
      }
      case "identifier":
        return this.identifier(inner, next);
      case "call":
        return this.call(inner, next);
      case "attribute":
        return this.attribute(inner, next);
      case "subscript":
        return this.subscript(inner, next);
      case "binary_operator":
        return this.binary(inner, next);
      case "unary_operator": {
        const operand = this.analyze(inner.childForFieldName("argument")!, next);
        return operand.filter(
          (a) => a.tag === "json" || (a.tag === "object" && TYPES[a.type]?.arithmeticRank),
        );
      }
      case "comparison_operator":
        return this.comparison(inner, next);
      case "boolean_operator":
        return union([
          this.analyze(inner.childForFieldName("left")!, next),
          this.analyze(inner.childForFieldName("right")!, next),
        ]);
      case "conditional_expression": {
        const [whenTrue, , whenFalse] = inner.namedChildren;
        return whenTrue && whenFalse
          ? union([this.analyze(whenTrue, next), this.analyze(whenFalse, next)])
          : UNKNOWN;
      }
      case "named_expression":
        return this.analyze(inner.childForFieldName("value")!, next);
      default:
        return UNKNOWN;
    }
  }

  // ---- literals --------------------------------------------------------------------------

  private dictionary(node: SyntaxNode, frame: Frame): Value {
    const elements: Element[] = [];
    for (const child of node.namedChildren) {
      if (child.type === "pair") {
        const keyNode = child.childForFieldName("key")!;
        const valueNode = child.childForFieldName("value")!;
        const key = literalKey(keyNode);
        elements.push({
          label: key === undefined ? ANY : pathLabel(key),
          ...(key !== undefined ? { key } : {}),
          value: this.analyze(valueNode, frame),
          node: valueNode,
        });
      } else if (child.type === "dictionary_splat") {
        elements.push(...this.elementsOf(this.analyze(child.namedChild(0)!, frame)));
      }
    }
    return [{ tag: "container", elements, node }];
  }

  private sequence(node: SyntaxNode, frame: Frame): Value {
    const elements: Element[] = [];
    let index = 0;
    let exact = true;
    for (const child of node.namedChildren) {
      if (child.type === "comment") continue;
      if (child.type === "list_splat") {
        exact = false;
        for (const element of this.elementsOf(this.analyze(child.namedChild(0)!, frame)))
          elements.push({ label: ANY, value: element.value });
        continue;
      }
      const positional = exact && node.type !== "set";
      elements.push({
        label: positional ? pathLabel(index) : ANY,
        ...(positional ? { key: index } : {}),
        value: this.analyze(child, frame),
        node: child,
      });
      index++;
    }
    return [{ tag: "container", elements, node }];
  }

  /**
   * A skipped data literal: a container of JSON, its elements' forms level by level, at the
   * cost in steps its elements would have had (a budget they exhaust cuts the rest short, as
   * it would have). A dict's keys and the positions of a list of up to 64 elements are kept;
   * an element of a longer list is any of their shapes.
   */
  private skippedLiteral(node: SyntaxNode, literal: DataLiteral): Value {
    this.steps += literal.steps - 1;
    if (this.steps > MAX_STEPS) this.guardHits++;
    return [shapeValue(literal.shape, node)];
  }

  /** The elements of every container alternative. */
  private elementsOf(value: Value): Element[] {
    return value.flatMap((a) => (a.tag === "container" ? a.elements : []));
  }

  // ---- names -----------------------------------------------------------------------------

  private identifier(node: SyntaxNode, frame: Frame): Value {
    const name = node.text;
    // Climbing to a comprehension costs a native call per level: only when one is around.
    const iterable = this.module.nodes.enclosing(node, COMPREHENSION_TYPES)
      ? comprehensionIterable(node, name)
      : undefined;
    if (iterable !== undefined)
      return iterable ? this.elementOf(this.analyze(iterable, frame), undefined, frame) : UNKNOWN;
    const bindings = this.module.bindings.reaching(name, node);
    const value = union(bindings.map((binding) => this.binding(binding, frame)));
    if (!value.some((a) => a.tag === "container")) return value;
    // `result = {}` … `result["X"] = arr` … `return result`: the container was filled in place.
    const added = this.mutations(name, node, frame);
    if (!added.length) return value;
    return value.map((a) =>
      a.tag === "container" ? { ...a, elements: lastPerKey([...a.elements, ...added]) } : a,
    );
  }

  /**
   * Elements put into the container `name` before `use`, in the same function:
   * `name[key] = v`, `name.append(v)`, `name.extend(vs)`, `name.update(...)`, `name.setdefault(k, v)`.
   */
  private mutations(name: string, use: SyntaxNode, frame: Frame): Element[] {
    const scope = this.module.nodes.scopeAround(use);
    if (!scope) return [];
    const text = scope.text;
    if (!MUTATION_HINTS.some((hint) => text.includes(name + hint))) return [];
    // `out["X"] = out["X"].tolist()` reads `out` while we collect what is put into it.
    const key = `${scope.startIndex}:${name}`;
    if (this.activeMutations.has(key)) {
      this.guardHits++;
      return [];
    }
    this.activeMutations.add(key);
    try {
      return this.collectMutations(name, scope, use.startIndex, frame);
    } finally {
      this.activeMutations.delete(key);
    }
  }

  private collectMutations(name: string, scope: SyntaxNode, useStart: number, frame: Frame): Element[] {
    const elements: Element[] = [];
    for (const node of scope.descendantsOfType(["assignment", "call"])) {
      if (node.startIndex >= useStart) continue;
      if (node.type === "assignment") {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left?.type !== "subscript" || !right || left.childForFieldName("value")?.text !== name) continue;
        const index = left.childForFieldName("subscript");
        const key = index ? literalKey(index) : undefined;
        elements.push({
          label: key === undefined ? ANY : pathLabel(key),
          ...(key !== undefined ? { key } : {}),
          value: this.analyze(right, frame),
          node: right,
        });
        continue;
      }
      const callee = node.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("object")?.text !== name) continue;
      const method = callee.childForFieldName("attribute")!.text;
      const { positional, keywords } = callArguments(node);
      const add = (value: Value, valueNode?: SyntaxNode) =>
        elements.push({ label: ANY, value, ...(valueNode ? { node: valueNode } : {}) });
      if (method === "append" && positional[0]) add(this.analyze(positional[0], frame), positional[0]);
      else if (method === "insert" && positional[1]) add(this.analyze(positional[1], frame), positional[1]);
      else if (method === "setdefault" && positional[1])
        add(this.analyze(positional[1], frame), positional[1]);
      else if (method === "extend" && positional[0])
        add(this.elementOf(this.analyze(positional[0], frame), undefined, frame));
      else if (method === "update") {
        if (positional[0]) elements.push(...this.elementsOf(this.analyze(positional[0], frame)));
        for (const [key, value] of keywords)
          elements.push({ label: pathLabel(key), key, value: this.analyze(value, frame), node: value });
      }
    }
    return elements;
  }

  /**
   * What a binding makes, analysed once per module: several handoffs (and several uses in one
   * handoff) often reach the same assignment. Inside a helper called with arguments (`env`) the
   * value depends on the call, and a value cut short by a guard (depth, steps, recursion)
   * depends on where it was asked from: those are not kept.
   */
  private binding(binding: Binding, frame: Frame): Value {
    if (frame.env) return this.bindingValue(binding, frame);
    const known = this.bindingValues.get(binding);
    if (known) return known;
    const guardHits = this.guardHits;
    const value = this.bindingValue(binding, frame);
    if (this.guardHits === guardHits) this.bindingValues.set(binding, value);
    return value;
  }

  private bindingValue(binding: Binding, frame: Frame): Value {
    switch (binding.kind) {
      case "parameter": {
        const argument = frame.env?.get(binding.target.id);
        if (argument) return argument;
        const passed = this.taskParameter(binding, frame);
        if (passed.length) return passed;
        return binding.annotation
          ? this.annotation(
              binding.annotation,
              `${binding.target.text}: ${shortText(binding.annotation, 40)}`,
              spanOf(binding.target),
              frame,
            )
          : UNKNOWN;
      }
      case "assign": {
        if (!binding.value) return UNKNOWN;
        let value = this.analyze(binding.value, frame);
        if (binding.index !== undefined) value = this.elementOf(value, binding.index, frame);
        if (binding.annotation && !value.some((a) => a.tag !== "json")) {
          const annotated = this.annotation(
            binding.annotation,
            `${binding.target.text}: ${shortText(binding.annotation, 40)}`,
            spanOf(binding.target),
            frame,
          );
          if (annotated.length) return annotated;
        }
        return value;
      }
      case "augmented":
        // `total += arr`: the earlier bindings reach too (Bindings keeps searching past `+=`).
        return binding.value
          ? this.arithmetic(this.analyze(binding.value, frame), UNKNOWN, binding.target.parent!)
          : UNKNOWN;
      case "for":
        return binding.value && binding.index === undefined
          ? this.elementOf(this.analyze(binding.value, frame), undefined, frame)
          : UNKNOWN;
      case "with":
        return UNKNOWN;
    }
  }

  // ---- task edges ------------------------------------------------------------------------

  /** The one task a function runs as, if exactly one does. */
  private taskOf(fn: SyntaxNode): PythonTask | undefined {
    if (!this.functionTasks) {
      this.functionTasks = new Map();
      for (const task of this.module.tasks) {
        if (!task.fn) continue;
        this.functionTasks.set(task.fn.id, this.functionTasks.has(task.fn.id) ? null : task);
      }
    }
    return this.functionTasks.get(fn.id) ?? undefined;
  }

  /**
   * A task function's parameter: what the DAG code passes it — another task's output
   * (`load(extract())`, `.output`, `XComArg`, `extract()["key"]`) or an argument
   * (`extract(path=RAW)`, `op_kwargs`, `.expand(p=[…])`'s elements). Unknown when the function
   * runs as several tasks, or nothing is passed.
   */
  private taskParameter(binding: Binding, frame: Frame): Value {
    const owner = parameterOwner(binding.target);
    const task = owner ? this.taskOf(owner) : undefined;
    if (!task) return UNKNOWN;
    const name = binding.target.text;
    const inputs = taskInputs(this.module);
    const fromTasks = (inputs.byTask.get(task) ?? []).filter(
      (input) => input.parameter === name && input.via === "argument",
    );
    const passed = inputs.arguments.get(task)?.get(name) ?? [];
    if (!fromTasks.length && !passed.length) return UNKNOWN;
    if (this.activeTasks.has(task)) {
      this.guardHits++;
      return UNKNOWN;
    }
    this.activeTasks.add(task);
    try {
      const next: Frame = { depth: frame.depth + 1 };
      const values: Value[] = [];
      for (const input of fromTasks) {
        if (input.mapped && (input.key !== undefined || input.item !== undefined)) continue;
        let value = this.output(input.producer, input.key, next);
        if (input.item !== undefined) value = this.itemOf(value, input.item);
        // A mapped producer hands on the list of its instances' outputs.
        if (input.mapped) value = [{ tag: "container", elements: [{ label: ANY, value }] }];
        values.push(input.expanded ? this.elementOf(value, undefined, next) : value);
      }
      for (const argument of passed) {
        const value = this.analyze(argument.node, next);
        values.push(argument.element ? this.elementOf(value, undefined, next) : value);
      }
      return union(values);
    } finally {
      this.activeTasks.delete(task);
    }
  }

  /** What a task hands on under a key: its return (body, else `-> T`), or a `multiple_outputs` entry. */
  private output(producer: PythonTask, key: string | undefined, frame: Frame): Value {
    const fn = producer.fn;
    if (!fn || producer.fact.returnRole !== "data" || fn.type !== "function_definition") return UNKNOWN;
    if (key !== undefined && !producer.fact.multipleOutputs) return UNKNOWN;
    if (this.activeTasks.has(producer)) {
      this.guardHits++;
      return UNKNOWN;
    }
    this.activeTasks.add(producer);
    try {
      const returnType = fn.childForFieldName("return_type");
      const declared: DeclaredReturn | undefined = returnType
        ? { node: returnType, name: fn.childForFieldName("name")?.text ?? "task" }
        : undefined;
      const returned = union(
        returnedExpressions(fn).map((expression) => {
          const value = this.analyze(expression, frame);
          return declared ? toldBy(value, () => this.declaredReturn(declared, frame)) : value;
        }),
      );
      return key !== undefined ? this.itemOf(returned, key) : returned;
    } finally {
      this.activeTasks.delete(producer);
    }
  }

  /** The element of a container value under a literal key (`meta["raw"]`). */
  private itemOf(value: Value, key: string): Value {
    return union(
      value.flatMap((a) =>
        a.tag === "container"
          ? a.elements.filter((e) => e.key === key || e.label === ANY).map((e) => e.value)
          : [],
      ),
    );
  }

  /** A function's `-> T`, as the value it returns (an entry of it for `multiple_outputs`). */
  private declaredReturn(declared: DeclaredReturn, frame: Frame): Value {
    const value = this.annotation(
      declared.node,
      `${declared.name}() -> ${shortText(declared.node, 40)}`,
      spanOf(declared.node),
      frame,
    );
    return declared.entry ? this.elementOf(value, undefined, frame) : value;
  }

  /** Element `index` of a value (tuple unpacking), or any element (iteration) when undefined. */
  private elementOf(value: Value, index: number | undefined, frame: Frame): Value {
    const results: Value[] = [];
    for (const alternative of value) {
      if (alternative.tag === "container") {
        for (const element of alternative.elements) {
          if (index === undefined || element.key === index || element.label === ANY)
            results.push(element.value);
        }
      } else if (alternative.tag === "object") {
        const element = TYPES[alternative.type]?.element;
        if (element) {
          results.push(
            this.result(element, {
              madeBy: `element of ${alternative.madeBy}`,
              madeAt: alternative.madeAt,
              receiver: alternative.type,
              frame,
            }),
          );
        }
      }
    }
    return union(results);
  }

  // ---- calls -----------------------------------------------------------------------------

  private call(node: SyntaxNode, frame: Frame): Value {
    const callee = node.childForFieldName("function")!;
    const context = this.module.context;
    // Names, spans and arguments are read only when needed: most calls end up unknown.
    const made = new LazyMade(frame, node, callee, describe, true);
    const calleeType = callee.type;

    if (calleeType === "identifier") {
      const name = callee.text;
      if (!context.aliases.has(name)) {
        // Not checked: a local variable shadowing a helper or a builtin (calling it would be a
        // bug of its own); the check would scan every enclosing scope for bindings.
        const helper = context.functions.get(name);
        // Calling a TaskFlow function in DAG code makes an XComArg, not what its body returns.
        if (helper && this.isTaskflowFunction(helper)) return UNKNOWN;
        if (helper) return this.helperCall(helper, name, node, made.args!, frame);
        const ownClass = moduleClasses(context, this.module.nodes).get(name);
        if (ownClass)
          return [{ tag: "object", type: classTypeName(ownClass), madeBy: made.madeBy, madeAt: made.madeAt }];
        return BUILTINS.has(name) ? this.builtin(name, made) : UNKNOWN;
      }
    }
    const qualified = this.importedName(callee);
    if (qualified !== undefined) {
      const result = catalogFunction(qualified);
      if (result !== undefined) return this.result(result, made);
      if (isEstimatorClass(qualified))
        return [
          { tag: "object", type: "sklearn.base.BaseEstimator", madeBy: made.madeBy, madeAt: made.madeAt },
        ];
      return this.importedCall(qualified, node, made, frame);
    }
    if (calleeType !== "attribute") return UNKNOWN;
    const method = callee.childForFieldName("attribute")!.text;
    const receiver = this.analyze(callee.childForFieldName("object")!, frame);
    const results: Value[] = [];
    let known = false;
    for (const alternative of receiver) {
      if (alternative.tag === "object") {
        const info = TYPES[alternative.type];
        const result = info?.methods?.[method] ?? info?.otherMethods ?? SANITIZING_METHODS[method];
        if (result === undefined) continue;
        known = true;
        results.push(this.result(result, made.withReceiver(alternative.type)));
      } else if (alternative.tag === "container") {
        const result = this.containerMethod(alternative, method, made.args!);
        if (result) {
          known = true;
          results.push(result);
        }
      }
    }
    // A sanitizer makes JSON whatever it is called on (`x.tolist()` with `x` unknown).
    if (!known && SANITIZING_METHODS[method] !== undefined)
      return this.result(SANITIZING_METHODS[method], made);
    // `hook.get_pandas_df(sql)`: the method's name says it, whatever the hook.
    if (!known && Object.hasOwn(NAMED_RESULT_METHODS, method))
      return this.result(NAMED_RESULT_METHODS[method]!, made);
    return union(results);
  }

  private containerMethod(container: ContainerValue, method: string, args: CallArguments): Value | undefined {
    if (method === "copy") return [container];
    if (method === "get" || method === "pop") {
      const key = args.positional[0] ? literalKey(args.positional[0]) : undefined;
      return union(
        container.elements
          .filter((e) => key === undefined || e.key === key || e.label === ANY)
          .map((e) => e.value),
      );
    }
    return undefined;
  }

  private isTaskflowFunction(fn: SyntaxNode): boolean {
    this.taskflowFunctions ??= new Set(
      this.module.tasks.flatMap((t) => (t.fn && t.fact.style.startsWith("@") ? [t.fn.id] : [])),
    );
    return this.taskflowFunctions.has(fn.id);
  }

  /** Python builtins (when not shadowed): conversions to JSON, and `list(arr)`. */
  private builtin(name: string, made: Made): Value {
    const args = made.args!;
    const first = args.positional[0];
    switch (name) {
      case "int":
      case "float":
      case "str":
      case "bool":
      case "len":
      case "repr":
      case "format":
      case "hash":
        return JSON_VALUE;
      case "abs":
      case "round": {
        if (!first) return UNKNOWN;
        // `round(np.float64(2.5))` is a Python int; with ndigits (and for `abs`) it stays a numpy scalar.
        const keepsScalar = name === "abs" || args.positional.length > 1 || args.keywords.has("ndigits");
        return union(
          this.analyze(first, made.frame).map((a): Value => {
            if (a.tag !== "object") return a.tag === "json" ? JSON_VALUE : UNKNOWN;
            if (TYPES[a.type]?.arithmeticRank === undefined) return UNKNOWN;
            return a.type === "numpy.generic" && !keepsScalar ? JSON_VALUE : [a];
          }),
        );
      }
      case "list":
      case "tuple":
      case "sorted":
      case "set":
      case "frozenset": {
        if (!first) return [{ tag: "container", elements: [] }];
        // `list(arr)` is a list of numpy scalars; `list(d)` of a container keeps its elements.
        const elements = this.elementOf(this.analyze(first, made.frame), undefined, made.frame);
        return [{ tag: "container", elements: [{ label: ANY, value: elements }] }];
      }
      case "sum":
      case "min":
      case "max": {
        if (!first || args.positional.length > 1) return UNKNOWN;
        const value = this.analyze(first, made.frame);
        return this.elementOf(
          value.filter((a) => a.tag === "object"),
          undefined,
          made.frame,
        );
      }
      case "dict": {
        if (args.positional.length > 1) return UNKNOWN;
        const elements: Element[] = first ? this.elementsOf(this.analyze(first, made.frame)) : [];
        for (const [key, value] of args.keywords)
          elements.push({ label: pathLabel(key), key, value: this.analyze(value, made.frame), node: value });
        return [{ tag: "container", elements }];
      }
      default:
        return UNKNOWN;
    }
  }

  /** A module-level helper: its `-> T` annotation, or what its returns make with these arguments. */
  private helperCall(
    fn: SyntaxNode,
    name: string,
    call: SyntaxNode,
    args: CallArguments,
    frame: Frame,
  ): Value {
    // Its `-> T`, when the body says nothing.
    const returnType = fn.childForFieldName("return_type");
    const declared = (): Value =>
      returnType
        ? this.annotation(returnType, `${name}() -> ${shortText(returnType, 40)}`, spanOf(call), frame)
        : UNKNOWN;
    if (this.activeHelpers.has(fn.id)) {
      this.guardHits++;
      return declared();
    }
    this.activeHelpers.add(fn.id);
    try {
      const env = new Map(frame.env ?? []);
      const parameters = parameterNames(fn);
      args.positional.forEach((arg, i) => {
        const parameter = parameters[i];
        if (parameter && arg.type !== "list_splat") env.set(parameter.id, this.analyze(arg, frame));
      });
      for (const parameter of parameters) {
        const arg = args.keywords.get(parameter.text);
        if (arg) env.set(parameter.id, this.analyze(arg, frame));
      }
      const inner: Frame = { depth: frame.depth + 1, env };
      const returned = union(returnedExpressions(fn).map((returned) => this.analyze(returned, inner)));
      return toldBy(returned, declared);
    } finally {
      this.activeHelpers.delete(fn.id);
    }
  }

  /**
   * A function imported from the repository's own modules (`project.ts`): what it returns with
   * these arguments, analysed in its module (its body, else its `-> T`), as made at this call —
   * a value is reported in the linted file. Unknown when the module is not found or does not
   * parse, for a decorated function (a TaskFlow function called here makes an `XComArg`), past
   * `MAX_IMPORT_NESTING` modules, or in a cycle.
   */
  private importedCall(qualified: string, call: SyntaxNode, made: Made, frame: Frame): Value {
    const { project, filePath } = this.module;
    if (!project || !filePath || importNesting >= MAX_IMPORT_NESTING) return UNKNOWN;
    const target = project.resolveFunction(qualified, filePath);
    if (!target || target.fn.parent?.type === "decorated_definition") return UNKNOWN;
    const values = this.boundValues(target.fn, made.args!, frame);
    const analysis = ValueAnalysis.of(project.pythonModule(target.module, this.module));
    importNesting++;
    try {
      return relocated(analysis.returnedWith(target.fn, values), made.madeBy, made.madeAt);
    } finally {
      importNesting--;
    }
  }

  /**
   * What a call of a function of another module passes its parameters, by name, analysed here;
   * the first `skip` parameters (a method's `self`) take no argument.
   */
  private boundValues(fn: SyntaxNode, args: CallArguments, frame: Frame, skip = 0): Map<string, Value> {
    const values = new Map<string, Value>();
    const parameters = parameterNames(fn).slice(skip);
    args.positional.forEach((arg, i) => {
      const parameter = parameters[i];
      if (parameter && arg.type !== "list_splat") values.set(parameter.text, this.analyze(arg, frame));
    });
    for (const parameter of parameters) {
      const arg = args.keywords.get(parameter.text);
      if (arg) values.set(parameter.text, this.analyze(arg, frame));
    }
    return values;
  }

  /** `work` in a frame of a function of this module, its parameters bound to `values`; once at a time. */
  private inFunction(
    fn: SyntaxNode,
    values: ReadonlyMap<string, Value>,
    work: (frame: Frame) => Value,
  ): Value {
    if (this.activeHelpers.has(fn.id)) return UNKNOWN;
    if (this.activeHelpers.size === 0) this.steps = 0;
    this.activeHelpers.add(fn.id);
    try {
      const env = new Map<number, Value>();
      for (const parameter of parameterNames(fn)) {
        const value = values.get(parameter.text);
        if (value) env.set(parameter.id, value);
      }
      return work({ depth: 1, env });
    } finally {
      this.activeHelpers.delete(fn.id);
    }
  }

  /** What a function of this module returns, called from another module with these values. */
  private returnedWith(fn: SyntaxNode, values: ReadonlyMap<string, Value>): Value {
    return this.inFunction(fn, values, (inner) => {
      const returned = union(returnedExpressions(fn).map((returned) => this.analyze(returned, inner)));
      const returnType = fn.childForFieldName("return_type");
      return returnType
        ? toldBy(returned, () => this.annotation(returnType, "", spanOf(returnType), inner))
        : returned;
    });
  }

  /** Applies a catalog result at a call (or attribute) site. */
  private result(result: Result, made: Made): Value {
    const object = (type: TypeName): Value => [
      { tag: "object", type, madeBy: made.madeBy, madeAt: made.madeAt },
    ];
    if (result === "json") return JSON_VALUE;
    if (result === "unknown") return UNKNOWN;
    if (result === "same") return made.receiver ? object(made.receiver) : UNKNOWN;
    if (typeof result === "string") return object(result);
    const args = made.args ?? { positional: [], keywords: new Map<string, SyntaxNode>() };
    if ("reduction" in result) {
      const axis = args.keywords.has("axis") || args.positional.length > result.axisAt;
      return object(axis ? result.withAxis : result.reduction);
    }
    if ("draw" in result) {
      const size = args.keywords.get("size");
      const sized =
        (size !== undefined && size.type !== "none") ||
        (result.sizeAt === "any" ? args.positional.length > 0 : args.positional.length > result.sizeAt);
      return sized ? object(result.draw) : UNKNOWN;
    }
    if ("listOf" in result) {
      return [{ tag: "container", elements: [{ label: ANY, value: object(result.listOf) }] }];
    }
    if ("splitsOf" in result) {
      const elements: Element[] = [];
      args.positional.forEach((arg, i) => {
        const value = this.analyze(arg, made.frame).flatMap((a): Alternative[] =>
          a.tag === "object"
            ? [{ tag: "object", type: a.type, madeBy: made.madeBy, madeAt: made.madeAt }]
            : [],
        );
        elements.push(
          { label: pathLabel(2 * i), key: 2 * i, value },
          { label: pathLabel(2 * i + 1), key: 2 * i + 1, value },
        );
      });
      return [{ tag: "container", elements }];
    }
    if ("byKeyword" in result) {
      const given = args.keywords.get(result.byKeyword);
      if (!given) return this.result(result.absent, made);
      const value = stringLiteral(given);
      const chosen = value !== undefined ? result.cases[value] : undefined;
      return chosen !== undefined ? this.result(chosen, made) : UNKNOWN;
    }
    if ("jsonWhen" in result) {
      const given = args.keywords.get(result.jsonWhen.keyword);
      return given?.text === result.jsonWhen.is ? JSON_VALUE : this.result(result.otherwise, made);
    }
    // byArgument
    const arg = args.positional[result.at ?? 0];
    if (!arg) return UNKNOWN;
    const results: Value[] = [];
    for (const alternative of this.analyze(arg, made.frame)) {
      const form: ArgumentForm =
        alternative.tag === "object"
          ? alternative.type
          : alternative.tag === "container"
            ? "container"
            : (alternative.form ?? "json");
      const mapped = result.byArgument[form];
      if (mapped !== undefined) results.push(this.result(mapped, made));
    }
    return union(results);
  }

  // ---- attributes and subscripts ---------------------------------------------------------

  private attribute(node: SyntaxNode, frame: Frame): Value {
    if (this.importedName(node) !== undefined) return UNKNOWN;
    const name = node.childForFieldName("attribute")!.text;
    const object = node.childForFieldName("object")!;
    if (object.type === "identifier") {
      // `Color.RED`: a member of the module's own Enum.
      const ownClass = moduleClasses(this.module.context, this.module.nodes).get(object.text);
      if (
        ownClass &&
        (ownClass.kind === "enum" || ownClass.kind === "value-enum") &&
        ownClass.members.has(name)
      )
        return [
          { tag: "object", type: classTypeName(ownClass), madeBy: shortText(node, 40), madeAt: spanOf(node) },
        ];
    }
    const made = new LazyMade(frame, node, node, describe, false);
    const results: Value[] = [];
    for (const alternative of this.analyze(node.childForFieldName("object")!, frame)) {
      if (alternative.tag !== "object") continue;
      const info = TYPES[alternative.type];
      const result = info?.attributes?.[name] ?? info?.otherAttributes;
      if (result !== undefined) results.push(this.result(result, made.withReceiver(alternative.type)));
    }
    return union(results);
  }

  private subscript(node: SyntaxNode, frame: Frame): Value {
    const indices = node.childrenForFieldName("subscript");
    const made = new LazyMade(frame, node, node, shortName, false);
    const results: Value[] = [];
    for (const alternative of this.analyze(node.childForFieldName("value")!, frame)) {
      if (alternative.tag === "container") {
        const only = indices.length === 1 ? indices[0]! : undefined;
        if (only?.type === "slice") {
          results.push([
            { tag: "container", elements: alternative.elements.map((e) => ({ label: ANY, value: e.value })) },
          ]);
          continue;
        }
        const key = only ? literalKey(only) : undefined;
        for (const element of alternative.elements) {
          if (key === undefined || element.key === key || element.label === ANY) results.push(element.value);
        }
        continue;
      }
      if (alternative.tag !== "object") continue;
      const rule = TYPES[alternative.type]?.subscript;
      if (!rule) continue;
      const withType = made.withReceiver(alternative.type);
      const object = (type: TypeName | undefined): Value => (type ? this.result(type, withType) : UNKNOWN);
      if (typeof rule === "object") {
        results.push(this.result(rule.always, withType));
        continue;
      }
      const forms = indices.map((index) => this.indexForm(index, frame));
      switch (rule) {
        case "array":
          results.push(object(forms.some((f) => f === "many") ? "numpy.ndarray" : "numpy.generic"));
          break;
        case "series":
          results.push(object(forms[0] === "many" ? "pandas.Series" : "numpy.generic"));
          break;
        case "frame-columns":
          if (forms.length === 1)
            results.push(object(forms[0] === "scalar" ? "pandas.Series" : "pandas.DataFrame"));
          break;
        case "frame-indexer":
          results.push(object(frameIndexerResult(forms)));
          break;
      }
    }
    return union(results);
  }

  /** Whether an index selects one element, several (slice, list, mask), or we cannot tell. */
  private indexForm(index: SyntaxNode, frame: Frame): IndexForm {
    const inner = unparenthesize(index);
    if (inner.type === "slice" || inner.type === "list" || inner.type === "ellipsis" || inner.type === "none")
      return "many";
    if (inner.type === "string" || inner.type === "integer" || inner.type === "concatenated_string")
      return "scalar";
    if (inner.type === "unary_operator" && inner.namedChild(0)?.type === "integer") return "scalar";
    const value = this.analyze(inner, frame);
    if (
      value.some(
        (a) =>
          a.tag === "container" ||
          (a.tag === "object" && TYPES[a.type]?.arithmeticRank !== undefined && a.type !== "numpy.generic"),
      )
    )
      return "many";
    if (value.length > 0 && value.every((a) => a.tag === "json" && a.form !== undefined)) return "scalar";
    return "unknown";
  }

  // ---- operators -------------------------------------------------------------------------

  private binary(node: SyntaxNode, frame: Frame): Value {
    const left = this.analyze(node.childForFieldName("left")!, frame);
    const right = this.analyze(node.childForFieldName("right")!, frame);
    const operator = node.childForFieldName("operator")?.type;
    // `"%s" % x` formats a string.
    if (operator === "%" && left.some((a) => a.tag === "json" && a.form === "string")) return JSON_VALUE;
    const containers = [...left, ...right].filter((a): a is ContainerValue => a.tag === "container");
    if (containers.length && operator === "+") {
      return [
        {
          tag: "container",
          elements: containers.flatMap((c) => c.elements.map((e) => ({ label: ANY, value: e.value }))),
        },
      ];
    }
    return this.arithmetic(left, right, node);
  }

  /** `a op b`: the highest-ranked array-like operand decides (a frame times an array is a frame). */
  private arithmetic(left: Value, right: Value, node: SyntaxNode): Value {
    const ranked = [...left, ...right].filter(
      (a): a is ObjectValue => a.tag === "object" && TYPES[a.type]?.arithmeticRank !== undefined,
    );
    if (ranked.length === 0) {
      return left.length && right.length && [...left, ...right].every((a) => a.tag === "json")
        ? JSON_VALUE
        : UNKNOWN;
    }
    const best = ranked.reduce((a, b) =>
      TYPES[b.type]!.arithmeticRank! > TYPES[a.type]!.arithmeticRank! ? b : a,
    );
    if (best.type === "numpy.generic") {
      // A numpy scalar with a number stays a numpy scalar; with something unknown (maybe an array) we cannot tell.
      const other = left.includes(best) ? right : left;
      if (
        !other.length ||
        other.some((a) => a.tag !== "json" && !(a.tag === "object" && a.type === "numpy.generic"))
      )
        return UNKNOWN;
    }
    return [{ tag: "object", type: best.type, madeBy: describe(node), madeAt: spanOf(node) }];
  }

  private comparison(node: SyntaxNode, frame: Frame): Value {
    const operators = node.children.filter((c) => !c.isNamed).map((c) => c.type);
    if (
      operators.some((op) => op === "in" || op === "is" || op === "not in" || op === "is not" || op === "not")
    )
      return JSON_VALUE;
    const [left, right] = node.namedChildren;
    if (!left || !right) return JSON_VALUE;
    const result = this.arithmetic(this.analyze(left, frame), this.analyze(right, frame), node);
    // Comparing plain values gives a bool.
    return result.length ? result : JSON_VALUE;
  }

  /** The qualified name of a dotted expression whose head is an import (`np.random.rand` → `numpy.random.rand`). */
  private importedName(node: SyntaxNode): string | undefined {
    const parts = dottedParts(node);
    const module = parts && this.module.context.aliases.get(parts[0]!);
    if (!module) return undefined;
    parts[0] = module;
    return parts.join(".");
  }

  // ---- annotations -----------------------------------------------------------------------

  /** What a type annotation says a value is: `pd.DataFrame`, `list[np.ndarray]`, `Optional[...]`. */
  private annotation(node: SyntaxNode, madeBy: string, madeAt: Span, frame: Frame, depth = 0): Value {
    if (depth > 8) return UNKNOWN;
    const inner = unparenthesize(node.type === "type" ? (node.namedChild(0) ?? node) : node);
    const recurse = (child: SyntaxNode) => this.annotation(child, madeBy, madeAt, frame, depth + 1);
    const object = (type: TypeName): Value => [{ tag: "object", type, madeBy, madeAt }];
    switch (inner.type) {
      case "none":
        return JSON_VALUE;
      case "string": {
        const text = stringLiteral(inner);
        const type = text && /^[\w.]+$/.test(text) ? ANNOTATION_TYPES[this.qualifyText(text)] : undefined;
        return type ? object(type) : UNKNOWN;
      }
      case "identifier":
      case "attribute": {
        const type = ANNOTATION_TYPES[this.module.context.qualify(inner) ?? ""];
        return type ? object(type) : UNKNOWN;
      }
      case "binary_operator":
        // `pd.DataFrame | None`
        return union([recurse(inner.childForFieldName("left")!), recurse(inner.childForFieldName("right")!)]);
      case "union_type":
        // `list[pd.DataFrame] | list[None]`: the grammar's form where a member is generic.
        return union(inner.namedChildren.map(recurse));
      case "generic_type":
      case "subscript": {
        const base = inner.type === "subscript" ? inner.childForFieldName("value")! : inner.namedChild(0)!;
        const params =
          inner.type === "subscript"
            ? inner.childrenForFieldName("subscript")
            : (inner.namedChild(1)?.namedChildren.map((c) => (c.type === "type" ? c.namedChild(0)! : c)) ??
              []);
        const qualified = this.module.context.qualify(base) ?? "";
        const name = qualified.slice(qualified.lastIndexOf(".") + 1);
        const type = ANNOTATION_TYPES[qualified];
        if (type) return object(type);
        const any = (value: Value): Value => [{ tag: "container", elements: [{ label: ANY, value }] }];
        switch (name) {
          case "Optional":
          case "Annotated":
            return params[0] ? recurse(params[0]) : UNKNOWN;
          case "Union":
            return union(params.map(recurse));
          case "list":
          case "List":
          case "Sequence":
          case "Iterable":
          case "Collection":
          case "set":
          case "Set":
          case "FrozenSet":
            return params[0] ? any(recurse(params[0])) : UNKNOWN;
          case "dict":
          case "Dict":
          case "Mapping":
          case "MutableMapping":
            return params[1] ? any(recurse(params[1])) : UNKNOWN;
          case "tuple":
          case "Tuple": {
            if (params.length === 2 && params[1]!.type === "ellipsis") return any(recurse(params[0]!));
            return [
              {
                tag: "container",
                elements: params.map((p, i) => ({ label: pathLabel(i), key: i, value: recurse(p) })),
              },
            ];
          }
          default:
            return UNKNOWN;
        }
      }
      default:
        return UNKNOWN;
    }
  }

  /** `"pd.DataFrame"` (a string annotation) → `pandas.DataFrame`. */
  private qualifyText(text: string): string {
    const [head, ...rest] = text.split(".");
    const module = this.module.context.aliases.get(head!);
    return module ? [module, ...rest].join(".") : text;
  }
}

type IndexForm = "scalar" | "many" | "unknown";

/** A function's return annotation, for when its body says nothing. */
export interface DeclaredReturn {
  node: SyntaxNode;
  /** The function's name, for messages. */
  name: string;
  /** The value is one entry of the annotated dict (`multiple_outputs`). */
  entry?: boolean;
}

/** Where a result is made: its name and place for messages, the call's arguments. */
interface Made {
  readonly madeBy: string;
  readonly madeAt: Span;
  readonly frame: Frame;
  readonly args?: CallArguments;
  /** The receiver's type, for `same`. */
  readonly receiver?: TypeName;
}

/** A `Made` whose name, span and arguments are worked out on first use (most calls end up unknown). */
class LazyMade implements Made {
  private name?: string;
  private place?: Span;
  private argumentList?: CallArguments;

  constructor(
    readonly frame: Frame,
    /** The call (or expression) that makes the value: its span, and its arguments for a call. */
    private readonly node: SyntaxNode,
    /** What names it in messages, and how. */
    private readonly named: SyntaxNode,
    private readonly naming: (node: SyntaxNode) => string,
    private readonly isCall: boolean,
    /** The receiver's type, for `same`. */
    readonly receiver?: TypeName,
  ) {}

  get madeBy(): string {
    return (this.name ??= this.naming(this.named));
  }

  get madeAt(): Span {
    return (this.place ??= spanOf(this.node));
  }

  get args(): CallArguments | undefined {
    return this.isCall ? (this.argumentList ??= callArguments(this.node)) : undefined;
  }

  /** The same place, for a method of a receiver of this type. */
  withReceiver(receiver: TypeName): LazyMade {
    const made = new LazyMade(this.frame, this.node, this.named, this.naming, this.isCall, receiver);
    made.name = this.name;
    made.place = this.place;
    made.argumentList = this.argumentList;
    return made;
  }
}

const shortName = (node: SyntaxNode): string => shortText(node, 40);

/** Text that must follow a name for it to be filled in place (a cheap test before a scan). */
const MUTATION_HINTS = ["[", ".append(", ".extend(", ".insert(", ".update(", ".setdefault("];

/** Builtins the analysis knows; other unimported names called are unknown. */
const BUILTINS = new Set([
  "int",
  "float",
  "str",
  "bool",
  "len",
  "repr",
  "format",
  "hash",
  "abs",
  "round",
  "list",
  "tuple",
  "sorted",
  "set",
  "frozenset",
  "sum",
  "min",
  "max",
  "dict",
]);

/** `df.loc[rows]`, `df.loc[rows, cols]`: one row or column is a Series, several a frame, a cell unknown. */
function frameIndexerResult(forms: IndexForm[]): TypeName | undefined {
  const [rows, columns] = forms;
  if (columns === undefined) return rows === "scalar" ? "pandas.Series" : "pandas.DataFrame";
  if (rows === "scalar") return columns === "many" ? "pandas.Series" : undefined;
  // One column of rows we cannot tell (`df.loc[df["a"].idxmax(), "b"]`): a cell or a Series.
  if (columns === "scalar") return rows === "many" ? "pandas.Series" : undefined;
  return "pandas.DataFrame";
}

/** `d["X"] = a; d["X"] = a.tolist()`: a later element under the same key replaces the earlier one. */
function lastPerKey(elements: Element[]): Element[] {
  const last = new Map<string | number, Element>();
  for (const element of elements) if (element.key !== undefined) last.set(element.key, element);
  return elements.filter((e) => e.key === undefined || last.get(e.key) === e);
}

/** A dict key or index written as a literal: `"X"`, `0`, `-1`. */
function literalKey(node: SyntaxNode): string | number | undefined {
  const inner = unparenthesize(node);
  if (inner.type === "integer") return Number(inner.text);
  return stringLiteral(inner);
}

/**
 * When `name` at `node` is a comprehension's loop variable, the iterable it runs over (or null
 * when the target is a pattern we do not follow); undefined when it is not one.
 */
function comprehensionIterable(node: SyntaxNode, name: string): SyntaxNode | null | undefined {
  let child = node;
  for (let current = node.parent; current; current = current.parent) {
    const type = current.type;
    // Comprehensions are expressions: none encloses the name beyond its statement.
    if (SCOPE_BOUNDARIES.has(type) || type === "block" || type.endsWith("_statement")) return undefined;
    if (COMPREHENSIONS.has(type)) {
      for (const clause of current.namedChildren) {
        if (clause.type !== "for_in_clause") continue;
        // The first clause's iterable is evaluated outside the comprehension.
        const right = clause.childForFieldName("right");
        if (right && right.startIndex <= child.startIndex && child.endIndex <= right.endIndex) continue;
        const left = clause.childForFieldName("left");
        if (left?.type === "identifier" && left.text === name) return right;
        if (left && left.descendantsOfType("identifier").some((id) => id.text === name)) return null;
      }
    }
    child = current;
  }
  return undefined;
}

/** The parameter names of a function definition, in order (`self` included; splats excluded). */
/** Modules deep an imported function's return is followed (a module's imports of others). */
const MAX_IMPORT_NESTING = 4;
let importNesting = 0;

/**
 * A value an imported function returned, as made at the call in the linted file: its objects
 * made by the call there (their spans were in the other file), with no literal nodes (a
 * suggestion edits the linted file only).
 */
function relocated(value: Value, madeBy: string, madeAt: Span): Value {
  return value.map((alternative): Alternative => {
    if (alternative.tag === "object") return { ...alternative, madeBy, madeAt, imported: true };
    if (alternative.tag === "json") return alternative;
    return {
      tag: "container",
      elements: alternative.elements.map((element) => ({
        label: element.label,
        ...(element.key !== undefined ? { key: element.key } : {}),
        value: relocated(element.value, madeBy, madeAt),
      })),
    };
  });
}

function parameterNames(fn: SyntaxNode): SyntaxNode[] {
  const names: SyntaxNode[] = [];
  for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter.type === "identifier") names.push(parameter);
    else if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter") {
      const name = parameter.childForFieldName("name");
      if (name) names.push(name);
    } else if (parameter.type === "typed_parameter") {
      const name = parameter.namedChildren.find((c) => c.type === "identifier");
      if (name) names.push(name);
    }
  }
  return names;
}
