/**
 * Parses Python with tree-sitter-python, on one of two backends with the same grammar:
 * - native: node-tree-sitter (an optional dependency: its install compiles it where the bundled
 *   binary does not fit), the faster one and the default where it loads;
 * - wasm: web-tree-sitter with the `.wasm` build of the grammar that tree-sitter-python ships,
 *   which needs no compiler. It loads asynchronously: call `initPythonParser()` before the first
 *   parse (every surface does). Its trees live in WebAssembly memory and must be freed
 *   (`freePythonTree`); native trees are freed by a finalizer.
 *
 * Both index text in UTF-16 code units, as JavaScript strings do — offsets and columns, in the
 * trees they give and in the edits they take (`tree.edit`) — and give the same trees
 * (`syntax-tree.test.ts` and the golden test run on both).
 * One parser per thread: creating one is far more expensive than a parse.
 */
// eslint-disable-next-line no-restricted-imports -- reads the grammar package's own files (its package.json, the .wasm, node-types.json), never the workspace
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
// Types only: the binding is loaded (or not) at run time, since it is an optional dependency.
import type NativeParser from "tree-sitter";

/** Chooses the backend: `native`, `wasm`, or `auto` (native where it loads; the default). */
export const PARSER_ENV = "DAG_TRANSPORT_PARSER";

export type PythonParserKind = "native" | "wasm";

/**
 * Set by the self-contained bundle (scripts/bundle.mjs): web-tree-sitter is bundled in, and the
 * grammar's `.wasm` and `node-types.json` sit beside the bundle. Undefined elsewhere.
 */
declare const DAG_TRANSPORT_BUNDLED_GRAMMAR: { webTreeSitter: string; grammar: string } | undefined;
const bundled =
  typeof DAG_TRANSPORT_BUNDLED_GRAMMAR !== "undefined" ? DAG_TRANSPORT_BUNDLED_GRAMMAR : undefined;

/** What the tree copy asks a cursor: the part of the API both backends share. */
export interface PythonTreeCursor {
  readonly nodeType: string;
  readonly nodeTypeId: number;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  /** Native: undefined when there is none; wasm: 0. */
  readonly currentFieldId: number | undefined;
  readonly currentFieldName: string | null | undefined;
  readonly currentNode: { readonly hasError: boolean; readonly descendantCount: number };
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/** A row (counted in `\n`s, as tree-sitter counts them) and a column, in UTF-16 code units. */
export interface PythonPoint {
  row: number;
  column: number;
}

/**
 * One change of a text, as tree-sitter's `Tree.edit` takes it: offsets and columns in UTF-16
 * code units on both backends (node-tree-sitter and web-tree-sitter double them into the bytes
 * of the UTF-16 text they parse).
 */
export interface PythonTreeEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: PythonPoint;
  oldEndPosition: PythonPoint;
  newEndPosition: PythonPoint;
}

export interface PythonTree {
  /** `descendantCount`: the root and its visible descendants (tree-sitter keeps the count). */
  readonly rootNode: { readonly hasError: boolean; readonly descendantCount: number };
  walk(): PythonTreeCursor;
  /** Shifts the tree's nodes past an edit of its text, so a reparse can reuse the rest. */
  edit(edit: PythonTreeEdit): void;
  /**
   * On an edited tree, against the tree parsed from it: where the two differ in structure
   * (offsets in the new text, UTF-16 code units on both backends). A token whose text the edit
   * changed without changing the structure (`1` → `12`) is not in them.
   */
  getChangedRanges(other: PythonTree): readonly PythonRange[];
}

/** A range of a text, in UTF-16 code units. */
export interface PythonRange {
  readonly startIndex: number;
  readonly endIndex: number;
}

/**
 * What `IncrementalParse.parseFrom` gives: the tree, and how it relates to the last one — so
 * that a copy of the last tree can be reused where nothing changed (`syntax-tree.ts`).
 */
export interface IncrementalTree {
  tree: PythonTree;
  /** The tree of the last text: `tree` itself when the text is the same. Only to compare with. */
  previous?: PythonTree;
  /**
   * When `tree` was parsed from `previous` (a different text): the one edit between the two
   * texts, and where their structure differs (`getChangedRanges`). Everything outside both is
   * the same nodes, shifted by the edit when after it.
   */
  change?: { edit: PythonTreeEdit; ranges: readonly PythonRange[] };
}

export interface PythonParserInfo {
  kind: PythonParserKind;
  /** e.g. "tree-sitter 0.25.1" or "web-tree-sitter 0.25.10". */
  runtime: string;
  grammar: string;
  /** Why the native parser is not in use, when it is not. */
  nativeUnavailable?: string;
}

interface Backend {
  info: PythonParserInfo;
  /** With `previous` (edited to match `source`), an incremental parse that reuses its unchanged nodes. */
  parse(source: string, previous?: PythonTree): PythonTree;
  /** Frees a tree and a cursor over it (either may be left out). */
  free(tree: PythonTree | undefined, cursor?: PythonTreeCursor): void;
}

const requireHere = createRequire(import.meta.url);
let backend: Backend | undefined;
let loading: Promise<Backend> | undefined;

function wanted(): "native" | "wasm" | "auto" {
  const value = (process.env[PARSER_ENV] ?? "").trim().toLowerCase();
  if (value === "native" || value === "wasm") return value;
  if (value === "" || value === "auto") return "auto";
  throw new Error(`${PARSER_ENV} must be native, wasm or auto (got "${value}").`);
}

function packageVersion(name: string): string {
  try {
    // Not every package exports its package.json: find it beside the resolved entry point.
    let dir = path.dirname(requireHere.resolve(name));
    for (;;) {
      const manifest = path.join(dir, "package.json");
      try {
        const json = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? "?";
      } catch {
        // not here
      }
      const parent = path.dirname(dir);
      if (parent === dir) return "?";
      dir = parent;
    }
  } catch {
    return "?";
  }
}

/** A file of the grammar package (the `.wasm`, `src/node-types.json`), or beside the bundle. */
function grammarFile(file: string): string {
  if (bundled) return fileURLToPath(new URL(`./${path.basename(file)}`, import.meta.url));
  return requireHere.resolve(`tree-sitter-python/${file}`);
}

function grammarVersion(): string {
  return bundled ? bundled.grammar : packageVersion("tree-sitter-python");
}

/** The native backend, loaded synchronously; throws when the binding cannot load. */
function loadNative(): Backend {
  if (bundled) throw new Error("this bundle carries only the WebAssembly parser");
  const Parser = requireHere("tree-sitter") as typeof NativeParser;
  const Python = requireHere("tree-sitter-python") as NativeParser.Language;
  const parser = new Parser();
  parser.setLanguage(Python);
  return {
    info: {
      kind: "native",
      runtime: `tree-sitter ${packageVersion("tree-sitter")}`,
      grammar: grammarVersion(),
    },
    // The default 32 KiB input buffer makes large files parse in many small native calls.
    parse: (source, previous) =>
      parser.parse(source, previous as unknown as NativeParser.Tree | undefined, {
        bufferSize: Math.max(32 * 1024, source.length + 1),
      }) as unknown as PythonTree,
    free: () => {},
  };
}

async function loadWasm(nativeUnavailable: string | undefined): Promise<Backend> {
  const { Parser, Language } = await import("web-tree-sitter");
  await Parser.init({
    locateFile: (name: string) =>
      bundled
        ? fileURLToPath(new URL(`./${name}`, import.meta.url))
        : requireHere.resolve(`web-tree-sitter/${name}`),
  });
  const language = await Language.load(readFileSync(grammarFile("tree-sitter-python.wasm")));
  const parser = new Parser();
  parser.setLanguage(language);
  const runtime = `web-tree-sitter ${bundled ? bundled.webTreeSitter : packageVersion("web-tree-sitter")}`;
  return {
    info: {
      kind: "wasm",
      runtime,
      grammar: grammarVersion(),
      ...(nativeUnavailable ? { nativeUnavailable } : {}),
    },
    parse: (source, previous) => {
      const tree = parser.parse(source, previous as unknown as Parameters<typeof parser.parse>[1]);
      if (!tree) throw new Error("web-tree-sitter returned no tree");
      return tree as unknown as PythonTree;
    },
    free: (tree, cursor) => {
      (cursor as unknown as { delete(): void } | undefined)?.delete();
      (tree as unknown as { delete(): void } | undefined)?.delete();
    },
  };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split("\n")[0]!;
}

/**
 * Loads the parser (once per thread): native unless `DAG_TRANSPORT_PARSER=wasm`, falling back to
 * WebAssembly when the native binding does not load (unless `DAG_TRANSPORT_PARSER=native`).
 */
export function initPythonParser(): Promise<PythonParserInfo> {
  if (backend) return Promise.resolve(backend.info);
  loading ??= (async () => {
    const choice = wanted();
    let nativeUnavailable: string | undefined;
    if (choice !== "wasm") {
      try {
        return loadNative();
      } catch (error) {
        if (choice === "native")
          throw new Error(`The native tree-sitter parser did not load: ${firstLine(error)}`, {
            cause: error,
          });
        nativeUnavailable = firstLine(error);
      }
    } else nativeUnavailable = `${PARSER_ENV}=wasm`;
    return loadWasm(nativeUnavailable);
  })();
  return loading.then((loaded) => (backend = loaded).info);
}

/**
 * Switches this thread to one backend (tests and benchmarks compare the two; surfaces use
 * `initPythonParser`).
 */
export async function selectPythonParser(kind: PythonParserKind): Promise<PythonParserInfo> {
  backend = kind === "native" ? loadNative() : await loadWasm(undefined);
  loading = Promise.resolve(backend);
  return backend.info;
}

/** The parser in use, if it is loaded. */
export function pythonParserInfo(): PythonParserInfo | undefined {
  return backend?.info;
}

function ready(): Backend {
  if (backend) return backend;
  // The native parser loads synchronously, so callers that never awaited `initPythonParser` (the
  // frontend's unit tests, a script) still parse where it is installed.
  if (wanted() !== "wasm" && !bundled) {
    try {
      return (backend = loadNative());
    } catch {
      // fall through
    }
  }
  throw new Error(
    "The Python parser is not loaded: await initPythonParser() before parsing (the WebAssembly parser loads asynchronously).",
  );
}

/** Parses with tree-sitter-python: the tree that the frontend copies once (syntax-tree.ts). */
export function parsePython(source: string): PythonTree {
  return ready().parse(source);
}

/**
 * Frees a tree (and a cursor over it) once copied: WebAssembly trees have no finalizer. A tree an
 * `IncrementalParse` keeps is its own to free: pass `undefined` to free only the cursor.
 */
export function freePythonTree(tree: PythonTree | undefined, cursor?: PythonTreeCursor): void {
  ready().free(tree, cursor);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The point of `index` in `text`, counting on from `from` (a point at `fromIndex` ≤ `index`). */
function pointAfter(text: string, fromIndex: number, from: PythonPoint, index: number): PythonPoint {
  let { row } = from;
  let lineStart = fromIndex - from.column;
  for (let i = text.indexOf("\n", fromIndex); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

/** Characters `textEdit` compares at once. */
const CHUNK = 1024;

/**
 * The one edit that turns `oldText` into `newText`: everything between their common prefix and
 * their common suffix, in UTF-16 code units (what both backends take). The edit never starts or
 * ends inside a surrogate pair. Undefined when the texts are the same.
 */
export function textEdit(oldText: string, newText: string): PythonTreeEdit | undefined {
  if (oldText === newText) return undefined;
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  // Whole chunks first (a comparison of two slices is one native memory compare), then characters.
  while (
    prefix + CHUNK <= shorter &&
    oldText.slice(prefix, prefix + CHUNK) === newText.slice(prefix, prefix + CHUNK)
  )
    prefix += CHUNK;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (
    suffix + CHUNK <= maxSuffix &&
    oldText.slice(oldText.length - suffix - CHUNK, oldText.length - suffix) ===
      newText.slice(newText.length - suffix - CHUNK, newText.length - suffix)
  )
    suffix += CHUNK;
  while (
    suffix < maxSuffix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  const oldEndIndex = oldText.length - suffix;
  const newEndIndex = newText.length - suffix;
  const startPosition = pointAfter(oldText, 0, { row: 0, column: 0 }, prefix);
  return {
    startIndex: prefix,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition: pointAfter(oldText, prefix, startPosition, oldEndIndex),
    newEndPosition: pointAfter(newText, prefix, startPosition, newEndIndex),
  };
}

/**
 * Parses the successive texts of one file (an editor's keystrokes), each from the last one's
 * tree: it keeps the last text and tree, edits the tree by the one change between the texts
 * (`textEdit`) and lets tree-sitter reuse what the change did not touch. A tree with errors is
 * parsed again from scratch — error recovery may choose differently when it starts from an old
 * tree — so every tree is the one a parse from scratch gives. The kept tree is this object's:
 * callers must not free it; `dispose()` does.
 */
export class IncrementalParse {
  /** How many parses started from the last tree, and how many from scratch (first, after an error, after `dispose`). */
  readonly counts = { fromPrevious: 0, fromScratch: 0 };
  private source: string | undefined;
  private tree: PythonTree | undefined;
  private backend: Backend | undefined;

  /** The tree of `source` (kept until the next parse or `dispose()`). */
  parse(source: string): PythonTree {
    return this.parseFrom(source).tree;
  }

  /** The tree of `source` (kept until the next parse or `dispose()`), and how it relates to the last one. */
  parseFrom(source: string): IncrementalTree {
    const current = ready();
    if (this.tree && this.backend !== current) this.dispose(); // the parser was switched
    const previous = this.tree;
    if (previous && this.source === source) return { tree: previous, previous };
    try {
      let tree: PythonTree;
      let change: IncrementalTree["change"];
      const edit = previous ? textEdit(this.source!, source) : undefined;
      if (previous && edit) {
        previous.edit(edit);
        tree = current.parse(source, previous);
        if (tree.rootNode.hasError) {
          current.free(tree);
          tree = current.parse(source);
          this.counts.fromScratch++;
        } else {
          this.counts.fromPrevious++;
          change = { edit, ranges: previous.getChangedRanges(tree) };
        }
      } else {
        tree = current.parse(source);
        this.counts.fromScratch++;
      }
      this.dispose();
      this.source = source;
      this.tree = tree;
      this.backend = current;
      return { tree, ...(previous ? { previous } : {}), ...(change ? { change } : {}) };
    } catch (error) {
      this.dispose();
      throw error;
    }
  }

  /** Frees the kept tree; the next parse starts from scratch. */
  dispose(): void {
    if (this.tree) this.backend?.free(this.tree);
    this.tree = undefined;
    this.source = undefined;
    this.backend = undefined;
  }
}

interface NodeTypeInfo {
  type: string;
  named: boolean;
  fields?: Record<string, unknown>;
  children?: unknown;
  subtypes?: unknown;
}

let nodeTypes: NodeTypeInfo[] | undefined;

/** The grammar's node-types.json (which symbols have fields, which are tokens). */
export function pythonNodeTypes(): NodeTypeInfo[] {
  return (nodeTypes ??= JSON.parse(
    readFileSync(grammarFile("src/node-types.json"), "utf8"),
  ) as NodeTypeInfo[]);
}
