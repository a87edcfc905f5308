/**
 * The syntax tree the frontend reads: tree-sitter's parse, copied by ONE cursor walk per file
 * into typed arrays, with node objects made only for the nodes an extractor asks about.
 *
 * Why: node-tree-sitter answers every question about a node (`endIndex`, `parent`,
 * `childForFieldName`, …) with a call into native code that also builds a fresh node object.
 * The extractors ask millions of such questions, and those crossings cost more than the parse
 * itself. The walk asks tree-sitter a handful of things per node, once; after it, every question
 * is an array read, each node is one object (`===` works, and so does `id`), and a subtree is a
 * contiguous range of ids (pre-order). See "Performance" in docs/architecture.md.
 *
 * `SyntaxNode` keeps the names and meanings of node-tree-sitter's API for what the frontend
 * uses, so the extractors read as they would over tree-sitter; `syntax-tree.test.ts` checks it
 * against node-tree-sitter's own answers, node by node.
 */
import {
  freePythonTree,
  parsePython,
  type IncrementalParse,
  type IncrementalTree,
  pythonNodeTypes,
  type PythonRange,
  type PythonTree,
  type PythonTreeCursor,
  type PythonTreeEdit,
} from "./parse.js";

export interface Point {
  row: number;
  column: number;
}

// ---- the grammar, learned as the walk meets it --------------------------------------------

/**
 * Symbol names by id ("" until a walk meets the symbol; ERROR is 0xFFFF), filled once per
 * thread. Arrays sized to every possible id stay fast, where a sparse one would not.
 */
const SYMBOL_IDS = 1 << 16;
const typeNames: string[] = Array.from({ length: SYMBOL_IDS }, () => "");
const typeIsNamed = new Uint8Array(SYMBOL_IDS);
/** Whether nodes of the symbol can have children in fields (node-types.json): else the walk skips asking. */
const typeHasFields = new Uint8Array(SYMBOL_IDS);
const learnedTypeIds: number[] = [];
const fieldNames: string[] = [];
const fieldIdsByName = new Map<string, number>();
/** `descendantsOfType` masks by the types asked for; a newly learned symbol is added to those that list it. */
const typeMasks = new Map<string, { types: readonly string[]; mask: Uint8Array }>();

/** Symbols that never have children: the walk does not ask. */
const typeIsLeaf = new Uint8Array(SYMBOL_IDS);
/** The width of a token that is always spelled the same (`def`, `(`), else 0: the walk does not ask its end. */
const typeWidth = new Uint8Array(SYMBOL_IDS);
/** Symbols whose offsets the walk can read from the source text (see `copyTree`). */
const IDENTIFIER = 1;
const COMMENT = 2;
const STRING = 3;
const ERROR_KIND = 4;
const typeKind = new Uint8Array(SYMBOL_IDS);
const KINDS: Record<string, number> = {
  identifier: IDENTIFIER,
  comment: COMMENT,
  string: STRING,
  ERROR: ERROR_KIND,
};
/** The symbols of a string's parts, once met (0 until then). */
const stringParts = { string_start: 0, string_content: 0, string_end: 0 };
/**
 * Symbols whose range may begin or end with hidden tokens (a newline, an indent), so that it is
 * not their first child's start to their last child's end: the walk asks for their offsets.
 * (From tree-sitter-python's grammar: `_newline`, `_indent` and `_dedent` appear only in these;
 * format specs, also padded, are inside strings, where the walk asks anyway.)
 */
const PADDED_TYPES = new Set(["module", "block", "decorator", "ERROR"]);
const typeIsPadded = new Uint8Array(SYMBOL_IDS);

const nodeTypeInfo = pythonNodeTypes();
const TYPES_WITH_FIELDS = new Set(
  nodeTypeInfo
    .filter((info) => info.named && info.fields && Object.keys(info.fields).length > 0)
    .map((info) => info.type),
);
/** Symbols with a field that can hold a token (`operator: "+"`): elsewhere tokens fill no field. */
const TYPES_WITH_TOKEN_FIELDS = new Set(
  nodeTypeInfo
    .filter((info) => info.named && Object.values(info.fields ?? {}).some((field) => fieldHoldsToken(field)))
    .map((info) => info.type),
);
function fieldHoldsToken(field: unknown): boolean {
  return (field as { types: { named: boolean }[] }).types.some((type) => !type.named);
}
const typeHasTokenFields = new Uint8Array(SYMBOL_IDS);
/** Named tokens (`identifier`, `integer`, `comment`, …): node-types.json gives them no content. */
const NAMED_TOKENS = new Set(
  nodeTypeInfo
    .filter((info) => info.named && !info.fields && !info.children && !info.subtypes)
    .map((info) => info.type),
);

function learnType(cursor: PythonTreeCursor, typeId: number): void {
  const name = cursor.nodeType;
  typeNames[typeId] = name;
  typeIsNamed[typeId] = cursor.nodeIsNamed ? 1 : 0;
  // ERROR is in no node-types.json; whatever it wraps may keep its fields.
  typeHasFields[typeId] = TYPES_WITH_FIELDS.has(name) || name === "ERROR" ? 1 : 0;
  typeHasTokenFields[typeId] = TYPES_WITH_TOKEN_FIELDS.has(name) || name === "ERROR" ? 1 : 0;
  // Anonymous nodes are the grammar's literal tokens, spelled as their type — except the
  // two-word operators (`is not`, `not in`), which may be spaced either way.
  const literal = !typeIsNamed[typeId] && !/\s/.test(name);
  typeIsLeaf[typeId] = literal || NAMED_TOKENS.has(name) ? 1 : 0;
  typeWidth[typeId] = literal ? name.length : 0;
  typeKind[typeId] = typeIsNamed[typeId] ? (KINDS[name] ?? 0) : 0;
  typeIsPadded[typeId] = PADDED_TYPES.has(name) ? 1 : 0;
  if (name in stringParts && stringParts[name as keyof typeof stringParts] === 0)
    stringParts[name as keyof typeof stringParts] = typeId;
  learnedTypeIds.push(typeId);
  // Updated in place, not rebuilt: a rebuild is a 64 KiB array per mask, and symbols are learned
  // file after file until every one was met.
  for (const { types, mask } of typeMasks.values()) if (types.includes(name)) mask[typeId] = 1;
}

/** Masks by the list of types asked for (most callers pass the same constant list every time). */
const masksByList = new WeakMap<readonly string[], Uint8Array>();

/** A mask over symbol ids: 1 for the symbols of the given type names. */
export function typeMask(types: string | readonly string[]): Uint8Array {
  if (typeof types === "string") return typeMasks.get(types)?.mask ?? maskFor(types, [types]);
  let mask = masksByList.get(types);
  if (mask === undefined) {
    // (A type name may hold a space, `not in`: lists are keyed apart from single names.)
    mask = maskFor(types.length === 1 ? types[0]! : types.join("\0"), types);
    masksByList.set(types, mask);
  }
  return mask;
}

function maskFor(key: string, types: readonly string[]): Uint8Array {
  let known = typeMasks.get(key);
  if (!known) {
    const mask = new Uint8Array(SYMBOL_IDS);
    for (const typeId of learnedTypeIds) if (types.includes(typeNames[typeId]!)) mask[typeId] = 1;
    typeMasks.set(key, (known = { types: [...types], mask }));
  }
  return known.mask;
}

function learnField(cursor: PythonTreeCursor, fieldId: number): void {
  const name = cursor.currentFieldName ?? "";
  fieldNames[fieldId] = name;
  fieldIdsByName.set(name, fieldId);
}

// ---- the tree ------------------------------------------------------------------------------

const MISSING = 1;
/** What `hasError` answers. */
const HAS_ERROR = 2;
/** The node is an ERROR or MISSING node or contains one (tree-sitter's `hasError` of an ERROR leaf can be false). */
const ERRONEOUS = 4;
const NONE = -1;

export class SyntaxTree {
  readonly rootNode: SyntaxNode;
  /** Per node, by id (pre-order). */
  readonly typeIds: Uint16Array;
  readonly fieldIds: Uint16Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly parents: Int32Array;
  readonly nextSiblings: Int32Array;
  /** The last id of each node's subtree: a node has children when it is greater than its own id. */
  readonly lastDescendants: Int32Array;
  readonly flags: Uint8Array;
  /**
   * Levels from the root to the deepest node (the root is level 0); where spans were blanked
   * before the parse, an upper bound that counts the levels they would have had.
   */
  readonly depth: number;
  /** How many nodes were taken from the last copy of an incremental parse instead of visited (0 for a copy from scratch). */
  readonly reusedNodes: number;
  private readonly objects: (SyntaxNode | undefined)[];
  private lineStarts?: Uint32Array;
  /** Caches about this tree's nodes (`memo.ts`): they die with the tree. */
  memos?: unknown[] = undefined;

  /**
   * @param source the user's text: what `text`, `startPosition` and the extractors read.
   * @param parsed the text tree-sitter parses instead, when it is not `source`: the same length
   *   and the same line breaks, with some spans blanked (`data-literals.ts`); `hiddenDepth` is
   *   added to the tree's depth, for the levels the blanked spans would have had.
   * @param incremental parses from its last tree, which it keeps (`IncrementalParse`).
   */
  constructor(
    readonly source: string,
    parsed?: { text: string; hiddenDepth: number },
    incremental?: IncrementalParse,
  ) {
    const text = parsed?.text ?? source;
    let columns: Columns;
    if (incremental) columns = copyIncrementally(incremental, text);
    else {
      const parse = parsePython(text);
      const cursor = parse.walk();
      try {
        columns = copyTree(parse, cursor, text);
      } finally {
        freePythonTree(parse, cursor);
      }
    }
    this.typeIds = columns.typeIds;
    this.fieldIds = columns.fieldIds;
    this.starts = columns.starts;
    this.ends = columns.ends;
    this.parents = columns.parents;
    this.nextSiblings = columns.nextSiblings;
    this.lastDescendants = columns.lastDescendants;
    this.flags = columns.flags;
    this.depth = (columns.depth ?? 0) + (parsed?.hiddenDepth ?? 0);
    this.reusedNodes = columns.reused ?? 0;
    this.objects = new Array<SyntaxNode | undefined>(this.typeIds.length);
    this.rootNode = this.node(0);
  }

  get nodeCount(): number {
    return this.typeIds.length;
  }

  /** The node with this id (one object per node, made on first use). */
  node(id: number): SyntaxNode {
    return (this.objects[id] ??= new SyntaxNode(this, id));
  }

  /** Row and column (UTF-16 units, as string indices) of an offset; rows end at `\n`, as in tree-sitter. */
  pointAt(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: index - starts[low]! };
  }
}

function lineStartsOf(source: string): Uint32Array {
  let count = 1;
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts[line++] = i + 1;
  return starts;
}

// ---- nodes ---------------------------------------------------------------------------------

const NO_NODES: readonly SyntaxNode[] = Object.freeze([]);

export class SyntaxNode {
  private childList?: readonly SyntaxNode[];
  private namedList?: readonly SyntaxNode[];

  constructor(
    readonly tree: SyntaxTree,
    /** Pre-order index in the tree: unique within it; a subtree is ids `id`…`lastDescendantId`. */
    readonly id: number,
  ) {}

  get type(): string {
    return typeNames[this.tree.typeIds[this.id]!]!;
  }

  get isNamed(): boolean {
    return typeIsNamed[this.tree.typeIds[this.id]!] === 1;
  }

  get isMissing(): boolean {
    return (this.tree.flags[this.id]! & MISSING) !== 0;
  }

  /** Whether this node or a node inside it is an ERROR or MISSING node. */
  get hasError(): boolean {
    return (this.tree.flags[this.id]! & HAS_ERROR) !== 0;
  }

  get isError(): boolean {
    return this.type === "ERROR";
  }

  get startIndex(): number {
    return this.tree.starts[this.id]!;
  }

  get endIndex(): number {
    return this.tree.ends[this.id]!;
  }

  /** Whether the node's text is `text` (without making the substring). */
  hasText(text: string): boolean {
    const { starts, ends, source } = this.tree;
    const start = starts[this.id]!;
    return ends[this.id]! - start === text.length && source.startsWith(text, start);
  }

  get text(): string {
    return this.tree.source.substring(this.tree.starts[this.id]!, this.tree.ends[this.id]!);
  }

  get startPosition(): Point {
    return this.tree.pointAt(this.startIndex);
  }

  get endPosition(): Point {
    return this.tree.pointAt(this.endIndex);
  }

  get lastDescendantId(): number {
    return this.tree.lastDescendants[this.id]!;
  }

  get parent(): SyntaxNode | null {
    const parent = this.tree.parents[this.id]!;
    return parent === NONE ? null : this.tree.node(parent);
  }

  /** The field this node fills in its parent, if any. */
  get fieldName(): string | null {
    const field = this.tree.fieldIds[this.id]!;
    return field === 0 ? null : fieldNames[field]!;
  }

  /** All children, named and anonymous (the same array every time: never mutate it). */
  get children(): readonly SyntaxNode[] {
    if (this.childList === undefined) {
      const { tree } = this;
      if (tree.lastDescendants[this.id] === this.id) this.childList = NO_NODES;
      else {
        const children: SyntaxNode[] = [];
        for (let child = this.id + 1; child !== NONE; child = tree.nextSiblings[child]!)
          children.push(tree.node(child));
        this.childList = children;
      }
    }
    return this.childList;
  }

  get namedChildren(): readonly SyntaxNode[] {
    if (this.namedList === undefined) {
      // From the arrays: no objects for the punctuation between them.
      const { tree } = this;
      const { typeIds, nextSiblings } = tree;
      const named: SyntaxNode[] = [];
      if (tree.lastDescendants[this.id] !== this.id) {
        for (let child = this.id + 1; child !== NONE; child = nextSiblings[child]!)
          if (typeIsNamed[typeIds[child]!] === 1) named.push(tree.node(child));
      }
      this.namedList = named;
    }
    return this.namedList;
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): SyntaxNode | null {
    return this.namedChildren[index] ?? null;
  }

  get firstChild(): SyntaxNode | null {
    return this.child(0);
  }

  get lastChild(): SyntaxNode | null {
    return this.child(this.children.length - 1);
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChild(0);
  }

  get lastNamedChild(): SyntaxNode | null {
    return this.namedChild(this.namedChildren.length - 1);
  }

  get nextSibling(): SyntaxNode | null {
    const next = this.tree.nextSiblings[this.id]!;
    return next === NONE ? null : this.tree.node(next);
  }

  get previousSibling(): SyntaxNode | null {
    const siblings = this.parent?.children ?? NO_NODES;
    const index = siblings.indexOf(this);
    return index > 0 ? siblings[index - 1]! : null;
  }

  /** The first child in the field, as tree-sitter gives it. */
  childForFieldName(name: string): SyntaxNode | null {
    const field = fieldIdsByName.get(name);
    const { tree } = this;
    if (field === undefined || tree.lastDescendants[this.id] === this.id) return null;
    for (let child = this.id + 1; child !== NONE; child = tree.nextSiblings[child]!)
      if (tree.fieldIds[child] === field) return tree.node(child);
    return null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    const field = fieldIdsByName.get(name);
    const { tree } = this;
    const found: SyntaxNode[] = [];
    if (field === undefined || tree.lastDescendants[this.id] === this.id) return found;
    for (let child = this.id + 1; child !== NONE; child = tree.nextSiblings[child]!)
      if (tree.fieldIds[child] === field) found.push(tree.node(child));
    return found;
  }

  /** Nodes of these types in the subtree, this node included, in source order (as node-tree-sitter). */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const { tree } = this;
    const mask = typeMask(types);
    const typeIds = tree.typeIds;
    const last = tree.lastDescendants[this.id]!;
    const found: SyntaxNode[] = [];
    for (let id = this.id; id <= last; id++) if (mask[typeIds[id]!] === 1) found.push(tree.node(id));
    return found;
  }

  /** The smallest node in this subtree that spans `start`…`end` (tree-sitter's descent rule). */
  descendantForIndex(start: number, end = start): SyntaxNode {
    let node = this.tree.node(this.id);
    descend: for (;;) {
      for (const child of node.children) {
        // The child must reach the end of the range, and pass its start (or, if empty, touch it)…
        if (child.endIndex < end) continue;
        const empty = child.startIndex === child.endIndex;
        if (empty ? child.endIndex < start : child.endIndex <= start) continue;
        // …and begin at or before the range's start.
        if (start < child.startIndex) break;
        node = child;
        continue descend;
      }
      return node;
    }
  }

  toString(): string {
    return `(${this.type} ${this.startIndex}…${this.endIndex})`;
  }
}

// ---- the walk ------------------------------------------------------------------------------

interface Columns {
  /** Only on a finished copy: the tree's depth. */
  depth?: number;
  /** Only on a finished copy: how many of its nodes were taken from the last copy. */
  reused?: number;
  typeIds: Uint16Array;
  fieldIds: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  parents: Int32Array;
  nextSiblings: Int32Array;
  lastDescendants: Int32Array;
  flags: Uint8Array;
}

/** Bytes per node over all columns. */
const NODE_BYTES = 4 * 5 + 2 * 2 + 1;

/** Columns over one buffer (one allocation per tree), 4-byte columns first for alignment. */
function columnsIn(buffer: ArrayBuffer, capacity: number): Columns {
  let offset = 0;
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T => {
    const column = make(buffer, offset, capacity);
    offset += bytes * capacity;
    return column;
  };
  return {
    starts: take((b, o, n) => new Uint32Array(b, o, n), 4),
    ends: take((b, o, n) => new Uint32Array(b, o, n), 4),
    parents: take((b, o, n) => new Int32Array(b, o, n), 4),
    nextSiblings: take((b, o, n) => new Int32Array(b, o, n), 4),
    lastDescendants: take((b, o, n) => new Int32Array(b, o, n), 4),
    typeIds: take((b, o, n) => new Uint16Array(b, o, n), 2),
    fieldIds: take((b, o, n) => new Uint16Array(b, o, n), 2),
    flags: take((b, o, n) => new Uint8Array(b, o, n), 1),
  };
}

/** Columns for `capacity` nodes, over one buffer (one allocation per tree). */
function allocate(capacity: number): Columns {
  return columnsIn(new ArrayBuffer(NODE_BYTES * capacity), capacity);
}

/** Larger columns holding the first `count` nodes of `columns` (a walk that met more nodes than counted). */
function grown(columns: Columns, count: number): Columns {
  const larger = allocate(Math.max(1024, columns.typeIds.length * 2));
  for (const key of Object.keys(larger) as (keyof Columns)[])
    (larger[key] as Uint32Array).set((columns[key] as Uint32Array).subarray(0, count));
  return larger;
}

/** The first `count` nodes of `columns` (views: no copy). */
function firstNodes(columns: Columns, count: number): Columns {
  if (count === columns.typeIds.length) return columns;
  const views = { ...columns };
  for (const key of Object.keys(columns) as (keyof Columns)[])
    (views[key] as Uint32Array) = (columns[key] as Uint32Array).subarray(0, count);
  return views;
}

/** Whitespace between tokens (tree-sitter-python's extras, but for the rare Unicode spaces). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xfeff || code === 0x2060 || code === 0x200b;
}

function isAsciiIdentifierPart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || (code >= 48 && code <= 57)
  );
}

/** The last copy of an incremental parse's tree: the next text's copy reuses what did not change. */
interface KeptCopy {
  tree: PythonTree;
  columns: Columns;
}

const keptCopies = new WeakMap<IncrementalParse, KeptCopy>();

/**
 * The copy of the tree `incremental` parses for `text`. The copy of its last tree is kept: for
 * the same text it is the copy (columns are never written after a copy), and for a text parsed
 * from that tree the walk takes over, shifted, every subtree the change did not touch
 * (`copyTree`'s `reuse`).
 */
function copyIncrementally(incremental: IncrementalParse, text: string): Columns {
  const parsed: IncrementalTree = incremental.parseFrom(text);
  const kept = keptCopies.get(incremental);
  keptCopies.delete(incremental);
  if (kept && kept.tree === parsed.tree) {
    keptCopies.set(incremental, kept);
    return { ...kept.columns, reused: kept.columns.typeIds.length };
  }
  const reuse =
    kept && parsed.change && kept.tree === parsed.previous
      ? { old: kept.columns, ...parsed.change }
      : undefined;
  const cursor = parsed.tree.walk();
  let columns: Columns;
  try {
    columns = copyTree(parsed.tree, cursor, text, reuse);
  } finally {
    // The tree is the incremental parse's to keep and free.
    freePythonTree(undefined, cursor);
  }
  keptCopies.set(incremental, { tree: parsed.tree, columns });
  return columns;
}

/** What an incremental copy reuses: the last copy, and the change from its text to this one. */
interface Reuse {
  old: Columns;
  edit: PythonTreeEdit;
  ranges: readonly PythonRange[];
}

/**
 * Copies a tree-sitter tree in pre-order, iteratively (a file nested 20,000 levels deep is
 * copied like any other). Every question to tree-sitter is a native call, so the walk asks as
 * few as it can:
 * - the symbol of each node, and its field only under symbols that have fields (and, for a
 *   token, only under the few whose fields hold tokens, such as an operator's);
 * - its first child only if its symbol is not a token;
 * - offsets only of leaves: a parent spans its first child's start to its last child's end —
 *   except where hidden tokens pad it (the module's final newline; inside strings, a format
 *   spec's text; anywhere in a tree with errors), where the walk asks;
 * - and in an error-free tree, outside strings, not even those of most leaves. There the text
 *   between two tokens is whitespace, so the next token starts at the first non-space after
 *   the previous one; the walk takes that offset only when the text there is the token itself
 *   (a keyword or punctuation spelled as its type, an ASCII identifier, a comment) and asks
 *   tree-sitter otherwise. A tree with errors is copied asking everything: tokens may be
 *   MISSING (zero-width) or skipped text may sit between them.
 */
function copyTree(parsed: PythonTree, cursor: PythonTreeCursor, source: string, reuse?: Reuse): Columns {
  const exact = parsed.rootNode.hasError;
  const length = source.length;
  let count = 0;
  let depth = 0;
  let maxDepth = 0;
  /** Open `string` nodes around the cursor: inside one, spaces are content, not separators. */
  let stringDepth = 0;
  let previousLeafEnd = 0;
  // Sized once: tree-sitter keeps each node's count of visible descendants, which are the nodes
  // the walk visits (and a plain string's parts, which it makes; `syntax-tree.test.ts` checks).
  // No scratch buffer to grow and copy from: a 5 MiB file's copy is its size, not three times.
  let columns = allocate(parsed.rootNode.descendantCount);
  let { typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags } = columns;

  /** The id of the next node, growing the buffers if tree-sitter's count was short. */
  const reserve = (): number => {
    if (count === typeIds.length) {
      columns = grown(columns, count);
      ({ typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags } = columns);
    }
    return count++;
  };

  const enter = (parent: number): number => {
    const id = reserve();
    const typeId = cursor.nodeTypeId;
    if (typeNames[typeId] === "") learnType(cursor, typeId);
    typeIds[id] = typeId;
    let fieldId = 0;
    const parentType = parent === NONE ? 0 : typeIds[parent]!;
    if (
      parent !== NONE &&
      typeHasFields[parentType] === 1 &&
      (typeIsNamed[typeId] === 1 || typeHasTokenFields[parentType] === 1)
    ) {
      // (No field reads as `undefined`, not 0.)
      fieldId = cursor.currentFieldId || 0;
      if (fieldId !== 0 && fieldNames[fieldId] === undefined) learnField(cursor, fieldId);
    }
    fieldIds[id] = fieldId;
    parents[id] = parent;
    nextSiblings[id] = NONE;
    // Whether an ERROR node has an error is tree-sitter's to say (rare: only in broken files).
    flags[id] =
      typeKind[typeId] === ERROR_KIND ? ERRONEOUS | (cursor.currentNode.hasError ? HAS_ERROR : 0) : 0;
    return id;
  };

  /** The leaf's start and end read from the text, in `found`; false when tree-sitter must say. */
  const found = { start: 0, end: 0 };
  const fromText = (typeId: number): boolean => {
    let at = previousLeafEnd;
    while (at < length && isSpace(source.charCodeAt(at))) at++;
    const width = typeWidth[typeId]!;
    if (width !== 0) {
      if (!source.startsWith(typeNames[typeId]!, at)) return false;
      found.start = at;
      found.end = at + width;
      return true;
    }
    const kind = typeKind[typeId];
    if (kind === IDENTIFIER) {
      const first = source.charCodeAt(at);
      if (!isAsciiIdentifierPart(first) || (first >= 48 && first <= 57)) return false;
      let end = at + 1;
      while (end < length && isAsciiIdentifierPart(source.charCodeAt(end))) end++;
      // Non-ASCII letters may continue the name: tree-sitter knows where it ends.
      if (end < length && source.charCodeAt(end) >= 0x80) return false;
      found.start = at;
      found.end = end;
      return true;
    }
    if (kind === COMMENT) {
      if (source.charCodeAt(at) !== 35) return false;
      const newline = source.indexOf("\n", at);
      const end = newline === -1 ? length : newline;
      if (source.charCodeAt(end - 1) === 13) return false;
      found.start = at;
      found.end = end;
      return true;
    }
    return false;
  };

  /** Adds a node the walk did not visit (a part of a plain string): no field, no children. */
  const add = (parent: number, previous: number, typeId: number, start: number, end: number): number => {
    const id = reserve();
    typeIds[id] = typeId;
    fieldIds[id] = 0;
    parents[id] = parent;
    nextSiblings[id] = NONE;
    if (previous !== NONE) nextSiblings[previous] = id;
    starts[id] = start;
    ends[id] = end;
    lastDescendants[id] = id;
    flags[id] = 0;
    return id;
  };

  /**
   * A plain string — no `f` prefix, no backslash — is its opening quote, its content and its
   * closing quote, so the walk reads its two offsets and makes the parts from the text instead
   * of visiting them. Strings are a sixth of a typical DAG file's nodes.
   */
  const copiedPlainString = (string: number): boolean => {
    if (stringParts.string_start === 0 || stringParts.string_content === 0 || stringParts.string_end === 0)
      return false;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    let at = start;
    for (
      let code = source.charCodeAt(at);
      (code | 32) >= 97 && (code | 32) <= 122;
      code = source.charCodeAt(++at)
    ) {
      if ((code | 32) === 102 || (code | 32) === 116) return false; // f-string, t-string
    }
    const quote = source.charCodeAt(at);
    if (quote !== 34 && quote !== 39) return false;
    const triple =
      end - at >= 6 && source.charCodeAt(at + 1) === quote && source.charCodeAt(at + 2) === quote;
    const quoteLength = triple ? 3 : 1;
    const contentStart = at + quoteLength;
    const contentEnd = end - quoteLength;
    if (contentEnd < contentStart) return false;
    for (let i = contentEnd; i < end; i++) if (source.charCodeAt(i) !== quote) return false;
    for (let i = start; i < end; i++) if (source.charCodeAt(i) === 92) return false; // a backslash
    starts[string] = start;
    ends[string] = end;
    let part = add(string, NONE, stringParts.string_start, start, contentStart);
    if (contentEnd > contentStart)
      part = add(string, part, stringParts.string_content, contentStart, contentEnd);
    add(string, part, stringParts.string_end, contentEnd, end);
    lastDescendants[string] = count - 1;
    if (depth + 1 > maxDepth) maxDepth = depth + 1;
    previousLeafEnd = end;
    return true;
  };

  // ---- reuse of the last copy (an incremental parse) ----
  /** Where the new text changed, in its offsets: sorted, merged [start, end] pairs. */
  const changed = reuse && !exact ? changedSpans(reuse) : undefined;
  const old = reuse?.old;
  const editStart = reuse?.edit.startIndex ?? 0;
  const editEnd = reuse?.edit.newEndIndex ?? 0;
  /** What an offset after the edit adds to its offset in the last text. */
  const shift = reuse ? reuse.edit.newEndIndex - reuse.edit.oldEndIndex : 0;
  let reusedCount = 0;

  /**
   * Takes the node the cursor is on, and its subtree, from the last copy when the change did not
   * touch it: it does not meet an edited or changed span, not even at an end (tree-sitter's
   * `getChangedRanges`: outside those, the new tree has the old tree's nodes, shifted past the
   * edit). Its twin in the last copy is found by its start, and checked by its type, end and
   * size. False when the walk must copy it.
   */
  const reused = (id: number): boolean => {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    if (end <= start || meets(changed!, start, end)) return false;
    const after = start > editEnd;
    if (!after && end >= editStart) return false; // (cannot be: the edit is in `changed`)
    const delta = after ? shift : 0;
    const oldStart = start - delta;
    const oldEnd = end - delta;
    const oldStarts = old!.starts;
    const oldCount = oldStarts.length;
    let low = 0;
    let high = oldCount;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (oldStarts[mid]! < oldStart) low = mid + 1;
      else high = mid;
    }
    let size = -1;
    for (let twin = low; twin < oldCount && oldStarts[twin] === oldStart; twin++) {
      if (old!.typeIds[twin] !== typeIds[id] || old!.ends[twin] !== oldEnd) continue;
      if ((old!.flags[twin]! & ERRONEOUS) !== 0) return false;
      if (size === -1) size = cursor.currentNode.descendantCount;
      if (old!.lastDescendants[twin]! - twin + 1 !== size) continue;
      copySubtree(id, twin, size, delta);
      return true;
    }
    return false;
  };

  /** Copies the last copy's subtree at `twin` (`size` nodes) to `id`, whose type, field, parent and sibling are set. */
  const copySubtree = (id: number, twin: number, size: number, delta: number): void => {
    while (id + size > typeIds.length) {
      columns = grown(columns, count);
      ({ typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags } = columns);
    }
    const o = old!;
    const end = twin + size;
    const moved = id - twin;
    typeIds.set(o.typeIds.subarray(twin + 1, end), id + 1);
    fieldIds.set(o.fieldIds.subarray(twin + 1, end), id + 1);
    flags.set(o.flags.subarray(twin, end), id);
    const oldStarts = o.starts;
    const oldEnds = o.ends;
    const oldParents = o.parents;
    const oldNext = o.nextSiblings;
    const oldLast = o.lastDescendants;
    starts[id] = oldStarts[twin]! + delta;
    ends[id] = oldEnds[twin]! + delta;
    lastDescendants[id] = oldLast[twin]! + moved;
    const levels = subtreeLevels(size);
    let height = 0;
    for (let from = twin + 1, to = id + 1; from < end; from++, to++) {
      starts[to] = oldStarts[from]! + delta;
      ends[to] = oldEnds[from]! + delta;
      const parent = oldParents[from]!;
      parents[to] = parent + moved;
      const next = oldNext[from]!;
      nextSiblings[to] = next === NONE ? NONE : next + moved;
      lastDescendants[to] = oldLast[from]! + moved;
      const level = (levels[from - twin] = levels[parent - twin]! + 1);
      if (level > height) height = level;
    }
    count = id + size;
    reusedCount += size - 1;
    if (depth + height > maxDepth) maxDepth = depth + height;
    previousLeafEnd = ends[id]!;
  };

  let current = enter(NONE);
  for (;;) {
    const typeId = typeIds[current]!;
    if (changed !== undefined && typeIsLeaf[typeId] === 0 && reused(current)) {
      // Taken from the last copy: go on as after a leaf.
    } else if (!exact && typeKind[typeId] === STRING && copiedPlainString(current)) {
      // Its parts are copied: go on as after a leaf.
    } else if (typeIsLeaf[typeId] === 0 && cursor.gotoFirstChild()) {
      if (typeKind[typeId] === STRING) stringDepth++;
      current = enter(current);
      if (++depth > maxDepth) maxDepth = depth;
      continue;
    } else {
      // A leaf.
      let start: number;
      let end: number;
      if (!exact && stringDepth === 0 && fromText(typeId)) {
        start = found.start;
        end = found.end;
      } else {
        start = cursor.startIndex;
        const width = exact ? 0 : typeWidth[typeId]!;
        end = width !== 0 ? start + width : cursor.endIndex;
        if (start === end && cursor.nodeIsMissing) flags[current]! |= MISSING | HAS_ERROR | ERRONEOUS;
      }
      starts[current] = start;
      ends[current] = end;
      previousLeafEnd = end;
      lastDescendants[current] = current;
    }
    // Up to the next sibling of this node or of the nearest ancestor that has one.
    for (;;) {
      const parent = parents[current]!;
      if (parent === NONE) return { ...firstNodes(columns, count), depth: maxDepth, reused: reusedCount };
      if ((flags[current]! & ERRONEOUS) !== 0)
        flags[parent]! |= typeKind[typeIds[parent]!] === ERROR_KIND ? ERRONEOUS : ERRONEOUS | HAS_ERROR;
      if (cursor.gotoNextSibling()) {
        const sibling = enter(parent);
        nextSiblings[current] = sibling;
        current = sibling;
        break;
      }
      cursor.gotoParent();
      depth--;
      if (exact || stringDepth > 0 || typeIsPadded[typeIds[parent]!] === 1) {
        starts[parent] = cursor.startIndex;
        ends[parent] = cursor.endIndex;
      } else {
        starts[parent] = starts[parent + 1]!;
        ends[parent] = ends[current]!;
      }
      if (typeKind[typeIds[parent]!] === STRING) stringDepth--;
      lastDescendants[parent] = count - 1;
      current = parent;
    }
  }
}

/** The edit and the changed ranges of a `Reuse`, in the new text's offsets: sorted, overlaps merged, as [start, end] pairs. */
function changedSpans(reuse: Reuse): Int32Array {
  const spans = [
    [reuse.edit.startIndex, reuse.edit.newEndIndex],
    ...reuse.ranges.map((range) => [range.startIndex, range.endIndex]),
  ].sort((a, b) => a[0]! - b[0]!);
  const merged: number[] = [];
  for (const [start, end] of spans) {
    if (merged.length > 0 && start! <= merged[merged.length - 1]!)
      merged[merged.length - 1] = Math.max(merged[merged.length - 1]!, end!);
    else merged.push(start!, end!);
  }
  return Int32Array.from(merged);
}

/** Whether `start`…`end` meets one of the spans, an end touching included. */
function meets(spans: Int32Array, start: number, end: number): boolean {
  // The first span that does not end before `start`.
  let low = 0;
  let high = spans.length >> 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[2 * mid + 1]! < start) low = mid + 1;
    else high = mid;
  }
  return low < spans.length >> 1 && spans[2 * low]! <= end;
}

/** Scratch for the levels of a copied subtree (grown, never shrunk: one per thread). */
let levelScratch = new Int32Array(1024);
function subtreeLevels(size: number): Int32Array {
  if (levelScratch.length < size) levelScratch = new Int32Array(Math.max(size, levelScratch.length * 2));
  levelScratch[0] = 0;
  return levelScratch;
}

/**
 * Parses a Python source into the frontend's tree; with `incremental`, from the tree of the text
 * it parsed last (an editor's previous keystroke), which it keeps.
 */
export function parseSyntaxTree(source: string, incremental?: IncrementalParse): SyntaxTree {
  return new SyntaxTree(source, undefined, incremental);
}
