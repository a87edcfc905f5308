/**
 * Rule documentation, kept true to the rules' metadata:
 * - the README's rules table (between `<!-- rules-table:start -->` and `<!-- rules-table:end -->`)
 *   is generated from every rule's id and `meta.description`;
 * - every rule has `docs/rules/<id>.md` with a `# <id>` title and the sections a reader needs
 *   (why, a flagged example, a fixed or not-flagged example, options), and its Options section
 *   names every option of `meta.optionsSchema` (in backticks), so a new or renamed option
 *   cannot go undocumented;
 * - every rule page points at the policy it enforces (`docs/policy.md`, by its published URL so
 *   the link also works in SARIF help) and cites no decision record a user's repository lacks
 *   ("ADR-0100");
 * - no page documents a rule that does not exist;
 * - docs/configuration.md and docs/knowledge.md are fresh (scripts/configuration.ts, knowledge.ts).
 *
 * `pnpm docs:check` reports what is missing or stale (and runs in `pnpm test`);
 * `pnpm docs:write` regenerates the README table. Rule pages are written by people.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POLICY_URL, type AnyRule } from "../packages/core/src/rule.js";

export const TABLE_START = "<!-- rules-table:start -->";
export const TABLE_END = "<!-- rules-table:end -->";

/** Sections every rule page has: a `##` heading matching the pattern; `example` sections hold code. */
export const REQUIRED_SECTIONS: { name: string; heading: RegExp; example: boolean }[] = [
  { name: "Why", heading: /^why\b/i, example: false },
  {
    name: "a flagged example (Flagged / Incorrect / Bad)",
    heading: /^(flagged|incorrect|bad)\b/i,
    example: true,
  },
  {
    name: "a fixed example (Not flagged / Fixed / Correct / Good)",
    heading: /^(not flagged|fixed|correct|good)\b/i,
    example: true,
  },
  { name: "Options", heading: /^options\b/i, example: false },
];

export interface DocsProblem {
  file: string;
  message: string;
}

interface Section {
  heading: string;
  body: string;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

export function rulesTable(rules: readonly AnyRule[]): string {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${cell(rule.meta.description)} | ${rule.meta.recommendedSeverity} |`,
  );
  return ["| id | what it flags | recommended |", "| --- | --- | --- |", ...rows].join("\n");
}

function optionNames(rule: AnyRule): string[] {
  return Object.keys((rule.meta.optionsSchema.properties ?? {}) as Record<string, unknown>);
}

function between(
  text: string,
  start: string,
  end: string,
): { before: string; inside: string; after: string } | undefined {
  const a = text.indexOf(start);
  const b = text.indexOf(end, a + start.length);
  if (a < 0 || b < 0) return undefined;
  return {
    before: text.slice(0, a + start.length),
    inside: text.slice(a + start.length, b),
    after: text.slice(b),
  };
}

function replaceBetween(text: string, start: string, end: string, content: string): string | undefined {
  const parts = between(text, start, end);
  return parts ? `${parts.before}\n${content}\n${parts.after}` : undefined;
}

function sections(markdown: string): Section[] {
  const found: Section[] = [];
  let current: Section | undefined;
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^##\s+(.*)$/.exec(line);
    if (heading) {
      current = { heading: heading[1]!.trim(), body: "" };
      found.push(current);
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return found;
}

function rulePageProblems(rule: AnyRule, file: string, text: string): DocsProblem[] {
  const problems: DocsProblem[] = [];
  const title = text.split("\n").find((line) => line.trim() !== "");
  if (title?.trim() !== `# ${rule.id}`)
    problems.push({ file, message: `must start with the title '# ${rule.id}'` });
  const found = sections(text);
  for (const required of REQUIRED_SECTIONS) {
    const section = found.find((s) => required.heading.test(s.heading));
    if (!section) problems.push({ file, message: `has no '## ' section for ${required.name}` });
    else if (required.example && !/^\s*(```|~~~)/m.test(section.body))
      problems.push({ file, message: `section '${section.heading}' has no code example` });
  }
  if (!text.includes(POLICY_URL))
    problems.push({ file, message: `does not link the policy it enforces (${POLICY_URL})` });
  const adr = /\bADR[- ]?\d+/.exec(text);
  if (adr)
    problems.push({
      file,
      message: `cites '${adr[0]}', which users do not have; link docs/policy.md instead`,
    });
  const options = found.find((s) => /^options\b/i.test(s.heading));
  if (options) {
    for (const name of optionNames(rule)) {
      if (!options.body.includes(`\`${name}\``))
        problems.push({ file, message: `Options section does not describe option \`${name}\`` });
    }
  }
  return problems;
}

export function checkDocs(root: string, rules: readonly AnyRule[]): DocsProblem[] {
  const problems: DocsProblem[] = [];
  const readme = path.join(root, "README.md");
  const table = between(readFileSync(readme, "utf8"), TABLE_START, TABLE_END);
  if (!table) problems.push({ file: readme, message: `has no ${TABLE_START} … ${TABLE_END} markers` });
  else if (table.inside.trim() !== rulesTable(rules))
    problems.push({ file: readme, message: "rules table is stale; run pnpm docs:write" });

  const docsDir = path.join(root, "docs", "rules");
  for (const rule of rules) {
    const file = path.join(docsDir, `${rule.id}.md`);
    if (!existsSync(file)) {
      problems.push({ file, message: `rule '${rule.id}' has no documentation page` });
      continue;
    }
    problems.push(...rulePageProblems(rule, file, readFileSync(file, "utf8")));
  }
  const ids = new Set(rules.map((r) => r.id));
  const pages = existsSync(docsDir) ? readdirSync(docsDir).filter((name) => name.endsWith(".md")) : [];
  for (const page of pages) {
    if (page !== "README.md" && !ids.has(page.slice(0, -3)))
      problems.push({ file: path.join(docsDir, page), message: "documents no rule (renamed or removed?)" });
  }
  return problems;
}

/** Regenerates the README rules table; returns the files it changed. */
export function writeDocs(root: string, rules: readonly AnyRule[]): string[] {
  const readme = path.join(root, "README.md");
  const text = readFileSync(readme, "utf8");
  const next = replaceBetween(text, TABLE_START, TABLE_END, rulesTable(rules));
  if (next === undefined || next === text) return [];
  writeFileSync(readme, next);
  return [readme];
}

async function cli(): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { allRules } = await import("../rules/index.js");
  // The knowledge page (docs/knowledge.md) is generated from the catalogs.
  const knowledge = await import("./knowledge.js");
  // The configuration reference (docs/configuration.md) is generated from the config schema.
  const configuration = await import("./configuration.js");
  if (process.argv.includes("--write")) {
    for (const file of [
      ...writeDocs(root, allRules),
      ...knowledge.writeKnowledgePage(root),
      ...configuration.writeConfigurationPage(root, allRules),
    ])
      console.log(`updated ${path.relative(root, file)}`);
  }
  const problems = [
    ...checkDocs(root, allRules),
    ...knowledge.checkKnowledgePage(root),
    ...configuration.checkConfigurationPage(root, allRules),
  ];
  for (const p of problems) console.error(`${path.relative(root, p.file)}: ${p.message}`);
  if (problems.length) {
    console.error(
      `\n${problems.length} documentation problem(s). Rule docs: docs/rules/<id>.md (see scripts/docs.ts).`,
    );
    return 1;
  }
  console.log(`rule docs and README table are up to date (${allRules.length} rules)`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli();
}
