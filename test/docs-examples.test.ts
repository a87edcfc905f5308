/**
 * Every rule page's examples are linted, as typescript-eslint's docs are: each code block of
 * docs/rules/<id>.md is marked by an HTML comment on the line before its fence —
 *
 *   <!-- example: flagged -->        the rule must report at least one finding in it
 *   <!-- example: not-flagged -->    the rule must report none
 *   <!-- example: illustration -->   not linted (program output, configuration, a one-line
 *                                    suppression shown out of context)
 *
 * optionally with `file=<name>` (the file the block is, by default `dag.py` / `dag.ts` by the
 * fence's language) and `group=<name>` (blocks of one group are files of one repository, linted
 * together — a `leoflow.yaml` and the DAG it names). Python and TypeScript examples are shown
 * without their imports: `PRELUDE` puts the common ones (and a TypeScript `dag`) in front.
 * Examples are linted with the real analysis (the engine the CLI runs), and must parse.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lintFile } from "../packages/engine/src/index.js";
import { allRules } from "../rules/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/cli.js";

const KINDS = ["flagged", "not-flagged", "illustration"] as const;
type Kind = (typeof KINDS)[number];

interface Example {
  kind: Kind;
  language: string;
  code: string;
  /** 1-based line of the fence in the page. */
  line: number;
  file?: string;
  group?: string;
}

const MARKER = /^<!-- example: (\S+)((?: \w+=\S+)*) -->$/;

/** The page's code blocks, each with its marker (or `unmarked`). */
function examplesOf(page: string): (Example | { unmarked: true; line: number })[] {
  const lines = page.split("\n");
  const found: (Example | { unmarked: true; line: number })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith("```"));
    const marker = MARKER.exec(lines[i - 1] ?? "");
    if (!marker) found.push({ unmarked: true, line: i + 1 });
    else {
      const attributes = Object.fromEntries(
        marker[2]!
          .trim()
          .split(" ")
          .filter(Boolean)
          .map((a) => a.split("=") as [string, string]),
      );
      found.push({
        kind: marker[1] as Kind,
        language: fence[1]!,
        code: lines.slice(i + 1, end).join("\n") + "\n",
        line: i + 1,
        ...(attributes.file ? { file: attributes.file } : {}),
        ...(attributes.group ? { group: attributes.group } : {}),
      });
    }
    i = end;
  }
  return found;
}

/** The imports examples leave out. */
const PRELUDE: Record<string, string> = {
  python: [
    "import json, os, pickle, shutil, tempfile",
    "from dataclasses import dataclass",
    "from enum import Enum",
    "from pathlib import Path",
    "import boto3",
    "import numpy as np",
    "import pandas as pd",
    "from airflow.decorators import dag, task",
    "from airflow.sensors.base import PokeReturnValue",
    "from sklearn.ensemble import RandomForestClassifier",
    "from sklearn.model_selection import train_test_split",
    "",
  ].join("\n"),
  ts: [
    'import { Dag } from "apache-airflow-ts-sdk";',
    'import { readFileSync, writeFileSync } from "node:fs";',
    'import { readFile, writeFile } from "node:fs/promises";',
    'import * as os from "node:os";',
    'import * as path from "node:path";',
    'import { join } from "node:path";',
    'import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";',
    'const dag = new Dag("example");',
    "",
  ].join("\n"),
};

const DEFAULT_FILE: Record<string, string> = { python: "dag.py", ts: "dag.ts" };

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Lints examples as the files of one repository; the rule's findings and fatal messages per example. */
function lintTogether(ruleId: string, examples: Example[]): { ruleFindings: number; fatal: string[] }[] {
  const root = mkdtempSync(path.join(tmpdir(), "dag-transport-doc-example-"));
  roots.push(root);
  mkdirSync(path.join(root, ".git"));
  const files = examples.map((example) => {
    const name = example.file ?? DEFAULT_FILE[example.language];
    if (!name) throw new Error(`line ${example.line}: a ${example.language} block needs file=<name>`);
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, (PRELUDE[example.language] ?? "") + example.code);
    return file;
  });
  expect(new Set(files).size, "each example of a group is a file of its own").toBe(files.length);
  return files.map((file) => {
    const result = lintFile(file, { root });
    return {
      ruleFindings: result.messages.filter((m) => m.ruleId === `dag-transport/${ruleId}`).length,
      fatal: result.messages.filter((m) => m.fatal).map((m) => m.message),
    };
  });
}

const pagesDir = path.join(REPO_ROOT, "docs/rules");
const pages = readdirSync(pagesDir).filter((name) => name.endsWith(".md"));

describe("example markers", () => {
  it("reads each block's marker, file and group, and finds blocks without one", () => {
    const page = [
      "## Flagged",
      "<!-- example: flagged file=leoflow.yaml group=a -->",
      "```yaml",
      "dag_id: x",
      "```",
      "```python",
      "x = 1",
      "```",
      "<!-- example: not-flagged -->",
      "```ts",
      "```",
    ].join("\n");
    expect(examplesOf(page)).toEqual([
      { kind: "flagged", language: "yaml", code: "dag_id: x\n", line: 3, file: "leoflow.yaml", group: "a" },
      { unmarked: true, line: 6 },
      { kind: "not-flagged", language: "ts", code: "\n", line: 10 },
    ]);
  });
});

describe("rule pages' examples", () => {
  it("every rule has a page", () => {
    expect(pages.map((p) => p.replace(/\.md$/, "")).sort()).toEqual(allRules.map((r) => r.id).sort());
  });

  describe.each(pages)("%s", (page) => {
    const ruleId = page.replace(/\.md$/, "");
    const examples = examplesOf(readFileSync(path.join(pagesDir, page), "utf8"));

    it("marks every code block flagged, not-flagged or illustration, with at least one of the first two each", () => {
      const unmarked = examples.filter((e) => "unmarked" in e).map((e) => e.line);
      expect(unmarked, "code blocks without an <!-- example: … --> marker (fence lines)").toEqual([]);
      const kinds = examples.map((e) => ("kind" in e ? e.kind : undefined));
      expect(kinds.filter((k) => k !== undefined && !KINDS.includes(k))).toEqual([]);
      expect(kinds).toContain("flagged");
      expect(kinds).toContain("not-flagged");
    });

    const linted = examples.filter((e): e is Example => "kind" in e && e.kind !== "illustration");
    const groups = new Map<string, Example[]>();
    for (const example of linted) {
      const key = example.group !== undefined ? `group ${example.group}` : `line ${example.line}`;
      groups.set(key, [...(groups.get(key) ?? []), example]);
    }

    it.each([...groups.entries()])(
      "%s: flagged blocks have the rule's finding, the others none",
      (_key, group) => {
        const results = lintTogether(ruleId, group);
        group.forEach((example, i) => {
          const { ruleFindings, fatal } = results[i]!;
          const where = `${page}:${example.line} (${example.kind})`;
          expect(fatal, `${where} parses`).toEqual([]);
          if (example.kind === "flagged") expect(ruleFindings, where).toBeGreaterThan(0);
          else expect(ruleFindings, where).toBe(0);
        });
      },
    );
  });
});
