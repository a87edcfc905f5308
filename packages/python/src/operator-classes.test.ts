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
import {
  initParameters,
  instanceMethod,
  isOperatorClass,
  markerName,
  markerPlace,
  summarize,
} from "./operator-classes.js";
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

/** An operator that runs the callables it is given with the keyword dicts it is given. */
const FRAME_OPERATOR = [
  "from airflow.models import BaseOperator",
  "class FrameOperator(BaseOperator):",
  "    def __init__(self, input_callable, output_callable, input_kwargs=None, output_kwargs=None, **kwargs):",
  "        super().__init__(**kwargs)",
  "        self._input = input_callable",
  "        self._input_kwargs = input_kwargs or {}",
  "        self._output = output_callable",
  "        self._output_kwargs = output_kwargs or {}",
  "    def execute(self, context):",
  "        frame = self._input(**self._input_kwargs)",
  "        self._output(frame, **self._output_kwargs)",
  "",
].join("\n");

/** A DAG of the src layout: `src/framekit/` beside `dags/`; `body` declares the tasks. */
const CALLABLE_DAG = (body: string[]) =>
  [
    "import pandas as pd",
    "from airflow import DAG",
    "from airflow.decorators import task",
    "from framekit.ops import FrameOperator",
    "from framekit.io import read_csv_at",
    "def write_csv(frame, path, index=False):",
    "    frame.to_csv(path, index=index)",
    "def save_to(target, **options):",
    "    pd.DataFrame().to_csv(target)",
    'with DAG("d") as dag:',
    ...body.map((line) => `    ${line}`),
    "",
  ].join("\n");

const FRAMEKIT = {
  "src/framekit/ops.py": FRAME_OPERATOR,
  "src/framekit/io.py":
    "import pandas as pd\ndef read_csv_at(path, sep=','):\n    return pd.read_csv(path, sep=sep)\n",
};

describe("callable keywords run with a keyword's dict", () => {
  it("a summary keeps a call of a callable keyword with a keyword's dict spread, once", () => {
    const slots = new Map([
      ["output_callable", { keyword: "output_callable", index: 1 }],
      ["output_kwargs", { keyword: "output_kwargs", index: 3 }],
    ]);
    const call = {
      callable: markerPlace("output_callable"),
      kwargs: markerPlace("output_kwargs"),
      positional: 1,
      keywords: [],
    };
    expect(summarize([], slots, [call, call]).callables).toEqual([
      {
        callable: { keyword: "output_callable", index: 1 },
        kwargs: { keyword: "output_kwargs", index: 3 },
        positional: 1,
        keywords: [],
      },
    ]);
    // Built from a keyword, the same keyword for both, a keyword the constructor does not take.
    const built = { pieces: [{ text: "\uE000output_callable\uE000" }, { hole: true as const }] };
    expect(summarize([], slots, [{ ...call, callable: built }]).callables).toBeUndefined();
    expect(summarize([], slots, [{ ...call, kwargs: call.callable }]).callables).toBeUndefined();
    expect(summarize([], slots, [{ ...call, kwargs: markerPlace("other") }]).callables).toBeUndefined();
  });

  it("reads the function given (this file's, or imported) with the literal dict bound", () => {
    const dag = CALLABLE_DAG([
      "copy = FrameOperator(",
      '    task_id="copy",',
      "    input_callable=read_csv_at,",
      '    input_kwargs={"path": "/tmp/in.csv"},',
      "    output_callable=write_csv,",
      '    output_kwargs={"path": "/tmp/out.csv"},',
      ")",
    ]);
    const files = { ...FRAMEKIT, "dags/dag.py": dag };
    const project = repository(files);
    const model = analyzePython(dag, path.join(ROOT, "dags/dag.py"), {}, project);
    expect(model.diagnostics).toEqual([]);
    expect(
      model.storage.map(
        (op) =>
          `${op.taskId} ${op.access} ${op.location.pattern} @${op.span.line}${op.origin ? ` in ${op.origin.name}:${op.origin.span.line}` : ""}`,
      ),
    ).toEqual([
      "copy read /tmp/in.csv @13 in src/framekit/io.py:3",
      // A same-file function's write is at its own line, the declaration's argument its call.
      "copy write /tmp/out.csv @7",
    ]);
    expect(model.storage[1]!.calledAt?.line).toBe(15);
  });

  it("unknown: a dict that is not a literal or spreads another, a lambda, a keyword not given, the frame passed", () => {
    const declaration = (output: string, kwargs: string) => [
      "FrameOperator(",
      '    task_id="t",',
      "    input_callable=read_csv_at,",
      `    output_callable=${output},`,
      ...(kwargs ? [`    output_kwargs=${kwargs},`] : []),
      ")",
    ];
    const cases = [
      declaration("write_csv", "OPTIONS"),
      declaration("write_csv", '{**OPTIONS, "path": "/tmp/out.csv"}'),
      declaration("write_csv", 'dict(path="/tmp/out.csv")'),
      declaration("lambda frame, path: write_csv(frame, path)", '{"path": "/tmp/out.csv"}'),
      declaration("write_csv", ""),
      // The frame is passed by position: the first parameter is not the dict's, whatever it says.
      declaration("save_to", '{"target": "/tmp/out.csv"}'),
    ];
    for (const body of cases) {
      const dag = CALLABLE_DAG(['OPTIONS = {"path": "/tmp/out.csv"}', ...body]);
      expect(ops({ ...FRAMEKIT, "dags/dag.py": dag }), body.join(" ")).toEqual([]);
    }
  });
});

describe("operators whose names do not say so", () => {
  const TO_TABLE = [
    "import pandas as pd",
    "from airflow.models import BaseOperator",
    "class CsvToTable(BaseOperator):",
    "    def __init__(self, source, **kwargs):",
    "        super().__init__(**kwargs)",
    "        self.source = source",
    "    def execute(self, context):",
    "        pd.read_csv(self.source).to_sql('t', con=None)",
    "class PlainLoader:",
    "    def __init__(self, source, task_id=None):",
    "        self.source = source",
    "",
  ].join("\n");
  const dag = (declaration: string) =>
    [
      "import pandas as pd",
      "from airflow import DAG",
      "from airflow.decorators import task",
      "from framekit.tables import CsvToTable, PlainLoader",
      "from framekit.more import Subclassed",
      "@task",
      "def write():",
      '    pd.DataFrame().to_csv("/tmp/x.csv")',
      'with DAG("d") as dag:',
      `    write() >> ${declaration}`,
      "",
    ].join("\n");
  const files = (declaration: string) => ({
    "src/framekit/tables.py": TO_TABLE,
    "src/framekit/more.py":
      "from framekit.tables import CsvToTable\nclass Subclassed(CsvToTable):\n    pass\n",
    "dags/dag.py": dag(declaration),
  });

  it("a repository class with an operator base is a task, directly or through a repository base", () => {
    for (const cls of ["CsvToTable", "Subclassed"]) {
      const source = files(`${cls}(task_id="load", source="/tmp/x.csv")`);
      const model = analyzePython(
        source["dags/dag.py"],
        path.join(ROOT, "dags/dag.py"),
        {},
        repository(source),
      );
      expect(model.tasks.map((t) => t.id)).toEqual(["write", "load"]);
      expect(ops(source)).toEqual(["load read /tmp/x.csv @10", "write write /tmp/x.csv @8"]);
    }
  });

  it("a class with no operator base, a class not found, a call without task_id: not tasks", () => {
    for (const declaration of [
      'PlainLoader(task_id="load", source="/tmp/x.csv")',
      'Missing(task_id="load", source="/tmp/x.csv")',
      'CsvToTable(source="/tmp/x.csv")',
    ]) {
      const source = files(declaration);
      const model = analyzePython(
        source["dags/dag.py"],
        path.join(ROOT, "dags/dag.py"),
        {},
        repository(source),
      );
      expect(
        model.tasks.map((t) => t.id),
        declaration,
      ).toEqual(["write"]);
    }
  });

  it("the pure check: a base named …Operator or …Sensor, or a base that is one, two levels up", () => {
    const [a, b, c, d] = firstDefinition(
      [
        "class A(BaseSensorOperator):\n    pass",
        "class B(A):\n    pass",
        "class C(B):\n    pass",
        "class D(C):\n    pass",
        "",
      ].join("\n"),
      "class_definition",
    );
    const byName = new Map([
      ["A", a!],
      ["B", b!],
      ["C", c!],
    ]);
    const resolve = (base: { text: string }) => {
      const cls = byName.get(base.text);
      return cls ? { cls, module: undefined } : undefined;
    };
    expect(isOperatorClass({ cls: a!, module: undefined }, resolve)).toBe(true);
    expect(isOperatorClass({ cls: c!, module: undefined }, resolve)).toBe(true);
    expect(isOperatorClass({ cls: d!, module: undefined }, resolve)).toBe(false);
  });
});
