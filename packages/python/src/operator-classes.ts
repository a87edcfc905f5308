/**
 * Operator classes of the repository's own code (`class HttpFetchOperator(BaseOperator)` in
 * `plugins/`, or in the DAG file): what an instance reads and writes, as the same knowledge a
 * team's configured operator row gives — "keyword `tmp_file` (or position 1) is written".
 *
 * How a class is read (the orchestration is `storage.ts`, `operatorSummary`):
 *   - `__init__` binds each parameter to a *marker* place (`markerPlace`); every `self.X = …`
 *     in it gives attribute X the place of its value (`self.tmp_file = tmp_file` → the marker of
 *     `tmp_file`; `… if … else …`, `or` as the resolver reads them). A base class of the
 *     repository reached by `super().__init__(…)` adds its attributes, its parameters passed
 *     by keyword, by position, or through `**kwargs` (then the instance's own keyword);
 *   - an attribute assigned in any other method is unknown (it changes while the task runs);
 *   - `execute(self, context)` — the class's own, or a repository base's (two levels) — is read
 *     as task code with `self.X` the attribute's place, same-class methods it calls followed
 *     (bounded depth, as helpers);
 *   - a read or write through a catalogued API whose place is exactly one marker is a row
 *     effect on that keyword (`markerSlot`); S3-style bucket + key markers give both slots.
 *     An unknown API says nothing; a place built from markers (`f"{self.dir}/x.csv"`) is a
 *     template filled at the declaration, and a place of literal text (`data/extracted.csv`,
 *     the same for every instance) a template of itself;
 *   - a call of a callable keyword with a keyword's dict spread
 *     (`self._output_callable(df, **self._output_callable_kwargs)`) is a `SummaryCallable`: at
 *     the declaration the function given (of the DAG file, or imported from the repository) is
 *     read with the literal dict given bound to its parameters. A lambda, a dict that is not a
 *     literal, a keyword not given: unknown.
 * A class that cannot be found, read or parsed, or whose bases form a cycle, has no summary:
 * its tasks are unknown, never a finding.
 */
import type { ArgSlot, StorageApi, StorageEffect } from "./catalogs/storage.js";
import type { Piece, Place } from "./locations.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { stringLiteral, unparenthesize } from "./syntax.js";

/** Base classes followed above the instantiated class (its own code is level 0). */
export const MAX_BASE_LEVELS = 2;

/** The text of a marker: a private-use character no real path, URI or Jinja contains. */
const MARKER = /\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000/gu; // `matchAll` copies it: no shared lastIndex
const ANY_MARKER = /\uE000[\p{ID_Start}_][\p{ID_Continue}]*\uE000/u;
const ONE_MARKER = /^\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000$/u;
const BUCKET_KEY =
  /^([a-z][a-z0-9+.-]*):\/\/\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000\/\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000$/u;

/** The place standing for what the instance's keyword `name` is given. */
export function markerPlace(name: string): Place {
  return { pieces: [{ text: `\uE000${name}\uE000` }] };
}

/** The whole text of a place made of literal pieces only, else undefined. */
function placeText(place: Place): string | undefined {
  let text = "";
  for (const piece of place.pieces) {
    if (!("text" in piece)) return undefined;
    text += piece.text;
  }
  return text;
}

/** The keyword a place is exactly the marker of (`self.tmp_file` unchanged), else undefined. */
export function markerName(place: Place | undefined): string | undefined {
  const text = place && placeText(place);
  return text === undefined ? undefined : ONE_MARKER.exec(text)?.[1];
}

/** Whether a place mentions a marker anywhere (built from a keyword's value). */
export function hasMarker(place: Place): boolean {
  return place.pieces.some((piece) => "text" in piece && ANY_MARKER.test(piece.text));
}

/** A constructor parameter: its keyword, and its position when it may be passed by position. */
export interface InitParameter {
  name: string;
  /** Position among the arguments of the instantiation (`self` not counted). */
  index?: number;
  /** Its default value as written (`mode: str = "PGDump"`), when it has one. */
  default?: SyntaxNode;
}

export interface InitParameters {
  parameters: InitParameter[];
  /** The `**kwargs` parameter's name, when there is one. */
  kwargs?: string;
}

/** `__init__(self, a, b=1, *args, c, **kwargs)`: a (0), b (1), c (keyword only), kwargs. */
export function initParameters(init: SyntaxNode): InitParameters {
  const parameters: InitParameter[] = [];
  let kwargs: string | undefined;
  let keywordOnly = false;
  let position = 0;
  let first = true;
  for (const parameter of init.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter.type === "comment") continue;
    const inner =
      parameter.type === "typed_parameter" &&
      (parameter.namedChild(0)?.type === "list_splat_pattern" ||
        parameter.namedChild(0)?.type === "dictionary_splat_pattern")
        ? parameter.namedChild(0)!
        : parameter;
    if (inner.type === "keyword_separator" || inner.type === "list_splat_pattern") {
      keywordOnly = true;
      continue;
    }
    if (inner.type === "dictionary_splat_pattern") {
      kwargs = inner.namedChildren.find((c) => c.type === "identifier")?.text;
      continue;
    }
    if (inner.type === "positional_separator") continue;
    const name =
      inner.type === "identifier"
        ? inner
        : (inner.childForFieldName("name") ?? inner.namedChildren.find((c) => c.type === "identifier"));
    if (name?.type !== "identifier") continue;
    if (first) {
      first = false; // self
      continue;
    }
    const fallback =
      inner.type === "default_parameter" || inner.type === "typed_default_parameter"
        ? (inner.childForFieldName("value") ?? undefined)
        : undefined;
    parameters.push({
      name: name.text,
      ...(keywordOnly ? {} : { index: position }),
      ...(fallback ? { default: fallback } : {}),
    });
    position++;
  }
  return { parameters, ...(kwargs !== undefined ? { kwargs } : {}) };
}

/** Methods defined in a class body (decorated or not), by name; the last definition wins. */
export function classMethods(cls: SyntaxNode): Map<string, SyntaxNode> {
  const methods = new Map<string, SyntaxNode>();
  for (const statement of cls.childForFieldName("body")?.namedChildren ?? []) {
    const definition =
      statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    const name =
      definition?.type === "function_definition" ? definition.childForFieldName("name")?.text : undefined;
    if (name) methods.set(name, definition!);
  }
  return methods;
}

/** The class's bases as written (`class A(B, mixins.C, metaclass=M)`: B and mixins.C). */
export function baseExpressions(cls: SyntaxNode): SyntaxNode[] {
  const bases = cls.childForFieldName("superclasses");
  return (bases?.namedChildren ?? []).filter(
    (base) => base.type === "identifier" || base.type === "attribute",
  );
}

/** `self.X = value` statements directly in a method's code (not in nested functions or classes). */
export function selfAssignments(
  method: SyntaxNode,
  within: (fn: SyntaxNode, type: string) => SyntaxNode[],
): { attribute: string; value: SyntaxNode | undefined }[] {
  const self = firstParameter(method);
  if (self === undefined) return [];
  const found: { attribute: string; value: SyntaxNode | undefined }[] = [];
  // `for self.name in …` changes it too (its value is no right side).
  for (const type of ["assignment", "augmented_assignment", "for_statement"]) {
    for (const assignment of within(method, type)) {
      if (ownerFunction(assignment) !== method) continue;
      const left = assignment.childForFieldName("left");
      const targets =
        left?.type === "pattern_list" || left?.type === "tuple_pattern" ? left.namedChildren : [left];
      for (const target of targets) {
        if (target?.type !== "attribute") continue;
        const object = target.childForFieldName("object");
        if (object?.type !== "identifier" || object.text !== self) continue;
        const attribute = target.childForFieldName("attribute")!.text;
        // Unpacking and augmented assignment: the attribute's value is not the right side.
        const plain = type === "assignment" && targets.length === 1 && targets[0] === left;
        found.push({
          attribute,
          value: plain ? (assignment.childForFieldName("right") ?? undefined) : undefined,
        });
      }
    }
  }
  return found;
}

/** The class a function is a method of (defined directly in its body), or undefined. */
export function methodClass(fn: SyntaxNode): SyntaxNode | undefined {
  const definition = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  const cls = definition.parent?.parent;
  return cls?.type === "class_definition" ? cls : undefined;
}

/** The name of a function's first parameter (`self`). */
export function firstParameter(fn: SyntaxNode): string | undefined {
  const first = fn.childForFieldName("parameters")?.namedChildren.find((c) => c.type !== "comment");
  if (!first) return undefined;
  if (first.type === "identifier") return first.text;
  const name = first.childForFieldName("name") ?? first.namedChildren.find((c) => c.type === "identifier");
  return name?.type === "identifier" ? name.text : undefined;
}

/** The function a node's code belongs to. */
function ownerFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "function_definition" || current.type === "lambda") return current;
    if (current.type === "class_definition") return undefined;
  }
  return undefined;
}

/** `super().__init__(…)` or `Base.__init__(self, …)`: the call to a base's constructor. */
export function isBaseInit(
  call: SyntaxNode,
  baseNames: ReadonlySet<string>,
): "super" | "explicit" | undefined {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "__init__")
    return undefined;
  const object = callee.childForFieldName("object")!;
  if (object.type === "call" && object.childForFieldName("function")?.text === "super") return "super";
  if (baseNames.has(object.text)) return "explicit";
  return undefined;
}

/** An operation found in a summary's run: its access, place and the API's scheme. */
export interface SummaryOp {
  access: "read" | "write";
  place: Place;
}

/** A decorator that leaves a method a method (`@apply_defaults`), unlike these. */
const NOT_INSTANCE_METHODS = new Set(["staticmethod", "classmethod", "property"]);

/** The method's definition when it is an instance method (`self` first), else undefined. */
export function instanceMethod(fn: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!fn) return undefined;
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  for (const decorator of decorated?.namedChildren ?? []) {
    if (decorator.type !== "decorator") continue;
    const name = decorator.namedChild(0)?.text.split(".").pop();
    if (name && NOT_INSTANCE_METHODS.has(name)) return undefined;
  }
  return fn;
}

/** A place built from keywords' values (`f"{self.path}/{self.file_name}"`): its parts in order. */
export type TemplatePart = { slot: ArgSlot } | { piece: Piece };

/** What an instance does that no row says: a read or write of a place made from its keywords. */
export interface SummaryTemplate {
  access: "read" | "write";
  parts: TemplatePart[];
}

/**
 * `self._output(df, **self._output_kwargs)` in `execute`, found while the summary is read: the
 * called attribute's place, the place of the attribute spread as `**kwargs`, and what else the
 * call passes (positional arguments, other keywords: their values are not known).
 */
export interface SummaryCall {
  callable: Place;
  kwargs: Place;
  positional: number;
  keywords: string[];
}

/**
 * A callable keyword the instance calls with a keyword's dict spread as its arguments: at the
 * declaration, the function given for `callable` is read with the dict given for `kwargs` bound
 * to its parameters (`positional` first parameters and `keywords` bound to unknown values).
 */
export interface SummaryCallable {
  callable: ArgSlot;
  kwargs: ArgSlot;
  positional: number;
  keywords: string[];
}

/** What an operator class's instances read and write: row effects on keywords, templates, callables. */
export interface OperatorSummary {
  api?: StorageApi;
  templates: SummaryTemplate[];
  callables?: SummaryCallable[];
  /**
   * The places `execute` returns (its XCom `return_value`), built like templates: a path it
   * wrote and returns is handed on to whoever pulls the XCom. Only places made from keywords, or
   * a literal path `execute` also writes (not a scratch file then: it hands it on).
   */
  returns?: TemplatePart[][];
}

/**
 * The parts of a place mentioning markers; undefined when it mentions none (unless `literal`:
 * a place of literal text is then its own parts) or starts unknown.
 */
function templateParts(
  place: Place,
  slots: ReadonlyMap<string, ArgSlot>,
  literal = false,
): TemplatePart[] | undefined {
  const parts: TemplatePart[] = [];
  let markers = 0;
  for (const piece of place.pieces) {
    if (!("text" in piece)) {
      parts.push({ piece });
      continue;
    }
    let last = 0;
    for (const match of piece.text.matchAll(MARKER)) {
      if (match.index > last) parts.push({ piece: { text: piece.text.slice(last, match.index) } });
      const slot = slots.get(match[1]!);
      if (!slot) return undefined;
      parts.push({ slot });
      markers++;
      last = match.index + match[0].length;
    }
    if (last < piece.text.length) parts.push({ piece: { text: piece.text.slice(last) } });
  }
  // A place that starts unknown (`{*}/name`) could be anywhere: too vague to say it is written.
  const first = parts[0];
  if ((markers === 0 && !literal) || !first || ("piece" in first && !("text" in first.piece)))
    return undefined;
  return parts;
}

/**
 * The row effects of the operations whose place is exactly a marker (or a bucket + key of
 * markers), with each keyword's slot at the instantiation, and templates for the other places:
 * built from markers, or of literal text (a place that starts unknown says nothing). A scratch
 * file `execute` writes and reads back stays its own (the task wrote it first).
 */
export function summarize(
  ops: readonly SummaryOp[],
  slots: ReadonlyMap<string, ArgSlot>,
  calls: readonly SummaryCall[] = [],
  returned: readonly Place[] = [],
): OperatorSummary {
  const effects: StorageEffect[] = [];
  const templates: SummaryTemplate[] = [];
  const seen = new Set<string>();
  let scheme: string | undefined;
  for (const { access, place } of ops) {
    const one = markerName(place);
    const text = one === undefined ? placeText(place) : undefined;
    const bucketKey = text === undefined ? undefined : BUCKET_KEY.exec(text);
    let effect: StorageEffect | undefined;
    if (one !== undefined) {
      const path = slots.get(one);
      if (path) effect = { access, path };
    } else if (bucketKey) {
      const bucket = slots.get(bucketKey[2]!);
      const key = slots.get(bucketKey[3]!);
      // One scheme per row: a class writing to two kinds of store keeps the first.
      if (bucket && key && (scheme === undefined || scheme === bucketKey[1])) {
        scheme = bucketKey[1]!;
        effect = { access, bucket, key };
      }
    }
    if (effect) {
      const id = JSON.stringify(effect);
      if (!seen.has(id)) effects.push(effect);
      seen.add(id);
      continue;
    }
    // A place no keyword names (`data/processed/extracted.csv`) is the same for every instance:
    // another task reading it takes what this one wrote. Not a fresh temp name (scratch).
    const parts = templateParts(place, slots, !place.pieces.some((piece) => "fresh" in piece));
    const id = JSON.stringify([access, parts]);
    if (parts && !seen.has(id)) templates.push({ access, parts });
    seen.add(id);
  }
  const callables = summarizeCalls(calls, slots);
  const returns = summarizeReturns(returned, slots, ops);
  return {
    ...(effects.length ? { api: { effects, ...(scheme ? { scheme } : {}) } } : {}),
    templates,
    ...(callables.length ? { callables } : {}),
    ...(returns.length ? { returns } : {}),
  };
}

/** A place's identity for comparing two of one run of `execute`. */
function placeKey(place: Place): string {
  return JSON.stringify(place.pieces);
}

/** The returned places as templates: made from keywords, or a path of no keyword `execute` writes. */
function summarizeReturns(
  returned: readonly Place[],
  slots: ReadonlyMap<string, ArgSlot>,
  ops: readonly SummaryOp[],
): TemplatePart[][] {
  const written = new Set(ops.flatMap(({ access, place }) => (access === "write" ? [placeKey(place)] : [])));
  const returns: TemplatePart[][] = [];
  const seen = new Set<string>();
  for (const place of returned) {
    const literal = !hasMarker(place) && written.has(placeKey(place));
    const parts = templateParts(place, slots, literal);
    const id = JSON.stringify(parts);
    if (parts && !seen.has(id)) returns.push(parts);
    seen.add(id);
  }
  return returns;
}

/**
 * The calls of a callable keyword with a keyword's dict spread (both attributes exactly a
 * marker), once each; a call of anything else (`self.fn` built in `__init__`, a dict made
 * there) says nothing.
 */
function summarizeCalls(
  calls: readonly SummaryCall[],
  slots: ReadonlyMap<string, ArgSlot>,
): SummaryCallable[] {
  const callables: SummaryCallable[] = [];
  const seen = new Set<string>();
  for (const call of calls) {
    const callableName = markerName(call.callable);
    const kwargsName = markerName(call.kwargs);
    const callable = callableName === undefined ? undefined : slots.get(callableName);
    const kwargs = kwargsName === undefined ? undefined : slots.get(kwargsName);
    if (!callable || !kwargs || callableName === kwargsName) continue;
    const found: SummaryCallable = {
      callable,
      kwargs,
      positional: call.positional,
      keywords: [...call.keywords].sort(),
    };
    const id = JSON.stringify(found);
    if (!seen.has(id)) callables.push(found);
    seen.add(id);
  }
  return callables;
}

/** A class definition and the module it is read in (its bases are names of that module). */
export interface ClassInModule<M> {
  cls: SyntaxNode;
  module: M;
}

/** A base class's name that makes an operator whatever the repository says: `BaseOperator`, `…Sensor`. */
function operatorBaseName(base: SyntaxNode): boolean {
  const name = base.text.slice(base.text.lastIndexOf(".") + 1);
  return name.endsWith("Operator") || name.endsWith("Sensor");
}

/**
 * Whether a class of the repository is an operator though its name does not say so
 * (`class MinioPandasToPostgres(BaseOperator)`): one of its bases is named `…Operator` /
 * `…Sensor`, or is a repository class that is one (`MAX_BASE_LEVELS` above it). A base that
 * cannot be found says nothing.
 */
export function isOperatorClass<M>(
  found: ClassInModule<M>,
  resolveBase: (base: SyntaxNode, module: M) => ClassInModule<M> | undefined,
  level = 0,
): boolean {
  const bases = baseExpressions(found.cls);
  if (bases.some(operatorBaseName)) return true;
  if (level >= MAX_BASE_LEVELS) return false;
  return bases.some((base) => {
    const resolved = resolveBase(base, found.module);
    return resolved !== undefined && isOperatorClass(resolved, resolveBase, level + 1);
  });
}

/**
 * What a constructor argument is known to be at a declaration, as far as the class's `if`s can
 * ask: `None`, a boolean, a string or a number written as a literal, or a string known only to
 * be non-empty (an f-string with literal text: `f"{DAG_ID}_new"`). Anything else is unknown and
 * has no `ArgValue`.
 */
export type ArgValue =
  { none: true } | { bool: boolean } | { str: string } | { num: number } | { nonEmpty: true };

const JINJA_TAG = /\{\{|\{%/;

/** The value of a literal argument (`None`, `True`, `"PostgreSQL"`, `3`, `f"{x}_new"`), else undefined. */
export function literalValue(node: SyntaxNode | undefined): ArgValue | undefined {
  if (!node) return undefined;
  const inner = unparenthesize(node);
  switch (inner.type) {
    case "none":
      return { none: true };
    case "true":
      return { bool: true };
    case "false":
      return { bool: false };
    case "integer": {
      const value = Number(inner.text.replace(/_/g, ""));
      return Number.isSafeInteger(value) ? { num: value } : undefined;
    }
    case "string":
    case "concatenated_string": {
      // Bytes are not equal to any str: leave them unknown.
      if (/^[rRuUfF]*[bB]/.test(inner.text)) return undefined;
      const text = stringLiteral(inner);
      // A templated field renders Jinja before `execute` runs: what it compares equal to is not known.
      if (text !== undefined) return JINJA_TAG.test(text) ? undefined : { str: text };
      // An f-string: non-empty when its own text is (rendering never removes text outside a tag).
      const parts = inner.type === "string" ? [inner] : inner.namedChildren;
      const literalText = parts
        .flatMap((part) => part.namedChildren)
        .filter((child) => child.type === "string_content" || child.type === "escape_sequence")
        .map((child) => child.text)
        .join("");
      return literalText.replace(/\{\{|\}\}/g, "").length > 0 ? { nonEmpty: true } : undefined;
    }
    default:
      return undefined;
  }
}

/** The truth of a value (`if self.x:`), when known. */
function truthy(value: ArgValue): boolean {
  if ("none" in value) return false;
  if ("bool" in value) return value.bool;
  if ("str" in value) return value.str.length > 0;
  if ("num" in value) return value.num !== 0;
  return true;
}

/** Whether two values are equal (`==`), when known. */
function equal(a: ArgValue, b: ArgValue): boolean | undefined {
  if ("nonEmpty" in a || "nonEmpty" in b) {
    // A non-empty string is not None, not a boolean, not a number, and not "".
    const other = "nonEmpty" in a ? b : a;
    if ("nonEmpty" in other) return undefined;
    return "str" in other && other.str.length > 0 ? undefined : false;
  }
  // Python: True == 1 and False == 0.
  const scalar = (v: ArgValue) =>
    "none" in v ? null : "bool" in v ? Number(v.bool) : "num" in v ? v.num : "str" in v ? v.str : undefined;
  return scalar(a) === scalar(b);
}

/**
 * The truth of a condition (`self.mode == "PGDump"`, `self.x is not None and not self.y`) given
 * the values `self.NAME` is known to have (`value`, undefined when not known): true, false, or
 * undefined when it depends on anything else.
 */
export function decideCondition(
  condition: SyntaxNode,
  value: (node: SyntaxNode) => ArgValue | undefined,
): boolean | undefined {
  const evaluate = (node: SyntaxNode, depth: number): ArgValue | undefined => {
    if (depth > 8) return undefined;
    const inner = unparenthesize(node);
    switch (inner.type) {
      case "not_operator": {
        const operand = inner.childForFieldName("argument");
        const v = operand ? evaluate(operand, depth + 1) : undefined;
        return v ? { bool: !truthy(v) } : undefined;
      }
      case "boolean_operator": {
        const left = evaluate(inner.childForFieldName("left")!, depth + 1);
        const right = evaluate(inner.childForFieldName("right")!, depth + 1);
        const and = inner.childForFieldName("operator")?.text === "and";
        // `a and b` is a when a is falsy, else b; `a or b` is a when a is truthy, else b.
        if (left && truthy(left) !== and) return left;
        // Left unknown: so is the value, whatever the right side is.
        return left ? right : undefined;
      }
      case "comparison_operator": {
        const operands = inner.namedChildren.filter((c) => c.type !== "comment");
        if (operands.length !== 2) return undefined;
        const operator = inner.children
          .slice(1, -1)
          .map((c) => c.text)
          .join(" ");
        const left = evaluate(operands[0]!, depth + 1);
        const right = evaluate(operands[1]!, depth + 1);
        if (!left || !right) return undefined;
        let result: boolean | undefined;
        switch (operator) {
          case "==":
            result = equal(left, right);
            break;
          case "!=":
            result = equal(left, right);
            result = result === undefined ? undefined : !result;
            break;
          case "is":
          case "is not":
            // Only `is None` / `is not None` (identity of other values is CPython's business).
            if (!("none" in right)) return undefined;
            result = "none" in left;
            if (operator === "is not") result = !result;
            break;
          default:
            return undefined;
        }
        return result === undefined ? undefined : { bool: result };
      }
      default:
        return literalValue(inner) ?? value(inner);
    }
  };
  const result = evaluate(condition, 0);
  return result && truthy(result);
}

/**
 * Whether the code of a branch runs, given decided conditions (`decide`): "dead" when `node`
 * lies in a branch of an `if` / `elif` / `else` (or a conditional expression) that cannot be
 * taken, "live" when every such branch around it, up to `top`, is taken for sure, "unknown"
 * otherwise (any other statement around it that may skip it — a loop, a `try`, a `with` — makes
 * it unknown, not dead).
 */
export function branchState(
  node: SyntaxNode,
  top: SyntaxNode,
  decide: (condition: SyntaxNode) => boolean | undefined,
): "dead" | "live" | "unknown" {
  let state: "live" | "unknown" = "live";
  let inCondition = false;
  for (
    let child = node, parent = node.parent;
    parent && parent.id !== top.id;
    child = parent, parent = parent.parent
  ) {
    switch (parent.type) {
      case "if_statement": {
        const condition = parent.childForFieldName("condition");
        if (condition && child.id === condition.id) break;
        const consequence = parent.childForFieldName("consequence");
        const clauses = parent.namedChildren.filter(
          (c) => c.type === "elif_clause" || c.type === "else_clause",
        );
        // The conditions that must be false for this code to run, and the one that must be true.
        const falseBefore: SyntaxNode[] = [];
        let own: SyntaxNode | undefined;
        if (consequence && child.id === consequence.id) own = condition ?? undefined;
        else {
          const index = clauses.findIndex((c) => c.id === child.id);
          if (index < 0 || !condition) return "unknown";
          falseBefore.push(condition);
          for (const clause of clauses.slice(0, index)) {
            const earlier = clause.childForFieldName("condition");
            if (!earlier) return "unknown";
            falseBefore.push(earlier);
          }
          const clause = clauses[index]!;
          // Code in an `elif`'s own condition runs when the earlier ones are false.
          if (clause.type === "elif_clause" && !inCondition) {
            own = clause.childForFieldName("condition") ?? undefined;
            if (!own) return "unknown";
          }
        }
        for (const earlier of falseBefore) {
          const decided = decide(earlier);
          if (decided === true) return "dead";
          if (decided === undefined) state = "unknown";
        }
        if (own) {
          const decided = decide(own);
          if (decided === false) return "dead";
          if (decided === undefined) state = "unknown";
        }
        break;
      }
      case "elif_clause":
        inCondition = child.id === parent.childForFieldName("condition")?.id;
        continue;
      case "conditional_expression": {
        const [yes, condition, no] = parent.namedChildren;
        if (!condition || child.id === condition.id) break;
        const decided = decide(condition);
        if (decided === undefined) state = "unknown";
        else if (child.id === (decided ? no : yes)?.id) return "dead";
        break;
      }
      case "for_statement":
      case "while_statement":
      case "try_statement":
      case "except_clause":
      case "finally_clause":
      case "else_clause":
      case "with_statement":
      case "match_statement":
      case "case_clause":
      case "boolean_operator":
      case "function_definition":
      case "lambda":
      case "class_definition":
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression":
        // Runs a number of times that is not decided here (an `else` of an `if` is handled there).
        if (parent.type !== "else_clause" || parent.parent?.type !== "if_statement") state = "unknown";
        break;
      case "block":
        // After `if cond: return …` (no `elif` / `else`), code of the same block runs only when
        // cond is false.
        for (const earlier of parent.namedChildren) {
          if (earlier.id === child.id) break;
          const condition = earlyExitCondition(earlier);
          if (condition && decide(condition) === true) return "dead";
        }
        break;
      default:
        break;
    }
    inCondition = false;
  }
  return state;
}

/** The condition of `if cond: … return` / `raise` with no `elif` or `else`; else undefined. */
function earlyExitCondition(statement: SyntaxNode): SyntaxNode | undefined {
  if (statement.type !== "if_statement") return undefined;
  if (statement.namedChildren.some((c) => c.type === "elif_clause" || c.type === "else_clause"))
    return undefined;
  const body = statement.childForFieldName("consequence")?.namedChildren.filter((c) => c.type !== "comment");
  const last = body?.[body.length - 1];
  if (last?.type !== "return_statement" && last?.type !== "raise_statement") return undefined;
  return statement.childForFieldName("condition") ?? undefined;
}

/**
 * The attributes whose value a class's `if`s test (`if self.mode == "PGDump":`): the names after
 * `self.` in conditions of `if` / `elif` statements and conditional expressions of its methods.
 */
export function testedAttributes(
  methods: readonly SyntaxNode[],
  within: (fn: SyntaxNode, type: string) => SyntaxNode[],
  /**
   * Filled with those compared (`==`, `!=`, `<`, `in` …) and the strings they are compared with
   * (`self.mode == "PGDump"`), or "any" when compared with anything but literals; the others are
   * only tested for truth or `None`.
   */
  compared?: Map<string, Set<string> | "any">,
): Set<string> {
  const tested = new Set<string>();
  for (const method of methods) {
    const self = firstParameter(method);
    if (self === undefined) continue;
    const conditions = [
      ...within(method, "if_statement"),
      ...within(method, "elif_clause"),
      ...within(method, "conditional_expression"),
    ].flatMap((node) => {
      const condition =
        node.type === "conditional_expression" ? node.namedChild(1) : node.childForFieldName("condition");
      return condition ? [condition] : [];
    });
    for (const condition of conditions) {
      const stack = [condition];
      while (stack.length) {
        const current = stack.pop()!;
        if (current.type === "attribute") {
          const object = current.childForFieldName("object");
          if (object?.type === "identifier" && object.text === self) {
            const name = current.childForFieldName("attribute")!.text;
            tested.add(name);
            // `(self.mode or "x") == "y"`: the value an `or` / `and` gives is compared too.
            let operand = current;
            let through = false;
            while (
              operand.parent?.type === "parenthesized_expression" ||
              operand.parent?.type === "boolean_operator"
            ) {
              through ||= operand.parent.type === "boolean_operator";
              operand = operand.parent;
            }
            const around = operand.parent;
            if (compared && around?.type === "comparison_operator" && through) compared.set(name, "any");
            else if (compared && around?.type === "comparison_operator") {
              const operators = around.children.filter((c) => !c.isNamed).map((c) => c.text);
              const others = around.namedChildren.filter((c) => c.id !== operand.id && c.type !== "comment");
              // Only `==` / `!=` compare values (`decideCondition` leaves `in`, `<` … unknown).
              if (!operators.some((o) => o === "==" || o === "!=")) continue;
              // `== "PGDump"` / `!= "PGDump"`: the strings it is compared with; anything else: any.
              const texts = others.map((other) => {
                const value = literalValue(other);
                return value && "str" in value
                  ? value.str
                  : value && !("nonEmpty" in value)
                    ? null
                    : undefined;
              });
              const known = compared.get(name) ?? new Set<string>();
              if (known === "any" || operators.length !== 1 || texts.includes(undefined))
                compared.set(name, "any");
              else {
                for (const text of texts) if (text !== null && text !== undefined) known.add(text);
                compared.set(name, known);
              }
            }
          }
        }
        stack.push(...current.namedChildren);
      }
    }
  }
  return tested;
}

/**
 * `@timeit` (or `@retry(3)`) on a method, where the decorator is a function of the same module
 * that wraps the method in a function calling it (`def wrapper(*a, **k): return func(*a, **k)`):
 * calling the method still runs its body. Any other decorator may change what a call does
 * (`@property`, `@task`, `@contextmanager`), so the method is then not entered.
 */
function isWrappingDecorator(decorator: SyntaxNode): boolean {
  let expression = decorator.namedChildren.find((c) => c.type !== "comment");
  if (expression?.type === "call") expression = expression.childForFieldName("function") ?? undefined;
  if (expression?.type !== "identifier") return false;
  let module: SyntaxNode | null = decorator;
  while (module && module.type !== "module") module = module.parent;
  const definition = module?.namedChildren
    .map((c) => (c.type === "decorated_definition" ? c.childForFieldName("definition") : c))
    .find((c) => c?.type === "function_definition" && c.childForFieldName("name")?.text === expression.text);
  if (!definition) return false;
  // The functions of the decorator (a factory's decorator included) and their parameters.
  const functions = [definition, ...definition.descendantsOfType("function_definition")];
  const parameters = new Set(
    functions
      .flatMap((fn) =>
        (fn.childForFieldName("parameters")?.namedChildren ?? []).filter((p) => p.type === "identifier"),
      )
      .map((p) => p.text),
  );
  return functions.slice(1).some((wrapper) =>
    wrapper.descendantsOfType("call").some((call) => {
      const callee = call.childForFieldName("function");
      return callee?.type === "identifier" && parameters.has(callee.text);
    }),
  );
}

/** A method defined in a class's own body, and how it is called: on an instance, `@staticmethod`, `@classmethod`. */
export function classMethod(
  cls: SyntaxNode,
  name: string,
): { fn: SyntaxNode; kind: "instance" | "static" | "class" } | undefined {
  const body = cls.childForFieldName("body");
  let found: { fn: SyntaxNode; kind: "instance" | "static" | "class" } | undefined;
  for (const child of body?.namedChildren ?? []) {
    const fn = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (fn?.type !== "function_definition" || fn.childForFieldName("name")!.text !== name) continue;
    if (found) return undefined;
    const decorated =
      child.type === "decorated_definition" ? child.namedChildren.filter((c) => c.type === "decorator") : [];
    const decorators = decorated.map((d) => d.text.slice(1).trim());
    const kept = (d: string, index: number) =>
      d === "staticmethod" || d === "classmethod" || isWrappingDecorator(decorated[index]!);
    if (!decorators.every(kept)) return undefined;
    found = {
      fn,
      kind: decorators.includes("staticmethod")
        ? "static"
        : decorators.includes("classmethod")
          ? "class"
          : "instance",
    };
  }
  return found;
}

/**
 * The client an instance keeps in `self.NAME`: the one call the class's instance methods assign
 * it, where every other assignment is a `None` placeholder (`self._fs = None` in `__init__`,
 * `self._fs = s3fs.S3FileSystem()` in `connect`), with the method that assigns it. Undefined
 * when anything else assigns NAME (two clients, an augmented assignment, another object's
 * attribute): the instance's client is then not one thing.
 */
export function assignedClient(
  cls: SyntaxNode,
  name: string,
): { value: SyntaxNode; method: SyntaxNode } | undefined {
  let found: { value: SyntaxNode; method: SyntaxNode } | undefined;
  for (const assignment of cls.descendantsOfType(["assignment", "augmented_assignment"])) {
    const left = assignment.childForFieldName("left");
    if (left?.type !== "attribute" || left.childForFieldName("attribute")!.text !== name) continue;
    const method = ownerFunction(assignment);
    const object = left.childForFieldName("object")!;
    const right = assignment.childForFieldName("right");
    if (
      assignment.type !== "assignment" ||
      !method ||
      !right ||
      method.parent?.parent?.id !== cls.id ||
      classMethod(cls, method.childForFieldName("name")!.text)?.kind !== "instance" ||
      object.type !== "identifier" ||
      object.text !== method.childForFieldName("parameters")?.namedChildren[0]?.text
    )
      return undefined;
    if (right.type === "none") continue;
    if (found || unparenthesize(right).type !== "call") return undefined;
    found = { value: right, method };
  }
  return found;
}

/** The value of `self.NAME = value` when `__init__` is the one place of the class that assigns NAME. */
export function assignedOnce(cls: SyntaxNode, name: string): SyntaxNode | undefined {
  const init = classMethod(cls, "__init__");
  if (!init || init.kind !== "instance") return undefined;
  let value: SyntaxNode | undefined;
  let count = 0;
  for (const assignment of cls.descendantsOfType(["assignment", "augmented_assignment"])) {
    const left = assignment.childForFieldName("left");
    if (left?.type !== "attribute" || left.childForFieldName("attribute")!.text !== name) continue;
    count++;
    const fn = ownerFunction(assignment);
    const self = init.fn.childForFieldName("parameters")?.namedChildren[0];
    if (
      fn?.id === init.fn.id &&
      assignment.type === "assignment" &&
      self?.type === "identifier" &&
      left.childForFieldName("object")!.text === self.text
    )
      value = assignment.childForFieldName("right") ?? undefined;
  }
  return count === 1 ? value : undefined;
}
