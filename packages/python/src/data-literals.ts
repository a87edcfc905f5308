/**
 * Large pure-data literals, skipped before the parse (issue 14: cost linear in input).
 *
 * A function that returns a literal of thousands of strings and numbers (a lookup table, a
 * fixture, generated rows) makes a tree of millions of nodes that no extractor reads: such a
 * literal holds no call, no name, no f-string — nothing a rule reacts to — and all the value
 * analysis learns from it is "JSON". tree-sitter's own tree costs about 140 bytes a node and
 * lives until a finalizer frees it, so a 5 MiB literal costs most of a gigabyte for nothing.
 *
 * So, before the parse, a list display of at least `DATA_LITERAL_MIN_LENGTH` characters that is
 * written after `return` or `name =` and holds only plain strings (no prefix: no f-string, no
 * bytes), decimal numbers, `True` / `False` / `None`, commas, whitespace, comments (none with a
 * `# dag-transport:` directive) and lists, dicts and tuples of those (at most
 * `DATA_LITERAL_MAX_NESTING` brackets deep) has its inside blanked: every character but a line
 * break becomes a space, so offsets, lines and columns stay the user's, and tree-sitter sees
 * `[ … ]`, an empty list. The skip is kept only when the parse of the blanked text confirms it:
 *
 * - the tree has no error, and a `list` node spans exactly the literal;
 * - the list is used only as a function's result: `return [...]`, or `name = [...]` (a plain
 *   assignment statement) with `return name` in the same function and no other use of `name`
 *   there (closures included) — never at module level (a module's constants are read from
 *   anywhere), nor in a `@task.bash` function (whose returned list is a command line);
 *
 * otherwise the file is parsed again with fewer spans blanked, or none. The tree's `source`
 * stays the user's text (`SyntaxTree`), so `text` of the list is what was written, and the value
 * analysis asks `dataLiteral(node)` for what the literal holds (`DataShape`: the forms of its
 * elements, level by level, and the analysis steps its elements would have cost), so that
 * findings are those of the full parse.
 */
import { Memo } from "./memo.js";
import type { IncrementalParse } from "./parse.js";
import { SyntaxTree, typeMask, type SyntaxNode } from "./syntax-tree.js";

/** Literals shorter than this (in UTF-16 units, brackets included) are parsed as written. */
export const DATA_LITERAL_MIN_LENGTH = 64 * 1024;
/** Brackets nested deeper than this inside a literal: parsed as written. */
export const DATA_LITERAL_MAX_NESTING = 16;
/** Distinct element shapes kept per container read as "any element" (the analysis keeps 16 alternatives). */
const MAX_MEMBERS = 16;
/** Elements of a list or tuple told apart by position (`[0]`, `[1]` …), and entries of a dict. */
const MAX_ENTRIES = 64;
/** A shape described by a longer key is not worth summarising: the literal is parsed. */
const MAX_KEY_LENGTH = 8192;

/** What a skipped literal (or an element of it) is, as far as the value analysis asks. */
export interface DataShape {
  /** Canonical description, unique per shape (`s`, `n`, `j`, `[0:s,1:n]`, `[*:n]`). */
  readonly key: string;
  /** A scalar: a string, a number, or other JSON (`True`, `False`, `None`). */
  readonly scalar?: "string" | "number" | "json";
  /** A container (list, dict or tuple): its elements, each with its key when the analysis has one. */
  readonly entries?: readonly DataEntry[];
}

/**
 * An element of a container, as the value analysis labels it: a list's or a tuple's position
 * (up to `MAX_ENTRIES` elements; beyond, each distinct shape once, as "any element"), a dict's
 * literal key (`stringLiteral`'s text, or an integer's `Number`), else none.
 */
export interface DataEntry {
  readonly key?: string | number;
  readonly shape: DataShape;
}

/** A literal that was skipped: its shape and what analysing it element by element would cost. */
export interface DataLiteral {
  readonly shape: DataShape;
  /** The value analysis's steps over the written literal: one per expression it analyses. */
  readonly steps: number;
}

export interface DataLiteralCandidate extends DataLiteral {
  /** Offsets of `[` and just after `]`. */
  readonly start: number;
  readonly end: number;
  /** Brackets nested inside, the list's own included. */
  readonly nesting: number;
}

const STRING_SHAPE: DataShape = { key: "s", scalar: "string" };
const NUMBER_SHAPE: DataShape = { key: "n", scalar: "number" };
const JSON_SHAPE: DataShape = { key: "j", scalar: "json" };

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const HASH = 35;
const BACKSLASH = 92;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const COMMA = 44;
const COLON = 58;
const PERIOD = 46;
const PLUS = 43;
const MINUS = 45;
const UNDERSCORE = 95;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A character that may continue a name or a number (`1j`, `0x`, `Truex`): ASCII word or non-ASCII. */
function continuesWord(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === UNDERSCORE ||
    isDigit(code) ||
    code >= 0x80
  );
}

/** Operators that end in `=` (`==`, `<=`, `+=`, `:=` …): what precedes `=` in them. */
const OPERATOR_BEFORE_EQUALS = new Set("=<>!+-*/%&|^@:~".split("").map((c) => c.charCodeAt(0)));

/**
 * Whether the `[` at `open` follows `return` or a plain `=` on its line: the only places a
 * skipped literal can be (the parse decides; this only spares scanning the others).
 */
function afterReturnOrAssign(source: string, open: number): boolean {
  let at = open - 1;
  while (at >= 0 && (source.charCodeAt(at) === SPACE || source.charCodeAt(at) === TAB)) at--;
  if (at < 0) return false;
  if (source.charCodeAt(at) === 61 /* = */)
    return at === 0 || !OPERATOR_BEFORE_EQUALS.has(source.charCodeAt(at - 1));
  const word = at - 5;
  return (
    word >= 0 &&
    source.startsWith("return", word) &&
    (word === 0 || !continuesWord(source.charCodeAt(word - 1)))
  );
}

/** A string key with a backslash: the analysis reads its escapes as written; left to the parser. */
const ESCAPED = Symbol("escaped");

type LiteralKey = string | number | typeof ESCAPED | undefined;

/** The constants that are JSON (`true`, `false`, `none` to the value analysis). */
const CONSTANTS = ["True", "False", "None"];

/** A failed scan: where it stopped (`failedAt`), so that the search goes on after it. */
const FAILED = -1;

/**
 * Reads a data literal: a recursive descent over the small grammar above, which tokenizes as
 * Python does for everything it accepts and gives up on anything else.
 */
class Scanner {
  failedAt = 0;
  /** The shape of the value read last. */
  private shape: DataShape = JSON_SHAPE;
  /** Steps of the value read last. */
  private steps = 0;
  /**
   * The value read last as a dict key, as the analysis reads it (`literalKey` in values.ts);
   * `ESCAPED` for a string with a backslash, whose key is left to the parser.
   */
  private literalKey: LiteralKey;
  /** The text between the quotes of the string read last (undefined when it has a backslash). */
  private stringContent: string | undefined;
  private nesting = 0;
  private readonly length: number;
  /** Whether the text mentions `dag-transport` at all (else comments need no look). */
  private readonly mentionsDirective: boolean;
  private readonly shapes = new Map<string, DataShape>();

  constructor(private readonly source: string) {
    this.length = source.length;
    this.mentionsDirective = source.includes("dag-transport");
  }

  /** The list literal at `open`, or undefined. */
  literal(open: number): DataLiteralCandidate | undefined {
    this.nesting = 0;
    const end = this.sequence(open, 1, CLOSE_BRACKET);
    if (end === FAILED) return undefined;
    return { start: open, end, nesting: this.nesting, shape: this.shape, steps: this.steps };
  }

  private fail(at: number): number {
    this.failedAt = at;
    return FAILED;
  }

  private code(at: number): number {
    return at < this.length ? this.source.charCodeAt(at) : -1;
  }

  /** Skips whitespace and comments; fails on a line continuation or a directive. */
  private trivia(at: number): number {
    for (;;) {
      const code = this.code(at);
      if (
        code === SPACE ||
        code === TAB ||
        code === NEWLINE ||
        code === CARRIAGE_RETURN ||
        code === FORM_FEED
      )
        at++;
      else if (code === HASH) {
        const newline = this.source.indexOf("\n", at);
        const end = newline === -1 ? this.length : newline;
        if (this.mentionsDirective && this.source.slice(at, end).includes("dag-transport"))
          return this.fail(at);
        at = end;
      } else return at;
    }
  }

  private value(at: number, depth: number): number {
    const code = this.code(at);
    switch (code) {
      case OPEN_BRACKET:
        return this.sequence(at, depth + 1, CLOSE_BRACKET);
      case OPEN_PAREN:
        return this.parenthesized(at, depth + 1);
      case OPEN_BRACE:
        return this.dictionary(at, depth + 1);
      case DOUBLE_QUOTE:
      case SINGLE_QUOTE:
        return this.strings(at);
      case MINUS:
      case PLUS: {
        // A signed number (`-1`): a unary operator around it, one more step.
        const end = this.number(at + 1);
        this.steps = 2;
        this.literalKey = undefined;
        return end;
      }
    }
    if (isDigit(code) || code === PERIOD) return this.number(at);
    for (const word of CONSTANTS) {
      if (this.source.startsWith(word, at) && !continuesWord(this.code(at + word.length))) {
        this.shape = JSON_SHAPE;
        this.steps = 1;
        this.literalKey = undefined;
        return at + word.length;
      }
    }
    return this.fail(at);
  }

  /** A list (`[`…`]`) or the rest of a tuple: values separated by commas, a trailing one allowed. */
  private sequence(open: number, depth: number, close: number, first?: Member): number {
    if (depth > DATA_LITERAL_MAX_NESTING) return this.fail(open);
    if (depth > this.nesting) this.nesting = depth;
    const elements = new Elements();
    let steps = 1;
    let at: number;
    let read = first !== undefined;
    if (first) {
      elements.add(first.shape);
      steps += first.steps;
      at = first.end;
    } else {
      at = this.trivia(open + 1);
      if (at === FAILED) return FAILED;
    }
    for (;;) {
      if (read) read = false;
      else {
        if (this.code(at) === close) break;
        at = this.value(at, depth);
        if (at === FAILED) return FAILED;
        elements.add(this.shape);
        steps += this.steps;
      }
      at = this.trivia(at);
      if (at === FAILED) return FAILED;
      const code = this.code(at);
      if (code === COMMA) {
        at = this.trivia(at + 1);
        if (at === FAILED) return FAILED;
      } else if (code !== close) return this.fail(at);
    }
    const entries = elements.entries();
    return entries ? this.container("[", entries, steps, at + 1) : this.fail(at);
  }

  /** `(` `)`, `(value)` or a tuple `(value, …)`. */
  private parenthesized(open: number, depth: number): number {
    if (depth > DATA_LITERAL_MAX_NESTING) return this.fail(open);
    if (depth > this.nesting) this.nesting = depth;
    let at = this.trivia(open + 1);
    if (at === FAILED) return FAILED;
    if (this.code(at) === CLOSE_PAREN) return this.container("[", [], 1, at + 1);
    at = this.value(at, depth);
    if (at === FAILED) return FAILED;
    const inner = { shape: this.shape, steps: this.steps, key: this.literalKey as LiteralKey };
    at = this.trivia(at);
    if (at === FAILED) return FAILED;
    // `(value)`: the analysis looks through the parentheses (same shape, steps and key).
    if (this.code(at) === CLOSE_PAREN) {
      this.shape = inner.shape;
      this.steps = inner.steps;
      this.literalKey = inner.key;
      return at + 1;
    }
    if (this.code(at) !== COMMA) return this.fail(at);
    return this.sequence(open, depth, CLOSE_PAREN, { shape: inner.shape, steps: inner.steps, end: at });
  }

  /** `{key: value, …}`; a set (`{1, 2}`) or a `**` splat is not data. The keys are not analysed. */
  private dictionary(open: number, depth: number): number {
    if (depth > DATA_LITERAL_MAX_NESTING) return this.fail(open);
    if (depth > this.nesting) this.nesting = depth;
    const entries: DataEntry[] = [];
    let steps = 1;
    let at = this.trivia(open + 1);
    if (at === FAILED) return FAILED;
    while (this.code(at) !== CLOSE_BRACE) {
      if (entries.length === MAX_ENTRIES) return this.fail(at);
      at = this.value(at, depth);
      if (at === FAILED) return FAILED;
      const key = this.literalKey;
      if (key === ESCAPED) return this.fail(at);
      at = this.trivia(at);
      if (at === FAILED) return FAILED;
      if (this.code(at) !== COLON) return this.fail(at);
      at = this.trivia(at + 1);
      if (at === FAILED) return FAILED;
      at = this.value(at, depth);
      if (at === FAILED) return FAILED;
      entries.push(key === undefined ? { shape: this.shape } : { key, shape: this.shape });
      steps += this.steps;
      at = this.trivia(at);
      if (at === FAILED) return FAILED;
      const code = this.code(at);
      if (code === COMMA) {
        at = this.trivia(at + 1);
        if (at === FAILED) return FAILED;
      } else if (code !== CLOSE_BRACE) return this.fail(at);
    }
    return this.container("{", entries, steps, at + 1);
  }

  private container(bracket: string, entries: readonly DataEntry[], steps: number, end: number): number {
    let key = bracket;
    for (const entry of entries) {
      key += `${entry.key === undefined ? "*" : JSON.stringify(entry.key)}:${entry.shape.key},`;
      if (key.length > MAX_KEY_LENGTH) return this.fail(end);
    }
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = { key, entries };
      this.shapes.set(key, shape);
    }
    this.shape = shape;
    this.steps = steps;
    this.literalKey = undefined;
    return end;
  }

  /** One or more adjacent plain strings (adjacent ones are one concatenated string, one step). */
  private strings(at: number): number {
    let end = this.string(at);
    if (end === FAILED) return FAILED;
    let key: string | typeof ESCAPED = this.stringContent ?? ESCAPED;
    for (;;) {
      const next = this.trivia(end);
      if (next === FAILED) return FAILED;
      const code = this.code(next);
      if (code !== DOUBLE_QUOTE && code !== SINGLE_QUOTE) break;
      end = this.string(next);
      if (end === FAILED) return FAILED;
      key = key !== ESCAPED && this.stringContent !== undefined ? key + this.stringContent : ESCAPED;
    }
    this.shape = STRING_SHAPE;
    this.steps = 1;
    this.literalKey = key;
    return end;
  }

  /**
   * A string without prefix, `'…'`, `"…"` or triple-quoted; a backslash escapes the next
   * character. Its text between the quotes in `stringContent` (undefined with a backslash:
   * a dict key is then left to the parser, see `dictionary`).
   */
  private string(at: number): number {
    const quote = this.code(at);
    const triple = this.code(at + 1) === quote && this.code(at + 2) === quote;
    const open = at + (triple ? 3 : 1);
    let escaped = false;
    let i = open;
    for (;;) {
      if (i >= this.length) return this.fail(at);
      const code = this.source.charCodeAt(i);
      if (code === BACKSLASH) {
        escaped = true;
        i += 2;
      } else if (code === quote && (!triple || (this.code(i + 1) === quote && this.code(i + 2) === quote))) {
        this.stringContent = escaped ? undefined : this.source.slice(open, i);
        return i + (triple ? 3 : 1);
      } else if (code === NEWLINE && !triple) return this.fail(i);
      else i++;
    }
  }

  /** A decimal number: `12`, `1_000`, `1.5`, `.5`, `1.`, `1e-3`; not `0x1`, `1j`, `012`. */
  private number(at: number): number {
    const whole = this.digits(at);
    let end = whole;
    let fraction = false;
    if (this.code(end) === PERIOD) {
      fraction = true;
      end = this.digits(end + 1);
      if (whole === at && end === at + 1) return this.fail(at);
    } else if (whole === at) return this.fail(at);
    let exponent = false;
    const e = this.code(end);
    if (e === 101 || e === 69) {
      let digits = end + 1;
      if (this.code(digits) === PLUS || this.code(digits) === MINUS) digits++;
      const after = this.digits(digits);
      if (after === digits) return this.fail(end);
      exponent = true;
      end = after;
    }
    // A leading zero (`012`) is an error in Python 3: leave it to the parser.
    if (!fraction && !exponent && whole - at > 1 && this.code(at) === 48) return this.fail(at);
    const next = this.code(end);
    if (continuesWord(next) || next === PERIOD) return this.fail(end);
    this.shape = NUMBER_SHAPE;
    this.steps = 1;
    // As the analysis reads an integer key: `Number` of its text (NaN with underscores, as there).
    this.literalKey = fraction || exponent ? undefined : Number(this.source.slice(at, end));
    return end;
  }

  /** After a run of digits with single underscores between them (`1_000`), or `at` if none. */
  private digits(at: number): number {
    if (!isDigit(this.code(at))) return at;
    at++;
    for (;;) {
      const code = this.code(at);
      if (isDigit(code)) at++;
      else if (code === UNDERSCORE && isDigit(this.code(at + 1))) at += 2;
      else return at;
    }
  }
}

interface Member {
  shape: DataShape;
  steps: number;
  end: number;
}

/**
 * The elements of a list or tuple: by position up to `MAX_ENTRIES`, else each distinct shape
 * once as "any element" (undefined beyond `MAX_MEMBERS` distinct shapes).
 */
class Elements {
  private readonly shapes: DataShape[] = [];
  private readonly distinct = new Set<DataShape>();
  private count = 0;

  add(shape: DataShape): void {
    if (this.count++ < MAX_ENTRIES) this.shapes.push(shape);
    if (this.distinct.size <= MAX_MEMBERS) this.distinct.add(shape);
  }

  entries(): DataEntry[] | undefined {
    if (this.count <= MAX_ENTRIES) return this.shapes.map((shape, key) => ({ key, shape }));
    if (this.distinct.size > MAX_MEMBERS) return undefined;
    return [...this.distinct].map((shape) => ({ shape }));
  }
}

/**
 * The literals of the text that may be skipped (before the parse: the parse decides). Linear in
 * the text: a scan that fails or succeeds goes on after where it stopped.
 */
export function findDataLiterals(source: string): DataLiteralCandidate[] {
  const found: DataLiteralCandidate[] = [];
  // A NUL character may end tree-sitter's input where Python's would not: no skip near one.
  if (source.length < minLength || source.includes("\0")) return found;
  const scanner = new Scanner(source);
  let from = 0;
  for (;;) {
    const open = source.indexOf("[", from);
    if (open === -1 || source.length - open < minLength) return found;
    if (!afterReturnOrAssign(source, open)) {
      from = open + 1;
      continue;
    }
    const literal = scanner.literal(open);
    if (literal && literal.end - literal.start >= minLength) found.push(literal);
    from = literal ? literal.end : Math.max(open + 1, scanner.failedAt);
  }
}

/** The text with the inside of each span blanked: spaces, but for line breaks. */
export function blankDataLiterals(source: string, spans: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    parts.push(source.slice(at, start + 1));
    // Runs of spaces between the line breaks (a regular expression per character is slow).
    let from = start + 1;
    const inner = end - 1;
    for (
      let newline = source.indexOf("\n", from);
      newline !== -1 && newline < inner;
      newline = source.indexOf("\n", from)
    ) {
      parts.push(" ".repeat(newline - from), "\n");
      from = newline + 1;
    }
    parts.push(" ".repeat(inner - from));
    at = inner;
  }
  parts.push(source.slice(at));
  return parts.join("");
}

let skipping = true;
let minLength = DATA_LITERAL_MIN_LENGTH;

/** Runs `work` with every literal parsed as written (tests compare the two analyses). */
export function withoutDataLiteralSkips<T>(work: () => T): T {
  const before = skipping;
  skipping = false;
  try {
    return work();
  } finally {
    skipping = before;
  }
}

/**
 * Runs `work` skipping literals from `length` characters on: tests skip small literals of
 * ordinary files, to compare the analysis with and without skips on many of them.
 */
export function withDataLiteralMinLength<T>(length: number, work: () => T): T {
  const before = minLength;
  minLength = length;
  try {
    return work();
  } finally {
    minLength = before;
  }
}

/** The skipped literals of each tree, by the list node's id. */
const skipped = new Memo<SyntaxTree, Map<number, DataLiteral>>();

/** A skipped literal's shape and cost, when `node` is one (its elements are not in the tree). */
export function dataLiteral(node: SyntaxNode): DataLiteral | undefined {
  return skipped.get(node.tree)?.get(node.id);
}

/** Whether `node` is a list whose elements were skipped (pure data: JSON to the analysis). */
export function isDataLiteral(node: SyntaxNode): boolean {
  return dataLiteral(node) !== undefined;
}

/**
 * Parses a module, blanking its large pure-data literals where the parse confirms that nothing
 * but the value analysis's "JSON" would read them (see the top of this file).
 */
export function parseSkippingDataLiterals(source: string, incremental?: IncrementalParse): SyntaxTree {
  let candidates = skipping ? findDataLiterals(source) : [];
  // The editor's incremental parse (parse.ts) follows the user's text only: a text with a
  // skipped literal is parsed afresh (such files are rare, and large anyway).
  if (candidates.length === 0) return new SyntaxTree(source, undefined, incremental);
  // A second try blanks only the spans the first confirmed; a third would be a full parse.
  for (let attempt = 0; attempt < 2 && candidates.length > 0; attempt++) {
    // Levels the elements would have added below the list: two a bracket (a dict and its
    // pair), and a leaf (`-1`: an operator and a number; a concatenated string's parts).
    const hiddenDepth = Math.max(...candidates.map((c) => 2 * c.nesting + 4));
    const tree = new SyntaxTree(source, { text: blankDataLiterals(source, candidates), hiddenDepth });
    const kept = new Map<number, DataLiteral>();
    const confirmed = candidates.filter((candidate) => {
      const list = skippableList(tree, candidate);
      if (list) kept.set(list.id, { shape: candidate.shape, steps: candidate.steps });
      return list !== undefined;
    });
    if (confirmed.length === candidates.length) {
      skipped.set(tree, kept);
      return tree;
    }
    candidates = confirmed;
  }
  return new SyntaxTree(source, undefined, incremental);
}

/** The list node of a candidate, when the blanked parse confirms the skip. */
function skippableList(tree: SyntaxTree, candidate: DataLiteralCandidate): SyntaxNode | undefined {
  const root = tree.rootNode;
  if (root.hasError) return undefined;
  const list = root.descendantForIndex(candidate.start, candidate.end);
  if (list.type !== "list" || list.startIndex !== candidate.start || list.endIndex !== candidate.end)
    return undefined;
  return onlyReturned(list) ? list : undefined;
}

const IDENTIFIER = ["identifier"] as const;

/** `return [...]`, or `name = [...]` and `return name` with no other use of `name` in the function. */
function onlyReturned(list: SyntaxNode): boolean {
  const parent = list.parent;
  if (parent?.type === "return_statement") return ownFunction(parent) !== undefined;
  if (
    parent?.type !== "assignment" ||
    list.fieldName !== "right" ||
    parent.childForFieldName("type") ||
    parent.parent?.type !== "expression_statement"
  )
    return false;
  const target = parent.childForFieldName("left");
  if (target?.type !== "identifier") return false;
  const fn = ownFunction(parent);
  if (!fn) return false;
  const name = target.text;
  const { tree } = fn;
  const identifiers = typeMask(IDENTIFIER);
  let returned = false;
  for (let id = fn.id; id <= fn.lastDescendantId; id++) {
    if (identifiers[tree.typeIds[id]!] !== 1 || id === target.id) continue;
    const use = tree.node(id);
    if (!use.hasText(name)) continue;
    const statement = use.parent;
    if (returned || statement?.type !== "return_statement" || ownFunction(statement)?.id !== fn.id)
      return false;
    returned = true;
  }
  return returned;
}

const SCOPE_BOUNDARIES = new Set(["function_definition", "lambda", "class_definition", "module"]);

/** The function a statement belongs to, unless it is a `@task.bash` one (or not a function). */
function ownFunction(node: SyntaxNode): SyntaxNode | undefined {
  let fn = node.parent;
  while (fn && !SCOPE_BOUNDARIES.has(fn.type)) fn = fn.parent;
  if (fn?.type !== "function_definition") return undefined;
  const decorated = fn.parent;
  if (decorated?.type === "decorated_definition") {
    for (const decorator of decorated.namedChildren)
      if (decorator.type === "decorator" && decorator.text.includes("bash")) return undefined;
  }
  return fn;
}
