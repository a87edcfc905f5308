/** Turning results into the chosen format, and writing the report where it was asked for. */
// eslint-disable-next-line no-restricted-imports -- reads the tool's own package.json and rule docs, found upward from this module's own location (findUp stops at node_modules), never a path of the workspace
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  formatGithub,
  formatGitlab,
  formatJson,
  formatJunit,
  formatSarif,
  formatStylish,
  type AnyRule,
  type LintResult,
} from "@dag-transport/core";
import type { Format } from "./options.js";

export const INFORMATION_URI = "https://github.com/dag-transport/dag-transport";

/**
 * The nearest ancestor directory of this module that contains `relative`. The CLI runs from
 * `packages/cli/dist/` in the workspace and from `dist/standalone/` in the npm-installed
 * bundle (pre-commit); both find their own package.json and the repository's rule docs.
 * The search never leaves an installed package (a `node_modules` folder): the project that
 * installed it is someone else's.
 */
export function findUp(
  relative: string,
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || path.basename(parent) === "node_modules") return undefined;
    dir = parent;
  }
}

export function toolVersion(): string {
  const manifest = findUp("package.json");
  if (!manifest) return "0.0.0";
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version ?? "0.0.0";
}

function ruleDocMarkdown(ruleId: string): string | undefined {
  const page = findUp(path.join("docs", "rules", `${ruleId}.md`));
  return page ? readFileSync(page, "utf8") : undefined;
}

export interface RenderContext {
  cwd: string;
  rules: readonly AnyRule[];
  /** Colour for a terminal. */
  color: boolean;
  /** Source text of a linted file (standard input included), for SARIF and GitLab fingerprints. */
  sourceOf: (filePath: string) => string | undefined;
}

export function render(format: Format, results: readonly LintResult[], context: RenderContext): string {
  switch (format) {
    case "json":
      return `${formatJson(results)}\n`;
    case "sarif":
      return formatSarif(results, {
        rules: context.rules,
        cwd: context.cwd,
        toolVersion: toolVersion(),
        informationUri: INFORMATION_URI,
        sourceOf: context.sourceOf,
        helpMarkdownOf: ruleDocMarkdown,
      });
    case "github":
      return formatGithub(results, { cwd: context.cwd });
    case "gitlab":
      return formatGitlab(results, { cwd: context.cwd, sourceOf: context.sourceOf });
    case "junit":
      return formatJunit(results, { cwd: context.cwd });
    case "stylish":
      return formatStylish(results, { cwd: context.cwd, color: context.color });
  }
}

export function writeReport(report: string, outputFile: string | undefined, cwd: string): void {
  if (outputFile) {
    const target = path.resolve(cwd, outputFile);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, report);
  } else {
    process.stdout.write(report);
  }
}
