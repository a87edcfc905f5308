/**
 * ESLint's view of a Python file. The syntax tree stays inside the Python frontend (tree-sitter);
 * ESLint sees a single `Module` node, which is all the dag-transport rules need: they judge the
 * transport model, from the plugin's one model cache (`models.ts`). What ESLint needs from the
 * source code beyond that is the file's own problems and its suppressions, read from the model
 * of the default options (asked for when ESLint first needs them; a rule with the default
 * options shares it):
 *
 * - `# dag-transport: ignore[rule] -- reason` comments become ESLint disable directives (the
 *   reason is the justification, so they land in `suppressedMessages` like the CLI's), and a
 *   directive without a reason or naming an unknown rule is reported instead, as the CLI does.
 * - Syntax errors and "file not analysed" diagnostics are reported as fatal problems. ESLint
 *   takes fatal problems from a language at two points: a failed parse, which would skip the
 *   rules — but the CLI still judges the sound tasks of a partly broken file — or inline
 *   configuration, which runs before the rules do. So they are returned from `applyInlineConfig`.
 * - `eslint --fix` removes an unused directive by replacing its node's range with a space, and
 *   one unused rule of several by finding the directive's `value` in the text — which assumes
 *   JavaScript's comment syntax. So each rule of a suppression is a directive of its own, whose
 *   node is exactly the text that may go: the rule id with its comma in a list of several, the
 *   suppression (up to its reason, never another tool's `# noqa` after it) when it names one.
 *   A removal then leaves a Python comment, or blanks, where it was.
 */
import {
  RULE_ID_PREFIX,
  suppressionProblems,
  type Span,
  type SuppressionDirective,
  type TransportModel,
} from "@dag-transport/core";
import type { FileProblem, RulesConfig, SourceLocation, SourceRange } from "@eslint/core";
import { Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";

/** The root node: the whole file. */
export interface PythonModuleNode {
  type: "Module";
  range: SourceRange;
  loc: SourceLocation;
}

/** A `# dag-transport: ignore[…]` comment, as a node ESLint can locate. */
export interface PythonDirectiveComment {
  type: "Comment";
  value: string;
  range: SourceRange;
  loc: SourceLocation;
}

type Element = PythonModuleNode | PythonDirectiveComment;

function locOf(span: Span): SourceLocation {
  return {
    start: { line: span.line, column: span.column },
    end: { line: span.endLine, column: span.endColumn },
  };
}

export class PythonSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, never>;
  RootNode: PythonModuleNode;
  SyntaxElementWithLoc: Element;
  ConfigNode: PythonDirectiveComment;
}> {
  declare ast: PythonModuleNode;
  readonly #modelOf: (code: PythonSourceCode) => TransportModel;
  #model?: TransportModel;
  readonly #knownRuleIds: ReadonlySet<string>;
  #comments?: PythonDirectiveComment[];

  constructor(options: {
    text: string;
    ast: PythonModuleNode;
    /** The model of this file for the default options (the plugin's model cache). */
    model: (code: PythonSourceCode) => TransportModel;
    knownRuleIds: readonly string[];
  }) {
    super({ text: options.text, ast: options.ast });
    this.ast = options.ast;
    this.#modelOf = options.model;
    this.#knownRuleIds = new Set(options.knownRuleIds);
  }

  /** The file's suppressions and diagnostics come from this model. */
  get #fileModel(): TransportModel {
    this.#model ??= this.#modelOf(this);
    return this.#model;
  }

  private directiveComment(directive: SuppressionDirective): PythonDirectiveComment {
    const start = this.getIndexFromLoc({ line: directive.span.line, column: directive.span.column });
    const end = this.getIndexFromLoc({ line: directive.span.endLine, column: directive.span.endColumn });
    return {
      type: "Comment",
      value: this.text.slice(start, end),
      range: [start, end],
      loc: locOf(directive.span),
    };
  }

  /** The suppression comments, as nodes (also what ESLint names when inline config is turned off). */
  getInlineConfigNodes(): PythonDirectiveComment[] {
    this.#comments ??= this.#fileModel.suppressions.map((d) => this.directiveComment(d));
    return this.#comments;
  }

  /**
   * The node of one rule of a suppression (see the module comment): what ESLint's fix may
   * replace with a space when that rule suppresses nothing.
   */
  private ruleNode(
    directive: SuppressionDirective,
    comment: PythonDirectiveComment,
    ruleId: string,
  ): PythonDirectiveComment {
    // The frontend's ranges (packages/python/src/suppressions.ts, `ruleRanges`): the CLI's
    // `--fix` removes the same text.
    const range: SourceRange = directive.rules?.find((rule) => rule.ruleId === ruleId)?.remove.range ?? [
      comment.range[0],
      comment.range[1],
    ];
    return {
      type: "Comment",
      value: this.text.slice(range[0], range[1]),
      range,
      loc: { start: this.getLocFromIndex(range[0]), end: this.getLocFromIndex(range[1]) },
    };
  }

  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const directives: Directive[] = [];
    const problems: FileProblem[] = [];
    // Non-fatal problems with the file itself (fatal ones come from applyInlineConfig).
    for (const diagnostic of this.#fileModel.diagnostics) {
      if (!diagnostic.fatal)
        problems.push({ ruleId: null, message: diagnostic.message, loc: locOf(diagnostic.span) });
    }
    const nodes = this.getInlineConfigNodes();
    this.#fileModel.suppressions.forEach((suppression, i) => {
      const node = nodes[i]!;
      for (const message of suppressionProblems(suppression, this.#knownRuleIds)) {
        problems.push({ ruleId: null, message, loc: node.loc });
      }
      // A suppression without a reason suppresses nothing: the exception must be explained.
      const known = suppression.ruleIds.filter((id) => this.#knownRuleIds.has(id));
      if (!suppression.reason || known.length === 0) return;
      for (const id of new Set(known)) {
        directives.push(
          new Directive({
            type: suppression.appliesToLines.includes(suppression.span.line)
              ? "disable-line"
              : "disable-next-line",
            node: this.ruleNode(suppression, node, id),
            value: RULE_ID_PREFIX + id,
            justification: suppression.reason,
          }),
        );
      }
    });
    return { directives, problems };
  }

  /** The file's fatal diagnostics (see the module comment for why they are reported here). */
  applyInlineConfig(): {
    configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
    problems: FileProblem[];
  } {
    return {
      configs: [],
      problems: this.#fileModel.diagnostics
        .filter((d) => d.fatal)
        .map((d) => ({ ruleId: null, message: d.message, loc: locOf(d.span) })),
    };
  }

  override getParent(): Element | undefined {
    return undefined;
  }

  override traverse(): Iterable<VisitNodeStep> {
    return [
      new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, undefined] }),
      new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, undefined] }),
    ];
  }
}
