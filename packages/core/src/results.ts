/**
 * ESLint-compatible lint results: the shape of `eslint --format json`, so every tool that reads
 * ESLint output (editors, CI annotators, SARIF converters) reads ours.
 */

export interface RelatedMessageLocation {
  message: string;
  /** Another file (an imported helper's write), as the linted file's path is written; absent: the same file. */
  file?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintMessage {
  /** `dag-transport/<rule>`; null for problems with the file or with a suppression directive. */
  ruleId: string | null;
  /** 1 = warning, 2 = error. */
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The file (or part of it) could not be analysed. */
  fatal?: true;
  /** Extension: the other locations of a cross-task finding. Tools that don't know it ignore it. */
  relatedLocations?: RelatedMessageLocation[];
  /** ESLint's suggestions: edits offered to the user, never applied by `--fix`. */
  suggestions?: LintSuggestion[];
  /** What `--fix` applies: only the removal of a suppression that suppressed nothing. */
  fix?: { range: [number, number]; text: string };
}

/** ESLint's shape of a suggestion in `--format json`. */
export interface LintSuggestion {
  desc: string;
  fix: { range: [number, number]; text: string };
}

export interface SuppressedLintMessage extends LintMessage {
  /** `directive`: an inline suppression; `file`: the bulk suppressions file (bulk-suppressions.ts), as ESLint marks it. */
  suppressions: { kind: "directive" | "file"; justification: string }[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  /** Problems `--fix` can fix (unused suppressions). */
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
}

export function makeResult(
  filePath: string,
  messages: LintMessage[],
  suppressedMessages: SuppressedLintMessage[] = [],
): LintResult {
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    filePath,
    messages: sorted,
    suppressedMessages,
    errorCount: sorted.filter((m) => m.severity === 2).length,
    fatalErrorCount: sorted.filter((m) => m.fatal).length,
    warningCount: sorted.filter((m) => m.severity === 1).length,
    fixableErrorCount: sorted.filter((m) => m.fix && m.severity === 2).length,
    fixableWarningCount: sorted.filter((m) => m.fix && m.severity === 1).length,
    usedDeprecatedRules: [],
  };
}

/** A result for a file that could not be read or analysed at all. */
export function fatalResult(filePath: string, message: string, line = 1, column = 1): LintResult {
  return makeResult(filePath, [{ ruleId: null, severity: 2, fatal: true, message, line, column }]);
}
