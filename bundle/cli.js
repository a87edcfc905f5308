import { createRequire as __dagTransportCreateRequire } from "node:module";
const require = __dagTransportCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// <define:DAG_TRANSPORT_BUNDLED_GRAMMAR>
var init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR = __esm({
  "<define:DAG_TRANSPORT_BUNDLED_GRAMMAR>"() {
  }
});

// packages/core/src/model.ts
function emptyModel(filePath, language) {
  return {
    filePath,
    language,
    dags: [],
    tasks: [],
    handoffs: [],
    storage: [],
    consumptions: [],
    suppressions: [],
    diagnostics: []
  };
}
var init_model = __esm({
  "packages/core/src/model.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/terminal-text.ts
function visible(char) {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function terminalText(text) {
  return text.replace(UNSAFE, visible);
}
function terminalLine(text) {
  const escaped = terminalText(text);
  return escaped.startsWith("::") ? `./${escaped}` : escaped;
}
function terminalLines(text) {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, visible);
}
function terminalJson(value, indent) {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var UNSAFE, UNSAFE_BUT_LINE_BREAKS, UNSAFE_IN_JSON, NAMED;
var init_terminal_text = __esm({
  "packages/core/src/terminal-text.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    UNSAFE_BUT_LINE_BREAKS = // eslint-disable-next-line no-control-regex -- as above
    /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  }
});

// packages/core/src/rule.ts
function ruleDocsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => name in data ? terminalText(String(data[name])) : whole
  );
}
var RULE_ID_PREFIX, DOCS_BASE_URL, POLICY_URL;
var init_rule = __esm({
  "packages/core/src/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
    RULE_ID_PREFIX = "dag-transport/";
    DOCS_BASE_URL = "https://github.com/dag-transport/dag-transport/blob/main/docs/rules/";
    POLICY_URL = "https://github.com/dag-transport/dag-transport/blob/main/docs/policy.md";
  }
});

// packages/core/src/results.ts
function makeResult(filePath, messages, suppressedMessages = []) {
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
    usedDeprecatedRules: []
  };
}
function fatalResult(filePath, message, line = 1, column = 1) {
  return makeResult(filePath, [{ ruleId: null, severity: 2, fatal: true, message, line, column }]);
}
var init_results = __esm({
  "packages/core/src/results.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/runner.ts
function resolveRuleSetting(rule, settings) {
  const setting = settings[rule.id];
  return {
    severity: setting?.severity ?? rule.meta.recommendedSeverity,
    options: { ...rule.defaultOptions, ...setting?.options ?? {} }
  };
}
function spanFields(span) {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
function checkSoundTasks(rule, model, options, report2, unsound = unsoundTaskIds(model)) {
  rule.check(model, options, (found) => {
    if (found.taskId !== void 0 && unsound.has(found.taskId)) return;
    report2(found);
  });
}
function unsoundTaskIds(model) {
  return new Set(model.tasks.filter((t) => t.unsound).map((t) => t.id));
}
function planRules(rules, settings = {}) {
  const enabled = [];
  for (const rule of rules) {
    const { severity, options } = resolveRuleSetting(rule, settings);
    if (severity === "off") continue;
    enabled.push({ rule, severity: severity === "error" ? 2 : 1, options });
  }
  return {
    rules,
    settings,
    enabled,
    knownRuleIds: new Set(rules.map((r) => r.id)),
    ranRuleIds: new Set(enabled.map((planned) => planned.rule.id))
  };
}
function runRules(model, rules, settings = {}, suppressionSettings = {}, plan) {
  if (plan?.rules !== rules || plan.settings !== settings) plan = planRules(rules, settings);
  const messages = model.diagnostics.map((d) => ({
    ruleId: null,
    severity: 2,
    ...d.fatal ? { fatal: true } : {},
    message: d.message,
    ...spanFields(d.span)
  }));
  const { knownRuleIds, ranRuleIds } = plan;
  const unsound = unsoundTaskIds(model);
  for (const { rule, severity, options } of plan.enabled) {
    checkSoundTasks(
      rule,
      model,
      options,
      (report2) => {
        messages.push({
          ruleId: RULE_ID_PREFIX + rule.id,
          severity,
          message: formatMessage(rule.meta.messages[report2.messageId] ?? report2.messageId, report2.data),
          messageId: report2.messageId,
          ...spanFields(report2.span),
          ...report2.related?.length ? {
            relatedLocations: report2.related.map((r) => ({
              // Rules build these from source text (a variable, a fallback path).
              message: terminalText(r.message),
              ...r.file !== void 0 ? { file: r.file } : {},
              ...spanFields(r.span)
            }))
          } : {},
          ...report2.suggestions?.length ? { suggestions: report2.suggestions.map((s) => ({ desc: s.desc, fix: { ...s.fix } })) } : {}
        });
      },
      unsound
    );
  }
  return applySuppressions(model, messages, knownRuleIds, {
    ranRuleIds,
    report: suppressionSettings.reportUnusedSuppressions ?? "warn"
  });
}
function suppressionProblems(directive, knownRuleIds) {
  if (directive.problem) return [directive.problem];
  const problems = directive.ruleIds.filter((id) => !knownRuleIds.has(id)).map(
    (id) => `Suppression names unknown rule '${id}'. Known rules: ${[...knownRuleIds].sort().join(", ")}.`
  );
  if (!directive.reason) {
    problems.push(
      "Suppression without a reason: add `-- <why this handoff is safe>` so reviewers can see every exception."
    );
  }
  return problems;
}
function unusedSuppressionMessage(ruleIds) {
  const quoted = ruleIds.map((id) => `'${RULE_ID_PREFIX}${id}'`);
  const description = quoted.length <= 2 ? quoted.join(" or ") : `${quoted.slice(0, -1).join(", ")}, or ${quoted.at(-1)}`;
  return `Unused eslint-disable directive (no problems were reported from ${description}).`;
}
function isUnusedSuppressionMessage(message) {
  return message.ruleId === null && message.message.startsWith("Unused eslint-disable directive");
}
function unusedSuppressions(model, used, knownRuleIds, unused) {
  if (unused.report === "off") return [];
  if (model.diagnostics.some((d) => d.fatal) || model.tasks.some((t) => t.unsound)) return [];
  const severity = unused.report === "error" ? 2 : 1;
  const out = [];
  model.suppressions.forEach((directive, index) => {
    if (directive.problem || !directive.reason) return;
    const named = [...new Set(directive.ruleIds)].filter((id) => knownRuleIds.has(id));
    const idle = named.filter((id) => unused.ranRuleIds.has(id) && !used.has(`${index}:${id}`));
    if (!idle.length) return;
    const all = idle.length === named.length && named.length === directive.ruleIds.length;
    const place = (id) => directive.rules?.find((r) => r.ruleId === id)?.at ?? {
      line: directive.span.line,
      column: directive.span.column
    };
    const fixOf = (id) => all && directive.removeAll ? { fix: { range: directive.removeAll.range, text: directive.removeAll.text } } : (() => {
      const remove = directive.rules?.find((r) => r.ruleId === id)?.remove;
      return remove ? { fix: { range: remove.range, text: remove.text } } : {};
    })();
    const groups = directive.reportTogether && all ? [idle] : idle.map((id) => [id]);
    for (const group of groups) {
      out.push({
        ruleId: null,
        severity,
        message: unusedSuppressionMessage(group),
        ...place(group[0]),
        ...fixOf(group[0])
      });
    }
  });
  return out;
}
function applySuppressions(model, messages, knownRuleIds, unused) {
  const kept = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  for (const directive of model.suppressions) {
    for (const message of suppressionProblems(directive, knownRuleIds)) {
      kept.push({ ruleId: null, severity: 2, message, ...spanFields(directive.span) });
    }
  }
  for (const message of messages) {
    const ruleName = message.ruleId?.startsWith(RULE_ID_PREFIX) ? message.ruleId.slice(RULE_ID_PREFIX.length) : void 0;
    const index = ruleName ? model.suppressions.findIndex(
      (d) => d.reason && !d.problem && d.ruleIds.includes(ruleName) && d.appliesToLines.includes(message.line)
    ) : -1;
    const directive = index === -1 ? void 0 : model.suppressions[index];
    if (directive?.reason) {
      used.add(`${index}:${ruleName}`);
      suppressed.push({ ...message, suppressions: [{ kind: "directive", justification: directive.reason }] });
    } else {
      kept.push(message);
    }
  }
  kept.push(...unusedSuppressions(model, used, knownRuleIds, unused));
  return makeResult(model.filePath, kept, suppressed);
}
var init_runner = __esm({
  "packages/core/src/runner.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
    init_rule();
    init_results();
  }
});

// packages/core/src/nesting.ts
function tooDeepAt(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}
var MAX_NESTING;
var init_nesting = __esm({
  "packages/core/src/nesting.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    MAX_NESTING = 100;
  }
});

// node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js"(exports, module) {
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM2 = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path24) => {
      const end = path24.length - 1;
      const index = path24.lastIndexOf(
        SLASH,
        path24[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path24 : path24.slice(index + 1);
    };
    var parentOf = (path24) => {
      if (path24.charCodeAt(0) === SLASH_CODE || path24.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path24.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path24.length - 1;
      const cut = path24.lastIndexOf(
        SLASH,
        path24.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path24.slice(0, cut + 1);
    };
    var isString2 = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString2(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM2 ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString2(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString2(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM2;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path24) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path24)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path24, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path24) : path24;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path24
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path24, originalPath, doThrow) => {
      if (!isString2(path24)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path24) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path24)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path24) => {
      const first = path24.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path24.length === 1) {
        return true;
      }
      const second = path24.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path24.length === 2 || path24.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString2(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path24) {
        checkPath(
          path24,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path24 ? this._t(path24, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path24 = convertPath(target);
        if (!path24 || path24.charCodeAt(path24.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path24);
        }
        const dir = this._t(path24, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path24);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path24, cache) {
        if (path24 in cache) {
          return cache[path24];
        }
        const parentPath = parentOf(path24);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path24] = parent && parent.ignored ? parent : this._rules.test(path24, MODE_IGNORE);
      }
      ignores(path24) {
        return this._test(path24, this._ignoreCache, convertPath(path24)).ignored;
      }
      createFilter() {
        return (path24) => !this.ignores(path24);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path24) {
        return this._test(path24, this._testCache, convertPath(path24));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path24) => checkPath(convertPath(path24), path24, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path24) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path24) || isNotRelative(path24);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// packages/core/src/lazy-modules.ts
function yamlModule() {
  return yaml ??= nodeRequire ? nodeRequire("yaml") : __require("./yaml.cjs");
}
function tomlModule() {
  return toml ??= nodeRequire ? nodeRequire("smol-toml") : __require("./smol-toml.cjs");
}
function ignoreFactory() {
  return ignore ??= nodeRequire ? nodeRequire("ignore") : require_ignore();
}
function ajvModule() {
  return ajv ??= nodeRequire ? nodeRequire("ajv") : __require("./ajv.cjs");
}
var nodeRequire, yaml, toml, ajv, ignore;
var init_lazy_modules = __esm({
  "packages/core/src/lazy-modules.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    nodeRequire = true ? void 0 : createRequire(import.meta.url);
  }
});

// packages/core/src/paths.ts
import path from "node:path";
function relativeInside(from, to, pathModule = path) {
  const relative2 = pathModule.relative(from, to);
  if (relative2 === "") return "";
  if (pathModule.isAbsolute(relative2) || relative2 === ".." || relative2.startsWith(`..${pathModule.sep}`))
    return void 0;
  return relative2.split(pathModule.sep).join("/");
}
function reportPath(cwd, filePath, pathModule = path) {
  return relativeInside(cwd, filePath, pathModule) || filePath.split(pathModule.sep).join("/");
}
function isNormalizedAbsolute(filePath) {
  if (path.sep !== "/") return path.resolve(filePath) === filePath;
  return filePath.charCodeAt(0) === 47 && !NOT_NORMALIZED.test(filePath);
}
function entryPath(dir, name) {
  if (path.sep !== "/") return path.join(dir, name);
  return dir === "/" ? `/${name}` : `${dir}/${name}`;
}
function resolvedPath(filePath) {
  return isNormalizedAbsolute(filePath) ? filePath : path.resolve(filePath);
}
var NOT_NORMALIZED;
var init_paths = __esm({
  "packages/core/src/paths.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    NOT_NORMALIZED = /\/\/|\/\.\.?(?:\/|$)|.\/$/;
  }
});

// packages/core/src/listings.ts
import path2 from "node:path";
function folded(name) {
  return (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize("NFC")).toLowerCase();
}
function noteListing(dir, listed, realPath, regular) {
  const set = /* @__PURE__ */ new Set();
  for (const name of listed) set.add(folded(name));
  listings.set(dir, set);
  unlistedFolders.clear();
  names.set(dir, listed);
  if (realPath !== void 0) {
    realPaths.set(dir, realPath);
    if (regular !== void 0) regularFiles.set(dir, regular);
  }
}
function listedRealFile(filePath) {
  if (regularFiles.size === 0) return void 0;
  const dir = path2.dirname(filePath);
  const regular = regularFiles.get(dir);
  if (regular === void 0) return void 0;
  const name = filePath.slice(dir.length + (dir.endsWith(path2.sep) ? 0 : 1));
  if (!regular.has(name) || !isNormalizedAbsolute(filePath)) return void 0;
  const real = realPaths.get(dir);
  return real.endsWith(path2.sep) ? real + name : real + path2.sep + name;
}
function listedNames(dir) {
  return names.get(dir);
}
function listedRealPath(dir) {
  return realPaths.get(dir);
}
function listedHas(dir, name) {
  const set = listings.get(dir);
  return set === void 0 ? void 0 : set.has(folded(name));
}
function listedMissing(filePath) {
  if (listings.size === 0) return false;
  if (!isNormalizedAbsolute(filePath)) return false;
  if (path2.sep === "/") return filePath !== "/" && missingBelow(filePath, 8);
  let child = filePath;
  for (let depth = 0; depth < 8; depth++) {
    const dir = path2.dirname(child);
    if (dir === child) return false;
    const set = listings.get(dir);
    if (set !== void 0) return !set.has(folded(path2.basename(child)));
    child = dir;
  }
  return false;
}
function missingBelow(filePath, depth) {
  const slash = filePath.lastIndexOf("/");
  const dir = slash === 0 ? "/" : filePath.slice(0, slash);
  const set = listings.get(dir);
  if (set !== void 0) return !set.has(folded(filePath.slice(slash + 1)));
  if (slash === 0 || depth <= 1) return false;
  let missing = unlistedFolders.get(dir);
  if (missing === void 0) unlistedFolders.set(dir, missing = missingBelow(dir, depth - 1));
  return missing;
}
function clearListings() {
  unlistedFolders.clear();
  listings.clear();
  names.clear();
  realPaths.clear();
  regularFiles.clear();
}
var listings, names, realPaths, regularFiles, unlistedFolders;
var init_listings = __esm({
  "packages/core/src/listings.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_paths();
    listings = /* @__PURE__ */ new Map();
    names = /* @__PURE__ */ new Map();
    realPaths = /* @__PURE__ */ new Map();
    regularFiles = /* @__PURE__ */ new Map();
    unlistedFolders = /* @__PURE__ */ new Map();
  }
});

// packages/core/src/workspace-reader.ts
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import path3 from "node:path";
function fileIdentity(stats) {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
function isInside(root, target, pathApi = path3) {
  if (pathApi === path3 && path3.sep === "/" && isNormalizedAbsolute(root) && isNormalizedAbsolute(target))
    return target === root || target.startsWith(root) && (root === "/" || target.charCodeAt(root.length) === 47);
  return relativeInside(root, target, pathApi) !== void 0;
}
function realRoot(root) {
  if (!realRoots.has(root)) {
    try {
      realRoots.set(root, realpathSync.native(root));
    } catch {
      realRoots.set(root, void 0);
    }
  }
  return realRoots.get(root);
}
function sizeProblem(size, limit) {
  const mib = (bytes) => `${Number((bytes / 1024 / 1024).toFixed(1))}`;
  return `File is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${mib(limit)} MiB limit; not analysed.`;
}
function existsNot(filePath) {
  try {
    return statSync(filePath, { throwIfNoEntry: false }) === void 0;
  } catch {
    return false;
  }
}
function readWorkspaceBytes(filePath, options = {}) {
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  const listed = NO_FOLLOW === void 0 ? void 0 : listedRealFile(filePath);
  if (listed !== void 0) {
    const fd2 = openListed(listed, options);
    if (fd2 !== void 0) return readOpened(fd2, limit, options);
  }
  if (!options.expected && (listedMissing(filePath) || existsNot(filePath)))
    return { problem: "Cannot read file: ENOENT.", missing: true };
  let real;
  try {
    real = realpathSync.native(filePath);
  } catch (error) {
    const code = error.code;
    const problem = `Cannot read file: ${code ?? "unknown error"}.`;
    return code === "ENOENT" || code === "ENOTDIR" ? { problem, missing: true } : { problem };
  }
  if (options.root !== void 0) {
    const root = realRoot(resolvedPath(options.root));
    if (root === void 0 || !isInside(root, real))
      return { problem: "File is a link to something outside the workspace; not analysed." };
  }
  let fd;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { problem: `Cannot read file: ${error.code ?? "unknown error"}.` };
  }
  return readOpened(fd, limit, options);
}
function openListed(real, options) {
  if (options.root !== void 0) {
    const root = realRoot(resolvedPath(options.root));
    if (root === void 0 || !isInside(root, real)) return void 0;
  }
  try {
    return openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | NO_FOLLOW);
  } catch {
    return void 0;
  }
}
function readOpened(fd, limit, options) {
  try {
    const big = options.identity ? fstatSync(fd, { bigint: true }) : void 0;
    const stats = big ?? fstatSync(fd);
    if (!stats.isFile()) return { problem: "Not a regular file; not analysed." };
    const size = Number(stats.size);
    if (size > limit) return { problem: sizeProblem(size, limit) };
    const buffer = Buffer.allocUnsafe(Math.min(size === 0 ? 64 * 1024 : size, limit) + 1);
    let filled = 0;
    let target = buffer;
    for (; ; ) {
      if (filled === target.length) {
        if (target.length > limit) return { problem: sizeProblem(filled, limit) };
        const bigger = Buffer.allocUnsafe(Math.min(target.length * 2, limit + 1));
        target.copy(bigger, 0, 0, filled);
        target = bigger;
      }
      const count = readSync(fd, target, filled, target.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    if (filled > limit) return { problem: sizeProblem(filled, limit) };
    return big ? { bytes: target.subarray(0, filled), identity: fileIdentity(big) } : { bytes: target.subarray(0, filled) };
  } catch (error) {
    const code = error.code;
    return {
      problem: `Cannot read file: ${code === "EISDIR" ? "it is a directory" : code ?? "unknown error"}.`
    };
  } finally {
    closeSync(fd);
  }
}
function codingDeclaration(head) {
  const [first = "", second = ""] = head.split(/\r\n|\r|\n/, 2);
  const onFirst = CODING_LINE.exec(first);
  if (onFirst) return onFirst[1];
  if (!/^[ \t\f]*(#.*)?$/.test(first)) return void 0;
  return CODING_LINE.exec(second)?.[1];
}
function normalizeCodec(name) {
  return name.toLowerCase().replace(/[_ ]/g, "-");
}
function isUtf8Codec(name) {
  return UTF8_NAMES.has(normalizeCodec(name));
}
function decoderFor(name) {
  const codec = normalizeCodec(name);
  if (UTF8_NAMES.has(codec)) return (bytes) => utf8.decode(bytes);
  if (LATIN1_NAMES.has(codec)) return (bytes) => Buffer.from(bytes).toString("latin1");
  if (ASCII_NAMES.has(codec))
    return (bytes) => {
      if (bytes.some((b) => b > 127)) throw new TypeError("not ASCII");
      return Buffer.from(bytes).toString("latin1");
    };
  if (/^utf-?(16|32)/.test(codec)) return void 0;
  const label = codec.replace(/^iso8859-?/, "iso-8859-").replace(/^latin-?(\d+)$/, "latin$1");
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    return (bytes) => decoder.decode(bytes);
  } catch {
    return void 0;
  }
}
function shownCodec(name) {
  return name.length <= 40 ? name : `${name.slice(0, 40)}\u2026`;
}
function unsupportedCodingProblem(name) {
  return `File declares encoding '${shownCodec(name)}' (PEP 263 coding declaration), which dag-transport cannot decode; not analysed.`;
}
function decodeSource(bytes, options = {}) {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      problem: `${options.subject ?? "Input"} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; not analysed.`
    };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: "Binary file (contains NUL bytes); not analysed.", binary: true };
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  if (options.python) {
    const head = Buffer.from(body.subarray(0, 1024)).toString("latin1");
    const declared = codingDeclaration(head);
    if (declared !== void 0 && !isUtf8Codec(declared)) {
      if (bom)
        return {
          problem: `File starts with a UTF-8 byte-order mark but declares encoding '${shownCodec(declared)}' (PEP 263); Python refuses it; not analysed.`
        };
      const decode = decoderFor(declared);
      if (!decode) return { problem: unsupportedCodingProblem(declared) };
      try {
        return { text: decode(body) };
      } catch {
        return {
          problem: `File is not valid ${shownCodec(declared)}, the encoding it declares (PEP 263); not analysed.`
        };
      }
    }
  }
  try {
    return { text: utf8.decode(body) };
  } catch {
    return { problem: "File is not valid UTF-8; not analysed." };
  }
}
function readWorkspaceText(filePath, options = {}) {
  const read = readWorkspaceBytes(filePath, options);
  if ("problem" in read) return read;
  const text = decodeSource(read.bytes, options);
  return read.identity !== void 0 && "text" in text ? { text: text.text, identity: read.identity } : text;
}
function findRepositoryRoot(dir) {
  const start = resolvedPath(dir);
  const known = repositoryRoots.get(start);
  if (known !== void 0 || repositoryRoots.has(start)) return known;
  const visited = [];
  let current = start;
  let found;
  for (; ; ) {
    if (repositoryRoots.has(current)) {
      found = repositoryRoots.get(current);
      break;
    }
    visited.push(current);
    const git = entryPath(current, ".git");
    if (!listedMissing(git) && existsSync(git)) {
      found = current;
      break;
    }
    const parent = path3.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of visited) repositoryRoots.set(d, found);
  return found;
}
function workspaceRootFor(filePath, cwd = process.cwd()) {
  return workspaceRootOfDirectory(path3.dirname(resolvedPath(filePath)), cwd);
}
function workspaceRootOfDirectory(dir, cwd = process.cwd()) {
  const resolved = resolvedPath(dir);
  const start = resolvedPath(cwd);
  const repository = findRepositoryRoot(resolved);
  return workspaceLinkedOutOf(resolved, cwd) ?? repository ?? (isInside(start, resolved) ? start : resolved);
}
function workspaceLinkedOutOf(dir, cwd = process.cwd()) {
  const resolved = resolvedPath(dir);
  const start = resolvedPath(cwd);
  const outer = findRepositoryRoot(start) ?? start;
  const own = findRepositoryRoot(resolved);
  if (own === void 0 || own === outer || !isInside(outer, own)) return void 0;
  const [realOuter, realOwn] = [realRoot(outer), realRoot(own)];
  return realOuter !== void 0 && realOwn !== void 0 && isInside(realOuter, realOwn) ? void 0 : outer;
}
function isInsideRealRoot(root, realTarget) {
  const realRootPath = realRoot(resolvedPath(root));
  return realRootPath !== void 0 && isInside(realRootPath, realTarget);
}
function isInsideReally(root, target) {
  const realRootPath = realRoot(root);
  let realTarget;
  try {
    realTarget = realpathSync.native(target);
  } catch {
    return false;
  }
  return realRootPath !== void 0 && isInside(realRootPath, realTarget);
}
var MAX_FILE_BYTES, realRoots, NO_FOLLOW, utf8, CODING_LINE, UTF8_NAMES, LATIN1_NAMES, ASCII_NAMES, repositoryRoots;
var init_workspace_reader = __esm({
  "packages/core/src/workspace-reader.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_listings();
    init_paths();
    MAX_FILE_BYTES = 5 * 1024 * 1024;
    realRoots = /* @__PURE__ */ new Map();
    NO_FOLLOW = constants.O_NOFOLLOW;
    utf8 = new TextDecoder("utf-8", { fatal: true });
    CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
    UTF8_NAMES = /* @__PURE__ */ new Set(["utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig"]);
    LATIN1_NAMES = /* @__PURE__ */ new Set([
      "latin-1",
      "latin1",
      "latin",
      "l1",
      "iso-8859-1",
      "iso8859-1",
      "8859",
      "cp819",
      "iso-ir-100"
    ]);
    ASCII_NAMES = /* @__PURE__ */ new Set(["ascii", "us-ascii", "646", "us"]);
    repositoryRoots = /* @__PURE__ */ new Map();
  }
});

// packages/core/src/config.ts
import path4 from "node:path";
function configSchema(rules) {
  const ruleProperties = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = {
      anyOf: [
        SEVERITY_SCHEMA,
        {
          type: "array",
          items: [SEVERITY_SCHEMA, rule.meta.optionsSchema],
          additionalItems: false,
          minItems: 1
        }
      ]
    };
  }
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      rules: {
        type: "object",
        additionalProperties: false,
        properties: ruleProperties,
        description: "Each rule's severity, or `[severity, options]`. A rule not named runs at its recommended severity with its default options."
      },
      ignores: {
        type: "array",
        items: { type: "string", maxLength: 4096 },
        maxItems: 1e4,
        default: [],
        description: "Paths to skip, as .gitignore patterns relative to the configuration file's folder."
      },
      reportUnusedSuppressions: {
        ...SEVERITY_SCHEMA,
        default: "warn",
        description: "How suppressions that suppress nothing are reported (ESLint's unused-directive report; `--fix` removes them)."
      },
      review: {
        type: "object",
        additionalProperties: false,
        description: "Settings of the pull request gate (`dag-transport review`).",
        properties: {
          addedSuppressions: {
            enum: ["warn", "require-approval", "block"],
            default: DEFAULT_REVIEW_SETTINGS.addedSuppressions,
            description: "What the gate does about suppressions a pull request adds: `warn` lists them in the summary with their reasons (the gate stays green), `require-approval` blocks each until someone other than the author approves the head commit, `block` blocks them."
          }
        }
      }
    }
  };
}
function normalizeSeverity(value) {
  if (value === 0 || value === "off") return "off";
  if (value === 1 || value === "warn") return "warn";
  return "error";
}
function safeKey(key) {
  return /^[\w.@/-]{1,80}$/.test(key) ? key : "(a key)";
}
function describeAjvError(error) {
  const key = error.instancePath ? error.instancePath.replace(/^\//, "").split("/").map((k) => safeKey(k.replace(/~1/g, "/").replace(/~0/g, "~"))).join(".") : "(top level)";
  if (error.keyword === "additionalProperties") {
    const extra = safeKey(error.params.additionalProperty);
    return `unknown key '${key === "(top level)" ? extra : `${key}.${extra}`}'`;
  }
  return `'${key}' ${error.message ?? "is invalid"}`;
}
function validateConfig(raw, rules, filePath) {
  let validate = validators.get(rules);
  if (!validate) {
    validate = new (ajvModule()).Ajv({ allErrors: true, strict: false }).compile(configSchema(rules));
    validators.set(rules, validate);
  }
  if (!validate(raw)) {
    const errors = [...validate.errors ?? []].sort((a, b) => b.instancePath.length - a.instancePath.length);
    const first = errors.find((e) => e.keyword !== "anyOf") ?? errors[0];
    throw new ConfigError(first ? describeAjvError(first) : "invalid configuration", filePath);
  }
  const config = raw;
  const settings = {};
  for (const [id, value] of Object.entries(config.rules ?? {})) {
    if (Array.isArray(value)) {
      settings[id] = {
        severity: normalizeSeverity(value[0]),
        ...value[1] ? { options: value[1] } : {}
      };
    } else {
      settings[id] = { severity: normalizeSeverity(value) };
    }
  }
  return {
    ...filePath ? { filePath } : {},
    rules: settings,
    ignores: config.ignores ?? [],
    review: { ...DEFAULT_REVIEW_SETTINGS, ...config.review },
    reportUnusedSuppressions: config.reportUnusedSuppressions === void 0 ? "warn" : normalizeSeverity(config.reportUnusedSuppressions)
  };
}
function lineColumnAt(text, offset) {
  const before = text.slice(0, offset);
  return [before.split("\n").length, before.length - before.lastIndexOf("\n")];
}
function describeParseError(error, text) {
  if (error instanceof RangeError) return "nested too deeply";
  if (error instanceof ReferenceError) return "aliases expand too far or name no anchor";
  const e = error;
  let line;
  let column;
  if (typeof e.line === "number" && typeof e.column === "number") [line, column] = [e.line, e.column];
  else if (Array.isArray(e.linePos) && e.linePos[0]) [line, column] = [e.linePos[0].line, e.linePos[0].col];
  else if (typeof e.message === "string") {
    const lineColumn = /line (\d+) column (\d+)/.exec(e.message);
    const position2 = /at position (\d+)/.exec(e.message);
    if (lineColumn) [line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
    else if (position2) [line, column] = lineColumnAt(text, Number(position2[1]));
  }
  return line !== void 0 ? `syntax error at line ${line}, column ${column}` : "syntax error";
}
function formatOf(filePath) {
  if (filePath.endsWith(".json")) return "json";
  if (filePath.endsWith(".yaml") || filePath.endsWith(".yml")) return "yaml";
  return "toml";
}
function parseDataFile(text, filePath) {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const [line, column] = lineColumnAt(text, deep);
    throw new ConfigError(
      `cannot parse: nested more than ${MAX_NESTING} levels deep at line ${line}, column ${column}`,
      filePath
    );
  }
  try {
    switch (formatOf(filePath)) {
      case "json":
        return JSON.parse(text);
      case "yaml": {
        const lineCounter = new (yamlModule()).LineCounter();
        const document = yamlModule().parseDocument(text, { uniqueKeys: false, lineCounter });
        if (document.errors.length) throw document.errors[0];
        checkYamlShape(document, lineCounter, filePath);
        return document.toJS({ maxAliasCount: 1e3 });
      }
      case "toml":
        return tomlModule().parse(text);
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot parse: ${describeParseError(error, text)}`, filePath);
  }
}
function checkYamlShape(document, lineCounter, filePath) {
  const at = (offset) => {
    if (offset === void 0) return "";
    const { line, col } = lineCounter.linePos(offset);
    return ` at line ${line}, column ${col}`;
  };
  let aliases = 0;
  const { isScalar: isScalar4, visit } = yamlModule();
  visit(document, {
    Alias(_, alias) {
      if (++aliases > MAX_YAML_ALIASES)
        throw new ConfigError(
          `cannot parse: more than ${MAX_YAML_ALIASES} aliases${at(alias.range?.[0])}`,
          filePath
        );
    },
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const { key } of map.items) {
        if (!isScalar4(key)) continue;
        if (seen.has(key.value))
          throw new ConfigError(`cannot parse: duplicate key${at(key.range?.[0])}`, filePath);
        seen.add(key.value);
      }
    }
  });
}
function parseConfigText(text, filePath, rules) {
  let raw = parseDataFile(text, filePath);
  if (path4.basename(filePath) === "pyproject.toml") {
    const tool = raw?.tool;
    if (!tool || typeof tool !== "object" || !("dag-transport" in tool)) return void 0;
    raw = tool["dag-transport"];
  }
  return validateConfig(raw ?? {}, rules, filePath);
}
function diskConfigSource() {
  const boundary = (dir) => findRepositoryRoot(dir) ?? path4.parse(path4.resolve(dir)).root;
  return {
    boundary,
    missing: (dir, name) => listedHas(dir, name) === false,
    read: (filePath) => {
      if (listedMissing(filePath)) return { problem: "Cannot read file: ENOENT.", missing: true };
      const dir = path4.dirname(filePath);
      return readWorkspaceText(filePath, { root: workspaceLinkedOutOf(dir) ?? boundary(dir) });
    }
  };
}
function loadConfigFile(filePath, rules, source) {
  const read = source.read(filePath);
  if ("problem" in read) throw new ConfigError(`cannot read: ${read.problem}`, filePath);
  return parseConfigText(read.text, filePath, rules);
}
function isIgnoredByConfig(config, absolutePath, isDirectory, baseDir) {
  if (!config.ignores.length) return false;
  let matcher = ignoreMatchers.get(config);
  if (!matcher) {
    matcher = ignoreFactory()().add(config.ignores);
    ignoreMatchers.set(config, matcher);
  }
  const base = config.filePath ? path4.dirname(config.filePath) : baseDir;
  const relative2 = path4.relative(base, absolutePath).split(path4.sep).join("/");
  if (!relative2 || relative2.startsWith("..") || path4.isAbsolute(relative2)) return false;
  return matcher.ignores(isDirectory ? `${relative2}/` : relative2);
}
var CONFIG_FILE_NAMES, DEFAULT_REVIEW_SETTINGS, EMPTY_CONFIG, ConfigError, SEVERITY_SCHEMA, validators, MAX_YAML_ALIASES, ConfigResolver, NEVER_WALKED, ignoreMatchers;
var init_config = __esm({
  "packages/core/src/config.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_nesting();
    init_lazy_modules();
    init_listings();
    init_paths();
    init_workspace_reader();
    CONFIG_FILE_NAMES = [
      "dag-transport.config.json",
      "dag-transport.config.yaml",
      "dag-transport.config.yml",
      "dag-transport.config.toml",
      "pyproject.toml"
    ];
    DEFAULT_REVIEW_SETTINGS = { addedSuppressions: "warn" };
    EMPTY_CONFIG = Object.freeze({
      rules: {},
      ignores: [],
      review: DEFAULT_REVIEW_SETTINGS,
      reportUnusedSuppressions: "warn"
    });
    ConfigError = class extends Error {
      constructor(reason, filePath) {
        super(filePath ? `${filePath}: ${reason}` : reason);
        this.reason = reason;
        this.filePath = filePath;
        this.name = "ConfigError";
      }
      reason;
      filePath;
    };
    SEVERITY_SCHEMA = { enum: ["off", "warn", "error", 0, 1, 2] };
    validators = /* @__PURE__ */ new WeakMap();
    MAX_YAML_ALIASES = 1e3;
    ConfigResolver = class {
      constructor(rules, options) {
        this.rules = rules;
        this.options = options;
      }
      rules;
      options;
      byDirectory = /* @__PURE__ */ new Map();
      explicit;
      /** The configuration that governs `filePath`. */
      forFile(filePath) {
        const found = this.options.explicitFile !== void 0 ? this.explicitConfig() : this.nearest(path4.dirname(resolvedPath(filePath)));
        if (found instanceof ConfigError) throw found;
        return found;
      }
      /** The configuration that governs files directly in `dir`. */
      forDirectory(dir) {
        const found = this.options.explicitFile !== void 0 ? this.explicitConfig() : this.nearest(resolvedPath(dir));
        if (found instanceof ConfigError) throw found;
        return found;
      }
      explicitConfig() {
        if (!this.explicit) {
          try {
            this.explicit = loadConfigFile(this.options.explicitFile, this.rules, this.options.source) ?? EMPTY_CONFIG;
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            this.explicit = error;
          }
        }
        return this.explicit;
      }
      nearest(dir) {
        const known = this.byDirectory.get(dir);
        if (known) return known;
        let found;
        try {
          for (const name of CONFIG_FILE_NAMES) {
            if (this.options.source.missing?.(dir, name)) continue;
            const candidate = entryPath(dir, name);
            const read = this.options.source.read(candidate);
            if ("missing" in read && read.missing) continue;
            if ("problem" in read) throw new ConfigError(`cannot read: ${read.problem}`, candidate);
            found = parseConfigText(read.text, candidate, this.rules);
            if (found) break;
          }
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          found = error;
        }
        if (!found) {
          const parent = path4.dirname(dir);
          found = dir === this.options.source.boundary(dir) || parent === dir ? EMPTY_CONFIG : this.nearest(parent);
        }
        this.byDirectory.set(dir, found);
        return found;
      }
    };
    NEVER_WALKED = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn", "__pycache__", ".venv", ".tox"]);
    ignoreMatchers = /* @__PURE__ */ new WeakMap();
  }
});

// packages/core/src/frontend.ts
function diskProjectFiles(filePath, root = workspaceRootFor(filePath)) {
  const resolved = resolvedPath(root);
  return { root: resolved, read: (file) => readWorkspaceText(file, { root: resolved, python: true }) };
}
var init_frontend = __esm({
  "packages/core/src/frontend.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_paths();
    init_workspace_reader();
  }
});

// packages/core/src/location-pattern.ts
function isMemberName(fresh) {
  return fresh.startsWith("member:");
}
function patternOf(pieces) {
  let pattern = "";
  for (const p of pieces)
    pattern += "text" in p ? p.text : "hole" in p ? HOLE : "any" in p ? ANY : `{fresh:${p.fresh}}`;
  return pattern;
}
function parsePattern(pattern) {
  const pieces = [];
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    if (match.index > last) pieces.push({ text: pattern.slice(last, match.index) });
    pieces.push(match[1] !== void 0 ? { fresh: match[1] } : match[0] === ANY ? ANY_PIECE : HOLE_PIECE);
    last = match.index + match[0].length;
  }
  if (last < pattern.length) pieces.push({ text: pattern.slice(last) });
  return pieces;
}
function hasLiteral(pattern) {
  return /[A-Za-z0-9_]/.test(pattern.replace(TOKEN, ""));
}
function containsFresh(pattern) {
  return pattern.includes("{fresh:");
}
function literalPrefix(pattern) {
  TOKEN.lastIndex = 0;
  const first = TOKEN.exec(pattern);
  TOKEN.lastIndex = 0;
  return first ? pattern.slice(0, first.index) : pattern;
}
function describePattern(pattern) {
  return pattern.replace(FRESH_MEMBER, HOLE).replaceAll(PREVIOUS_RUN_TOKEN, "{previous run}").replace(FRESH, "{temp name}").replace(ANY_TOKEN, "*");
}
var HOLE, ANY, HOLE_PIECE, ANY_PIECE, TOKEN, ANY_TOKEN, FRESH, FRESH_MEMBER, PREVIOUS_RUN_PIECE, PREVIOUS_RUN_TOKEN;
var init_location_pattern = __esm({
  "packages/core/src/location-pattern.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    HOLE = "{*}";
    ANY = "{any}";
    HOLE_PIECE = { hole: true };
    ANY_PIECE = { any: true };
    TOKEN = /\{\*\}|\{any\}|\{fresh:([^}]*)\}/g;
    ANY_TOKEN = /\{any\}/g;
    FRESH = /\{fresh:[^}]*\}/g;
    FRESH_MEMBER = /\{fresh:member:[^}]*\}/g;
    PREVIOUS_RUN_PIECE = { fresh: "previous-run" };
    PREVIOUS_RUN_TOKEN = patternOf([PREVIOUS_RUN_PIECE]);
  }
});

// packages/core/src/matched-row.ts
var init_matched_row = __esm({
  "packages/core/src/matched-row.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/storage-knowledge.ts
var DEFAULT_TEMP_PREFIXES, DEFAULT_STAGING_VARIABLE, API_LIST_SCHEMA, STORAGE_KNOWLEDGE_PROPERTIES, TEMP_SETTINGS_PROPERTIES, STORAGE_KNOWLEDGE_DEFAULTS, TEMP_SETTINGS_DEFAULTS;
var init_storage_knowledge = __esm({
  "packages/core/src/storage-knowledge.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    DEFAULT_TEMP_PREFIXES = ["/tmp", "/var/tmp", "/dev/shm"];
    DEFAULT_STAGING_VARIABLE = "LEOFLOW_STAGING_DIR";
    API_LIST_SCHEMA = {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["call"],
        properties: {
          call: {
            type: "string",
            minLength: 1,
            description: "Qualified function (`team_io.save_array`), `.method` for a method on any receiver (`.save_artifact`), an operator class (`team_ops.LakeExportOperator`, or its bare name `LakeExportOperator` wherever it is imported from: its arguments are read where the task is declared), or a TaskFlow decorator of the team's provider (`task.parquet`: the decorated function is a task, the decorator's arguments are read where it is declared)."
          },
          path: {
            type: ["integer", "string"],
            description: "The argument holding the path or URI: its position (from 0) or keyword."
          },
          bucket: { type: ["integer", "string"], description: "For bucket/key APIs: the bucket argument." },
          key: { type: ["integer", "string"], description: "For bucket/key APIs: the key argument." },
          scheme: { type: "string", description: "URI scheme for bucket/key APIs (default `s3`)." },
          sql: {
            type: ["integer", "string"],
            description: "An argument holding SQL: the files its statements name are read or written as the SQL says (`FROM 'f.parquet'`, `COPY \u2026 TO 'f'`), whichever list the API is in."
          }
        }
      }
    };
    STORAGE_KNOWLEDGE_PROPERTIES = {
      writeApis: {
        ...API_LIST_SCHEMA,
        description: 'A team\'s own functions or operators that write files or objects, e.g. `{ call: "team_io.save_array", path: 1 }`.'
      },
      readApis: {
        ...API_LIST_SCHEMA,
        description: 'A team\'s own functions or operators that read files or objects, e.g. `{ call: "team_io.load_array", path: 0 }`.'
      },
      sanctionedHelpers: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "The team's blessed pass-by-reference helpers (qualified names, or function names in the DAG file): calls to them are never flagged."
      }
    };
    TEMP_SETTINGS_PROPERTIES = {
      tempPrefixes: {
        type: "array",
        items: { type: "string", pattern: "^/" },
        description: "Absolute path prefixes that are pod-local (default `/tmp`, `/var/tmp`, `/dev/shm`)."
      },
      stagingVariable: {
        type: "string",
        minLength: 1,
        description: "The staging volume's environment variable (default `LEOFLOW_STAGING_DIR`)."
      }
    };
    STORAGE_KNOWLEDGE_DEFAULTS = {
      writeApis: [],
      readApis: [],
      sanctionedHelpers: []
    };
    TEMP_SETTINGS_DEFAULTS = {
      tempPrefixes: [...DEFAULT_TEMP_PREFIXES],
      stagingVariable: DEFAULT_STAGING_VARIABLE
    };
  }
});

// packages/core/src/dag-files.ts
var PYTHON_EXTENSIONS, TYPESCRIPT_SYNTAX_EXTENSIONS, JAVASCRIPT_EXTENSIONS, TYPESCRIPT_EXTENSIONS, DAG_EXTENSIONS;
var init_dag_files = __esm({
  "packages/core/src/dag-files.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    PYTHON_EXTENSIONS = [".py"];
    TYPESCRIPT_SYNTAX_EXTENSIONS = [".ts", ".mts", ".cts"];
    JAVASCRIPT_EXTENSIONS = [".js", ".mjs"];
    TYPESCRIPT_EXTENSIONS = [...TYPESCRIPT_SYNTAX_EXTENSIONS, ...JAVASCRIPT_EXTENSIONS];
    DAG_EXTENSIONS = [...PYTHON_EXTENSIONS, ...TYPESCRIPT_EXTENSIONS];
  }
});

// packages/core/src/compose-files.ts
var COMPOSE_FILE_NAMES;
var init_compose_files = __esm({
  "packages/core/src/compose-files.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    COMPOSE_FILE_NAMES = [
      "compose.yaml",
      "compose.yml",
      "docker-compose.yaml",
      "docker-compose.yml"
    ];
  }
});

// packages/core/src/formatters/json.ts
function formatJson(results) {
  return terminalJson(results);
}
var init_json = __esm({
  "packages/core/src/formatters/json.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
  }
});

// packages/core/src/formatters/stylish.ts
import path5 from "node:path";
import { styleText } from "node:util";
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function formatStylish(results, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const paint = (style, text) => options.color ? styleText(style, text, { validateStream: false }) : text;
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  let bulk = 0;
  const out = [];
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    for (const message of result.suppressedMessages)
      if (message.suppressions.some((s) => s.kind === "file")) bulk++;
      else suppressed++;
    if (result.messages.length === 0) continue;
    out.push(paint("underline", terminalLine(path5.relative(cwd, result.filePath) || result.filePath)));
    for (const m of result.messages) {
      const where2 = `${m.line}:${m.column}`.padEnd(8);
      const level = m.severity === 2 ? paint("red", "error  ") : paint("yellow", "warning");
      out.push(
        `  ${where2} ${level}  ${terminalText(m.message)}  ${paint("dim", terminalText(m.ruleId ?? ""))}`.trimEnd()
      );
      for (const related of m.relatedLocations ?? []) {
        out.push(
          paint(
            "dim",
            `  ${`${related.line}:${related.column}`.padEnd(8)}          \u21B3 ${terminalText(related.message)}`
          )
        );
      }
      for (const suggestion of m.suggestions ?? []) {
        const replacement = suggestion.fix.text.replace(/\s+/g, " ");
        const shown = replacement.length > 60 ? `${replacement.slice(0, 59)}\u2026` : replacement;
        out.push(
          paint(
            "cyan",
            `  ${"".padEnd(8)}          \u21B3 suggestion: ${terminalText(suggestion.desc)} \u2192 ${terminalText(shown)}`
          )
        );
      }
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total > 0) {
    out.push(
      paint(
        errors > 0 ? "red" : "yellow",
        `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`
      )
    );
  }
  if (suppressed > 0)
    out.push(`${plural(suppressed, "finding")} suppressed with a reason (see --format json).`);
  if (bulk > 0) out.push(`${plural(bulk, "finding")} covered by the bulk suppressions file.`);
  return out.length ? `${out.join("\n")}
` : "";
}
var init_stylish = __esm({
  "packages/core/src/formatters/stylish.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
  }
});

// packages/core/src/fingerprint.ts
import { createHash } from "node:crypto";
function flaggedText(source, region) {
  const lines2 = source.split(/\r?\n/);
  const endLine = region.endLine ?? region.line;
  const endColumn = region.endColumn ?? Number.POSITIVE_INFINITY;
  const parts = [];
  for (let line = region.line; line <= endLine && line <= lines2.length; line++) {
    const text = lines2[line - 1];
    const start = line === region.line ? region.column - 1 : 0;
    const end = line === endLine ? endColumn - 1 : text.length;
    parts.push(text.slice(start, end));
  }
  const flagged = parts.join("\n").replace(/\s+/g, " ").trim();
  return flagged || (lines2[region.line - 1] ?? "").replace(/\s+/g, " ").trim();
}
var Fingerprints;
var init_fingerprint = __esm({
  "packages/core/src/fingerprint.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    Fingerprints = class {
      /**
       * @param relativePath the file as the repository names it (`/`-separated)
       * @param source the text the findings were computed from; without it the message id stands in
       */
      constructor(relativePath, source) {
        this.relativePath = relativePath;
        this.source = source;
      }
      relativePath;
      source;
      seen = /* @__PURE__ */ new Map();
      of(message) {
        const kind = message.ruleId ?? (message.fatal ? "file-not-analysed" : "invalid-suppression");
        const anchor = this.source !== void 0 ? flaggedText(this.source, message) : `message:${message.messageId ?? ""}`;
        const hash = createHash("sha256").update([kind, this.relativePath, anchor].join("\0")).digest("hex").slice(0, 32);
        const occurrence = (this.seen.get(hash) ?? 0) + 1;
        this.seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
      }
    };
  }
});

// packages/core/src/formatters/sarif.ts
import path6 from "node:path";
import { pathToFileURL } from "node:url";
function notificationDescriptor(id, short, full) {
  return {
    id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full },
    defaultConfiguration: { level: "error" }
  };
}
function bareRuleId(ruleId) {
  return ruleId.startsWith(RULE_ID_PREFIX) ? ruleId.slice(RULE_ID_PREFIX.length) : ruleId;
}
function ruleDescriptor(rule, options) {
  const url = ruleDocsUrl(rule.id);
  const markdown = options.helpMarkdownOf?.(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: url,
    help: {
      text: `${rule.meta.description} Documentation, with flagged and fixed examples: ${url} The policy it enforces: ${POLICY_URL}`,
      markdown: markdown ?? `${rule.meta.description}

[Documentation, with flagged and fixed examples](${url}) \xB7 [The policy it enforces](${POLICY_URL})`
    },
    defaultConfiguration: { level: rule.meta.recommendedSeverity === "error" ? "error" : "warning" }
  };
}
function artifactUri(filePath, cwd) {
  const relative2 = relativeInside(cwd, filePath);
  if (!relative2) return { uri: pathToFileURL(filePath).href };
  return { uri: relative2.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function physicalLocation(filePath, region, cwd) {
  return {
    artifactLocation: artifactUri(filePath, cwd),
    region: {
      startLine: region.line,
      startColumn: region.column,
      ...region.endLine !== void 0 ? { endLine: region.endLine } : {},
      ...region.endColumn !== void 0 ? { endColumn: region.endColumn } : {}
    }
  };
}
function notificationFor(message, filePath, cwd) {
  const id = message.fatal ? "file-not-analysed" : isUnusedSuppressionMessage(message) ? "unused-suppression" : "invalid-suppression";
  return {
    descriptor: { id, index: NOTIFICATIONS.findIndex((d) => d.id === id) },
    level: message.severity === 2 ? "error" : "warning",
    message: { text: message.message },
    locations: [{ physicalLocation: physicalLocation(filePath, message, cwd) }]
  };
}
function isSuppressed(message) {
  return "suppressions" in message;
}
function buildSarifLog(results, options) {
  const cwd = options.cwd ?? process.cwd();
  const rules = options.rules.map((rule) => ruleDescriptor(rule, options));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = [];
  const notifications = [];
  for (const lintResult of [...results].sort((a, b) => a.filePath < b.filePath ? -1 : 1)) {
    const ordered = [...lintResult.messages, ...lintResult.suppressedMessages].sort(
      (a, b) => a.line - b.line || a.column - b.column
    );
    const relativePath = reportPath(cwd, lintResult.filePath);
    let fingerprints;
    for (const message of ordered) {
      if (message.ruleId === null) {
        notifications.push(notificationFor(message, lintResult.filePath, cwd));
        continue;
      }
      const ruleId = bareRuleId(message.ruleId);
      const index = ruleIndex.get(ruleId);
      const result = {
        ruleId,
        ...index !== void 0 ? { ruleIndex: index } : {},
        level: message.severity === 2 ? "error" : "warning",
        message: { text: message.message },
        locations: [{ physicalLocation: physicalLocation(lintResult.filePath, message, cwd) }],
        partialFingerprints: {
          [FINGERPRINT_KEY]: (fingerprints ??= new Fingerprints(
            relativePath,
            options.sourceOf?.(lintResult.filePath)
          )).of(message)
        }
      };
      if (message.relatedLocations?.length) {
        result.relatedLocations = message.relatedLocations.map((related, i) => ({
          id: i + 1,
          message: { text: related.message },
          physicalLocation: physicalLocation(related.file ?? lintResult.filePath, related, cwd)
        }));
      }
      if (isSuppressed(message)) {
        result.suppressions = message.suppressions.map((s) => ({
          kind: s.kind === "file" ? "external" : "inSource",
          justification: s.justification
        }));
      }
      sarifResults.push(result);
    }
  }
  const run = {
    tool: {
      driver: {
        name: "dag-transport",
        version: options.toolVersion,
        semanticVersion: options.toolVersion,
        ...options.informationUri ? { informationUri: options.informationUri } : {},
        rules,
        notifications: NOTIFICATIONS
      }
    },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd + path6.sep).href } },
    columnKind: "utf16CodeUnits",
    results: sarifResults
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function formatSarif(results, options) {
  return `${terminalJson(buildSarifLog(results, options), 2)}
`;
}
var SARIF_SCHEMA_URI, FINGERPRINT_KEY, SRCROOT, NOTIFICATIONS;
var init_sarif = __esm({
  "packages/core/src/formatters/sarif.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_fingerprint();
    init_paths();
    init_terminal_text();
    init_runner();
    init_rule();
    SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    FINGERPRINT_KEY = "dagTransportFindingHash/v1";
    SRCROOT = "%SRCROOT%";
    NOTIFICATIONS = [
      notificationDescriptor(
        "file-not-analysed",
        "The file, or part of it, could not be analysed.",
        "A syntax error, an unreadable, binary or oversized file: the tasks it touches were not judged by any rule. Fix the file to have it analysed."
      ),
      notificationDescriptor(
        "invalid-suppression",
        "A suppression directive is invalid and suppresses nothing.",
        "A `# dag-transport: ignore[rule] -- reason` directive without a reason, or naming an unknown rule. The reason is required so reviewers can see why each exception is safe."
      ),
      notificationDescriptor(
        "unused-suppression",
        "A suppression suppresses nothing.",
        "No finding of the rule it names is left where it applies: the exception is stale. `dag-transport --fix` removes it."
      )
    ];
  }
});

// packages/core/src/formatters/github.ts
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function titleOf(message) {
  if (message.ruleId) return message.ruleId;
  if (message.fatal) return "dag-transport: file not analysed";
  return isUnusedSuppressionMessage(message) ? "dag-transport: unused suppression" : "dag-transport: invalid suppression";
}
function workflowCommandLine(kind, properties, message) {
  const props = properties.filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${escapeProperty(terminalLines(String(value)))}`).join(",");
  return `::${kind} ${props}::${escapeData(terminalLines(message))}`;
}
function command(message, file) {
  const oneLine = message.endLine === void 0 || message.endLine === message.line;
  const properties = [
    ["file", file],
    ["line", message.line],
    ["endLine", message.endLine],
    ["col", oneLine ? message.column : void 0],
    ["endColumn", oneLine ? message.endColumn : void 0],
    ["title", titleOf(message)]
  ];
  const related = (message.relatedLocations ?? []).map((r) => `
\u21B3 line ${r.line}: ${r.message}`).join("");
  return workflowCommandLine(
    message.severity === 2 ? "error" : "warning",
    properties,
    message.message + related
  );
}
function formatGithub(results, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const lines2 = [];
  for (const result of results) {
    const file = reportPath(cwd, result.filePath);
    for (const message of result.messages) lines2.push(command(message, file));
  }
  return lines2.length ? `${lines2.join("\n")}
` : "";
}
var init_github = __esm({
  "packages/core/src/formatters/github.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_paths();
    init_runner();
    init_terminal_text();
  }
});

// packages/core/src/formatters/gitlab.ts
function checkNameOf(message) {
  if (message.ruleId) return message.ruleId;
  if (message.fatal) return "dag-transport/file-not-analysed";
  return isUnusedSuppressionMessage(message) ? "dag-transport/unused-suppression" : "dag-transport/invalid-suppression";
}
function severityOf(message) {
  if (message.fatal) return "critical";
  return message.severity === 2 ? "major" : "minor";
}
function descriptionOf(message) {
  const related = (message.relatedLocations ?? []).map((r) => ` (line ${r.line}: ${r.message})`).join("");
  return terminalText(message.message + related);
}
function buildCodeQuality(results, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const issues = [];
  for (const result of results) {
    const relativePath = reportPath(cwd, result.filePath);
    const reported = new Set(result.messages);
    const ordered = [...result.messages, ...result.suppressedMessages].sort(
      (a, b) => a.line - b.line || a.column - b.column
    );
    let fingerprints;
    for (const message of ordered) {
      const fingerprint = (fingerprints ??= new Fingerprints(
        relativePath,
        options.sourceOf?.(result.filePath)
      )).of(message);
      if (!reported.has(message)) continue;
      issues.push({
        type: "issue",
        check_name: checkNameOf(message),
        description: descriptionOf(message),
        categories: ["Bug Risk"],
        severity: severityOf(message),
        fingerprint,
        location: { path: relativePath, lines: { begin: message.line } }
      });
    }
  }
  return issues;
}
function formatGitlab(results, options = {}) {
  return `${terminalJson(buildCodeQuality(results, options), 2)}
`;
}
var init_gitlab = __esm({
  "packages/core/src/formatters/gitlab.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_fingerprint();
    init_paths();
    init_runner();
    init_terminal_text();
  }
});

// packages/core/src/formatters/junit.ts
function xmlText(text) {
  return terminalText(text).replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function attributes(values) {
  return Object.entries(values).map(([key, value]) => ` ${key}="${typeof value === "number" ? value : xmlText(value)}"`).join("");
}
function position(message) {
  return `line ${message.line}, column ${message.column}`;
}
function details(message) {
  return [
    `${position(message)}: ${message.message}`,
    ...(message.relatedLocations ?? []).map((r) => `\u21B3 line ${r.line}: ${r.message}`)
  ].map(xmlText).join("\n");
}
function testcase(name, file, inner) {
  const open = `    <testcase${attributes({ name, classname: file, file, time: "0" })}`;
  return inner ? `${open}>
${inner}
    </testcase>` : `${open} />`;
}
function findingCase(message, file) {
  const element = message.fatal ? "error" : "failure";
  const type = message.fatal ? "file-not-analysed" : message.severity === 2 ? "error" : "warning";
  const inner = `      <${element}${attributes({ type, message: `${position(message)}: ${message.message}` })}>${details(message)}</${element}>`;
  return {
    xml: testcase(checkNameOf(message), file, inner),
    failure: !message.fatal,
    error: Boolean(message.fatal),
    skipped: false
  };
}
function suppressedCase(message, file) {
  const reasons = message.suppressions.map((s) => s.kind === "file" ? "recorded in the bulk suppressions file" : s.justification).filter(Boolean);
  const why2 = `${position(message)}: suppressed${reasons.length ? `: ${reasons.join("; ")}` : ""}`;
  return {
    xml: testcase(checkNameOf(message), file, `      <skipped${attributes({ message: why2 })} />`),
    failure: false,
    error: false,
    skipped: true
  };
}
function formatJunit(results, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const suites = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const result of results) {
    const file = reportPath(cwd, result.filePath);
    const ordered = [
      ...result.messages.map((m) => ({ m, c: findingCase(m, file) })),
      ...result.suppressedMessages.map((m) => ({ m, c: suppressedCase(m, file) }))
    ].sort((a, b) => a.m.line - b.m.line || a.m.column - b.m.column);
    const cases = ordered.map(({ c }) => c);
    if (!cases.length)
      cases.push({ xml: testcase("dag-transport", file, ""), failure: false, error: false, skipped: false });
    const counts = {
      tests: cases.length,
      failures: cases.filter((c) => c.failure).length,
      errors: cases.filter((c) => c.error).length,
      skipped: cases.filter((c) => c.skipped).length
    };
    for (const key of ["tests", "failures", "errors", "skipped"]) total[key] += counts[key];
    suites.push(
      `  <testsuite${attributes({ name: file, ...counts, time: "0" })}>
${cases.map((c) => c.xml).join("\n")}
  </testsuite>`
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: "dag-transport", ...total, time: "0" })}>`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}
var NOT_XML, ENTITIES;
var init_junit = __esm({
  "packages/core/src/formatters/junit.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_paths();
    init_terminal_text();
    init_gitlab();
    NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&apos;"
    };
  }
});

// packages/core/src/suppression-edits.ts
function applyEdits(source, edits) {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.range[0] < at) continue;
    out += source.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return out + source.slice(at);
}
var init_suppression_edits = __esm({
  "packages/core/src/suppression-edits.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/bulk-suppressions.ts
import path7 from "node:path";
function badPath(key) {
  if (key === "" || key.startsWith("/") || /^[A-Za-z]:/.test(key) || key.includes("\\"))
    return "is not a relative '/'-separated path";
  if (key.split("/").some((part) => part === "" || part === "." || part === ".."))
    return "is not a plain path inside the repository";
  return void 0;
}
function positionOf(text, keys, atKey) {
  const { isMap: isMap4, isPair, isScalar: isScalar4, LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: false, lineCounter });
  let node = document.contents;
  let offset = node?.range?.[0];
  for (const [index, key] of keys.entries()) {
    if (!isMap4(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar4(item.key) && item.key.value === key);
    if (!pair) break;
    const keyNode = pair.key;
    node = pair.value;
    offset = index === keys.length - 1 && atKey ? keyNode.range?.[0] : node?.range?.[0] ?? keyNode.range?.[0];
  }
  if (offset === void 0) return "";
  const { line, col } = lineCounter.linePos(offset);
  return ` at line ${line}, column ${col}`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseBulkSuppressions(text, filePath) {
  const fail = (reason, keys = [], atKey = false) => {
    throw new SuppressionsFileError(
      `invalid suppressions file: ${reason}${positionOf(text, keys, atKey)}`,
      filePath
    );
  };
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    throw new SuppressionsFileError(
      `invalid suppressions file: nested more than ${MAX_NESTING} levels deep at line ${before.split("\n").length}, column ${deep - before.lastIndexOf("\n")}`,
      filePath
    );
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where2 = /end of JSON input/.test(String(error.message)) ? "syntax error: the file ends too early" : describeParseError(error, text);
    throw new SuppressionsFileError(`invalid suppressions file: ${where2}`, filePath);
  }
  if (!isObject(raw)) fail("expected an object of files");
  const suppressions = /* @__PURE__ */ new Map();
  for (const [file, rules] of Object.entries(raw)) {
    const pathProblem = badPath(file);
    if (pathProblem) fail(`a file key ${pathProblem}`, [file], true);
    if (!isObject(rules)) fail("expected an object of rules for a file", [file]);
    const counts = /* @__PURE__ */ new Map();
    for (const [rule, entry] of Object.entries(rules)) {
      if (!RULE_KEY.test(rule)) fail("a rule key is not 'dag-transport/<rule>'", [file, rule], true);
      const count = isObject(entry) && Object.keys(entry).length === 1 ? entry.count : void 0;
      if (!Number.isSafeInteger(count) || count < 1)
        fail('expected { "count": <whole number of at least 1> }', [file, rule]);
      counts.set(rule, count);
    }
    if (counts.size) suppressions.set(file, counts);
  }
  return suppressions;
}
function readBulkSuppressions(filePath, root) {
  const read = readWorkspaceText(filePath, { root });
  if ("problem" in read) {
    if (read.missing) return void 0;
    throw new SuppressionsFileError(`cannot read suppressions file: ${read.problem}`, filePath);
  }
  return parseBulkSuppressions(read.text, filePath);
}
function serializeBulkSuppressions(suppressions) {
  const sorted = {};
  for (const file of [...suppressions.keys()].sort()) {
    const rules = suppressions.get(file);
    if (!rules.size) continue;
    sorted[file] = {};
    for (const rule of [...rules.keys()].sort()) sorted[file][rule] = { count: rules.get(rule) };
  }
  return `${JSON.stringify(sorted, null, 2)}
`;
}
function countErrorsByRule(messages) {
  const counts = /* @__PURE__ */ new Map();
  for (const message of messages)
    if (message.severity === 2 && message.ruleId)
      counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  return counts;
}
function relativeOf(scope, filePath) {
  const relative2 = relativeInside(scope.root, filePath);
  return relative2 ? relative2 : void 0;
}
function recordBulkSuppressions(existing, results, scope, rules) {
  const updated = new Map([...existing].map(([file, counts]) => [file, new Map(counts)]));
  for (const result of results) {
    const file = relativeOf(scope, result.filePath);
    if (file === void 0) continue;
    for (const [rule, count] of countErrorsByRule(result.messages)) {
      if (rules && !rules.has(rule)) continue;
      if (!updated.has(file)) updated.set(file, /* @__PURE__ */ new Map());
      updated.get(file).set(rule, count);
    }
  }
  return updated;
}
function applyBulkSuppressions(results, suppressions, scope) {
  const unused = /* @__PURE__ */ new Map();
  const applied = results.map((result) => {
    const file = relativeOf(scope, result.filePath);
    const recorded = file !== void 0 ? suppressions.get(file) : void 0;
    if (!recorded) return result;
    const found = countErrorsByRule(result.messages);
    const suppressedRules = /* @__PURE__ */ new Set();
    const excess = /* @__PURE__ */ new Map();
    for (const [rule, count] of recorded) {
      const errors = found.get(rule) ?? 0;
      if (errors > 0 && errors <= count) suppressedRules.add(rule);
      if (errors < count && scope.ran(rule) && !result.fatalErrorCount) excess.set(rule, count - errors);
    }
    if (excess.size) unused.set(file, excess);
    if (!suppressedRules.size) return result;
    const kept = [];
    const suppressed = [...result.suppressedMessages];
    for (const message of result.messages) {
      if (message.ruleId && message.severity === 2 && suppressedRules.has(message.ruleId))
        suppressed.push({ ...message, suppressions: [{ kind: "file", justification: "" }] });
      else kept.push(message);
    }
    return makeResult(result.filePath, kept, suppressed);
  });
  return { results: applied, unused };
}
function pruneBulkSuppressions(suppressions, unused, exists, root) {
  const pruned = /* @__PURE__ */ new Map();
  for (const [file, counts] of suppressions) {
    if (!exists(path7.join(root, ...file.split("/")))) continue;
    const left = /* @__PURE__ */ new Map();
    for (const [rule, count] of counts) {
      const remaining = count - (unused.get(file)?.get(rule) ?? 0);
      if (remaining > 0) left.set(rule, remaining);
    }
    if (left.size) pruned.set(file, left);
  }
  return pruned;
}
function unusedEntryCount(unused) {
  let n = 0;
  for (const counts of unused.values()) n += counts.size;
  return n;
}
var BULK_SUPPRESSIONS_FILE, SuppressionsFileError, RULE_KEY;
var init_bulk_suppressions = __esm({
  "packages/core/src/bulk-suppressions.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_lazy_modules();
    init_config();
    init_nesting();
    init_paths();
    init_results();
    init_workspace_reader();
    BULK_SUPPRESSIONS_FILE = "dag-transport-suppressions.json";
    SuppressionsFileError = class extends ConfigError {
      name = "SuppressionsFileError";
    };
    RULE_KEY = /^dag-transport\/[a-z0-9][a-z0-9-]{0,99}$/;
  }
});

// packages/core/src/index.ts
var init_src = __esm({
  "packages/core/src/index.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_model();
    init_rule();
    init_results();
    init_runner();
    init_config();
    init_frontend();
    init_location_pattern();
    init_matched_row();
    init_storage_knowledge();
    init_dag_files();
    init_compose_files();
    init_json();
    init_stylish();
    init_sarif();
    init_github();
    init_gitlab();
    init_junit();
    init_paths();
    init_fingerprint();
    init_workspace_reader();
    init_lazy_modules();
    init_listings();
    init_terminal_text();
    init_suppression_edits();
    init_nesting();
    init_bulk_suppressions();
  }
});

// rules/storage-handoffs.ts
function atoms(pattern) {
  const out = [];
  for (const piece of parsePattern(pattern)) {
    if ("text" in piece) for (const char of piece.text) out.push({ char });
    else out.push(piece);
  }
  return out;
}
function isAnchored(pattern) {
  return /^(\/|~\/|[a-z][a-z0-9+.-]*:\/\/|\$\{)/i.test(pattern);
}
function startsKnown(location) {
  return isAnchored(location.pattern) || location.medium === "filesystem" && /^[^{/]/.test(location.pattern);
}
function segmentCount(pattern) {
  return pattern.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/").filter((segment) => hasLiteral(segment) || containsFresh(segment)).length;
}
function isSegmentHole(atoms2, at) {
  return "hole" in atoms2[at] && at > 0 && isSlash(atoms2[at - 1]) && isSlash(atoms2[at + 1]);
}
function extensionAfterHole(atoms2) {
  const out = new Array(atoms2.length).fill(false);
  for (let k = 1; k < atoms2.length; k++) {
    const dot = atoms2[k];
    if (!("hole" in atoms2[k - 1]) || !("char" in dot) || dot.char !== ".") continue;
    let end = k;
    while (end < atoms2.length && "char" in atoms2[end] && /[A-Za-z0-9.]/.test(atoms2[end].char))
      end++;
    if (end > k + 1 && isSlash(atoms2[end])) out.fill(true, k, end);
  }
  return out;
}
function atomsMatch(write, read, extensions = false) {
  const rows = write.length + 1;
  const cols = read.length + 1;
  const readExtension = extensions ? extensionAfterHole(read) : [];
  let previous = new Array(cols).fill(false);
  previous[0] = true;
  for (let j = 1; j < cols; j++) {
    const atom = read[j - 1];
    previous[j] = previous[j - 1] && ("any" in atom || "rest" in atom);
  }
  for (let i = 1; i < rows; i++) {
    const current = new Array(cols).fill(false);
    const w = write[i - 1];
    for (let j = 1; j < cols; j++) {
      const r = read[j - 1];
      if ("rest" in r) {
        current[j] = current[j - 1] || previous[j] || previous[j - 1];
      } else if ("any" in r) {
        const known = !("fresh" in w) || isMemberName(w.fresh);
        current[j] = current[j - 1] || known && (previous[j] || previous[j - 1]);
      } else if ("hole" in r) {
        current[j] = previous[j - 1] && ("hole" in w || "any" in w);
      } else if ("char" in r) {
        current[j] = previous[j - 1] && "char" in w && w.char === r.char || readExtension[j - 1] === true && current[j - 1] && isSegmentHole(write, i - 1);
      } else {
        current[j] = previous[j - 1] && "fresh" in w && w.fresh === r.fresh;
      }
    }
    previous = current;
  }
  return previous[cols - 1];
}
function locationsMatch(write, read, extensions = false) {
  if (!hasLiteral(write.pattern) || !hasLiteral(read.pattern)) return false;
  if (write.pattern === read.pattern) return true;
  if (write.exact || read.exact) return false;
  if (!startsKnown(read) || !startsKnown(write)) return false;
  if (segmentCount(read.pattern) < 2) return false;
  const writeAtoms = atoms(write.pattern);
  const readAtoms = atoms(read.pattern);
  if (atomsMatch(writeAtoms, readAtoms, extensions)) return true;
  const directory = read.pattern.replace(/\/+$/, "");
  if (atomsMatch(writeAtoms, [...atoms(directory), { char: "/" }, { rest: true }], extensions)) return true;
  if (!write.intoDirectory) return false;
  const inside = atoms(write.pattern.replace(/\/+$/, ""));
  return atomsMatch([...inside, { char: "/" }, { hole: true }], readAtoms);
}
function handedOnMatches(write, handed) {
  if (write.madeBy !== void 0 && write.madeBy === handed.madeBy) return true;
  if (write.madeIn !== void 0 && write.madeIn === handed.madeBy) return true;
  if (locationsMatch(write, handed)) return true;
  if (write.medium !== "object-store" || isAnchored(handed.pattern)) return false;
  const key = handed.pattern.replace(/\/+$/, "");
  if (segmentCount(key) < 2) return false;
  const withoutBucket = write.pattern.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\//i, "");
  if (withoutBucket === write.pattern) return false;
  return withoutBucket === key || withoutBucket.startsWith(`${key}/`);
}
function mountMatches(write, read) {
  const mounted = write.mount ? write : read.mount ? read : void 0;
  const object = mounted === write ? read : write;
  if (!mounted?.mount || object.mount) return false;
  const key = unnamedBucketKey(object.pattern, mounted.mount.scheme);
  if (key === void 0 || segmentCount(key) < 3 || segmentCount(mounted.mount.key) < 3) return false;
  const asPath = (pattern, from) => ({ ...from, pattern: `/${pattern}` });
  return mounted === write ? locationsMatch(asPath(mounted.mount.key, write), asPath(key, read)) : locationsMatch(asPath(key, write), asPath(mounted.mount.key, read));
}
function unnamedBucketKey(pattern, scheme) {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/(.+)$/i.exec(pattern);
  if (!match || scheme !== void 0 && match[1].toLowerCase() !== scheme) return void 0;
  const bucket = match[2];
  return bucket === HOLE || /^\$\{[^}]+\}$/.test(bucket) ? match[3] : void 0;
}
function describeLocation(location) {
  if (!hasLiteral(location.pattern) && !containsFresh(location.pattern) && location.display)
    return location.display;
  return describePattern(location.pattern);
}
function originKey(op) {
  return op.origin ? `${op.origin.file}:${spanKey(op.origin.span)}` : void 0;
}
function spanKey(span) {
  return `${span.line}:${span.column}`;
}
function precedes(a, b) {
  return a.line < b.line || a.line === b.line && a.column < b.column;
}
function readsFirstInHelper(read, write) {
  return read.inHelper !== void 0 && write.inHelper !== void 0 && precedes(read.inHelper, write.inHelper);
}
function siteOf(op) {
  return op.calledAt ?? op.span;
}
function storageHandoffs(model) {
  let handoffs = computed.get(model);
  if (!handoffs) {
    handoffs = findStorageHandoffs(model);
    computed.set(model, handoffs);
  }
  return handoffs;
}
function findStorageHandoffs(model) {
  const dagOfTask = new Map(model.tasks.map((t) => [t.id, t.dagId]));
  const dagOf = (fact) => fact.dagId ?? dagOfTask.get(fact.taskId);
  const taskKey = (fact) => `${dagOf(fact)}\0${fact.taskId}`;
  const matchCache = /* @__PURE__ */ new Map();
  const matches = (write, read, extensions = false) => {
    const key = `${write.pattern}\0${read.pattern}\0${write.exact ?? ""}${read.exact ?? ""}${write.intoDirectory ?? ""}${extensions}`;
    let result = matchCache.get(key);
    if (result === void 0) {
      result = locationsMatch(write, read, extensions);
      matchCache.set(key, result);
    }
    return result;
  };
  const writes = model.storage.filter((op) => op.access === "write");
  const candidateReads = readIndex(model.storage.filter((op) => op.access === "read"));
  const mountable = (location) => location.mount !== void 0 || unnamedBucketKey(location.pattern) !== void 0;
  const mountReads = model.storage.filter((op) => op.access === "read" && mountable(op.location));
  const namedByAWrite = /* @__PURE__ */ new Map();
  const isNamedByAWrite = (read) => {
    let named = namedByAWrite.get(read);
    if (named === void 0) {
      named = writes.some((w) => dagOf(w) === dagOf(read) && matches(w.location, read.location));
      namedByAWrite.set(read, named);
    }
    return named;
  };
  const sameData = (write, read) => matches(write, read.location) || (write.mount || read.location.mount) !== void 0 && mountMatches(write, read.location) || read.location.pattern.includes(`${HOLE}.`) && matches(write, read.location, true) && !isNamedByAWrite(read);
  const writesByTask = groupBy(writes, taskKey);
  const { upstreamOf, mayRunBefore } = runOrder(model, taskKey);
  const placeKey = (op) => `${dagOf(op)}\0${op.location.pattern}\0${op.location.madeBy ?? ""}`;
  const writesByPlace = groupBy(writes, placeKey);
  const overwrittenBetween = (write, writer, reader) => (writesByPlace.get(placeKey(write)) ?? []).some((other) => {
    const between = taskKey(other);
    if (other.location.exact && !write.location.exact) return false;
    return between !== writer && between !== reader && upstreamOf(between).has(writer) && upstreamOf(reader).has(between);
  });
  const readsBy = /* @__PURE__ */ new Map();
  for (const op of model.storage) {
    if (op.access !== "read") continue;
    const key = taskKey(op);
    const spans = readsBy.get(key) ?? /* @__PURE__ */ new Set();
    spans.add(spanKey(op.span));
    if (op.inHelper) spans.add(spanKey(op.inHelper));
    readsBy.set(key, spans);
  }
  const handoffsByTask = groupBy(model.handoffs, taskKey);
  const consumptionsByProducer = groupBy(model.consumptions, (c) => c.fromTaskId);
  const handoffs = [];
  const reported = /* @__PURE__ */ new Set();
  const ordered = [...writes].sort(
    (a, b) => precedes(siteOf(a), siteOf(b)) ? -1 : precedes(siteOf(b), siteOf(a)) ? 1 : 0
  );
  for (const write of ordered) {
    const writer = taskKey(write);
    const dag = dagOf(write);
    const dedupKey = `${writer}\0${write.location.pattern}\0${write.location.madeBy ?? ""}`;
    if (reported.has(dedupKey)) continue;
    const consumers = /* @__PURE__ */ new Map();
    const overwritable = oneWholePlace(write.location);
    const candidates = candidateReads(
      write.location.intoDirectory ? `${write.location.pattern.replace(/\/+$/, "")}/` : write.location.pattern
    );
    if (mountable(write.location)) candidates.push(...mountReads);
    for (const read of candidates) {
      const reader = taskKey(read);
      if (reader === writer || dagOf(read) !== dag) continue;
      if (consumers.get(read.taskId)?.how === "read") continue;
      if (!sameData(write.location, read)) continue;
      if (upstreamOf(writer).has(reader)) continue;
      if (!mayRunBefore(writer, reader)) continue;
      if (overwritable && overwrittenBetween(write, writer, reader)) continue;
      const readBySameCode = readsBy.get(writer);
      if (readBySameCode?.has(spanKey(read.span))) continue;
      if (read.inHelper && readBySameCode?.has(spanKey(read.inHelper))) continue;
      const ownFirst = (writesByTask.get(reader) ?? []).some(
        (own) => (precedes(siteOf(own), read.span) || spanKey(siteOf(own)) === spanKey(read.span) && !readsFirstInHelper(read, own)) && sameData(own.location, read)
      );
      if (ownFirst) continue;
      consumers.set(read.taskId, { taskId: read.taskId, how: "read", span: read.span });
    }
    for (const handoff of handoffsByTask.get(writer) ?? []) {
      if (!handoff.locations.some((handed) => handedOnMatches(write.location, handed))) continue;
      for (const consumption of consumptionsByProducer.get(write.taskId) ?? []) {
        if (dagOf(consumption) !== dag || consumption.taskId === write.taskId) continue;
        if (consumers.has(consumption.taskId)) continue;
        if (consumption.key !== void 0 && consumption.key !== handoff.key) continue;
        if (consumption.key === void 0 && handoff.channel === "xcom-push" && handoff.key !== "return_value")
          continue;
        consumers.set(consumption.taskId, {
          taskId: consumption.taskId,
          how: "xcom",
          span: consumption.span
        });
      }
    }
    const handedOnly = consumers.size === 0;
    if (handedOnly) {
      const handed = (handoffsByTask.get(writer) ?? []).find(
        (handoff) => handoff.locations.some((location) => handedOnMatches(write.location, location))
      );
      if (handed)
        consumers.set(write.taskId, {
          taskId: write.taskId,
          how: handed.channel === "xcom-push" || handed.channel === "set-xcom" ? "pushed" : "returned",
          span: handed.span,
          ...handed.key !== "return_value" ? { key: handed.key } : {}
        });
    }
    if (consumers.size === 0) continue;
    reported.add(dedupKey);
    handoffs.push({ write, consumers: [...consumers.values()], callers: [], handedOnly, others: [] });
  }
  return mergeHelperWrites(handoffs);
}
function sameTaskAt(a, b) {
  return a.taskId === b.taskId && spanKey(a.span) === spanKey(b.span);
}
function mergeHelperWrites(handoffs) {
  const merged = [];
  const byWrite = /* @__PURE__ */ new Map();
  for (const handoff of handoffs) {
    const { write } = handoff;
    const caller = write.calledAt ? { taskId: write.taskId, span: write.calledAt } : void 0;
    const { medium, temp, staging, stagingFallback } = write.location;
    const kind = `${medium}:${temp ? "temp" : ""}:${staging ? "staging" : ""}:${stagingFallback?.variable ?? ""}`;
    const owner = caller ? "" : write.taskId;
    const key = `${owner}\0${spanKey(write.span)}\0${kind}`;
    const existing = byWrite.get(key);
    if (!existing) {
      const entry = { ...handoff, consumers: [...handoff.consumers], callers: caller ? [caller] : [] };
      byWrite.set(key, entry);
      merged.push(entry);
      continue;
    }
    const origin = originKey(write);
    if (origin !== void 0 && origin !== originKey(existing.write) && !existing.others.some((other) => originKey(other) === origin))
      existing.others.push(write);
    if (caller && !existing.callers.some((c) => sameTaskAt(c, caller))) existing.callers.push(caller);
    const consumers = handoff.handedOnly ? [] : handoff.consumers;
    if (existing.handedOnly && consumers.length > 0) {
      existing.consumers = [];
      existing.handedOnly = false;
    }
    for (const consumer of consumers)
      if (!existing.consumers.some((c) => sameTaskAt(c, consumer))) existing.consumers.push(consumer);
  }
  return merged;
}
function readIndex(reads) {
  const byPath = /* @__PURE__ */ new Map();
  const templated = [];
  for (const read of reads) {
    const prefix = literalPrefix(read.location.pattern);
    if (prefix !== read.location.pattern) templated.push({ read, prefix });
    else {
      const key = read.location.pattern.replace(/\/+$/, "");
      const group = byPath.get(key);
      if (group) group.push(read);
      else byPath.set(key, [read]);
    }
  }
  return (writePattern) => {
    const found = templated.filter((t) => writePattern.startsWith(t.prefix)).map((t) => t.read);
    for (let path24 = writePattern.replace(/\/+$/, ""); path24; path24 = path24.slice(0, Math.max(path24.lastIndexOf("/"), 0))) {
      found.push(...byPath.get(path24) ?? []);
    }
    return found;
  };
}
function oneWholePlace(location) {
  return location.exact === true || parsePattern(location.pattern).every((piece) => "text" in piece);
}
function runOrder(model, taskKey) {
  const before = /* @__PURE__ */ new Map();
  const after = /* @__PURE__ */ new Map();
  const add = (map, from, to) => {
    const set = map.get(from) ?? /* @__PURE__ */ new Set();
    set.add(to);
    map.set(from, set);
  };
  const edge = (later, earlier, dagId) => {
    const consumer = taskKey({ taskId: later, ...dagId !== void 0 ? { dagId } : {} });
    const producer = taskKey({ taskId: earlier, ...dagId !== void 0 ? { dagId } : {} });
    add(before, consumer, producer);
    add(after, producer, consumer);
  };
  for (const consumption of model.consumptions)
    edge(consumption.taskId, consumption.fromTaskId, consumption.dagId);
  for (const ordering of model.orderings ?? []) edge(ordering.taskId, ordering.afterTaskId, ordering.dagId);
  const known = /* @__PURE__ */ new Map();
  for (const task of model.tasks) {
    const key = taskKey({ taskId: task.id, ...task.dagId !== void 0 ? { dagId: task.dagId } : {} });
    known.set(key, (known.get(key) ?? true) && task.downstreamKnown === true);
  }
  const closure = (direct) => {
    const memo = /* @__PURE__ */ new Map();
    return (task) => {
      const cached = memo.get(task);
      if (cached) return cached;
      const seen = /* @__PURE__ */ new Set();
      const stack = [...direct.get(task) ?? []];
      while (stack.length > 0) {
        const next = stack.pop();
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...direct.get(next) ?? []);
      }
      memo.set(task, seen);
      return seen;
    };
  };
  const downstreamOf = closure(after);
  return {
    upstreamOf: closure(before),
    mayRunBefore: (writer, reader) => {
      const later = downstreamOf(writer);
      if (later.has(reader) || known.get(writer) !== true) return true;
      for (const task of later) if (known.get(task) !== true) return true;
      return false;
    }
  };
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
function describeConsumer(consumer) {
  const at = `task \`${consumer.taskId}\` at line ${consumer.span.line}`;
  switch (consumer.how) {
    case "read":
      return `read by ${at}`;
    case "xcom":
      return `handed by XCom to ${at}`;
    case "returned":
      return `its path returned by ${at}, so whatever takes its return value (a task, another DAG, an Asset) gets a path to this storage`;
    case "pushed":
      return `its path pushed${consumer.key !== void 0 ? ` as XCom \`${consumer.key}\`` : ""} by ${at}, so whatever pulls that XCom gets a path to this storage`;
  }
}
function handoffRelated(handoff) {
  return [
    ...handoff.consumers.map((consumer) => ({ message: describeConsumer(consumer), span: consumer.span })),
    ...handoff.callers.map((caller) => ({
      message: `written when task \`${caller.taskId}\` calls the helper at line ${caller.span.line}`,
      span: caller.span
    })),
    ...originRelated(handoff.write),
    ...handoff.others.flatMap(
      (other) => originRelated(other).map((related) => ({
        ...related,
        message: `also writes \`${describeLocation(other.location)}\`, in \`${other.origin.name}\``
      }))
    )
  ];
}
function describeOtherWrites(handoff) {
  const patterns = new Set(handoff.others.map((other) => other.location.pattern));
  patterns.delete(handoff.write.location.pattern);
  const count = patterns.size;
  return count === 0 ? "" : ` (and ${count} more place${count === 1 ? "" : "s"})`;
}
function originRelated(write) {
  if (!write.origin) return [];
  return [
    { message: `the write, in \`${write.origin.name}\``, span: write.origin.span, file: write.origin.file }
  ];
}
function describeConsumers(consumers) {
  const first = describeConsumer(consumers[0]);
  const others = consumers.length - 1;
  return others === 0 ? first : `${first} (and ${others} more task${others === 1 ? "" : "s"})`;
}
var isSlash, computed;
var init_storage_handoffs = __esm({
  "rules/storage-handoffs.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    isSlash = (atom) => atom === void 0 || "char" in atom && atom.char === "/";
    computed = /* @__PURE__ */ new WeakMap();
  }
});

// rules/atomic-staging-write/rule.ts
function writesByRename(api) {
  const last = api.slice(api.lastIndexOf(".") + 1);
  return RENAMES.has(last);
}
var RENAMES, atomicStagingWrite;
var init_rule2 = __esm({
  "rules/atomic-staging-write/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_storage_handoffs();
    RENAMES = /* @__PURE__ */ new Set(["replace", "rename", "renameSync", "move", "moveSync"]);
    atomicStagingWrite = {
      id: "atomic-staging-write",
      meta: {
        description: "A file handed to another task on the staging volume must be written to a temporary name and renamed into place, not written at its final path.",
        recommendedSeverity: "warn",
        messages: {
          inPlace: "`{{api}}` writes `{{location}}` on the staging volume in place, {{consumer}}; a write that fails half-way (or a retry) leaves a partial file there for the reader. Write to a temporary name beside it, then rename it into place (`os.replace(tmp, path)` / `fs.rename`) \u2014 a rename is atomic."
        },
        optionsSchema: { type: "object", additionalProperties: false, properties: {} }
      },
      defaultOptions: {},
      check(model, _options, report2) {
        for (const handoff of storageHandoffs(model)) {
          const { write, consumers } = handoff;
          if (!write.location.staging || write.location.temp) continue;
          if (handoff.handedOnly) continue;
          if (writesByRename(write.api)) continue;
          report2({
            messageId: "inPlace",
            data: {
              api: write.api,
              location: describeLocation(write.location),
              consumer: describeConsumers(consumers)
            },
            span: write.span,
            taskId: write.taskId,
            related: handoffRelated(handoff)
          });
        }
      }
    };
  }
});

// rules/no-bespoke-transport/rule.ts
var noBespokeTransport;
var init_rule3 = __esm({
  "rules/no-bespoke-transport/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_storage_handoffs();
    noBespokeTransport = {
      id: "no-bespoke-transport",
      meta: {
        description: "Data handed from one task to another must go through XCom (return / xcom_pull) or a reviewed pass-by-reference, not a task's own object-store or shared-filesystem location.",
        recommendedSeverity: "error",
        messages: {
          objectStore: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}: hand-rolled object storage between tasks. Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference.",
          filesystem: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}: a hand-rolled shared-filesystem handoff between tasks. Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference.",
          filesystemFolderUnknown: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}: a hand-rolled filesystem handoff between tasks, in a folder known only at run time (on a pod's own disk the other task finds nothing; on a shared volume it is storage outside XCom). Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference."
        },
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: STORAGE_KNOWLEDGE_PROPERTIES
        }
      },
      defaultOptions: STORAGE_KNOWLEDGE_DEFAULTS,
      check(model, _options, report2) {
        for (const handoff of storageHandoffs(model)) {
          const { write, consumers } = handoff;
          if (write.location.temp || write.location.staging) continue;
          report2({
            messageId: write.location.medium === "object-store" ? "objectStore" : (
              // (`{*}/out.csv`: a folder from configuration, a parameter, the DAG file's own;
              // `${var.DATA_DIR}/out.csv`, `${AIRFLOW_HOME}/…`: a variable's.)
              /^\$?\{/.test(write.location.pattern) ? "filesystemFolderUnknown" : "filesystem"
            ),
            data: {
              api: write.api,
              location: describeLocation(write.location),
              more: describeOtherWrites(handoff),
              consumer: describeConsumers(consumers)
            },
            span: write.span,
            taskId: write.taskId,
            related: handoffRelated(handoff)
          });
        }
      }
    };
  }
});

// rules/no-tmp-staging/rule.ts
var noTmpStaging;
var init_rule4 = __esm({
  "rules/no-tmp-staging/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_storage_handoffs();
    noTmpStaging = {
      id: "no-tmp-staging",
      meta: {
        description: "Data must not be handed from one task to another through a pod's own temp storage (/tmp, tempfile, a staging variable that falls back to /tmp).",
        recommendedSeverity: "error",
        messages: {
          tmp: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}; {{reason}}, so a task on another pod finds nothing there. Return the value if XCom can hold it (large values only with the object-storage XCom backend configured), or stage through the run's staging volume or object storage.",
          stagingFallback: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}; `{{variable}}` silently falls back to `{{fallback}}` (the pod's own disk) when the staging volume is not mounted, and the next task finds nothing. Read it without a fallback (`{{required}}`) and enable the staging volume (`staging.enabled: true` in leoflow.yaml), or use object storage.",
          envFallback: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}; `{{variable}}` falls back to `{{fallback}}` (the pod's own disk) when unset, and the next task finds nothing. Require it without a fallback (`{{required}}`), point it at shared storage, or return the value if XCom can hold it (large values only with the object-storage XCom backend configured)."
        },
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...STORAGE_KNOWLEDGE_PROPERTIES,
            ...TEMP_SETTINGS_PROPERTIES
          }
        }
      },
      defaultOptions: {
        ...STORAGE_KNOWLEDGE_DEFAULTS,
        ...TEMP_SETTINGS_DEFAULTS
      },
      check(model, options, report2) {
        for (const handoff of storageHandoffs(model)) {
          const { write, consumers } = handoff;
          const { temp, stagingFallback } = write.location;
          if (!temp) continue;
          const common = {
            api: write.api,
            location: describeLocation(write.location),
            more: describeOtherWrites(handoff),
            consumer: describeConsumers(consumers)
          };
          const related = handoffRelated(handoff);
          if (stagingFallback) {
            const isStaging = stagingFallback.variable === options.stagingVariable;
            report2({
              messageId: isStaging ? "stagingFallback" : "envFallback",
              data: {
                ...common,
                variable: stagingFallback.variable,
                fallback: stagingFallback.fallback,
                required: stagingFallback.required
              },
              span: write.span,
              taskId: write.taskId,
              related: [
                ...related,
                {
                  message: `\`${stagingFallback.variable}\` falls back to \`${stagingFallback.fallback}\` here`,
                  span: stagingFallback.span,
                  ...stagingFallback.file !== void 0 ? { file: stagingFallback.file } : {}
                }
              ]
            });
            continue;
          }
          report2({
            messageId: "tmp",
            data: { ...common, reason: temp.reason },
            span: write.span,
            taskId: write.taskId,
            related
          });
        }
      }
    };
  }
});

// rules/airflow-version.ts
function parseAirflowVersion(version) {
  const match = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(String(version).trim());
  if (!match) return void 0;
  return [Number(match[1]), Number(match[2] ?? 0)];
}
function effectiveAirflowVersion(option, model) {
  if (option !== void 0) return String(option);
  return model.airflowVersion?.version ?? NEWEST_AIRFLOW_VERSION;
}
function atLeast(version, major, minor = 0) {
  const parsed = parseAirflowVersion(version);
  if (!parsed) return true;
  return parsed[0] > major || parsed[0] === major && parsed[1] >= minor;
}
var NEWEST_AIRFLOW_VERSION, AIRFLOW_VERSION_SCHEMA;
var init_airflow_version = __esm({
  "rules/airflow-version.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    NEWEST_AIRFLOW_VERSION = "3";
    AIRFLOW_VERSION_SCHEMA = {
      type: ["number", "string"],
      pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
      description: 'Airflow version of the deployment, e.g. "2.10" (a string for versions like 2.10). Default: the version the repository pins (requirements, constraints, pyproject.toml, `FROM apache/airflow:X`), else the newest facts (3).'
    };
  }
});

// rules/no-unserializable-xcom/rule.ts
import path8 from "node:path";
function fnmatch(name, pattern) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) source += "\\[";
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s").test(name);
}
function dagModuleClassName(filePath, className, hash = "<sha1 of the file's path>") {
  const stem = path8.basename(filePath).replace(/\.[^.]*$/, "");
  return `unusual_prefix_${hash}_${stem}.${className}`;
}
function isAllowed(model, className, options) {
  const name = dagModuleClassName(model.filePath, className, "0123456789abcdef0123456789abcdef01234567");
  return options.allowedDeserializationClasses.some((pattern) => fnmatch(name, pattern));
}
function isCarried(fact, options, version, model) {
  if (options.registeredSerializers.includes(fact.qualifiedType)) return true;
  const serde = atLeast(version, ...SERDE_VERSION);
  if (fact.kind === "numpy-scalar") return serde && fact.qualifiedType !== NUMPY_COMPLEX;
  if (fact.kind === "serde-object") {
    if (!serde || fact.typeName.startsWith("pydantic") && !atLeast(version, ...PYDANTIC_VERSION))
      return true;
    return isAllowed(model, fact.qualifiedType, options);
  }
  return false;
}
var SERDE_VERSION, PYDANTIC_VERSION, NUMPY_COMPLEX, SUGGESTING, noUnserializableXcom;
var init_rule5 = __esm({
  "rules/no-unserializable-xcom/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_airflow_version();
    init_airflow_version();
    SERDE_VERSION = [2, 6];
    PYDANTIC_VERSION = [2, 7];
    NUMPY_COMPLEX = "numpy.complexfloating";
    SUGGESTING = /* @__PURE__ */ new Set(["unserializable", "dataframe", "numpyScalar"]);
    noUnserializableXcom = {
      id: "no-unserializable-xcom",
      meta: {
        description: "A value handed to the next task through XCom must be JSON-serializable: no numpy arrays, frames, tensors, Maps, Sets or class instances.",
        recommendedSeverity: "error",
        messages: {
          unserializable: "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); XCom carries JSON only \u2014 convert with {{conversion}} or pass a reference.",
          dataframe: "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); the team standard keeps frames out of XCom (Airflow's serde stores them only as Parquet inside the XCom, and only with pyarrow installed) \u2014 convert with {{conversion}} or pass a reference.",
          numpyScalar: "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); Airflow {{airflowVersion}} has no serializer for numpy scalars (they arrived in 2.6) \u2014 convert with {{conversion}}.",
          serdeClass: "`{{expression}}` is an instance of the {{typeName}} ({{madeBy}}, line {{line}}); Airflow's serde stores it as `{{className}}`, and the task that pulls it fails with ImportError unless `[core] allowed_deserialization_classes` matches that name (default `airflow.*`). Hand on plain data ({{conversion}}), or allow the class and list the pattern in this rule's `allowedDeserializationClasses`.",
          plainEnum: "`{{expression}}` is an {{typeName}} ({{madeBy}}, line {{line}}); Airflow's serde has no serializer for a plain Enum, so the push fails with TypeError. Hand on `.value` (or `.name`) and rebuild the member downstream.",
          enumValue: "`{{expression}}` is an {{typeName}} ({{madeBy}}, line {{line}}); Airflow's serde hands on only its `.value`, so the next task receives a plain int or str, not the member. Hand on `.value` explicitly and rebuild the member downstream.",
          complexCast: "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); Airflow's numpy serializer stores `float(value)`, silently dropping the imaginary part. Hand on `[value.real, value.imag]` (or `str(value)`).",
          referenceOnly: "`{{expression}}` is a {{typeName}} ({{madeBy}}, line {{line}}); XCom carries JSON only \u2014 pass a reference to it instead (the team's pass-by-reference helper), or hand on the plain data it was built from."
        },
        hasSuggestions: true,
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: {
            registeredSerializers: {
              type: "array",
              items: { type: "string" },
              description: "Qualified types with a registered XCom serializer (e.g. pandas.DataFrame); values of these types are not flagged."
            },
            airflowVersion: AIRFLOW_VERSION_SCHEMA,
            allowedDeserializationClasses: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "The deployment's `[core] allowed_deserialization_classes` glob patterns (default `airflow.*`): a dataclass, attrs or pydantic instance is flagged unless its class name matches."
            }
          }
        }
      },
      defaultOptions: { registeredSerializers: [], allowedDeserializationClasses: ["airflow.*"] },
      check(model, options, report2) {
        const version = effectiveAirflowVersion(options.airflowVersion, model);
        for (const handoff of model.handoffs) {
          const offending = handoff.values.filter((fact) => !isCarried(fact, options, version, model));
          const first = offending[0];
          if (!first) continue;
          const conversion = first.conversion;
          const messageId = (
            // The `dataframe` message explains how Airflow's serde stores frames.
            first.serdeParquet ? "dataframe" : first.kind === "numpy-scalar" ? first.qualifiedType === NUMPY_COMPLEX && atLeast(version, ...SERDE_VERSION) ? "complexCast" : "numpyScalar" : first.kind === "serde-object" ? "serdeClass" : first.kind === "enum" ? "plainEnum" : first.kind === "enum-value" ? "enumValue" : conversion ? "unserializable" : "referenceOnly"
          );
          const serdeConversion = first.typeName.startsWith("pydantic") ? "`.model_dump()`" : first.typeName.startsWith("attrs") ? "`attrs.asdict(...)`" : "`dataclasses.asdict(...)`";
          const span = first.writtenAt ?? handoff.span;
          const related = offending.filter((fact) => fact.madeAt.line !== span.line || fact.madeAt.column !== span.column).map((fact) => ({ message: `${fact.typeName} made here`, span: fact.madeAt }));
          const suggestions = offending.length === 1 && first.suggestion && SUGGESTING.has(messageId) ? [first.suggestion] : [];
          report2({
            messageId,
            ...suggestions.length ? { suggestions } : {},
            data: {
              expression: first.expression ?? `${handoff.expression}${first.path ?? ""}`,
              typeName: first.typeName,
              madeBy: first.madeBy,
              line: first.madeAt.line,
              conversion: first.kind === "serde-object" ? serdeConversion : conversion ?? "",
              airflowVersion: version,
              className: first.kind === "serde-object" ? dagModuleClassName(model.filePath, first.qualifiedType) : ""
            },
            span,
            taskId: handoff.taskId,
            ...related.length ? { related } : {}
          });
        }
      }
    };
  }
});

// rules/staging-requires-volume/rule.ts
import path9 from "node:path";
function readsNeedingVolume(reads, project, options) {
  const mount = options.mountPath.replace(/\/+$/, "");
  return reads.filter((read) => {
    if (read.variable !== options.stagingVariable || read.guarded) return false;
    if (read.taskId !== void 0 && project.taskEnv[read.variable]?.includes(read.taskId)) return false;
    if (read.fallback === void 0) return true;
    return read.fallback === mount || read.fallback.startsWith(`${mount}/`);
  });
}
function failure(read, mount) {
  if (read.fallback !== void 0)
    return `the fallback \`${read.fallback}\` is not there either (no volume is mounted at \`${mount}\`)`;
  if (read.whenUnset !== void 0) return read.whenUnset;
  if (read.api.endsWith("[...]")) return "this raises `KeyError`";
  if (read.api === "process.env") return "it is `undefined`";
  return "it is `None`";
}
function relative(from, to) {
  const rel = path9.relative(path9.dirname(from), to).split(path9.sep).join("/");
  return rel || path9.basename(to);
}
var stagingRequiresVolume;
var init_rule6 = __esm({
  "rules/staging-requires-volume/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    stagingRequiresVolume = {
      id: "staging-requires-volume",
      meta: {
        description: "A Leoflow DAG that reads LEOFLOW_STAGING_DIR must enable the staging volume (staging.enabled: true in its leoflow.yaml).",
        recommendedSeverity: "error",
        messages: {
          notEnabled: "`{{api}}` reads `{{variable}}`, but {{project}} does not enable the staging volume: Leoflow then mounts no volume and sets no `{{variable}}`, so {{failure}} and the task fails on its pod. Add `staging: {enabled: true}` to {{project}}.",
          projectUnreadable: "`{{api}}` reads `{{variable}}`, but {{project}} cannot be used ({{problem}}, line {{line}}), so whether the staging volume is enabled is unknown. Fix {{project}}.",
          dagReads: "{{dag}} reads `{{variable}}` (line {{line}}), but this file does not enable the staging volume: Leoflow then mounts no volume and sets no `{{variable}}`, and that task fails. Set `staging: {enabled: true}` here."
        },
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: {
            stagingVariable: {
              type: "string",
              minLength: 1,
              description: "The staging volume's environment variable (default `LEOFLOW_STAGING_DIR`)."
            },
            mountPath: {
              type: "string",
              pattern: "^/",
              description: "Where Leoflow mounts the staging volume (default `/staging`)."
            }
          }
        }
      },
      defaultOptions: { stagingVariable: "LEOFLOW_STAGING_DIR", mountPath: "/staging" },
      check(model, options, report2) {
        const project = model.leoflow;
        if (!project) return;
        if (project.filePath === model.filePath) {
          const dag = model.leoflowDag;
          if (!dag || project.problem || project.stagingEnabled) return;
          const first = readsNeedingVolume(dag.envReads, project, options)[0];
          if (!first) return;
          report2({
            messageId: "dagReads",
            data: {
              dag: relative(project.filePath, dag.filePath),
              variable: first.variable,
              line: first.span.line
            },
            span: project.stagingSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }
          });
          return;
        }
        const reads = readsNeedingVolume(model.envReads ?? [], project, options);
        const projectName = `\`${relative(model.filePath, project.filePath)}\``;
        for (const read of reads) {
          if (project.problem) {
            report2({
              messageId: "projectUnreadable",
              data: {
                api: read.api,
                variable: read.variable,
                project: projectName,
                problem: project.problem.message,
                line: project.problem.span.line
              },
              span: read.span,
              ...read.taskId !== void 0 ? { taskId: read.taskId } : {}
            });
            continue;
          }
          if (project.stagingEnabled) continue;
          report2({
            messageId: "notEnabled",
            data: {
              api: read.api,
              variable: read.variable,
              project: projectName,
              failure: failure(read, options.mountPath)
            },
            span: read.span,
            ...read.taskId !== void 0 ? { taskId: read.taskId } : {}
          });
        }
      }
    };
  }
});

// rules/xcom-backend-config/rule.ts
import path10 from "node:path";
function why(winner, loser) {
  if (RANK[loser.source] === 0) return "Airflow reads the environment before airflow.cfg";
  if (loser.source === "dockerfile") return "the container's environment overrides the image's ENV";
  return "a service's `environment:` overrides its `env_file`";
}
function where(from, setting) {
  const rel = path10.relative(path10.dirname(from), setting.filePath).split(path10.sep).join("/") || path10.basename(from);
  return `${rel}:${setting.span.line}`;
}
function winnerOf(settings) {
  let best;
  for (const s of settings) if (!best || RANK[s.source] > RANK[best.source]) best = s;
  return best;
}
function truthy(value) {
  return ["t", "true", "1"].includes(value.trim().toLowerCase());
}
var OBJECT_STORAGE_BACKEND, XCOM_KEYS, RANK, keyOf, xcomBackendConfig;
var init_rule7 = __esm({
  "rules/xcom-backend-config/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_airflow_version();
    OBJECT_STORAGE_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend";
    XCOM_KEYS = /* @__PURE__ */ new Set([
      "core.xcom_backend",
      "core.enable_xcom_pickling",
      "common.io.xcom_objectstorage_path",
      "common.io.xcom_objectstorage_threshold",
      "common.io.xcom_objectstorage_compression"
    ]);
    RANK = {
      "airflow.cfg": 0,
      "helm-config": 0,
      dockerfile: 1,
      "env-file": 2,
      env: 3
    };
    keyOf = (s) => s.section && s.key ? `${s.section}.${s.key}` : void 0;
    xcomBackendConfig = {
      id: "xcom-backend-config",
      meta: {
        description: "The XCom backend's deployment configuration must take effect: no ignored AIRFLOW__COMMON.IO__ names, a real offload threshold and path for the object-storage backend, no XCom pickling.",
        recommendedSeverity: "error",
        messages: {
          ignoredName: "`{{name}}` is never read: Airflow looks this setting up as `{{intended}}` (dots in the section become underscores) and silently ignores this name. Rename it to `{{intended}}`.",
          thresholdMissing: "The object-storage XCom backend is configured here, but `[common.io] xcom_objectstorage_threshold` is not set anywhere in this deployment: its default -1 keeps every XCom in the database. Set `{{envName}}` to the size in bytes above which values go to object storage.",
          thresholdIgnored: "The object-storage XCom backend is configured here, but its threshold is set only as `{{ignored}}` ({{where}}), a name Airflow ignores: the default -1 keeps every XCom in the database. Rename it to `{{envName}}`.",
          thresholdNever: "`{{name}}` is -1: the object-storage XCom backend then keeps every XCom in the database and offloads nothing. Set it to the size in bytes above which values go to object storage (above your control-flow values).",
          thresholdEverything: "`{{name}}` is 0: every XCom, the small control-flow values too, is written to object storage and read back from it. Set it above your control-flow values, so they stay inline in the database.",
          pathMissing: "The object-storage XCom backend is configured here, but `[common.io] xcom_objectstorage_path` is not set in this deployment: the backend reads it as a mandatory setting whenever an XCom is read back, so tasks fail. Set `{{envName}}` (e.g. `s3://<conn_id>@<bucket>/xcom`).",
          pickling: "`{{name}}` turns XCom pickling on (Airflow {{airflowVersion}}): every XCom is then pickled, any object passes unchecked and unpickling runs code. Keep it false so XComs stay JSON.",
          overridden: "`{{name}}`{{shown}} never applies: {{winner}} ({{winnerAt}}) sets `{{setting}}` {{differently}} and wins at run time ({{why}}). Keep one of them.",
          overrides: "`{{name}}`{{shown}} wins at run time over {{loser}} ({{loserAt}}), which sets `{{setting}}` {{differently}} ({{why}}). Keep one of them."
        },
        optionsSchema: {
          type: "object",
          additionalProperties: false,
          properties: {
            files: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "Deployment files the command line lints, as .gitignore patterns relative to the folder it lints; replaces the default list."
            },
            airflowVersion: AIRFLOW_VERSION_SCHEMA
          }
        }
      },
      defaultOptions: {},
      check(model, options, report2) {
        const deployment = model.deployment;
        if (!deployment) return;
        const own = deployment.settings;
        const all = [...own, ...deployment.neighbours];
        const isOwn = (s) => own.includes(s);
        for (const setting of own) {
          if (!setting.ignoredName) continue;
          report2({
            messageId: "ignoredName",
            data: { name: setting.name, intended: setting.ignoredName.intended },
            span: setting.span
          });
        }
        const byKey = /* @__PURE__ */ new Map();
        for (const s of all) {
          const key = keyOf(s);
          if (key && XCOM_KEYS.has(key)) (byKey.get(key) ?? byKey.set(key, []).get(key)).push(s);
        }
        const applied = (key) => winnerOf(byKey.get(key) ?? []);
        for (const [key, settings] of byKey) {
          const literal2 = settings.filter((s) => s.value !== void 0);
          const winner = winnerOf(literal2);
          if (!winner) continue;
          const losers = literal2.filter(
            (s) => s !== winner && RANK[s.source] < RANK[winner.source] && s.value.trim() !== winner.value.trim()
          );
          const secretish = key.endsWith("_path");
          const shown = secretish ? () => "differently" : (s) => `to \`${s.value}\``;
          const own2 = (s) => secretish ? "" : ` = \`${s.value}\``;
          const setting = `[${key.slice(0, key.lastIndexOf("."))}] ${key.slice(key.lastIndexOf(".") + 1)}`;
          for (const loser of losers) {
            if (isOwn(loser))
              report2({
                messageId: "overridden",
                data: {
                  name: loser.name,
                  shown: own2(loser),
                  setting,
                  winner: `\`${winner.name}\``,
                  winnerAt: where(model.filePath, winner),
                  differently: shown(winner),
                  why: why(winner, loser)
                },
                span: loser.span
              });
          }
          if (isOwn(winner) && losers[0])
            report2({
              messageId: "overrides",
              data: {
                name: winner.name,
                shown: own2(winner),
                setting,
                loser: `\`${losers[0].name}\``,
                loserAt: where(model.filePath, losers[0]),
                differently: shown(losers[0]),
                why: why(winner, losers[0])
              },
              span: winner.span
            });
        }
        const backend = applied("core.xcom_backend");
        if (backend && isOwn(backend) && backend.value?.trim() === OBJECT_STORAGE_BACKEND) {
          const threshold = applied("common.io.xcom_objectstorage_threshold");
          const envName = "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD";
          if (!threshold) {
            const ignored = all.find((s) => s.ignoredName?.intended === envName);
            report2(
              ignored ? {
                messageId: "thresholdIgnored",
                data: { ignored: ignored.name, where: where(model.filePath, ignored), envName },
                span: backend.span
              } : { messageId: "thresholdMissing", data: { envName }, span: backend.span }
            );
          } else if (threshold.value !== void 0 && isOwn(threshold)) {
            const value = threshold.value.trim();
            if (/^-\d+$/.test(value))
              report2({ messageId: "thresholdNever", data: { name: threshold.name }, span: threshold.span });
            else if (/^0+$/.test(value))
              report2({ messageId: "thresholdEverything", data: { name: threshold.name }, span: threshold.span });
          }
          const storagePath = applied("common.io.xcom_objectstorage_path");
          if (!storagePath || storagePath.value !== void 0 && storagePath.value.trim() === "")
            report2({
              messageId: "pathMissing",
              data: { envName: "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH" },
              span: storagePath && isOwn(storagePath) ? storagePath.span : backend.span
            });
        }
        const version = effectiveAirflowVersion(options.airflowVersion, model);
        const major = parseAirflowVersion(version)?.[0];
        const pickling = applied("core.enable_xcom_pickling");
        if (major !== void 0 && major < 3 && pickling && isOwn(pickling) && pickling.value && truthy(pickling.value))
          report2({
            messageId: "pickling",
            data: { name: pickling.name, airflowVersion: version },
            span: pickling.span
          });
      }
    };
  }
});

// rules/index.ts
var allRules;
var init_rules = __esm({
  "rules/index.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_rule2();
    init_rule3();
    init_rule4();
    init_rule5();
    init_rule6();
    init_rule7();
    init_airflow_version();
    allRules = [
      noUnserializableXcom,
      noBespokeTransport,
      noTmpStaging,
      stagingRequiresVolume,
      atomicStagingWrite,
      xcomBackendConfig
    ];
  }
});

// packages/deployment/src/read.ts
function readConfigText(filePath, root) {
  if (listedMissing(filePath)) return void 0;
  root ??= workspaceRootFor(filePath);
  const read = readWorkspaceText(filePath, { root, maxBytes: MAX_CONFIG_BYTES });
  if ("text" in read) return read;
  return read.missing ? void 0 : { problem: read.problem };
}
var MAX_CONFIG_BYTES;
var init_read = __esm({
  "packages/deployment/src/read.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    MAX_CONFIG_BYTES = 1024 * 1024;
  }
});

// packages/deployment/src/text.ts
function pointSpan(line, column = 1) {
  return { line, column, endLine: line, endColumn: column };
}
function isTemplated(value) {
  return /\$\{|\{\{|\$\(/.test(value);
}
var LineIndex;
var init_text = __esm({
  "packages/deployment/src/text.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    LineIndex = class {
      constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
      }
      text;
      starts = [0];
      /** 1-based line and column of an offset. */
      position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (this.starts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
      }
      span(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
      /** The span of a whole line (1-based), without its line break. */
      lineSpan(line) {
        const start = this.starts[line - 1] ?? 0;
        const next = this.starts[line];
        const end = next === void 0 ? this.text.length : next - 1;
        return this.span(start, end > start && this.text[end - 1] === "\r" ? end - 1 : end);
      }
    };
  }
});

// packages/deployment/src/yaml-nodes.ts
function parseYaml(text) {
  const lines2 = new LineIndex(text);
  const deep = tooDeepAt(text);
  if (deep >= 0)
    return {
      problem: { message: `nested more than ${MAX_NESTING} levels deep`, span: lines2.span(deep, deep) }
    };
  let docs;
  try {
    docs = parseAllDocuments(text, {
      merge: true,
      prettyErrors: false,
      uniqueKeys: false
    });
  } catch {
    return { problem: { message: "not valid YAML", span: pointSpan(1) } };
  }
  if (!Array.isArray(docs)) return { problem: { message: "not valid YAML", span: pointSpan(1) } };
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const span = lines2.span(error.pos[0], error.pos[0]);
      return { problem: { message: `not valid YAML (${error.code})`, span } };
    }
  }
  return { file: { docs, lines: lines2 } };
}
function deref(node, doc, depth = 0) {
  if (depth > 20) return void 0;
  if (isAlias(node)) return deref(node.resolve(doc), doc, depth + 1);
  return node ?? void 0;
}
function keyText(pair) {
  const key = pair.key;
  if (isScalar(key)) return typeof key.value === "symbol" ? "<<" : String(key.value);
  return void 0;
}
function mapPairs(node, doc, depth = 0) {
  const out = /* @__PURE__ */ new Map();
  const map = deref(node, doc);
  if (!isMap(map) || depth > 20) return out;
  const merged = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    const key = keyText(pair);
    if (key === "<<") {
      const sources = isSeq(deref(pair.value, doc)) ? deref(pair.value, doc).items : [pair.value];
      for (const source of sources) {
        for (const [k, p] of mapPairs(source, doc, depth + 1)) if (!merged.has(k)) merged.set(k, p);
      }
      continue;
    }
    if (key !== void 0) out.set(key, pair);
  }
  for (const [k, p] of merged) if (!out.has(k)) out.set(k, p);
  return out;
}
function get(node, doc, key) {
  return deref(mapPairs(node, doc).get(key)?.value, doc);
}
function seqItems(node, doc) {
  const seq = deref(node, doc);
  return isSeq(seq) ? seq.items.map((item) => deref(item, doc)).filter((n) => n !== void 0) : [];
}
function scalarText(node, doc) {
  const scalar = deref(node, doc);
  if (!isScalar(scalar)) return void 0;
  if (scalar.value === null) return "";
  if (typeof scalar.source === "string" && typeof scalar.value !== "string") return scalar.source;
  return String(scalar.value);
}
function nodeSpan(node, lines2) {
  const range = node?.range;
  return range ? lines2.span(range[0], range[1]) : void 0;
}
function pairSpan(pair, lines2) {
  const keyRange = pair.key?.range;
  const valueRange = pair.value?.range;
  if (!keyRange) return void 0;
  return lines2.span(keyRange[0], valueRange ? valueRange[1] : keyRange[1]);
}
var isAlias, isMap, isScalar, isSeq, parseAllDocuments;
var init_yaml_nodes = __esm({
  "packages/deployment/src/yaml-nodes.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_text();
    isAlias = ((node) => yamlModule().isAlias(node));
    isMap = ((node) => yamlModule().isMap(node));
    isScalar = ((node) => yamlModule().isScalar(node));
    isSeq = ((node) => yamlModule().isSeq(node));
    parseAllDocuments = (...args) => yamlModule().parseAllDocuments(...args);
  }
});

// packages/deployment/src/leoflow.ts
import path11 from "node:path";
function yamlBool(text) {
  if (text === void 0) return void 0;
  const lower = text.toLowerCase();
  if (["true", "yes", "on", "y"].includes(lower)) return true;
  if (["false", "no", "off", "n"].includes(lower)) return false;
  return void 0;
}
function parseLeoflow(text, filePath) {
  const dir = path11.dirname(filePath);
  const base = {
    filePath,
    dagSource: path11.join(dir, DEFAULT_DAG_SOURCE),
    stagingEnabled: false,
    taskEnv: {}
  };
  const parsed = parseYaml(text);
  if ("problem" in parsed) return { ...base, problem: parsed.problem };
  const doc = parsed.file.docs[0];
  if (!doc || doc.contents === null) return base;
  const lines2 = parsed.file.lines;
  const root = doc.contents;
  const problem = (message, span) => ({
    ...base,
    problem: { message, span: span ?? pointSpan(1) }
  });
  if (!isMap2(root)) return problem("the top level is not a mapping", nodeSpan(root, lines2));
  const project = { ...base };
  const top = mapPairs(root, doc);
  const dagId = top.get("dag_id");
  if (dagId) project.stagingSpan = pairSpan(dagId, lines2);
  const dagSource = top.get("dag_source");
  if (dagSource) {
    const value = scalarText(dagSource.value, doc);
    if (value === void 0 || !isScalar2(dagSource.value))
      return problem("`dag_source` is not a string", pairSpan(dagSource, lines2));
    if (value) project.dagSource = path11.resolve(dir, value);
  }
  const staging = top.get("staging");
  if (staging && staging.value !== null && !(isScalar2(staging.value) && staging.value.value === null)) {
    if (!isMap2(staging.value)) return problem("`staging` is not a mapping", pairSpan(staging, lines2));
    const enabled = mapPairs(staging.value, doc).get("enabled");
    const where2 = enabled ?? staging;
    project.stagingSpan = pairSpan(where2, lines2);
    project.stagingLine = project.stagingSpan?.line;
    if (enabled) {
      const value = isScalar2(enabled.value) ? yamlBool(scalarText(enabled.value, doc)) : void 0;
      if (value === void 0)
        return problem("`staging.enabled` is not true or false", pairSpan(enabled, lines2));
      project.stagingEnabled = value;
    }
  } else if (staging) {
    project.stagingSpan = pairSpan(staging, lines2);
    project.stagingLine = project.stagingSpan?.line;
  }
  const tasks = top.get("tasks");
  if (tasks && isMap2(tasks.value)) {
    for (const [taskId, taskPair] of mapPairs(tasks.value, doc)) {
      const env = get(taskPair.value, doc, "env");
      for (const [variable] of mapPairs(env, doc)) (project.taskEnv[variable] ??= []).push(taskId);
    }
  }
  return project;
}
function readLeoflow(filePath) {
  const read = readConfigText(filePath);
  if (read === void 0) return void 0;
  if ("problem" in read)
    return {
      filePath,
      dagSource: path11.join(path11.dirname(filePath), DEFAULT_DAG_SOURCE),
      stagingEnabled: false,
      taskEnv: {},
      problem: { message: read.problem, span: pointSpan(1) }
    };
  return parseLeoflow(read.text, filePath);
}
function newLeoflowCache() {
  return { files: /* @__PURE__ */ new Map(), folders: /* @__PURE__ */ new Map() };
}
function findLeoflowProject(dagFile, cache) {
  const target = resolvedPath(dagFile);
  const start = path11.dirname(target);
  let found = cache?.folders.get(start);
  if (found === void 0) {
    found = null;
    let dir = start;
    for (let level2 = 0; level2 <= MAX_LEVELS; level2++) {
      const candidate = entryPath(dir, LEOFLOW_FILE);
      let project2 = cache?.files.get(candidate);
      if (project2 === void 0) {
        project2 = readLeoflow(candidate) ?? null;
        cache?.files.set(candidate, project2);
      }
      if (project2) {
        found = { project: project2, level: level2 };
        break;
      }
      const parent = path11.dirname(dir);
      if (parent === dir || isRepositoryRoot(dir)) break;
      dir = parent;
    }
    cache?.folders.set(start, found);
  }
  if (!found) return void 0;
  const { project, level } = found;
  if (project.problem) return level === 0 ? project : void 0;
  return project.dagSource === target ? project : void 0;
}
function isRepositoryRoot(dir) {
  return findRepositoryRoot(dir) === resolvedPath(dir);
}
var isMap2, isScalar2, LEOFLOW_FILE, DEFAULT_DAG_SOURCE, MAX_LEVELS;
var init_leoflow = __esm({
  "packages/deployment/src/leoflow.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_read();
    init_text();
    init_yaml_nodes();
    isMap2 = ((node) => yamlModule().isMap(node));
    isScalar2 = ((node) => yamlModule().isScalar(node));
    LEOFLOW_FILE = "leoflow.yaml";
    DEFAULT_DAG_SOURCE = "dag.py";
    MAX_LEVELS = 4;
  }
});

// packages/deployment/src/settings.ts
function envNameOf(section, key) {
  return `${ENV_PREFIX}${section.replace(/\./g, "_").toUpperCase()}__${key.toUpperCase()}`;
}
function parseEnvName(name) {
  if (!name.startsWith(ENV_PREFIX)) return void 0;
  const rest = name.slice(ENV_PREFIX.length);
  const split = rest.indexOf("__");
  if (split <= 0 || split + 2 >= rest.length) return void 0;
  const sectionPart = rest.slice(0, split);
  const keyPart = rest.slice(split + 2);
  if (sectionPart.includes(".")) {
    const section = sectionPart.toLowerCase();
    return { ignoredName: { intended: envNameOf(section, keyPart) } };
  }
  const lower = sectionPart.toLowerCase();
  const dotted = DOTTED_SECTIONS.find((s) => s.replace(/\./g, "_") === lower);
  return { section: dotted ?? lower, key: keyPart.toLowerCase() };
}
var ENV_PREFIX, DOTTED_SECTIONS;
var init_settings = __esm({
  "packages/deployment/src/settings.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    ENV_PREFIX = "AIRFLOW__";
    DOTTED_SECTIONS = ["common.io"];
  }
});

// packages/deployment/src/parsers.ts
function literal(value) {
  if (value === void 0) return void 0;
  return isTemplated(value) ? void 0 : value;
}
function envSetting(filePath, source, name, value, span) {
  const meaning = parseEnvName(name);
  if (!meaning) return void 0;
  const shown = literal(value);
  return {
    filePath,
    source,
    name,
    ...meaning.section ? { section: meaning.section, key: meaning.key } : {},
    ...meaning.ignoredName ? { ignoredName: meaning.ignoredName } : {},
    ...shown !== void 0 ? { value: shown } : {},
    span
  };
}
function parseIni(text, filePath) {
  const lines2 = new LineIndex(text);
  const settings = [];
  const problems = [];
  let section;
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, "");
    const trimmed = content.trim();
    if (!trimmed || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    if (/^\s/.test(content) && section !== void 0) return;
    const header = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(trimmed);
    if (header) {
      section = header[1].trim();
      return;
    }
    const option = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!option || section === void 0) {
      if (problems.length === 0)
        problems.push({
          message: section === void 0 ? "a setting before any [section] header" : "a line that is neither a [section], a setting nor a comment",
          span: lines2.lineSpan(line)
        });
      return;
    }
    const key = option[1].trim().toLowerCase();
    const value = option[2].replace(/\s+[#;].*$/, "").trim();
    const shown = literal(value);
    settings.push({
      filePath,
      source: "airflow.cfg",
      name: `[${section}] ${key}`,
      section: section.toLowerCase(),
      key,
      ...shown !== void 0 ? { value: shown } : {},
      span: lines2.lineSpan(line)
    });
  });
  return { settings, problems };
}
function unquote(value) {
  const v = value.trim();
  const closing = CLOSING_QUOTE[v[0] ?? ""];
  const end = closing?.exec(v.slice(1));
  if (end) return v.slice(1, 1 + end.index + end[0].length - 1);
  return v.replace(/\s+#.*$/, "");
}
function closesQuote(text, quote) {
  return CLOSING_QUOTE[quote].test(text);
}
function parseEnvFile(text, filePath) {
  const lines2 = new LineIndex(text);
  const settings = [];
  const problems = [];
  let assignments = 0;
  const rawLines = text.split("\n").map((raw) => raw.replace(/\r$/, ""));
  for (let index = 0; index < rawLines.length; index++) {
    const line = index + 1;
    const trimmed = rawLines[index].trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)(?:\s*=\s*(.*))?$/.exec(trimmed);
    if (!match) {
      if (problems.length === 0)
        problems.push({ message: "a line that is not NAME=value", span: lines2.lineSpan(line) });
      continue;
    }
    assignments++;
    let value = match[2];
    const quote = value?.[0];
    if (value !== void 0 && (quote === '"' || quote === "'") && !closesQuote(value.slice(1), quote)) {
      let last = index + 1;
      while (last < rawLines.length && !closesQuote(rawLines[last], quote)) last++;
      if (last === rawLines.length) {
        if (problems.length === 0)
          problems.push({ message: "a quoted value that is never closed", span: lines2.lineSpan(line) });
        continue;
      }
      value = [value, ...rawLines.slice(index + 1, last + 1)].join("\n").trim();
      index = last;
    }
    if (value === void 0) continue;
    const setting = envSetting(filePath, "env-file", match[1], unquote(value), lines2.lineSpan(line));
    if (setting) settings.push(setting);
  }
  return { settings, problems: assignments === 0 ? [] : problems };
}
function imageVersion(image) {
  const match = /(?:^|\/)apache\/airflow:(?:[a-z-]*?-)?(\d+\.\d+(?:\.\d+)?)/.exec(image);
  return match?.[1];
}
function parseDockerfile(text, filePath) {
  const lines2 = new LineIndex(text);
  const settings = [];
  const rawLines = text.split("\n");
  let version;
  for (let index = 0; index < rawLines.length; index++) {
    const first = index;
    let instruction = rawLines[index].replace(/\r$/, "");
    while (/\\\s*$/.test(instruction) && index + 1 < rawLines.length) {
      instruction = instruction.replace(/\\\s*$/, " ") + rawLines[++index].replace(/\r$/, "");
    }
    const trimmed = instruction.trim();
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(trimmed);
    if (from) {
      const found = imageVersion(from[1]);
      if (found) version = { version: found, line: first + 1, what: `FROM ${from[1]}` };
      continue;
    }
    const env = /^ENV\s+(.*)$/i.exec(trimmed);
    if (!env) continue;
    const body = env[1].trim();
    const span = lines2.lineSpan(first + 1);
    if (/^[A-Za-z_][A-Za-z0-9_.]*=/.test(body)) {
      const pair = /([A-Za-z_][A-Za-z0-9_.]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
      for (let m = pair.exec(body); m; m = pair.exec(body)) {
        const setting = envSetting(filePath, "dockerfile", m[1], unquote(m[2]), span);
        if (setting) settings.push(setting);
      }
    } else {
      const legacy = /^([A-Za-z_][A-Za-z0-9_.]*)\s+(.*)$/.exec(body);
      if (legacy) {
        const setting = envSetting(filePath, "dockerfile", legacy[1], unquote(legacy[2]), span);
        if (setting) settings.push(setting);
      }
    }
  }
  return { settings, problems: [], ...version ? { version } : {} };
}
function environmentSettings(node, doc, file, filePath, seen) {
  const out = [];
  const add = (name, value, span) => {
    if (!span) return;
    const id = `${name}@${span.line}:${span.column}`;
    if (seen.has(id)) return;
    seen.add(id);
    const setting = envSetting(filePath, "env", name, value, span);
    if (setting) out.push(setting);
  };
  const target = deref(node, doc);
  if (isMap3(target)) {
    for (const [name, pair] of mapPairs(target, doc))
      add(name, scalarText(pair.value, doc), pairSpan(pair, file.lines));
  } else {
    for (const item of seqItems(target, doc)) {
      const text = scalarText(item, doc);
      if (text === void 0) continue;
      const eq = text.indexOf("=");
      add(
        eq < 0 ? text : text.slice(0, eq),
        eq < 0 ? void 0 : text.slice(eq + 1),
        nodeSpan(item, file.lines)
      );
    }
  }
  return out;
}
function envListSettings(node, doc, file, filePath, seen) {
  const out = [];
  for (const item of seqItems(node, doc)) {
    const name = scalarText(get(item, doc, "name"), doc);
    if (!name) continue;
    const span = nodeSpan(item, file.lines);
    if (!span) continue;
    const id = `${name}@${span.line}:${span.column}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const valueNode = get(item, doc, "value");
    const setting = envSetting(
      filePath,
      "env",
      name,
      valueNode !== void 0 ? scalarText(valueNode, doc) : void 0,
      { ...span, endLine: span.line, endColumn: span.column + name.length + 6 }
    );
    if (setting) out.push(setting);
  }
  return out;
}
function parseCompose(file, filePath) {
  const settings = [];
  const seen = /* @__PURE__ */ new Set();
  let version;
  for (const doc of file.docs) {
    const services = get(doc.contents, doc, "services");
    for (const [, servicePair] of mapPairs(services, doc)) {
      const service = servicePair.value;
      const environment = get(service, doc, "environment");
      if (environment) settings.push(...environmentSettings(environment, doc, file, filePath, seen));
      const imageNode = get(service, doc, "image");
      const image = scalarText(imageNode, doc);
      const found = image ? imageVersion(image.replace(/\$\{[^:}]*:-([^}]*)\}/g, "$1")) : void 0;
      if (found && !version) {
        version = {
          version: found,
          line: nodeSpan(imageNode, file.lines)?.line ?? 1,
          what: `image: ${image}`
        };
      }
    }
  }
  return { settings, problems: [], ...version ? { version } : {} };
}
function parseHelmValues(file, filePath) {
  const settings = [];
  const seen = /* @__PURE__ */ new Set();
  let version;
  for (const doc of file.docs) {
    const config = get(doc.contents, doc, "config");
    for (const [section, sectionPair] of mapPairs(config, doc)) {
      for (const [key, pair] of mapPairs(sectionPair.value, doc)) {
        const span = pairSpan(pair, file.lines);
        if (!span) continue;
        const value = literal(scalarText(pair.value, doc));
        settings.push({
          filePath,
          source: "helm-config",
          name: `config.${section}.${key}`,
          section: section.toLowerCase(),
          key: key.toLowerCase(),
          ...value !== void 0 ? { value } : {},
          span
        });
      }
    }
    settings.push(...envListSettings(get(doc.contents, doc, "env"), doc, file, filePath, seen));
    const versionNode = get(doc.contents, doc, "airflowVersion");
    const named = scalarText(versionNode, doc);
    if (named && /^\d+\.\d+/.test(named))
      version = {
        version: named,
        line: nodeSpan(versionNode, file.lines)?.line ?? 1,
        what: `airflowVersion: ${named}`
      };
  }
  return { settings, problems: [], ...version ? { version } : {} };
}
function podSpecs(root, doc) {
  const kind = scalarText(get(root, doc, "kind"), doc);
  const spec = get(root, doc, "spec");
  switch (kind) {
    case "Pod":
      return [spec];
    case "CronJob":
      return [get(get(get(get(spec, doc, "jobTemplate"), doc, "spec"), doc, "template"), doc, "spec")];
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "Job":
      return [get(get(spec, doc, "template"), doc, "spec")];
    default:
      return [];
  }
}
function parseKubernetes(file, filePath) {
  const settings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const doc of file.docs) {
    for (const podSpec of podSpecs(doc.contents, doc)) {
      for (const field of ["containers", "initContainers"]) {
        for (const container of seqItems(get(podSpec, doc, field), doc)) {
          settings.push(...envListSettings(get(container, doc, "env"), doc, file, filePath, seen));
        }
      }
    }
  }
  return { settings, problems: [] };
}
function yamlKind(file) {
  for (const doc of file.docs) {
    const root = doc.contents;
    if (!isMap3(root)) continue;
    if (get(root, doc, "services") && isMap3(get(root, doc, "services"))) return "compose";
    if (isScalar3(get(root, doc, "apiVersion")) && isScalar3(get(root, doc, "kind"))) return "kubernetes";
    if (isMap3(get(root, doc, "config")) || get(root, doc, "env") || get(root, doc, "airflowVersion"))
      return "helm-values";
  }
  return void 0;
}
var isMap3, isScalar3, CLOSING_QUOTE;
var init_parsers = __esm({
  "packages/deployment/src/parsers.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_settings();
    init_text();
    init_yaml_nodes();
    isMap3 = ((node) => yamlModule().isMap(node));
    isScalar3 = ((node) => yamlModule().isScalar(node));
    CLOSING_QUOTE = { '"': /(?:^|[^\\])(?:\\\\)*"/, "'": /'/ };
  }
});

// packages/deployment/src/frontend.ts
import path12 from "node:path";
function deploymentKindByName(filePath) {
  const name = path12.basename(filePath);
  if (name === "airflow.cfg") return "airflow.cfg";
  if (name === LEOFLOW_FILE) return "leoflow";
  if (name === ".env" || name.endsWith(".env") || name.startsWith(".env.")) return "env-file";
  if (/^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(name) || name.endsWith(".Dockerfile"))
    return "dockerfile";
  if (/\.ya?ml$/.test(name)) return "yaml";
  return void 0;
}
function namedDeploymentYaml(name) {
  return /^((docker-)?compose[\w.-]*|values[\w.-]*)\.ya?ml$/.test(name);
}
function diagnostic(message, span, fatal = true) {
  return { fatal, message, span };
}
function analyzeDeployment(text, filePath) {
  const model = emptyModel(filePath, "config");
  try {
    const kind = deploymentKindByName(filePath);
    const name = path12.basename(filePath);
    const fileLabel = kind === "leoflow" ? "leoflow.yaml" : name;
    let parsed;
    let deploymentKind;
    switch (kind) {
      case "airflow.cfg":
        parsed = parseIni(text, filePath);
        deploymentKind = "airflow.cfg";
        break;
      case "env-file":
        parsed = parseEnvFile(text, filePath);
        if (ENV_TEMPLATE.test(name)) parsed = { ...parsed, problems: [] };
        deploymentKind = "env-file";
        break;
      case "dockerfile":
        parsed = parseDockerfile(text, filePath);
        deploymentKind = "dockerfile";
        break;
      case "leoflow": {
        const project = parseLeoflow(text, filePath);
        model.leoflow = project;
        if (project.problem)
          model.diagnostics.push(
            diagnostic(`${fileLabel} not analysed: ${project.problem.message}.`, project.problem.span)
          );
        return model;
      }
      case "yaml": {
        if (text.includes("{{") && !namedDeploymentYaml(name)) return model;
        const yaml2 = parseYaml(text);
        if ("problem" in yaml2) {
          model.diagnostics.push(
            diagnostic(`${fileLabel} not analysed: ${yaml2.problem.message}.`, yaml2.problem.span)
          );
          return model;
        }
        const byContent = yamlKind(yaml2.file);
        if (byContent === "compose") parsed = parseCompose(yaml2.file, filePath);
        else if (byContent === "kubernetes") parsed = parseKubernetes(yaml2.file, filePath);
        else if (byContent === "helm-values") parsed = parseHelmValues(yaml2.file, filePath);
        deploymentKind = byContent;
        break;
      }
      default:
        return model;
    }
    if (!parsed || !deploymentKind) return model;
    for (const problem of parsed.problems)
      model.diagnostics.push(
        diagnostic(
          `${fileLabel} not fully analysed: ${problem.message} (line ${problem.span.line}).`,
          problem.span
        )
      );
    model.deployment = { kind: deploymentKind, settings: parsed.settings, neighbours: [] };
    if (parsed.version)
      model.airflowVersion = {
        version: parsed.version.version,
        from: "repository",
        file: filePath,
        line: parsed.version.line,
        reason: `${name}:${parsed.version.line} (${parsed.version.what})`
      };
  } catch (error) {
    const reason = error instanceof RangeError ? "it is nested too deeply" : "internal error";
    return {
      ...emptyModel(filePath, "config"),
      diagnostics: [
        diagnostic(`File not analysed: ${reason}.`, { line: 1, column: 1, endLine: 1, endColumn: 1 })
      ]
    };
  }
  return model;
}
var DEFAULT_DEPLOYMENT_FILES, DEPLOYMENT_FILE_ENDINGS, ENV_TEMPLATE, deploymentFrontend;
var init_frontend2 = __esm({
  "packages/deployment/src/frontend.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_leoflow();
    init_parsers();
    init_yaml_nodes();
    DEFAULT_DEPLOYMENT_FILES = [
      "airflow.cfg",
      ".env",
      "*.env",
      ".env.*",
      "docker-compose*.yml",
      "docker-compose*.yaml",
      "compose.yml",
      "compose.yaml",
      "values*.yml",
      "values*.yaml",
      "Dockerfile",
      "Dockerfile.*",
      "*.Dockerfile",
      "Containerfile",
      "**/k8s/**/*.yaml",
      "**/k8s/**/*.yml",
      "**/kubernetes/**/*.yaml",
      "**/kubernetes/**/*.yml",
      "**/manifests/**/*.yaml",
      "**/manifests/**/*.yml"
    ];
    DEPLOYMENT_FILE_ENDINGS = [
      "airflow.cfg",
      LEOFLOW_FILE,
      ".env",
      "Dockerfile",
      ...COMPOSE_FILE_NAMES,
      "values.yaml",
      "values.yml"
    ];
    ENV_TEMPLATE = /(^|\.)(example|sample|template|dist|tpl|defaults?)(\.env)?$/i;
    deploymentFrontend = {
      language: "config",
      extensions: DEPLOYMENT_FILE_ENDINGS,
      analyze: (source, filePath) => analyzeDeployment(source, filePath)
    };
  }
});

// packages/deployment/src/neighbours.ts
import { readdirSync } from "node:fs";
import path13 from "node:path";
function isNeighbourName(name) {
  const kind = deploymentKindByName(name);
  if (kind === void 0 || kind === "leoflow") return false;
  if (kind === "yaml") return /^((docker-)?compose[\w.-]*|values[\w.-]*)\.ya?ml$/.test(name);
  return true;
}
function neighbourSettings(filePath, cache) {
  const dir = path13.dirname(path13.resolve(filePath));
  let all = cache?.get(dir);
  if (!all) {
    all = [];
    let names2;
    try {
      names2 = readdirSync(dir).filter(isNeighbourName).sort().slice(0, 50);
    } catch {
      names2 = [];
    }
    for (const name of names2) {
      const file = path13.join(dir, name);
      const read = readConfigText(file);
      if (!read || "problem" in read) continue;
      all.push(...analyzeDeployment(read.text, file).deployment?.settings ?? []);
    }
    cache?.set(dir, all);
  }
  const own = path13.resolve(filePath);
  return all.filter((s) => s.filePath !== own);
}
var init_neighbours = __esm({
  "packages/deployment/src/neighbours.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_frontend2();
    init_read();
  }
});

// packages/deployment/src/version.ts
import { readdirSync as readdirSync2 } from "node:fs";
import path14 from "node:path";
function lowestVersion(spec) {
  const clauses = spec.split(",").map((c) => c.trim());
  const versions = [];
  for (const clause of clauses) {
    const m = /^(===|==|>=|~=|\^|~|>)?\s*v?(\d+(?:\.\d+){0,2})(?:\.\*)?/.exec(clause);
    if (!m) continue;
    const operator = m[1] ?? "==";
    if (operator === ">") continue;
    versions.push(m[2]);
  }
  return versions.sort(compareVersions)[0];
}
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
function requirementSpec(line) {
  const text = line.replace(/\s+#.*$/, "").split(";")[0].trim();
  const m = /^([A-Za-z0-9_.-]+)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(text);
  if (!m) return void 0;
  const name = m[1].toLowerCase().replace(/_/g, "-");
  if (!AIRFLOW_PACKAGES.includes(name)) return void 0;
  return m[2].trim() || void 0;
}
function versionFromRequirements(text) {
  const lines2 = text.split("\n");
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i].trim();
    const constraint = /constraints-(\d+\.\d+(?:\.\d+)?)\//.exec(line);
    if (constraint)
      return { version: constraint[1], line: i + 1, what: `Airflow's constraints for ${constraint[1]}` };
    const spec = requirementSpec(line);
    const version = spec ? lowestVersion(spec) : void 0;
    if (version) return { version, line: i + 1, what: line.replace(/\s+#.*$/, "") };
  }
  return void 0;
}
function versionFromPyproject(text) {
  let data;
  try {
    data = tomlModule().parse(text);
  } catch {
    return void 0;
  }
  const lineOf = (needle) => {
    const index = text.split("\n").findIndex((l) => l.includes(needle));
    return index < 0 ? 1 : index + 1;
  };
  const project = data.project;
  for (const dep of Array.isArray(project?.dependencies) ? project.dependencies : []) {
    if (typeof dep !== "string") continue;
    const spec = requirementSpec(dep);
    const version = spec ? lowestVersion(spec) : void 0;
    if (version) return { version, line: lineOf(dep), what: dep };
  }
  const poetry = data.tool?.poetry;
  for (const name of AIRFLOW_PACKAGES) {
    const dep = poetry?.dependencies?.[name];
    const spec = typeof dep === "string" ? dep : dep?.version;
    if (typeof spec !== "string") continue;
    const version = lowestVersion(spec);
    if (version) return { version, line: lineOf(name), what: `${name} = "${spec}"` };
  }
  return void 0;
}
function versionInFolder(dir) {
  let names2;
  try {
    names2 = (listedNames(dir) ?? readdirSync2(dir)).filter((name) => MAYBE_SOURCE.test(name) && SOURCES.some((s) => s.matches(name))).sort();
  } catch {
    return void 0;
  }
  for (const source of SOURCES) {
    for (const name of names2.filter(source.matches)) {
      const file = path14.join(dir, name);
      const read = readConfigText(file);
      if (!read || "problem" in read) continue;
      const found = source.read(read.text, file);
      if (found)
        return {
          version: found.version,
          from: "repository",
          file,
          line: found.line,
          reason: `${name}:${found.line} (${found.what})`
        };
    }
  }
  return void 0;
}
function detectAirflowVersion(filePath, cache) {
  let dir = path14.dirname(resolvedPath(filePath));
  const visited = [];
  let found;
  for (let level = 0; level <= MAX_LEVELS2; level++) {
    const cached = cache?.get(dir);
    if (cached !== void 0) {
      found = cached ?? void 0;
      break;
    }
    visited.push(dir);
    found = versionInFolder(dir);
    if (found) break;
    const parent = path14.dirname(dir);
    if (parent === dir || findRepositoryRoot(dir) === resolvedPath(dir)) break;
    dir = parent;
  }
  for (const v of visited) cache?.set(v, found ?? null);
  return found;
}
var AIRFLOW_PACKAGES, yamlReader, SOURCES, MAYBE_SOURCE, MAX_LEVELS2;
var init_version = __esm({
  "packages/deployment/src/version.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_parsers();
    init_read();
    init_yaml_nodes();
    AIRFLOW_PACKAGES = ["apache-airflow", "apache-airflow-core"];
    yamlReader = (parse) => (text, filePath) => {
      const parsed = parseYaml(text);
      return "file" in parsed ? parse(parsed.file, filePath).version : void 0;
    };
    SOURCES = [
      { matches: (n) => n === "pyproject.toml", read: versionFromPyproject },
      { matches: (n) => /^(requirements|constraints)[\w.-]*\.txt$/i.test(n), read: versionFromRequirements },
      {
        matches: (n) => /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(n) || n.endsWith(".Dockerfile"),
        read: (t, f) => parseDockerfile(t, f).version
      },
      { matches: (n) => /^(docker-)?compose[\w.-]*\.ya?ml$/.test(n), read: yamlReader(parseCompose) },
      { matches: (n) => /^values[\w.-]*\.ya?ml$/.test(n), read: yamlReader(parseHelmValues) }
    ];
    MAYBE_SOURCE = /^(?:pyproject\.toml|(?:requirements|constraints)[\w.-]*\.txt|(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?|(?:docker-)?compose[\w.-]*\.ya?ml|values[\w.-]*\.ya?ml)$|\.Dockerfile$/i;
    MAX_LEVELS2 = 6;
  }
});

// packages/deployment/src/index.ts
var init_src2 = __esm({
  "packages/deployment/src/index.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_read();
    init_frontend2();
    init_neighbours();
    init_leoflow();
    init_version();
    init_settings();
    init_parsers();
  }
});

// packages/engine/src/context.ts
import path15 from "node:path";
function contextCachesFor(run) {
  if (!run) return void 0;
  let caches = byRun.get(run);
  if (!caches) {
    caches = {
      leoflow: newLeoflowCache(),
      versions: /* @__PURE__ */ new Map(),
      neighbours: /* @__PURE__ */ new Map(),
      projectReads: /* @__PURE__ */ new Map(),
      projectDigests: /* @__PURE__ */ new Map(),
      fingerprints: /* @__PURE__ */ new Map(),
      roots: /* @__PURE__ */ new Map()
    };
    byRun.set(run, caches);
  }
  return caches;
}
function attachContext(model, filePath, analyzeDag, caches) {
  const absolute = path15.resolve(filePath);
  model.airflowVersion ??= detectAirflowVersion(absolute, caches?.versions);
  if (model.language === "python" || model.language === "typescript") {
    const project = findLeoflowProject(absolute, caches?.leoflow);
    if (project) model.leoflow = project;
    return;
  }
  if (model.leoflow && !model.leoflow.problem) {
    const dag = analyzeDag(model.leoflow.dagSource);
    model.leoflowDag = "problem" in dag ? { filePath: model.leoflow.dagSource, envReads: [], problem: dag.problem } : { filePath: model.leoflow.dagSource, envReads: dag.envReads ?? [] };
  }
  if (model.deployment) model.deployment.neighbours = neighbourSettings(absolute, caches?.neighbours);
}
var byRun;
var init_context = __esm({
  "packages/engine/src/context.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src2();
    byRun = /* @__PURE__ */ new WeakMap();
  }
});

// packages/engine/src/python-module.ts
function pythonModuleLoaded() {
  return python !== void 0;
}
function pythonModule() {
  return python ??= nodeRequire2 ? nodeRequire2("@dag-transport/python") : __require("./python-frontend.cjs");
}
function initPythonParser(...args) {
  return pythonModule().initPythonParser(...args);
}
function pythonParserInfo() {
  return pythonModule().pythonParserInfo();
}
var nodeRequire2, python, PARSER_ENV;
var init_python_module = __esm({
  "packages/engine/src/python-module.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    nodeRequire2 = true ? void 0 : createRequire(import.meta.url);
    PARSER_ENV = "DAG_TRANSPORT_PARSER";
  }
});

// packages/engine/src/frontends.ts
import { createRequire } from "node:module";
function loadedOnFirstUse(language, extensions, load) {
  let frontend;
  return {
    language,
    extensions,
    analyze: (...args) => {
      if (!frontend) {
        frontend = load();
        loaded.push(language);
      }
      return frontend.analyze(...args);
    }
  };
}
function loadedFrontends() {
  const languages = new Set(loaded);
  if (pythonModuleLoaded()) languages.add("python");
  return [...languages].sort();
}
function loadTypeScriptFrontend() {
  const specifier = true ? "./typescript-frontend.cjs" : "@dag-transport/typescript";
  return createRequire(import.meta.url)(specifier);
}
function frontendFor(filePath) {
  const byEnding = frontends.find((f) => f.extensions.some((ext) => filePath.endsWith(ext)));
  if (byEnding) return byEnding;
  return deploymentKindByName(filePath) !== void 0 ? deploymentFrontend : void 0;
}
function deploymentPathMatcher(settings) {
  const config = settings["xcom-backend-config"];
  const configOn = config?.severity !== "off";
  const leoflowOn = settings["staging-requires-volume"]?.severity !== "off";
  if (!configOn && !leoflowOn) return void 0;
  const files = config?.options?.files ?? DEFAULT_DEPLOYMENT_FILES;
  let matcher;
  return (relativePath) => {
    if (relativePath === "") return false;
    if (matcher === void 0) {
      matcher = ignoreFactory()({ ignorecase: false }).add(configOn ? [...files] : []);
      if (leoflowOn) matcher.add(LEOFLOW_FILE);
    }
    return matcher.ignores(relativePath) && deploymentKindByName(relativePath) !== void 0;
  };
}
var loaded, frontends, sourceExtensions, lintableExtensions;
var init_frontends = __esm({
  "packages/engine/src/frontends.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_src2();
    init_python_module();
    loaded = [];
    frontends = [
      loadedOnFirstUse("python", PYTHON_EXTENSIONS, () => pythonModule().pythonFrontend),
      loadedOnFirstUse("typescript", TYPESCRIPT_EXTENSIONS, () => loadTypeScriptFrontend().typescriptFrontend)
    ];
    sourceExtensions = frontends.flatMap((f) => f.extensions);
    lintableExtensions = [...sourceExtensions, ...deploymentFrontend.extensions];
  }
});

// packages/engine/src/result-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import path16 from "node:path";
function settledIdentity(identity, nowMs = Date.now()) {
  if (identity === void 0) return void 0;
  const ctime = identity.slice(identity.lastIndexOf(":") + 1);
  if (!/^\d+$/.test(ctime)) return void 0;
  return BigInt(ctime) + SETTLE_NS < BigInt(Math.floor(nowMs)) * 1000000n ? identity : void 0;
}
function isSegment(name) {
  return name !== "" && name !== "." && name !== ".." && !name.includes("/") && !name.includes(path16.sep) && !name.includes("\0");
}
function joinSegment(dir, name) {
  return dir.endsWith(path16.sep) ? dir + name : dir + path16.sep + name;
}
function validTree(tree, names2) {
  const { folders, paths } = tree;
  if (folders.length % 2 !== 0 || paths.length % 2 !== 0) return false;
  const segment = names2.map(isSegment);
  const isRoot = (name) => path16.isAbsolute(name) && path16.parse(name).root === name;
  for (let i = 0; i < folders.length; i += 2) {
    const parent = folders[i];
    const name = folders[i + 1];
    if (!isIndex(name, names2)) return false;
    if (parent === -1 ? !isRoot(names2[name]) : !(isInt(parent) && parent >= 0 && parent < i / 2 && segment[name]))
      return false;
  }
  const folderCount = folders.length / 2;
  for (let i = 0; i < paths.length; i += 2) {
    const folder = paths[i];
    const name = paths[i + 1];
    if (!(isInt(folder) && folder >= 0 && folder < folderCount && isIndex(name, names2) && segment[name]))
      return false;
  }
  return true;
}
function cleanResult(filePath) {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: []
  };
}
function sha256(data) {
  return createHash2("sha256").update(data).digest("hex");
}
function readDigest(read) {
  if ("text" in read) return sha256(read.text);
  return read.missing ? "missing" : `problem:${read.problem}`;
}
function recordedReadDigest(digest, identity) {
  const settled = digest.startsWith("problem:") || digest === "missing" ? void 0 : settledIdentity(identity);
  return settled === void 0 ? digest : `${digest}@${settled}`;
}
function splitReadDigest(recorded) {
  const at = recorded.startsWith("problem:") ? -1 : recorded.indexOf("@");
  return at < 0 ? [recorded, void 0] : [recorded.slice(0, at), recorded.slice(at + 1)];
}
function readHolds(filePath, file, recorded, checks) {
  const [digest, identity] = splitReadDigest(recorded);
  if (identity !== void 0 && checks.readUnchanged?.(filePath, file, identity)) return true;
  return checks.read(filePath, file) === digest;
}
function cacheable(filePath) {
  const language = frontendFor(filePath)?.language;
  return language === "python" || language === "typescript";
}
function optionsKey(options) {
  return sha256(
    JSON.stringify({ settings: options.settings ?? {}, unused: options.reportUnusedSuppressions ?? null })
  );
}
function contextFingerprint(filePath, root, siblingFiles, caches) {
  const absolute = resolvedPath(filePath);
  const version = detectAirflowVersion(absolute, caches.versions);
  const leoflow = findLeoflowProject(absolute, caches.leoflow);
  const key = `${root}\0${path16.dirname(absolute)}\0${leoflow ? leoflow.filePath : ""}`;
  let fingerprint = caches.fingerprints.get(key);
  if (fingerprint === void 0) {
    const text = JSON.stringify({
      root,
      siblings: siblingFiles,
      version: version ?? null,
      leoflow: leoflow ?? null
    });
    fingerprint = caches.fingerprints.get(text);
    if (fingerprint === void 0) caches.fingerprints.set(text, fingerprint = sha256(text));
    caches.fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}
function validFix(fix) {
  return isObject2(fix) && isString(fix.text) && Array.isArray(fix.range) && fix.range.length === 2 && fix.range.every(isInt);
}
function validMessage(m, suppressed) {
  if (!isObject2(m)) return false;
  if (!(m.ruleId === null || isString(m.ruleId))) return false;
  if (m.severity !== 1 && m.severity !== 2) return false;
  if (!isString(m.message) || !isInt(m.line) || !isInt(m.column)) return false;
  for (const key of ["endLine", "endColumn"])
    if (m[key] !== void 0 && !isInt(m[key])) return false;
  if (m.messageId !== void 0 && !isString(m.messageId)) return false;
  if (m.fatal !== void 0 && m.fatal !== true) return false;
  if (m.fix !== void 0 && !validFix(m.fix)) return false;
  if (m.suggestions !== void 0 && !(Array.isArray(m.suggestions) && m.suggestions.every((s) => isObject2(s) && isString(s.desc) && validFix(s.fix))))
    return false;
  if (m.relatedLocations !== void 0 && !(Array.isArray(m.relatedLocations) && m.relatedLocations.every(
    (r) => isObject2(r) && isString(r.message) && (r.file === void 0 || isString(r.file)) && isInt(r.line) && isInt(r.column) && isInt(r.endLine) && isInt(r.endColumn)
  )))
    return false;
  if (suppressed)
    return Array.isArray(m.suppressions) && m.suppressions.every(
      (s) => isObject2(s) && (s.kind === "directive" || s.kind === "file") && isString(s.justification)
    );
  return m.suppressions === void 0;
}
function validResult(result, filePath) {
  if (!isObject2(result) || result.filePath !== filePath) return false;
  const { messages, suppressedMessages } = result;
  if (!Array.isArray(messages) || !messages.every((m) => validMessage(m, false))) return false;
  if (!Array.isArray(suppressedMessages) || !suppressedMessages.every((m) => validMessage(m, true)))
    return false;
  const shown = messages;
  const count = (test) => shown.filter(test).length;
  return result.errorCount === count((m) => m.severity === 2) && result.warningCount === count((m) => m.severity === 1) && result.fatalErrorCount === count((m) => m.fatal === true) && result.fixableErrorCount === count((m) => m.fix !== void 0 && m.severity === 2) && result.fixableWarningCount === count((m) => m.fix !== void 0 && m.severity === 1) && Array.isArray(result.usedDeprecatedRules) && result.usedDeprecatedRules.length === 0;
}
function validEntry(entry) {
  return isObject2(entry) && isString(entry.content) && (entry.identity === void 0 || isString(entry.identity)) && isString(entry.context) && isString(entry.options) && Array.isArray(entry.reads) && entry.reads.every(
    (r) => Array.isArray(r) && r.length === 2 && isString(r[0]) && path16.isAbsolute(r[0]) && isString(r[1])
  ) && isObject2(entry.result) && entry.result.filePath === void 0;
}
function cacheFilePath(location, cwd, isDirectory) {
  const DEFAULT = ".dag-transport-cache";
  if (location === void 0) return path16.resolve(cwd, DEFAULT);
  const resolved = path16.resolve(cwd, location);
  if (/[\\/]$/.test(location) || isDirectory(resolved))
    return path16.join(resolved, `${DEFAULT}_${sha256(path16.resolve(cwd)).slice(0, 12)}`);
  return resolved;
}
var CACHE_FORMAT, SETTLE_NS, MAX_CACHE_BYTES, MAGIC, TABLES, CLEAN_RESULT, isInt, isString, isIndex, isObject2, ResultCache;
var init_result_cache = __esm({
  "packages/engine/src/result-cache.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_src2();
    init_frontends();
    CACHE_FORMAT = 5;
    SETTLE_NS = 2000000000n;
    MAX_CACHE_BYTES = 256 * 1024 * 1024;
    MAGIC = "dag-transport-cache";
    TABLES = ["names", "digests", "contexts", "options"];
    CLEAN_RESULT = JSON.stringify({ ...makeResult("", []), filePath: void 0 });
    isInt = (v) => Number.isSafeInteger(v);
    isString = (v) => typeof v === "string";
    isIndex = (v, table) => isInt(v) && v >= 0 && v < table.length;
    isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    ResultCache = class _ResultCache {
      constructor(file, toolVersion2) {
        this.file = file;
        this.toolVersion = toolVersion2;
      }
      file;
      toolVersion;
      /** Entries as the file has them (`Entry`, unchecked until looked up). */
      entries = /* @__PURE__ */ new Map();
      changed = false;
      /** This run's use of the cache (`DAG_TRANSPORT_DEBUG=cache`): results reused, files linted. */
      stats = { reused: 0, hashed: 0, linted: [] };
      /** The cache at `file`; empty when there is none or it cannot be used (never throws). */
      static load(file, toolVersion2) {
        const cache = new _ResultCache(file, toolVersion2);
        const read = readWorkspaceBytes(file, { maxBytes: MAX_CACHE_BYTES });
        if ("problem" in read) return cache;
        try {
          const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
          const newline = bytes.indexOf(10);
          if (newline < 0 || newline > 512) return cache;
          const [magic, format, version, digest] = bytes.subarray(0, newline).toString("latin1").split(" ");
          if (magic !== MAGIC || format !== String(CACHE_FORMAT) || version !== toolVersion2) return cache;
          const body = bytes.subarray(newline + 1);
          if (sha256(body) !== digest) return cache;
          const parsed = JSON.parse(body.toString("utf8"));
          if (!isObject2(parsed) || !isObject2(parsed.files)) return cache;
          const tables = {};
          for (const name of TABLES) {
            const table = parsed[name];
            if (!Array.isArray(table) || !table.every(isString)) return cache;
            tables[name] = table;
          }
          const tree = { folders: parsed.folders, paths: parsed.paths };
          if (!Array.isArray(tree.folders) || !Array.isArray(tree.paths)) return cache;
          if (!validTree(tree, tables.names)) return cache;
          if (!Array.isArray(parsed.readSets)) return cache;
          cache.tables = tables;
          cache.tree = tree;
          cache.missingDigest = tables.digests.indexOf("missing");
          cache.readSets = parsed.readSets;
          const files = parsed.files;
          for (const filePath of Object.keys(files)) {
            cache.entries.set(filePath, files[filePath]);
          }
        } catch {
          cache.entries = /* @__PURE__ */ new Map();
        }
        return cache;
      }
      /** The loaded file's tables (`Packed`); an entry stored by this run is kept unpacked. */
      tables = { names: [], digests: [], contexts: [], options: [] };
      /** The loaded file's read paths (`PathTree`). */
      tree = { folders: [], paths: [] };
      /** The index of the digest "missing" in the loaded file's table (-1: none). */
      missingDigest = -1;
      /** The loaded file's folders and read paths as strings, made when first needed. */
      folderPaths = [];
      pathStrings = [];
      /** A folder of the loaded file's tree, as a path. */
      folderPath(folder) {
        let known = this.folderPaths[folder];
        if (known !== void 0) return known;
        const { folders } = this.tree;
        const { names: names2 } = this.tables;
        const chain = [];
        for (let at = folder; at !== -1 && this.folderPaths[at] === void 0; at = folders[2 * at])
          chain.push(at);
        for (let i = chain.length - 1; i >= 0; i--) {
          const at = chain[i];
          const parent = folders[2 * at];
          const name = names2[folders[2 * at + 1]];
          known = parent === -1 ? name : joinSegment(this.folderPaths[parent], name);
          this.folderPaths[at] = known;
        }
        return known;
      }
      /** A read path of the loaded file, as a string. */
      pathString(index) {
        let known = this.pathStrings[index];
        if (known === void 0) {
          const { paths } = this.tree;
          known = joinSegment(this.folderPath(paths[2 * index]), this.tables.names[paths[2 * index + 1]]);
          this.pathStrings[index] = known;
        }
        return known;
      }
      /**
       * What the run's folder listings prove of the loaded file's folders and paths
       * (`RecordChecks.listed`): 1 missing, 2 not proved missing; 0 not decided yet. Kept for the
       * `checks` they were decided with (one run's listings).
       */
      proved;
      /**
       * The proofs for `checks`, every folder's decided at once, parents first (the tree lists a
       * parent before its children): a folder is missing when its parent is, or its parent was
       * listed without it.
       */
      provedFor(checks) {
        if (this.proved?.checks !== checks) {
          const { folders } = this.tree;
          const { names: names2 } = this.tables;
          const proved = new Uint8Array(folders.length / 2);
          for (let at = 0; at < proved.length; at++) {
            const parent = folders[2 * at];
            proved[at] = parent !== -1 && (proved[parent] === 1 || checks.listed(this.folderPath(parent), names2[folders[2 * at + 1]]) === false) ? 1 : 2;
          }
          this.proved = { checks, folders: proved, paths: new Uint8Array(this.tree.paths.length / 2) };
        }
        return this.proved;
      }
      /** Whether the listings prove a read path of the loaded file missing (`RecordChecks.listed`). */
      pathMissing(index, checks) {
        if (checks.listed === void 0) return false;
        const proved = this.proved?.checks === checks ? this.proved : this.provedFor(checks);
        if (proved.paths[index] === 0) {
          const { paths } = this.tree;
          const folder = paths[2 * index];
          proved.paths[index] = proved.folders[folder] === 1 || checks.listed(this.folderPath(folder), this.tables.names[paths[2 * index + 1]]) === false ? 1 : 2;
        }
        return proved.paths[index] === 1;
      }
      /** The loaded file's read sets (`Packed`), unchecked until an entry uses one (`readSet`). */
      readSets = [];
      /** Read sets checked for shape, by index: the set, or null when it is not one. */
      checkedSets = /* @__PURE__ */ new Map();
      /**
       * A read set of the loaded file, if it is one: an even number of indices, each pair a path's
       * (`PathTree`) and a digest's in the tables.
       */
      readSet(index) {
        if (!isIndex(index, this.readSets)) return void 0;
        let set = this.checkedSets.get(index);
        if (set === void 0) {
          const raw = this.readSets[index];
          const { digests } = this.tables;
          const [pathCount, digestCount] = [this.tree.paths.length / 2, digests.length];
          set = Array.isArray(raw) && raw.length % 2 === 0 ? raw : null;
          for (let i = 0; set !== null && i < set.length; i += 2) {
            const file = set[i];
            const digest = set[i + 1];
            if (!(file >= 0 && file < pathCount && (file | 0) === file)) set = null;
            else if (!(digest >= 0 && digest < digestCount && (digest | 0) === digest)) set = null;
          }
          this.checkedSets.set(index, set);
        }
        return set ?? void 0;
      }
      /** A packed entry of the loaded file as an `Entry`, or undefined when it is not one. */
      unpack(filePath, packed) {
        if (!Array.isArray(packed) || packed.length !== 6) return void 0;
        const [content, identity, context, options, readSet, result] = packed;
        const { digests, contexts, options: optionKeys } = this.tables;
        if (!isString(content) || !(identity === 0 || isString(identity))) return void 0;
        if (!isIndex(context, contexts) || !isIndex(options, optionKeys)) return void 0;
        const reads = this.readSet(readSet);
        if (reads === void 0) return void 0;
        const pairs = [];
        for (let i = 0; i < reads.length; i += 2)
          pairs.push([this.pathString(reads[i]), digests[reads[i + 1]]]);
        let stored = result;
        if (result === 0) {
          const clean = makeResult(filePath, []);
          delete clean.filePath;
          stored = clean;
        }
        return {
          content,
          ...identity !== 0 ? { identity } : {},
          context: contexts[context],
          options: optionKeys[options],
          reads: pairs,
          result: stored
        };
      }
      /**
       * The read sets of the loaded file checked this run (whether every read still reads the
       * same), by their index, and the digests read, by path index, per read scope
       * (`RecordChecks.readScope`): files that import the same modules share a set (most of their
       * reads are the same missing candidates), and the files of a repository one scope — so each
       * set is checked once, and each path read once. A path the listings prove missing is not read
       * (`pathMissing`).
       */
      scoped = /* @__PURE__ */ new Map();
      lastScope;
      lastScoped;
      /** Whether a read set of the loaded file still holds for `filePath` (once per scope). */
      readsHold(filePath, index, reads, checks) {
        const scope = checks.readScope ? checks.readScope(filePath) : path16.dirname(filePath);
        let scoped = this.lastScoped;
        if (scope !== this.lastScope || scoped === void 0) {
          scoped = this.scoped.get(scope);
          if (scoped === void 0)
            this.scoped.set(scope, scoped = { sets: /* @__PURE__ */ new Map(), digests: /* @__PURE__ */ new Map(), unchanged: /* @__PURE__ */ new Map() });
          this.lastScope = scope;
          this.lastScoped = scoped;
        }
        let holds = scoped.sets.get(index);
        if (holds === void 0) {
          const { digests } = this.tables;
          holds = true;
          for (let i = 0; holds && i < reads.length; i += 2) {
            const file = reads[i];
            const digest = reads[i + 1];
            if (this.pathMissing(file, checks)) {
              holds = digest === this.missingDigest;
              continue;
            }
            const [recorded, identity] = splitReadDigest(digests[digest]);
            if (identity !== void 0 && checks.readUnchanged !== void 0) {
              let unchanged = scoped.unchanged.get(file);
              if (unchanged === void 0) {
                unchanged = checks.readUnchanged(filePath, this.pathString(file), identity) ? identity : "";
                scoped.unchanged.set(file, unchanged);
              }
              if (unchanged === identity) continue;
            }
            let now = scoped.digests.get(file);
            if (now === void 0) scoped.digests.set(file, now = checks.read(filePath, this.pathString(file)));
            holds = now === recorded;
          }
          scoped.sets.set(index, holds);
        }
        return holds;
      }
      /**
       * The result of a file linted with these options, if its record still holds (`checks`);
       * else undefined, and the entry is dropped. Cheap checks first: the options, the file (one
       * `lstat` under the `metadata` strategy), its folder's context, then the recorded reads.
       */
      lookup(filePath, options, checks) {
        const kept = this.entries.get(filePath);
        if (kept === void 0) return void 0;
        const result = Array.isArray(kept) ? this.checkPacked(filePath, kept, options, checks) : this.checkEntry(filePath, kept, options, checks);
        if (result === void 0) {
          this.entries.delete(filePath);
          this.changed = true;
          return void 0;
        }
        this.stats.reused++;
        return result;
      }
      /** `lookup` of an entry as the loaded file has it, checked in its packed form. */
      checkPacked(filePath, packed, options, checks) {
        if (packed.length !== 6) return void 0;
        const content = packed[0];
        const identity = packed[1];
        const context = packed[2];
        const optionsIndex = packed[3];
        const readSet = packed[4];
        const stored = packed[5];
        const { contexts, options: optionKeys } = this.tables;
        if (!isString(content) || !(identity === 0 || isString(identity))) return void 0;
        if (!isIndex(context, contexts) || !isIndex(optionsIndex, optionKeys)) return void 0;
        const reads = this.readSet(readSet);
        if (reads === void 0) return void 0;
        if (optionKeys[optionsIndex] !== options) return void 0;
        const file = { content };
        if (identity !== 0) file.identity = identity;
        if (!checks.file(filePath, file)) return void 0;
        if (checks.context(filePath) !== contexts[context]) return void 0;
        if (reads.length > 0 && !this.readsHold(filePath, readSet, reads, checks)) return void 0;
        let result;
        if (stored === 0) result = cleanResult(filePath);
        else {
          if (!isObject2(stored) || stored.filePath !== void 0) return void 0;
          const shown = { filePath, ...stored };
          if (!validResult(shown, filePath)) return void 0;
          result = shown;
        }
        if (file.identity !== (identity === 0 ? void 0 : identity)) {
          const entry = this.unpack(filePath, packed);
          if (entry === void 0) return void 0;
          if (file.identity === void 0) delete entry.identity;
          else entry.identity = file.identity;
          this.entries.set(filePath, entry);
          this.changed = true;
        }
        return result;
      }
      /** `lookup` of an entry this run stored or updated. */
      checkEntry(filePath, entry, options, checks) {
        if (!validEntry(entry) || entry.options !== options) return void 0;
        const result = { filePath, ...entry.result };
        if (!validResult(result, filePath)) return void 0;
        const file = { content: entry.content };
        if (entry.identity !== void 0) file.identity = entry.identity;
        if (!checks.file(filePath, file) || checks.context(filePath) !== entry.context) return void 0;
        for (const [read, digest] of entry.reads)
          if (!readHolds(filePath, read, digest, checks)) return void 0;
        if (file.identity !== entry.identity) {
          if (file.identity === void 0) delete entry.identity;
          else entry.identity = file.identity;
          this.changed = true;
        }
        return result;
      }
      store(filePath, options, record, result) {
        this.changed = true;
        this.stats.linted.push(filePath);
        if (record === void 0) {
          this.entries.delete(filePath);
          return;
        }
        const stored = { ...result };
        delete stored.filePath;
        this.entries.set(filePath, {
          content: record.content,
          ...record.identity !== void 0 ? { identity: record.identity } : {},
          context: record.context,
          options,
          reads: record.reads.map(([file, digest]) => [resolvedPath(file), digest]),
          result: stored
        });
      }
      /**
       * The file's body: every name, digest, context and options key once, in tables, read paths as
       * a tree of folders (`PathTree`), and each entry as a `Packed` array of indices (a read, a
       * pair of them); a result without messages as `0`. A fraction of the bytes of entries written
       * out whole, and far fewer strings to parse.
       */
      packed() {
        const tables = { names: [], digests: [], contexts: [], options: [] };
        const indices = /* @__PURE__ */ new Map();
        const intern = (table, value) => {
          const key = `${table}\0${value}`;
          let i = indices.get(key);
          if (i === void 0) {
            i = tables[table].push(value) - 1;
            indices.set(key, i);
          }
          return i;
        };
        const tree = { folders: [], paths: [] };
        const nodes = /* @__PURE__ */ new Map();
        const node = (into, parent, name) => {
          const nameIndex = intern("names", name);
          const key = `${into === tree.paths ? "p" : "f"}${parent}\0${nameIndex}`;
          let i = nodes.get(key);
          if (i === void 0) {
            i = into.push(parent, nameIndex) / 2 - 1;
            nodes.set(key, i);
          }
          return i;
        };
        const pathIndex = (file) => {
          const root = path16.parse(file).root;
          if (root === "" || resolvedPath(file) !== file) return void 0;
          const segments = file.slice(root.length).split(path16.sep);
          const name = segments.pop();
          if (!isSegment(name) || !segments.every(isSegment)) return void 0;
          let folder = node(tree.folders, -1, root);
          for (const segment of segments) folder = node(tree.folders, folder, segment);
          return node(tree.paths, folder, name);
        };
        const readSets = [];
        const setIndices = /* @__PURE__ */ new Map();
        const files = {};
        entries: for (const [filePath, kept] of this.entries) {
          const entry = Array.isArray(kept) ? this.unpack(filePath, kept) : kept;
          if (entry === void 0 || !validEntry(entry)) continue;
          const reads = [];
          for (const [file, digest] of entry.reads) {
            const index = pathIndex(file);
            if (index === void 0) continue entries;
            reads.push(index, intern("digests", digest));
          }
          const setKey = reads.join(",");
          let readSet = setIndices.get(setKey);
          if (readSet === void 0) {
            readSet = readSets.push(reads) - 1;
            setIndices.set(setKey, readSet);
          }
          files[filePath] = [
            entry.content,
            entry.identity ?? 0,
            intern("contexts", entry.context),
            intern("options", entry.options),
            readSet,
            JSON.stringify(entry.result) === CLEAN_RESULT ? 0 : entry.result
          ];
        }
        return { ...tables, ...tree, readSets, files };
      }
      /**
       * Writes the cache (a temporary file renamed over it), keeping the entries of files this run
       * did not lint (another run may lint them). Returns a problem to warn about, or undefined.
       */
      save() {
        if (!this.changed) return void 0;
        const text = JSON.stringify(this.packed()).replace(
          /[\u007f-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
        );
        const body = Buffer.from(text, "utf8");
        const header = `${MAGIC} ${CACHE_FORMAT} ${this.toolVersion} ${sha256(body)}
`;
        const temporary = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
          writeFileSync(temporary, Buffer.concat([Buffer.from(header, "latin1"), body]), {
            flag: "wx",
            mode: 420
          });
          renameSync(temporary, this.file);
          return void 0;
        } catch (error) {
          try {
            rmSync(temporary, { force: true });
          } catch {
          }
          return error.code ?? "unknown error";
        }
      }
    };
  }
});

// packages/engine/src/siblings.ts
import path17 from "node:path";
function siblingFromText(kind, filePath, text) {
  if ("problem" in text) return { kind: kind.kind, filePath, problem: `cannot read: ${text.problem}` };
  return { kind: kind.kind, filePath, ...kind.parse(text.text, filePath) };
}
function readSibling(kind, filePath, root) {
  const read = readWorkspaceText(filePath, { root });
  if ("problem" in read && read.missing) return void 0;
  return siblingFromText(kind, filePath, read);
}
function readSiblingFiles(dagFilePath, kinds = SIBLING_FILE_KINDS, cache, root = workspaceRootFor(dagFilePath)) {
  const dir = path17.dirname(resolvedPath(dagFilePath));
  const cached = cache?.get(dir);
  if (cached) return cached;
  const found = [];
  for (const kind of kinds) {
    for (const name of kind.fileNames) {
      const sibling = readSibling(kind, entryPath(dir, name), root);
      if (sibling) {
        found.push(sibling);
        break;
      }
    }
  }
  cache?.set(dir, found);
  return found;
}
var SIBLING_FILE_KINDS;
var init_siblings = __esm({
  "packages/engine/src/siblings.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_src2();
    SIBLING_FILE_KINDS = [
      {
        kind: "leoflow",
        fileNames: ["leoflow.yaml", "leoflow.yml"],
        // The deployment frontend's reading, which also gives DAG files their `model.leoflow`.
        parse(text, filePath) {
          const project = parseLeoflow(text, filePath);
          if (!project.problem) return { data: project };
          const { message, span } = project.problem;
          return { problem: `cannot parse: ${message} at line ${span.line}, column ${span.column}` };
        }
      }
    ];
  }
});

// packages/engine/src/engine.ts
import { lstatSync, realpathSync as realpathSync2 } from "node:fs";
import path18 from "node:path";
function frontendOptions(rules, settings) {
  const options = {};
  for (const rule of rules) {
    const resolved = resolveRuleSetting(rule, settings);
    if (resolved.severity !== "off") options[rule.id] = Object.freeze(resolved.options);
  }
  return Object.freeze(options);
}
function runPlan(options, caches) {
  const rules = options.rules ?? allRules;
  const settings = options.settings ?? EMPTY_SETTINGS;
  const kept = caches?.plan;
  if (kept && kept.rules.rules === rules && kept.rules.settings === settings) return kept;
  const plan = { rules: planRules(rules, settings), frontend: frontendOptions(rules, settings) };
  if (caches) caches.plan = plan;
  return plan;
}
function analyzeText(text, filePath, options = {}, caches, plan = runPlan(options, caches)) {
  const frontend = frontendFor(filePath);
  if (!frontend) return void 0;
  const analyzerOptions = plan.frontend;
  const project = options.context !== false ? projectFiles(filePath, options.root, caches) : void 0;
  const model = frontend.analyze(text, filePath, analyzerOptions, project);
  if (options.siblingFiles) model.siblingFiles = options.siblingFiles;
  if (options.context !== false) {
    attachContext(
      model,
      filePath,
      (dagFile) => {
        const dagFrontend = frontendFor(dagFile);
        if (!dagFrontend || dagFrontend.language === "config")
          return { problem: "not a Python or TypeScript file" };
        const source = readSource(dagFile);
        if ("problem" in source) return { problem: source.problem };
        return dagFrontend.analyze(source.text, dagFile, analyzerOptions);
      },
      caches
    );
  }
  return model;
}
function lintText(text, filePath, options = {}, caches) {
  const plan = runPlan(options, caches);
  const model = analyzeText(text, filePath, options, caches, plan);
  if (!model)
    return fatalResult(
      filePath,
      "No frontend for this kind of file (expected a Python or TypeScript DAG, or a deployment configuration file)."
    );
  return runRules(
    model,
    plan.rules.rules,
    plan.rules.settings,
    {
      ...options.reportUnusedSuppressions ? { reportUnusedSuppressions: options.reportUnusedSuppressions } : {}
    },
    plan.rules
  );
}
function projectFiles(filePath, root, caches) {
  const disk = diskProjectFiles(filePath, root);
  const cache = caches?.projectReads;
  if (!cache) {
    if (!recordedReads) return disk;
    return {
      root: disk.root,
      read: (file) => {
        const read = disk.read(file);
        recordedReads?.set(file, readDigest(read));
        return read;
      }
    };
  }
  return {
    root: disk.root,
    read: (file) => {
      const key = `${disk.root}\0${file}`;
      let read = cache.get(key);
      if (!read) {
        read = readWorkspaceText(file, { root: disk.root, python: true, identity: true });
        cache.set(key, read);
      }
      if (recordedReads)
        recordedReads.set(
          file,
          recordedReadDigest(
            projectReadDigest(key, read, caches),
            "identity" in read ? read.identity : void 0
          )
        );
      return read;
    }
  };
}
function projectReadDigest(key, read, caches) {
  let digest = caches.projectDigests.get(key);
  if (digest === void 0) {
    digest = readDigest(read);
    caches.projectDigests.set(key, digest);
  }
  return digest;
}
function runRootFor(filePath, siblings, dir = path18.dirname(resolvedPath(filePath))) {
  const roots = contextCachesFor(siblings).roots;
  let root = roots.get(dir);
  if (root === void 0) roots.set(dir, root = workspaceRootFor(filePath));
  return root;
}
function recordChecks(siblings, options = {}) {
  const caches = contextCachesFor(siblings);
  const strategy = options.strategy ?? "content";
  const folders = /* @__PURE__ */ new Map();
  const readFolders = /* @__PURE__ */ new Map();
  const readFolder = (dir, root) => {
    const key = `${root}\0${dir}`;
    let folder = readFolders.get(key);
    if (folder === void 0) readFolders.set(key, folder = { dir, root });
    return folder;
  };
  const digestsByRoot = /* @__PURE__ */ new Map();
  let last;
  let lastFile;
  const folderOf = (filePath) => {
    if (last !== void 0 && filePath === lastFile) return last;
    lastFile = filePath;
    if (last !== void 0 && isEntryOf(filePath, last.dir)) return last;
    const dir = path18.dirname(resolvedPath(filePath));
    if (last !== void 0 && last.dir === dir) return last;
    let folder = folders.get(dir);
    if (folder === void 0) {
      const root = options.root ?? runRootFor(filePath, siblings, dir);
      const project = projectFiles(filePath, root, caches);
      let digests = digestsByRoot.get(project.root);
      if (digests === void 0) digestsByRoot.set(project.root, digests = /* @__PURE__ */ new Map());
      folder = {
        dir,
        root,
        siblingFiles: readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings, root),
        project,
        digests,
        fingerprints: /* @__PURE__ */ new Map()
      };
      folders.set(dir, folder);
    }
    return last = folder;
  };
  return {
    file(filePath, record) {
      const folder = folderOf(filePath);
      if (strategy === "metadata" && record.identity !== void 0 && identityHolds(filePath, record.identity, folder))
        return true;
      options.onHashed?.();
      const bytes = readWorkspaceBytes(filePath, { root: folder.root, expected: true, identity: true });
      if ("problem" in bytes || sha256(bytes.bytes) !== record.content) return false;
      const identity = settledIdentity(bytes.identity);
      if (identity === void 0) delete record.identity;
      else record.identity = identity;
      return true;
    },
    context(filePath) {
      const folder = folderOf(filePath);
      const leoflow = caches.leoflow.folders.get(folder.dir) === null ? "" : findLeoflowProject(filePath, caches.leoflow)?.filePath ?? "";
      let fingerprint = folder.fingerprints.get(leoflow);
      if (fingerprint === void 0) {
        fingerprint = contextFingerprint(filePath, folder.root, folder.siblingFiles, caches);
        folder.fingerprints.set(leoflow, fingerprint);
      }
      return fingerprint;
    },
    read(filePath, file) {
      const { project, digests } = folderOf(filePath);
      let digest = digests.get(file);
      if (digest === void 0) {
        if (listedMissing(file)) digest = "missing";
        else {
          const key = `${project.root}\0${file}`;
          digest = caches.projectDigests.get(key) ?? projectReadDigest(key, project.read(file), caches);
        }
        digests.set(file, digest);
      }
      return digest;
    },
    // What `read` answers first: a path its folder's listing proves missing is "missing".
    listed: listedHas,
    ...strategy === "metadata" ? {
      readUnchanged: (filePath, file, identity) => identityHolds(file, identity, readFolder(path18.dirname(file), folderOf(filePath).project.root))
    } : {},
    // A read's answer is the repository's (the root bounds it; `digests` are kept per root).
    readScope: (filePath) => folderOf(filePath).project.root
  };
}
function isEntryOf(filePath, dir) {
  return path18.sep === "/" && dir !== "/" && filePath.length > dir.length + 1 && filePath.charCodeAt(dir.length) === 47 && filePath.startsWith(dir) && filePath.indexOf("/", dir.length + 1) === -1 && !filePath.endsWith("/.") && !filePath.endsWith("/..");
}
function identityHolds(filePath, identity, folder) {
  let stats;
  try {
    stats = lstatSync(filePath, { bigint: true, throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (stats === void 0 || !stats.isFile() || fileIdentity(stats) !== identity) return false;
  if (folder.inside === void 0) {
    let real = listedRealPath(folder.dir);
    if (real === void 0) {
      try {
        real = realpathSync2.native(folder.dir);
      } catch {
        real = void 0;
      }
    }
    folder.inside = real !== void 0 && isInsideRealRoot(folder.root, real);
  }
  return folder.inside;
}
function readSource(filePath, root = workspaceRootFor(filePath)) {
  return readWorkspaceText(filePath, { root, ...decodeOptionsFor(filePath) });
}
function decodeOptionsFor(filePath) {
  return { python: frontendFor(filePath)?.language === "python" };
}
function lintFile(filePath, options = {}, siblings) {
  return lintFileRecorded(filePath, options, siblings, false).result;
}
function lintFileRecorded(filePath, options = {}, siblings, record = true) {
  const root = options.root ?? (siblings ? runRootFor(filePath, siblings) : workspaceRootFor(filePath));
  const bytes = readWorkspaceBytes(filePath, { root, expected: true, identity: record });
  if ("problem" in bytes) return { result: fatalResult(filePath, bytes.problem) };
  const source = decodeSource(bytes.bytes, decodeOptionsFor(filePath));
  if ("problem" in source && source.binary && deploymentKindByName(filePath) !== void 0)
    return { result: makeResult(filePath, []) };
  if ("problem" in source) return { result: fatalResult(filePath, source.problem) };
  const recording = record && siblings !== void 0 && options.siblingFiles === void 0 && cacheable(filePath);
  const siblingFiles = options.siblingFiles ?? readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings, root);
  const caches = contextCachesFor(siblings);
  const reads = /* @__PURE__ */ new Map();
  if (recording) recordedReads = reads;
  try {
    const result = lintText(source.text, filePath, { ...options, root, siblingFiles }, caches);
    if (!recording) return { result };
    const identity = settledIdentity(bytes.identity);
    return {
      result,
      record: {
        content: sha256(bytes.bytes),
        ...identity !== void 0 ? { identity } : {},
        context: contextFingerprint(filePath, root, siblingFiles, caches),
        reads: [...reads]
      }
    };
  } finally {
    recordedReads = void 0;
  }
}
var EMPTY_SETTINGS, recordedReads;
var init_engine = __esm({
  "packages/engine/src/engine.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_src2();
    init_rules();
    init_context();
    init_frontends();
    init_result_cache();
    init_siblings();
    EMPTY_SETTINGS = Object.freeze({});
  }
});

// packages/engine/src/pool.ts
import { statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
function threadLimit(requested, cores = availableParallelism()) {
  if (requested !== void 0) return Math.max(1, requested);
  const fromEnv = Number.parseInt(process.env[WORKERS_ENV] ?? "", 10);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  return cores >= MIN_CORES_FOR_WORKERS ? cores : 1;
}
function plannedWorkers(bytes, requested, minBytesPerThread = MIN_BYTES_PER_THREAD) {
  const threads = Math.min(threadLimit(requested), Math.floor(bytes / Math.max(1, minBytesPerThread)));
  return threads >= 2 ? threads - 1 : 0;
}
function sizeUpTo(files, enough) {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync2(file).size;
    } catch {
    }
    if (total >= enough) break;
  }
  return total;
}
async function lintFiles(files, options = {}) {
  return (await lintFilesWith(files, options, false)).map((linted) => linted.result);
}
function lintFilesRecorded(files, options = {}) {
  return lintFilesWith(files, options, true);
}
async function lintFilesWith(files, options, record) {
  if (files.length === 0) return [];
  await initPythonParser();
  const limit = options.rules ? 1 : threadLimit(options.workers);
  const perThread = options.minBytesPerThread ?? MIN_BYTES_PER_THREAD;
  const workers = limit < 2 ? 0 : plannedWorkers(sizeUpTo(files, limit * perThread), limit, perThread);
  if (workers === 0) {
    const siblings = /* @__PURE__ */ new Map();
    const results = [];
    for (const file of files) {
      results.push(lintFileRecorded(file, options, siblings, record));
      options.onFileDone?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }
  return new LintPool(files, options, workers, record).run();
}
function defaultWorkerUrl() {
  return import.meta.url.endsWith(".ts") ? new URL("../dist/lint-worker.js", import.meta.url) : new URL("./lint-worker.js", import.meta.url);
}
var MIN_BYTES_PER_THREAD, BATCH_SIZE, WORKER_STACK_MB, WORKER_YOUNG_GENERATION_MB, DEBUG_ENV, WORKERS_ENV, MIN_CORES_FOR_WORKERS, LintPool;
var init_pool = __esm({
  "packages/engine/src/pool.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_engine();
    init_python_module();
    MIN_BYTES_PER_THREAD = 2 * 1024 * 1024;
    BATCH_SIZE = 8;
    WORKER_STACK_MB = (984 + 192) / 1024;
    WORKER_YOUNG_GENERATION_MB = 32;
    DEBUG_ENV = "DAG_TRANSPORT_DEBUG";
    WORKERS_ENV = "DAG_TRANSPORT_WORKERS";
    MIN_CORES_FOR_WORKERS = 3;
    LintPool = class {
      constructor(files, options, workerCount, record) {
        this.files = files;
        this.options = options;
        this.workerCount = workerCount;
        this.record = record;
        this.results = new Array(files.length);
        this.queue = files.map((_, index) => index);
        this.remaining = files.length;
      }
      files;
      options;
      workerCount;
      record;
      results;
      /**
       * Files not linted nor sent yet: workers take batches from the front (files handed back by a
       * dead worker go there too), the calling thread takes one at a time from the back.
       */
      queue;
      live = /* @__PURE__ */ new Set();
      /** The calling thread's caches (sibling files, context) for its share of the files. */
      siblings = /* @__PURE__ */ new Map();
      /** Results that came from workers, for DAG_TRANSPORT_DEBUG=pool. */
      fromWorkers = 0;
      started = 0;
      /** No worker could load: none is started again. */
      workersBroken = false;
      /** The calling thread's next file is scheduled. */
      linting = false;
      remaining;
      settled = false;
      resolve;
      reject;
      run() {
        const done = new Promise((resolve, reject) => {
          this.resolve = resolve;
          this.reject = reject;
        });
        for (let i = 0; i < this.workerCount; i++) this.spawn();
        this.resumeHere();
        return done;
      }
      /**
       * The calling thread's share: one file per turn of the event loop, so that workers' messages
       * are taken between files and tree-sitter's finalizers free each tree (see lint-worker.ts).
       */
      lintHere() {
        this.linting = false;
        if (this.settled) return;
        const index = this.queue.pop();
        if (index === void 0) return;
        this.complete(index, lintFileRecorded(this.files[index], this.options, this.siblings, this.record));
        this.resumeHere();
      }
      /** Schedules the calling thread's next file, unless it is scheduled already. */
      resumeHere() {
        if (this.linting || this.settled) return;
        this.linting = true;
        setImmediate(() => this.lintHere());
      }
      spawn() {
        const started = new Int32Array(new SharedArrayBuffer(4));
        const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl(), {
          workerData: {
            settings: this.options.settings ?? {},
            ...this.options.reportUnusedSuppressions ? { reportUnusedSuppressions: this.options.reportUnusedSuppressions } : {},
            ...this.options.siblingFiles ? { siblingFiles: this.options.siblingFiles } : {},
            ...this.record ? { record: true } : {},
            started
          },
          resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
        });
        const state = { worker, ready: false, inFlight: [], started, answered: 0 };
        this.started++;
        this.live.add(state);
        worker.on("message", (message) => this.onMessage(state, message));
        worker.on("error", (error) => state.error = error);
        worker.on("exit", (code) => this.onExit(state, code));
        this.dispatch(state);
      }
      /** Keeps two batches in flight, so a worker never waits for the next one. */
      dispatch(state) {
        while (state.inFlight.length < 2 * BATCH_SIZE && this.queue.length > 0) {
          const batch = this.queue.splice(0, BATCH_SIZE);
          state.inFlight.push(...batch);
          state.worker.postMessage({ files: batch.map((index) => this.files[index]) });
        }
      }
      onMessage(state, message) {
        if (this.settled) return;
        if (message.type === "ready") {
          state.ready = true;
          return;
        }
        const results = message.type === "result" ? [message.result] : message.results;
        const records = message.type === "results" ? message.records : void 0;
        results.forEach((result, i) => {
          const index = state.inFlight.shift();
          if (index === void 0) return;
          state.answered++;
          this.fromWorkers++;
          const record = records?.[i];
          this.complete(index, record ? { result, record } : { result });
        });
        this.dispatch(state);
      }
      onExit(state, code) {
        this.live.delete(state);
        if (this.settled) return;
        if (state.inFlight.length > 0) {
          if (!state.ready) {
            this.workersBroken = true;
            this.requeue(state.inFlight);
            return;
          }
          const unanswered = Atomics.load(state.started, 0) - state.answered;
          const at = unanswered > 0 ? Math.min(unanswered, state.inFlight.length) - 1 : 0;
          const [culprit] = state.inFlight.splice(at, 1);
          const reason = state.error ? state.error.message : `exit code ${code}`;
          this.queue.unshift(...state.inFlight);
          this.complete(culprit, {
            result: fatalResult(
              this.files[culprit],
              `File not analysed: the analysis worker stopped while linting it (${reason}).`
            )
          });
        }
        if (this.settled || this.queue.length === 0) return;
        if (!this.workersBroken && this.live.size < this.workerCount) this.spawn();
        this.resumeHere();
      }
      /** Files a worker that never loaded was sent: back to the queue, for this thread. */
      requeue(indices) {
        this.queue.unshift(...indices);
        this.resumeHere();
      }
      complete(index, linted) {
        if (this.results[index] !== void 0) return;
        this.results[index] = linted;
        this.options.onFileDone?.();
        this.remaining--;
        if (this.remaining === 0) this.settle();
      }
      settle() {
        this.settled = true;
        if ((process.env[DEBUG_ENV] ?? "").split(",").includes("pool"))
          process.stderr.write(
            `dag-transport: ${this.files.length} files, ${this.fromWorkers} linted on ${this.started} worker thread(s)
`
          );
        this.stopWorkers().then(() => this.resolve(this.results), this.reject);
      }
      async stopWorkers() {
        await Promise.all([...this.live].map((state) => state.worker.terminate()));
      }
    };
  }
});

// packages/engine/src/files.ts
import { existsSync as existsSync2, readdirSync as readdirSync3, realpathSync as realpathSync3, statSync as statSync3 } from "node:fs";
import { homedir } from "node:os";
import path19 from "node:path";
function loadIgnoreFile(filePath, dir, root) {
  const read = readWorkspaceText(filePath, { root });
  if (!("text" in read)) return void 0;
  if (!read.text.split(/\r?\n/).some((line) => line.trim() !== "" && !line.startsWith("#"))) return void 0;
  return { dir, matcher: ignoreFactory()().add(read.text) };
}
function loadGitignore(dir) {
  if (listedHas(dir, ".gitignore") === false) return void 0;
  const file = entryPath(dir, ".gitignore");
  if (listedMissing(file)) return void 0;
  return loadIgnoreFile(file, dir, workspaceRootOfDirectory(dir));
}
function globalExcludesFile(env = process.env, home = homedir()) {
  const gitconfig = readWorkspaceText(path19.join(home, ".gitconfig"), { root: home });
  if ("text" in gitconfig) {
    const core = /^\s*\[core\]([^[]*)/im.exec(gitconfig.text)?.[1] ?? "";
    const value = /^\s*excludesfile\s*=\s*(.+?)\s*$/im.exec(core)?.[1]?.replace(/^"(.*)"$/, "$1");
    if (value) return value.startsWith("~/") ? path19.join(home, value.slice(2)) : path19.resolve(home, value);
  }
  const config = env.XDG_CONFIG_HOME || path19.join(home, ".config");
  return path19.join(config, "git", "ignore");
}
function repositoryExcludes(root) {
  const levels = [];
  const global = globalExcludesFile();
  const fromGlobal = loadIgnoreFile(global, root, path19.dirname(global));
  if (fromGlobal) levels.push(fromGlobal);
  const fromInfo = loadIgnoreFile(path19.join(root, ".git", "info", "exclude"), root, root);
  if (fromInfo) levels.push(fromInfo);
  return levels;
}
function isIgnoredEntry(name, isDir, levels, prefixes) {
  for (let i = 0; i < levels.length; i++) {
    const prefix = prefixes[i];
    if (prefix === void 0) continue;
    const relative2 = prefix === "" ? name : `${prefix}/${name}`;
    if (levels[i].matcher.ignores(isDir ? `${relative2}/` : relative2)) return true;
  }
  return false;
}
function ancestorIgnores(dir) {
  const levels = [];
  let current = dir;
  for (; ; ) {
    const level = loadGitignore(current);
    if (level) levels.unshift(level);
    const isRepoRoot = existsSync2(path19.join(current, ".git"));
    if (isRepoRoot) levels.unshift(...repositoryExcludes(current));
    const parent = path19.dirname(current);
    if (isRepoRoot || parent === current) return levels;
    current = parent;
  }
}
function selectFiles(paths, cwd, extensions, excluded = () => false, alsoLint, keepListings = false) {
  const selection = { files: [], missing: [], unreadable: [] };
  const seen = /* @__PURE__ */ new Set();
  const lintable = (name) => extensions.some((ext) => name.endsWith(ext));
  const add = (file) => {
    if (!seen.has(file)) {
      seen.add(file);
      selection.files.push(file);
    }
  };
  const walk = (dir, levels, root, realPath) => {
    let entries;
    try {
      entries = readdirSync3(dir, { withFileTypes: true });
    } catch (error) {
      selection.unreadable.push({ path: dir, message: error.message });
      return;
    }
    if (keepListings)
      noteListing(
        dir,
        entries.map((entry) => entry.name),
        realPath,
        new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name))
      );
    const own = loadGitignore(dir);
    const here = own ? [...levels, own] : levels;
    const prefixes = here.map((level) => relativeInside(level.dir, dir));
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const full = entryPath(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED.has(entry.name) || isIgnoredEntry(entry.name, true, here, prefixes) || excluded(full, true, dir))
          continue;
        walk(full, here, root, realPath === void 0 ? void 0 : entryPath(realPath, entry.name));
      } else if ((entry.isFile() || entry.isSymbolicLink()) && (lintable(entry.name) || alsoLint !== void 0 && alsoLint(path19.relative(root, full).split(path19.sep).join("/"))) && !isIgnoredEntry(entry.name, false, here, prefixes) && !excluded(full, false, dir)) {
        add(full);
      }
    }
  };
  for (const given of paths) {
    const absolute = path19.resolve(cwd, given);
    let stats;
    try {
      stats = statSync3(absolute);
    } catch {
      selection.missing.push(given);
      continue;
    }
    if (stats.isDirectory()) {
      if (!isInsideReally(workspaceRootOfDirectory(absolute, cwd), absolute)) {
        selection.unreadable.push({
          path: absolute,
          message: "it is a link to something outside the workspace; not searched."
        });
        continue;
      }
      let real;
      try {
        real = keepListings ? realpathSync3.native(absolute) : void 0;
      } catch {
        real = void 0;
      }
      walk(absolute, ancestorIgnores(absolute), absolute, real);
    } else if (!excluded(absolute, false, path19.dirname(absolute))) {
      add(absolute);
    }
  }
  return selection;
}
var ALWAYS_SKIPPED;
var init_files = __esm({
  "packages/engine/src/files.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    ALWAYS_SKIPPED = NEVER_WALKED;
  }
});

// packages/engine/src/index.ts
var init_src3 = __esm({
  "packages/engine/src/index.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_engine();
    init_src();
    init_pool();
    init_python_module();
    init_files();
    init_frontends();
    init_context();
    init_siblings();
    init_result_cache();
  }
});

// packages/cli/src/options.ts
import { parseArgs } from "node:util";
function parseMaxWarnings(value) {
  if (value === void 0) return void 0;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1)
    throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got '${value}'`);
  const n = Number(value);
  return n === -1 ? void 0 : n;
}
function joinNegativeNumbers(argv) {
  const joined = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === "--max-warnings" && next !== void 0 && /^-\d+$/.test(next)) {
      joined.push(`--max-warnings=${next}`);
      i++;
    } else {
      joined.push(argv[i]);
    }
  }
  return joined;
}
function describeParseArgsError(error) {
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && quoted !== void 0) {
    const option = quoted.replace(/=.*$/, "");
    const why2 = NOT_OFFERED[option];
    return `unknown option '${option}'${why2 ? `: ${why2}` : ""}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && quoted !== void 0) {
    const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    if (/argument missing/.test(error.message)) return `${name} needs a value`;
    if (/does not take an argument/.test(error.message)) return `${name} takes no value`;
  }
  return error.message;
}
function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv),
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        rule: { type: "string", multiple: true, default: [] },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        "print-config": { type: "string" },
        "list-rules": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        verbose: { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        init: { type: "boolean", default: false },
        "suppress-all": { type: "boolean", default: false },
        "suppress-rule": { type: "string", multiple: true, default: [] },
        "suppressions-location": { type: "string" },
        "prune-suppressions": { type: "boolean", default: false },
        "pass-on-unpruned-suppressions": { type: "boolean", default: false },
        explain: { type: "string" },
        cache: { type: "boolean", default: false },
        "cache-location": { type: "string" },
        "cache-strategy": { type: "string" }
      }
    });
  } catch (error) {
    throw new UsageError(describeParseArgsError(error));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format '${values.format}' (expected ${FORMATS.join(", ")})`);
  if (values.stdin && !values["stdin-filename"])
    throw new UsageError("--stdin needs --stdin-filename <path>: the file name picks the language");
  if (values["stdin-filename"] && !values.stdin)
    throw new UsageError("--stdin-filename is only meaningful with --stdin");
  if (values.verbose && !values.version) throw new UsageError("--verbose is only meaningful with --version");
  if (values.fix && values.stdin) throw new UsageError("--fix rewrites files; it does not apply to --stdin");
  if (values.stdin && positionals.length)
    throw new UsageError("--stdin lints standard input; do not also give paths");
  if (values.color && values["no-color"])
    throw new UsageError("--color and --no-color contradict each other");
  if (values.init && (positionals.length || values.stdin))
    throw new UsageError("--init sets up the current directory; it takes no paths");
  const suppressRules = values["suppress-rule"];
  if (values["suppress-all"] && suppressRules.length)
    throw new UsageError("--suppress-all and --suppress-rule cannot be used together");
  if (values["prune-suppressions"] && (values["suppress-all"] || suppressRules.length))
    throw new UsageError(
      `--${values["suppress-all"] ? "suppress-all" : "suppress-rule"} and --prune-suppressions cannot be used together`
    );
  if (values.stdin && (values["suppress-all"] || suppressRules.length || values["prune-suppressions"] || values["suppressions-location"] || values["pass-on-unpruned-suppressions"]))
    throw new UsageError("bulk suppressions do not apply to --stdin (as in ESLint)");
  if (values.cache && values.stdin)
    throw new UsageError("--cache applies to files; standard input is always analysed afresh");
  const cacheStrategy = values["cache-strategy"] ?? "metadata";
  if (cacheStrategy !== "metadata" && cacheStrategy !== "content")
    throw new UsageError("--cache-strategy expects metadata or content");
  let explain2;
  if (values.explain !== void 0) {
    const match = /^(.+):(\d+)$/.exec(values.explain);
    if (!match || Number(match[2]) < 1)
      throw new UsageError("--explain expects <file>:<line>, e.g. dags/etl.py:42");
    if (positionals.length || values.stdin || values.fix || values["suppress-all"] || suppressRules.length || values["prune-suppressions"])
      throw new UsageError(
        "--explain looks at one line of one file; give no paths, --stdin, --fix or suppression options"
      );
    if (values.format !== "stylish") throw new UsageError("--explain prints text; it takes no --format");
    explain2 = { file: match[1], line: Number(match[2]) };
  }
  return {
    ...explain2 ? { explain: explain2 } : {},
    paths: positionals,
    format,
    ...values["output-file"] ? { outputFile: values["output-file"] } : {},
    ...values.config ? { config: values.config } : {},
    ...values["max-warnings"] !== void 0 ? { maxWarnings: parseMaxWarnings(values["max-warnings"]) } : {},
    quiet: values.quiet,
    fix: values.fix,
    rules: values.rule.map((id) => id.replace(/^dag-transport\//, "")),
    ...values["print-config"] ? { printConfig: values["print-config"] } : {},
    listRules: values["list-rules"],
    stdin: values.stdin,
    ...values["stdin-filename"] ? { stdinFilename: values["stdin-filename"] } : {},
    help: values.help,
    version: values.version,
    verbose: values.verbose,
    ...values.color ? { color: true } : values["no-color"] ? { color: false } : {},
    init: values.init,
    suppressAll: values["suppress-all"],
    suppressRules: suppressRules.map((id) => id.replace(/^dag-transport\//, "")),
    ...values["suppressions-location"] ? { suppressionsLocation: values["suppressions-location"] } : {},
    pruneSuppressions: values["prune-suppressions"],
    passOnUnprunedSuppressions: values["pass-on-unpruned-suppressions"],
    cache: values.cache,
    ...values["cache-location"] !== void 0 ? { cacheLocation: values["cache-location"] } : {},
    cacheStrategy
  };
}
var FORMATS, UsageError, HELP_OPTIONS, NOT_OFFERED;
var init_options = __esm({
  "packages/cli/src/options.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "junit"];
    UsageError = class extends Error {
      name = "UsageError";
    };
    HELP_OPTIONS = `Options:
  -f, --format <name>         Output format: stylish (default), json (ESLint's), sarif (SARIF 2.1.0),
                              github (GitHub Actions annotations), gitlab (GitLab Code Quality),
                              junit (JUnit XML)
  -o, --output-file <path>    Write the report to a file instead of standard output
  -c, --config <path>         Use this configuration file instead of discovering one
      --max-warnings <n>      Exit 1 when there are more than n warnings (-1: no limit, the default)
      --quiet                 Report errors only (warnings still count for --max-warnings)
      --rule <id>             Run only this rule; repeat for several
      --fix                   Remove suppressions that suppress nothing (and change nothing else)
      --cache                 Only analyse files whose content, configuration, sibling files or
                              imported modules changed since the last run with --cache
      --cache-location <path> The cache file, or a directory to put it in (default:
                              .dag-transport-cache in the current directory)
      --cache-strategy <name> How --cache tells that a file is unchanged: metadata (the default:
                              same inode, size, mtime and ctime as when it was hashed; else its
                              content is hashed) or content (always hash the content)
      --stdin                 Lint the text on standard input (needs --stdin-filename)
      --stdin-filename <path> The file the standard input stands for (picks the language)
      --print-config <file>   Print the configuration that applies to <file> as JSON, and exit
      --list-rules            List the rules with their configured severity, and exit
      --color, --no-color     Force colour on or off (default: on for a terminal; FORCE_COLOR and
                              NO_COLOR are honoured)
      --suppress-all          Record every error-level finding in the bulk suppressions file, so
                              that only new ones fail later runs (as ESLint's --suppress-all)
      --suppress-rule <id>    The same for one rule's findings; repeat for several
      --suppressions-location <file>
                              The bulk suppressions file (default: dag-transport-suppressions.json
                              at the repository root)
      --prune-suppressions    Remove recorded counts that no finding needs any more
      --pass-on-unpruned-suppressions
                              Do not fail (exit 2) on recorded counts no finding needs any more
      --explain <file>:<line> Explain why that line is or is not a finding (the task, the values
                              and locations it hands on, what made them, what was reported or
                              suppressed), and exit
      --init                  Add a starter [tool.dag-transport] table to pyproject.toml (or write
                              dag-transport.config.toml), print the pre-commit, ESLint and
                              workflow snippets, and exit
  -h, --help                  Show this help
  -v, --version               Show the version (with --verbose: Node.js, and which Python parser
                              loaded: native tree-sitter or its WebAssembly build)`;
    NOT_OFFERED = {
      "--fix-dry-run": "--fix only removes suppressions that suppress nothing; conversions are offered as suggestions, never applied (they change what the next task receives)",
      "--watch": "dag-transport does not watch files; run it from your editor's ESLint integration instead"
    };
  }
});

// packages/cli/src/init.ts
var init_exports = {};
__export(init_exports, {
  CONFIGURATION_DOCS_URL: () => CONFIGURATION_DOCS_URL,
  integrationSnippets: () => integrationSnippets,
  runInit: () => runInit,
  writeStarterConfig: () => writeStarterConfig
});
import { appendFileSync, writeFileSync as writeFileSync4 } from "node:fs";
import path22 from "node:path";
function starterToml(table) {
  return [
    ...table ? [`[${table}]`] : [],
    `# dag-transport: ${CONFIGURATION_DOCS_URL}`,
    "# Paths to skip, as .gitignore patterns relative to this file.",
    "ignores = []",
    "",
    table ? `[${table}.rules]` : "[rules]",
    '# Every rule runs at its recommended severity. Set one to "off", "warn" or "error",',
    "# with options as the rule's page describes, e.g.:",
    '# no-unserializable-xcom = ["error", { registeredSerializers = ["pandas.DataFrame"] }]',
    '# no-tmp-staging = ["error", { tempPrefixes = ["/tmp", "/var/tmp", "/scratch"] }]'
  ];
}
function writeStarterConfig(cwd, rules) {
  const source = diskConfigSource();
  for (const name of CONFIG_FILE_NAMES) {
    if (name === "pyproject.toml") continue;
    const candidate = path22.join(cwd, name);
    const read2 = source.read(candidate);
    if (!("missing" in read2 && read2.missing))
      throw new UsageError(`${name} already exists here; --init does not change an existing configuration`);
  }
  let shadowed;
  if (source.boundary(cwd) !== path22.resolve(cwd))
    try {
      shadowed = new ConfigResolver(rules, { source }).forDirectory(path22.dirname(cwd)).filePath;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      shadowed = error.filePath;
    }
  if (shadowed !== void 0 && path22.dirname(shadowed) === cwd) shadowed = void 0;
  const pyproject = path22.join(cwd, "pyproject.toml");
  const read = readWorkspaceText(pyproject, { root: cwd });
  if ("missing" in read && read.missing) {
    const file = path22.join(cwd, "dag-transport.config.toml");
    writeFileSync4(file, `${starterToml(void 0).join("\n")}
`, { flag: "wx" });
    return { file, appended: false, ...shadowed ? { shadowed } : {} };
  }
  if ("problem" in read) throw new UsageError(`cannot read pyproject.toml: ${read.problem}`);
  const existing = read.text;
  let parsed;
  try {
    parsed = parseDataFile(existing, pyproject);
  } catch (error) {
    throw new UsageError(
      `pyproject.toml does not parse (${error.reason}); fix it before --init appends to it`
    );
  }
  const tool = parsed.tool;
  if (tool && typeof tool === "object" && "dag-transport" in tool)
    throw new UsageError(
      "pyproject.toml already has a [tool.dag-transport] table; --init does not change an existing configuration"
    );
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  const separator = existing.length === 0 ? "" : existing.endsWith("\n") ? eol : `${eol}${eol}`;
  const addition = separator + starterToml("tool.dag-transport").join(eol) + eol;
  try {
    if (!parseConfigText(existing + addition, pyproject, rules)) throw new Error("no table");
  } catch {
    throw new UsageError(
      "pyproject.toml cannot take a [tool.dag-transport] table at its end (is `tool` an inline table?); add it by hand"
    );
  }
  appendFileSync(pyproject, addition);
  return { file: pyproject, appended: true, ...shadowed ? { shadowed } : {} };
}
function integrationSnippets(cwd) {
  const packageJson = readWorkspaceText(path22.join(cwd, "package.json"), { root: cwd });
  let esm = false;
  if ("text" in packageJson) {
    try {
      esm = JSON.parse(packageJson.text).type === "module";
    } catch {
      esm = false;
    }
  }
  const eslintFile = esm ? "eslint.config.js" : "eslint.config.mjs";
  return `
pre-commit (.pre-commit-config.yaml), then \`pre-commit install\`:

repos:
  - repo: https://github.com/dag-transport/dag-transport
    rev: 0123456789abcdef0123456789abcdef01234567 # a commit SHA until the first release; then a tag (v0.1.0)
    hooks:
      - id: dag-transport

ESLint, for the editor (npm install --save-dev eslint eslint-plugin-dag-transport), in ${eslintFile}:

import { projectConfig } from "eslint-plugin-dag-transport";

export default [...projectConfig(import.meta.dirname)];

GitHub, the pull request gate (.github/workflows/dag-transport.yml):

on: [pull_request, merge_group]
permissions:
  contents: read
  pull-requests: write
  checks: write
jobs:
  dag-transport:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: dag-transport/dag-transport@0123456789abcdef0123456789abcdef01234567 # a commit SHA, or a tag once released
`;
}
function runInit(cwd, rules) {
  const outcome2 = writeStarterConfig(cwd, rules);
  const name = path22.relative(cwd, outcome2.file) || outcome2.file;
  const lines2 = [
    outcome2.appended ? `Added a [tool.dag-transport] table at the end of ${name}.` : `Wrote ${name} (no pyproject.toml here).`
  ];
  if (outcome2.shadowed)
    lines2.push(
      `Note: files here used ${outcome2.shadowed} until now; the nearest configuration wins whole (they do not merge).`
    );
  lines2.push(`Every key: ${CONFIGURATION_DOCS_URL}`);
  return `${lines2.join("\n")}
${integrationSnippets(cwd)}`;
}
var CONFIGURATION_DOCS_URL;
var init_init = __esm({
  "packages/cli/src/init.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_options();
    CONFIGURATION_DOCS_URL = "https://github.com/dag-transport/dag-transport/blob/main/docs/configuration.md";
  }
});

// packages/cli/src/info.ts
var info_exports = {};
__export(info_exports, {
  listRules: () => listRules,
  printConfig: () => printConfig,
  resolvedRules: () => resolvedRules
});
function resolvedRules(rules, settings) {
  return Object.fromEntries(
    rules.map((rule) => {
      const { severity, options } = resolveRuleSetting(rule, settings);
      return [rule.id, [severity, options]];
    })
  );
}
function listRules(rules, settings, json) {
  if (json) {
    const list = rules.map((rule) => ({
      id: rule.id,
      description: rule.meta.description,
      recommendedSeverity: rule.meta.recommendedSeverity,
      severity: resolveRuleSetting(rule, settings).severity,
      docs: ruleDocsUrl(rule.id)
    }));
    return `${JSON.stringify(list, null, 2)}
`;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((rule) => {
    const { severity } = resolveRuleSetting(rule, settings);
    return `${rule.id.padEnd(width)}  ${severity.padEnd(5)}  ${rule.meta.description}
`;
  }).join("");
}
function printConfig(filePath, config, rules) {
  const project = findLeoflowProject(filePath);
  const view = {
    filePath,
    configFile: config.filePath ?? null,
    language: frontendFor(filePath)?.language ?? null,
    rules: resolvedRules(rules, config.rules),
    ignores: config.ignores,
    airflowVersion: airflowVersionView(filePath, config),
    leoflowProject: project ? {
      filePath: project.filePath,
      dagSource: project.dagSource,
      stagingEnabled: project.stagingEnabled,
      ...project.problem ? { problem: `${project.problem.message} (line ${project.problem.span.line})` } : {}
    } : null,
    siblingFiles: readSiblingFiles(filePath).map((s) => ({
      kind: s.kind,
      filePath: s.filePath,
      ...s.problem ? { problem: s.problem } : {}
    }))
  };
  return `${terminalJson(view, 2)}
`;
}
function airflowVersionView(filePath, config) {
  for (const ruleId of ["no-unserializable-xcom", "xcom-backend-config"]) {
    const option = config.rules[ruleId]?.options?.airflowVersion;
    if (option !== void 0)
      return {
        version: String(option),
        from: "option",
        reason: `the \`airflowVersion\` option of ${ruleId}${config.filePath ? ` in ${config.filePath}` : ""}`
      };
  }
  const detected = detectAirflowVersion(filePath);
  if (detected)
    return {
      version: detected.version,
      from: "repository",
      reason: `pinned by ${detected.reason}`,
      ...detected.file ? { file: detected.file } : {},
      ...detected.line ? { line: detected.line } : {}
    };
  return {
    version: NEWEST_AIRFLOW_VERSION,
    from: "default",
    reason: "no airflowVersion option and no pin found (requirements*.txt, constraints*.txt, pyproject.toml, Dockerfile FROM apache/airflow:X, compose image, Helm airflowVersion): the newest facts apply"
  };
}
var init_info = __esm({
  "packages/cli/src/info.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_src2();
    init_src3();
    init_rules();
  }
});

// packages/cli/src/fix.ts
var fix_exports = {};
__export(fix_exports, {
  fixUnusedSuppressions: () => fixUnusedSuppressions
});
import { writeFileSync as writeFileSync5 } from "node:fs";
function fixUnusedSuppressions(results, relint) {
  const fixed = [];
  const refused = [];
  const out = results.map((result) => {
    const edits = result.messages.flatMap((m) => m.fix ? [m.fix] : []);
    if (!edits.length) return result;
    const read = readWorkspaceBytes(result.filePath);
    if ("problem" in read) return result;
    const decoded = decodeSource(read.bytes);
    if ("problem" in decoded) return result;
    const text = applyEdits(decoded.text, edits);
    const after = relint(result.filePath, text);
    const fatal = (r) => r.messages.filter((m) => m.fatal).length;
    if (fatal(after) > fatal(result)) {
      refused.push(result.filePath);
      return result;
    }
    const bom = BOM.every((byte, i) => read.bytes[i] === byte);
    writeFileSync5(result.filePath, (bom ? "\uFEFF" : "") + text);
    fixed.push(result.filePath);
    return after;
  });
  return { results: out, fixed, refused };
}
var BOM;
var init_fix = __esm({
  "packages/cli/src/fix.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    BOM = [239, 187, 191];
  }
});

// packages/cli/src/explain.ts
var explain_exports = {};
__export(explain_exports, {
  explainLine: () => explainLine
});
function messageLine(message) {
  const severity = message.severity === 2 ? "error" : "warning";
  const rule = message.ruleId ?? (message.fatal ? "file not analysed" : "suppression");
  return `  ${severity} ${rule} (column ${message.column}): ${message.message}`;
}
function suppressedLine(message) {
  const by = message.suppressions.map(
    (s) => s.kind === "file" ? "the bulk suppressions file" : `an inline suppression: ${s.justification}`
  ).join("; ");
  return `  ${message.ruleId}: suppressed by ${by}
    ${message.message}`;
}
function explainLine(model, result, shownPath, line) {
  const out = [`${shownPath}:${line}`];
  const findings = result.messages.filter((m) => m.line <= line && line <= (m.endLine ?? m.line));
  const suppressed = result.suppressedMessages.filter((m) => m.line <= line && line <= (m.endLine ?? m.line));
  if (!model) {
    out.push("No frontend reads this kind of file: nothing in it is analysed.");
  } else {
    const tasks = model.tasks.filter((t) => on(t.span, line) || t.codeSpan && on(t.codeSpan, line));
    const task = tasks.sort((a, b) => b.span.line - a.span.line)[0];
    out.push(
      task ? `Task: ${task.id}${task.dagId ? ` of DAG ${task.dagId}` : ""} (${task.style}, ${lines(task.span)}; its return is ${task.returnRole}${task.multipleOutputs ? ", multiple_outputs" : ""})${task.unsound ? " \u2014 contains a syntax error: its findings are dropped" : ""}` : "Task: none \u2014 this line is outside every task the analysis found (module-level code is judged only as DAG wiring)."
    );
    const handoffs = model.handoffs.filter((h) => on(h.span, line));
    for (const h of handoffs) {
      out.push(`Handoff: ${h.taskId} hands on \`${h.expression}\` as XCom ${h.channel} (key ${h.key})`);
      if (!h.values.length)
        out.push("  value: no non-JSON kind known \u2014 JSON, or unknown (unknown is never a finding)");
      for (const v of h.values)
        out.push(
          `  value${v.path ? ` at ${v.path}` : ""}: ${v.typeName} (${v.qualifiedType}), made by ${v.madeBy} at line ${v.madeAt.line}`
        );
      for (const l of h.locations) out.push(`  refers to location: ${l.pattern} (${l.medium})`);
    }
    for (const op of model.storage.filter((o) => on(o.span, line))) {
      const notes = [
        op.location.temp ? `pod-local temp: ${op.location.temp.reason}` : "",
        op.location.staging ? `staging volume ${op.location.staging.variable}` : "",
        op.location.stagingFallback ? `falls back to ${op.location.stagingFallback.fallback} when ${op.location.stagingFallback.variable} is unset` : ""
      ].filter(Boolean);
      out.push(
        `Storage: ${op.taskId} ${op.access === "write" ? "writes" : "reads"} ${op.location.pattern} (${op.location.medium}) through ${op.api}${notes.length ? `; ${notes.join("; ")}` : ""}`
      );
      if (op.matchedBy) out.push(`  matched: ${op.matchedBy}`);
    }
    const unplaced = (model.unplacedStorage ?? []).filter((u) => on(u.span, line));
    const said = /* @__PURE__ */ new Set();
    for (const u of unplaced) {
      const text = `Storage: ${u.taskId} ${u.access === "write" ? "writes" : "reads"} a place the analysis cannot name (\`${u.api}\` is known; its argument is not followed) \u2014 unknown, never a finding`;
      if (said.has(text)) continue;
      said.add(text);
      out.push(text);
      if (u.matchedBy) out.push(`  matched: ${u.matchedBy}`);
    }
    for (const c of model.consumptions.filter((x) => on(x.span, line)))
      out.push(
        `XCom taken in: ${c.taskId} takes ${c.fromTaskId}'s XCom${c.key ? ` ${c.key}` : ""} (${c.via})`
      );
    for (const d of model.diagnostics.filter((x) => on(x.span, line)))
      out.push(`Diagnostic${d.fatal ? " (fatal: not analysed)" : ""}: ${d.message}`);
    if (!handoffs.length && !unplaced.length && !model.storage.some((o) => on(o.span, line)) && !model.consumptions.some((x) => on(x.span, line)))
      out.push(
        "Facts: no handoff, storage read or write, or XCom taken in on this line \u2014 the rules judge nothing here (a call the catalogs do not know is not a storage operation: docs/knowledge.md lists what they know, and how to declare a team's own API)."
      );
  }
  out.push(findings.length ? "Reported:" : "Reported: nothing on this line.");
  out.push(...findings.map(messageLine));
  for (const message of result.messages)
    for (const related of message.relatedLocations ?? [])
      if (related.file === void 0 && related.line <= line && line <= related.endLine && !findings.includes(message))
        out.push(
          `Part of the finding at line ${message.line} (${message.ruleId ?? "no rule"}): ${related.message}`
        );
  if (suppressed.length) out.push("Suppressed:", ...suppressed.map(suppressedLine));
  return `${out.map((l) => terminalExplained(l)).join("\n")}
`;
}
function terminalExplained(line) {
  return line.split("\n").map(terminalText).join("\n");
}
var on, lines;
var init_explain = __esm({
  "packages/cli/src/explain.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    on = (span, line) => span.line <= line && line <= span.endLine;
    lines = (span) => span.line === span.endLine ? `line ${span.line}` : `lines ${span.line}\u2013${span.endLine}`;
  }
});

// packages/cli/src/index.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/cli/src/main.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
init_rules();
init_src3();
import { readFileSync as readFileSync2, statSync as statSync4 } from "node:fs";
import path23 from "node:path";

// packages/cli/src/bulk.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
init_options();
import { existsSync as existsSync3, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path20 from "node:path";
function writeAtomically(filePath, text) {
  const temporary = path20.join(path20.dirname(filePath), `.${path20.basename(filePath)}.${process.pid}.tmp`);
  try {
    writeFileSync2(temporary, text, { flag: "wx" });
    renameSync2(temporary, filePath);
  } finally {
    rmSync2(temporary, { force: true });
  }
}
function bulkSuppressions(results, options, cwd) {
  const root = findRepositoryRoot(cwd) ?? path20.resolve(cwd);
  const filePath = options.suppressionsLocation ? path20.resolve(cwd, options.suppressionsLocation) : path20.join(root, BULK_SUPPRESSIONS_FILE);
  const suppressing = options.suppressAll || options.suppressRules.length > 0;
  const ran = options.rules.length ? (ruleId) => options.rules.some((id) => `${RULE_ID_PREFIX}${id}` === ruleId) : () => true;
  const scope = { root, ran };
  let recorded = readBulkSuppressions(
    filePath,
    options.suppressionsLocation ? workspaceRootFor(filePath, cwd) : root
  );
  if (recorded === void 0 && options.suppressionsLocation && !suppressing)
    throw new UsageError(
      `the suppressions file ${options.suppressionsLocation} does not exist; create it with --suppress-all or --suppress-rule`
    );
  if (suppressing) {
    const rules = options.suppressRules.length ? new Set(options.suppressRules.map((id) => `${RULE_ID_PREFIX}${id}`)) : void 0;
    recorded = recordBulkSuppressions(recorded ?? /* @__PURE__ */ new Map(), results, scope, rules);
    writeAtomically(filePath, serializeBulkSuppressions(recorded));
  } else if (options.pruneSuppressions && recorded !== void 0) {
    const { unused } = applyBulkSuppressions(results, recorded, scope);
    recorded = pruneBulkSuppressions(recorded, unused, existsSync3, root);
    writeAtomically(filePath, serializeBulkSuppressions(recorded));
  }
  if (recorded === void 0) return { results, unused: /* @__PURE__ */ new Map() };
  return applyBulkSuppressions(results, recorded, scope);
}

// packages/cli/src/main.ts
init_options();

// packages/cli/src/outcome.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
function errorsOnly(result) {
  return makeResult(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
    result.suppressedMessages.filter((m) => m.severity === 2)
  );
}
function outcome(results, options) {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== void 0 && warnings > options.maxWarnings;
  return {
    shown: options.quiet ? results.map(errorsOnly) : [...results],
    errors,
    warnings,
    tooManyWarnings,
    exitCode: errors > 0 || tooManyWarnings ? 1 : 0
  };
}

// packages/cli/src/output.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import { existsSync as existsSync4, mkdirSync, readFileSync, writeFileSync as writeFileSync3 } from "node:fs";
import path21 from "node:path";
import { fileURLToPath } from "node:url";
var INFORMATION_URI = "https://github.com/dag-transport/dag-transport";
function findUp(relative2, from = path21.dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const candidate = path21.join(dir, relative2);
    if (existsSync4(candidate)) return candidate;
    const parent = path21.dirname(dir);
    if (parent === dir || path21.basename(parent) === "node_modules") return void 0;
    dir = parent;
  }
}
function toolVersion() {
  const manifest = findUp("package.json");
  if (!manifest) return "0.0.0";
  return JSON.parse(readFileSync(manifest, "utf8")).version ?? "0.0.0";
}
function ruleDocMarkdown(ruleId) {
  const page = findUp(path21.join("docs", "rules", `${ruleId}.md`));
  return page ? readFileSync(page, "utf8") : void 0;
}
function render(format, results, context) {
  switch (format) {
    case "json":
      return `${formatJson(results)}
`;
    case "sarif":
      return formatSarif(results, {
        rules: context.rules,
        cwd: context.cwd,
        toolVersion: toolVersion(),
        informationUri: INFORMATION_URI,
        sourceOf: context.sourceOf,
        helpMarkdownOf: ruleDocMarkdown
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
function writeReport(report2, outputFile, cwd) {
  if (outputFile) {
    const target = path21.resolve(cwd, outputFile);
    mkdirSync(path21.dirname(target), { recursive: true });
    writeFileSync3(target, report2);
  } else {
    process.stdout.write(report2);
  }
}

// packages/cli/src/rule-filter.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_options();
function onlyRules(selected, settings, rules) {
  if (!selected.length) return settings;
  const known = new Set(rules.map((r) => r.id));
  const unknown = selected.filter((id) => !known.has(id));
  if (unknown.length)
    throw new UsageError(`unknown rule '${unknown.join("', '")}' (known rules: ${[...known].join(", ")})`);
  const narrowed = {};
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (!selected.includes(rule.id)) narrowed[rule.id] = { severity: "off" };
    else if (setting?.severity === "off")
      narrowed[rule.id] = { ...setting, severity: rule.meta.recommendedSeverity };
    else if (setting) narrowed[rule.id] = setting;
  }
  return narrowed;
}

// packages/cli/src/terminal.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
function colorEnabled({ flag, env, stdoutIsTTY, toFile }) {
  if (flag !== void 0) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  if (env.NO_COLOR) return false;
  return stdoutIsTTY;
}
var MACHINE_FORMATS = /* @__PURE__ */ new Set(["json", "sarif", "github", "gitlab", "junit"]);
function progressAllowed(inputs) {
  return inputs.stderrIsTTY && !MACHINE_FORMATS.has(inputs.format) && !inputs.stdin;
}
var PROGRESS_DELAY_MS = 1e3;
var PROGRESS_DELAY_ENV = "DAG_TRANSPORT_PROGRESS_DELAY_MS";
function progressDelay(env) {
  const value = env[PROGRESS_DELAY_ENV];
  return value !== void 0 && /^\d+$/.test(value.trim()) ? Number(value) : PROGRESS_DELAY_MS;
}
function startProgress(total, stream, delayMs = PROGRESS_DELAY_MS, now = Date.now) {
  const started = now();
  let done = 0;
  let shown = false;
  let lastDraw = 0;
  const draw = () => {
    const text = `dag-transport: ${done}/${total} files`;
    stream.write(`\r${text}\x1B[K`);
    shown = true;
    lastDraw = now();
  };
  const timer = setTimeout(draw, delayMs);
  timer.unref();
  return {
    tick() {
      done++;
      const t = now();
      if (t - started >= delayMs && t - lastDraw >= 100) draw();
    },
    stop() {
      clearTimeout(timer);
      if (shown) stream.write("\r\x1B[K");
    }
  };
}

// packages/cli/src/main.ts
var HELP = `Usage: dag-transport [options] [paths...]
       dag-transport review [options]     (GitHub pull request gate; see 'dag-transport review --help')

Lint workflow DAG files (Python and TypeScript) for unsafe data handoffs between tasks.
Paths default to the current directory; folders are searched recursively and .gitignore is honoured.

${HELP_OPTIONS}

Exit codes: 0 clean, 1 error-level findings or more warnings than --max-warnings,
2 usage, configuration or internal error, or unused bulk suppressions (see --prune-suppressions).
Rules: ${allRules.map((r) => r.id).join(", ")}
`;
function usageError(message) {
  process.stderr.write(`dag-transport: ${terminalText(message)}
Run 'dag-transport --help' for usage.
`);
  return 2;
}
function internalError(error) {
  if (!(error instanceof Error)) return terminalText(String(error));
  const head = String(error);
  const stack = error.stack ?? head;
  return stack.startsWith(head) ? terminalText(head) + terminalLines(stack.slice(head.length)) : terminalText(stack);
}
function configResolver(options, cwd) {
  return new ConfigResolver(allRules, {
    source: diskConfigSource(),
    ...options.config ? { explicitFile: path23.resolve(cwd, options.config) } : {}
  });
}
function lintStdin(filePath, lintOptions) {
  const source = decodeSource(readFileSync2(0), decodeOptionsFor(filePath));
  if ("problem" in source) return { result: fatalResult(filePath, source.problem) };
  const result = lintText(source.text, filePath, {
    ...lintOptions,
    siblingFiles: readSiblingFiles(filePath)
  });
  return { result, text: source.text };
}
async function main(argv, cwd = process.cwd()) {
  if (argv[0] === "review") {
    await initPythonParser();
    return (await import("./review.js")).runReview(argv.slice(1), { cwd });
  }
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    return usageError(error.message);
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(options.verbose ? await verboseVersion() : `${toolVersion()}
`);
    return 0;
  }
  try {
    if (options.init) {
      process.stdout.write((await Promise.resolve().then(() => (init_init(), init_exports))).runInit(cwd, allRules));
      return 0;
    }
    const configs = configResolver(options, cwd);
    onlyRules(options.rules, {}, allRules);
    onlyRules(options.suppressRules, {}, allRules);
    configs.forDirectory(cwd);
    const lintOptionsOf = (config) => ({
      settings: onlyRules(options.rules, config.rules, allRules),
      reportUnusedSuppressions: config.reportUnusedSuppressions
    });
    if (options.listRules) {
      const { listRules: listRules2 } = await Promise.resolve().then(() => (init_info(), info_exports));
      process.stdout.write(listRules2(allRules, configs.forDirectory(cwd).rules, options.format === "json"));
      return 0;
    }
    if (options.printConfig) {
      const filePath = path23.resolve(cwd, options.printConfig);
      const { printConfig: printConfig2 } = await Promise.resolve().then(() => (init_info(), info_exports));
      process.stdout.write(printConfig2(filePath, configs.forFile(filePath), allRules));
      return 0;
    }
    if (options.explain || options.stdin || options.fix) await initPythonParser();
    if (options.explain)
      return await explain(
        options.explain,
        options,
        cwd,
        lintOptionsOf(configs.forFile(path23.resolve(cwd, options.explain.file)))
      );
    let results;
    const stdinSources = /* @__PURE__ */ new Map();
    if (options.stdin) {
      const filePath = path23.resolve(cwd, options.stdinFilename);
      const { result, text } = lintStdin(filePath, lintOptionsOf(configs.forFile(filePath)));
      if (text !== void 0) stdinSources.set(filePath, text);
      results = [result];
    } else {
      let excludedFolder;
      let excludedConfig;
      const selection = selectFiles(
        options.paths.length ? options.paths : ["."],
        cwd,
        sourceExtensions,
        // One configuration per folder: every entry of a folder (a file, a subfolder) has the
        // folder's (`forFile` of an entry is `forDirectory` of its folder).
        (absolutePath, isDirectory, folder) => {
          if (folder !== excludedFolder) {
            excludedFolder = folder;
            excludedConfig = configs.forDirectory(folder);
          }
          return isIgnoredByConfig(excludedConfig, absolutePath, isDirectory, cwd);
        },
        // Deployment files are found by pattern, under the starting directory's configuration.
        deploymentPathMatcher(lintOptionsOf(configs.forDirectory(cwd)).settings ?? {}),
        // Folder listings answer this run's probes for missing files (cleared below).
        true
      );
      if (selection.missing.length)
        return usageError(`no such file or directory: ${selection.missing.join(", ")}`);
      results = selection.unreadable.map((u) => fatalResult(u.path, `Cannot read directory: ${u.message}`));
      const progress = progressAllowed({
        format: options.format,
        stderrIsTTY: Boolean(process.stderr.isTTY),
        stdin: false
      }) ? startProgress(selection.files.length, process.stderr, progressDelay(process.env)) : void 0;
      const cache = options.cache ? openCache(options, cwd) : void 0;
      try {
        results.push(
          ...await lintByConfig(
            selection.files,
            configs,
            lintOptionsOf,
            progress && (() => progress.tick()),
            cache,
            options.cacheStrategy
          )
        );
      } finally {
        progress?.stop();
        clearListings();
      }
      if (cache) {
        if ((process.env.DAG_TRANSPORT_DEBUG ?? "").split(",").includes("cache"))
          process.stderr.write(
            `dag-transport: cache: ${cache.stats.reused} reused (${cache.stats.hashed} hashed), ${cache.stats.linted.length} linted${cache.stats.linted.map((file) => ` ${terminalText(path23.relative(cwd, file).split(path23.sep).join("/"))}`).join("")}
`
          );
        if ((process.env.DAG_TRANSPORT_DEBUG ?? "").split(",").includes("frontends"))
          process.stderr.write(`dag-transport: frontends loaded: ${loadedFrontends().join(" ") || "none"}
`);
        const problem = cache.save();
        if (problem)
          process.stderr.write(
            `dag-transport: warning: could not write the cache file ${terminalText(path23.relative(cwd, cache.file) || cache.file)} (${terminalText(problem)}); results were not cached
`
          );
      }
    }
    if (options.fix) {
      const { fixUnusedSuppressions: fixUnusedSuppressions2 } = await Promise.resolve().then(() => (init_fix(), fix_exports));
      const fixed = fixUnusedSuppressions2(
        results,
        (filePath, text) => lintText(text, filePath, {
          ...lintOptionsOf(configs.forFile(filePath)),
          siblingFiles: readSiblingFiles(filePath)
        })
      );
      results = fixed.results;
      for (const file of fixed.refused)
        process.stderr.write(
          `dag-transport: --fix left ${terminalText(path23.relative(cwd, file) || file)} as it was: removing its unused suppressions would break its syntax
`
        );
    }
    let unusedBulk = /* @__PURE__ */ new Map();
    if (!options.stdin) ({ results, unused: unusedBulk } = bulkSuppressions(results, options, cwd));
    const exitCode = report(results, options, cwd, (filePath) => {
      const fromStdin = stdinSources.get(filePath);
      if (fromStdin !== void 0) return fromStdin;
      const source = readSource(filePath);
      return "text" in source ? source.text : void 0;
    });
    if (unusedBulk.size && !options.passOnUnprunedSuppressions) {
      process.stderr.write(unprunedMessage(unusedBulk));
      return 2;
    }
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    if (error instanceof SuppressionsFileError) {
      process.stderr.write(`dag-transport: ${terminalText(error.message)}
`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`dag-transport: invalid configuration: ${terminalText(error.message)}
`);
      return 2;
    }
    process.stderr.write(`dag-transport: internal error: ${internalError(error)}
`);
    return 2;
  } finally {
    clearListings();
  }
}
async function explain(target, options, cwd, lintOptions) {
  const filePath = path23.resolve(cwd, target.file);
  const source = readSource(filePath);
  if ("problem" in source) {
    if (source.missing) return usageError(`no such file: ${target.file}`);
    process.stdout.write(`${terminalText(reportPath(cwd, filePath))}: not analysed: ${source.problem}
`);
    return 0;
  }
  const lineCount = source.text.replace(/(\r\n|\r|\n)$/, "").split(/\r\n|\r|\n/).length;
  if (target.line > lineCount)
    return usageError(
      `${target.file} has ${lineCount} line${lineCount === 1 ? "" : "s"}; there is no line ${target.line}`
    );
  const withSiblings = { ...lintOptions, siblingFiles: readSiblingFiles(filePath) };
  const model = analyzeText(source.text, filePath, withSiblings);
  const [result] = bulkSuppressions([lintText(source.text, filePath, withSiblings)], options, cwd).results;
  const { explainLine: explainLine2 } = await Promise.resolve().then(() => (init_explain(), explain_exports));
  process.stdout.write(explainLine2(model, result, reportPath(cwd, filePath), target.line));
  return 0;
}
function unprunedMessage(unused) {
  const entries = [...unused].flatMap(
    ([file, counts]) => [...counts].map(
      ([rule, excess]) => `  ${terminalText(file)}: ${rule} (${excess} more recorded than found)`
    )
  );
  const shown = entries.slice(0, 10);
  if (entries.length > shown.length) shown.push(`  \u2026 and ${entries.length - shown.length} more`);
  return [
    `dag-transport: there are suppressions left that do not occur anymore (${unusedEntryCount(unused)} in the bulk suppressions file):`,
    ...shown,
    "Re-run with --prune-suppressions to remove them, or use --pass-on-unpruned-suppressions to ignore them.",
    ""
  ].join("\n");
}
function openCache(options, cwd) {
  const isDirectory = (p) => {
    try {
      return statSync4(p).isDirectory();
    } catch {
      return false;
    }
  };
  return ResultCache.load(cacheFilePath(options.cacheLocation, cwd, isDirectory), toolVersion());
}
async function lintByConfig(files, configs, lintOptionsOf, onFileDone, cache, strategy = "metadata") {
  const groups = /* @__PURE__ */ new Map();
  files.forEach((file, index) => {
    const config = configs.forFile(file);
    const group = groups.get(config);
    if (group) group.push(index);
    else groups.set(config, [index]);
  });
  const results = new Array(files.length);
  const siblings = /* @__PURE__ */ new Map();
  const checks = cache ? recordChecks(siblings, { strategy, onHashed: () => cache.stats.hashed++ }) : void 0;
  for (const [config, indexes] of groups) {
    const lintOptions = lintOptionsOf(config);
    const key = cache ? optionsKey(lintOptions) : "";
    const toLint = [];
    for (const fileIndex of indexes) {
      const file = files[fileIndex];
      const cached = cache && checks && cacheable(file) ? cache.lookup(file, key, checks) : void 0;
      if (cached) {
        results[fileIndex] = cached;
        onFileDone?.();
      } else toLint.push(fileIndex);
    }
    const toLintFiles = toLint.map((i) => files[i]);
    const poolOptions = { ...lintOptions, ...onFileDone ? { onFileDone } : {} };
    const linted = cache ? await lintFilesRecorded(toLintFiles, poolOptions) : (await lintFiles(toLintFiles, poolOptions)).map((result) => ({ result }));
    toLint.forEach((fileIndex, i) => {
      const { result, record } = linted[i];
      results[fileIndex] = result;
      if (cache && cacheable(files[fileIndex])) cache.store(files[fileIndex], key, record, result);
    });
  }
  return results;
}
async function verboseVersion() {
  let parser;
  try {
    const info = await initPythonParser();
    parser = info.kind === "native" ? `native (${info.runtime})` : `wasm (${info.runtime}${info.nativeUnavailable ? `; native not in use: ${info.nativeUnavailable}` : ""})`;
    parser += `, tree-sitter-python ${info.grammar}`;
  } catch (error) {
    parser = `none loaded: ${error.message}`;
  }
  return [
    `dag-transport ${toolVersion()}`,
    `node ${process.version} (${process.platform}-${process.arch})`,
    `python parser: ${parser}`,
    ""
  ].join("\n");
}
function report(results, options, cwd, sourceOf) {
  const { shown, warnings, tooManyWarnings, exitCode } = outcome(results, options);
  const text = render(options.format, shown, {
    cwd,
    rules: allRules,
    color: colorEnabled({
      ...options.color !== void 0 ? { flag: options.color } : {},
      env: process.env,
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      toFile: Boolean(options.outputFile)
    }),
    sourceOf
  });
  writeReport(text, options.outputFile, cwd);
  if (tooManyWarnings)
    process.stderr.write(
      `dag-transport: too many warnings (${warnings}, maximum allowed: ${options.maxWarnings}).
`
    );
  return exitCode;
}

// packages/cli/src/index.ts
init_src3();
init_rules();
init_src();
export {
  ConfigError,
  PARSER_ENV,
  WORKERS_ENV,
  allRules,
  formatGithub,
  formatJson,
  formatSarif,
  formatStylish,
  initPythonParser,
  lintFile,
  lintFiles,
  lintText,
  lintableExtensions,
  main,
  pythonParserInfo,
  selectFiles
};
