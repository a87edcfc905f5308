/**
 * Imported helpers (project.ts, storage.ts): which module an import names, and what the
 * imported function's reads and writes become at the call in the DAG file. The repository is a
 * map of files in memory, read through the same `ProjectFiles` interface the engine passes.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePython } from "./index.js";
import { memoryRepository } from "../test/memory-repository.js";
import { ProjectModules } from "./project.js";

const ROOT = path.resolve("/repo-imports-test");

const repository = (files: Record<string, string>) => memoryRepository(ROOT, files);

const at = (relative: string) => path.join(ROOT, relative);

const DAG = (imports: string, call: string) =>
  [
    "import pandas as pd",
    "from airflow.decorators import dag, task",
    imports,
    "@dag(schedule=None)",
    "def d():",
    "    @task",
    "    def write():",
    `        ${call}`,
    "    @task",
    "    def read():",
    '        return len(pd.read_parquet("/tmp/x.parquet"))',
    "    write() >> read()",
    "d()",
  ].join("\n");

function ops(files: Record<string, string>, dagPath = "dags/dag.py"): string[] {
  const project = repository(files);
  const model = analyzePython(files[dagPath]!, at(dagPath), {}, project);
  expect(model.diagnostics).toEqual([]);
  return model.storage.map(
    (op) =>
      `${op.taskId} ${op.access} ${op.location.pattern} @${op.span.line}${op.origin ? ` in ${op.origin.name}:${op.origin.span.line}` : ""}`,
  );
}

const SAVE = (target: string) => `def save(frame, path):\n    frame.to_parquet(${target})\n`;

describe("which module an import names", () => {
  it("the DAG's own folder wins over the repository root (dags/utils.py over utils/)", () => {
    const files = {
      "dags/dag.py": DAG("from utils import save", 'save(pd.DataFrame(), "/tmp/x.parquet")'),
      "dags/utils.py": SAVE("path"),
      "utils/__init__.py": SAVE('"/elsewhere.parquet"'),
    };
    expect(ops(files)).toContain("write write /tmp/x.parquet @8 in dags/utils.py:2");
  });

  it("a folder above the DAG's, up to the root, then plugins/ and include/", () => {
    const modules = new ProjectModules(
      repository({
        "dags/team/dag.py": "",
        "dags/common/io.py": SAVE("path"),
        "plugins/hooks_io.py": SAVE("path"),
        "include/helpers.py": SAVE("path"),
      }),
    );
    const from = at("dags/team/dag.py");
    expect(modules.resolveFunction("common.io.save", from)?.module.name).toBe("dags/common/io.py");
    expect(modules.resolveFunction("hooks_io.save", from)?.module.name).toBe("plugins/hooks_io.py");
    expect(modules.resolveFunction("include.helpers.save", from)?.module.name).toBe("include/helpers.py");
    expect(modules.resolveFunction("helpers.save", from)?.module.name).toBe("include/helpers.py");
  });

  it("a src/ layout beside a folder on the way up, after everything else", () => {
    const modules = new ProjectModules(
      repository({
        "chapter/dags/dag.py": "",
        "chapter/src/nycpkg/operators/io.py": SAVE("path"),
        "chapter/src/shared.py": SAVE("path"),
        "chapter/dags/shared.py": SAVE("path"),
        "src/toplevel/io.py": SAVE("path"),
        "other/src/elsewhere.py": SAVE("path"),
      }),
    );
    const from = at("chapter/dags/dag.py");
    // A namespace package of the src layout, found through its module.
    expect(modules.resolveFunction("nycpkg.operators.io.save", from)?.module.name).toBe(
      "chapter/src/nycpkg/operators/io.py",
    );
    // The DAGs folder's own module wins over the src/ one of the same name.
    expect(modules.resolveFunction("shared.save", from)?.module.name).toBe("chapter/dags/shared.py");
    // The root's src/ too (a folder on the way up); not a src/ elsewhere in the repository.
    expect(modules.resolveFunction("toplevel.io.save", from)?.module.name).toBe("src/toplevel/io.py");
    expect(modules.resolveFunction("elsewhere.save", from)).toBeUndefined();
  });

  it("the repository itself as the package its first name calls it, when nothing else has that name", () => {
    const modules = new ProjectModules(
      repository({
        "cv_listener.py": "",
        "utils/email_utils.py": SAVE("path"),
        "dags/dag.py": "",
        "shared/io.py": SAVE("path"),
        "agent_dags/shared/io.py": SAVE('"/elsewhere.parquet"'),
      }),
    );
    // Deployed as `agent_dags/` of the DAGs folder: `agent_dags.utils…` is the root's `utils/`.
    expect(
      modules.resolveFunction("agent_dags.utils.email_utils.save", at("cv_listener.py"))?.module.name,
    ).toBe("utils/email_utils.py");
    expect(modules.resolveFunction("team.utils.email_utils.save", at("dags/dag.py"))?.module.name).toBe(
      "utils/email_utils.py",
    );
    // A folder of that name wins; a first name alone, a module the root lacks, or the standard
    // library's: nothing.
    expect(modules.resolveFunction("agent_dags.shared.io.save", at("dags/dag.py"))?.module.name).toBe(
      "agent_dags/shared/io.py",
    );
    expect(modules.resolveFunction("email_utils.save", at("dags/dag.py"))).toBeUndefined();
    expect(modules.resolveFunction("team.other.save", at("dags/dag.py"))).toBeUndefined();
    expect(modules.resolveFunction("os.shared.io.save", at("dags/dag.py"))).toBeUndefined();
    // The helper's write surfaces at the call, as any imported helper's.
    const files = {
      "cv_listener.py": DAG("from agent_dags.utils.io import save", 'save(pd.DataFrame(), "/tmp/x.parquet")'),
      "utils/io.py": SAVE("path"),
    };
    expect(ops(files, "cv_listener.py")).toContain("write write /tmp/x.parquet @8 in utils/io.py:2");
  });

  it("relative imports and __init__ re-exports", () => {
    const modules = new ProjectModules(
      repository({
        "pkg/__init__.py": "from .io import save\n",
        "pkg/io.py": SAVE("path"),
        "pkg/sub/mod.py": "",
      }),
    );
    expect(modules.resolveFunction("pkg.save", at("dags/dag.py"))?.module.name).toBe("pkg/io.py"); // from the root
    expect(modules.resolveFunction("pkg.save", at("x.py"))?.module.name).toBe("pkg/io.py");
    expect(modules.resolveFunction("..io.save", at("pkg/sub/mod.py"))?.module.name).toBe("pkg/io.py");
    expect(modules.resolveFunction(".save", at("pkg/other.py"))?.module.name).toBe("pkg/io.py");
  });

  it("the standard library and Airflow's installed packages are never the repository's", () => {
    const modules = new ProjectModules(repository({ "dags/json.py": "def dump(a, b):\n    pass\n" }));
    expect(modules.resolveFunction("json.dump", at("dags/dag.py"))).toBeUndefined();
  });

  it("never leaves the repository, and a re-export cycle is unknown", () => {
    const modules = new ProjectModules(
      repository({ "a/__init__.py": "from b import f\n", "b/__init__.py": "from a import f\n" }),
    );
    expect(modules.resolveFunction("...outside.f", at("x.py"))).toBeUndefined();
    expect(modules.resolveFunction("a.f", at("x.py"))).toBeUndefined();
  });
});

describe("an imported helper's storage at the call", () => {
  it("binds the helper's parameters to the call's arguments, and names the helper's write", () => {
    const files = {
      "dags/dag.py": DAG("from include.io import save", 'save(pd.DataFrame(), "/tmp/x.parquet")'),
      "include/io.py": SAVE("path"),
    };
    expect(ops(files)).toEqual([
      "write write /tmp/x.parquet @8 in include/io.py:2",
      "read read /tmp/x.parquet @11",
    ]);
  });

  it("a module that does not parse, a third-party module, a call cycle: unknown, no crash", () => {
    const files = {
      "dags/dag.py": DAG(
        "from broken import save\nfrom vendor_lib import store\nfrom ping import ping",
        'save(pd.DataFrame(), "/tmp/x.parquet"); store(pd.DataFrame(), "/tmp/x.parquet"); ping(1)',
      ),
      "dags/broken.py": "def save(frame, path):\n    frame.to_parquet(path\n",
      "dags/ping.py": "from pong import pong\ndef ping(n):\n    pong(n)\n",
      "dags/pong.py": "from ping import ping\ndef pong(n):\n    ping(n)\n",
    };
    expect(ops(files)).toEqual(["read read /tmp/x.parquet @13"]);
  });

  it("reads each module once per content", () => {
    const files = {
      "dags/dag.py": DAG("from once_io import save", 'save(pd.DataFrame(), "/tmp/x.parquet")'),
      "dags/once_io.py": SAVE("path"),
    };
    const project = repository(files);
    analyzePython(files["dags/dag.py"], at("dags/dag.py"), {}, project);
    expect(project.reads.filter((r) => r === "dags/once_io.py")).toEqual(["dags/once_io.py"]);
  });
});

describe("a script a task's command runs", () => {
  const BASH_DAG = (command: string) =>
    [
      "from airflow import DAG",
      "from airflow.operators.bash import BashOperator",
      'with DAG("d", schedule=None):',
      `    BashOperator(task_id="export", bash_command=${JSON.stringify(command)})`,
      "",
    ].join("\n");
  const SCRIPT = [
    "import pandas as pd",
    "def unused():",
    '    pd.DataFrame().to_csv("/data/never.csv")',
    "def main():",
    '    pd.DataFrame().to_csv("/data/out.csv")',
    'if __name__ == "__main__":',
    "    main()",
    "",
  ].join("\n");

  it("is found by the longest tail of its path, and runs its module-level code, not its uncalled functions", () => {
    const files = {
      "dags/dag.py": BASH_DAG("python /opt/airflow/dags/jobs/export.py --day 1"),
      "dags/jobs/export.py": SCRIPT,
      "jobs/export.py": "",
    };
    expect(ops(files)).toEqual(["export write /data/out.csv @4 in dags/jobs/export.py:5"]);
  });

  it("a bare name only beside the DAG or at the root; a path that climbs, or another runner's, is not followed", () => {
    const modules = new ProjectModules(
      repository({ "dags/dag.py": "", "lib/x.py": "", "x.py": "", "dags/y.py": "" }),
    );
    expect(modules.scriptModule("x.py", at("dags/dag.py"))?.file).toBe(at("x.py"));
    expect(modules.scriptModule("y.py", at("dags/dag.py"))?.file).toBe(at("dags/y.py"));
    expect(modules.scriptModule("/opt/app/lib/x.py", at("dags/dag.py"))?.file).toBe(at("lib/x.py"));
    expect(modules.scriptModule("../lib/x.py", at("dags/dag.py"))).toBeUndefined();
    expect(modules.scriptModule("absent.py", at("dags/dag.py"))).toBeUndefined();
    const files = {
      "dags/dag.py": BASH_DAG("spark-submit dags/jobs/export.py"),
      "dags/jobs/export.py": SCRIPT,
    };
    expect(ops(files)).toEqual([]);
  });
});

describe("a Compose file's environment", () => {
  const COMPOSE = [
    "services:",
    "  worker:",
    "    environment:",
    "      OUT_DIR: /opt/airflow/shared",
    "      PROC_DIR: /data/processed/{{ ds }}",
    "      DB_URL: postgresql://airflow:secret@postgres/airflow",
    "      BUCKET_URL: s3://team-lake/raw",
    "      SIGNED: s3://team-lake/raw?X-Amz-Signature=abc",
    "",
  ].join("\n");
  const read = (variable: string) =>
    ops({
      "docker-compose.yaml": COMPOSE,
      "dags/dag.py": DAG("import os", `open(os.environ["${variable}"] + "/x.csv", "w")`),
    });

  it("names the path or object-store URL a variable is set to", () => {
    expect(read("OUT_DIR")).toEqual([
      "write write /opt/airflow/shared/x.csv @8",
      "read read /tmp/x.parquet @11",
    ]);
    expect(read("PROC_DIR")).toEqual([
      "write write /data/processed/{*}/x.csv @8",
      "read read /tmp/x.parquet @11",
    ]);
    expect(read("BUCKET_URL")).toEqual([
      "write write s3://team-lake/raw/x.csv @8",
      "read read /tmp/x.parquet @11",
    ]);
  });

  it("keeps a value with credentials or a query out of every location (it would reach a message)", () => {
    expect(read("DB_URL")).toEqual(["write write ${DB_URL}/x.csv @8", "read read /tmp/x.parquet @11"]);
    expect(read("SIGNED")).toEqual(["write write ${SIGNED}/x.csv @8", "read read /tmp/x.parquet @11"]);
  });
});

describe("a folder a DAG puts on sys.path", () => {
  const COMPOSE = [
    "services:",
    "  worker:",
    "    volumes:",
    "      - ./scripts:/opt/airflow/scripts",
    "",
  ].join("\n");
  const HELPER = ["def save():", '    open("/tmp/x.parquet", "w").write("x")', ""].join("\n");
  const dag = (folder: string) =>
    DAG(`import sys\nsys.path.append("${folder}")\nfrom helpers import save`, "save()");

  it("finds a module in the repository folder a Compose file mounts there", () => {
    const files = {
      "docker-compose.yaml": COMPOSE,
      "scripts/helpers.py": HELPER,
      "dags/dag.py": dag("/opt/airflow/scripts"),
    };
    const modules = new ProjectModules(repository(files));
    expect(modules.module("helpers", at("dags/dag.py"))?.file).toBe(at("scripts/helpers.py"));
  });

  it("finds nothing for a folder no mount maps, or without a Compose file", () => {
    const unmounted = {
      "docker-compose.yaml": COMPOSE,
      "scripts/helpers.py": HELPER,
      "dags/dag.py": dag("/opt/airflow/other"),
    };
    expect(new ProjectModules(repository(unmounted)).module("helpers", at("dags/dag.py"))).toBeUndefined();
    const noCompose = { "scripts/helpers.py": HELPER, "dags/dag.py": dag("/opt/airflow/scripts") };
    expect(new ProjectModules(repository(noCompose)).module("helpers", at("dags/dag.py"))).toBeUndefined();
  });
});

describe("operator factories imported from a repository module (repository-tasks.ts)", () => {
  const FACTORY_DAG = (call: string, dag = 'with DAG(dag_id="d", schedule=None) as dag:') =>
    ["from airflow import DAG", "from lido.tasks import make_laws", dag, `    laws = ${call}`, ""].join("\n");
  const tasks = (factory: string, call: string, dag?: string): string[] => {
    const files = {
      "dags/dag.py": FACTORY_DAG(call, dag),
      "dags/lido/__init__.py": "",
      "dags/lido/tasks.py": ["from airflow.operators.bash import BashOperator", factory].join("\n"),
    };
    return ops(files);
  };
  const BASH = (id: string) =>
    `BashOperator(task_id=${id}, bash_command=f"sort /data/in.nt > {out}", dag=dag)`;

  it("makes the call a task of the DAG, the operator's writes at the call, its parameters bound", () => {
    const factory = `def make_laws(dag, out="/data/laws.nt"):\n    return ${BASH('"make_laws"')}\n`;
    expect(tasks(factory, "make_laws(dag)")).toEqual([
      "make_laws write /data/laws.nt @4 in dags/lido/tasks.py:3",
      "make_laws read /data/in.nt @4 in dags/lido/tasks.py:3",
    ]);
    expect(tasks(factory, 'make_laws(dag, out="/data/other.nt")')[0]).toBe(
      "make_laws write /data/other.nt @4 in dags/lido/tasks.py:3",
    );
  });

  it("reads the task id from the call when the factory takes it, and a name bound to the operator", () => {
    const factory = `def make_laws(task_id, dag, out="/data/laws.nt"):\n    op = ${BASH("task_id")}\n    return op\n`;
    expect(tasks(factory, 'make_laws("sorted_laws", dag)')[0]).toBe(
      "sorted_laws write /data/laws.nt @4 in dags/lido/tasks.py:3",
    );
  });

  it("makes no task of a factory it cannot read as one operator, or a call in no DAG", () => {
    const twoReturns =
      `def make_laws(dag, out="/data/laws.nt", fast=False):\n    if fast:\n` +
      `        return ${BASH('"a"')}\n    return ${BASH('"b"')}\n`;
    expect(tasks(twoReturns, "make_laws(dag)")).toEqual([]);
    const decorated = `import functools\n@functools.cache\ndef make_laws(dag, out="/data/laws.nt"):\n    return ${BASH('"x"')}\n`;
    expect(tasks(decorated, "make_laws(dag)")).toEqual([]);
    const unreadableId = `def make_laws(dag, out="/data/laws.nt"):\n    return ${BASH("next_id()")}\n`;
    expect(tasks(unreadableId, "make_laws(dag)")).toEqual([]);
    const python =
      `from airflow.operators.python import PythonOperator\ndef write(out="/data/laws.nt"):\n    open(out, "w")\n` +
      `def make_laws(dag):\n    return PythonOperator(task_id="w", python_callable=write, dag=dag)\n`;
    expect(tasks(python, "make_laws(dag)")).toEqual([]);
    const factory = `def make_laws(dag, out="/data/laws.nt"):\n    return ${BASH('"make_laws"')}\n`;
    expect(tasks(factory, "make_laws(None)", "if True:")).toEqual([]);
  });
});

describe("a static method of a repository class as a task's callable", () => {
  const DAG_FILE = [
    "from airflow import DAG",
    "from airflow.operators.python import PythonOperator",
    "from steps.etl import Extract",
    'with DAG("d", schedule=None):',
    '    PythonOperator(task_id="extract", python_callable=Extract.CALLABLE)',
    "",
  ].join("\n");
  const STEPS = [
    "class Extract:",
    "    @staticmethod",
    "    def run():",
    '        open("/data/out.csv", "w").write("x")',
    "    def bound(self):",
    '        open("/data/bound.csv", "w").write("x")',
    "",
  ].join("\n");
  const run = (callable: string) =>
    ops({ "dags/dag.py": DAG_FILE.replace("CALLABLE", callable), "dags/steps/etl.py": STEPS });

  it("runs the static method's code, read in its module", () => {
    expect(run("run")).toEqual(["extract write /data/out.csv @5 in dags/steps/etl.py:4"]);
  });

  it("follows no instance method named through the class, nor a name the class lacks", () => {
    expect(run("bound")).toEqual([]);
    expect(run("missing")).toEqual([]);
  });
});
