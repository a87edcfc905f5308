/**
 * One reader for the workspace (issue 10): the repository's own eslint.config.js forbids reading
 * file contents through node:fs in the product's sources, except in workspace-reader.ts. These
 * run that configuration on snippets placed, by name, where the product's files live.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/cli.js";

const RESTRICTIONS = new Set(["no-restricted-imports", "no-restricted-syntax", "no-restricted-properties"]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

/** The restriction messages for `code` as if it were the file `filePath` of this repository. */
async function restrictions(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => RESTRICTIONS.has(m.ruleId ?? "")).map((m) => m.ruleId!);
}

const READ_FILE = `import { readFileSync } from "node:fs";\nexport const text = readFileSync("dag-transport.toml", "utf8");\n`;

describe("lint: the workspace is read only through workspace-reader.ts", () => {
  it("reports readFileSync imported from node:fs in a package's sources", async () => {
    expect(await restrictions(READ_FILE, "packages/engine/src/x.ts")).toEqual(["no-restricted-imports"]);
  });

  it("allows the same import in packages/core/src/workspace-reader.ts", async () => {
    expect(await restrictions(READ_FILE, "packages/core/src/workspace-reader.ts")).toEqual([]);
  });

  it("leaves tests, test support, scripts and benchmarks alone", async () => {
    for (const filePath of [
      "packages/engine/src/x.test.ts",
      "packages/engine/src/test-support/x.mjs",
      "packages/review/test/x.ts",
      "test/x.ts",
      "scripts/x.ts",
      "bench/x.js",
    ])
      expect(await restrictions(READ_FILE, filePath), filePath).toEqual([]);
  });

  it.each([
    [`import { readFile } from "node:fs/promises";`, "no-restricted-imports"],
    [`import { open } from "fs/promises";`, "no-restricted-imports"],
    [`import { createReadStream } from "fs";`, "no-restricted-imports"],
    [`import { openSync, readSync } from "node:fs";`, "no-restricted-imports"],
    [`import { promises } from "node:fs";`, "no-restricted-imports"],
    [`import fs from "node:fs";`, "no-restricted-imports"],
    [`import * as fs from "fs";`, "no-restricted-imports"],
    [`export { readFileSync } from "node:fs";`, "no-restricted-imports"],
    [`export const fs = await import("node:fs");`, "no-restricted-syntax"],
    [`export const fs = require("fs/promises");`, "no-restricted-syntax"],
    [`declare const fs: any;\nexport const t = fs.readFileSync("x");`, "no-restricted-properties"],
  ])("reports another way to read a file: %s", async (code, rule) => {
    expect(await restrictions(code, "rules/no-tmp-staging/x.ts")).toContain(rule);
    expect(await restrictions(code, "packages/review/src/x.ts")).toContain(rule);
  });

  it("allows listing, stat-ing and writing: they read no content", async () => {
    const code = `import { existsSync, readdirSync, realpathSync, statSync, writeFileSync, type Dirent } from "node:fs";\nexport { existsSync, readdirSync, realpathSync, statSync, writeFileSync, type Dirent };\n`;
    expect(await restrictions(code, "packages/engine/src/x.ts")).toEqual([]);
  });

  it("is silenced line by line with a disable comment and its reason, as the tool's own reads are", async () => {
    const justified = `// eslint-disable-next-line no-restricted-imports -- the tool's own package.json\n${READ_FILE}`;
    expect(await restrictions(READ_FILE, "packages/cli/src/x.ts")).toEqual(["no-restricted-imports"]);
    expect(await restrictions(justified, "packages/cli/src/x.ts")).toEqual([]);
  });
});
