/**
 * no-unserializable-xcom — a value that becomes an XCom is, or contains, something that is not
 * JSON. The policy (docs/policy.md): every XCom value must pass Airflow's `XComEncoder`; the object-storage
 * backend runs `json.dumps` *before* its size threshold, so size never rescues a numpy array.
 *
 * What Airflow's serde carries decides the exceptions: numpy scalars since 2.6 (flagged only
 * for older deployments), and types a team registered a serializer for (`registeredSerializers`).
 * A pandas DataFrame is carried by serde only as Parquet-in-the-XCom and only with pyarrow
 * installed; the team standard still keeps frames out of XCom, so it is flagged with its own
 * message unless registered.
 */
import path from "node:path";
import type { RuleDefinition, TransportModel, ValueFact } from "@dag-transport/core";
import { AIRFLOW_VERSION_SCHEMA, atLeast, effectiveAirflowVersion } from "../airflow-version.js";

export interface NoUnserializableXcomOptions {
  /** Qualified types the team made serializable (a registered serde), e.g. `pandas.DataFrame`. */
  registeredSerializers: string[];
  /**
   * Airflow version of the deployment, e.g. "2.5" or 3; before 2.6 there is no serde and numpy
   * scalars fail too. Default: the version the repository pins, else the newest facts.
   */
  airflowVersion?: number | string;
  /** The deployment's `[core] allowed_deserialization_classes` (glob patterns; Airflow's default `airflow.*`). */
  allowedDeserializationClasses: string[];
}

/** Airflow's serde (numpy scalars among its serializers) arrived in 2.6. */
const SERDE_VERSION = [2, 6] as const;
/** serde's pydantic support (`_is_pydantic` in serde.py) arrived in 2.7. */
const PYDANTIC_VERSION = [2, 7] as const;

export { parseAirflowVersion } from "../airflow-version.js";

/** numpy complex scalars: Airflow's numpy serializer stores `float(o)` (the real part). */
const NUMPY_COMPLEX = "numpy.complexfloating";

/** Python's fnmatch, as serde's `_match_glob` uses it: `*`, `?`, `[seq]`, `[!seq]`. */
export function fnmatch(name: string, pattern: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) source += "\\[";
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s").test(name);
}

/**
 * The name serde stores for a class defined in the DAG file itself: Airflow imports a DAG file
 * as `unusual_prefix_<sha1 of its path>_<file name>` (apache/airflow, `airflow/utils/file.py`
 * at 2.10.3, `MODIFIED_DAG_MODULE_NAME`).
 */
export function dagModuleClassName(
  filePath: string,
  className: string,
  hash = "<sha1 of the file's path>",
): string {
  const stem = path.basename(filePath).replace(/\.[^.]*$/, "");
  return `unusual_prefix_${hash}_${stem}.${className}`;
}

function isAllowed(model: TransportModel, className: string, options: NoUnserializableXcomOptions): boolean {
  // Any hash: a pattern must match whatever the deployment's path is.
  const name = dagModuleClassName(model.filePath, className, "0123456789abcdef0123456789abcdef01234567");
  return options.allowedDeserializationClasses.some((pattern) => fnmatch(name, pattern));
}

function isCarried(
  fact: ValueFact,
  options: NoUnserializableXcomOptions,
  version: string,
  model: TransportModel,
): boolean {
  if (options.registeredSerializers.includes(fact.qualifiedType)) return true;
  const serde = atLeast(version, ...SERDE_VERSION);
  if (fact.kind === "numpy-scalar") return serde && fact.qualifiedType !== NUMPY_COMPLEX;
  if (fact.kind === "serde-object") {
    // Before serde (and pydantic before 2.7) we do not judge: under-approximation.
    if (!serde || (fact.typeName.startsWith("pydantic") && !atLeast(version, ...PYDANTIC_VERSION)))
      return true;
    return isAllowed(model, fact.qualifiedType, options);
  }
  return false;
}

type MessageId =
  | "unserializable"
  | "dataframe"
  | "numpyScalar"
  | "referenceOnly"
  | "serdeClass"
  | "plainEnum"
  | "enumValue"
  | "complexCast";

/** The messages whose advice is a conversion, for which a frontend's suggestion applies. */
const SUGGESTING: ReadonlySet<MessageId> = new Set(["unserializable", "dataframe", "numpyScalar"]);

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
      serdeClass:
        "`{{expression}}` is an instance of the {{typeName}} ({{madeBy}}, line {{line}}); Airflow's serde stores it as `{{className}}`, and the task that pulls it fails with ImportError unless `[core] allowed_deserialization_classes` matches that name (default `airflow.*`). Hand on plain data ({{conversion}}), or allow the class and list the pattern in this rule's `allowedDeserializationClasses`.",
      plainEnum:
        "`{{expression}}` is an {{typeName}} ({{madeBy}}, line {{line}}); Airflow's serde has no serializer for a plain Enum, so the push fails with TypeError. Hand on `.value` (or `.name`) and rebuild the member downstream.",
      enumValue:
        "`{{expression}}` is an {{typeName}} ({{madeBy}}, line {{line}}); Airflow's serde hands on only its `.value`, so the next task receives a plain int or str, not the member. Hand on `.value` explicitly and rebuild the member downstream.",
      complexCast:
        "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); Airflow's numpy serializer stores `float(value)`, silently dropping the imaginary part. Hand on `[value.real, value.imag]` (or `str(value)`).",
      referenceOnly:
        "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); XCom carries JSON only — pass a reference to it instead (the team's pass-by-reference helper), or hand on the plain data it was built from.",
    },
    hasSuggestions: true,
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
        airflowVersion: AIRFLOW_VERSION_SCHEMA,
        allowedDeserializationClasses: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description:
            "The deployment's `[core] allowed_deserialization_classes` glob patterns (default `airflow.*`): a dataclass, attrs or pydantic instance is flagged unless its class name matches.",
        },
      },
    },
  },
  defaultOptions: { registeredSerializers: [], allowedDeserializationClasses: ["airflow.*"] },
  check(model, options, report) {
    const version = effectiveAirflowVersion(options.airflowVersion, model);
    for (const handoff of model.handoffs) {
      const offending = handoff.values.filter((fact) => !isCarried(fact, options, version, model));
      const first = offending[0];
      if (!first) continue;
      // The frontend's advice, in its language's idiom (`.tolist()`, `.arraySync()`, `dfd.toJSON`).
      const conversion = first.conversion;
      const messageId: MessageId =
        // The `dataframe` message explains how Airflow's serde stores frames.
        first.serdeParquet
          ? "dataframe"
          : first.kind === "numpy-scalar"
            ? first.qualifiedType === NUMPY_COMPLEX && atLeast(version, ...SERDE_VERSION)
              ? "complexCast"
              : "numpyScalar"
            : first.kind === "serde-object"
              ? "serdeClass"
              : first.kind === "enum"
                ? "plainEnum"
                : first.kind === "enum-value"
                  ? "enumValue"
                  : conversion
                    ? "unserializable"
                    : "referenceOnly";
      const serdeConversion = first.typeName.startsWith("pydantic")
        ? "`.model_dump()`"
        : first.typeName.startsWith("attrs")
          ? "`attrs.asdict(...)`"
          : "`dataclasses.asdict(...)`";
      const span = first.writtenAt ?? handoff.span;
      // Where each offending value was made, unless that is the finding's own place.
      const related = offending
        .filter((fact) => fact.madeAt.line !== span.line || fact.madeAt.column !== span.column)
        .map((fact) => ({ message: `${fact.typeName} made here`, span: fact.madeAt }));
      // A suggestion only where applying it ends the finding: the one offending value, converted
      // as the frontend says (it offers one only when the result is JSON for sure).
      const suggestions =
        offending.length === 1 && first.suggestion && SUGGESTING.has(messageId) ? [first.suggestion] : [];
      report({
        messageId,
        ...(suggestions.length ? { suggestions } : {}),
        data: {
          expression: first.expression ?? `${handoff.expression}${first.path ?? ""}`,
          typeName: first.typeName,
          madeBy: first.madeBy,
          line: first.madeAt.line,
          conversion: first.kind === "serde-object" ? serdeConversion : (conversion ?? ""),
          airflowVersion: version,
          className:
            first.kind === "serde-object" ? dagModuleClassName(model.filePath, first.qualifiedType) : "",
        },
        span,
        taskId: handoff.taskId,
        ...(related.length ? { related } : {}),
      });
    }
  },
};
