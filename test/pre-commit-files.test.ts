/**
 * The pre-commit hook's `files` pattern (.pre-commit-hooks.yaml) and the command line agree on
 * which files are linted: DAG sources by ending (`sourceExtensions`) and deployment files by the
 * default patterns (`deploymentPathMatcher`). pre-commit matches the pattern with Python's
 * `re.search` against the path from the repository root; the command line matches a folder's
 * files against the path from the folder it lints. A file the hook passes is linted whatever
 * its name, so a name the pattern takes and the command line does not would be a fatal
 * "No frontend" in every commit that stages it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { deploymentPathMatcher, sourceExtensions } from "../packages/engine/src/index.js";
import { REPO_ROOT } from "./support/cli.js";

const hooks = parse(readFileSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as {
  id: string;
  files?: string;
  types?: string[];
  types_or?: string[];
}[];
const hook = hooks.find((h) => h.id === "dag-transport")!;

/** Paths from the repository root: what both should take, and near misses. */
const NAMES = [
  // DAG sources
  "dag.py",
  "dags/team/nightly.py",
  "dags/metrics.ts",
  "dags/a.mts",
  "dags/a.cts",
  "dags/a.js",
  "dags/a.mjs",
  "dags/a.cjs",
  "dags/a.tsx",
  "dags/a.pyc",
  "dags/a.py.bak",
  "README.md",
  "requirements.txt",
  "pyproject.toml",
  // Airflow configuration
  "airflow.cfg",
  "config/airflow.cfg",
  "AIRFLOW.cfg",
  "airflow.cfg.bak",
  "webserver_config.py",
  // env files
  ".env",
  "deploy/.env",
  "prod.env",
  "deploy/worker.env",
  ".env.local",
  ".env.",
  "deploy/.env.production",
  ".envrc",
  "env",
  "my.env.bak",
  "deploy/.env/pyvenv.cfg",
  ".env/bin/activate",
  // compose
  "docker-compose.yaml",
  "docker-compose.yml",
  "docker-compose.override.yml",
  "docker-compose-dev.yaml",
  "ops/docker-compose.prod.yaml",
  "compose.yaml",
  "compose.yml",
  "ops/compose.yaml",
  "compose.override.yaml",
  "docker-compose.yaml.bak",
  "Docker-Compose.yml",
  // Helm values
  "values.yaml",
  "values.yml",
  "chart/values-prod.yaml",
  "chart/values.prod.yml",
  "chart/Values.yaml",
  "chart/my-values.yaml",
  "VALUES.YAML",
  // Kubernetes manifests
  "k8s/worker.yaml",
  "k8s/worker.yml",
  "deploy/k8s/base/worker.yaml",
  "kubernetes/deployment.yaml",
  "deploy/manifests/scheduler.yml",
  "manifests/config.json",
  "k8s.yaml",
  "notk8s/worker.yaml",
  "K8S/worker.yaml",
  ".github/workflows/ci.yml",
  "notes/other.yaml",
  // Dockerfiles
  "Dockerfile",
  "docker/Dockerfile",
  "Dockerfile.dev",
  "Dockerfile.airflow-2.10",
  "Dockerfile.",
  "worker.Dockerfile",
  ".Dockerfile",
  "Containerfile",
  "Containerfile.dev",
  "dockerfile",
  "Dockerfile.d/README",
  // Leoflow
  "leoflow.yaml",
  "dags/etl/leoflow.yaml",
  "dags/etl/leoflow.yml",
];

const isDeployment = deploymentPathMatcher({})!;
const commandLineTakes = (name: string) =>
  sourceExtensions.some((ending) => name.endsWith(ending)) || isDeployment(name);

describe(".pre-commit-hooks.yaml: which files the hook passes", () => {
  it("passes text files by the `files` pattern (no file types of its own)", () => {
    expect(hook.types).toEqual(["text"]);
    expect(hook.types_or).toBeUndefined();
    expect(typeof hook.files).toBe("string");
  });

  it("takes exactly the files the command line finds in a folder by default", () => {
    const pattern = new RegExp(hook.files!);
    const disagree = NAMES.filter((name) => pattern.test(name) !== commandLineTakes(name));
    expect(disagree).toEqual([]);
    // The list is not one-sided.
    expect(NAMES.filter(commandLineTakes).length).toBeGreaterThan(30);
    expect(NAMES.filter((name) => !commandLineTakes(name)).length).toBeGreaterThan(30);
  });

  it("means the same to Python's `re.search`, which pre-commit uses", () => {
    const python = spawnSync(
      "python3",
      [
        "-c",
        "import json, re, sys\nd = json.load(sys.stdin)\nprint(json.dumps([bool(re.search(d['pattern'], n)) for n in d['names']]))",
      ],
      { input: JSON.stringify({ pattern: hook.files, names: NAMES }), encoding: "utf8" },
    );
    expect(python.stderr).toBe("");
    const answers = JSON.parse(python.stdout) as boolean[];
    expect(NAMES.filter((name, i) => answers[i] !== commandLineTakes(name))).toEqual([]);
  });
});
