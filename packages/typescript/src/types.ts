/**
 * Value kinds from TypeScript's type checker, when a program is available (typescript-eslint
 * typed linting: `parserServices.program`). A handed-off value whose *type* is not JSON is
 * flagged even when the value came from elsewhere — a parameter, an imported function. `any`,
 * `unknown` and unresolved type parameters say nothing, and saying nothing is never a finding.
 */
import type { ValueFact } from "@dag-transport/core";
import ts from "typescript";
import { pathSegment, spanOf, type Node } from "./ast.js";
import { classInstanceKind, KINDS, type KindInfo } from "./catalogs/values.js";

/** What typescript-eslint's parser services provide. */
export interface TypeInformation {
  program: ts.Program;
  esTreeNodeToTSNodeMap: { get(node: Node): ts.Node | undefined };
}

/** Library types by declaring package: a type named `name` declared under a path containing `path`. */
export const LIBRARY_TYPES: readonly { name: string; path: string; kind: string }[] = [
  { name: "DataFrame", path: "/danfojs", kind: "danfojs.DataFrame" },
  { name: "Series", path: "/danfojs", kind: "danfojs.Series" },
  { name: "DataFrame", path: "/nodejs-polars/", kind: "nodejs-polars.DataFrame" },
  { name: "Series", path: "/nodejs-polars/", kind: "nodejs-polars.Series" },
  { name: "Table", path: "/apache-arrow/", kind: "apache-arrow.Table" },
  { name: "Tensor", path: "/@tensorflow/", kind: "@tensorflow/tfjs.Tensor" },
  { name: "Variable", path: "/@tensorflow/", kind: "@tensorflow/tfjs.Tensor" },
  { name: "Buffer", path: "/@types/node/", kind: "Buffer" },
];

/** Nested deeper than this, a type is not walked (recursive types, generated schemas). */
const MAX_DEPTH = 5;
const MAX_FACTS = 5;
/** Object types with more properties than this are not walked (DOM-sized interfaces). */
const MAX_PROPERTIES = 80;

export class TypeKinds {
  private readonly checker: ts.TypeChecker;

  constructor(private readonly info: TypeInformation) {
    this.checker = info.program.getTypeChecker();
  }

  /**
   * Non-JSON content of the value of `node`, by its type. `awaited`: the runtime awaits what a
   * handler returns, so a `Promise<Map>` hands on a Map.
   */
  factsOf(node: Node, awaited: boolean): ValueFact[] {
    const tsNode = this.info.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return [];
    let type = this.checker.getTypeAtLocation(tsNode);
    if (awaited) type = this.checker.getAwaitedType(type) ?? type;
    const facts: ValueFact[] = [];
    this.walk(type, "", 0, new Set(), facts, node, tsNode);
    return facts;
  }

  private fact(info: KindInfo, type: ts.Type, path: string, at: Node): ValueFact {
    return {
      kind: info.kind,
      typeName: info.typeName,
      qualifiedType: info.qualifiedType,
      madeBy: `declared type ${this.checker.typeToString(type)}`,
      madeAt: spanOf(at),
      conversion: info.conversion,
      ...(path ? { path } : {}),
    };
  }

  private walk(
    type: ts.Type,
    path: string,
    depth: number,
    seen: Set<ts.Type>,
    facts: ValueFact[],
    at: Node,
    location: ts.Node,
  ): void {
    if (depth > MAX_DEPTH || facts.length >= MAX_FACTS || seen.has(type)) return;
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never | ts.TypeFlags.TypeParameter))
      return;
    if (type.isUnion()) {
      for (const member of type.types) this.walk(member, path, depth, seen, facts, at, location);
      return;
    }
    if (flags & ts.TypeFlags.BigIntLike) {
      facts.push(this.fact(KINDS.BigInt!, type, path, at));
      return;
    }
    if (!(flags & ts.TypeFlags.Object) && !type.isIntersection()) return;

    const known = this.knownKind(type);
    if (known) {
      facts.push(this.fact(known, type, path, at));
      return;
    }
    if (this.isUnwalkableLibraryType(type)) return;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) {
      facts.push(this.fact(KINDS.Function!, type, path, at));
      return;
    }
    seen.add(type);
    try {
      if (this.checker.isTupleType(type)) {
        this.checker.getTypeArguments(type as ts.TypeReference).forEach((element, index) => {
          this.walk(element, path + pathSegment(index), depth + 1, seen, facts, at, location);
        });
        return;
      }
      if (this.checker.isArrayType(type)) {
        const [element] = this.checker.getTypeArguments(type as ts.TypeReference);
        if (element) this.walk(element, `${path}[i]`, depth + 1, seen, facts, at, location);
        return;
      }
      if (type.isClass()) {
        const name = type.getSymbol()?.getName() ?? "anonymous class";
        facts.push(this.fact(classInstanceKind(name), type, path, at));
        return;
      }
      const properties = this.checker.getPropertiesOfType(type);
      if (properties.length > MAX_PROPERTIES) return;
      for (const property of properties) {
        if (facts.length >= MAX_FACTS) return;
        const segment = pathSegment(property.getName());
        if (property.flags & ts.SymbolFlags.Method) {
          facts.push(
            this.fact(
              KINDS.Function!,
              this.checker.getTypeOfSymbolAtLocation(property, location),
              path + segment,
              at,
            ),
          );
          continue;
        }
        const propertyType = this.checker.getTypeOfSymbolAtLocation(property, location);
        this.walk(propertyType, path + segment, depth + 1, seen, facts, at, location);
      }
      for (const index of this.checker.getIndexInfosOfType(type)) {
        this.walk(index.type, `${path}[key]`, depth + 1, seen, facts, at, location);
      }
    } finally {
      seen.delete(type);
    }
  }

  /** Map, Set, typed arrays, Date… from the standard library; Buffer; DataFrames and tensors from their packages. */
  private knownKind(type: ts.Type): KindInfo | undefined {
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    if (!symbol) return undefined;
    const name = symbol.getName();
    const files = (symbol.getDeclarations() ?? []).map((d) => d.getSourceFile());
    if (
      files.some((file) => this.info.program.isSourceFileDefaultLibrary(file)) &&
      KINDS[name] &&
      name !== "Buffer"
    ) {
      return KINDS[name];
    }
    for (const library of LIBRARY_TYPES) {
      if (
        name === library.name &&
        files.some((file) => file.fileName.replace(/\\/g, "/").includes(library.path))
      ) {
        return KINDS[library.kind];
      }
    }
    return undefined;
  }

  /**
   * Other standard-library objects (RegExp, Error, Promise, iterators…) are not walked: their
   * methods would read as "contains a function", which is not what is wrong with them.
   */
  private isUnwalkableLibraryType(type: ts.Type): boolean {
    const symbol = type.getSymbol();
    if (!symbol || this.checker.isArrayType(type) || this.checker.isTupleType(type)) return false;
    if (symbol.flags & ts.SymbolFlags.TypeLiteral || symbol.flags & ts.SymbolFlags.ObjectLiteral)
      return false;
    return (symbol.getDeclarations() ?? []).some((d) =>
      this.info.program.isSourceFileDefaultLibrary(d.getSourceFile()),
    );
  }
}
