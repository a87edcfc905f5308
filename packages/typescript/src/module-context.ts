/**
 * What a module makes of its names: `import`, `require` and the aliases built from them, so
 * `fs.writeFileSync`, `import { writeFileSync as w } from "node:fs"` and
 * `const { promises: fsp } = require("fs")` are each one qualified API name to the catalogs.
 */
import type { TSESTree } from "@typescript-eslint/types";
import { dottedParts, unwrap, type Node, type SyntaxIndex } from "./ast.js";
import { MEMBER_MODULES, normalizeModule } from "./catalogs/modules.js";
import { Scopes, type Binding, type ScopeManagerLike } from "./scope.js";

/** Longest chain of `const a = b.c` aliases followed; more is generated code, not a DAG. */
const MAX_ALIAS_DEPTH = 8;

function requiredModule(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const call = unwrap(node);
  if (
    call.type === "CallExpression" &&
    call.callee.type === "Identifier" &&
    call.callee.name === "require" &&
    call.arguments[0]?.type === "Literal" &&
    typeof call.arguments[0].value === "string"
  ) {
    return normalizeModule(call.arguments[0].value);
  }
  return undefined;
}

/** `MEMBER_MODULES` as pairs, made once (every qualified name is checked against them). */
const MEMBER_MODULE_PAIRS = Object.entries(MEMBER_MODULES);

function applyMemberModules(qualified: string): string {
  for (const [member, module] of MEMBER_MODULE_PAIRS) {
    if (qualified === member) return module;
    if (qualified.startsWith(`${member}.`)) return module + qualified.slice(member.length);
  }
  return qualified;
}

export class ModuleContext {
  readonly scopes: Scopes;
  /** Normalized names of every module the file imports or requires. */
  readonly importedModules = new Set<string>();

  constructor(
    readonly index: SyntaxIndex,
    readonly source: string,
    scopeManager?: ScopeManagerLike,
  ) {
    this.scopes = new Scopes(index, scopeManager);
    for (const statement of index.root.body) {
      if (statement.type === "ImportDeclaration")
        this.importedModules.add(normalizeModule(statement.source.value));
    }
    for (const call of index.calls) {
      const module = requiredModule(call);
      if (module) this.importedModules.add(module);
    }
  }

  /**
   * The qualified name of a dotted expression: `fs.promises.writeFile` → `fs/promises.writeFile`,
   * `dfd.readCSV` → `danfojs.readCSV`. Globals come back as written (`Map`, `Buffer.from`,
   * `process.env.HOME`); names bound to local values (variables, parameters, functions) give
   * undefined — they are not APIs.
   */
  qualify(node: Node, depth = 0): string | undefined {
    // The same expression is asked about by several extractors: its answer is kept.
    if (depth === 0) {
      if (this.qualified.has(node)) return this.qualified.get(node);
      const name = this.qualifyUncached(node, 0);
      this.qualified.set(node, name);
      return name;
    }
    return this.qualifyUncached(node, depth);
  }

  private readonly qualified = new Map<Node, string | undefined>();

  private qualifyUncached(node: Node, depth: number): string | undefined {
    const parts = dottedParts(node);
    if (!parts || depth > MAX_ALIAS_DEPTH) return undefined;
    const head = this.findHead(node);
    const binding = head ? this.scopes.resolve(head) : undefined;
    if (!binding) return applyMemberModules(parts.join("."));
    const base = this.qualifyBinding(binding, depth + 1);
    if (base === undefined) return undefined;
    return applyMemberModules([base, ...parts.slice(1)].join("."));
  }

  /** The qualified name a binding stands for, when it is an import or an alias of one. */
  qualifyBinding(binding: Binding, depth = 0): string | undefined {
    if (depth > MAX_ALIAS_DEPTH) return undefined;
    const declaration = binding.declaration;
    switch (declaration.type) {
      case "ImportDefaultSpecifier":
      case "ImportNamespaceSpecifier":
        return normalizeModule((this.index.parent(declaration) as TSESTree.ImportDeclaration).source.value);
      case "ImportSpecifier": {
        const module = normalizeModule(
          (this.index.parent(declaration) as TSESTree.ImportDeclaration).source.value,
        );
        const imported =
          declaration.imported.type === "Identifier" ? declaration.imported.name : declaration.imported.value;
        // `import { default as x }` is the module itself, as a default import is.
        return imported === "default" ? module : applyMemberModules(`${module}.${imported}`);
      }
      case "TSImportEqualsDeclaration": {
        const reference = declaration.moduleReference;
        if (reference.type === "TSExternalModuleReference" && reference.expression.type === "Literal") {
          return normalizeModule(String(reference.expression.value));
        }
        return undefined;
      }
      case "VariableDeclarator": {
        if (binding.kind !== "const" && this.scopes.isReassigned(binding)) return undefined;
        const source = binding.destructured ? binding.destructured.source : binding.init;
        if (!source) return undefined;
        const base = requiredModule(source) ?? this.qualify(source, depth + 1);
        if (base === undefined) return undefined;
        const keys = binding.destructured?.keys ?? [];
        return applyMemberModules([base, ...keys].join("."));
      }
      default:
        return undefined;
    }
  }

  /** True when the name is a global (no local binding, no import): `Map` is the real Map. */
  isGlobal(identifier: TSESTree.Identifier): boolean {
    return this.scopes.resolve(identifier) === undefined;
  }

  private findHead(node: Node): TSESTree.Identifier | undefined {
    let current = unwrap(node);
    while (current.type === "MemberExpression") current = unwrap(current.object);
    return current.type === "Identifier" ? current : undefined;
  }
}
