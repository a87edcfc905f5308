/**
 * Storage locations, folded from expressions so that two tasks naming the same place compare
 * equal: constants followed, template literals and `+` concatenated, `path.join` composed,
 * run-time parts (parameters, `${runId}`) replaced by the hole `{*}`. The same tokens as the
 * Python frontend, so the storage rules read both alike:
 *   - an environment variable is `${NAME}` (the same for every task of a deployment);
 *     `process.env.X ?? "/tmp"` (or `||`) is a staging variable that silently falls back to
 *     the pod's own disk, and `TMPDIR` names it outright;
 *   - `mkdtemp(prefix)` makes a fresh name `{fresh:LINE:COLUMN}` that only matches itself;
 *   - an Airflow Variable (`client.getVariable("bucket")`) is `${var.bucket}`.
 */
import {
  DEFAULT_STAGING_VARIABLE,
  ANY,
  DEFAULT_TEMP_PREFIXES,
  containsFresh,
  freshToken,
  HOLE,
  startsWithToken,
  airflowHomeOwnDisk,
  type Location,
  type LocationSettings,
  type Span,
  type StorageMedium,
} from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import { dottedParts, propertyName, shortText, spanOf, unwrap, type Node } from "./ast.js";
import {
  HOME_DIR_FUNCTIONS,
  LISTING_APIS,
  MKDTEMP_FUNCTIONS,
  PATH_JOINERS,
  TEMP_DIR_FUNCTIONS,
  TEMP_DIR_PATTERN,
  requiredEnvRead,
  TEMP_ENV_VARIABLES,
  URI_SCHEMES,
  VARIABLE_GETTERS,
} from "./catalogs/storage.js";
import type { ModuleContext } from "./module-context.js";
import type { Binding } from "./scope.js";

export { HOLE, isPathLike } from "@dag-transport/core";
export type { LocationSettings } from "@dag-transport/core";
const MAX_DEPTH = 16;

export const DEFAULT_LOCATION_SETTINGS: LocationSettings = {
  tempPrefixes: DEFAULT_TEMP_PREFIXES,
  stagingVariables: [DEFAULT_STAGING_VARIABLE],
};

export interface Folded {
  pattern: string;
  /** Set when the folded value starts in pod-local temp storage. */
  temp?: { reason: string };
  stagingFallback?: { variable: string; fallback: string; required: string; span: Span };
  /** Starts under the staging volume's variable, read without a fallback. */
  staging?: { variable: string };
  /** The value came from `process.env.NAME` (a whole value, before any concatenation). */
  envVariable?: string;
  /** Bindings the value was read from: a handed-off variable that named a written location is that location. */
  bindings: Binding[];
}

const unknown = (): Folded => ({ pattern: HOLE, bindings: [] });

function normalizePattern(pattern: string): string {
  return (
    pattern
      // `a//b` → `a/b`, but keep `s3://`.
      .replace(/([^:/])\/{2,}/g, "$1/")
      .replace(/(^|\/)\.\//g, "$1")
      .replace(/(\{\*\})+/g, HOLE)
  );
}

function concat(parts: Folded[]): Folded {
  const first = parts.find((p) => p.pattern !== "");
  return {
    pattern: normalizePattern(parts.map((p) => p.pattern).join("")),
    // Only the leading part decides where a path lives.
    ...(first?.temp ? { temp: first.temp } : {}),
    ...(first?.stagingFallback ? { stagingFallback: first.stagingFallback } : {}),
    ...(first?.staging ? { staging: first.staging } : {}),
    bindings: parts.flatMap((p) => p.bindings),
  };
}

export class LocationFolder {
  constructor(
    private readonly context: ModuleContext,
    private readonly settings: LocationSettings = DEFAULT_LOCATION_SETTINGS,
  ) {}

  private tempPrefixReason(pattern: string): { reason: string } | undefined {
    for (const prefix of this.settings.tempPrefixes) {
      const root = prefix.replace(/\/+$/, "") || "/";
      if (pattern === root || pattern.startsWith(`${root}/`))
        return { reason: `\`${root}\` is on the pod's own disk` };
    }
    return undefined;
  }

  /** The string value of an expression, with the run-time parts as holes. */
  fold(input: Node, depth = 0): Folded {
    if (depth > MAX_DEPTH) return unknown();
    const node = unwrap(input);
    switch (node.type) {
      case "Literal":
        if (typeof node.value === "string") return this.literal(node.value);
        if (typeof node.value === "number") return { pattern: String(node.value), bindings: [] };
        return unknown();
      case "TemplateLiteral": {
        const parts: Folded[] = [];
        node.quasis.forEach((quasi, i) => {
          parts.push({ pattern: quasi.value.cooked ?? quasi.value.raw, bindings: [] });
          const expression = node.expressions[i];
          if (expression) parts.push(this.fold(expression, depth + 1));
        });
        return this.withTemp(concat(parts));
      }
      case "BinaryExpression":
        if (node.operator !== "+") return unknown();
        return this.withTemp(concat([this.fold(node.left, depth + 1), this.fold(node.right, depth + 1)]));
      case "Identifier":
        return this.identifier(node, depth);
      case "MemberExpression":
        return this.member(node);
      case "LogicalExpression":
        return this.fallback(node, depth);
      case "CallExpression":
        return this.call(node, depth);
      default:
        return unknown();
    }
  }

  /**
   * A location from an expression, or undefined when nothing about it is known (a bare hole
   * would compare equal to every other unknown path).
   */
  location(node: Node, medium?: StorageMedium): Location | undefined {
    const folded = this.fold(node);
    return this.toLocation(folded, shortText(this.context.source, node), medium);
  }

  toLocation(folded: Folded, display: string, medium?: StorageMedium): Location | undefined {
    const known = folded.pattern.replaceAll(HOLE, "").replaceAll(ANY, "").replace(/[/.]/g, "") !== "";
    if (!known && !folded.temp && !folded.stagingFallback) return undefined;
    const resolvedMedium = medium ?? mediumOf(folded.pattern);
    const temp =
      folded.temp ??
      (resolvedMedium === "filesystem"
        ? (this.tempPrefixReason(folded.pattern) ?? podLocalRoot(folded.pattern))
        : undefined);
    return {
      pattern: folded.pattern,
      medium: resolvedMedium,
      display,
      ...(temp ? { temp } : {}),
      ...(folded.stagingFallback ? { stagingFallback: folded.stagingFallback } : {}),
      ...(folded.staging && !temp ? { staging: folded.staging } : {}),
    };
  }

  private literal(value: string): Folded {
    const temp = this.tempPrefixReason(value);
    return { pattern: value, ...(temp ? { temp } : {}), bindings: [] };
  }

  /** A concatenation that starts with a literal temp prefix is temp too. */
  private withTemp(folded: Folded): Folded {
    if (folded.temp || folded.stagingFallback) return folded;
    const temp = this.tempPrefixReason(folded.pattern);
    return temp ? { ...folded, temp } : folded;
  }

  private identifier(node: TSESTree.Identifier, depth: number): Folded {
    const binding = this.context.scopes.resolve(node);
    if (!binding) return unknown();
    if (
      (binding.kind === "const" || binding.kind === "let" || binding.kind === "var") &&
      binding.init &&
      !binding.destructured &&
      !this.context.scopes.isReassigned(binding)
    ) {
      const folded = this.fold(binding.init, depth + 1);
      return { ...folded, bindings: [binding, ...folded.bindings] };
    }
    if (this.listedElement(binding)) return { pattern: ANY, bindings: [binding] };
    return { ...unknown(), bindings: [binding] };
  }

  /** `for (const name of await readdir(dir))`: each name is one of the directory's entries. */
  private listedElement(binding: Binding): boolean {
    const declarator = binding.declaration;
    if (declarator.type !== "VariableDeclarator" || binding.destructured) return false;
    const declaration = this.context.index.parent(declarator);
    const loop = declaration ? this.context.index.parent(declaration) : undefined;
    if (loop?.type !== "ForOfStatement" || loop.left !== declaration) return false;
    let iterable = unwrap(loop.right);
    if (iterable.type === "AwaitExpression") iterable = unwrap(iterable.argument);
    if (iterable.type !== "CallExpression") return false;
    const qualified = this.context.qualify(iterable.callee);
    return qualified !== undefined && LISTING_APIS.has(qualified);
  }

  /** `process.env.NAME` / `process.env["NAME"]`: the same for every task of a deployment. */
  private member(node: TSESTree.MemberExpression): Folded {
    const object = unwrap(node.object);
    const name = propertyName(node);
    if (name !== undefined && object.type === "MemberExpression") {
      const parts = dottedParts(object);
      if (parts?.join(".") === "process.env" && this.context.qualify(object) === "process.env") {
        return this.environment(name);
      }
    }
    return unknown();
  }

  private environment(variable: string): Folded {
    const folded: Folded = { pattern: `\${${variable}}`, envVariable: variable, bindings: [] };
    if (TEMP_ENV_VARIABLES.has(variable)) {
      return { ...folded, temp: { reason: `\`${variable}\` names the pod's own temporary directory` } };
    }
    if (this.settings.stagingVariables.includes(variable)) return { ...folded, staging: { variable } };
    return folded;
  }

  /** `process.env.LEOFLOW_STAGING_DIR ?? "/tmp"` (or `||`): a variable that silently falls back to the pod's disk. */
  private fallback(node: TSESTree.LogicalExpression, depth: number): Folded {
    if (node.operator === "&&") return unknown();
    const left = this.fold(node.left, depth + 1);
    const right = this.fold(node.right, depth + 1);
    if (left.envVariable && !left.temp) {
      if (!right.temp) return left;
      const shown = containsFresh(right.pattern) ? shortText(this.context.source, node.right) : right.pattern;
      return {
        pattern: left.pattern,
        envVariable: left.envVariable,
        temp: {
          reason: `\`${left.envVariable}\` falls back to \`${shown}\` (the pod's own disk) when unset`,
        },
        stagingFallback: {
          variable: left.envVariable,
          fallback: shown,
          required: requiredEnvRead(left.envVariable),
          span: spanOf(node),
        },
        bindings: [...left.bindings, ...right.bindings],
      };
    }
    if (left.pattern === right.pattern) return left;
    return { ...unknown(), bindings: [...left.bindings, ...right.bindings] };
  }

  private call(node: TSESTree.CallExpression, depth: number): Folded {
    const qualified = this.context.qualify(node.callee);
    const args = node.arguments.filter((a): a is TSESTree.Expression => a.type !== "SpreadElement");
    if (qualified && TEMP_DIR_FUNCTIONS.has(qualified)) {
      return {
        pattern: TEMP_DIR_PATTERN,
        temp: { reason: `\`${qualified}()\` is the pod's own temporary directory` },
        bindings: [],
      };
    }
    if (qualified && HOME_DIR_FUNCTIONS.has(qualified)) return { pattern: "~", bindings: [] };
    if (qualified && PATH_JOINERS.has(qualified)) {
      if (args.length !== node.arguments.length) return unknown();
      const parts = args.map((arg) => this.fold(arg, depth + 1));
      const joined: Folded[] = [];
      parts.forEach((part, i) => {
        if (i > 0) joined.push({ pattern: "/", bindings: [] });
        joined.push(part);
      });
      return this.withTemp(concat(joined));
    }
    if (qualified && MKDTEMP_FUNCTIONS.has(qualified) && args[0]) {
      // A name made unique at run time: it names the same place only as itself.
      const fresh: Folded = {
        pattern: freshToken(node.loc.start.line, node.loc.start.column + 1),
        bindings: [],
      };
      const made = this.withTemp(concat([this.fold(args[0], depth + 1), fresh]));
      return made.temp
        ? {
            ...made,
            temp: { reason: `\`${qualified.split(".").pop()}()\` makes its name on the pod's own disk` },
          }
        : made;
    }
    // `String(x)`, `x.toString()` are x.
    if (qualified === "String" && args[0]) return this.fold(args[0], depth + 1);
    const callee = unwrap(node.callee);
    if (callee.type === "MemberExpression") {
      const method = propertyName(callee);
      if (method === "toString" && node.arguments.length === 0) return this.fold(callee.object, depth + 1);
      // `client.getVariable("bucket")`: an Airflow Variable, the same for every task.
      if ((VARIABLE_GETTERS as readonly string[]).includes(method ?? "") && args[0]?.type === "Literal") {
        const name = args[0].value;
        if (typeof name === "string") return { pattern: `\${var.${name}}`, bindings: [] };
      }
    }
    return unknown();
  }
}

export function mediumOf(pattern: string): StorageMedium {
  for (const [scheme, medium] of Object.entries(URI_SCHEMES)) if (pattern.startsWith(scheme)) return medium;
  return "filesystem";
}

/**
 * A relative path lives in the worker's working directory and `~` in its home directory: both on
 * the pod's own disk, like `/tmp` (as in the Python frontend). A path starting with a hole or an
 * environment variable says nothing about where it lives.
 */
function podLocalRoot(pattern: string): { reason: string } | undefined {
  if (pattern.startsWith("${")) return airflowHomeOwnDisk(pattern);
  if (startsWithToken(pattern)) return undefined;
  if (pattern.startsWith("/") || /^[a-z][a-z0-9+.-]*:\/\//i.test(pattern)) return undefined;
  if (pattern.startsWith("~")) return { reason: "`~` is the home directory on the pod's own disk" };
  return { reason: "a relative path is in the worker's working directory, on the pod's own disk" };
}
