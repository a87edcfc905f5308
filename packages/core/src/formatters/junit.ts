/**
 * JUnit XML, the test report GitLab (`artifacts:reports:junit`), Jenkins (`junit` step) and most
 * CI servers render.
 *
 * Layout (ESLint's `junit` formatter's, so a team switching from it finds its reports where they
 * were): one `<testsuite>` per linted file, named by its path relative to `cwd`; one `<testcase>`
 * per finding, named by the rule id, with the file as `classname` and `file`. Per file rather
 * than per rule because a file is what someone opens to fix the findings, and because both hosts
 * group what they show by it: GitLab lists failed cases with their suite and `file`, Jenkins
 * groups cases by `classname`. The name is the rule id, never a line number, so a test's history
 * (Jenkins tracks a case by class and name) survives code moving. A clean file is one passing
 * case (`dag-transport`), so the report counts every file analysed.
 *
 * - A finding (error or warning) is a `<failure>` whose `type` is its severity, as in ESLint's;
 *   the exit code, not the report, decides whether the job fails.
 * - A file that could not be analysed is an `<error>` (the test could not run).
 * - A suppressed finding is a `<skipped>` case with the suppression's reason: a known exception.
 *
 * Everything from the workspace (paths, messages quoting its code, reasons) has every control
 * character made visible first (`terminalText`) — XML 1.0 cannot carry most of them even as
 * references — and then is XML-escaped, in attributes and in text alike.
 */
import { reportPath } from "../paths.js";
import type { LintMessage, LintResult, SuppressedLintMessage } from "../results.js";
import { terminalText } from "../terminal-text.js";
import { checkNameOf } from "./gitlab.js";

export interface JunitOptions {
  /** Paths are written relative to this directory. */
  cwd?: string;
}

/** Characters XML 1.0 has no place for that `terminalText` leaves: lone surrogates, U+FFFE, U+FFFF. */
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Workspace text as XML character data or an attribute value: one line, nothing unescaped. */
export function xmlText(text: string): string {
  return terminalText(text)
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${typeof value === "number" ? value : xmlText(value)}"`)
    .join("");
}

function position(message: LintMessage): string {
  return `line ${message.line}, column ${message.column}`;
}

/** The body of a failure: the message, then each related location on a line of its own. */
function details(message: LintMessage): string {
  return [
    `${position(message)}: ${message.message}`,
    ...(message.relatedLocations ?? []).map((r) => `↳ line ${r.line}: ${r.message}`),
  ]
    .map(xmlText)
    .join("\n");
}

interface Case {
  xml: string;
  failure: boolean;
  error: boolean;
  skipped: boolean;
}

function testcase(name: string, file: string, inner: string): string {
  const open = `    <testcase${attributes({ name, classname: file, file, time: "0" })}`;
  return inner ? `${open}>\n${inner}\n    </testcase>` : `${open} />`;
}

function findingCase(message: LintMessage, file: string): Case {
  const element = message.fatal ? "error" : "failure";
  const type = message.fatal ? "file-not-analysed" : message.severity === 2 ? "error" : "warning";
  const inner = `      <${element}${attributes({ type, message: `${position(message)}: ${message.message}` })}>${details(message)}</${element}>`;
  return {
    xml: testcase(checkNameOf(message), file, inner),
    failure: !message.fatal,
    error: Boolean(message.fatal),
    skipped: false,
  };
}

function suppressedCase(message: SuppressedLintMessage, file: string): Case {
  const reasons = message.suppressions
    .map((s) => (s.kind === "file" ? "recorded in the bulk suppressions file" : s.justification))
    .filter(Boolean);
  const why = `${position(message)}: suppressed${reasons.length ? `: ${reasons.join("; ")}` : ""}`;
  return {
    xml: testcase(checkNameOf(message), file, `      <skipped${attributes({ message: why })} />`),
    failure: false,
    error: false,
    skipped: true,
  };
}

export function formatJunit(results: readonly LintResult[], options: JunitOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const result of results) {
    const file = reportPath(cwd, result.filePath);
    const ordered = [
      ...result.messages.map((m) => ({ m, c: findingCase(m, file) })),
      ...result.suppressedMessages.map((m) => ({ m, c: suppressedCase(m, file) })),
    ].sort((a, b) => a.m.line - b.m.line || a.m.column - b.m.column);
    const cases = ordered.map(({ c }) => c);
    if (!cases.length)
      cases.push({ xml: testcase("dag-transport", file, ""), failure: false, error: false, skipped: false });
    const counts = {
      tests: cases.length,
      failures: cases.filter((c) => c.failure).length,
      errors: cases.filter((c) => c.error).length,
      skipped: cases.filter((c) => c.skipped).length,
    };
    for (const key of ["tests", "failures", "errors", "skipped"] as const) total[key] += counts[key];
    suites.push(
      `  <testsuite${attributes({ name: file, ...counts, time: "0" })}>\n${cases.map((c) => c.xml).join("\n")}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: "dag-transport", ...total, time: "0" })}>`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
