import { typescriptFrontend } from "@dag-transport/typescript";
import { describe, expect, it } from "vitest";
import { deploymentPathMatcher, frontendFor } from "./frontends.js";

describe("frontends", () => {
  it("knows the TypeScript frontend's file endings without loading it", () => {
    expect(frontendFor("dag.mts")?.extensions).toEqual(typescriptFrontend.extensions);
  });

  it("loads the TypeScript frontend on its first file and analyses as it does", () => {
    const source = `import { Dag } from "apache-airflow-ts-sdk";\nconst dag = new Dag("d");\n`;
    const frontend = frontendFor("dag.ts")!;
    expect(frontend.language).toBe("typescript");
    expect(frontend.analyze(source, "dag.ts")).toEqual(typescriptFrontend.analyze(source, "dag.ts"));
  });

  it("selects deployment files only where the deployment frontend takes them, by their exact name", () => {
    const isDeployment = deploymentPathMatcher({})!;
    const selected = [
      "airflow.cfg",
      "deploy/.env",
      "prod.env",
      ".env.local",
      "Dockerfile",
      "Dockerfile.dev",
      "worker.Dockerfile",
      "Containerfile",
      "docker-compose.override.yml",
      "compose.yaml",
      "chart/values-prod.yaml",
      "k8s/worker.yaml",
      "etl/leoflow.yaml",
    ];
    // A folder named like a deployment file (`.env` is a usual virtual environment) matches
    // the patterns for every file in it; other spellings of the names are not the files.
    const notSelected = [
      ".env/bin/activate",
      ".env/pyvenv.cfg",
      "Dockerfile.d/README",
      "dockerfile",
      "VALUES.YAML",
      "Values.yaml",
      "AIRFLOW.cfg",
    ];
    for (const name of selected) {
      expect(isDeployment(name), name).toBe(true);
      expect(frontendFor(name)?.language, name).toBe("config");
    }
    for (const name of notSelected) expect(isDeployment(name), name).toBe(false);
  });
});
