import { describe, expect, it } from "vitest";
import {
  emptyModel,
  runRules,
  validateConfig,
  type HandoffFact,
  type Span,
  type TransportModel,
  type ValueFact,
} from "@dag-transport/core";
import { noUnserializableXcom, parseAirflowVersion } from "./rule.js";

const at = (line: number, column = 5): Span => ({ line, column, endLine: line, endColumn: column + 10 });

/** A value fact as the Python frontend writes it: its advice in Python's idiom, serde's Parquet for frames. */
function fact(overrides: Partial<ValueFact> & Pick<ValueFact, "kind">): ValueFact {
  const names: Record<string, [string, string, Partial<ValueFact>]> = {
    ndarray: ["numpy ndarray", "numpy.ndarray", { conversion: ".tolist()" }],
    "numpy-scalar": ["numpy scalar", "numpy.generic", { conversion: ".item() (or .tolist() on the array)" }],
    dataframe: [
      "pandas DataFrame",
      "pandas.DataFrame",
      { conversion: '.to_dict(orient="records")', serdeParquet: true },
    ],
    series: ["pandas Series", "pandas.Series", { conversion: ".tolist() or .to_dict()" }],
    "class-instance": ["scikit-learn estimator", "sklearn.base.BaseEstimator", {}],
  };
  const [typeName, qualifiedType, written] = names[overrides.kind] ?? ["thing", "thing", {}];
  return { typeName, qualifiedType, madeBy: "np.zeros", madeAt: at(3), ...written, ...overrides };
}

function handoff(values: ValueFact[], overrides: Partial<HandoffFact> = {}): HandoffFact {
  return {
    taskId: "train",
    channel: "return",
    key: "return_value",
    expression: "X_train",
    span: at(15, 12),
    values,
    locations: [],
    ...overrides,
  };
}

function modelWith(...handoffs: HandoffFact[]): TransportModel {
  return {
    ...emptyModel("dag.py", "python"),
    tasks: [{ id: "train", span: at(10), style: "@task", returnRole: "data", multipleOutputs: false }],
    handoffs,
  };
}

/** Runs the rule alone through the runner, as every surface does, with these options. */
function lint(model: TransportModel, options?: Record<string, unknown>) {
  const settings = options ? { [noUnserializableXcom.id]: { severity: "error" as const, options } } : {};
  return runRules(model, [noUnserializableXcom], settings).messages;
}

describe("no-unserializable-xcom", () => {
  it("flags an ndarray handoff with the issue's message form, at the handoff", () => {
    const model = modelWith(
      handoff([
        fact({
          kind: "ndarray",
          madeBy: "np.random.default_rng(...).normal",
          madeAt: at(14, 15),
          expression: "X_train",
        }),
      ]),
    );
    const [message, ...rest] = lint(model);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      ruleId: "dag-transport/no-unserializable-xcom",
      severity: 2,
      line: 15,
      column: 12,
      message:
        "`X_train` is a numpy ndarray (np.random.default_rng(...).normal, line 14); XCom carries JSON only — convert with .tolist() or pass a reference.",
      relatedLocations: [{ message: "numpy ndarray made here", line: 14, column: 15 }],
    });
  });

  it("does not flag handoffs with no value facts (JSON or unknown)", () => {
    expect(lint(modelWith(handoff([]), handoff([], { channel: "xcom-push", key: "rows" })))).toEqual([]);
  });

  it("names a nested value by its path when the frontend gives no expression", () => {
    const model = modelWith(handoff([fact({ kind: "ndarray", path: '["X"]' })], { expression: "result" }));
    expect(lint(model)[0]!.message).toMatch(/^`result\["X"\]` is a numpy ndarray \(np\.zeros, line 3\)/);
  });

  it("reports one finding per handoff, relating every offending value", () => {
    const model = modelWith(
      handoff([
        fact({ kind: "ndarray", path: '["X"]', expression: "X", madeAt: at(4) }),
        fact({ kind: "series", path: '["y"]', expression: "y", madeAt: at(5) }),
      ]),
    );
    const messages = lint(model);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.relatedLocations?.map((r) => r.line)).toEqual([4, 5]);
  });

  it("flags a DataFrame with the team-standard message", () => {
    const model = modelWith(
      handoff([fact({ kind: "dataframe", madeBy: "pd.read_csv" })], { expression: "df" }),
    );
    expect(lint(model)[0]!.message).toBe(
      '`df` is a pandas DataFrame (pd.read_csv, line 3); the team standard keeps frames out of XCom (Airflow\'s serde stores them only as Parquet inside the XCom, and only with pyarrow installed) — convert with .to_dict(orient="records") or pass a reference.',
    );
  });

  it("does not flag types with a registered serializer, and still flags the others", () => {
    const model = modelWith(
      handoff([fact({ kind: "dataframe" })], { expression: "df" }),
      handoff([fact({ kind: "series" })], { expression: "s", span: at(20) }),
    );
    const messages = lint(model, { registeredSerializers: ["pandas.DataFrame"] });
    expect(messages.map((m) => m.line)).toEqual([20]);
  });

  it("leaves numpy scalars alone on Airflow ≥ 2.6 and flags them before", () => {
    const model = modelWith(
      handoff([fact({ kind: "numpy-scalar", madeBy: "arr.sum" })], { expression: "total" }),
    );
    expect(lint(model)).toEqual([]);
    expect(lint(model, { airflowVersion: "2.6" })).toEqual([]);
    expect(lint(model, { airflowVersion: "2.10" })).toEqual([]);
    expect(lint(model, { airflowVersion: 3 })).toEqual([]);
    const [old] = lint(model, { airflowVersion: "2.5.3" });
    expect(old!.message).toBe(
      "`total` is a numpy scalar (arr.sum, line 3); Airflow 2.5.3 has no serializer for numpy scalars (they arrived in 2.6) — convert with .item() (or .tolist() on the array).",
    );
    expect(lint(model, { airflowVersion: 1.1 })).toHaveLength(1);
  });

  it("still flags arrays on every Airflow version", () => {
    const model = modelWith(handoff([fact({ kind: "ndarray" })]));
    for (const airflowVersion of ["2.5", "2.6", 3]) expect(lint(model, { airflowVersion })).toHaveLength(1);
  });

  it("offers a reference, not a conversion, for objects with no JSON form", () => {
    const model = modelWith(
      handoff([fact({ kind: "class-instance", madeBy: "LinearRegression(...).fit" })], {
        expression: "model",
      }),
    );
    expect(lint(model)[0]!.message).toBe(
      "`model` is a scikit-learn estimator (LinearRegression(...).fit, line 3); XCom carries JSON only — pass a reference to it instead (the team's pass-by-reference helper), or hand on the plain data it was built from.",
    );
  });

  it("advises the frontend's conversion, whatever the language (the rule knows none)", () => {
    const model = modelWith(
      handoff([
        fact({
          kind: "map",
          typeName: "Map",
          qualifiedType: "Map",
          madeBy: "new Map",
          conversion: "Object.fromEntries(...)",
        }),
      ]),
    );
    expect(lint(model)[0]!.message).toContain("convert with Object.fromEntries(...)");
    // With no advice from the frontend, only a reference will do.
    const bare = fact({ kind: "ndarray" });
    delete bare.conversion;
    expect(lint(modelWith(handoff([bare])))[0]!.message).toContain("pass a reference to it instead");
  });

  it("explains serde's Parquet only for a frame the frontend says serde would store so", () => {
    const frame = { typeName: "danfo.js DataFrame", qualifiedType: "danfojs.DataFrame" };
    const model = modelWith(
      handoff([fact({ kind: "dataframe", ...frame, serdeParquet: false, conversion: "dfd.toJSON(df)" })]),
    );
    expect(lint(model)[0]!.message).toBe(
      "`X_train` is a danfo.js DataFrame (np.zeros, line 3); XCom carries JSON only — convert with dfd.toJSON(df) or pass a reference.",
    );
  });

  it("drops findings of unsound tasks (their facts are not trusted)", () => {
    const model = modelWith(handoff([fact({ kind: "ndarray" })]));
    model.tasks[0]!.unsound = true;
    expect(lint(model)).toEqual([]);
  });
});

describe("no-unserializable-xcom options", () => {
  it("accepts its options in the config file schema", () => {
    const config = validateConfig(
      {
        rules: {
          "no-unserializable-xcom": [
            "warn",
            { registeredSerializers: ["pandas.DataFrame"], airflowVersion: "2.9" },
          ],
        },
      },
      [noUnserializableXcom],
    );
    expect(config.rules["no-unserializable-xcom"]).toEqual({
      severity: "warn",
      options: { registeredSerializers: ["pandas.DataFrame"], airflowVersion: "2.9" },
    });
  });

  it("rejects a malformed version and unknown option keys, naming the key", () => {
    const validate = (options: unknown) => () =>
      validateConfig({ rules: { "no-unserializable-xcom": ["error", options] } }, [noUnserializableXcom]);
    expect(validate({ airflowVersion: "latest" })).toThrow(/airflowVersion/);
    expect(validate({ registeredSerializer: ["x"] })).toThrow(/registeredSerializer/);
  });

  it("parses versions as major.minor", () => {
    expect(parseAirflowVersion("2.10.1")).toEqual([2, 10]);
    expect(parseAirflowVersion(3)).toEqual([3, 0]);
    expect(parseAirflowVersion("three")).toBeUndefined();
  });
});
