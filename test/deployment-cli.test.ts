/**
 * Deployment configuration and leoflow.yaml through the command line: which files a run finds,
 * configured or not, the formats that carry their file and line (SARIF, GitHub annotations), a
 * pre-commit run given only leoflow.yaml, and bad input that is never echoed.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliJson } from "./support/cli.js";
import { tempProject } from "./support/project.js";

const BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend";
const COMPOSE = `services:\n  worker:\n    environment:\n      AIRFLOW__CORE__XCOM_BACKEND: ${BACKEND}\n      AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH: s3://c@b/xcom\n      AIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_THRESHOLD: "1000"\n`;

const findings = (
  results: { filePath: string; messages: { line: number; ruleId: string | null }[] }[],
  root: string,
) =>
  results
    .flatMap((r) =>
      r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line}:${m.ruleId ?? "fatal"}`),
    )
    .sort();

describe("deployment files through the command line", () => {
  it("finds them by the default patterns, not other YAML", () => {
    const project = tempProject({
      "deploy/docker-compose.yaml": COMPOSE,
      "deploy/k8s/worker.yaml": `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: w\n      env:\n        - name: AIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_PATH\n          value: s3://c@b/x\n`,
      ".github/workflows/ci.yml": "on: push\njobs: {}\n",
      "notes/other.yaml": "services: [unclosed\n",
    });
    try {
      const { results } = runCliJson(["."], { cwd: project.dir });
      expect(findings(results, project.dir)).toEqual([
        "deploy/docker-compose.yaml:4:dag-transport/xcom-backend-config",
        "deploy/docker-compose.yaml:6:dag-transport/xcom-backend-config",
        "deploy/k8s/worker.yaml:7:dag-transport/xcom-backend-config",
      ]);
    } finally {
      project.cleanup();
    }
  });

  it("takes its file patterns from the rule's `files` option, and none while the rules are off", () => {
    const project = tempProject({
      "ops/airflow-env.yaml": COMPOSE,
      "deploy/docker-compose.yaml": COMPOSE,
      "dag-transport.config.yaml": "rules:\n  xcom-backend-config: [error, {files: ['ops/*.yaml']}]\n",
    });
    try {
      const configured = findings(runCliJson(["."], { cwd: project.dir }).results, project.dir);
      expect(configured.every((f) => f.startsWith("ops/airflow-env.yaml"))).toBe(true);
      expect(configured).toHaveLength(2);
      project.write(
        "dag-transport.config.yaml",
        "rules:\n  xcom-backend-config: 'off'\n  staging-requires-volume: 'off'\n",
      );
      expect(runCliJson(["."], { cwd: project.dir }).results).toEqual([]);
    } finally {
      project.cleanup();
    }
  });

  it("never selects a file no frontend takes: a virtual environment named .env, other spellings", () => {
    const project = tempProject({
      ".env/pyvenv.cfg": "home = /usr/bin\n",
      ".env/bin/activate": "export VIRTUAL_ENV=.env\n",
      dockerfile: "FROM apache/airflow:2.10.3\n",
      "docker-compose.yaml": COMPOSE,
    });
    try {
      const run = runCliJson(["."], { cwd: project.dir });
      expect(run.results.map((r) => path.relative(project.dir, r.filePath))).toEqual(["docker-compose.yaml"]);
      expect(findings(run.results, project.dir).every((f) => !f.endsWith(":fatal"))).toBe(true);
    } finally {
      project.cleanup();
    }
  });

  it("SARIF and GitHub annotations carry the configuration file and line", () => {
    const project = tempProject({ "docker-compose.yaml": COMPOSE });
    try {
      const sarif = JSON.parse(runCli(["--format", "sarif", "."], { cwd: project.dir }).stdout);
      const locations = sarif.runs[0].results.map(
        (r: {
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }) =>
          `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`,
      );
      expect(locations.sort()).toEqual(["docker-compose.yaml:4", "docker-compose.yaml:6"]);
      const github = runCli(["--format", "github", "."], { cwd: project.dir }).stdout;
      expect(github).toContain("file=docker-compose.yaml,line=6");
    } finally {
      project.cleanup();
    }
  });

  it("a pre-commit run given only leoflow.yaml judges it against the DAG it names", () => {
    const project = tempProject({
      "etl/leoflow.yaml": 'schema_version: "1.0"\ndag_id: etl\n',
      "etl/dag.py":
        'import os\nfrom airflow.sdk import DAG, task\n\n\n@task\ndef t():\n    return os.environ["LEOFLOW_STAGING_DIR"]\n\n\nwith DAG("etl"):\n    t()\n',
    });
    try {
      const run = runCliJson(["etl/leoflow.yaml"], { cwd: project.dir });
      expect(run.status).toBe(1);
      expect(findings(run.results, project.dir)).toEqual([
        "etl/leoflow.yaml:2:dag-transport/staging-requires-volume",
      ]);
      project.write("etl/leoflow.yaml", 'schema_version: "1.0"\ndag_id: etl\nstaging:\n  enabled: true\n');
      expect(runCliJson(["etl/leoflow.yaml", "etl/dag.py"], { cwd: project.dir }).status).toBe(0);
    } finally {
      project.cleanup();
    }
  });

  it("a file that fails to parse is reported by position, its text never echoed", () => {
    const secret = "hunter2-secret-token";
    const project = tempProject({
      "docker-compose.yaml": `services:\n  w: {environment: [DB_PASSWORD=${secret}\n  x: 1\n`,
      "airflow.cfg": `sql_alchemy_conn = postgresql://u:${secret}@db/airflow\n[core]\n`,
    });
    try {
      for (const format of ["stylish", "json", "sarif", "github"]) {
        const run = runCli(["--format", format, "."], { cwd: project.dir });
        expect(run.status).toBe(1);
        expect(run.stdout + run.stderr).not.toContain(secret);
      }
    } finally {
      project.cleanup();
    }
  });
});
