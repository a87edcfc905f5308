import type { Span, SuppressionDirective, TransportModel } from "./model.js";
import { escapeControlCharacters } from "./printable.js";
import { formatMessage, RULE_ID_PREFIX, type AnyRule, type Severity } from "./rule.js";
import { makeResult, type LintMessage, type LintResult, type SuppressedLintMessage } from "./results.js";

export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

/** Rule id (without prefix) → how it runs. Rules not named run at their recommended severity. */
export type RuleSettings = Record<string, RuleSetting>;

export function resolveRuleSetting(
  rule: AnyRule,
  settings: RuleSettings,
): { severity: Severity; options: Record<string, unknown> } {
  const setting = settings[rule.id];
  return {
    severity: setting?.severity ?? rule.meta.recommendedSeverity,
    options: { ...(rule.defaultOptions as Record<string, unknown>), ...(setting?.options ?? {}) },
  };
}

function spanFields(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/**
 * Runs every enabled rule over one model and returns an ESLint-compatible result:
 * diagnostics first-class, inline suppressions applied (and kept visible), and findings from
 * tasks whose syntax is broken dropped rather than guessed at.
 */
export function runRules(
  model: TransportModel,
  rules: readonly AnyRule[],
  settings: RuleSettings = {},
): LintResult {
  const messages: LintMessage[] = model.diagnostics.map((d) => ({
    ruleId: null,
    severity: 2,
    ...(d.fatal ? { fatal: true as const } : {}),
    message: d.message,
    ...spanFields(d.span),
  }));
  const unsoundTasks = new Set(model.tasks.filter((t) => t.unsound).map((t) => t.id));
  const knownRuleIds = new Set(rules.map((r) => r.id));

  for (const rule of rules) {
    const { severity, options } = resolveRuleSetting(rule, settings);
    if (severity === "off") continue;
    rule.check(model, options, (report) => {
      if (report.taskId !== undefined && unsoundTasks.has(report.taskId)) return;
      messages.push({
        ruleId: RULE_ID_PREFIX + rule.id,
        severity: severity === "error" ? 2 : 1,
        message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
        messageId: report.messageId,
        ...spanFields(report.span),
        ...(report.related?.length
          ? {
              relatedLocations: report.related.map((r) => ({
                // Rules build these from source text (a variable, a fallback path).
                message: escapeControlCharacters(r.message),
                ...spanFields(r.span),
              })),
            }
          : {}),
      });
    });
  }

  return applySuppressions(model, messages, knownRuleIds);
}

/**
 * What is wrong with a suppression directive: rules it names that do not exist, a missing
 * reason. Shared with the ESLint plugin's python language, which reports the same problems.
 */
export function suppressionProblems(
  directive: SuppressionDirective,
  knownRuleIds: ReadonlySet<string>,
): string[] {
  const problems = directive.ruleIds
    .filter((id) => !knownRuleIds.has(id))
    .map(
      (id) => `Suppression names unknown rule '${id}'. Known rules: ${[...knownRuleIds].sort().join(", ")}.`,
    );
  if (!directive.reason) {
    problems.push(
      "Suppression without a reason: add `-- <why this handoff is safe>` so reviewers can see every exception.",
    );
  }
  return problems;
}

function applySuppressions(
  model: TransportModel,
  messages: LintMessage[],
  knownRuleIds: ReadonlySet<string>,
): LintResult {
  const kept: LintMessage[] = [];
  const suppressed: SuppressedLintMessage[] = [];

  for (const directive of model.suppressions) {
    for (const message of suppressionProblems(directive, knownRuleIds)) {
      kept.push({ ruleId: null, severity: 2, message, ...spanFields(directive.span) });
    }
  }

  for (const message of messages) {
    const ruleName = message.ruleId?.startsWith(RULE_ID_PREFIX)
      ? message.ruleId.slice(RULE_ID_PREFIX.length)
      : undefined;
    // A suppression without a reason suppresses nothing: the exception must be explained.
    const directive = ruleName
      ? model.suppressions.find(
          (d) => d.reason && d.ruleIds.includes(ruleName) && d.appliesToLines.includes(message.line),
        )
      : undefined;
    if (directive?.reason) {
      suppressed.push({ ...message, suppressions: [{ kind: "directive", justification: directive.reason }] });
    } else {
      kept.push(message);
    }
  }
  return makeResult(model.filePath, kept, suppressed);
}
