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
 *     Anything else — a literal, an unknown API — says nothing; a place built from markers
 *     (`f"{self.dir}/x.csv"`) is a template filled at the declaration;
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
    parameters.push({ name: name.text, ...(keywordOnly ? {} : { index: position }) });
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
  for (const type of ["assignment", "augmented_assignment"]) {
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
}

/** The parts of a place mentioning markers; undefined when it mentions none or starts unknown. */
function templateParts(place: Place, slots: ReadonlyMap<string, ArgSlot>): TemplatePart[] | undefined {
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
  if (markers === 0 || !first || ("piece" in first && !("text" in first.piece))) return undefined;
  return parts;
}

/**
 * The row effects of the operations whose place is exactly a marker (or a bucket + key of
 * markers), with each keyword's slot at the instantiation, and templates for places built from
 * markers. Operations on places no keyword names (a scratch file of `execute`) say nothing.
 */
export function summarize(
  ops: readonly SummaryOp[],
  slots: ReadonlyMap<string, ArgSlot>,
  calls: readonly SummaryCall[] = [],
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
    const parts = templateParts(place, slots);
    const id = JSON.stringify([access, parts]);
    if (parts && !seen.has(id)) templates.push({ access, parts });
    seen.add(id);
  }
  const callables = summarizeCalls(calls, slots);
  return {
    ...(effects.length ? { api: { effects, ...(scheme ? { scheme } : {}) } } : {}),
    templates,
    ...(callables.length ? { callables } : {}),
  };
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
