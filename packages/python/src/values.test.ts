import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";

const PREAMBLE = `import json
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import torch
import tensorflow as tf
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
from airflow.decorators import task
`;

/** The value facts of what a task returns, as `kind` + path, e.g. `ndarray["X"]`. */
function returned(body: string, helpers = ""): string[] {
  const indented = body
    .trim()
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
  const source = `${PREAMBLE}${helpers}\n\n@task\ndef t(param, frame: pd.DataFrame):\n${indented}\n`;
  const model = analyzePython(source, "t.py");
  expect(model.diagnostics).toEqual([]);
  return model.handoffs.flatMap((h) => h.values.map((v) => `${v.kind}${v.path ?? ""}`));
}

describe("value kinds: numpy", () => {
  it.each([
    ["return np.zeros(3)", ["ndarray"]],
    ["return np.array([1, 2])", ["ndarray"]],
    ['return np.load("x.npy")', ["ndarray"]],
    ["return np.random.rand(3, 2)", ["ndarray"]],
    ["return np.random.normal(0, 1, size=10)", ["ndarray"]],
    ["rng = np.random.default_rng(0)\nreturn rng.normal(size=(3, 2))", ["ndarray"]],
    ["return np.random.default_rng(0).integers(0, 9, 5)", ["ndarray"]],
    ["a = np.zeros(3)\nreturn np.log(a)", ["ndarray"]],
    ["a = np.zeros(3)\nreturn a * 2 + 1", ["ndarray"]],
    ["a = np.zeros(3)\nreturn -a", ["ndarray"]],
    ["a = np.zeros(3)\nreturn a > 0", ["ndarray"]],
    ["a = np.zeros((3, 3))\nreturn a[1:3]", ["ndarray"]],
    ["a = np.zeros((3, 3))\nreturn a[:, 0]", ["ndarray"]],
    ["a = np.zeros(3)\nreturn a[a > 0]", ["ndarray"]],
    ["a = np.zeros(6)\nreturn a.reshape(2, 3)", ["ndarray"]],
    ["a = np.zeros((2, 3))\nreturn a.T", ["ndarray"]],
    ["a = np.zeros((2, 3))\nreturn a.sum(axis=0)", ["ndarray"]],
    ["a = np.zeros((2, 3))\nreturn np.mean(a, axis=1)", ["ndarray"]],
  ])("%s → %j", (body, kinds) => {
    expect(returned(body)).toEqual(kinds);
  });

  it.each([
    ["return np.int64(3)", ["numpy-scalar"]],
    ["a = np.zeros(3)\nreturn a.sum()", ["numpy-scalar"]],
    ["a = np.zeros(3)\nreturn np.mean(a)", ["numpy-scalar"]],
    ["a = np.zeros(3)\nreturn a[0]", ["numpy-scalar"]],
    ["return np.log(2.0)", ["numpy-scalar"]],
    ["a = np.zeros(3)\nreturn list(a)", ["numpy-scalar[*]"]],
    ["a = np.zeros(3)\nreturn [v for v in a]", ["numpy-scalar[*]"]],
  ])("numpy scalars: %s → %j", (body, kinds) => {
    expect(returned(body)).toEqual(kinds);
  });

  it.each([
    "a = np.zeros(3)\nreturn a.tolist()",
    "return np.zeros(3).tolist()",
    "a = np.zeros(3)\nreturn a.sum().item()",
    "a = np.zeros(3)\nreturn float(a.mean())",
    "a = np.zeros(3)\nreturn int(a[0])",
    "a = np.zeros(3)\nreturn str(a)",
    "a = np.zeros(3)\nreturn json.dumps(a.tolist())",
    "a = np.zeros(3)\nreturn [float(v) for v in a]",
    "a = np.zeros(3)\nreturn round(a.sum())",
    "a = np.zeros(3)\nreturn len(a)",
    "a = np.zeros((3, 2))\nreturn a.shape",
    "return np.random.normal()",
    "return np.random.default_rng(0).normal()",
    "a = np.zeros(3)\nreturn a is None",
  ])("JSON-safe: %s", (body) => {
    expect(returned(body)).toEqual([]);
  });
});

describe("value kinds: pandas, polars, pyarrow, tensors", () => {
  it.each([
    ['return pd.DataFrame({"a": [1]})', ["dataframe"]],
    ['return pd.read_parquet("x.parquet")', ["dataframe"]],
    ['df = pd.read_csv("x.csv")\nreturn df.groupby("a").agg("sum")', ["dataframe"]],
    ['df = pd.read_csv("x.csv")\nreturn df.dropna().reset_index(drop=True)', ["dataframe"]],
    ['df = pd.read_csv("x.csv")\nreturn df[["a", "b"]]', ["dataframe"]],
    ['df = pd.read_csv("x.csv")\nreturn df.loc[df["a"] > 0]', ["dataframe"]],
    ['df = pd.read_csv("x.csv")\nreturn df["a"]', ["series"]],
    ['df = pd.read_csv("x.csv")\nreturn df.loc[:, "a"]', ["series"]],
    ['df = pd.read_csv("x.csv")\nreturn df.groupby("k")["v"].sum()', ["series"]],
    ['df = pd.read_csv("x.csv")\nreturn df.values', ["ndarray"]],
    ['df = pd.read_csv("x.csv")\nreturn df.to_numpy()', ["ndarray"]],
    ['df = pd.read_csv("x.csv")\nreturn df["a"].unique()', ["ndarray"]],
    ['df = pd.read_csv("x.csv")\nreturn df["a"].mean()', ["numpy-scalar"]],
    ['df = pd.read_csv("x.csv")\nreturn df.columns', ["pandas-index"]],
    ['return pd.date_range("2024-01-01", periods=3)', ["pandas-index"]],
    ["return pd.Timestamp.now()", ["timestamp"]],
    ['return pd.to_datetime("2024-01-01")', ["timestamp"]],
    ["return frame", ["dataframe"]],
    ["return frame.describe()", ["dataframe"]],
    ['return pl.read_csv("x.csv")', ["polars-frame"]],
    ['return pl.scan_parquet("x").filter(pl.col("a") > 1).collect()', ["polars-frame"]],
    ['return pl.read_csv("x.csv").to_dict()', ["series[*]"]],
    ['return pa.table({"a": [1]})', ["arrow-table"]],
    ['return pq.read_table("x.parquet").to_pandas()', ["dataframe"]],
    ["return torch.tensor([1.0])", ["tensor"]],
    ["t = torch.zeros(3)\nreturn t.sum()", ["tensor"]],
    ["return tf.constant([1.0])", ["tensor"]],
    ["return torch.zeros(3).numpy()", ["ndarray"]],
  ])("%s → %j", (body, kinds) => {
    expect(returned(body)).toEqual(kinds);
  });

  it.each([
    'df = pd.read_csv("x.csv")\nreturn df.to_dict(orient="records")',
    'df = pd.read_csv("x.csv")\nreturn df.to_json()',
    'df = pd.read_csv("x.csv")\nreturn df["a"].tolist()',
    'df = pd.read_csv("x.csv")\nreturn list(df.columns)',
    'df = pd.read_csv("x.csv")\nreturn len(df)',
    // One column of a row label we cannot tell (`idxmax()`): a cell, not a Series (review 7, Ferlab).
    'df = pd.read_csv("x.csv")\nidx = df["n"].idxmax()\nreturn df.loc[idx, "batch_id"]',
    'df = pd.read_csv("x.csv")\nreturn df.shape',
    'df = pd.read_csv("x.csv")\nreturn int(df["a"].sum())',
    "return pd.Timestamp.now().isoformat()",
    'return pl.read_csv("x.csv").to_dicts()',
    'return pl.read_csv("x.csv").to_dict(as_series=False)',
    'return pa.table({"a": [1]}).to_pylist()',
    "return torch.zeros(3).tolist()",
    "return torch.zeros(3).sum().item()",
    'df = pd.read_csv("x.csv")\ndf.to_parquet("s3://b/x.parquet")\nreturn "s3://b/x.parquet"',
  ])("JSON-safe: %s", (body) => {
    expect(returned(body)).toEqual([]);
  });
});

describe("value kinds through code", () => {
  it("follows tuple unpacking by position", () => {
    expect(returned("a, b = np.zeros(3), [1]\nreturn a")).toEqual(["ndarray"]);
    expect(returned("a, b = np.zeros(3), [1]\nreturn b")).toEqual([]);
  });

  it("takes every branch that may reach the return", () => {
    expect(returned("if param:\n    x = np.zeros(3)\nelse:\n    x = []\nreturn x")).toEqual(["ndarray"]);
  });

  it("forgets a value converted by reassignment", () => {
    expect(returned("x = np.zeros(3)\nx = x.tolist()\nreturn x")).toEqual([]);
  });

  it("records where in a container the array sits", () => {
    expect(returned('x = np.zeros(3)\nreturn {"X": x, "n": 3}')).toEqual(['ndarray["X"]']);
    expect(returned("return [1, np.zeros(3)]")).toEqual(["ndarray[1]"]);
    expect(returned('return {"a": {"b": (1, np.zeros(3))}}')).toEqual(['ndarray["a"]["b"][1]']);
    expect(returned("return dict(X=np.zeros(3))")).toEqual(['ndarray["X"]']);
    expect(returned("return [np.zeros(2) for _ in range(3)]")).toEqual(["ndarray[*]"]);
    expect(returned('d = {"X": np.zeros(3)}\nreturn {**d, "n": 1}')).toEqual(['ndarray["X"]']);
  });

  it("follows containers filled in place before the handoff", () => {
    expect(returned('out = {}\nout["X"] = np.zeros(3)\nout["n"] = 3\nreturn out')).toEqual(['ndarray["X"]']);
    expect(returned("out = []\nfor i in range(3):\n    out.append(np.zeros(i))\nreturn out")).toEqual([
      "ndarray[*]",
    ]);
    expect(returned("out = {}\nout.update(X=np.zeros(3))\nreturn out")).toEqual(['ndarray["X"]']);
    expect(returned('out = {"X": np.zeros(3)}\nout["X"] = out["X"].tolist()\nreturn out')).toEqual([]);
    expect(returned('out = {}\nreturn out\nout["X"] = np.zeros(3)')).toEqual([]);
  });

  it("sees through a container to the element taken out of it", () => {
    expect(returned('d = {"X": np.zeros(3), "n": 1}\nreturn d["n"]')).toEqual([]);
    expect(returned('d = {"X": np.zeros(3), "n": 1}\nreturn d["X"]')).toEqual(["ndarray"]);
    expect(returned('d = {"X": np.zeros(3), "n": 1}\nreturn d.get("X")')).toEqual(["ndarray"]);
  });

  it("follows module-level helpers: their returns, with the arguments given", () => {
    const helpers = "def load():\n    return np.load('x.npy')\n\ndef values_of(df):\n    return df.values\n";
    expect(returned("return load()", helpers)).toEqual(["ndarray"]);
    expect(returned('return values_of(pd.read_csv("x"))', helpers)).toEqual(["ndarray"]);
    expect(returned("return values_of(param)", helpers)).toEqual([]);
  });

  it("trusts a helper's return annotation", () => {
    const helpers =
      "def load() -> pd.DataFrame:\n    return fetch()\n\ndef pair() -> tuple[np.ndarray, int]:\n    return fetch()\n";
    expect(returned("return load()", helpers)).toEqual(["dataframe"]);
    expect(returned("a, n = pair()\nreturn a", helpers)).toEqual(["ndarray"]);
    expect(returned("a, n = pair()\nreturn n", helpers)).toEqual([]);
  });

  it("lets a helper's return annotation tell what its body leaves unknown", () => {
    const helpers = [
      "def frames() -> list[pd.DataFrame] | list[None]:",
      "    out = []",
      "    for name in names():",
      "        out.append(fetch(name))",
      "    return out",
      "",
      "def none() -> list[pd.DataFrame]:",
      "    return []",
      "",
      "def counts() -> list[pd.DataFrame]:",
      "    return [len(n) for n in names()]",
      "",
    ].join("\n");
    expect(returned("return frames()", helpers)).toEqual(["dataframe[*]"]);
    expect(returned("return none()", helpers)).toEqual([]);
    expect(returned("return counts()", helpers)).toEqual([]);
  });

  it("stops at recursive helpers", () => {
    const helpers = "def loop(n):\n    return loop(n - 1) if n else np.zeros(3)\n";
    expect(returned("return loop(3)", helpers)).toEqual(["ndarray"]);
  });

  it("reads annotations of locals and parameters", () => {
    expect(returned("x: np.ndarray = fetch()\nreturn x")).toEqual(["ndarray"]);
    expect(returned('x: "pd.DataFrame" = fetch()\nreturn x')).toEqual(["dataframe"]);
    expect(returned("x: Optional[pd.Series] = fetch()\nreturn x")).toEqual(["series"]);
    expect(returned("x: list[np.ndarray] = fetch()\nreturn x")).toEqual(["ndarray[*]"]);
  });

  it("models scikit-learn estimators and their predictions", () => {
    const body = "model = LinearRegression().fit(np.zeros((3, 2)), np.zeros(3))\n";
    expect(returned(`${body}return model`)).toEqual(["class-instance"]);
    expect(returned(`${body}return model.predict(np.zeros((1, 2)))`)).toEqual(["ndarray"]);
    expect(
      returned(
        "X_train, X_test, y_train, y_test = train_test_split(np.zeros((4, 2)), [0, 1, 0, 1])\nreturn y_test",
      ),
    ).toEqual([]);
    expect(
      returned(
        "X_train, X_test, y_train, y_test = train_test_split(np.zeros((4, 2)), [0, 1, 0, 1])\nreturn X_test",
      ),
    ).toEqual(["ndarray"]);
  });

  it("knows nothing of unknown values, and says nothing", () => {
    expect(returned("return param")).toEqual([]);
    expect(returned("return load_model()")).toEqual([]);
    expect(returned("return param.predict(x)")).toEqual([]);
    expect(returned("x = param\nfor i in range(3):\n    x = x + i\nreturn x")).toEqual([]);
  });

  it("names the producer the way the issue's message does", () => {
    const source = `${PREAMBLE}\n@task\ndef t():\n    X_train = np.random.default_rng(42).normal(size=(100, 3))\n    return X_train\n`;
    const [fact] = analyzePython(source, "t.py").handoffs[0]!.values;
    expect(fact).toMatchObject({
      kind: "ndarray",
      typeName: "numpy ndarray",
      qualifiedType: "numpy.ndarray",
      madeBy: "np.random.default_rng(...).normal",
      madeAt: { line: 15, column: 15 },
      expression: "X_train",
    });
  });
});
