/**
 * Rule documentation, kept true to the rules' metadata:
 * - the README's rules table (between `<!-- rules-table:start -->` and `<!-- rules-table:end -->`)
 *   is generated from every rule's id and `meta.description`;
 * - every rule has `docs/rules/<id>.md` with a `# <id>` title and the sections a reader needs
 *   (why, a flagged example, a fixed example, options), and its options table (between
 *   `<!-- options:start -->` and `<!-- options:end -->`) is generated from `meta.optionsSchema`
 *   and `defaultOptions`;
 * - no page documents a rule that does not exist.
 *
 * `pnpm docs:check` reports what is missing or stale (and runs in `pnpm test`);
 * `pnpm docs:write` regenerates the generated parts. Prose is written by people.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AnyRule } from "@dag-transport/core";

export const TABLE_START = "<!-- rules-table:start -->";
export const TABLE_END = "<!-- rules-table:end -->";
export const OPTIONS_START = "<!-- options:start -->";
export const OPTIONS_END = "<!-- options:end -->";

/** Sections every rule page has: a `##` heading matching the pattern; `example` sections hold code. */
export const REQUIRED_SECTIONS: { name: string; heading: RegExp; example: boolean }[] = [
  { name: "Why", heading: /^why\b/i, example: false },
  {
    name: "a flagged example (Flagged / Incorrect / Bad)",
    heading: /\b(flagged|incorrect|bad)\b/i,
    example: true,
  },
  { name: "a fixed example (Fixed / Correct / Good)", heading: /\b(fixed|correct|good)\b/i, example: true },
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

function schemaType(schema: Record<string, unknown>): string {
  const type = schema.type;
  if (type === "array") {
    const items = (schema.items ?? {}) as Record<string, unknown>;
    return `${schemaType(items)}[]`;
  }
  if (Array.isArray(type)) return type.join(" or ");
  if (typeof type === "string") return type;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" or ");
  return "any";
}

export function optionsTable(rule: AnyRule): string {
  const properties = (rule.meta.optionsSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const names = Object.keys(properties);
  if (!names.length) return "This rule has no options.";
  const defaults = (rule.defaultOptions ?? {}) as Record<string, unknown>;
  const rows = names.map((name) => {
    const schema = properties[name]!;
    const fallback = name in defaults ? `\`${JSON.stringify(defaults[name])}\`` : "";
    return `| \`${name}\` | ${cell(schemaType(schema))} | ${fallback} | ${cell(String(schema.description ?? ""))} |`;
  });
  return ["| option | type | default | what it does |", "| --- | --- | --- | --- |", ...rows].join("\n");
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
  const block = between(text, OPTIONS_START, OPTIONS_END);
  if (!block) {
    problems.push({
      file,
      message: `has no generated options table (${OPTIONS_START} … ${OPTIONS_END}); run pnpm docs:write`,
    });
  } else if (block.inside.trim() !== optionsTable(rule)) {
    problems.push({ file, message: "options table is stale; run pnpm docs:write" });
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

/** Regenerates the generated parts; returns the files it changed. */
export function writeDocs(root: string, rules: readonly AnyRule[]): string[] {
  const changed: string[] = [];
  const update = (file: string, next: string | undefined) => {
    if (next !== undefined && next !== readFileSync(file, "utf8")) {
      writeFileSync(file, next);
      changed.push(file);
    }
  };
  const readme = path.join(root, "README.md");
  update(readme, replaceBetween(readFileSync(readme, "utf8"), TABLE_START, TABLE_END, rulesTable(rules)));
  for (const rule of rules) {
    const file = path.join(root, "docs", "rules", `${rule.id}.md`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const block = `${OPTIONS_START}\n${optionsTable(rule)}\n${OPTIONS_END}`;
    // A page without the markers gets them right under its Options heading.
    update(
      file,
      replaceBetween(text, OPTIONS_START, OPTIONS_END, optionsTable(rule)) ??
        (/^## Options[^\n]*\n/m.test(text)
          ? text.replace(/^(## Options[^\n]*\n)/m, `$1\n${block}\n`)
          : undefined),
    );
  }
  return changed;
}

async function cli(): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { allRules } = await import("../rules/index.js");
  if (process.argv.includes("--write")) {
    for (const file of writeDocs(root, allRules)) console.log(`updated ${path.relative(root, file)}`);
  }
  const problems = checkDocs(root, allRules);
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
