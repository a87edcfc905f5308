/**
 * What a Python module makes of its names: import aliases, module-level constants and helper
 * functions. Everything downstream asks `qualify()` instead of matching spellings, so
 * `np.zeros`, `numpy.zeros` and `from numpy import zeros as z; z()` are one API.
 */
import { AIRFLOW1_PACKAGE_CLASSES } from "./catalogs/airflow.js";
import { RECEIVER_CONSTRUCTORS, STORAGE_OPERATORS } from "./catalogs/storage.js";
import { NodeIndex } from "./node-index.js";
import type { SyntaxNode, SyntaxTree } from "./syntax-tree.js";
import { dottedName, unparenthesize } from "./syntax.js";

/** A name at the start of a node's text. */
const LEADING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;

/** A plain dotted callee and the parenthesis of its arguments: `np.random.default_rng(`. */
const PLAIN_CALLEE = /([\p{ID_Start}_][\p{ID_Continue}]*(?:\.[\p{ID_Start}_][\p{ID_Continue}]*)*)\(/uy;

const isAsciiNameStart = (code: number) => ((code | 32) >= 97 && (code | 32) <= 122 ? true : code === 95);
const isAsciiNamePart = (code: number) => isAsciiNameStart(code) || (code >= 48 && code <= 57);

/**
 * The end of the ASCII name at `at` (`at` itself when there is none), or -1 when a non-ASCII
 * character may continue it: then only the Unicode pattern can tell.
 */
function asciiNameEnd(text: string, at: number): number {
  if (!isAsciiNameStart(text.charCodeAt(at))) return text.charCodeAt(at) >= 0x80 ? -1 : at;
  let end = at + 1;
  while (isAsciiNamePart(text.charCodeAt(end))) end++;
  return text.charCodeAt(end) >= 0x80 ? -1 : end;
}

/** What `qualify` remembers for a node that is not a dotted name (no qualified name has a NUL). */
const NOT_A_NAME = "\0";

/** `isImported`'s answers, as `importedById` keeps them. */
const IMPORTED = 1;
const NOT_IMPORTED = 2;

export class ModuleContext {
  /** Local name → qualified name: `np` → `numpy`, `rc` → `pandas.read_csv`. */
  readonly aliases = new Map<string, string>();
  /** Function definitions by name: module level (the last one), else nested in DAG bodies (the first). */
  readonly functions = new Map<string, SyntaxNode>();
  /** Module-level `NAME = expression` (single target), for folding constants into locations. */
  readonly constants = new Map<string, SyntaxNode>();
  /**
   * `NAME = expression` in the branches of a module-level `if` (`if SETUP == "DOCKER": base =
   * os.getcwd() else: base = …`), every value in source order, for names `constants` lacks.
   */
  readonly branchConstants = new Map<string, SyntaxNode[]>();
  /** Modules imported with `from module import *`. */
  readonly wildcardModules: string[] = [];
  /** Qualified callee of each call asked about, by call id. */
  private readonly calleeNames = new Map<number, string | undefined>();
  /** `qualify` and `isImported` per node id (of this module's tree): the answers never change. */
  private readonly qualifiedNames = new Map<number, string>();
  /**
   * 0 (not asked yet), `IMPORTED` or `NOT_IMPORTED`: a byte per node of the tree, made once,
   * where a map grew (and was copied) with every node asked about.
   */
  private importedById?: Uint8Array;
  /** Start offsets shared by two calls, as in `f(x)(y)`; filled on first use. */
  private nestedCallStarts?: Set<number>;
  /** Caches about this module (`memo.ts`): they die with it. */
  memos?: unknown[] = undefined;
  /** The module's text from its first token, and where that token is. */
  private readonly source: string;
  private readonly sourceOffset: number;

  constructor(
    readonly tree: SyntaxTree,
    /** The module's nodes by type (shared with the extractors, as `PythonModule.nodes`). */
    readonly nodes: NodeIndex = new NodeIndex(tree.rootNode),
  ) {
    const root = tree.rootNode;
    this.source = root.text;
    this.sourceOffset = root.startIndex;
    // Imports inside function bodies count too: DAG files often import numpy inside a task
    // so the scheduler does not pay for it. One alias map for the file is enough in practice.
    for (const node of nodes.of("import_statement", "import_from_statement")) {
      this.collectImport(node);
    }
    // A bare name calls the module's own function: it wins over a method or a nested function of
    // the same name defined before it (`describe` beside `Backup.describe`), and of two at the
    // module's level the later one, as at run time (the earlier is dead code); else the first.
    const atModuleLevel = (fn: SyntaxNode) =>
      (fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent)?.type === "module";
    for (const fn of nodes.of("function_definition")) {
      const name = fn.childForFieldName("name")?.text;
      if (!name) continue;
      const known = this.functions.get(name);
      if (!known || atModuleLevel(fn)) this.functions.set(name, fn);
    }
    for (const statement of root.namedChildren) {
      if (statement.type === "if_statement") this.collectBranchConstants(statement);
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : null;
      if (assignment?.type !== "assignment") continue;
      const left = assignment.childForFieldName("left");
      const right = assignment.childForFieldName("right");
      if (left?.type === "identifier" && right) this.constants.set(left.text, right);
    }
    for (const name of this.constants.keys()) this.branchConstants.delete(name);
  }

  private collectBranchConstants(statement: SyntaxNode): void {
    const blocks = [statement.childForFieldName("consequence")];
    for (const clause of statement.childrenForFieldName("alternative"))
      blocks.push(clause.childForFieldName(clause.type === "else_clause" ? "body" : "consequence"));
    for (const block of blocks) {
      for (const inner of block?.namedChildren ?? []) {
        const assignment = inner.type === "expression_statement" ? inner.namedChild(0) : null;
        if (assignment?.type !== "assignment") continue;
        const left = assignment.childForFieldName("left");
        const right = assignment.childForFieldName("right");
        if (left?.type !== "identifier" || !right) continue;
        const values = this.branchConstants.get(left.text);
        if (values) values.push(right);
        else this.branchConstants.set(left.text, [right]);
      }
    }
  }

  private collectImport(node: SyntaxNode): void {
    if (node.type === "import_statement") {
      for (const name of node.childrenForFieldName("name")) {
        if (name.type === "aliased_import") {
          const module = name.childForFieldName("name")?.text;
          const alias = name.childForFieldName("alias")?.text;
          if (module && alias) this.aliases.set(alias, module);
        } else {
          // `import numpy.random` binds `numpy`.
          const head = name.text.split(".")[0]!;
          this.aliases.set(head, head);
        }
      }
      return;
    }
    const module = node.childForFieldName("module_name")?.text;
    if (!module) return;
    if (module.startsWith(".")) {
      // `from .io import f` → `.io.f`, `from .. import io` → `..io`: the leading dots are the
      // level; only the repository's own modules can be named so (`project.ts` resolves them).
      if (node.namedChildren.some((c) => c.type === "wildcard_import")) {
        this.wildcardModules.push(module);
        return;
      }
      const prefix = module.endsWith(".") ? module : `${module}.`;
      for (const name of node.childrenForFieldName("name")) {
        const imported = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
        const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
        if (imported && local) this.aliases.set(local, prefix + imported);
      }
      return;
    }
    if (node.namedChildren.some((c) => c.type === "wildcard_import")) {
      this.wildcardModules.push(module);
      return;
    }
    // Airflow 1's lazy packages (`from airflow.hooks import S3Hook`): the defining module.
    const lazy = AIRFLOW1_PACKAGE_CLASSES.get(module);
    const qualified = (imported: string) =>
      providerHook(module, imported) ?? `${lazy?.get(imported) ?? module}.${imported}`;
    for (const name of node.childrenForFieldName("name")) {
      if (name.type === "aliased_import") {
        const imported = name.childForFieldName("name")?.text;
        const alias = name.childForFieldName("alias")?.text;
        if (imported && alias) this.aliases.set(alias, qualified(imported));
      } else {
        this.aliases.set(name.text, qualified(name.text));
      }
    }
  }

  /**
   * The qualified name of a dotted expression: `np.random.default_rng` → `numpy.random.default_rng`.
   * Names that were not imported come back as written (`open`, `ti.xcom_push`); expressions
   * that are not plain dotted names (calls, subscripts) give undefined.
   */
  qualify(node: SyntaxNode): string | undefined {
    // The storage extractor asks about a helper's calls again at every call of the helper.
    const known = node.tree === this.tree ? this.qualifiedNames.get(node.id) : undefined;
    if (known !== undefined) return known === NOT_A_NAME ? undefined : known;
    const name = dottedName(unparenthesize(node));
    const qualified = name === undefined ? undefined : this.qualifyName(name);
    if (node.tree === this.tree) this.qualifiedNames.set(node.id, qualified ?? NOT_A_NAME);
    return qualified;
  }

  /**
   * The qualified name of a call's callee: `np.zeros(3)` → `numpy.zeros`; undefined when the
   * callee is not a dotted name. Reads the name from the source text when that is unambiguous:
   * fetching the callee node costs several times more, and modules have many calls.
   */
  qualifiedCallee(call: SyntaxNode): string | undefined {
    // Several extractors ask about the same calls.
    if (this.calleeNames.has(call.id)) return this.calleeNames.get(call.id);
    const name = this.resolveCallee(call);
    this.calleeNames.set(call.id, name);
    return name;
  }

  private resolveCallee(call: SyntaxNode): string | undefined {
    const start = call.startIndex;
    // Two calls start at the same offset when one is the callee of the other (`f(x)(y)`,
    // `a.b(c).d(e)`): the text then names the inner call's callee. Take the node for those.
    if (!this.nestedCallStarts) {
      const seen = new Set<number>();
      this.nestedCallStarts = new Set();
      for (const other of this.nodes.of("call")) {
        const offset = other.startIndex;
        if (seen.has(offset)) this.nestedCallStarts.add(offset);
        seen.add(offset);
      }
    }
    if (!this.nestedCallStarts.has(start)) {
      const name = this.plainCallee(start - this.sourceOffset);
      // `True.real(...)` reads as a dotted name but its head is a constant.
      if (name && !/^(?:True|False|None)\./.test(name)) return this.qualifyName(name);
    }
    const callee = call.childForFieldName("function");
    return callee ? this.qualify(callee) : undefined;
  }

  /**
   * The name a node's source text starts with (`load` for `load.expand(x=1)`), read from the
   * text without fetching any node; undefined when the text does not start with a name.
   */
  leadingName(node: SyntaxNode): string | undefined {
    const at = node.startIndex - this.sourceOffset;
    const end = asciiNameEnd(this.source, at);
    if (end !== -1) return end > at ? this.source.slice(at, end) : undefined;
    LEADING_NAME.lastIndex = at;
    return LEADING_NAME.exec(this.source)?.[0];
  }

  /** The dotted name followed by `(` at `at` in the text (most are ASCII: no pattern needed). */
  private plainCallee(at: number): string | undefined {
    const text = this.source;
    let end = at;
    for (;;) {
      const nameEnd = asciiNameEnd(text, end);
      if (nameEnd === -1) {
        PLAIN_CALLEE.lastIndex = at;
        return PLAIN_CALLEE.exec(text)?.[1];
      }
      if (nameEnd === end) return undefined;
      end = nameEnd;
      const next = text.charCodeAt(end);
      if (next === 40) return text.slice(at, end); // (
      if (next !== 46) return undefined; // .
      end++;
    }
  }

  /** `np.random.rand` → `numpy.random.rand`: the head replaced by what it was imported as. */
  private qualifyName(name: string): string {
    const dot = name.indexOf(".");
    const alias = this.aliases.get(dot === -1 ? name : name.slice(0, dot));
    if (alias === undefined) return name;
    return dot === -1 ? alias : alias + name.slice(dot);
  }

  /** True when the head of the dotted name is an import (not a local variable or builtin). */
  isImported(node: SyntaxNode): boolean {
    const own =
      node.tree === this.tree ? (this.importedById ??= new Uint8Array(this.tree.nodeCount)) : undefined;
    const known = own?.[node.id];
    if (known) return known === IMPORTED;
    // The dotted name's head, without splitting the name into parts.
    const name = dottedName(unparenthesize(node));
    const dot = name === undefined ? -1 : name.indexOf(".");
    const imported = name !== undefined && this.aliases.has(dot === -1 ? name : name.slice(0, dot));
    if (own) own[node.id] = imported ? IMPORTED : NOT_IMPORTED;
    return imported;
  }
}

/** Catalogued provider hooks by provider package and class name (`providerHook`). */
let providerHooks: Map<string, string> | undefined;

/** `airflow.providers.google` of `airflow.providers.google.cloud.operators.gcs`. */
function providerPackage(module: string): string | undefined {
  return /^airflow\.providers\.[a-z0-9_]+/.exec(module)?.[0];
}

/**
 * A hook a provider's operator, sensor or transfer module imports and so re-exports
 * (`from airflow.providers.google.cloud.operators.gcs import GCSHook`): the catalogued hook of
 * that provider with that class name (`…hooks.gcs.GCSHook`), which it is. Undefined otherwise.
 */
function providerHook(module: string, name: string): string | undefined {
  if (!name.endsWith("Hook") || module.includes(".hooks.")) return undefined;
  const provider = providerPackage(module);
  if (!provider) return undefined;
  if (!providerHooks) {
    providerHooks = new Map();
    for (const qualified of [...RECEIVER_CONSTRUCTORS.keys(), ...STORAGE_OPERATORS.keys()]) {
      const hookProvider = qualified.includes(".hooks.") ? providerPackage(qualified) : undefined;
      const className = qualified.slice(qualified.lastIndexOf(".") + 1);
      if (hookProvider && className.endsWith("Hook"))
        providerHooks.set(`${hookProvider} ${className}`, qualified);
    }
  }
  return providerHooks.get(`${provider} ${name}`);
}
