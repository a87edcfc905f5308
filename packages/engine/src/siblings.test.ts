import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintFile, lintText } from "./engine.js";
import { readSiblingFiles, SIBLING_FILE_KINDS, type SiblingCache } from "./siblings.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dag-transport-siblings-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("sibling files", () => {
  it("finds leoflow.yaml beside the DAG file and parses it", () => {
    const root = project({
      "dags/etl.py": "",
      "dags/leoflow.yaml": "staging:\n  enabled: true\n  size: 5Gi\n",
    });
    expect(readSiblingFiles(path.join(root, "dags/etl.py"))).toEqual([
      {
        kind: "leoflow",
        filePath: path.join(root, "dags/leoflow.yaml"),
        data: { staging: { enabled: true, size: "5Gi" } },
      },
    ]);
  });

  it("does not take a leoflow.yaml from another folder", () => {
    const root = project({ "dags/etl.py": "", "leoflow.yaml": "staging: {enabled: true}\n" });
    expect(readSiblingFiles(path.join(root, "dags/etl.py"))).toEqual([]);
  });

  it("reads a directory's sibling files once per run when given the run's cache", () => {
    const root = project({
      "dags/a.py": "",
      "dags/b.py": "",
      "dags/leoflow.yaml": "staging: {enabled: true}\n",
    });
    const cache: SiblingCache = new Map();
    const first = readSiblingFiles(path.join(root, "dags/a.py"), SIBLING_FILE_KINDS, cache);
    writeFileSync(path.join(root, "dags/leoflow.yaml"), "staging: {enabled: false}\n");
    // Same run, same directory: the cached answer. A new run (no cache) reads the change.
    expect(readSiblingFiles(path.join(root, "dags/b.py"), SIBLING_FILE_KINDS, cache)).toBe(first);
    expect(first[0]!.data).toEqual({ staging: { enabled: true } });
    expect(readSiblingFiles(path.join(root, "dags/b.py"))[0]!.data).toEqual({ staging: { enabled: false } });
  });

  it("records a sibling that cannot be parsed instead of throwing", () => {
    const root = project({ "etl.py": "", "leoflow.yml": "staging: [unclosed-secret\n" });
    const [sibling] = readSiblingFiles(path.join(root, "etl.py"));
    expect(sibling).toMatchObject({ kind: "leoflow", filePath: path.join(root, "leoflow.yml") });
    // Where, never what: the parser's own message quotes the text.
    expect(sibling!.problem).toMatch(/^cannot parse: syntax error at line \d+, column \d+$/);
    expect(sibling!.problem).not.toContain("unclosed-secret");
    expect(sibling!.data).toBeUndefined();
  });

  it("reaches the rules' model when a single file is linted, whichever files the run was given", () => {
    const root = project({ "dags/etl.py": "x = 1\n", "dags/leoflow.yaml": "staging:\n  enabled: false\n" });
    const seen: unknown[] = [];
    const probe = {
      id: "probe",
      meta: { description: "", recommendedSeverity: "error" as const, messages: {}, optionsSchema: {} },
      defaultOptions: {},
      check: (model: { siblingFiles?: unknown }) => void seen.push(model.siblingFiles),
    };
    lintFile(path.join(root, "dags/etl.py"), { rules: [probe] });
    lintText("x = 1\n", path.join(root, "dags/etl.py"), { rules: [probe] });
    expect(seen).toEqual([
      [
        {
          kind: "leoflow",
          filePath: path.join(root, "dags/leoflow.yaml"),
          data: { staging: { enabled: false } },
        },
      ],
      undefined,
    ]);
  });
});
