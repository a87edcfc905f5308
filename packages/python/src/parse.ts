/**
 * Parses Python with tree-sitter-python, on one of two backends with the same grammar:
 * - native: node-tree-sitter (an optional dependency: its install compiles it where the bundled
 *   binary does not fit), the faster one and the default where it loads;
 * - wasm: web-tree-sitter with the `.wasm` build of the grammar that tree-sitter-python ships,
 *   which needs no compiler. It loads asynchronously: call `initPythonParser()` before the first
 *   parse (every surface does). Its trees live in WebAssembly memory and must be freed
 *   (`freePythonTree`); native trees are freed by a finalizer.
 *
 * Both index text in UTF-16 code units, as JavaScript strings do, and give the same trees
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
  readonly currentNode: { readonly hasError: boolean };
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

export interface PythonTree {
  /** `descendantCount`: the root and its visible descendants (tree-sitter keeps the count). */
  readonly rootNode: { readonly hasError: boolean; readonly descendantCount: number };
  walk(): PythonTreeCursor;
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
  parse(source: string): PythonTree;
  free(tree: PythonTree, cursor?: PythonTreeCursor): void;
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
    parse: (source) =>
      parser.parse(source, undefined, {
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
    parse: (source) => {
      const tree = parser.parse(source);
      if (!tree) throw new Error("web-tree-sitter returned no tree");
      return tree as unknown as PythonTree;
    },
    free: (tree, cursor) => {
      (cursor as unknown as { delete(): void } | undefined)?.delete();
      (tree as unknown as { delete(): void }).delete();
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

/** Frees a tree (and a cursor over it) once copied: WebAssembly trees have no finalizer. */
export function freePythonTree(tree: PythonTree, cursor?: PythonTreeCursor): void {
  ready().free(tree, cursor);
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
