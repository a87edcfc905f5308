/**
 * Inline expectations in fixtures: a comment `expect: <token>, <token>` at the end of the line
 * where each finding must start (`#` in Python, `//` in TypeScript). A token is a rule id,
 * `fatal` for a fatal diagnostic (syntax error, unreadable file), or `suppression` for a
 * problem with a suppression directive. Lines without the comment must produce nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { LintMessage, LintResult } from "@dag-transport/core";

const EXPECT = /(?:#|\/\/)\s*expect:\s*([\w\s,-]+?)\s*$/;

/** "line:token" strings, sorted, so a failing test shows a readable diff. */
export type Findings = string[];

export function expectedFindings(source: string): Findings {
  const found: Findings = [];
  source.split("\n").forEach((text, index) => {
    const match = EXPECT.exec(text);
    if (!match) return;
    for (const token of match[1]!
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean)) {
      found.push(`${index + 1}:${token}`);
    }
  });
  return found.sort(compareFindings);
}

export function tokenOf(message: Pick<LintMessage, "ruleId" | "fatal">): string {
  if (message.fatal) return "fatal";
  if (message.ruleId === null) return "suppression";
  return message.ruleId.replace(/^dag-transport\//, "");
}

export function actualFindings(result: Pick<LintResult, "messages">): Findings {
  return result.messages.map((m) => `${m.line}:${tokenOf(m)}`).sort(compareFindings);
}

function compareFindings(a: string, b: string): number {
  const [la, ta] = a.split(":");
  const [lb, tb] = b.split(":");
  return Number(la) - Number(lb) || ta!.localeCompare(tb!);
}

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../../fixtures");

/**
 * Every fixture file under `fixtures/<language>/`, absolute paths, sorted: by ending, and by
 * `alsoFile` (given the path relative to that folder) for configuration files.
 */
export function fixtureFiles(
  language: string,
  extensions: readonly string[],
  alsoFile?: (relativePath: string) => boolean,
): string[] {
  const root = path.join(FIXTURES_DIR, language);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        extensions.some((ext) => entry.name.endsWith(ext)) ||
        alsoFile?.(path.relative(root, full).split(path.sep).join("/"))
      )
        files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

export function expectedFor(file: string): Findings {
  return expectedFindings(readFileSync(file, "utf8"));
}
