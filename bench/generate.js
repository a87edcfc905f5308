#!/usr/bin/env node
/**
 * Generates a deterministic corpus of realistic Airflow / Leoflow DAG files for the benchmark.
 *
 *   node bench/generate.js [--count 5000] [--seed 20260601] [--out bench/.generated/dags]
 *
 * The same seed and count always give byte-identical files. Files mix every authoring style the
 * linter understands (Airflow 1.x operators with provide_context, `with DAG(...)` blocks, 2.x
 * TaskFlow, 3.x `airflow.sdk`, TaskGroups, sensors, Leoflow staging, S3/boto3 transport, numpy /
 * pandas code with and without conversions), module-level helpers, comments and docstrings, and
 * a tail of long files (a few thousand lines). Roughly a third of the files contain handoffs the
 * rules flag; the rest are clean or near misses.
 *
 * The output folder is made a git repository of its own: a user runs the CLI inside their DAG
 * repository, and this repository's .gitignore (which ignores bench/.generated/) must not apply.
 */
import { Buffer } from "node:buffer";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = path.join(BENCH_DIR, ".generated", "dags");
export const DEFAULT_COUNT = 5000;
export const DEFAULT_SEED = 20260601;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, fast, good enough for picking templates. */
function rngFrom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Picks by weight from [[weight, value], ...]. */
    weighted: (entries) => {
      const total = entries.reduce((sum, [w]) => sum + w, 0);
      let roll = next() * total;
      for (const [w, value] of entries) {
        roll -= w;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const DOMAINS = [
  "sales",
  "orders",
  "churn",
  "inventory",
  "clickstream",
  "billing",
  "fraud",
  "forecast",
  "recommendations",
  "marketing",
  "payments",
  "telemetry",
  "weather",
  "logistics",
  "support",
  "pricing",
  "ads",
  "search",
  "risk",
  "genomics",
];
const VERBS = [
  "extract",
  "load",
  "transform",
  "clean",
  "aggregate",
  "train",
  "score",
  "validate",
  "publish",
  "enrich",
  "dedupe",
  "join",
  "export",
  "snapshot",
  "featurize",
  "split",
  "evaluate",
  "normalize",
  "sample",
  "backfill",
];
const NOUNS = [
  "events",
  "orders",
  "customers",
  "features",
  "predictions",
  "metrics",
  "labels",
  "sessions",
  "invoices",
  "embeddings",
  "prices",
  "readings",
  "cohort",
  "report",
  "model",
];
const COLUMNS = [
  "customer_id",
  "amount",
  "ts",
  "country",
  "sku",
  "qty",
  "score",
  "label",
  "region",
  "channel",
];
const BUCKETS = ["analytics-prod", "ml-artifacts", "data-lake-raw", "team-scratch", "warehouse-exports"];
const SCHEDULES = ['"@daily"', '"@hourly"', '"0 3 * * *"', '"*/15 * * * *"', "None", '"@weekly"'];
const OWNERS = ["data-eng", "ml-platform", "analytics", "growth", "finance-data", "sre"];
const COMMENTS = [
  "# Keep this cheap: the scheduler parses this file every 30 seconds.",
  "# TODO(data-eng): move to the shared library once the schema settles.",
  "# NOTE: the upstream API paginates at 1000 rows.",
  "# Retries are handled by Airflow; do not catch broad exceptions here.",
  "# The column order matters for the downstream CSV export.",
  "# See the runbook for how to backfill this safely.",
  "# pylint: disable=unused-argument",
  "# Values are small (a few hundred rows), XCom is fine for them.",
  "# FIXME: this double-counts refunds issued on the same day.",
];

// ---------------------------------------------------------------------------------------------
// Small Python builders. Every builder returns an array of lines without indentation; `indent`
// nests them.

const indent = (lines, depth = 1) => lines.map((line) => (line ? "    ".repeat(depth) + line : line));

function docstring(rng, subject) {
  if (rng.chance(0.4)) return [`"""${subject}."""`];
  return [
    `"""${subject}.`,
    "",
    `Reads the ${rng.pick(NOUNS)} of the run's logical date and writes a ${rng.pick(NOUNS)}`,
    "summary. Safe to re-run: every write is idempotent.",
    '"""',
  ];
}

function maybeComment(rng, p = 0.3) {
  return rng.chance(p) ? [rng.pick(COMMENTS)] : [];
}

/** A few lines of plain pandas/numpy work on `df` (keeps `df` a DataFrame). */
function frameWork(rng, n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const col = rng.pick(COLUMNS);
    lines.push(
      rng.pick([
        `df = df.dropna(subset=["${col}"])`,
        `df["${col}"] = df["${col}"].fillna(0)`,
        `df = df[df["${col}"] > ${rng.int(0, 100)}]`,
        `df = df.sort_values("${col}", ascending=${rng.pick(["True", "False"])})`,
        `df["${col}_z"] = (df["${col}"] - df["${col}"].mean()) / df["${col}"].std()`,
        `df = df.rename(columns={"${col}": "${col}_raw"})`,
        `df = df.drop_duplicates()`,
        `df = df.reset_index(drop=True)`,
        `df["bucket"] = np.where(df["${col}"] > ${rng.int(1, 50)}, "high", "low")`,
        `log.info("rows after step ${i}: %d", len(df))`,
      ]),
    );
    if (rng.chance(0.15)) lines.push(rng.pick(COMMENTS));
  }
  return lines;
}

/** A few lines of numpy work on `arr` (keeps `arr` an ndarray). */
function arrayWork(rng, n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      rng.pick([
        "arr = arr[~np.isnan(arr).any(axis=1)]",
        "arr = (arr - arr.mean(axis=0)) / (arr.std(axis=0) + 1e-9)",
        `arr = arr.reshape(-1, ${rng.int(2, 8)})`,
        "arr = np.clip(arr, -3.0, 3.0)",
        `arr = arr[:, :${rng.int(2, 6)}]`,
        "arr = np.log1p(np.abs(arr))",
        `log.info("shape after step ${i}: %s", arr.shape)`,
      ]),
    );
  }
  return lines;
}

/**
 * How a data task ends: the value it hands on. Returns { lines, flagged } where `flagged` says
 * whether the handoff is one the rules exist for. Clean endings convert before returning.
 */
function dataEnding(rng, { kind, multipleOutputs, allowFindings }) {
  const bad = allowFindings && rng.chance(0.35);
  if (kind === "frame") {
    if (bad)
      return rng.pick([
        { lines: ["return df"], flagged: true },
        { lines: ['return df.groupby("region").agg({"amount": "sum"})'], flagged: true },
        { lines: ['return {"frame": df, "rows": len(df)}'], flagged: true },
        { lines: ['return df["amount"]'], flagged: true },
      ]);
    if (multipleOutputs)
      return {
        lines: ['return {"rows": int(len(df)), "total": float(df["amount"].sum())}'],
        flagged: false,
      };
    return rng.pick([
      { lines: ['return df.to_dict(orient="records")'], flagged: false },
      { lines: ['return {"rows": len(df), "columns": list(df.columns)}'], flagged: false },
      { lines: ['return df["amount"].tolist()'], flagged: false },
      { lines: ['return df.to_json(orient="split")'], flagged: false },
      { lines: ["return int(df.shape[0])"], flagged: false },
    ]);
  }
  if (bad && multipleOutputs) return { lines: ['return {"X": arr, "n": int(arr.shape[0])}'], flagged: true };
  if (multipleOutputs)
    return { lines: ['return {"mean": arr.mean(axis=0).tolist(), "n": int(arr.shape[0])}'], flagged: false };
  if (bad)
    return rng.pick([
      { lines: ["return arr"], flagged: true },
      { lines: ['return {"X": arr, "n": int(arr.shape[0])}'], flagged: true },
      { lines: ["return arr.mean(axis=0)"], flagged: true },
      { lines: ["return [arr, arr.T]"], flagged: true },
    ]);
  return rng.pick([
    { lines: ["return arr.tolist()"], flagged: false },
    { lines: ["return float(arr.mean())"], flagged: false },
    { lines: ['return {"mean": arr.mean(axis=0).tolist(), "n": int(arr.shape[0])}'], flagged: false },
    { lines: ["return arr.sum().item()"], flagged: false },
  ]);
}

/** The body of a data task: load a frame or an array, work on it, hand something on. */
function dataBody(rng, ctx, { multipleOutputs = false, allowFindings = ctx.dirty } = {}) {
  const kind = rng.chance(0.55) ? "frame" : "array";
  const lines = [];
  if (kind === "frame") {
    lines.push(
      rng.pick([
        `df = pd.read_csv(f"s3://${rng.pick(BUCKETS)}/${ctx.domain}/{ds}/input.csv")`,
        `df = pd.read_parquet("${ctx.domain}/${rng.pick(NOUNS)}.parquet")`,
        `df = pd.DataFrame(rows, columns=[${rng.pick(COLUMNS) === "ts" ? '"ts", "amount"' : '"customer_id", "amount"'}])`,
        `df = ${ctx.helpers.frame ?? "pd.DataFrame"}(${ctx.helpers.frame ? '"' + ctx.domain + '"' : "rows"})`,
      ]),
    );
    lines.push(...frameWork(rng, rng.int(2, 9)));
  } else {
    lines.push(
      rng.pick([
        `arr = np.random.default_rng(${rng.int(0, 999)}).normal(size=(${rng.int(100, 5000)}, ${rng.int(2, 16)}))`,
        `arr = np.asarray(rows, dtype=np.float64)`,
        `arr = np.load("${ctx.domain}_features.npy")`,
        `arr = ${ctx.helpers.array ?? "np.zeros"}((${rng.int(10, 500)}, ${rng.int(2, 9)}))`,
      ]),
    );
    lines.push(...arrayWork(rng, rng.int(2, 7)));
  }
  const ending = dataEnding(rng, { kind, multipleOutputs, allowFindings });
  return { lines: [...lines, ...ending.lines], flagged: ending.flagged };
}

// ---------------------------------------------------------------------------------------------
// Module-level helpers (shared by many task bodies; long files have hundreds of them)

function helperFunctions(rng, ctx, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const noun = rng.pick(NOUNS);
    const style = rng.int(0, 5);
    const name = `_${rng.pick(VERBS)}_${noun}_${i}`;
    if (style === 0) {
      ctx.helpers.frame ??= name;
      out.push(
        `def ${name}(source: str) -> pd.DataFrame:`,
        ...indent([
          ...docstring(rng, `Loads the ${noun} table for ${ctx.domain}`),
          `frame = pd.read_csv(f"{DATA_ROOT}/{source}/${noun}.csv")`,
          ...frameWork(rng, rng.int(1, 4)).map((l) => l.replaceAll("df", "frame")),
          "return frame",
        ]),
        "",
        "",
      );
    } else if (style === 1) {
      ctx.helpers.array ??= name;
      out.push(
        `def ${name}(shape):`,
        ...indent([
          ...docstring(rng, `Random ${noun} features of the given shape`),
          `rng = np.random.default_rng(${rng.int(1, 99)})`,
          "return rng.normal(size=shape)",
        ]),
        "",
        "",
      );
    } else if (style === 2) {
      out.push(
        `def ${name}(ds: str, prefix: str = "${ctx.domain}") -> str:`,
        ...indent([`return f"{prefix}/${noun}/{ds}.parquet"`]),
        "",
        "",
      );
    } else if (style === 3) {
      out.push(
        `def ${name}(records, threshold=${rng.int(1, 100)}):`,
        ...indent([
          ...docstring(rng, `Keeps ${noun} above the threshold`),
          "kept = []",
          "for record in records:",
          ...indent([
            `if record.get("${rng.pick(COLUMNS)}", 0) > threshold:`,
            ...indent(["kept.append(record)"]),
            ...maybeComment(rng, 0.2),
          ]),
          "return kept",
        ]),
        "",
        "",
      );
    } else if (style === 4) {
      out.push(
        `class ${noun[0].toUpperCase()}${noun.slice(1)}Config${i}:`,
        ...indent([
          ...docstring(rng, `Settings for the ${noun} jobs`),
          `table = "${ctx.domain}.${noun}"`,
          `batch_size = ${rng.int(100, 10000)}`,
          "",
          "def partitions(self, ds):",
          ...indent([`return [f"{ds}/part-{i:05d}" for i in range(${rng.int(2, 64)})]`]),
        ]),
        "",
        "",
      );
    } else {
      out.push(
        `def ${name}(values):`,
        ...indent([
          "total = 0.0",
          "for value in values:",
          ...indent(["total += float(value)"]),
          "return total / max(len(values), 1)",
        ]),
        "",
        "",
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Imports

function imports(rng, style) {
  const lines = [];
  if (rng.chance(0.6)) lines.push("from __future__ import annotations", "");
  lines.push("import logging", "import os");
  lines.push("import json", "import tempfile");
  lines.push(rng.chance(0.5) ? "from datetime import datetime, timedelta" : "from datetime import timedelta");
  lines.push("");
  lines.push(rng.chance(0.8) ? "import numpy as np" : "import numpy as np  # noqa: F401");
  lines.push(rng.chance(0.9) ? "import pandas as pd" : "import pandas");
  if (style === "airflow1") {
    lines.push(
      "from airflow import DAG",
      "from airflow.operators.python_operator import PythonOperator, BranchPythonOperator",
      "from airflow.operators.bash_operator import BashOperator",
      "from airflow.utils.dates import days_ago",
    );
  } else if (style === "operators2") {
    lines.push(
      "import pendulum",
      "from airflow import DAG",
      `from ${rng.pick(["airflow.operators.python", "airflow.providers.standard.operators.python"])} import (`,
      "    BranchPythonOperator,",
      "    ExternalPythonOperator,",
      "    PythonOperator,",
      "    PythonVirtualenvOperator,",
      "    ShortCircuitOperator,",
      ")",
      "from airflow.operators.bash import BashOperator",
      "from airflow.providers.amazon.aws.hooks.s3 import S3Hook",
      "from airflow.utils.task_group import TaskGroup",
    );
  } else if (style === "taskflow2") {
    lines.push(
      "import boto3",
      "import pendulum",
      "from airflow.decorators import dag, task, task_group",
      "from airflow.operators.python import get_current_context",
      "from airflow.sensors.base import PokeReturnValue",
    );
  } else if (style === "sdk3") {
    if (rng.chance(0.3)) lines.push("import airflow.sdk as sdk");
    lines.push(
      "import boto3",
      "import pendulum",
      "from airflow.sdk import DAG, PokeReturnValue, TaskGroup, get_current_context, task",
    );
  } else {
    lines.push(
      "import boto3",
      "import pendulum",
      "from airflow.decorators import dag, task, task_group",
      "from airflow.operators.python import get_current_context",
      "from airflow.providers.amazon.aws.hooks.s3 import S3Hook",
      "from airflow.sensors.base import PokeReturnValue",
    );
  }
  lines.push("", "log = logging.getLogger(__name__)", "");
  return lines;
}

function moduleConstants(rng, ctx) {
  return [
    `DATA_ROOT = os.environ.get("DATA_ROOT", "s3://${rng.pick(BUCKETS)}/${ctx.domain}")`,
    `BUCKET = "${rng.pick(BUCKETS)}"`,
    ...(rng.chance(0.5) ? [`STAGING_DIR = os.environ.get("LEOFLOW_STAGING_DIR", "/tmp")`] : []),
    `DEFAULT_ARGS = {`,
    `    "owner": "${rng.pick(OWNERS)}",`,
    `    "retries": ${rng.int(0, 3)},`,
    `    "retry_delay": timedelta(minutes=${rng.int(1, 15)}),`,
    "}",
    "",
  ];
}

// ---------------------------------------------------------------------------------------------
// Task templates per style. Each returns { lines, flagged, name }.

/** Airflow 1.x callable: **kwargs with provide_context, xcom_push / xcom_pull through `ti`. */
function contextCallable(rng, ctx, name, upstream) {
  const tiLine = rng.pick(['ti = kwargs["ti"]', "ti = context['ti']", "ti = kwargs.get('ti')"]);
  const params = tiLine.includes("context") ? "**context" : "**kwargs";
  const body = [...docstring(rng, `${name.replaceAll("_", " ")} for ${ctx.domain}`), tiLine];
  if (upstream) body.push(`rows = ti.xcom_pull(task_ids="${upstream}", key="rows") or []`);
  else body.push(`rows = [{"customer_id": i, "amount": i * 1.5} for i in range(${rng.int(10, 500)})]`);
  const data = dataBody(rng, ctx);
  // Push instead of return, half of the time.
  const last = data.lines[data.lines.length - 1];
  if (rng.chance(0.5) && last.startsWith("return ")) {
    body.push(...data.lines.slice(0, -1), `ti.xcom_push(key="rows", value=${last.slice(7)})`);
  } else {
    body.push(...data.lines);
  }
  return { lines: [`def ${name}(${params}):`, ...indent(body), "", ""], flagged: data.flagged };
}

function airflow1File(rng, ctx) {
  const lines = [...imports(rng, "airflow1"), ...moduleConstants(rng, ctx)];
  lines.push(...helperFunctions(rng, ctx, ctx.helperCount));
  const names = [];
  let flagged = 0;
  for (let i = 0; i < ctx.taskCount; i++) {
    const name = `${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${i}`;
    const made = contextCallable(rng, ctx, name, names[i - 1]);
    flagged += made.flagged ? 1 : 0;
    names.push(name);
    lines.push(...made.lines);
  }
  lines.push(
    `dag = DAG(`,
    `    "${ctx.dagId}",`,
    "    default_args=DEFAULT_ARGS,",
    `    schedule_interval=${rng.pick(SCHEDULES)},`,
    `    start_date=days_ago(${rng.int(1, 7)}),`,
    "    catchup=False,",
    ")",
    "",
  );
  for (const name of names) {
    lines.push(
      `${name}_task = PythonOperator(`,
      `    task_id="${name}",`,
      `    python_callable=${name},`,
      "    provide_context=True,",
      "    dag=dag,",
      ")",
      "",
    );
  }
  lines.push(
    "report = BashOperator(",
    '    task_id="report",',
    `    bash_command="echo rows={{ ti.xcom_pull(task_ids='${names[names.length - 1]}', key='rows') }}",`,
    "    dag=dag,",
    ")",
    "",
    names.map((n) => `${n}_task`).join(" >> ") + " >> report",
    "",
  );
  return { lines, flagged };
}

/** `with DAG(...) as dag:` with the PythonOperator family, TaskGroups and S3Hook transport. */
function operators2File(rng, ctx) {
  const lines = [...imports(rng, "operators2"), ...moduleConstants(rng, ctx)];
  lines.push(...helperFunctions(rng, ctx, ctx.helperCount));
  const callables = [];
  let flagged = 0;
  for (let i = 0; i < ctx.taskCount; i++) {
    const name = `${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${i}`;
    const variant = rng.int(0, 4);
    if (variant === 0) {
      // S3 write and the key handed on: bespoke transport.
      lines.push(
        `def ${name}(ds, **kwargs):`,
        ...indent([
          ...docstring(rng, `Exports ${ctx.domain} to S3`),
          'hook = S3Hook(aws_conn_id="aws_default")',
          `key = f"${ctx.domain}/${rng.pick(NOUNS)}/{ds}.csv"`,
          `frame = pd.DataFrame({"value": range(${rng.int(5, 100)})})`,
          `hook.load_string(frame.to_csv(index=False), key=key, bucket_name=BUCKET, replace=True)`,
          "return key",
        ]),
        "",
        "",
      );
    } else if (variant === 1) {
      lines.push(
        `def ${name}(ds, **kwargs):`,
        ...indent([
          'hook = S3Hook(aws_conn_id="aws_default")',
          `text = hook.read_key(key=f"${ctx.domain}/{ds}.json", bucket_name=BUCKET)`,
          "payload = json.loads(text)",
          ...maybeComment(rng),
          'return {"count": len(payload)}',
        ]),
        "",
        "",
      );
    } else {
      const data = dataBody(rng, ctx);
      flagged += data.flagged ? 1 : 0;
      lines.push(
        `def ${name}(**kwargs):`,
        ...indent([
          ...docstring(rng, `${name.replaceAll("_", " ")}`),
          'rows = kwargs["ti"].xcom_pull(task_ids=None) or []',
          ...data.lines,
        ]),
        "",
        "",
      );
    }
    callables.push(name);
  }
  lines.push(
    "",
    "def _choose_branch(**kwargs):",
    ...indent(['return "publish" if kwargs["ds"].endswith("01") else "skip"']),
    "",
    "",
    "with DAG(",
    `    dag_id="${ctx.dagId}",`,
    `    schedule=${rng.pick(SCHEDULES)},`,
    `    start_date=pendulum.datetime(2024, ${rng.int(1, 12)}, 1, tz="UTC"),`,
    "    catchup=False,",
    "    default_args=DEFAULT_ARGS,",
    `    tags=["${ctx.domain}", "${rng.pick(OWNERS)}"],`,
    ") as dag:",
  );
  const body = [];
  const groupSize = rng.int(2, 5);
  let groupOpen = false;
  callables.forEach((name, i) => {
    if (i % groupSize === 0 && rng.chance(0.4)) {
      body.push(`with TaskGroup("group_${i}") as group_${i}:`);
      groupOpen = true;
    } else if (i % groupSize === 0) {
      groupOpen = false;
    }
    const op = rng.weighted([
      [6, "PythonOperator"],
      [1, "PythonVirtualenvOperator"],
      [1, "ExternalPythonOperator"],
    ]);
    const extra =
      op === "PythonVirtualenvOperator"
        ? ['    requirements=["pandas==2.2.2", "numpy<2"],']
        : op === "ExternalPythonOperator"
          ? ['    python="/opt/venvs/ml/bin/python",']
          : [];
    const call = [
      `${name}_op = ${op}(`,
      `    task_id="${name}",`,
      `    python_callable=${name},`,
      ...extra,
      ...(rng.chance(0.1) ? ["    do_xcom_push=False,"] : []),
      ")",
    ];
    body.push(...(groupOpen ? indent(call) : call));
  });
  body.push(
    'branch = BranchPythonOperator(task_id="branch", python_callable=_choose_branch)',
    `gate = ShortCircuitOperator(task_id="gate", python_callable=lambda: ${rng.pick(["True", "False"])})`,
    'publish = BashOperator(task_id="publish", bash_command="echo {{ ti.xcom_pull(task_ids=\'branch\') }}")',
    'skip = BashOperator(task_id="skip", bash_command="true")',
    `${callables[0]}_op >> branch >> [publish, skip]`,
    `${callables[callables.length - 1]}_op >> gate`,
  );
  lines.push(...indent(body), "");
  return { lines, flagged };
}

/** A TaskFlow task definition (decorators from airflow.decorators or airflow.sdk). */
function taskflowTask(rng, ctx, name, decoratorPrefix) {
  const variant = rng.weighted([
    [8, "task"],
    [2, "multiple_outputs"],
    [1, "virtualenv"],
    [1, "branch"],
    [1, "sensor"],
    [1, "context_push"],
    [1, "staging"],
    [1, "boto3"],
  ]);
  const d = decoratorPrefix;
  if (variant === "branch") {
    return {
      lines: [
        `@${d}task.branch`,
        `def ${name}(rows: list) -> str:`,
        ...indent([`return "publish" if len(rows) > ${rng.int(1, 100)} else "skip"`]),
        "",
      ],
      flagged: false,
      consumesUpstream: true,
    };
  }
  if (variant === "sensor") {
    const bad = ctx.dirty && rng.chance(0.3);
    return {
      lines: [
        `@${d}task.sensor(poke_interval=${rng.int(30, 300)}, timeout=3600, mode="reschedule")`,
        `def ${name}() -> PokeReturnValue:`,
        ...indent([
          ...docstring(rng, `Waits for the ${ctx.domain} partition`),
          `df = pd.read_parquet(f"{DATA_ROOT}/latest.parquet")`,
          "ready = len(df) > 0",
          bad
            ? "return PokeReturnValue(is_done=ready, xcom_value=df)"
            : 'return PokeReturnValue(is_done=ready, xcom_value={"rows": int(len(df))})',
        ]),
        "",
      ],
      flagged: bad,
      consumesUpstream: false,
    };
  }
  if (variant === "context_push") {
    const bad = ctx.dirty && rng.chance(0.35);
    return {
      lines: [
        `@${d}task`,
        `def ${name}():`,
        ...indent([
          "context = get_current_context()",
          'ti = context["ti"]',
          `values = np.linspace(0, 1, ${rng.int(10, 1000)})`,
          bad
            ? 'ti.xcom_push(key="values", value=values)'
            : 'ti.xcom_push(key="values", value=values.tolist())',
          ...maybeComment(rng),
        ]),
        "",
      ],
      flagged: bad,
      consumesUpstream: false,
    };
  }
  if (variant === "staging" && !ctx.dirty) {
    // Near miss: scratch files written and read inside one task are not a handoff.
    return {
      lines: [
        `@${d}task`,
        `def ${name}(rows: list) -> float:`,
        ...indent([
          "with tempfile.TemporaryDirectory() as scratch:",
          ...indent([
            'path = os.path.join(scratch, "chunk.npz")',
            "np.savez(path, X=np.asarray(rows, dtype=np.float32))",
            'return float(np.load(path)["X"].mean())',
          ]),
        ]),
        "",
      ],
      flagged: false,
      consumesUpstream: true,
    };
  }
  if (variant === "staging") {
    const file = `${rng.pick(NOUNS)}.npz`;
    return {
      lines: [
        `@${d}task`,
        `def ${name}(rows: list) -> str:`,
        ...indent([
          `staging = os.environ.get("LEOFLOW_STAGING_DIR", "/tmp")`,
          `path = os.path.join(staging, "${file}")`,
          "X = np.asarray(rows, dtype=np.float32)",
          "np.savez(path, X=X)",
          "return path",
        ]),
        "",
      ],
      flagged: true,
      consumesUpstream: true,
    };
  }
  if (variant === "boto3" && !ctx.dirty) {
    // Near miss: a final sink that no task reads.
    return {
      lines: [
        `@${d}task`,
        `def ${name}(rows: list, ds=None) -> int:`,
        ...indent([
          's3 = boto3.client("s3")',
          `s3.put_object(Bucket=BUCKET, Key=f"reports/${ctx.domain}/{ds}.json", Body=json.dumps(rows))`,
          "return len(rows)",
        ]),
        "",
      ],
      flagged: false,
      consumesUpstream: true,
    };
  }
  if (variant === "boto3") {
    return {
      lines: [
        `@${d}task`,
        `def ${name}(rows: list, ds=None) -> str:`,
        ...indent([
          's3 = boto3.client("s3")',
          `key = f"${ctx.domain}/exports/{ds}.json"`,
          "s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(rows).encode())",
          'return f"s3://{BUCKET}/{key}"',
        ]),
        "",
      ],
      flagged: true,
      consumesUpstream: true,
    };
  }
  const multipleOutputs = variant === "multiple_outputs";
  const data = dataBody(rng, ctx, { multipleOutputs });
  const decorator =
    variant === "virtualenv"
      ? `@${d}task.virtualenv(requirements=["pandas==2.2.2", "numpy"], system_site_packages=False)`
      : multipleOutputs
        ? `@${d}task(multiple_outputs=True)`
        : rng.chance(0.5)
          ? `@${d}task`
          : `@${d}task(task_id="${name}_step", retries=${rng.int(0, 3)})`;
  const body = [...docstring(rng, name.replaceAll("_", " "))];
  if (variant === "virtualenv") body.push("import numpy as np", "import pandas as pd", "");
  body.push(...maybeComment(rng), ...data.lines);
  return {
    lines: [
      decorator,
      `def ${name}(rows: list | None = None)${multipleOutputs ? " -> dict" : ""}:`,
      ...indent(["rows = rows or []", ...body]),
      "",
    ],
    flagged: data.flagged,
    consumesUpstream: true,
  };
}

function taskflowCalls(names) {
  const lines = [];
  let previous;
  names.forEach((t, i) => {
    const variable = `out_${i}`;
    lines.push(
      t.consumesUpstream && previous ? `${variable} = ${t.name}(${previous})` : `${variable} = ${t.name}()`,
    );
    previous = variable;
  });
  return lines;
}

/** 2.x TaskFlow: `@dag` function with `@task` family inside, task groups, module-level helpers. */
function taskflow2File(rng, ctx, { leoflow = false, header = true } = {}) {
  const lines = header
    ? [...imports(rng, leoflow ? "leoflow" : "taskflow2"), ...moduleConstants(rng, ctx)]
    : [];
  if (leoflow) lines.push('STAGING_DIR = os.environ.get("LEOFLOW_STAGING_DIR", "/tmp")', "");
  if (header) lines.push(...helperFunctions(rng, ctx, ctx.helperCount));
  let flagged = 0;
  const body = [];
  const tasks = [];
  for (let i = 0; i < ctx.taskCount; i++) {
    const name = `${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${i}`;
    const made = taskflowTask(rng, ctx, name, "");
    flagged += made.flagged ? 1 : 0;
    body.push(...made.lines);
    tasks.push({ name, consumesUpstream: made.consumesUpstream });
  }
  if (rng.chance(0.4)) {
    body.push(
      '@task_group(group_id="quality")',
      "def quality(rows):",
      ...indent([
        "@task",
        "def count_rows(rows: list) -> int:",
        ...indent(["return len(rows)"]),
        "",
        "@task",
        "def check_nulls(rows: list) -> dict:",
        ...indent(['return {"nulls": sum(1 for r in rows if r is None)}']),
        "",
        "return [count_rows(rows), check_nulls(rows)]",
      ]),
      "",
    );
    tasks.push({ name: "quality", consumesUpstream: true });
  }
  body.push(...taskflowCalls(tasks));
  lines.push(
    "@dag(",
    `    dag_id="${ctx.dagId}",`,
    `    schedule=${rng.pick(SCHEDULES)},`,
    `    start_date=pendulum.datetime(2024, ${rng.int(1, 12)}, ${rng.int(1, 28)}, tz="UTC"),`,
    "    catchup=False,",
    "    default_args=DEFAULT_ARGS,",
    `    tags=["${ctx.domain}"],`,
    ")",
    `def ${ctx.dagId}():`,
    ...indent([...docstring(rng, `The ${ctx.domain} pipeline`), ...body]),
    "",
    "",
    `${ctx.dagId}()`,
    "",
  );
  return { lines, flagged };
}

/** 3.x `airflow.sdk`: `with DAG(...)` and `@task` inside, TaskGroup blocks. */
function sdk3File(rng, ctx) {
  const lines = [...imports(rng, "sdk3"), ...moduleConstants(rng, ctx)];
  const prefix = lines.includes("import airflow.sdk as sdk") && rng.chance(0.7) ? "sdk." : "";
  lines.push(...helperFunctions(rng, ctx, ctx.helperCount));
  let flagged = 0;
  const body = [];
  const tasks = [];
  const groupEvery = rng.int(2, 6);
  let group = [];
  const flushGroup = (index) => {
    if (!group.length) return;
    body.push(`with TaskGroup("stage_${index}"):`, ...indent(group), "");
    group = [];
  };
  for (let i = 0; i < ctx.taskCount; i++) {
    const name = `${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${i}`;
    const made = taskflowTask(rng, ctx, name, prefix);
    flagged += made.flagged ? 1 : 0;
    if (rng.chance(0.3)) group.push(...made.lines);
    else body.push(...made.lines);
    tasks.push({ name, consumesUpstream: made.consumesUpstream });
    if (i % groupEvery === groupEvery - 1) flushGroup(i);
  }
  flushGroup(ctx.taskCount);
  body.push(...taskflowCalls(tasks));
  lines.push(
    "with DAG(",
    `    dag_id="${ctx.dagId}",`,
    `    schedule=${rng.pick(SCHEDULES)},`,
    `    start_date=pendulum.datetime(2025, ${rng.int(1, 12)}, 1, tz="UTC"),`,
    "    catchup=False,",
    "):",
    ...indent(body),
    "",
  );
  return { lines, flagged };
}

/**
 * A long file: a DAG factory — hundreds of helpers, then several DAGs built in one module, as
 * some teams do with generated or config-driven DAGs.
 */
function longFile(rng, ctx) {
  const lines = [
    ...imports(rng, "taskflow2"),
    "import airflow.sdk as sdk",
    "from airflow.sdk import DAG, TaskGroup",
    "",
  ];
  lines.push(...moduleConstants(rng, ctx));
  lines.push(...helperFunctions(rng, ctx, ctx.helperCount));
  let flagged = 0;
  for (let d = 0; d < ctx.dagCount; d++) {
    const sub = { ...ctx, dagId: `${ctx.dagId}_${d}` };
    const made = rng.chance(0.5) ? taskflow2File(rng, sub, { header: false }) : sdk3Block(rng, sub);
    flagged += made.flagged;
    lines.push(`# ---- DAG ${sub.dagId} ${"-".repeat(60)}`, "", ...made.lines);
  }
  return { lines, flagged };
}

/** The DAG part of a 3.x file, without imports (for long multi-DAG modules). */
function sdk3Block(rng, ctx) {
  const made = sdk3File(rng, { ...ctx, helperCount: 0 });
  const start = made.lines.findIndex((l) => l.startsWith("with DAG("));
  return { lines: made.lines.slice(start), flagged: made.flagged };
}

// ---------------------------------------------------------------------------------------------
// Corpus

/** A file's size class: most DAG files are a few hundred lines; a tail is thousands. */
function sizeClass(rng) {
  return rng.weighted([
    [55, { taskCount: [2, 5], helperCount: [0, 3] }],
    [30, { taskCount: [4, 10], helperCount: [2, 8] }],
    [12, { taskCount: [8, 20], helperCount: [6, 20] }],
    [3, { long: true }],
  ]);
}

export function generateFile(seed, index) {
  const rng = rngFrom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const domain = rng.pick(DOMAINS);
  const size = sizeClass(rng);
  const ctx = {
    domain,
    dagId: `${domain}_${rng.pick(NOUNS)}_${index}`,
    helpers: {},
    taskCount: size.long ? rng.int(6, 14) : rng.int(...size.taskCount),
    helperCount: size.long ? rng.int(60, 300) : rng.int(...size.helperCount),
    dagCount: size.long ? rng.int(3, 12) : 1,
    /** Files with findings; the others are clean or near misses. */
    dirty: rng.chance(0.4),
  };
  const style = size.long
    ? "long"
    : rng.weighted([
        [15, "airflow1"],
        [17, "operators2"],
        [28, "taskflow2"],
        [25, "sdk3"],
        [15, "leoflow"],
      ]);
  const made =
    style === "airflow1"
      ? airflow1File(rng, ctx)
      : style === "operators2"
        ? operators2File(rng, ctx)
        : style === "taskflow2"
          ? taskflow2File(rng, ctx)
          : style === "sdk3"
            ? sdk3File(rng, ctx)
            : style === "leoflow"
              ? taskflow2File(rng, ctx, { leoflow: true })
              : longFile(rng, ctx);
  const header = [
    `"""${domain} pipeline ${index}: generated by dag-transport's benchmark (bench/generate.js).`,
    "",
    `Owner: ${rng.pick(OWNERS)}. Style: ${style}.`,
    '"""',
  ];
  let lines = [...header, ...made.lines];
  // A few files are mid-edit: a syntax error somewhere in the middle, as in a real working tree.
  const broken = rng.chance(0.005);
  if (broken) {
    const middle = Math.floor(lines.length / 2);
    const at = lines.findIndex((line, i) => i >= middle && /^(def |@|with |class )/.test(line));
    lines = [...lines.slice(0, at), "def broken(:", ...lines.slice(at)];
  }
  return {
    relativePath: path.join(domain, `${ctx.dagId}.py`),
    text: lines.join("\n") + "\n",
    style,
    flaggedTasks: made.flagged,
    dirty: ctx.dirty,
    broken,
  };
}

function generatorVersion() {
  return createHash("sha256")
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest("hex")
    .slice(0, 16);
}

/** Generates the corpus unless an identical one (same seed, count and generator) is there. */
export function ensureCorpus({ count = DEFAULT_COUNT, seed = DEFAULT_SEED, out = DEFAULT_OUT } = {}) {
  const manifestPath = path.join(out, "manifest.json");
  const version = generatorVersion();
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.version === version && manifest.seed === seed && manifest.count === count) return manifest;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const stats = {
    files: 0,
    bytes: 0,
    lines: 0,
    flaggedTasks: 0,
    filesWithFindings: 0,
    broken: 0,
    longFiles: 0,
    maxLines: 0,
    styles: {},
  };
  for (let index = 0; index < count; index++) {
    const file = generateFile(seed, index);
    const target = path.join(out, file.relativePath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    const lineCount = file.text.split("\n").length - 1;
    stats.files++;
    stats.bytes += Buffer.byteLength(file.text);
    stats.lines += lineCount;
    stats.maxLines = Math.max(stats.maxLines, lineCount);
    stats.longFiles += lineCount >= 1000 ? 1 : 0;
    stats.flaggedTasks += file.flaggedTasks;
    stats.filesWithFindings += file.flaggedTasks > 0 ? 1 : 0;
    stats.broken += file.broken ? 1 : 0;
    stats.styles[file.style] = (stats.styles[file.style] ?? 0) + 1;
  }
  // The corpus is a repository of its own (see the header comment), with the usual ignores.
  writeFileSync(path.join(out, ".gitignore"), "__pycache__/\n*.pyc\nmanifest.json\n");
  try {
    execFileSync("git", ["init", "--quiet", out], { stdio: "ignore" });
  } catch {
    mkdirSync(path.join(out, ".git"), { recursive: true });
  }
  const manifest = { version, seed, count, ...stats };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: String(DEFAULT_COUNT) },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      out: { type: "string", default: DEFAULT_OUT },
    },
  });
  const started = performance.now();
  const manifest = ensureCorpus({
    count: Number(values.count),
    seed: Number(values.seed),
    out: path.resolve(values.out),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${manifest.files} files, ${manifest.lines} lines, ${(manifest.bytes / 1024 / 1024).toFixed(1)} MiB ` +
      `(${manifest.longFiles} files of 1000+ lines, longest ${manifest.maxLines}; ${manifest.broken} with a syntax error) ` +
      `in ${path.relative(process.cwd(), path.resolve(values.out)) || "."} [${seconds}s]`,
  );
}
