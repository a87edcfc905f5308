import { typescriptFrontend } from "@dag-transport/typescript";
import { describe, expect, it } from "vitest";
import { frontendFor, TYPESCRIPT_EXTENSIONS } from "./frontends.js";

describe("frontends", () => {
  it("knows the TypeScript frontend's file endings without loading it", () => {
    expect([...TYPESCRIPT_EXTENSIONS]).toEqual([...typescriptFrontend.extensions]);
  });

  it("loads the TypeScript frontend on its first file and analyses as it does", () => {
    const source = `import { Dag } from "apache-airflow-ts-sdk";\nconst dag = new Dag("d");\n`;
    const frontend = frontendFor("dag.ts")!;
    expect(frontend.language).toBe("typescript");
    expect(frontend.analyze(source, "dag.ts")).toEqual(typescriptFrontend.analyze(source, "dag.ts"));
  });
});
