import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  analyzeDeployment,
  detectAirflowVersion,
  findLeoflowProject,
  lowestVersion,
  MAX_CONFIG_BYTES,
  neighbourSettings,
  parseEnvName,
  parseLeoflow,
  readConfigText,
  versionFromPyproject,
  versionFromRequirements,
} from "./index.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dag-transport-deployment-"));
  mkdirSync(path.join(root, ".git"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const settingsOf = (text: string, name: string) =>
  (analyzeDeployment(text, `/deploy/${name}`).deployment?.settings ?? []).map((s) => ({
    name: s.name,
    section: s.section,
    key: s.key,
    value: s.value,
    line: s.span.line,
    source: s.source,
    ...(s.ignoredName ? { ignored: s.ignoredName.intended } : {}),
  }));

describe("environment names (airflow/configuration.py `_env_var_name` at 2.10.3)", () => {
  it("reads COMMON_IO as the common.io section", () => {
    expect(parseEnvName("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH")).toEqual({
      section: "common.io",
      key: "xcom_objectstorage_path",
    });
    expect(parseEnvName("AIRFLOW__CORE__XCOM_BACKEND")).toEqual({ section: "core", key: "xcom_backend" });
  });

  it("knows a dotted section is never read, and names the one that is", () => {
    expect(parseEnvName("AIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_THRESHOLD")).toEqual({
      ignoredName: { intended: "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD" },
    });
  });

  it("is not an Airflow setting without the prefix or a key", () => {
    expect(parseEnvName("POSTGRES_USER")).toBeUndefined();
    expect(parseEnvName("AIRFLOW__CORE")).toBeUndefined();
    expect(parseEnvName("AIRFLOW_HOME")).toBeUndefined();
  });
});

describe("settings out of each kind of file", () => {
  it("airflow.cfg: sections, `=` and `:`, comments, continuation lines", () => {
    const text =
      "[core]\n# comment\nxcom_backend = x.Backend  # trailing\nparallelism: 32\n  continued\n[common.io]\nxcom_objectstorage_threshold = 1000\n";
    expect(settingsOf(text, "airflow.cfg")).toEqual([
      {
        name: "[core] xcom_backend",
        section: "core",
        key: "xcom_backend",
        value: "x.Backend",
        line: 3,
        source: "airflow.cfg",
      },
      {
        name: "[core] parallelism",
        section: "core",
        key: "parallelism",
        value: "32",
        line: 4,
        source: "airflow.cfg",
      },
      {
        name: "[common.io] xcom_objectstorage_threshold",
        section: "common.io",
        key: "xcom_objectstorage_threshold",
        value: "1000",
        line: 7,
        source: "airflow.cfg",
      },
    ]);
  });

  it(".env: quotes, export, comments; other names ignored", () => {
    const text =
      'export AIRFLOW__CORE__XCOM_BACKEND="a.B"\nOTHER=1\nAIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_PATH=s3://c@b/x # note\n';
    expect(settingsOf(text, ".env")).toEqual([
      {
        name: "AIRFLOW__CORE__XCOM_BACKEND",
        section: "core",
        key: "xcom_backend",
        value: "a.B",
        line: 1,
        source: "env-file",
      },
      {
        name: "AIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_PATH",
        section: undefined,
        key: undefined,
        value: "s3://c@b/x",
        line: 3,
        source: "env-file",
        ignored: "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH",
      },
    ]);
  });

  it(".env: a quoted value over several lines, a bare NAME, a quoted value with a comment", () => {
    const text = [
      'SSH_KEY="-----BEGIN KEY-----',
      "abc=def",
      '-----END KEY-----"',
      "AIRFLOW_UID",
      "AIRFLOW__CORE__XCOM_BACKEND='a.B' # the backend",
      'NOTE=\'it said "hi"',
      "there'",
      'AIRFLOW__CORE__PARALLELISM="4"',
    ].join("\n");
    const model = analyzeDeployment(text, "/deploy/.env");
    expect(model.diagnostics).toEqual([]);
    expect(model.deployment?.settings.map((s) => [s.name, s.value, s.span.line])).toEqual([
      ["AIRFLOW__CORE__XCOM_BACKEND", "a.B", 5],
      ["AIRFLOW__CORE__PARALLELISM", "4", 8],
    ]);
  });

  it(".env: a quoted value never closed is a diagnostic at its line; the lines after it are read", () => {
    const model = analyzeDeployment('A="open\nAIRFLOW__CORE__PARALLELISM=4\n', "/deploy/.env");
    expect(model.diagnostics.map((d) => [d.message, d.span.line])).toEqual([
      [".env not fully analysed: a quoted value that is never closed (line 1).", 1],
    ]);
    expect(model.deployment?.settings.map((s) => s.name)).toEqual(["AIRFLOW__CORE__PARALLELISM"]);
  });

  it("an env template (.env.example, example.env) may hold placeholders: its settings are read, its other lines are no diagnostic", () => {
    const text = "AIRFLOW__CORE__ENABLE_XCOM_PICKLING=True\n<PROJECT>_SQL_CONN_URI=postgresql://u@h/db\n";
    for (const name of [".env.example", ".env.sample", "example.env", ".env.local.template"]) {
      const model = analyzeDeployment(text, `/deploy/${name}`);
      expect(model.diagnostics).toEqual([]);
      expect(model.deployment?.settings.map((s) => s.name)).toEqual(["AIRFLOW__CORE__ENABLE_XCOM_PICKLING"]);
    }
    // The deployment's own env files still say what they could not read.
    for (const name of [".env", ".env.prod", "airflow.env"])
      expect(analyzeDeployment(text, `/deploy/${name}`).diagnostics).toHaveLength(1);
  });

  it("Dockerfile: ENV in both forms, continuations; FROM names the version", () => {
    const text =
      "FROM apache/airflow:2.9.3-python3.11\nENV AIRFLOW__CORE__LOAD_EXAMPLES=False \\\n    AIRFLOW__CORE__XCOM_BACKEND=a.B\nENV AIRFLOW__CORE__ENABLE_XCOM_PICKLING True\n";
    const model = analyzeDeployment(text, "/deploy/Dockerfile");
    expect(model.deployment?.settings.map((s) => [s.name, s.value, s.span.line])).toEqual([
      ["AIRFLOW__CORE__LOAD_EXAMPLES", "False", 2],
      ["AIRFLOW__CORE__XCOM_BACKEND", "a.B", 2],
      ["AIRFLOW__CORE__ENABLE_XCOM_PICKLING", "True", 4],
    ]);
    expect(model.airflowVersion).toMatchObject({ version: "2.9.3", line: 1 });
  });

  it("compose: map and list environments, anchors and merge keys counted once", () => {
    const text = [
      "x-common:",
      "  environment: &env",
      "    AIRFLOW__CORE__XCOM_BACKEND: a.B",
      "services:",
      "  one:",
      "    environment:",
      "      <<: *env",
      "      AIRFLOW__CORE__PARALLELISM: 4",
      "  two:",
      "    environment: *env",
      "  three:",
      "    environment:",
      "      - AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD=${THRESHOLD}",
      "",
    ].join("\n");
    expect(settingsOf(text, "docker-compose.yaml").map((s) => [s.name, s.value, s.line])).toEqual([
      ["AIRFLOW__CORE__PARALLELISM", "4", 8],
      ["AIRFLOW__CORE__XCOM_BACKEND", "a.B", 3],
      ["AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD", undefined, 13],
    ]);
  });

  it("Helm values: config sections (dotted names kept) and env entries", () => {
    const text =
      'airflowVersion: "2.9.3"\nenv:\n  - name: AIRFLOW__CORE__XCOM_BACKEND\n    value: a.B\nconfig:\n  common.io:\n    xcom_objectstorage_threshold: -1\n  core:\n    executor: "{{ .Values.executor }}"\n';
    const model = analyzeDeployment(text, "/deploy/values.yaml");
    expect(model.deployment?.kind).toBe("helm-values");
    expect(model.deployment?.settings.map((s) => [s.source, s.section, s.key, s.value, s.span.line])).toEqual(
      [
        ["helm-config", "common.io", "xcom_objectstorage_threshold", "-1", 7],
        ["helm-config", "core", "executor", undefined, 9],
        ["env", "core", "xcom_backend", "a.B", 3],
      ],
    );
    expect(model.airflowVersion).toMatchObject({ version: "2.9.3" });
  });

  it("Kubernetes: containers' env of workloads, valueFrom without a value; other YAML says nothing", () => {
    const text =
      "apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: c\n              env:\n                - name: AIRFLOW__CORE__XCOM_BACKEND\n                  valueFrom: {secretKeyRef: {name: s, key: k}}\n";
    expect(settingsOf(text, "job.yaml").map((s) => [s.name, s.value, s.line])).toEqual([
      ["AIRFLOW__CORE__XCOM_BACKEND", undefined, 11],
    ]);
    expect(analyzeDeployment("name: ci\non: push\n", "/repo/.github/workflows/ci.yml")).toMatchObject({
      diagnostics: [],
    });
    expect(analyzeDeployment("name: ci\n", "/repo/ci.yml").deployment).toBeUndefined();
  });
});

describe("bad input is a diagnostic with a position, never the text", () => {
  const secret = "s3cr3t-t0ken";
  it.each([
    ["docker-compose.yaml", `services:\n  w: {environment: [TOKEN=${secret}\n  x: 1\n`],
    ["airflow.cfg", `password = ${secret}\n[core]\n`],
    [".env", `AIRFLOW__CORE__PARALLELISM=4\nthis is not ${secret}\n`],
    ["leoflow.yaml", `dag_id: x\nstaging: [${secret}\nowner: y\n`],
    ["leoflow.yaml", `staging:\n  enabled: ${secret}\n`],
  ])("%s", (name, text) => {
    const model = analyzeDeployment(text, `/p/${name}`);
    expect(model.diagnostics).toHaveLength(1);
    expect(model.diagnostics[0]!.fatal).toBe(true);
    expect(model.diagnostics[0]!.span.line).toBeGreaterThan(0);
    expect(JSON.stringify(model)).not.toContain(secret);
  });

  it("an env file with no NAME=value line at all is no dotenv file: no diagnostic", () => {
    const model = analyzeDeployment("DAG_DIR: /opt/dags\nSFTP_HOST: example.org\n", "/repo/local.env");
    expect(model.diagnostics).toEqual([]);
    expect(model.deployment?.settings).toEqual([]);
  });

  it("a Helm template under a manifests folder is not YAML yet: no diagnostic", () => {
    expect(
      analyzeDeployment("{{- if .Values.x }}\nkind: Pod\n{{- end }}\n", "/k8s/pod.yaml").diagnostics,
    ).toEqual([]);
  });

  it("bounded reads: missing, too large, binary", () => {
    const root = project({ "big.env": "A=1\n".repeat(MAX_CONFIG_BYTES / 4 + 1), "bin.env": "A\u0000B" });
    expect(readConfigText(path.join(root, "none.env"))).toBeUndefined();
    expect(readConfigText(path.join(root, "big.env"))).toMatchObject({
      problem: expect.stringContaining("limit"),
    });
    expect(readConfigText(path.join(root, "bin.env"))).toMatchObject({
      problem: expect.stringContaining("NUL"),
    });
    expect(readConfigText(root)).toEqual({ problem: "Not a regular file; not analysed." });
  });
});

describe("leoflow.yaml (neochaotic/leoflow v0.0.1-prealpha.17 schema)", () => {
  it("staging.enabled as Leoflow's Go decoder reads a bool; dag_source relative to the yaml", () => {
    expect(parseLeoflow("dag_id: a\nstaging:\n  enabled: yes\n", "/p/leoflow.yaml")).toMatchObject({
      stagingEnabled: true,
      dagSource: "/p/dag.py",
      stagingLine: 3,
    });
    expect(parseLeoflow("dag_id: a\ndag_source: flows/etl.py\n", "/p/leoflow.yaml")).toMatchObject({
      stagingEnabled: false,
      dagSource: "/p/flows/etl.py",
      stagingSpan: { line: 1 },
    });
    expect(
      parseLeoflow("tasks:\n  t1:\n    env:\n      LEOFLOW_STAGING_DIR: /x\n", "/p/leoflow.yaml").taskEnv,
    ).toEqual({
      LEOFLOW_STAGING_DIR: ["t1"],
    });
    expect(parseLeoflow("staging: true\n", "/p/leoflow.yaml").problem?.message).toBe(
      "`staging` is not a mapping",
    );
    expect(parseLeoflow("", "/p/leoflow.yaml")).toMatchObject({ stagingEnabled: false });
  });

  it("a DAG file belongs to the nearest leoflow.yaml that names it", () => {
    const root = project({
      "a/leoflow.yaml": "dag_id: a\n",
      "a/dag.py": "",
      "a/helper.py": "",
      "b/leoflow.yaml": "dag_id: b\ndag_source: flows/etl.py\n",
      "b/flows/etl.py": "",
      "c/dag.py": "",
    });
    expect(findLeoflowProject(path.join(root, "a/dag.py"))?.filePath).toBe(path.join(root, "a/leoflow.yaml"));
    expect(findLeoflowProject(path.join(root, "a/helper.py"))).toBeUndefined();
    expect(findLeoflowProject(path.join(root, "b/flows/etl.py"))?.filePath).toBe(
      path.join(root, "b/leoflow.yaml"),
    );
    expect(findLeoflowProject(path.join(root, "c/dag.py"))).toBeUndefined();
  });
});

describe("the Airflow version a repository pins", () => {
  it("reads requirement specifiers, lowest of a range", () => {
    expect(lowestVersion("==2.10.3")).toBe("2.10.3");
    expect(lowestVersion(">=2.9,<3")).toBe("2.9");
    expect(lowestVersion("~=2.10.0")).toBe("2.10.0");
    expect(lowestVersion("<3")).toBeUndefined();
    expect(
      versionFromRequirements(
        "numpy\n--constraint https://raw.githubusercontent.com/apache/airflow/constraints-2.10.3/constraints-3.11.txt\n",
      ),
    ).toMatchObject({ version: "2.10.3", line: 2 });
    expect(versionFromRequirements("apache-airflow-providers-amazon==9.0\n")).toBeUndefined();
    expect(versionFromPyproject('[project]\ndependencies = ["apache-airflow>=3.0.2"]\n')).toMatchObject({
      version: "3.0.2",
    });
    expect(versionFromPyproject('[tool.poetry.dependencies]\napache-airflow = "^2.8"\n')).toMatchObject({
      version: "2.8",
    });
    expect(versionFromPyproject("not = [toml")).toBeUndefined();
  });

  it("the nearest folder with a pin decides", () => {
    const root = project({
      "requirements.txt": "apache-airflow==2.9.3\n",
      "dags/dag.py": "",
      "images/worker/Dockerfile": "FROM apache/airflow:slim-2.10.3\n",
      "images/worker/dag.py": "",
    });
    expect(detectAirflowVersion(path.join(root, "dags/dag.py"))).toMatchObject({
      version: "2.9.3",
      from: "repository",
    });
    expect(detectAirflowVersion(path.join(root, "images/worker/dag.py"))).toMatchObject({
      version: "2.10.3",
    });
  });

  it("finds every kind of file by its name's variants (the folder's other names are skipped first)", () => {
    const pins: [string, string][] = [
      ["pyproject.toml", '[project]\ndependencies = ["apache-airflow==2.1.1"]\n'],
      ["Requirements-Dev.TXT", "apache-airflow==2.1.2\n"],
      ["constraints-3.11.txt", "apache-airflow==2.1.3\n"],
      ["Dockerfile.prod", "FROM apache/airflow:2.1.4\n"],
      ["Containerfile", "FROM apache/airflow:2.1.5\n"],
      ["worker.Dockerfile", "FROM apache/airflow:2.1.6\n"],
      ["docker-compose.override.yml", "services:\n  web:\n    image: apache/airflow:2.1.7\n"],
      ["compose.yaml", "services:\n  web:\n    image: apache/airflow:2.1.8\n"],
      ["values-prod.yaml", "airflowVersion: 2.1.9\n"],
    ];
    for (const [name, text] of pins) {
      const root = project({ [name]: text, "a_dag.py": "", "zz.txt": "apache-airflow==1.0.0\n" });
      expect(detectAirflowVersion(path.join(root, "a_dag.py"))?.file).toBe(path.join(root, name));
    }
  });
});

describe("one deployment is one folder", () => {
  it("reads the other deployment files of the folder, not the file's own", () => {
    const root = project({
      "deploy/airflow.cfg": "[core]\nxcom_backend = a.B\n",
      "deploy/.env": "AIRFLOW__CORE__PARALLELISM=4\n",
      "deploy/notes.yaml": "AIRFLOW__CORE__X: 1\n",
      "other/.env": "AIRFLOW__CORE__DAGS_FOLDER=/x\n",
    });
    const names = neighbourSettings(path.join(root, "deploy/airflow.cfg")).map((s) => s.name);
    expect(names).toEqual(["AIRFLOW__CORE__PARALLELISM"]);
  });
});
