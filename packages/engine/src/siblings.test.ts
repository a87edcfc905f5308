import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findLeoflowProject, parseLeoflow } from "@dag-transport/deployment";
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
  it("finds leoflow.yaml beside the DAG file and reads it as the deployment frontend does", () => {
    const root = project({
      "dags/etl.py": "",
      "dags/leoflow.yaml": "staging:\n  enabled: true\n  size: 5Gi\n",
    });
    const yaml = path.join(root, "dags/leoflow.yaml");
    expect(readSiblingFiles(path.join(root, "dags/etl.py"))).toEqual([
      { kind: "leoflow", filePath: yaml, data: parseLeoflow(readFileSync(yaml, "utf8"), yaml) },
    ]);
    expect(readSiblingFiles(path.join(root, "dags/etl.py"))[0]!.data).toMatchObject({
      stagingEnabled: true,
      dagSource: path.join(root, "dags/dag.py"),
    });
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
    expect(first[0]!.data).toMatchObject({ stagingEnabled: true });
    expect(readSiblingFiles(path.join(root, "dags/b.py"))[0]!.data).toMatchObject({ stagingEnabled: false });
  });

  it("records a sibling that cannot be parsed instead of throwing", () => {
    const root = project({ "etl.py": "", "leoflow.yml": "staging: [unclosed-secret\n" });
    const [sibling] = readSiblingFiles(path.join(root, "etl.py"));
    expect(sibling).toMatchObject({ kind: "leoflow", filePath: path.join(root, "leoflow.yml") });
    // Where, never what: the parser's own message quotes the text.
    expect(sibling!.problem).toMatch(/^cannot parse: not valid YAML \([A-Z_]+\) at line \d+, column \d+$/);
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
          data: expect.objectContaining({ stagingEnabled: false }) as unknown,
        },
      ],
      undefined,
    ]);
  });
});

/** Odd and hostile leoflow.yaml texts: each must get one verdict wherever the file is read. */
const ODD_LEOFLOW: [label: string, text: string][] = [
  ["valid, staging on", 'schema_version: "1.0"\ndag_id: etl\nstaging:\n  enabled: true\n'],
  ["empty", ""],
  ["only a comment", "# nothing\n"],
  ["a byte-order mark", "\uFEFFdag_id: etl\nstaging: {enabled: yes}\n"],
  ["not a mapping at the top", "- dag_id: etl\n"],
  ["a scalar at the top", "just text\n"],
  ["an unclosed flow sequence", "dag_id: etl\nstaging: [enabled\nowner: x\n"],
  ["tabs for indentation", "staging:\n\tenabled: true\n"],
  ["staging not a mapping", "staging: true\n"],
  ["staging.enabled not a boolean", "staging:\n  enabled: maybe\n"],
  ["dag_source not a string", "dag_source: [a, b]\n"],
  ["a key given twice", "staging: {enabled: false}\nstaging: {enabled: true}\n"],
  ["two documents", "dag_id: a\n---\ndag_id: b\n"],
  ["an alias and a merge key", "base: &b {enabled: true}\nstaging:\n  <<: *b\n"],
  ["an alias to nothing", "staging: *missing\n"],
  [
    "an alias bomb",
    `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join("\n")}\nstaging: {enabled: true}\n`,
  ],
  ["nested 10k flow sequences deep", `staging: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`],
  ["a NUL byte", "dag_id: e\u0000tl\n"],
];

describe("leoflow.yaml: one reading, one verdict", () => {
  it.each(ODD_LEOFLOW)(
    "%s: the DAG's sibling, its Leoflow project and the linted file agree",
    (_label, text) => {
      const root = project({ "dags/dag.py": "x = 1\n", "dags/leoflow.yaml": text });
      mkdirSync(path.join(root, ".git"));
      const dag = path.join(root, "dags/dag.py");
      const yaml = path.join(root, "dags/leoflow.yaml");
      const [sibling] = readSiblingFiles(dag);
      const leoflow = findLeoflowProject(dag);
      const linted = lintFile(yaml);
      const fatal = linted.messages.filter((m) => m.fatal);
      // Read or not read, the same for every use.
      const problem = sibling?.problem !== undefined;
      expect(leoflow?.problem !== undefined, "the Leoflow project (model.leoflow)").toBe(problem);
      if (!sibling!.problem?.startsWith("cannot read"))
        expect(fatal.length > 0, "the linted leoflow.yaml's fatal message").toBe(problem);
      if (!problem) expect(sibling!.data).toEqual(leoflow);
    },
  );
});
