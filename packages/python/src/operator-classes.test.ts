/**
 * Operator classes of the repository (operator-classes.ts, storage.ts `operatorSummary`): the
 * pure pieces — constructor parameters, markers, how operations become row effects and
 * templates — and, through the frontend over a repository in memory, what an instantiation
 * reads and writes, with what makes a class unknown.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";
import { memoryRepository } from "../test/memory-repository.js";
import { initParameters, instanceMethod, markerName, markerPlace, summarize } from "./operator-classes.js";
import { parseSyntaxTree } from "./syntax-tree.js";

const ROOT = path.resolve("/repo-operators-test");

const repository = (files: Record<string, string>) => memoryRepository(ROOT, files);

function ops(files: Record<string, string>, dagPath = "dags/dag.py", project = repository(files)): string[] {
  const model = analyzePython(files[dagPath]!, path.join(ROOT, dagPath), {}, project);
  expect(model.diagnostics).toEqual([]);
  return model.storage
    .map((op) => `${op.taskId} ${op.access} ${op.location.pattern} @${op.span.line}`)
    .sort();
}

function firstDefinition(source: string, type: string) {
  const tree = parseSyntaxTree(source);
  const found: ReturnType<typeof tree.rootNode.namedChild>[] = [];
  const walk = (node: NonNullable<(typeof found)[number]>) => {
    if (node.type === type) found.push(node);
    for (const child of node.namedChildren) walk(child);
  };
  walk(tree.rootNode);
  return found;
}

const FETCH = [
  "from airflow.models.baseoperator import BaseOperator",
  "class FetchOperator(BaseOperator):",
  "    def __init__(self, endpoint, tmp_file, *args, **kwargs):",
  "        super().__init__(*args, **kwargs)",
  "        self.endpoint = endpoint",
  "        self.tmp_file = tmp_file",
  "    def execute(self, context):",
  '        with open(self.tmp_file, "w") as handle:',
  '            handle.write("x")',
  "",
].join("\n");

const DAG = (imports: string, declaration: string) =>
  [
    "import pandas as pd",
    "from airflow import DAG",
    "from airflow.decorators import task",
    imports,
    'with DAG("d") as dag:',
    `    fetch = ${declaration}`,
    "    @task",
    "    def read():",
    '        return len(pd.read_csv("/tmp/x.csv"))',
    "    fetch >> read()",
    "",
  ].join("\n");

describe("constructor parameters", () => {
  it("keeps positions until `*` or `*args`, skips `self`, and names `**kwargs`", () => {
    const [init] = firstDefinition(
      "def __init__(self, a, b: int = 1, *args: str, c, **options: dict):\n    pass\n",
      "function_definition",
    );
    expect(initParameters(init!)).toEqual({
      parameters: [{ name: "a", index: 0 }, { name: "b", index: 1 }, { name: "c" }],
      kwargs: "options",
    });
    const [keywordOnly] = firstDefinition(
      "def __init__(self, *, input_file, **kw):\n    pass\n",
      "function_definition",
    );
    expect(initParameters(keywordOnly!)).toEqual({ parameters: [{ name: "input_file" }], kwargs: "kw" });
  });

  it("reads `@apply_defaults` methods, not static or class methods", () => {
    const [kept, stat] = firstDefinition(
      "class A:\n    @apply_defaults\n    def __init__(self, a):\n        pass\n    @staticmethod\n    def execute(context):\n        pass\n",
      "function_definition",
    );
    expect(instanceMethod(kept)).toBe(kept);
    expect(instanceMethod(stat)).toBeUndefined();
  });
});

describe("what a summary says", () => {
  const slots = new Map([
    ["tmp_file", { keyword: "tmp_file", index: 1 }],
    ["bucket", { keyword: "bucket" }],
    ["key", { keyword: "key" }],
    ["path", { keyword: "path" }],
  ]);
  const marker = (name: string) => markerPlace(name).pieces[0]!;

  it("a place that is exactly one keyword is a row effect on it, once", () => {
    expect(markerName(markerPlace("tmp_file"))).toBe("tmp_file");
    const write = { access: "write" as const, place: markerPlace("tmp_file") };
    expect(summarize([write, write], slots)).toEqual({
      api: { effects: [{ access: "write", path: { keyword: "tmp_file", index: 1 } }] },
      templates: [],
    });
  });

  it("a bucket and a key of keywords are a bucket/key effect with the scheme", () => {
    const text = `s3://${"text" in marker("bucket") ? marker("bucket").text : ""}/${"text" in marker("key") ? marker("key").text : ""}`;
    expect(summarize([{ access: "read", place: { pieces: [{ text }] } }], slots).api).toEqual({
      effects: [{ access: "read", bucket: { keyword: "bucket" }, key: { keyword: "key" } }],
      scheme: "s3",
    });
  });

  it("a place built from keywords is a template; one from none, or starting unknown, says nothing", () => {
    const built = { pieces: [marker("path"), { text: "/out.csv" }] };
    expect(summarize([{ access: "write", place: built }], slots).templates).toEqual([
      { access: "write", parts: [{ slot: { keyword: "path" } }, { piece: { text: "/out.csv" } }] },
    ]);
    const scratch = { pieces: [{ text: "/tmp/" }, { fresh: "3:4" }] };
    const vague = { pieces: [{ hole: true as const }, { text: "/" }, marker("tmp_file")] };
    const unknownKeyword = { pieces: [{ text: "\uE000other\uE000" }] };
    expect(
      summarize(
        [
          { access: "write", place: scratch },
          { access: "write", place: vague },
          { access: "read", place: unknownKeyword },
        ],
        slots,
      ),
    ).toEqual({ templates: [] });
  });
});

describe("an operator class of the repository, where a DAG instantiates it", () => {
  it("by keyword and by position; a base passing it on through **kwargs", () => {
    const base = { "plugins/fetch_ops.py": FETCH };
    expect(
      ops({
        ...base,
        "dags/dag.py": DAG(
          "from fetch_ops import FetchOperator",
          'FetchOperator(task_id="f", endpoint="e", tmp_file="/tmp/x.csv")',
        ),
      }),
    ).toEqual(["f write /tmp/x.csv @6", "read read /tmp/x.csv @9"]);
    expect(
      ops({
        ...base,
        "dags/dag.py": DAG(
          "from fetch_ops import FetchOperator",
          'FetchOperator("e", "/tmp/x.csv", task_id="f")',
        ),
      }),
    ).toEqual(["f write /tmp/x.csv @6", "read read /tmp/x.csv @9"]);
    const sub = [
      "from fetch_ops import FetchOperator",
      "class GzipFetchOperator(FetchOperator):",
      "    def __init__(self, level=6, **kwargs):",
      "        super().__init__(**kwargs)",
      "        self.level = level",
      "",
    ].join("\n");
    expect(
      ops({
        ...base,
        "plugins/gzip_ops.py": sub,
        "dags/dag.py": DAG(
          "from gzip_ops import GzipFetchOperator",
          'GzipFetchOperator(task_id="f", endpoint="e", tmp_file="/tmp/x.csv")',
        ),
      }),
    ).toEqual(["f write /tmp/x.csv @6", "read read /tmp/x.csv @9"]);
  });

  it("execute's helpers: a same-class method, a repository module's function given an attribute", () => {
    const ops_ = [
      "import io_utils",
      "from airflow.models.baseoperator import BaseOperator",
      "class ExportOperator(BaseOperator):",
      "    def __init__(self, report, target, **kwargs):",
      "        super().__init__(**kwargs)",
      "        self.report = report",
      "        self.target = target",
      "    def execute(self, context):",
      "        io_utils.save(self.report)",
      "        self._write(self.target)",
      "    def _write(self, path):",
      '        with open(path, "w") as handle:',
      '            handle.write("x")',
      "",
    ].join("\n");
    const helpers = 'def save(path):\n    with open(path, "w") as handle:\n        handle.write("r")\n';
    expect(
      ops({
        "plugins/export_ops.py": ops_,
        "plugins/io_utils.py": helpers,
        "dags/dag.py": DAG(
          "from export_ops import ExportOperator",
          'ExportOperator(task_id="f", report="/tmp/r.txt", target="/tmp/x.csv")',
        ),
      }),
    ).toEqual(["f write /tmp/r.txt @6", "f write /tmp/x.csv @6", "read read /tmp/x.csv @9"]);
  });

  it("a class of the DAG file itself, with no repository at all", () => {
    const source = [
      "import pandas as pd",
      "from airflow import DAG",
      "from airflow.models.baseoperator import BaseOperator",
      "class CopyOperator(BaseOperator):",
      "    def __init__(self, source, target, **kwargs):",
      "        super().__init__(**kwargs)",
      "        self.source = source",
      "        self.target = target",
      "    def execute(self, context):",
      "        self._copy(self.source)",
      "    def _copy(self, source):",
      "        pd.read_csv(source).to_parquet(self.target)",
      'with DAG("d") as dag:',
      '    CopyOperator(task_id="c", source="/tmp/a.csv", target="/tmp/b.parquet")',
      "",
    ].join("\n");
    const model = analyzePython(source, "dag.py");
    expect(
      model.storage.map((op) => `${op.taskId} ${op.access} ${op.location.pattern} @${op.span.line}`),
    ).toEqual(["c write /tmp/b.parquet @14", "c read /tmp/a.csv @14"]);
    expect(model.storage[0]!.matchedBy).toContain("an operator class of the repository, this file:4");
  });

  it("unknown: a module that does not parse, a cycle of bases, an attribute changed in execute", () => {
    const broken = FETCH.replace('open(self.tmp_file, "w")', 'open(self.tmp_file, "w"');
    expect(
      ops({
        "plugins/fetch_ops.py": broken,
        "dags/dag.py": DAG(
          "from fetch_ops import FetchOperator",
          'FetchOperator(task_id="f", endpoint="e", tmp_file="/tmp/x.csv")',
        ),
      }),
    ).toEqual(["read read /tmp/x.csv @9"]);
    const cycle =
      FETCH.replace("class FetchOperator(BaseOperator):", "class FetchOperator(Loop):") +
      "class Loop(FetchOperator):\n    pass\n";
    expect(
      ops({
        "plugins/fetch_ops.py": cycle,
        "dags/dag.py": DAG(
          "from fetch_ops import FetchOperator",
          'FetchOperator(task_id="f", endpoint="e", tmp_file="/tmp/x.csv")',
        ),
      }),
    ).toEqual(["read read /tmp/x.csv @9"]);
    const changed = FETCH.replace(
      "    def execute(self, context):\n",
      '    def execute(self, context):\n        self.tmp_file = self.tmp_file + ".part"\n',
    );
    expect(
      ops({
        "plugins/fetch_ops.py": changed,
        "dags/dag.py": DAG(
          "from fetch_ops import FetchOperator",
          'FetchOperator(task_id="f", endpoint="e", tmp_file="/tmp/x.csv")',
        ),
      }),
    ).toEqual(["read read /tmp/x.csv @9"]);
  });

  it("a cached summary is used again only while the modules it read are the same", () => {
    const dag = DAG(
      "from gzip_ops import GzipFetchOperator",
      'GzipFetchOperator(task_id="f", endpoint="e", tmp_file="/tmp/x.csv")',
    );
    const sub = "from fetch_ops import FetchOperator\nclass GzipFetchOperator(FetchOperator):\n    pass\n";
    const files = { "plugins/fetch_ops.py": FETCH, "plugins/gzip_ops.py": sub, "dags/dag.py": dag };
    expect(ops(files)).toEqual(["f write /tmp/x.csv @6", "read read /tmp/x.csv @9"]);
    // Same subclass module, its base changed: the summary is made again.
    const project = repository({ ...files, "plugins/fetch_ops.py": FETCH.replace('"w"', '"r"') });
    expect(ops({ ...files }, "dags/dag.py", project)).toEqual([
      "f read /tmp/x.csv @6",
      "read read /tmp/x.csv @9",
    ]);
    // The base is read for this DAG too (the result cache records it as a dependency).
    expect(project.reads).toContain("plugins/fetch_ops.py");
  });
});
