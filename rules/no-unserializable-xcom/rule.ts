/**
 * no-unserializable-xcom — a value that becomes an XCom is, or contains, something that is not
 * JSON. ADR-0100 Inv 1: every XCom value must pass Airflow's `XComEncoder`; the object-storage
 * backend runs `json.dumps` *before* its size threshold, so size never rescues a numpy array.
 */
import type { RuleDefinition, ValueFact, ValueKind } from "@dag-transport/core";

export interface NoUnserializableXcomOptions {
  /** Qualified types the team made serializable (a registered serde), e.g. `pandas.DataFrame`. */
  registeredSerializers: string[];
  /** Airflow major.minor; before 2.6 there is no serde and numpy scalars fail too. */
  airflowVersion: number | string;
}

/** How to make each kind JSON-safe, named in the message. */
const CONVERSIONS: Record<ValueKind, string> = {
  ndarray: ".tolist()",
  "numpy-scalar": ".item()",
  dataframe: '.to_dict(orient="records")',
  series: ".tolist() or .to_dict()",
  "pandas-index": ".tolist()",
  timestamp: ".isoformat()",
  "polars-frame": ".to_dicts()",
  "arrow-table": ".to_pylist()",
  tensor: ".tolist()",
  map: "Object.fromEntries(...)",
  set: "Array.from(...)",
  "typed-array": "Array.from(...)",
  "array-buffer": "a base64 string",
  buffer: '.toString("base64")',
  bigint: "a string or Number(...)",
  date: ".toISOString()",
  function: "plain data",
  "class-instance": "a plain object",
};

function parseVersion(version: number | string): number {
  const [major = 3, minor = 0] = String(version).split(".").map(Number);
  return major + minor / 100;
}

function isCarried(fact: ValueFact, options: NoUnserializableXcomOptions): boolean {
  if (options.registeredSerializers.includes(fact.qualifiedType)) return true;
  // Airflow ≥ 2.6 serde registers numpy scalars (np.int64, np.float32, …).
  if (fact.kind === "numpy-scalar") return parseVersion(options.airflowVersion) >= 2.06;
  return false;
}

export const noUnserializableXcom: RuleDefinition<
  NoUnserializableXcomOptions,
  "unserializable" | "dataframe"
> = {
  id: "no-unserializable-xcom",
  meta: {
    description:
      "A value handed to the next task through XCom must be JSON-serializable: no numpy arrays, frames, tensors, Maps, Sets or class instances.",
    recommendedSeverity: "error",
    messages: {
      unserializable:
        "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); XCom carries JSON only — convert with {{conversion}} or pass a reference.",
      dataframe:
        "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); the team standard keeps frames out of XCom (Airflow's serde stores them only as Parquet inside the XCom, and only with pyarrow installed) — convert with {{conversion}} or pass a reference.",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        registeredSerializers: {
          type: "array",
          items: { type: "string" },
          description:
            "Qualified types with a registered XCom serializer; values of these types are not flagged.",
        },
        airflowVersion: {
          type: ["number", "string"],
          description:
            "Airflow version of the deployment (default 3); before 2.6 numpy scalars are not serializable.",
        },
      },
    },
  },
  defaultOptions: { registeredSerializers: [], airflowVersion: 3 },
  check(model, options, report) {
    for (const handoff of model.handoffs) {
      const offending = handoff.values.filter((fact) => !isCarried(fact, options));
      const first = offending[0];
      if (!first) continue;
      const expression = first.path ? `${handoff.expression}${first.path}` : handoff.expression;
      report({
        // The `dataframe` message explains Airflow's Python serde; a TypeScript frame never meets it.
        messageId: first.kind === "dataframe" && model.language === "python" ? "dataframe" : "unserializable",
        data: {
          expression,
          typeName: first.typeName,
          madeBy: first.madeBy,
          line: first.madeAt.line,
          conversion: first.conversion ?? CONVERSIONS[first.kind],
        },
        span: handoff.span,
        taskId: handoff.taskId,
        related: offending.map((fact) => ({
          message: `${fact.typeName} made here`,
          span: fact.madeAt,
        })),
      });
    }
  },
};
