/**
 * The module's own classes that Airflow's serde treats specially (apache/airflow,
 * `airflow/serialization/serde.py` at tag 2.10.3, `serialize`/`deserialize`):
 *   - dataclasses, attrs classes and pydantic models are serialized with their class name, and
 *     the task that pulls them imports the class only if `[core] allowed_deserialization_classes`
 *     matches it (`_match`, default `airflow.*`), else `ImportError`;
 *   - an `Enum` member that is also an `int`/`str` (IntEnum, StrEnum, `class C(str, Enum)`) is
 *     "a primitive" and collapses to `.value`; any other `Enum` member has no serializer and
 *     raises `TypeError("cannot serialize object of type …")`.
 */
import { Memo } from "./memo.js";
import type { ModuleContext } from "./module-context.js";
import type { NodeIndex } from "./node-index.js";
import type { SyntaxNode } from "./syntax-tree.js";

export type ClassKind = "dataclass" | "attrs" | "pydantic" | "enum" | "value-enum";

export interface ModuleClass {
  name: string;
  kind: ClassKind;
  /** Names assigned in the class body (an enum's members). */
  members: ReadonlySet<string>;
}

const DATACLASS_DECORATORS = new Set(["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]);
const ATTRS_DECORATORS = new Set(
  ["s", "attrs", "define", "frozen", "mutable", "dataclass"].flatMap((n) => [`attr.${n}`, `attrs.${n}`]),
);
const PYDANTIC_BASES = new Set(["pydantic.BaseModel", "pydantic.main.BaseModel"]);
const PLAIN_ENUMS = new Set(["enum.Enum", "enum.Flag"]);
const VALUE_ENUMS = new Set(["enum.IntEnum", "enum.StrEnum", "enum.IntFlag"]);
const PRIMITIVE_MIXINS = new Set(["str", "int", "float"]);

const cache = new Memo<ModuleContext, Map<string, ModuleClass>>();

/** Module-level classes of the kinds above, by name. */
export function moduleClasses(context: ModuleContext, nodes: NodeIndex): Map<string, ModuleClass> {
  let classes = cache.get(context);
  if (classes) return classes;
  classes = new Map();
  cache.set(context, classes);
  const definitions = new Map<string, { node: SyntaxNode; decorators: SyntaxNode[] }>();
  for (const node of nodes.of("class_definition")) {
    const parent = node.parent;
    const decorated = parent?.type === "decorated_definition" ? parent : undefined;
    const holder = decorated?.parent ?? parent;
    if (holder?.type !== "module") continue;
    const name = node.childForFieldName("name")?.text;
    if (!name) continue;
    const decorators = decorated ? decorated.namedChildren.filter((c) => c.type === "decorator") : [];
    definitions.set(name, { node, decorators });
  }
  const resolving = new Set<string>();
  const kindOf = (name: string): ClassKind | undefined => {
    if (classes!.has(name)) return classes!.get(name)!.kind;
    const definition = definitions.get(name);
    if (!definition || resolving.has(name)) return undefined;
    resolving.add(name);
    let kind: ClassKind | undefined;
    for (const decorator of definition.decorators) {
      const expression = decorator.namedChild(0);
      if (!expression) continue;
      const callee = expression.type === "call" ? expression.childForFieldName("function") : expression;
      const qualified = callee ? context.qualify(callee) : undefined;
      if (!qualified) continue;
      if (DATACLASS_DECORATORS.has(qualified)) kind = "dataclass";
      else if (ATTRS_DECORATORS.has(qualified)) kind = "attrs";
    }
    const bases = definition.node.childForFieldName("superclasses")?.namedChildren ?? [];
    const baseNames = bases.filter((b) => b.type !== "keyword_argument").map((b) => context.qualify(b));
    const hasMixin = baseNames.some((b) => b !== undefined && PRIMITIVE_MIXINS.has(b));
    for (const base of baseNames) {
      if (!base) continue;
      if (PYDANTIC_BASES.has(base)) kind = "pydantic";
      else if (VALUE_ENUMS.has(base)) kind = "value-enum";
      else if (PLAIN_ENUMS.has(base)) kind = hasMixin ? "value-enum" : kind === "value-enum" ? kind : "enum";
      else if (definitions.has(base)) {
        const inherited = kindOf(base);
        if (inherited === "enum" && hasMixin) kind = "value-enum";
        else if (inherited && !kind) kind = inherited;
      }
    }
    resolving.delete(name);
    if (!kind) return undefined;
    const members = new Set<string>();
    const body = definition.node.childForFieldName("body");
    for (const statement of body?.namedChildren ?? []) {
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : undefined;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : undefined;
      if (left?.type === "identifier") members.add(left.text);
    }
    classes!.set(name, { name, kind, members });
    return kind;
  };
  for (const name of definitions.keys()) kindOf(name);
  return classes;
}

/** The analysis's type name for an instance (or an enum member) of a module class. */
export function classTypeName(cls: ModuleClass): string {
  return `module-class:${cls.kind}:${cls.name}`;
}

const REPORTS: Record<ClassKind, { kind: "serde-object" | "enum" | "enum-value"; label: string }> = {
  dataclass: { kind: "serde-object", label: "dataclass" },
  attrs: { kind: "serde-object", label: "attrs class" },
  pydantic: { kind: "serde-object", label: "pydantic model" },
  enum: { kind: "enum", label: "Enum member of" },
  "value-enum": { kind: "enum-value", label: "int/str Enum member of" },
};

/** How a module-class type is reported; undefined for other types. */
export function classReport(
  type: string,
): { kind: "serde-object" | "enum" | "enum-value"; typeName: string; className: string } | undefined {
  if (!type.startsWith("module-class:")) return undefined;
  const [, kind, name] = type.split(":") as [string, ClassKind, string];
  const report = REPORTS[kind];
  if (!report) return undefined;
  return { kind: report.kind, typeName: `${report.label} \`${name}\``, className: name };
}
