/**
 * One ESLint rule per dag-transport rule, generated from the core rule definitions: the same
 * id, description, options schema and message templates (as `messageId`s), `meta.docs.url`
 * pointing at the rule's documentation. Each rule judges the file's transport model — built
 * once per file, see `models.ts` — so a finding in the editor is exactly a finding of the CLI.
 */
import {
  checkSoundTasks,
  terminalText,
  ruleDocsUrl,
  type AnyRule,
  type Report,
  type Span,
} from "@dag-transport/core";
import type { RuleDefinition } from "@eslint/core";
import { frontendOptionsFor, modelFor, SETTINGS_KEY, sharedOptions, type SharedSettings } from "./models.js";
import { PythonSourceCode } from "./python/source-code.js";

/** Reported when the frontend could not analyse a TypeScript file (an internal error, never a syntax error). */
const NOT_ANALYSED = "fileNotAnalysed";

interface Fixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}

interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  suggest?: { desc: string; fix: (fixer: Fixer) => unknown }[];
}

interface Context {
  options: unknown[];
  settings: Record<string, unknown>;
  filename: string;
  sourceCode: object;
  report(descriptor: ReportDescriptor): void;
}

export function toEslintRule(rule: AnyRule): RuleDefinition {
  const defaults = rule.defaultOptions as Record<string, unknown>;
  return {
    meta: {
      type: "problem",
      docs: {
        description: rule.meta.description,
        recommended: true,
        url: ruleDocsUrl(rule.id),
      },
      // Suggestions only, never an autofix: a conversion changes what the next task receives.
      ...(rule.meta.hasSuggestions ? { hasSuggestions: true } : {}),
      schema: [rule.meta.optionsSchema],
      defaultOptions: [defaults],
      messages: {
        ...rule.meta.messages,
        [NOT_ANALYSED]: "{{message}}",
      },
    },
    create(eslintContext) {
      const context = eslintContext as unknown as Context;
      const run = () => {
        const options = {
          ...defaults,
          ...((context.options[0] as Record<string, unknown> | undefined) ?? {}),
        };
        const shared = sharedOptions(context.settings[SETTINGS_KEY] as SharedSettings | undefined);
        const model = modelFor(
          context.sourceCode,
          context.filename,
          frontendOptionsFor(rule.id, options, shared),
        );
        // ESLint's JavaScript columns start at 0; the python language's (like the model's) at 1.
        const columnOffset = context.sourceCode instanceof PythonSourceCode ? 0 : 1;
        const loc = (span: Span) => ({
          start: { line: span.line, column: span.column - columnOffset },
          end: { line: span.endLine, column: span.endColumn - columnOffset },
        });
        if (!(context.sourceCode instanceof PythonSourceCode)) {
          for (const diagnostic of model.diagnostics) {
            context.report({
              messageId: NOT_ANALYSED,
              data: { message: diagnostic.message },
              loc: loc(diagnostic.span),
            });
          }
        }
        // As the CLI's runner does: a task whose own code is broken is judged by no rule.
        checkSoundTasks(rule, model, options, (report: Report<string>) => {
          context.report({
            messageId: report.messageId,
            // ESLint fills the template itself; the data quotes source (as the CLI's runner escapes it).
            ...(report.data ? { data: printableData(report.data) } : {}),
            loc: loc(report.span),
            ...(report.suggestions?.length
              ? {
                  suggest: report.suggestions.map((suggestion) => ({
                    desc: suggestion.desc,
                    fix: (fixer: Fixer) => fixer.replaceTextRange(suggestion.fix.range, suggestion.fix.text),
                  })),
                }
              : {}),
          });
        });
      };
      // The root node: `Program` in JavaScript and TypeScript, `Module` in the python language.
      return { Program: run, Module: run };
    },
  } as RuleDefinition;
}

function printableData(data: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === "string" ? terminalText(value) : value,
    ]),
  );
}
