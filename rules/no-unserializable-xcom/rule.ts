/**
 * no-unserializable-xcom — a value that becomes an XCom is, or contains, something that is not
 * JSON. ADR-0100 Inv 1: every XCom value must pass Airflow's `XComEncoder`; the object-storage
 * backend runs `json.dumps` *before* its size threshold, so size never rescues a numpy array.
 *
 * What Airflow's serde carries decides the exceptions: numpy scalars since 2.6 (flagged only
 * for older deployments), and types a team registered a serializer for (`registeredSerializers`).
 * A pandas DataFrame is carried by serde only as Parquet-in-the-XCom and only with pyarrow
 * installed; the team standard still keeps frames out of XCom, so it is flagged with its own
 * message unless registered.
 */
import type { Language, RuleDefinition, ValueFact, ValueKind } from "@dag-transport/core";

export interface NoUnserializableXcomOptions {
  /** Qualified types the team made serializable (a registered serde), e.g. `pandas.DataFrame`. */
  registeredSerializers: string[];
  /** Airflow version of the deployment, e.g. "2.5" or 3; before 2.6 there is no serde and numpy scalars fail too. */
  airflowVersion: number | string;
}

/** How to make each kind JSON-safe, named in the message; absent when only a reference will do. */
const CONVERSIONS: Record<Language, Partial<Record<ValueKind, string>>> = {
  python: {
    ndarray: ".tolist()",
    "numpy-scalar": ".item() (or .tolist() on the array)",
    dataframe: '.to_dict(orient="records")',
    series: ".tolist() or .to_dict()",
    "pandas-index": ".tolist()",
    timestamp: ".isoformat()",
    "polars-frame": ".to_dicts()",
    "arrow-table": ".to_pylist()",
    tensor: ".tolist()",
  },
  typescript: {
    map: "Object.fromEntries(...)",
    set: "Array.from(...)",
    "typed-array": "Array.from(...)",
    "array-buffer": "a base64 string",
    buffer: '.toString("base64")',
    bigint: "a string or Number(...)",
    date: ".toISOString()",
    "class-instance": "a plain object",
  },
};

/** Where a library's own spelling differs from the kind's usual conversion. */
const CONVERSIONS_BY_TYPE: Record<string, string> = {
  "polars.Series": ".to_list()",
  "polars.LazyFrame": ".collect().to_dicts()",
  "pyarrow.Array": ".to_pylist()",
  "tensorflow.Tensor": ".numpy().tolist()",
};

/** Airflow's serde (numpy scalars among its serializers) arrived in 2.6. */
const SERDE_VERSION = [2, 6] as const;

/** "2.5", "2.10.3", 3 → [major, minor]; undefined for anything else (the schema rejects it). */
export function parseAirflowVersion(version: number | string): [number, number] | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(String(version).trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0)];
}

function hasSerde(version: number | string): boolean {
  const parsed = parseAirflowVersion(version);
  if (!parsed) return true;
  const [major, minor] = parsed;
  return major > SERDE_VERSION[0] || (major === SERDE_VERSION[0] && minor >= SERDE_VERSION[1]);
}

function isCarried(fact: ValueFact, options: NoUnserializableXcomOptions): boolean {
  if (options.registeredSerializers.includes(fact.qualifiedType)) return true;
  if (fact.kind === "numpy-scalar") return hasSerde(options.airflowVersion);
  return false;
}

type MessageId = "unserializable" | "dataframe" | "numpyScalar" | "referenceOnly";

export const noUnserializableXcom: RuleDefinition<NoUnserializableXcomOptions, MessageId> = {
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
      numpyScalar:
        "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); Airflow {{airflowVersion}} has no serializer for numpy scalars (they arrived in 2.6) — convert with {{conversion}}.",
      referenceOnly:
        "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); XCom carries JSON only — pass a reference to it instead (the team's pass-by-reference helper), or hand on the plain data it was built from.",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        registeredSerializers: {
          type: "array",
          items: { type: "string" },
          description:
            "Qualified types with a registered XCom serializer (e.g. pandas.DataFrame); values of these types are not flagged.",
        },
        airflowVersion: {
          type: ["number", "string"],
          pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
          description:
            'Airflow version of the deployment, e.g. "2.5" (default 3); before 2.6 numpy scalars are not serializable. Write versions like "2.10" as strings.',
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
      // The frontend's own advice first: it knows the library's idiom (`.arraySync()`, `dfd.toJSON`).
      const conversion =
        first.conversion ??
        CONVERSIONS_BY_TYPE[first.qualifiedType] ??
        CONVERSIONS[model.language][first.kind];
      const messageId: MessageId =
        // The `dataframe` message explains Airflow's Python serde; a TypeScript frame never meets it.
        first.kind === "dataframe" && model.language === "python"
          ? "dataframe"
          : first.kind === "numpy-scalar"
            ? "numpyScalar"
            : conversion
              ? "unserializable"
              : "referenceOnly";
      const span = first.writtenAt ?? handoff.span;
      // Where each offending value was made, unless that is the finding's own place.
      const related = offending
        .filter((fact) => fact.madeAt.line !== span.line || fact.madeAt.column !== span.column)
        .map((fact) => ({ message: `${fact.typeName} made here`, span: fact.madeAt }));
      report({
        messageId,
        data: {
          expression: first.expression ?? `${handoff.expression}${first.path ?? ""}`,
          typeName: first.typeName,
          madeBy: first.madeBy,
          line: first.madeAt.line,
          conversion: conversion ?? "",
          airflowVersion: String(options.airflowVersion),
        },
        span,
        taskId: handoff.taskId,
        ...(related.length ? { related } : {}),
      });
    }
  },
};
