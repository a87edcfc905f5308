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
  assignedClient,
  branchState,
  classMethod,
  decideCondition,
  initParameters,
  instanceMethod,
  isOperatorClass,
  literalValue,
  markerName,
  markerPlace,
  summarize,
  testedAttributes,
  type ArgValue,
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
    const { parameters, kwargs } = initParameters(init!);
    expect(kwargs).toBe("options");
    expect(parameters.map(({ name, index, default: d }) => [name, index, d?.text])).toEqual([
      ["a", 0, undefined],
      ["b", 1, "1"],
      ["c", undefined, undefined],
    ]);
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

describe("methods and attributes of a plain class", () => {
  const classOf = (source: string) => firstDefinition(source, "class_definition")[0]!;
  const WRAPPERS = [
    "import functools",
    "def timeit(func):",
    "    def wrapper(*args, **kwargs):",
    "        return func(*args, **kwargs)",
    "    return wrapper",
    "def retry(times):",
    "    def decorate(func):",
    "        @functools.wraps(func)",
    "        def wrapper(*args, **kwargs):",
    "            return func(*args, **kwargs)",
    "        return wrapper",
    "    return decorate",
    "def register(func):",
    "    REGISTRY.append(func)",
    "    return func",
    "",
  ].join("\n");

  it("enters a method a wrapping decorator of the module keeps callable, not one another decorator changes", () => {
    const cls = classOf(
      WRAPPERS +
        [
          "class Session:",
          "    @timeit",
          "    def upload(self, data): pass",
          "    @retry(3)",
          "    def download(self, key): pass",
          "    @staticmethod",
          "    def name(): pass",
          "    @property",
          "    def client(self): pass",
          "    @register",
          "    def registered(self): pass",
          "    @task",
          "    def extract(self): pass",
          "",
        ].join("\n"),
    );
    expect(classMethod(cls, "upload")?.kind).toBe("instance");
    expect(classMethod(cls, "download")?.kind).toBe("instance");
    expect(classMethod(cls, "name")?.kind).toBe("static");
    for (const changed of ["client", "registered", "extract"])
      expect(classMethod(cls, changed)).toBeUndefined();
  });

  it("finds the one client a method assigns an attribute after `None` placeholders", () => {
    const cls = classOf(
      [
        "class Session:",
        "    def __init__(self):",
        "        self._fs = None",
        "        self._two = None",
        "        self._other = None",
        "    def connect(self, key):",
        "        self._fs = s3fs.S3FileSystem(key=key)",
        "        self._two = s3fs.S3FileSystem()",
        "        self._two = gcsfs.GCSFileSystem()",
        "        self._name = 'x'",
        "    def rebind(self, other):",
        "        other._other = boto3.client('s3')",
        "",
      ].join("\n"),
    );
    const found = assignedClient(cls, "_fs");
    expect(found?.value.text).toBe("s3fs.S3FileSystem(key=key)");
    expect(found?.method.childForFieldName("name")?.text).toBe("connect");
    // Two clients, not a call, or another object's attribute: not one client.
    for (const name of ["_two", "_name", "_other"]) expect(assignedClient(cls, name)).toBeUndefined();
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

  it("a place built from keywords is a template; a fresh temp name, or one starting unknown, says nothing", () => {
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

  it("a returned place of keywords is a return template; a literal one only when `execute` writes it", () => {
    const built = { pieces: [marker("path"), { text: "/out.csv" }] };
    expect(summarize([], slots, [], [built, markerPlace("tmp_file")]).returns).toEqual([
      [{ slot: { keyword: "path" } }, { piece: { text: "/out.csv" } }],
      [{ slot: { keyword: "tmp_file", index: 1 } }],
    ]);
    const report = { pieces: [{ text: "/tmp/report.json" }] };
    const written = summarize([{ access: "write", place: report }], slots, [], [report]);
    // The written literal path becomes a template (it is handed on, not scratch) and a return.
    expect(written.templates).toEqual([
      { access: "write", parts: [{ piece: { text: "/tmp/report.json" } }] },
    ]);
    expect(written.returns).toEqual([[{ piece: { text: "/tmp/report.json" } }]]);
    // Returned but never written, or written but returned under another name: no return.
    expect(summarize([{ access: "read", place: report }], slots, [], [report]).returns).toBeUndefined();
    const other = { pieces: [{ text: "/tmp/summary.txt" }] };
    expect(summarize([{ access: "write", place: report }], slots, [], [other]).returns).toBeUndefined();
  });

  it("a place of literal text is a template of itself, the same for every instance", () => {
    const extracted = { pieces: [{ text: "data/processed/extracted.csv" }] };
    expect(summarize([{ access: "write", place: extracted }], slots).templates).toEqual([
      { access: "write", parts: [{ piece: { text: "data/processed/extracted.csv" } }] },
    ]);
    const dated = { pieces: [{ text: "/data/" }, { hole: true as const }, { text: ".csv" }] };
    expect(summarize([{ access: "read", place: dated }], slots).templates).toEqual([
      {
        access: "read",
        parts: [{ piece: { text: "/data/" } }, { piece: { hole: true } }, { piece: { text: ".csv" } }],
      },
    ]);
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

/** The first expression of a one-line module. */
function expression(source: string) {
  return parseSyntaxTree(source).rootNode.namedChild(0)!.namedChild(0)!;
}

describe("values a declaration gives, and the conditions they decide", () => {
  it("reads literals, and f-strings only as non-empty; Jinja is unknown", () => {
    expect(literalValue(expression("None"))).toEqual({ none: true });
    expect(literalValue(expression("False"))).toEqual({ bool: false });
    expect(literalValue(expression("'PostgreSQL'"))).toEqual({ str: "PostgreSQL" });
    expect(literalValue(expression("2"))).toEqual({ num: 2 });
    expect(literalValue(expression('f"{DAG_ID}_new"'))).toEqual({ nonEmpty: true });
    expect(literalValue(expression('f"{DAG_ID}"'))).toBeUndefined();
    expect(literalValue(expression('"{{ ds }}"'))).toBeUndefined();
    expect(literalValue(expression("[1]"))).toBeUndefined();
    expect(literalValue(expression('b"PGDump"'))).toBeUndefined();
    expect(literalValue(expression("MODE"))).toBeUndefined();
  });

  const values = new Map<string, ArgValue>([
    ["mode", { str: "PostgreSQL" }],
    ["ids", { none: true }],
    ["dim", { bool: false }],
    ["table", { nonEmpty: true }],
  ]);
  const decide = (source: string) =>
    decideCondition(expression(source), (node) =>
      node.type === "attribute" && node.childForFieldName("object")?.text === "self"
        ? values.get(node.childForFieldName("attribute")!.text)
        : undefined,
    );

  it("decides comparisons, `is None`, truth, `not`, `and` / `or` on known attributes", () => {
    expect(decide('self.mode == "PGDump"')).toBe(false);
    expect(decide('self.mode != "PGDump"')).toBe(true);
    expect(decide("self.ids is not None")).toBe(false);
    expect(decide("self.ids is None")).toBe(true);
    expect(decide("self.dim")).toBe(false);
    expect(decide("not self.dim")).toBe(true);
    expect(decide("self.table")).toBe(true);
    expect(decide('self.table == ""')).toBe(false);
    expect(decide("self.dim and self.unknown")).toBe(false);
    expect(decide("self.table or self.unknown")).toBe(true);
  });

  it("leaves anything else unknown", () => {
    expect(decide("self.unknown")).toBeUndefined();
    expect(decide("self.unknown and self.dim")).toBeUndefined();
    expect(decide('self.table == "x"')).toBeUndefined();
    expect(decide('self.mode is "PostgreSQL"')).toBeUndefined();
    expect(decide("self.mode in MODES")).toBeUndefined();
    expect(decide("len(self.mode) > 3")).toBeUndefined();
  });

  const METHOD = [
    "def execute(self, context):",
    '    cmd = ["ogr2ogr"]',
    '    if self.mode == "PGDump":',
    "        cmd.append(A)",
    '    elif self.mode == "PostgreSQL":',
    "        cmd.append(B)",
    "        if self.unknown:",
    "            cmd.append(C)",
    "    else:",
    "        cmd.append(D)",
    "    for x in self.items:",
    "        cmd.append(E)",
    "    y = F if self.dim else G",
    "    run(cmd)",
    "",
  ].join("\n");

  it("tells dead, live and unknown branches apart", () => {
    const fn = parseSyntaxTree(METHOD).rootNode.namedChild(0)!;
    const identifiers = firstDefinition(METHOD, "identifier");
    const at = (name: string) => identifiers.find((node) => node!.text === name)!;
    const state = (name: string) =>
      branchState(at(name), fn, (condition) =>
        decideCondition(condition, (node) =>
          node.type === "attribute" ? values.get(node.childForFieldName("attribute")!.text) : undefined,
        ),
      );
    expect(state("A")).toBe("dead");
    expect(state("B")).toBe("live");
    expect(state("C")).toBe("unknown");
    expect(state("D")).toBe("dead");
    expect(state("E")).toBe("unknown");
    expect(state("F")).toBe("dead");
    expect(state("G")).toBe("live");
    expect(state("run")).toBe("live");
  });

  it("finds the attributes a class's conditions test", () => {
    const fn = parseSyntaxTree(METHOD).rootNode.namedChild(0)!;
    const within = (root: typeof fn, type: string) =>
      firstDefinition(root.text, type).filter((node): node is typeof fn => node !== null);
    expect([...testedAttributes([fn], within)].sort()).toEqual(["dim", "mode", "unknown"]);
  });

  it("records what each attribute is compared with: literal strings, or any", () => {
    const source = [
      "def execute(self, context):",
      '    if self.mode == "PGDump" or self.mode != "PostgreSQL":',
      "        pass",
      "    if self.ids is not None and self.flag:",
      "        pass",
      "    if self.a == self.b or self.n in NAMES:",
      "        pass",
      '    if (self.c or "x") == "y":',
      "        pass",
      "",
    ].join("\n");
    const fn = parseSyntaxTree(source).rootNode.namedChild(0)!;
    const within = (root: typeof fn, type: string) =>
      firstDefinition(root.text, type).filter((node): node is typeof fn => node !== null);
    const compared = new Map<string, Set<string> | "any">();
    expect([...testedAttributes([fn], within, compared)].sort()).toEqual([
      "a",
      "b",
      "c",
      "flag",
      "ids",
      "mode",
      "n",
    ]);
    expect(Object.fromEntries([...compared].map(([k, v]) => [k, v === "any" ? v : [...v].sort()]))).toEqual({
      mode: ["PGDump", "PostgreSQL"],
      a: "any",
      b: "any",
      c: "any",
    });
  });
});

const SWITCH = [
  "import subprocess",
  "from pathlib import Path",
  "from airflow.models.baseoperator import BaseOperator",
  "class FetchOperator(BaseOperator):",
  "    def __init__(self, tmp_file, xcom_dir_ids=None, **kwargs):",
  "        super().__init__(**kwargs)",
  "        self.tmp_file = tmp_file",
  "        self.xcom_dir_ids = xcom_dir_ids",
  "    def execute(self, context):",
  "        target = Path(self.tmp_file)",
  "        if self.xcom_dir_ids is not None:",
  '            target = Path(context["ti"].xcom_pull(task_ids=self.xcom_dir_ids)) / target',
  '        with open(target, "w") as handle:',
  '            handle.write("x")',
  "class ConvertOperator(BaseOperator):",
  '    def __init__(self, *, input_file, mode="PGDump", dim=False, **kwargs):',
  "        super().__init__(**kwargs)",
  "        self.input_file = input_file",
  "        self.mode = mode",
  "        self.dim = dim",
  "    def execute(self, context):",
  '        cmd = ["ogr2ogr", "-f", self.mode]',
  '        if self.mode == "PostgreSQL":',
  '            cmd.append("PG:dbname=x")',
  "            cmd.append(self.input_file)",
  "        if self.dim:",
  '            cmd.append("-dim 2")',
  "        subprocess.run(cmd, check=True)",
  "",
].join("\n");

const SWITCH_DAG = (dagArgs: string, ...declarations: string[]) =>
  [
    "from airflow import DAG",
    "from switch_ops import ConvertOperator, FetchOperator",
    `with DAG("d"${dagArgs}) as dag:`,
    ...declarations.map((d, i) => `    t${i} = ${d}`),
    "",
  ].join("\n");

describe("summaries specialised per declaration", () => {
  const run = (dag: string) => ops({ "plugins/switch_ops.py": SWITCH, "dags/dag.py": dag });

  it("decides the class's ifs with the declaration's literal values and literal defaults", () => {
    expect(
      run(
        SWITCH_DAG(
          "",
          'FetchOperator(task_id="f", tmp_file="/tmp/a.geojson")',
          'ConvertOperator(task_id="c", input_file="/tmp/a.geojson", mode="PostgreSQL")',
        ),
      ),
    ).toEqual(["c read /tmp/a.geojson @5", "f write /tmp/a.geojson @4"]);
  });

  it("one class, several declarations: each its own values (the summaries are cached per values)", () => {
    expect(
      run(
        SWITCH_DAG(
          "",
          'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL")',
          'ConvertOperator(task_id="b", input_file="/tmp/b.geojson", mode="PGDump")',
          'ConvertOperator(task_id="c", input_file="/tmp/c.geojson", mode="PostgreSQL", dim=True)',
          'ConvertOperator(task_id="d", input_file="/tmp/d.geojson", mode="PostgreSQL")',
          'FetchOperator(task_id="f", tmp_file="x.geojson", xcom_dir_ids="make_dir")',
        ),
      ),
    ).toEqual(["a read /tmp/a.geojson @4", "d read /tmp/d.geojson @7"]);
  });

  it("a condition it cannot decide leaves the command unknown", () => {
    expect(
      run(
        SWITCH_DAG("", 'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode=Variable.get("m"))'),
      ),
    ).toEqual([]);
    // Not given, and `**` could give it: its default says nothing.
    expect(
      run(
        SWITCH_DAG(
          "",
          'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL", **extra)',
        ),
      ),
    ).toEqual([]);
  });

  it("only an attribute that is the argument itself: not `x or …`, not `… if x … else …`", () => {
    // Without this, `mode="PostgreSQL"` would decide the `if`; the attribute is "GPKG" then.
    const swapped = SWITCH.replace(
      "self.mode = mode",
      'self.mode = mode if mode != "PostgreSQL" else "GPKG"',
    );
    const postgres = SWITCH_DAG(
      "",
      'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL")',
    );
    expect(ops({ "plugins/switch_ops.py": swapped, "dags/dag.py": postgres })).toEqual([]);
    // `for self.mode in …` in execute changes it: its value is not the argument's any more.
    const looped = SWITCH.replace(
      '        cmd = ["ogr2ogr", "-f", self.mode]',
      '        for self.mode in ["GPKG"]:\n            pass\n        cmd = ["ogr2ogr", "-f", self.mode]',
    );
    expect(looped).not.toBe(SWITCH);
    expect(ops({ "plugins/switch_ops.py": looped, "dags/dag.py": postgres })).toEqual([]);
    // `dim or True` is True whatever is given: "-dim 2" is in the command, which is unknown.
    const forced = SWITCH.replace("self.dim = dim", "self.dim = dim or True");
    const flat = SWITCH_DAG(
      "",
      'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL", dim=False)',
    );
    expect(ops({ "plugins/switch_ops.py": forced, "dags/dag.py": flat })).toEqual([]);
    expect(ops({ "plugins/switch_ops.py": SWITCH, "dags/dag.py": flat })).toEqual([
      "a read /tmp/a.geojson @4",
    ]);
  });

  it("strings the class never compares with decide alike, and never as one of those it does", () => {
    const declarations = ["GPKG", "Shapefile", "PostgreSQL", ""].map(
      (mode, i) => `ConvertOperator(task_id="t${i}", input_file="/tmp/${i}.geojson", mode="${mode}")`,
    );
    expect(run(SWITCH_DAG("", ...declarations))).toEqual(["t2 read /tmp/2.geojson @6"]);
  });

  it("a default counts only when no default_args of the file may set the parameter", () => {
    const declaration = 'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL")';
    // `dim` left at False: known when every default_args is a dict without it.
    expect(
      run(
        SWITCH_DAG(', default_args={"owner": "x", **BASE}', declaration).replace(
          "from airflow",
          'BASE = {"retries": 1}\nfrom airflow',
        ),
      ),
    ).toEqual(["a read /tmp/a.geojson @5"]);
    expect(run(SWITCH_DAG(', default_args={"dim": True}', declaration))).toEqual([]);
    // A module constant decides; a parameter of the same name shadowing it does not.
    const constant = SWITCH_DAG(
      "",
      'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode=MODE)',
    ).replace("from airflow", 'MODE = "PostgreSQL"\nfrom airflow');
    expect(run(constant)).toEqual(["a read /tmp/a.geojson @5"]);
    const shadowed = [
      'MODE = "PostgreSQL"',
      "from airflow import DAG",
      "from switch_ops import ConvertOperator",
      "def build(MODE):",
      '    with DAG("d") as dag:',
      '        ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode=MODE)',
      'build("GPKG")',
      "",
    ].join("\n");
    expect(run(shadowed)).toEqual([]);
    expect(run(SWITCH_DAG(", default_args=make_defaults()", declaration))).toEqual([]);
    expect(run(SWITCH_DAG(", **dag_kwargs", declaration))).toEqual([]);
    // A dict changed in place, or a DAG made elsewhere (`dag=` imported): not known.
    const mutated = SWITCH_DAG(", default_args=ARGS", declaration).replace(
      "from airflow",
      'ARGS = {"owner": "x"}\nARGS["dim"] = True\nfrom airflow',
    );
    expect(run(mutated)).toEqual([]);
    const elsewhere = [
      "from dags_common import dag",
      "from switch_ops import ConvertOperator",
      'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL", dag=dag)',
      "",
    ].join("\n");
    expect(run(elsewhere)).toEqual([]);
    const local = elsewhere.replace("from dags_common import dag", 'from airflow import DAG\ndag = DAG("d")');
    expect(run(local)).toEqual(["a read /tmp/a.geojson @4"]);
  });

  it("reads default_args imported from a repository module", () => {
    const files = {
      "plugins/switch_ops.py": SWITCH,
      "dags/common.py": 'default_args = {"owner": "x"}\nother = default_args.copy()\nother["dim"] = True\n',
      "dags/dag.py": SWITCH_DAG(
        ", default_args=default_args",
        'ConvertOperator(task_id="a", input_file="/tmp/a.geojson", mode="PostgreSQL")',
      ).replace("from airflow", "from common import default_args\nfrom airflow"),
    };
    expect(ops(files)).toEqual(["a read /tmp/a.geojson @5"]);
    const changed = {
      ...files,
      "dags/common.py": 'default_args = {"owner": "x"}\ndefault_args.update(dim=True)\n',
    };
    expect(ops(changed)).toEqual([]);
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
