import type { Span, Suggestion, TransportModel } from "./model.js";
import { terminalText } from "./terminal-text.js";

export type Severity = "off" | "warn" | "error";

/** A JSON Schema for a rule's options object (ESLint's dialect: draft-04 compatible). */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta<MessageIds extends string> {
  /** One sentence: what the rule flags. */
  description: string;
  /** Severity in the `recommended` configuration. */
  recommendedSeverity: Exclude<Severity, "off">;
  /** Message templates; `{{name}}` is replaced from the report's data. */
  messages: Record<MessageIds, string>;
  /** Schema of the single options object (ESLint `meta.schema` is `[optionsSchema]`). */
  optionsSchema: OptionsSchema;
  /** The rule may offer suggestions (ESLint's `hasSuggestions`); it never fixes on its own. */
  hasSuggestions?: boolean;
}

export interface RelatedLocation {
  message: string;
  span: Span;
  /** Another file of the repository (an imported helper's write); absent: the linted file. */
  file?: string;
}

export interface Report<MessageIds extends string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  span: Span;
  /** Other places that make up the finding, e.g. the task that reads what was written. */
  related?: RelatedLocation[];
  /** Which task the finding belongs to, when it belongs to one (its facts may be unsound). */
  taskId?: string;
  /** Edits the user may apply (ESLint suggestions); each must leave the file parsing. */
  suggestions?: Suggestion[];
}

export interface RuleDefinition<Options = unknown, MessageIds extends string = string> {
  /** Stable id, a contract across CLI, ESLint, docs and the PR bot. */
  id: string;
  meta: RuleMeta<MessageIds>;
  defaultOptions: Options;
  /** Judge the model. Never looks at syntax; only at facts. */
  check(model: TransportModel, options: Options, report: (r: Report<MessageIds>) => void): void;
}

/** Erases the generic parameters so rules of different option types can share a list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<any, string>;

export const RULE_ID_PREFIX = "dag-transport/";

/** Where each rule's documentation lives; `meta.docs.url` in ESLint, help URIs in SARIF. */
export const DOCS_BASE_URL = "https://github.com/dag-transport/dag-transport/blob/main/docs/rules/";

/** The policy every rule enforces, in the project's words (docs/policy.md). */
export const POLICY_URL = "https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md";

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** A message from its template; data values quote source, so control characters are escaped. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? terminalText(String(data[name])) : whole,
  );
}
