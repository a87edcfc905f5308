import { createRequire as __dagTransportCreateRequire } from "node:module";
const require = __dagTransportCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
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
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// <define:DAG_TRANSPORT_BUNDLED_GRAMMAR>
var define_DAG_TRANSPORT_BUNDLED_GRAMMAR_default;
var init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR = __esm({
  "<define:DAG_TRANSPORT_BUNDLED_GRAMMAR>"() {
    define_DAG_TRANSPORT_BUNDLED_GRAMMAR_default = { webTreeSitter: "0.25.10", grammar: "0.25.0" };
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
function terminalText(text2) {
  return text2.replace(UNSAFE, visible);
}
var UNSAFE, NAMED;
var init_terminal_text = __esm({
  "packages/core/src/terminal-text.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  }
});

// packages/core/src/rule.ts
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name2) => name2 in data ? terminalText(String(data[name2])) : whole
  );
}
var RULE_ID_PREFIX;
var init_rule = __esm({
  "packages/core/src/rule.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
    RULE_ID_PREFIX = "dag-transport/";
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
function checkSoundTasks(rule, model, options2, report) {
  const unsound = new Set(model.tasks.filter((t) => t.unsound).map((t) => t.id));
  rule.check(model, options2, (found) => {
    if (found.taskId !== void 0 && unsound.has(found.taskId)) return;
    report(found);
  });
}
function runRules(model, rules, settings = {}, suppressionSettings = {}) {
  const messages = model.diagnostics.map((d) => ({
    ruleId: null,
    severity: 2,
    ...d.fatal ? { fatal: true } : {},
    message: d.message,
    ...spanFields(d.span)
  }));
  const knownRuleIds = new Set(rules.map((r) => r.id));
  const ranRuleIds = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const { severity, options: options2 } = resolveRuleSetting(rule, settings);
    if (severity === "off") continue;
    ranRuleIds.add(rule.id);
    checkSoundTasks(rule, model, options2, (report) => {
      messages.push({
        ruleId: RULE_ID_PREFIX + rule.id,
        severity: severity === "error" ? 2 : 1,
        message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
        messageId: report.messageId,
        ...spanFields(report.span),
        ...report.related?.length ? {
          relatedLocations: report.related.map((r) => ({
            // Rules build these from source text (a variable, a fallback path).
            message: terminalText(r.message),
            ...r.file !== void 0 ? { file: r.file } : {},
            ...spanFields(r.span)
          }))
        } : {},
        ...report.suggestions?.length ? { suggestions: report.suggestions.map((s) => ({ desc: s.desc, fix: { ...s.fix } })) } : {}
      });
    });
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
function unusedSuppressions(model, used, knownRuleIds, unused) {
  if (unused.report === "off") return [];
  if (model.diagnostics.some((d) => d.fatal) || model.tasks.some((t) => t.unsound)) return [];
  const severity = unused.report === "error" ? 2 : 1;
  const out2 = [];
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
      out2.push({
        ruleId: null,
        severity,
        message: unusedSuppressionMessage(group),
        ...place(group[0]),
        ...fixOf(group[0])
      });
    }
  });
  return out2;
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

// node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/.pnpm/ignore@7.0.16/node_modules/ignore/index.js"(exports, module2) {
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
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
    var classSource = (negated, body2) => {
      if (negated) {
        return `[^\\/${body2}]`;
      }
      const source = `[${body2}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start2) => {
      const { length } = pattern;
      let index = start2 + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body2 = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body2 += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body2 += `-${escapeMember(to)}`;
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
            const name2 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body2 += POSIX_CLASSES[name2];
            prev = EMPTY;
            index = end;
          } else {
            body2 += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body2 += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body2)
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
      let out2 = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index, index + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index = length;
          } else {
            out2 += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out2 += char;
          index++;
        }
      }
      return {
        source: out2,
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
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
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
        (_, start2) => `${start2}**`,
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
          const last2 = source[source.length - 1];
          if (!last2 || last2 === TRAILING_WILDCARD || last2 === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last2 === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
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
    var separatorAfter = (run2, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
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
      let out2 = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run2.forEach((token, at2) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at2)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
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
    var checkSourceOf = (body2, prefix) => {
      if (body2[body2.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body2.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last2 = prefix[prefix.length - 1];
      return last2 === TRAILING_WILDCARD ? `${head}$` : last2 === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body2) => {
      const index = body2.indexOf(SLASH);
      return index < 0 || index === body2.length - 1;
    };
    var basenameOf = (path19) => {
      const end = path19.length - 1;
      const index = path19.lastIndexOf(
        SLASH,
        path19[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path19 : path19.slice(index + 1);
    };
    var parentOf = (path19) => {
      if (path19.charCodeAt(0) === SLASH_CODE || path19.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path19.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path19.length - 1;
      const cut = path19.lastIndexOf(
        SLASH,
        path19.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path19.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body2, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body2);
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
    var trimEnd = (body2, stripLineEnd) => {
      let lineEnd = body2.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body2[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body2[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body2[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body2.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body2[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body2.slice(0, end - 1) + SPACE : body2.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body2 = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body2[0] === "#") {
        return;
      }
      let negative = false;
      if (body2[0] === "!") {
        negative = true;
        body2 = body2.slice(1);
      }
      const last2 = body2[body2.length - 1];
      if (last2 === SPACE || stripLineEnd && (last2 === "\r" || last2 === "\n")) {
        body2 = trimEnd(body2, stripLineEnd);
      }
      if (!body2 || hasTrailingBackslash(body2)) {
        return;
      }
      body2 = body2.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body2);
      return new IgnoreRule(
        pattern,
        mark,
        body2,
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
        const isStr = isString(pattern);
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
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
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
      testLiteral(path19) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body: body2 }) => body2[body2.length - (body2[body2.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path19)) {
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
      test(path19, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path19) : path19;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path19
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
    var checkPath = (path19, originalPath, doThrow) => {
      if (!isString(path19)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path19) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path19)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path19) => {
      const first = path19.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path19.length === 1) {
        return true;
      }
      const second = path19.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path19.length === 2 || path19.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
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
      _test(originalPath, cache3, path19) {
        checkPath(
          path19,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path19 ? this._t(path19, cache3) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path19 = convertPath(target);
        if (!path19 || path19.charCodeAt(path19.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path19);
        }
        const dir = this._t(path19, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path19);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path19, cache3) {
        if (path19 in cache3) {
          return cache3[path19];
        }
        const parentPath = parentOf(path19);
        const parent = parentPath ? this._t(parentPath, cache3) : UNDEFINED;
        return cache3[path19] = parent && parent.ignored ? parent : this._rules.test(path19, MODE_IGNORE);
      }
      ignores(path19) {
        return this._test(path19, this._ignoreCache, convertPath(path19)).ignored;
      }
      createFilter() {
        return (path19) => !this.ignores(path19);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path19) {
        return this._test(path19, this._testCache, convertPath(path19));
      }
    };
    var factory = (options2) => new Ignore(options2);
    var isPathValid = (path19) => checkPath(convertPath(path19), path19, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path19) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path19) || isNotRelative(path19);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// packages/core/src/nesting.ts
function tooDeepAt(text2) {
  let depth = 0;
  for (let i2 = 0; i2 < text2.length; i2++) {
    const c = text2.charCodeAt(i2);
    if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i2;
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

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path19) {
      const ctrl = callVisitor(key, node, visitor, path19);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path19, ctrl);
        return visit_(key, ctrl, visitor, path19);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path19 = Object.freeze(path19.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path19);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path19 = Object.freeze(path19.concat(node));
          const ck = visit_("key", node.key, visitor, path19);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path19);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path19) {
      const ctrl = await callVisitor(key, node, visitor, path19);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path19, ctrl);
        return visitAsync_(key, ctrl, visitor, path19);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path19 = Object.freeze(path19.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path19);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path19 = Object.freeze(path19.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path19);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path19);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path19) {
      if (typeof visitor === "function")
        return visitor(key, node, path19);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path19);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path19);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path19);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path19);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path19);
      return void 0;
    }
    function replaceNode(key, path19, node) {
      const parent = path19[path19.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix] = parts2;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path19, value) {
      let v = value;
      for (let i2 = path19.length - 1; i2 >= 0; --i2) {
        const k = path19[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path19) => path19 == null || typeof path19 === "object" && !!path19[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path19, value) {
        if (isEmptyPath(path19))
          this.add(value);
        else {
          const [key, ...rest] = path19;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path19) {
        const [key, ...rest] = path19;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path19, keepScalar) {
        const [key, ...rest] = path19;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path19) {
        const [key, ...rest] = path19;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path19, value) {
        const [key, ...rest] = path19;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text2, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text2[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text2[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text2, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text2[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text2[++i2];
        } else {
          do {
            ch = text2[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text2[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start2, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path19, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path19, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path19) {
        if (Collection.isEmptyPath(path19)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path19) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path19, keepScalar) {
        if (Collection.isEmptyPath(path19))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path19, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path19) {
        if (Collection.isEmptyPath(path19))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path19) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path19, value) {
        if (Collection.isEmptyPath(path19)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path19), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path19, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last2 = tokens[tokens.length - 1];
      const end = last2 ? last2.offset + last2.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last2 = /[ \t]*(.*)/sy;
      last2.lastIndex = pos;
      match = last2.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path19) => {
      let item = cst;
      for (const [field, index] of path19) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path19) => {
      const parent = visit.itemAtPath(cst, path19.slice(0, -1));
      const field = path19[path19.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path19, item, visitor) {
      let ctrl = visitor(item, path19);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path19.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path19);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path19) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i2 = 0; i2 < list2.length; ++i2)
        if (list2[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i2 = 0; i2 < list2.length; ++i2) {
        switch (list2[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last2 = token.items[token.items.length - 1];
            if (last2 && !last2.sep && !last2.value && last2.start.length > 0 && findNonEmptyIndex(last2.start) === -1 && (token.indent === 0 || last2.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last2.start;
              else
                top.items.push({ start: last2.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last2 = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last2?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.cjs"(exports) {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    Object.defineProperties(exports, {
      __esModule: { value: true },
      [Symbol.toStringTag]: { value: "Module" }
    });
    function getLineColFromPtr(string, ptr) {
      let lines = string.slice(0, ptr).split(/\r?\n/);
      return [lines.length, lines.pop().length + 1];
    }
    function makeCodeBlock(string, line, column) {
      let lines = string.split(/\r?\n/);
      let codeblock = "";
      let numberLen = (Math.log10(line + 1) | 0) + 1;
      for (let i2 = line - 1; i2 <= line + 1; i2++) {
        let l = lines[i2 - 1];
        if (!l) continue;
        codeblock += i2.toString().padEnd(numberLen, " ");
        codeblock += ":  ";
        codeblock += l;
        codeblock += "\n";
        if (i2 === line) {
          codeblock += " ".repeat(numberLen + column + 2);
          codeblock += "^\n";
        }
      }
      return codeblock;
    }
    var TomlError = class TomlError2 extends Error {
      line;
      column;
      codeblock;
      constructor(message, options2) {
        const [line, column] = getLineColFromPtr(options2.toml, options2.ptr);
        const codeblock = makeCodeBlock(options2.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options2);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new TomlError2(message, {
          toml: ctx.s,
          ptr: ptr ?? ctx.p
        });
      }
    };
    function parseString(ctx) {
      let startPtr = ctx.p;
      let c = ctx.s.charCodeAt(ctx.p++);
      let first = c;
      let isLiteral = c === 39;
      let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
      if (isMultiline) {
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
        else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
      }
      let parsed = "";
      let sliceStart = ctx.p;
      let state = 0;
      for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
        else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
        else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
          if (isMultiline) {
            if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
            if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
          }
          if (!state) {
            let s = ctx.s.slice(sliceStart, ctx.p);
            parsed = parsed ? parsed + s : s;
          }
          ctx.p += isMultiline ? 3 : 1;
          return parsed;
        } else if (!state) {
          if (!isLiteral && c === 92) {
            parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
            state = 1;
          }
        } else if (state === 1) {
          if (c === 120 || c === 117 || c === 85) {
            let errPtr = ctx.p++ - 1;
            let value = 0;
            let len = c === 120 ? 2 : c === 117 ? 4 : 8;
            for (let j = 0; j < len; j++, ctx.p++) {
              let hex = ctx.s.charCodeAt(ctx.p);
              let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
              if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
              value = value << 4 | digit;
            }
            if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
            parsed += String.fromCodePoint(value);
            sliceStart = ctx.p--;
            state = 0;
          } else if (isMultiline && (c === 32 || c === 9)) state = 2;
          else {
            if (c === 98) parsed += "\b";
            else if (c === 116) parsed += "	";
            else if (c === 110) parsed += "\n";
            else if (c === 102) parsed += "\f";
            else if (c === 114) parsed += "\r";
            else if (c === 101) parsed += "\x1B";
            else if (c === 34) parsed += '"';
            else if (c === 92) parsed += "\\";
            else TomlError.x("unrecognised escape sequence", ctx);
            sliceStart = ctx.p + 1;
            state = 0;
          }
        } else if (c !== 32 && c !== 9) {
          if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
          state = !isLiteral && c === 92 ? 1 : 0;
          sliceStart = ctx.p;
        }
      }
      TomlError.x("unfinished string", ctx, startPtr);
    }
    var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    var TomlDate = class TomlDate2 extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype) prep: {
            if (fasttype < 3) {
              if (+date.slice(11, 13) > 23) {
                date = "";
                break prep;
              }
              if (fasttype === 2) {
                offset = null;
                date += "Z";
              } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
              if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
            } else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
            hasDate = fasttype !== 4;
            hasTime = fasttype !== 3;
          }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) date = "";
              else {
                offset = match[3] || null;
                if (!offset && hasTime) date += "Z";
              }
            } else date = "";
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate()) return iso.slice(0, 10);
        if (this.isTime()) return iso.slice(11, 23);
        if (this.#offset === null) return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z") return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new TomlDate2(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate2(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new TomlDate2(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new TomlDate2(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
    function isDigit(char, base = 10) {
      return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
    }
    function isEndOfValue(char, delim) {
      return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
    }
    function extractValue(ctx, end) {
      let errPtr = ctx.p;
      let c = ctx.s.charCodeAt(ctx.p);
      if (c === 91 || c === 123) {
        ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
        let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
        ctx.d++;
        return value;
      }
      if (c === 34 || c === 39) return parseString(ctx);
      if (c === 116) {
        if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
        return ctx.p++, true;
      }
      if (c === 102) {
        if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
        return ctx.p++, false;
      }
      if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
      if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
      if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
      return parseNumber(ctx, ctx.p, c, 0, end);
    }
    function parseNumber(ctx, startPtr, startChr, sign, endChr) {
      let c = startChr;
      let state = 0;
      let hasUnderscores = false;
      if (c === 105) {
        if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
      }
      if (c === 110) {
        if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
        return ctx.p++, NaN;
      }
      if (c === 48) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
        if (!sign) {
          if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
          else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
          else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 46) state = 2;
        else if (c === 101 || c === 69) state = 4;
        else TomlError.x("illegal leading zero", ctx, startPtr);
      } else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
      while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state) state = 1;
        if (c === 95) {
          if (!(state & 1)) TomlError.x("illegal underscore", ctx);
          state += 11;
          hasUnderscores = true;
        } else if (state === 1 && c === 46) state = 2;
        else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
        else if (state === 4 && (c === 43 || c === 45)) state = 6;
        else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
        else if (state > 9) state -= 11;
        else if (!(state & 1)) state++;
      }
      if (!state) {
        let val = (startChr - 48) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
      }
      if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
      let str = ctx.s.slice(startPtr, ctx.p);
      if (hasUnderscores) str = str.replaceAll("_", "");
      return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
    }
    function parseIntegerBaseN(ctx, startPtr, base, endChr) {
      let c, underscore = 1;
      while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
        if (underscore & 1) TomlError.x("illegal underscore", ctx);
        underscore = 3;
      } else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
      else if (underscore & 1) underscore--;
      if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
      let str = ctx.s.slice(startPtr + 2, ctx.p);
      if (underscore) str = str.replaceAll("_", "");
      return parseInteger(ctx, str, base, startPtr);
    }
    function parseInteger(ctx, str, base, startPtr) {
      if (ctx.bi !== true) int: {
        let val = parseInt(str, base);
        if (!Number.isSafeInteger(val)) {
          if (ctx.bi) break int;
          TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
        }
        return val;
      }
      return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
    }
    function parseDate(ctx, c, endChr) {
      let startPtr = ctx.p++, unsafeSeparator;
      if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
      ctx.p += 5;
      if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
      if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
      if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
      if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
      if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p))) ;
      if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
        if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
      }
      return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
    }
    function parseTime(ctx, c, endChr) {
      let start2 = ctx.p;
      if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
      if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
      if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p))) ;
      return readDate(ctx, ctx.s.slice(start2, ctx.p), 4, false, start2);
    }
    function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
      if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
        return date;
      }
      try {
        if (temporalSuffix) str += temporalSuffix;
        switch (type) {
          case 1:
            return Temporal.ZonedDateTime.from(str);
          case 2:
            return Temporal.PlainDateTime.from(str);
          case 3:
            return Temporal.PlainDate.from(str);
          case 4:
            return Temporal.PlainTime.from(str);
        }
      } catch (e) {
        TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
      }
    }
    function skipComment(ctx) {
      for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 10) break;
        if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
          ctx.p++;
          break;
        }
        if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
      }
    }
    function skipVoid(ctx, banNewLines, banComments) {
      let c;
      while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
        if (banComments || c !== 35) break;
        skipComment(ctx);
      }
    }
    function parseKey(ctx, end = 61) {
      let startPtr;
      let state = 0;
      let parsed = [];
      let sliceStart;
      let c = ctx.s.charCodeAt(startPtr = ctx.p);
      do
        if (c === end) {
          if (!state) TomlError.x("unexpected end of key", ctx);
          if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
          return ctx.p++, parsed;
        } else if (c === 46) {
          if (!state) TomlError.x("illegal empty bare key", ctx);
          if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
          state = 0;
        } else if (!state && (c === 34 || c === 39)) {
          if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
          parsed.push(parseString(ctx));
          state = 2;
          ctx.p--;
        } else if (c === 32 || c === 9) {
          if (state === 1) {
            parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 2;
          }
        } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
        else if (!state) {
          state = 1;
          sliceStart = ctx.p;
        }
      while (c = ctx.s.charCodeAt(++ctx.p));
      TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
    }
    function parseInlineTable(ctx) {
      let startPtr = ctx.p++;
      let res = /* @__PURE__ */ Object.create(null);
      let seen = /* @__PURE__ */ new Set();
      let c;
      while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
          ctx.p++;
          return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i2 = 0; i2 < key.length; i2++) {
          if (i2) t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
          k = key[i2];
          if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
          let unsafe = k === "__proto__";
          if (ctx.uk && (unsafe || k === "constructor")) {
            t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
            break;
          }
          if (!hasOwn && unsafe) Object.defineProperty(t, k, {
            enumerable: true,
            configurable: true,
            writable: true
          });
        }
        if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 125);
        if (t && typeof (t[k] = value) === "object") seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
        if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
      }
      TomlError.x("unfinished table", ctx, startPtr);
    }
    function parseArray(ctx) {
      let startPtr = ctx.p++;
      let res = [];
      let c;
      while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
          ctx.p++;
          return res;
        }
        res.push(extractValue(ctx, 93));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
        if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
      }
      TomlError.x("unfinished array", ctx, startPtr);
    }
    function peekTable(ctx, key, table, meta, type) {
      let t = table;
      let m = meta;
      let k;
      let hasOwn = false;
      let state;
      for (let i2 = 0; i2 < key.length; i2++) {
        if (i2) {
          t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
          m = (state = m[k]).c;
          if (type === 0 && (state.t === 1 || state.t === 2)) return null;
          if (state.t === 2) {
            let l = t.length - 1;
            t = t[l];
            m = m[l].c;
          }
        }
        k = key[i2];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
        if (!hasOwn) {
          let unsafe = k === "__proto__";
          if (ctx.uk && (unsafe || k === "constructor")) return false;
          if (unsafe) {
            Object.defineProperty(t, k, {
              enumerable: true,
              configurable: true,
              writable: true
            });
            Object.defineProperty(m, k, {
              enumerable: true,
              configurable: true,
              writable: true
            });
          }
          m[k] = {
            t: i2 < key.length - 1 && type === 2 ? 3 : type,
            d: false,
            i: 0,
            c: /* @__PURE__ */ Object.create(null)
          };
        }
      }
      state = m[k];
      if (state.t !== type && !(type === 1 && state.t === 3)) return null;
      if (type === 2) {
        if (!state.d) {
          state.d = true;
          t[k] = [];
        }
        t[k].push(t = /* @__PURE__ */ Object.create(null));
        state.c[state.i++] = state = {
          t: 1,
          d: false,
          i: 0,
          c: /* @__PURE__ */ Object.create(null)
        };
      }
      if (state.d) return null;
      state.d = true;
      if (type === 1) t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      else if (type === 0 && hasOwn) return null;
      return [
        k,
        t,
        state.c
      ];
    }
    function validateTablePeek(ctx, peek, ptr) {
      if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
    }
    function parse(toml2, options2 = {}) {
      let ctx = {
        s: toml2,
        p: 0,
        d: options2.maxDepth ?? 1e3,
        bi: options2.integersAsBigInt ?? false,
        ld: options2.useLegacyDate ?? true,
        uk: options2.unsafeKeyBehaviour === "throw" ? 2 : options2.unsafeKeyBehaviour === "drop" ? 1 : 0
      };
      let res = /* @__PURE__ */ Object.create(null);
      let meta = /* @__PURE__ */ Object.create(null);
      let tmp;
      let skipping = false;
      let tbl = res;
      let m = meta;
      if (toml2.charCodeAt(0) === 65279) ctx.p++;
      skipVoid(ctx);
      while (ctx.p < toml2.length) {
        if (toml2.charCodeAt(ctx.p) === 91) {
          let isTableArray = toml2.charCodeAt(++ctx.p) === 91;
          tmp = ctx.p += +isTableArray;
          skipping = false;
          let k = parseKey(ctx, 93);
          if (isTableArray) {
            if (toml2.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
            ctx.p++;
          }
          let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
          if (!p) {
            validateTablePeek(ctx, p, tmp);
            skipping = true;
          } else {
            m = p[2];
            tbl = p[1];
          }
        } else {
          tmp = ctx.p;
          let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
          if (!p && !skipping) validateTablePeek(ctx, p, tmp);
          skipVoid(ctx, true, true);
          let v = extractValue(ctx, void 0);
          if (p && !skipping) p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml2.length && (tmp = toml2.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml2.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
        skipVoid(ctx);
      }
      return res;
    }
    var BARE_KEY = /^[a-z0-9-_]+$/i;
    var HAS_WELLFORMED = !!"".isWellFormed;
    function extendedTypeOf(obj) {
      let type = typeof obj;
      if (type === "object") {
        if (Array.isArray(obj)) return "array";
        if (typeof obj.getUTCDate === "function" && obj instanceof Date) return "date";
        if (globalThis.Temporal) {
          if (obj.until) {
            if (obj instanceof Temporal.ZonedDateTime) return "temporal/tz+uc";
            if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate) return "temporal/uc";
            if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant) return "temporal";
            if (obj instanceof Temporal.PlainYearMonth) return "temporal/x";
          } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) return "temporal/x";
        }
      }
      return type;
    }
    function isArrayOfTables(obj) {
      for (let i2 = 0; i2 < obj.length; i2++) if (extendedTypeOf(obj[i2]) !== "object") return false;
      return obj.length != 0;
    }
    function formatWellFormedStringUnchecked(s) {
      return JSON.stringify(s).replaceAll("\x7F", "\\u007f");
    }
    function formatString(s) {
      return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
    }
    function formatKey(s) {
      if (BARE_KEY.test(s)) return s;
      if (HAS_WELLFORMED && !s.isWellFormed()) throw new RangeError("key contains illegal lone surrogates");
      return formatWellFormedStringUnchecked(s);
    }
    function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
      if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
      switch (type) {
        case "number":
          if (isNaN(val)) return "nan";
          if (val === Infinity) return "inf";
          if (val === -Infinity) return "-inf";
          if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val))) return val.toFixed(1);
        case "bigint":
        case "boolean":
        case "temporal":
          return val.toString();
        case "string":
          return formatString(val);
        case "date":
          if (isNaN(val.getTime())) throw new TypeError("cannot serialize invalid date");
          return val.toISOString();
        case "object":
          return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case "array":
          return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        case "temporal/tz+uc":
          if (strictTemporal) {
            let tz = val.timeZoneId;
            let tzc = tz.charCodeAt(0);
            if (tzc !== 43 && tzc !== 45 && (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && !tz.startsWith("GMT") && tz !== "Greenwich" && !tz.startsWith("Etc/"))) throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
          }
        case "temporal/uc":
          if (strictTemporal && val.calendarId !== "iso8601") throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
          return val.toString({
            calendarName: "never",
            timeZoneName: "never"
          });
        case "temporal/x":
          throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
      }
    }
    function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
      let keys = Object.keys(obj);
      if (keys.length === 0) return "{}";
      let res = "{ ";
      for (let i2 = 0; i2 < keys.length; i2++) {
        let k = keys[i2];
        if (i2) res += ", ";
        res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
      }
      return res + " }";
    }
    function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
      if (array.length === 0) return "[]";
      let res = "[ ";
      for (let i2 = 0; i2 < array.length; i2++) {
        if (i2) res += ", ";
        if (array[i2] === null || array[i2] === void 0) throw new TypeError("arrays cannot contain null or undefined values");
        res += stringifyValue(array[i2], extendedTypeOf(array[i2]), depth - 1, numberAsFloat, strictTemporal);
      }
      return res + " ]";
    }
    function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
      if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
      let res = "";
      for (let i2 = 0; i2 < array.length; i2++) {
        res += `${res && "\n"}[[${key}]]
`;
        res += stringifyTable(0, array[i2], key, depth, numberAsFloat, strictTemporal);
      }
      return res;
    }
    function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
      if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
      let preamble = "";
      let tables = "";
      let keys = Object.keys(obj);
      for (let i2 = 0; i2 < keys.length; i2++) {
        let k = keys[i2];
        if (obj[k] !== null && obj[k] !== void 0) {
          let type = extendedTypeOf(obj[k]);
          if (type === "symbol" || type === "function") throw new TypeError(`cannot serialize values of type '${type}'`);
          let key = formatKey(k);
          if (type === "array" && isArrayOfTables(obj[k])) tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
          else if (type === "object") {
            let tblKey = prefix ? `${prefix}.${key}` : key;
            tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
          } else {
            preamble += key;
            preamble += " = ";
            preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
            preamble += "\n";
          }
        }
      }
      if (tableKey && (preamble || !tables)) preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
      return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
    }
    function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
      if (extendedTypeOf(obj) !== "object") throw new TypeError("stringify can only be called with an object");
      let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
      if (str[str.length - 1] !== "\n") return str + "\n";
      return str;
    }
    var src_default = {
      parse,
      stringify,
      TomlDate,
      TomlError
    };
    exports.TomlDate = TomlDate;
    exports.TomlError = TomlError;
    exports.default = src_default;
    exports.parse = parse;
    exports.stringify = stringify;
  }
});

// packages/core/src/lazy-modules.ts
function yamlModule() {
  return yaml ??= nodeRequire ? nodeRequire("yaml") : require_dist();
}
function tomlModule() {
  return toml ??= nodeRequire ? nodeRequire("smol-toml") : require_dist2();
}
var nodeRequire, yaml, toml;
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
function isNormalizedAbsolute(filePath) {
  if (path.sep !== "/") return path.resolve(filePath) === filePath;
  return filePath.startsWith("/") && (filePath.length === 1 || !filePath.endsWith("/")) && !filePath.includes("//") && !filePath.includes("/./") && !filePath.includes("/../") && !filePath.endsWith("/.") && !filePath.endsWith("/..");
}
function resolvedPath(filePath) {
  return isNormalizedAbsolute(filePath) ? filePath : path.resolve(filePath);
}
var init_paths = __esm({
  "packages/core/src/paths.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/listings.ts
import path2 from "node:path";
function folded(name2) {
  return (/^[\x00-\x7f]*$/.test(name2) ? name2 : name2.normalize("NFC")).toLowerCase();
}
function listedRealFile(filePath) {
  if (regularFiles.size === 0) return void 0;
  const dir = path2.dirname(filePath);
  const regular = regularFiles.get(dir);
  if (regular === void 0) return void 0;
  const name2 = filePath.slice(dir.length + (dir.endsWith(path2.sep) ? 0 : 1));
  if (!regular.has(name2) || !isNormalizedAbsolute(filePath)) return void 0;
  const real = realPaths.get(dir);
  return real.endsWith(path2.sep) ? real + name2 : real + path2.sep + name2;
}
function listedNames(dir) {
  return names.get(dir);
}
function listedMissing(filePath) {
  if (listings.size === 0) return false;
  if (!isNormalizedAbsolute(filePath)) return false;
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
var listings, names, realPaths, regularFiles;
var init_listings = __esm({
  "packages/core/src/listings.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_paths();
    listings = /* @__PURE__ */ new Map();
    names = /* @__PURE__ */ new Map();
    realPaths = /* @__PURE__ */ new Map();
    regularFiles = /* @__PURE__ */ new Map();
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
function readWorkspaceBytes(filePath, options2 = {}) {
  const limit = options2.maxBytes ?? MAX_FILE_BYTES;
  const listed = NO_FOLLOW === void 0 ? void 0 : listedRealFile(filePath);
  if (listed !== void 0) {
    const fd2 = openListed(listed, options2);
    if (fd2 !== void 0) return readOpened(fd2, limit, options2);
  }
  if (!options2.expected && (listedMissing(filePath) || existsNot(filePath)))
    return { problem: "Cannot read file: ENOENT.", missing: true };
  let real;
  try {
    real = realpathSync.native(filePath);
  } catch (error) {
    const code = error.code;
    const problem = `Cannot read file: ${code ?? "unknown error"}.`;
    return code === "ENOENT" || code === "ENOTDIR" ? { problem, missing: true } : { problem };
  }
  if (options2.root !== void 0) {
    const root = realRoot(path3.resolve(options2.root));
    if (root === void 0 || !isInside(root, real))
      return { problem: "File is a link to something outside the workspace; not analysed." };
  }
  let fd;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return { problem: `Cannot read file: ${error.code ?? "unknown error"}.` };
  }
  return readOpened(fd, limit, options2);
}
function openListed(real, options2) {
  if (options2.root !== void 0) {
    const root = realRoot(path3.resolve(options2.root));
    if (root === void 0 || !isInside(root, real)) return void 0;
  }
  try {
    return openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | NO_FOLLOW);
  } catch {
    return void 0;
  }
}
function readOpened(fd, limit, options2) {
  try {
    const big = options2.identity ? fstatSync(fd, { bigint: true }) : void 0;
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
function normalizeCodec(name2) {
  return name2.toLowerCase().replace(/[_ ]/g, "-");
}
function isUtf8Codec(name2) {
  return UTF8_NAMES.has(normalizeCodec(name2));
}
function decoderFor(name2) {
  const codec = normalizeCodec(name2);
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
function shownCodec(name2) {
  return name2.length <= 40 ? name2 : `${name2.slice(0, 40)}\u2026`;
}
function unsupportedCodingProblem(name2) {
  return `File declares encoding '${shownCodec(name2)}' (PEP 263 coding declaration), which dag-transport cannot decode; not analysed.`;
}
function decodeSource(bytes, options2 = {}) {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      problem: `${options2.subject ?? "Input"} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit; not analysed.`
    };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { problem: "Binary file (contains NUL bytes); not analysed." };
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body2 = bom ? bytes.subarray(3) : bytes;
  if (options2.python) {
    const head = Buffer.from(body2.subarray(0, 1024)).toString("latin1");
    const declared = codingDeclaration(head);
    if (declared !== void 0 && !isUtf8Codec(declared)) {
      if (bom)
        return {
          problem: `File starts with a UTF-8 byte-order mark but declares encoding '${shownCodec(declared)}' (PEP 263); Python refuses it; not analysed.`
        };
      const decode = decoderFor(declared);
      if (!decode) return { problem: unsupportedCodingProblem(declared) };
      try {
        return { text: decode(body2) };
      } catch {
        return {
          problem: `File is not valid ${shownCodec(declared)}, the encoding it declares (PEP 263); not analysed.`
        };
      }
    }
  }
  try {
    return { text: utf8.decode(body2) };
  } catch {
    return { problem: "File is not valid UTF-8; not analysed." };
  }
}
function readWorkspaceText(filePath, options2 = {}) {
  const read2 = readWorkspaceBytes(filePath, options2);
  if ("problem" in read2) return read2;
  return decodeSource(read2.bytes, options2);
}
function findRepositoryRoot(dir) {
  const start2 = resolvedPath(dir);
  const visited = [];
  let current = start2;
  let found;
  for (; ; ) {
    if (repositoryRoots.has(current)) {
      found = repositoryRoots.get(current);
      break;
    }
    visited.push(current);
    const git = path3.join(current, ".git");
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
  return workspaceRootOfDirectory(path3.dirname(path3.resolve(filePath)), cwd);
}
function workspaceRootOfDirectory(dir, cwd = process.cwd()) {
  const resolved = path3.resolve(dir);
  const start2 = path3.resolve(cwd);
  const repository = findRepositoryRoot(resolved);
  return workspaceLinkedOutOf(resolved, cwd) ?? repository ?? (isInside(start2, resolved) ? start2 : resolved);
}
function workspaceLinkedOutOf(dir, cwd = process.cwd()) {
  const resolved = path3.resolve(dir);
  const start2 = path3.resolve(cwd);
  const outer = findRepositoryRoot(start2) ?? start2;
  const own = findRepositoryRoot(resolved);
  if (own === void 0 || own === outer || !isInside(outer, own)) return void 0;
  return isInsideReally(outer, own) ? void 0 : outer;
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
var import_ignore, DEFAULT_REVIEW_SETTINGS, EMPTY_CONFIG;
var init_config = __esm({
  "packages/core/src/config.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    import_ignore = __toESM(require_ignore(), 1);
    init_nesting();
    init_lazy_modules();
    init_listings();
    init_paths();
    init_workspace_reader();
    DEFAULT_REVIEW_SETTINGS = { addedSuppressions: "warn" };
    EMPTY_CONFIG = Object.freeze({
      rules: {},
      ignores: [],
      review: DEFAULT_REVIEW_SETTINGS,
      reportUnusedSuppressions: "warn"
    });
  }
});

// packages/core/src/frontend.ts
import path4 from "node:path";
function diskProjectFiles(filePath, root = workspaceRootFor(filePath)) {
  const resolved = path4.resolve(root);
  return { root: resolved, read: (file) => readWorkspaceText(file, { root: resolved, python: true }) };
}
var init_frontend = __esm({
  "packages/core/src/frontend.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_workspace_reader();
  }
});

// packages/core/src/location-pattern.ts
function freshPiece(line, column) {
  return { fresh: `${line}:${column}` };
}
function normalizePieces(pieces) {
  const out2 = [];
  for (const piece of pieces) {
    const previous = out2.at(-1);
    if ("text" in piece) {
      if (piece.text === "") continue;
      if (previous && "text" in previous) out2[out2.length - 1] = { text: previous.text + piece.text };
      else out2.push(piece);
    } else if ("hole" in piece || "any" in piece) {
      if (previous && ("hole" in previous || "any" in previous)) {
        if ("any" in piece) out2[out2.length - 1] = ANY_PIECE;
      } else out2.push("any" in piece ? ANY_PIECE : HOLE_PIECE);
    } else {
      out2.push(piece);
    }
  }
  return out2;
}
function patternOf(pieces) {
  let pattern = "";
  for (const p of pieces)
    pattern += "text" in p ? p.text : "hole" in p ? HOLE : "any" in p ? ANY : `{fresh:${p.fresh}}`;
  return pattern;
}
function parsePattern(pattern) {
  const pieces = [];
  let last2 = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    if (match.index > last2) pieces.push({ text: pattern.slice(last2, match.index) });
    pieces.push(match[1] !== void 0 ? { fresh: match[1] } : match[0] === ANY ? ANY_PIECE : HOLE_PIECE);
    last2 = match.index + match[0].length;
  }
  if (last2 < pattern.length) pieces.push({ text: pattern.slice(last2) });
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
function isPathLike(pattern) {
  return pattern.includes("/") && (hasLiteral(pattern) || containsFresh(pattern));
}
function describePattern(pattern) {
  return pattern.replace(FRESH, "{temp name}").replace(ANY_TOKEN, "*");
}
var HOLE, ANY, HOLE_PIECE, ANY_PIECE, TOKEN, ANY_TOKEN, FRESH;
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
  }
});

// packages/core/src/matched-row.ts
var catalogRow, configuredRow, repositoryClassRow;
var init_matched_row = __esm({
  "packages/core/src/matched-row.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    catalogRow = (api, section) => `\`${api}\` in docs/knowledge.md, ${section}`;
    configuredRow = (api) => `\`${api}\` (configured writeApis / readApis)`;
    repositoryClassRow = (name2, file, line) => `\`${name2}\` (an operator class of the repository, ${file}:${line}, read by dag-transport)`;
  }
});

// packages/core/src/storage-knowledge.ts
function list(value) {
  return Array.isArray(value) ? value : [];
}
function argumentRef(value) {
  return typeof value === "number" || typeof value === "string" ? value : void 0;
}
function configuredApi(entry) {
  const api = entry;
  if (typeof api?.call !== "string") return void 0;
  const path19 = argumentRef(api.path);
  const bucket = argumentRef(api.bucket);
  const key = argumentRef(api.key);
  if (path19 === void 0 && key === void 0) return void 0;
  return {
    call: api.call,
    ...path19 !== void 0 ? { path: path19 } : {},
    ...bucket !== void 0 ? { bucket } : {},
    ...key !== void 0 ? { key } : {},
    ...typeof api.scheme === "string" ? { scheme: api.scheme } : {}
  };
}
function knowledgeValues(options2) {
  const values = [];
  for (const ruleOptions of Object.values(options2))
    for (const name2 of KNOWLEDGE_OPTIONS) values.push(ruleOptions?.[name2]);
  return values;
}
function readStorageKnowledge(options2) {
  const values = knowledgeValues(options2);
  if (last && last.values.length === values.length && last.values.every((v, i2) => v === values[i2]))
    return last.knowledge;
  const apis = [];
  const sanctioned = /* @__PURE__ */ new Set();
  let tempPrefixes;
  const stagingVariables = [];
  for (const ruleOptions of Object.values(options2)) {
    if (!ruleOptions) continue;
    for (const [property, access] of [
      ["writeApis", "write"],
      ["readApis", "read"]
    ]) {
      for (const entry of list(ruleOptions[property])) {
        const api = configuredApi(entry);
        if (api) apis.push({ ...api, access });
      }
    }
    for (const name2 of list(ruleOptions.sanctionedHelpers))
      if (typeof name2 === "string") sanctioned.add(name2);
    if (Array.isArray(ruleOptions.tempPrefixes))
      tempPrefixes = [
        ...tempPrefixes ?? [],
        ...ruleOptions.tempPrefixes.filter((p) => typeof p === "string")
      ];
    const staging = ruleOptions.stagingVariable;
    if (typeof staging === "string" && !stagingVariables.includes(staging)) stagingVariables.push(staging);
  }
  const knowledge = {
    apis,
    sanctioned,
    settings: {
      tempPrefixes: (tempPrefixes ?? DEFAULT_TEMP_PREFIXES).map((p) => p.replace(/\/+$/, "") || "/"),
      stagingVariables: stagingVariables.length > 0 ? stagingVariables : [DEFAULT_STAGING_VARIABLE]
    }
  };
  last = { values, knowledge };
  return knowledge;
}
var DEFAULT_TEMP_PREFIXES, DEFAULT_STAGING_VARIABLE, API_LIST_SCHEMA, STORAGE_KNOWLEDGE_PROPERTIES, TEMP_SETTINGS_PROPERTIES, STORAGE_KNOWLEDGE_DEFAULTS, TEMP_SETTINGS_DEFAULTS, KNOWLEDGE_OPTIONS, last;
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
            description: "Qualified function (`team_io.save_array`), `.method` for a method on any receiver (`.save_artifact`), or an operator class (`team_ops.LakeExportOperator`: its arguments are read where the task is declared)."
          },
          path: {
            type: ["integer", "string"],
            description: "The argument holding the path or URI: its position (from 0) or keyword."
          },
          bucket: { type: ["integer", "string"], description: "For bucket/key APIs: the bucket argument." },
          key: { type: ["integer", "string"], description: "For bucket/key APIs: the key argument." },
          scheme: { type: "string", description: "URI scheme for bucket/key APIs (default `s3`)." }
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
    KNOWLEDGE_OPTIONS = ["writeApis", "readApis", "sanctionedHelpers", "tempPrefixes", "stagingVariable"];
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

// packages/core/src/formatters/json.ts
var init_json = __esm({
  "packages/core/src/formatters/json.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
  }
});

// packages/core/src/formatters/stylish.ts
var init_stylish = __esm({
  "packages/core/src/formatters/stylish.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_terminal_text();
  }
});

// packages/core/src/fingerprint.ts
var init_fingerprint = __esm({
  "packages/core/src/fingerprint.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/formatters/sarif.ts
function notificationDescriptor(id, short, full) {
  return {
    id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full },
    defaultConfiguration: { level: "error" }
  };
}
var NOTIFICATIONS;
var init_sarif = __esm({
  "packages/core/src/formatters/sarif.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_fingerprint();
    init_paths();
    init_terminal_text();
    init_runner();
    init_rule();
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
var init_junit = __esm({
  "packages/core/src/formatters/junit.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_paths();
    init_terminal_text();
    init_gitlab();
  }
});

// packages/core/src/suppression-edits.ts
function commentRemoval(source, from, to, ownLine) {
  let lineEnd = source.indexOf("\n", to);
  if (lineEnd === -1) lineEnd = source.length;
  const rest = source.slice(to, lineEnd).replace(/\r$/, "");
  if (ownLine && rest.trim() === "") {
    const lineStart = source.lastIndexOf("\n", from - 1) + 1;
    return { range: [lineStart, Math.min(lineEnd + 1, source.length)], text: "" };
  }
  if (rest.trim() !== "") return { range: [from, to + (rest.length - rest.trimStart().length)], text: "" };
  let start2 = from;
  while (start2 > 0 && (source[start2 - 1] === " " || source[start2 - 1] === "	")) start2--;
  return { range: [start2, to + rest.length], text: "" };
}
var init_suppression_edits = __esm({
  "packages/core/src/suppression-edits.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
  }
});

// packages/core/src/bulk-suppressions.ts
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

// node_modules/.pnpm/web-tree-sitter@0.25.10/node_modules/web-tree-sitter/tree-sitter.js
var tree_sitter_exports = {};
__export(tree_sitter_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
function setModule(module2) {
  C = module2;
}
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text2, positive) => {
      return positive ? regex.test(text2) : !regex.test(text2);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text2) => test(text2, isPositive)) : nodes.some((text2) => test(text2, isPositive));
  });
}
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text2) => values.includes(text2)) === isPositive;
  });
}
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parsePattern2(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
function checkModule() {
  return !!Module3;
}
var __defProp2, __name, SIZE_OF_SHORT, SIZE_OF_INT, SIZE_OF_CURSOR, SIZE_OF_NODE, SIZE_OF_POINT, SIZE_OF_RANGE, ZERO_POINT, INTERNAL, C, LookaheadIterator, Tree, TreeCursor, Node, PREDICATE_STEP_TYPE_CAPTURE, PREDICATE_STEP_TYPE_STRING, QUERY_WORD_REGEX, CaptureQuantifier, isCaptureStep, isStringStep, QueryErrorKind, QueryError, Query, LANGUAGE_FUNCTION_REGEX, Language, Module2, tree_sitter_default, Module3, TRANSFER_BUFFER, LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION, Parser;
var init_tree_sitter = __esm({
  "node_modules/.pnpm/web-tree-sitter@0.25.10/node_modules/web-tree-sitter/tree-sitter.js"() {
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    __defProp2 = Object.defineProperty;
    __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
    SIZE_OF_SHORT = 2;
    SIZE_OF_INT = 4;
    SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    SIZE_OF_NODE = 5 * SIZE_OF_INT;
    SIZE_OF_POINT = 2 * SIZE_OF_INT;
    SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    ZERO_POINT = { row: 0, column: 0 };
    INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    __name(assertInternal, "assertInternal");
    __name(isPoint, "isPoint");
    __name(setModule, "setModule");
    LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      language;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
      }
      /** Get the current symbol of the lookahead iterator. */
      get currentTypeId() {
        return C._ts_lookahead_iterator_current_symbol(this[0]);
      }
      /** Get the current symbol name of the lookahead iterator. */
      get currentType() {
        return this.language.types[this.currentTypeId] || "ERROR";
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            if (C._ts_lookahead_iterator_next(this[0])) {
              return { done: false, value: this.currentType };
            }
            return { done: true, value: "" };
          }, "next")
        };
      }
    };
    __name(getText, "getText");
    Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, offsetBytes, "i32");
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [2] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [3] = 0;
      // Internal handle for Wasm
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        const copy = new _TreeCursor(INTERNAL, this.tree);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        unmarshalTreeCursor(copy);
        return copy;
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this[0] = this[1] = this[2] = 0;
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns the index of the child node if one was found, and returns
       * `null` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
      }
    };
    Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (const node_type of types) {
          if (node_type == "ERROR") {
            symbols.push(65535);
          }
        }
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        if (this.startIndex >= edit.oldEndIndex) {
          this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
          let subbedPointRow;
          let subbedPointColumn;
          if (this.startPosition.row > edit.oldEndPosition.row) {
            subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
            subbedPointColumn = this.startPosition.column;
          } else {
            subbedPointRow = 0;
            subbedPointColumn = this.startPosition.column;
            if (this.startPosition.column >= edit.oldEndPosition.column) {
              subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
            }
          }
          if (subbedPointRow > 0) {
            this.startPosition.row += subbedPointRow;
            this.startPosition.column = subbedPointColumn;
          } else {
            this.startPosition.column += subbedPointColumn;
          }
        } else if (this.startIndex > edit.startIndex) {
          this.startIndex = edit.newEndIndex;
          this.startPosition.row = edit.newEndPosition.row;
          this.startPosition.column = edit.newEndPosition.column;
        }
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    __name(unmarshalCaptures, "unmarshalCaptures");
    __name(marshalNode, "marshalNode");
    __name(unmarshalNode, "unmarshalNode");
    __name(marshalTreeCursor, "marshalTreeCursor");
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    __name(marshalPoint, "marshalPoint");
    __name(unmarshalPoint, "unmarshalPoint");
    __name(marshalRange, "marshalRange");
    __name(unmarshalRange, "unmarshalRange");
    __name(marshalEdit, "marshalEdit");
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    PREDICATE_STEP_TYPE_CAPTURE = 1;
    PREDICATE_STEP_TYPE_STRING = 2;
    QUERY_WORD_REGEX = /[\w-]+/g;
    CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    QueryError = class _QueryError extends Error {
      constructor(kind, info2, index, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index;
        this.length = length;
        this.name = "QueryError";
      }
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    __name(parseAnyPredicate, "parseAnyPredicate");
    __name(parseMatchPredicate, "parseMatchPredicate");
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    __name(parseIsPredicate, "parseIsPredicate");
    __name(parseSetDirective, "parseSetDirective");
    __name(parsePattern2, "parsePattern");
    Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern2(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
      }
      /** Delete the query, freeing its resources. */
      delete() {
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options2 = {}) {
        const startPosition = options2.startPosition ?? ZERO_POINT;
        const endPosition = options2.endPosition ?? ZERO_POINT;
        const startIndex = options2.startIndex ?? 0;
        const endIndex = options2.endIndex ?? 0;
        const matchLimit = options2.matchLimit ?? 4294967295;
        const maxStartDepth = options2.maxStartDepth ?? 4294967295;
        const timeoutMicros = options2.timeoutMicros ?? 0;
        const progressCallback = options2.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          matchLimit,
          maxStartDepth,
          timeoutMicros
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options2 = {}) {
        const startPosition = options2.startPosition ?? ZERO_POINT;
        const endPosition = options2.endPosition ?? ZERO_POINT;
        const startIndex = options2.startIndex ?? 0;
        const endIndex = options2.endIndex ?? 0;
        const matchLimit = options2.matchLimit ?? 4294967295;
        const maxStartDepth = options2.maxStartDepth ?? 4294967295;
        const timeoutMicros = options2.timeoutMicros ?? 0;
        const progressCallback = options2.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          matchLimit,
          maxStartDepth,
          timeoutMicros
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the byte offset where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the byte offset where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if a given step in a query is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(byteIndex) {
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
      }
    };
    LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
       * Gets the version of the language.
       */
      get version() {
        return C._ts_language_version(this[0]);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(address);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. Newly created lookahead iterators will return the `ERROR`
       * symbol from {@link LookaheadIterator#currentType}.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
       *
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      query(source) {
        console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
        return new Query(this, source);
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file or as a buffer.
       */
      static async load(input) {
        let bytes;
        if (input instanceof Uint8Array) {
          bytes = Promise.resolve(input);
        } else {
          if (globalThis.process?.versions.node) {
            const fs2 = await import("fs/promises");
            bytes = fs2.readFile(input);
          } else {
            bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
              if (response.ok) {
                return new Uint8Array(buffer);
              } else {
                const body2 = new TextDecoder("utf-8").decode(buffer);
                throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
              }
            }));
          }
        }
        const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
        const symbolNames = Object.keys(mod);
        const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName) {
          console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error("Language.load failed: no language function found in WASM file");
        }
        const languageAddress = mod[functionName]();
        return new _Language(INTERNAL, languageAddress);
      }
    };
    Module2 = (() => {
      var _scriptName = import.meta.url;
      return async function(moduleArg = {}) {
        var moduleRtn;
        var Module = moduleArg;
        var readyPromiseResolve, readyPromiseReject;
        var readyPromise = new Promise((resolve, reject) => {
          readyPromiseResolve = resolve;
          readyPromiseReject = reject;
        });
        var ENVIRONMENT_IS_WEB = typeof window == "object";
        var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
        var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
        var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
        if (ENVIRONMENT_IS_NODE) {
          const { createRequire: createRequire3 } = await import("module");
          var require = createRequire3(import.meta.url);
        }
        Module.currentQueryProgressCallback = null;
        Module.currentProgressCallback = null;
        Module.currentLogCallback = null;
        Module.currentParseCallback = null;
        var moduleOverrides = Object.assign({}, Module);
        var arguments_ = [];
        var thisProgram = "./this.program";
        var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
          throw toThrow;
        }, "quit_");
        var scriptDirectory = "";
        function locateFile(path19) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path19, scriptDirectory);
          }
          return scriptDirectory + path19;
        }
        __name(locateFile, "locateFile");
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = require("fs");
          var nodePath = require("path");
          if (!import.meta.url.startsWith("data:")) {
            scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
          }
          readBinary = /* @__PURE__ */ __name((filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          }, "readBinary");
          readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
            return ret;
          }, "readAsync");
          if (!Module["thisProgram"] && process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          arguments_ = process.argv.slice(2);
          quit_ = /* @__PURE__ */ __name((status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          }, "quit_");
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          if (ENVIRONMENT_IS_WORKER) {
            scriptDirectory = self.location.href;
          } else if (typeof document != "undefined" && document.currentScript) {
            scriptDirectory = document.currentScript.src;
          }
          if (_scriptName) {
            scriptDirectory = _scriptName;
          }
          if (scriptDirectory.startsWith("blob:")) {
            scriptDirectory = "";
          } else {
            scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = /* @__PURE__ */ __name((url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(
                  /** @type{!ArrayBuffer} */
                  xhr.response
                );
              }, "readBinary");
            }
            readAsync = /* @__PURE__ */ __name(async (url) => {
              if (isFileURI(url)) {
                return new Promise((resolve, reject) => {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url, true);
                  xhr.responseType = "arraybuffer";
                  xhr.onload = () => {
                    if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                      resolve(xhr.response);
                      return;
                    }
                    reject(xhr.status);
                  };
                  xhr.onerror = reject;
                  xhr.send(null);
                });
              }
              var response = await fetch(url, {
                credentials: "same-origin"
              });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            }, "readAsync");
          }
        } else {
        }
        var out = Module["print"] || console.log.bind(console);
        var err = Module["printErr"] || console.error.bind(console);
        Object.assign(Module, moduleOverrides);
        moduleOverrides = null;
        if (Module["arguments"]) arguments_ = Module["arguments"];
        if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
        var dynamicLibraries = Module["dynamicLibraries"] || [];
        var wasmBinary = Module["wasmBinary"];
        var wasmMemory;
        var ABORT = false;
        var EXITSTATUS;
        function assert(condition, text2) {
          if (!condition) {
            abort(text2);
          }
        }
        __name(assert, "assert");
        var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
        var HEAP_DATA_VIEW;
        var runtimeInitialized = false;
        var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
        function updateMemoryViews() {
          var b = wasmMemory.buffer;
          Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
          Module["HEAP8"] = HEAP8 = new Int8Array(b);
          Module["HEAP16"] = HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
          Module["HEAP32"] = HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
          Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
          Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
          Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
        }
        __name(updateMemoryViews, "updateMemoryViews");
        if (Module["wasmMemory"]) {
          wasmMemory = Module["wasmMemory"];
        } else {
          var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
          wasmMemory = new WebAssembly.Memory({
            "initial": INITIAL_MEMORY / 65536,
            // In theory we should not need to emit the maximum if we want "unlimited"
            // or 4GB of memory, but VMs error on that atm, see
            // https://github.com/emscripten-core/emscripten/issues/14130
            // And in the pthreads case we definitely need to emit a maximum. So
            // always emit one.
            "maximum": 32768
          });
        }
        updateMemoryViews();
        var __RELOC_FUNCS__ = [];
        function preRun() {
          if (Module["preRun"]) {
            if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
            while (Module["preRun"].length) {
              addOnPreRun(Module["preRun"].shift());
            }
          }
          callRuntimeCallbacks(onPreRuns);
        }
        __name(preRun, "preRun");
        function initRuntime() {
          runtimeInitialized = true;
          callRuntimeCallbacks(__RELOC_FUNCS__);
          wasmExports["__wasm_call_ctors"]();
          callRuntimeCallbacks(onPostCtors);
        }
        __name(initRuntime, "initRuntime");
        function preMain() {
        }
        __name(preMain, "preMain");
        function postRun() {
          if (Module["postRun"]) {
            if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
            while (Module["postRun"].length) {
              addOnPostRun(Module["postRun"].shift());
            }
          }
          callRuntimeCallbacks(onPostRuns);
        }
        __name(postRun, "postRun");
        var runDependencies = 0;
        var dependenciesFulfilled = null;
        function getUniqueRunDependency(id) {
          return id;
        }
        __name(getUniqueRunDependency, "getUniqueRunDependency");
        function addRunDependency(id) {
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        }
        __name(addRunDependency, "addRunDependency");
        function removeRunDependency(id) {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (runDependencies == 0) {
            if (dependenciesFulfilled) {
              var callback = dependenciesFulfilled;
              dependenciesFulfilled = null;
              callback();
            }
          }
        }
        __name(removeRunDependency, "removeRunDependency");
        function abort(what) {
          Module["onAbort"]?.(what);
          what = "Aborted(" + what + ")";
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          readyPromiseReject(e);
          throw e;
        }
        __name(abort, "abort");
        var wasmBinaryFile;
        function findWasmBinary() {
          if (Module["locateFile"]) {
            return locateFile("tree-sitter.wasm");
          }
          return new URL("tree-sitter.wasm", import.meta.url).href;
        }
        __name(findWasmBinary, "findWasmBinary");
        function getBinarySync(file) {
          if (file == wasmBinaryFile && wasmBinary) {
            return new Uint8Array(wasmBinary);
          }
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        __name(getBinarySync, "getBinarySync");
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        __name(getWasmBinary, "getWasmBinary");
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary2 = await getWasmBinary(binaryFile);
            var instance2 = await WebAssembly.instantiate(binary2, imports);
            return instance2;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        __name(instantiateArrayBuffer, "instantiateArrayBuffer");
        async function instantiateAsync(binary2, binaryFile, imports) {
          if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, {
                credentials: "same-origin"
              });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        __name(instantiateAsync, "instantiateAsync");
        function getWasmImports() {
          return {
            "env": wasmImports,
            "wasi_snapshot_preview1": wasmImports,
            "GOT.mem": new Proxy(wasmImports, GOTHandler),
            "GOT.func": new Proxy(wasmImports, GOTHandler)
          };
        }
        __name(getWasmImports, "getWasmImports");
        async function createWasm() {
          function receiveInstance(instance2, module2) {
            wasmExports = instance2.exports;
            wasmExports = relocateExports(wasmExports, 1024);
            var metadata2 = getDylinkMetadata(module2);
            if (metadata2.neededDynlibs) {
              dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
            }
            mergeLibSymbols(wasmExports, "main");
            LDSO.init();
            loadDylibs();
            __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
            removeRunDependency("wasm-instantiate");
            return wasmExports;
          }
          __name(receiveInstance, "receiveInstance");
          addRunDependency("wasm-instantiate");
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"], result2["module"]);
          }
          __name(receiveInstantiationResult, "receiveInstantiationResult");
          var info2 = getWasmImports();
          if (Module["instantiateWasm"]) {
            return new Promise((resolve, reject) => {
              Module["instantiateWasm"](info2, (mod, inst) => {
                receiveInstance(mod, inst);
                resolve(mod.exports);
              });
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          try {
            var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
            var exports = receiveInstantiationResult(result);
            return exports;
          } catch (e) {
            readyPromiseReject(e);
            return Promise.reject(e);
          }
        }
        __name(createWasm, "createWasm");
        var ASM_CONSTS = {};
        class ExitStatus {
          static {
            __name(this, "ExitStatus");
          }
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var GOT = {};
        var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
        var GOTHandler = {
          get(obj, symName) {
            var rtn = GOT[symName];
            if (!rtn) {
              rtn = GOT[symName] = new WebAssembly.Global({
                "value": "i32",
                "mutable": true
              });
            }
            if (!currentModuleWeakSymbols.has(symName)) {
              rtn.required = true;
            }
            return rtn;
          }
        };
        var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
        var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
        var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
        var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
        var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
        var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
        var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
        var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
        var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
        var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
        var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
        var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
        var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        }, "callRuntimeCallbacks");
        var onPostRuns = [];
        var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
        var onPreRuns = [];
        var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
        var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
        var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
          var endIdx = idx + maxBytesToRead;
          var endPtr = idx;
          while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        }, "UTF8ArrayToString");
        var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
          var offset = 0;
          var end = 0;
          function getU8() {
            return binary2[offset++];
          }
          __name(getU8, "getU8");
          function getLEB() {
            var ret = 0;
            var mul = 1;
            while (1) {
              var byte = binary2[offset++];
              ret += (byte & 127) * mul;
              mul *= 128;
              if (!(byte & 128)) break;
            }
            return ret;
          }
          __name(getLEB, "getLEB");
          function getString() {
            var len = getLEB();
            offset += len;
            return UTF8ArrayToString(binary2, offset - len, len);
          }
          __name(getString, "getString");
          function failIf(condition, message) {
            if (condition) throw new Error(message);
          }
          __name(failIf, "failIf");
          var name2 = "dylink.0";
          if (binary2 instanceof WebAssembly.Module) {
            var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
            if (dylinkSection.length === 0) {
              name2 = "dylink";
              dylinkSection = WebAssembly.Module.customSections(binary2, name2);
            }
            failIf(dylinkSection.length === 0, "need dylink section");
            binary2 = new Uint8Array(dylinkSection[0]);
            end = binary2.length;
          } else {
            var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
            var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
            failIf(!magicNumberFound, "need to see wasm magic number");
            failIf(binary2[8] !== 0, "need the dylink section to be first");
            offset = 9;
            var section_size = getLEB();
            end = offset + section_size;
            name2 = getString();
          }
          var customSection = {
            neededDynlibs: [],
            tlsExports: /* @__PURE__ */ new Set(),
            weakImports: /* @__PURE__ */ new Set()
          };
          if (name2 == "dylink") {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              var libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else {
            failIf(name2 !== "dylink.0");
            var WASM_DYLINK_MEM_INFO = 1;
            var WASM_DYLINK_NEEDED = 2;
            var WASM_DYLINK_EXPORT_INFO = 3;
            var WASM_DYLINK_IMPORT_INFO = 4;
            var WASM_SYMBOL_TLS = 256;
            var WASM_SYMBOL_BINDING_MASK = 3;
            var WASM_SYMBOL_BINDING_WEAK = 1;
            while (offset < end) {
              var subsectionType = getU8();
              var subsectionSize = getLEB();
              if (subsectionType === WASM_DYLINK_MEM_INFO) {
                customSection.memorySize = getLEB();
                customSection.memoryAlign = getLEB();
                customSection.tableSize = getLEB();
                customSection.tableAlign = getLEB();
              } else if (subsectionType === WASM_DYLINK_NEEDED) {
                var neededDynlibsCount = getLEB();
                for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                  libname = getString();
                  customSection.neededDynlibs.push(libname);
                }
              } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                var count = getLEB();
                while (count--) {
                  var symname = getString();
                  var flags2 = getLEB();
                  if (flags2 & WASM_SYMBOL_TLS) {
                    customSection.tlsExports.add(symname);
                  }
                }
              } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                var count = getLEB();
                while (count--) {
                  var modname = getString();
                  var symname = getString();
                  var flags2 = getLEB();
                  if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                    customSection.weakImports.add(symname);
                  }
                }
              } else {
                offset += subsectionSize;
              }
            }
          }
          return customSection;
        }, "getDylinkMetadata");
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
            case "i32":
              return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
            case "double":
              return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
            case "*":
              return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        __name(getValue, "getValue");
        var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
          var dso = {
            refcount: Infinity,
            name: name2,
            exports: syms,
            global: true
          };
          LDSO.loadedLibsByName[name2] = dso;
          if (handle2 != void 0) {
            LDSO.loadedLibsByHandle[handle2] = dso;
          }
          return dso;
        }, "newDSO");
        var LDSO = {
          loadedLibsByName: {},
          loadedLibsByHandle: {},
          init() {
            newDSO("__main__", 0, wasmImports);
          }
        };
        var ___heap_base = 78224;
        var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
        var getMemory = /* @__PURE__ */ __name((size) => {
          if (runtimeInitialized) {
            return _calloc(size, 1);
          }
          var ret = ___heap_base;
          var end = ret + alignMemory(size, 16);
          ___heap_base = end;
          GOT["__heap_base"].value = end;
          return ret;
        }, "getMemory");
        var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
        var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
          if (n < 128) {
            target.push(n);
          } else {
            target.push(n % 128 | 128, n >> 7);
          }
        }, "uleb128Encode");
        var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
          var typeNames2 = {
            "i": "i32",
            "j": "i64",
            "f": "f32",
            "d": "f64",
            "e": "externref",
            "p": "i32"
          };
          var type = {
            parameters: [],
            results: sig[0] == "v" ? [] : [typeNames2[sig[0]]]
          };
          for (var i2 = 1; i2 < sig.length; ++i2) {
            type.parameters.push(typeNames2[sig[i2]]);
          }
          return type;
        }, "sigToWasmTypes");
        var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
          var sigRet = sig.slice(0, 1);
          var sigParam = sig.slice(1);
          var typeCodes = {
            "i": 127,
            // i32
            "p": 127,
            // i32
            "j": 126,
            // i64
            "f": 125,
            // f32
            "d": 124,
            // f64
            "e": 111
          };
          target.push(96);
          uleb128Encode(sigParam.length, target);
          for (var i2 = 0; i2 < sigParam.length; ++i2) {
            target.push(typeCodes[sigParam[i2]]);
          }
          if (sigRet == "v") {
            target.push(0);
          } else {
            target.push(1, typeCodes[sigRet]);
          }
        }, "generateFuncType");
        var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
          if (typeof WebAssembly.Function == "function") {
            return new WebAssembly.Function(sigToWasmTypes(sig), func2);
          }
          var typeSectionBody = [1];
          generateFuncType(sig, typeSectionBody);
          var bytes = [
            0,
            97,
            115,
            109,
            // magic ("\0asm")
            1,
            0,
            0,
            0,
            // version: 1
            1
          ];
          uleb128Encode(typeSectionBody.length, bytes);
          bytes.push(...typeSectionBody);
          bytes.push(
            2,
            7,
            // import section
            // (import "e" "f" (func 0 (type 0)))
            1,
            1,
            101,
            1,
            102,
            0,
            0,
            7,
            5,
            // export section
            // (export "f" (func 0 (type 0)))
            1,
            1,
            102,
            0,
            0
          );
          var module2 = new WebAssembly.Module(new Uint8Array(bytes));
          var instance2 = new WebAssembly.Instance(module2, {
            "e": {
              "f": func2
            }
          });
          var wrappedFunc = instance2.exports["f"];
          return wrappedFunc;
        }, "convertJsFunctionToWasm");
        var wasmTableMirror = [];
        var wasmTable = new WebAssembly.Table({
          "initial": 31,
          "element": "anyfunc"
        });
        var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
          var func2 = wasmTableMirror[funcPtr];
          if (!func2) {
            if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
            wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
          }
          return func2;
        }, "getWasmTableEntry");
        var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
          if (functionsInTableMap) {
            for (var i2 = offset; i2 < offset + count; i2++) {
              var item = getWasmTableEntry(i2);
              if (item) {
                functionsInTableMap.set(item, i2);
              }
            }
          }
        }, "updateTableMap");
        var functionsInTableMap;
        var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
          if (!functionsInTableMap) {
            functionsInTableMap = /* @__PURE__ */ new WeakMap();
            updateTableMap(0, wasmTable.length);
          }
          return functionsInTableMap.get(func2) || 0;
        }, "getFunctionAddress");
        var freeTableIndexes = [];
        var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
          if (freeTableIndexes.length) {
            return freeTableIndexes.pop();
          }
          try {
            wasmTable.grow(1);
          } catch (err2) {
            if (!(err2 instanceof RangeError)) {
              throw err2;
            }
            throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
          }
          return wasmTable.length - 1;
        }, "getEmptyTableSlot");
        var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
          wasmTable.set(idx, func2);
          wasmTableMirror[idx] = wasmTable.get(idx);
        }, "setWasmTableEntry");
        var addFunction = /* @__PURE__ */ __name((func2, sig) => {
          var rtn = getFunctionAddress(func2);
          if (rtn) {
            return rtn;
          }
          var ret = getEmptyTableSlot();
          try {
            setWasmTableEntry(ret, func2);
          } catch (err2) {
            if (!(err2 instanceof TypeError)) {
              throw err2;
            }
            var wrapped = convertJsFunctionToWasm(func2, sig);
            setWasmTableEntry(ret, wrapped);
          }
          functionsInTableMap.set(func2, ret);
          return ret;
        }, "addFunction");
        var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
          for (var symName in exports) {
            if (isInternalSym(symName)) {
              continue;
            }
            var value = exports[symName];
            GOT[symName] ||= new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            });
            if (replace || GOT[symName].value == 0) {
              if (typeof value == "function") {
                GOT[symName].value = addFunction(value);
              } else if (typeof value == "number") {
                GOT[symName].value = value;
              } else {
                err(`unhandled export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "updateGOT");
        var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
          var relocated2 = {};
          for (var e in exports) {
            var value = exports[e];
            if (typeof value == "object") {
              value = value.value;
            }
            if (typeof value == "number") {
              value += memoryBase2;
            }
            relocated2[e] = value;
          }
          updateGOT(relocated2, replace);
          return relocated2;
        }, "relocateExports");
        var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
          var existing = wasmImports[symName];
          if (!existing || existing.stub) {
            return false;
          }
          return true;
        }, "isSymbolDefined");
        var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
          var rtn = getWasmTableEntry(ptr)(...args2);
          return rtn;
        }, "dynCall");
        var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
        var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
        var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
          var sp = stackSave();
          try {
            return dynCall(sig, ptr, args2);
          } catch (e) {
            stackRestore(sp);
            if (e !== e + 0) throw e;
            _setThrew(1, 0);
            if (sig[0] == "j") return 0n;
          }
        }, "createInvokeFunction");
        var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
          var sym;
          if (isSymbolDefined(symName)) {
            sym = wasmImports[symName];
          } else if (symName.startsWith("invoke_")) {
            sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
          }
          return {
            sym,
            name: symName
          };
        }, "resolveGlobalSymbol");
        var onPostCtors = [];
        var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
        var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
        var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
          var metadata = getDylinkMetadata(binary);
          currentModuleWeakSymbols = metadata.weakImports;
          function loadModule() {
            var memAlign = Math.pow(2, metadata.memoryAlign);
            var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
            var tableBase = metadata.tableSize ? wasmTable.length : 0;
            if (handle) {
              HEAP8[handle + 8] = 1;
              LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
              LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
              LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
              LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
            }
            if (metadata.tableSize) {
              wasmTable.grow(metadata.tableSize);
            }
            var moduleExports;
            function resolveSymbol(sym) {
              var resolved = resolveGlobalSymbol(sym).sym;
              if (!resolved && localScope) {
                resolved = localScope[sym];
              }
              if (!resolved) {
                resolved = moduleExports[sym];
              }
              return resolved;
            }
            __name(resolveSymbol, "resolveSymbol");
            var proxyHandler = {
              get(stubs, prop) {
                switch (prop) {
                  case "__memory_base":
                    return memoryBase;
                  case "__table_base":
                    return tableBase;
                }
                if (prop in wasmImports && !wasmImports[prop].stub) {
                  var res = wasmImports[prop];
                  return res;
                }
                if (!(prop in stubs)) {
                  var resolved;
                  stubs[prop] = (...args2) => {
                    resolved ||= resolveSymbol(prop);
                    return resolved(...args2);
                  };
                }
                return stubs[prop];
              }
            };
            var proxy = new Proxy({}, proxyHandler);
            var info = {
              "GOT.mem": new Proxy({}, GOTHandler),
              "GOT.func": new Proxy({}, GOTHandler),
              "env": proxy,
              "wasi_snapshot_preview1": proxy
            };
            function postInstantiation(module, instance) {
              updateTableMap(tableBase, metadata.tableSize);
              moduleExports = relocateExports(instance.exports, memoryBase);
              if (!flags.allowUndefined) {
                reportUndefinedSymbols();
              }
              function addEmAsm(addr, body) {
                var args = [];
                var arity = 0;
                for (; arity < 16; arity++) {
                  if (body.indexOf("$" + arity) != -1) {
                    args.push("$" + arity);
                  } else {
                    break;
                  }
                }
                args = args.join(",");
                var func = `(${args}) => { ${body} };`;
                ASM_CONSTS[start] = eval(func);
              }
              __name(addEmAsm, "addEmAsm");
              if ("__start_em_asm" in moduleExports) {
                var start = moduleExports["__start_em_asm"];
                var stop = moduleExports["__stop_em_asm"];
                while (start < stop) {
                  var jsString = UTF8ToString(start);
                  addEmAsm(start, jsString);
                  start = HEAPU8.indexOf(0, start) + 1;
                }
              }
              function addEmJs(name, cSig, body) {
                var jsArgs = [];
                cSig = cSig.slice(1, -1);
                if (cSig != "void") {
                  cSig = cSig.split(",");
                  for (var i in cSig) {
                    var jsArg = cSig[i].split(" ").pop();
                    jsArgs.push(jsArg.replace("*", ""));
                  }
                }
                var func = `(${jsArgs}) => ${body};`;
                moduleExports[name] = eval(func);
              }
              __name(addEmJs, "addEmJs");
              for (var name in moduleExports) {
                if (name.startsWith("__em_js__")) {
                  var start = moduleExports[name];
                  var jsString = UTF8ToString(start);
                  var parts = jsString.split("<::>");
                  addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                  delete moduleExports[name];
                }
              }
              var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
              if (applyRelocs) {
                if (runtimeInitialized) {
                  applyRelocs();
                } else {
                  __RELOC_FUNCS__.push(applyRelocs);
                }
              }
              var init = moduleExports["__wasm_call_ctors"];
              if (init) {
                if (runtimeInitialized) {
                  init();
                } else {
                  addOnPostCtor(init);
                }
              }
              return moduleExports;
            }
            __name(postInstantiation, "postInstantiation");
            if (flags.loadAsync) {
              if (binary instanceof WebAssembly.Module) {
                var instance = new WebAssembly.Instance(binary, info);
                return Promise.resolve(postInstantiation(binary, instance));
              }
              return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
            }
            var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
            var instance = new WebAssembly.Instance(module, info);
            return postInstantiation(module, instance);
          }
          __name(loadModule, "loadModule");
          if (flags.loadAsync) {
            return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
          }
          metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
          return loadModule();
        }, "loadWebAssemblyModule");
        var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
          for (var [sym, exp] of Object.entries(exports)) {
            const setImport = /* @__PURE__ */ __name((target) => {
              if (!isSymbolDefined(target)) {
                wasmImports[target] = exp;
              }
            }, "setImport");
            setImport(sym);
            const main_alias = "__main_argc_argv";
            if (sym == "main") {
              setImport(main_alias);
            }
            if (sym == main_alias) {
              setImport("main");
            }
          }
        }, "mergeLibSymbols");
        var asyncLoad = /* @__PURE__ */ __name(async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        }, "asyncLoad");
        function loadDynamicLibrary(libName2, flags2 = {
          global: true,
          nodelete: true
        }, localScope2, handle2) {
          var dso = LDSO.loadedLibsByName[libName2];
          if (dso) {
            if (!flags2.global) {
              if (localScope2) {
                Object.assign(localScope2, dso.exports);
              }
            } else if (!dso.global) {
              dso.global = true;
              mergeLibSymbols(dso.exports, libName2);
            }
            if (flags2.nodelete && dso.refcount !== Infinity) {
              dso.refcount = Infinity;
            }
            dso.refcount++;
            if (handle2) {
              LDSO.loadedLibsByHandle[handle2] = dso;
            }
            return flags2.loadAsync ? Promise.resolve(true) : true;
          }
          dso = newDSO(libName2, handle2, "loading");
          dso.refcount = flags2.nodelete ? Infinity : 1;
          dso.global = flags2.global;
          function loadLibData() {
            if (handle2) {
              var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
              var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
              if (data && dataSize) {
                var libData = HEAP8.slice(data, data + dataSize);
                return flags2.loadAsync ? Promise.resolve(libData) : libData;
              }
            }
            var libFile = locateFile(libName2);
            if (flags2.loadAsync) {
              return asyncLoad(libFile);
            }
            if (!readBinary) {
              throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
            }
            return readBinary(libFile);
          }
          __name(loadLibData, "loadLibData");
          function getExports() {
            if (flags2.loadAsync) {
              return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
            }
            return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
          }
          __name(getExports, "getExports");
          function moduleLoaded(exports) {
            if (dso.global) {
              mergeLibSymbols(exports, libName2);
            } else if (localScope2) {
              Object.assign(localScope2, exports);
            }
            dso.exports = exports;
          }
          __name(moduleLoaded, "moduleLoaded");
          if (flags2.loadAsync) {
            return getExports().then((exports) => {
              moduleLoaded(exports);
              return true;
            });
          }
          moduleLoaded(getExports());
          return true;
        }
        __name(loadDynamicLibrary, "loadDynamicLibrary");
        var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
          for (var [symName, entry] of Object.entries(GOT)) {
            if (entry.value == 0) {
              var value = resolveGlobalSymbol(symName, true).sym;
              if (!value && !entry.required) {
                continue;
              }
              if (typeof value == "function") {
                entry.value = addFunction(value, value.sig);
              } else if (typeof value == "number") {
                entry.value = value;
              } else {
                throw new Error(`bad export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "reportUndefinedSymbols");
        var loadDylibs = /* @__PURE__ */ __name(() => {
          if (!dynamicLibraries.length) {
            reportUndefinedSymbols();
            return;
          }
          addRunDependency("loadDylibs");
          dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
            loadAsync: true,
            global: true,
            nodelete: true,
            allowUndefined: true
          })), Promise.resolve()).then(() => {
            reportUndefinedSymbols();
            removeRunDependency("loadDylibs");
          });
        }, "loadDylibs");
        var noExitRuntime = Module["noExitRuntime"] || true;
        function setValue(ptr, value, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              HEAP8[ptr] = value;
              break;
            case "i8":
              HEAP8[ptr] = value;
              break;
            case "i16":
              LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
              break;
            case "i32":
              LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
              break;
            case "i64":
              HEAP64[ptr >> 3] = BigInt(value);
              break;
            case "float":
              LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
              break;
            case "double":
              LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
              break;
            case "*":
              LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
              break;
            default:
              abort(`invalid type for setValue: ${type}`);
          }
        }
        __name(setValue, "setValue");
        var ___memory_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1024);
        var ___stack_pointer = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        }, 78224);
        var ___table_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1);
        var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
        __abort_js.sig = "v";
        var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
        _emscripten_get_now.sig = "d";
        var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
        _emscripten_date_now.sig = "d";
        var nowIsMonotonic = 1;
        var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
        function _clock_time_get(clk_id, ignored_precision, ptime) {
          ignored_precision = bigintToI53Checked(ignored_precision);
          if (!checkWasiClock(clk_id)) {
            return 28;
          }
          var now;
          if (clk_id === 0) {
            now = _emscripten_date_now();
          } else if (nowIsMonotonic) {
            now = _emscripten_get_now();
          } else {
            return 52;
          }
          var nsec = Math.round(now * 1e3 * 1e3);
          HEAP64[ptime >> 3] = BigInt(nsec);
          return 0;
        }
        __name(_clock_time_get, "_clock_time_get");
        _clock_time_get.sig = "iijp";
        var getHeapMax = /* @__PURE__ */ __name(() => (
          // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
          // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
          // for any code that deals with heap sizes, which would require special
          // casing all heap size related code to treat 0 specially.
          2147483648
        ), "getHeapMax");
        var growMemory = /* @__PURE__ */ __name((size) => {
          var b = wasmMemory.buffer;
          var pages = (size - b.byteLength + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        }, "growMemory");
        var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        }, "_emscripten_resize_heap");
        _emscripten_resize_heap.sig = "ip";
        var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
        _fd_close.sig = "ii";
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          return 70;
        }
        __name(_fd_seek, "_fd_seek");
        _fd_seek.sig = "iijip";
        var printCharBuffers = [null, [], []];
        var printChar = /* @__PURE__ */ __name((stream, curr) => {
          var buffer = printCharBuffers[stream];
          if (curr === 0 || curr === 10) {
            (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
            buffer.length = 0;
          } else {
            buffer.push(curr);
          }
        }, "printChar");
        var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
          if (printCharBuffers[1].length) printChar(1, 10);
          if (printCharBuffers[2].length) printChar(2, 10);
        }, "flush_NO_FILESYSTEM");
        var SYSCALLS = {
          varargs: void 0,
          getStr(ptr) {
            var ret = UTF8ToString(ptr);
            return ret;
          }
        };
        var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
          var num = 0;
          for (var i2 = 0; i2 < iovcnt; i2++) {
            var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
            var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
            iov += 8;
            for (var j = 0; j < len; j++) {
              printChar(fd, HEAPU8[ptr + j]);
            }
            num += len;
          }
          LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
          return 0;
        }, "_fd_write");
        _fd_write.sig = "iippp";
        function _tree_sitter_log_callback(isLexMessage, messageAddress) {
          if (Module.currentLogCallback) {
            const message = UTF8ToString(messageAddress);
            Module.currentLogCallback(message, isLexMessage !== 0);
          }
        }
        __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
        function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
          const INPUT_BUFFER_SIZE = 10 * 1024;
          const string = Module.currentParseCallback(index, {
            row,
            column
          });
          if (typeof string === "string") {
            setValue(lengthAddress, string.length, "i32");
            stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
          } else {
            setValue(lengthAddress, 0, "i32");
          }
        }
        __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
        function _tree_sitter_progress_callback(currentOffset, hasError) {
          if (Module.currentProgressCallback) {
            return Module.currentProgressCallback({
              currentOffset,
              hasError
            });
          }
          return false;
        }
        __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
        function _tree_sitter_query_progress_callback(currentOffset) {
          if (Module.currentQueryProgressCallback) {
            return Module.currentQueryProgressCallback({
              currentOffset
            });
          }
          return false;
        }
        __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
        var runtimeKeepaliveCounter = 0;
        var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
        var _proc_exit = /* @__PURE__ */ __name((code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        }, "_proc_exit");
        _proc_exit.sig = "vi";
        var exitJS = /* @__PURE__ */ __name((status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        }, "exitJS");
        var handleException = /* @__PURE__ */ __name((e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        }, "handleException");
        var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
          var len = 0;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var c = str.charCodeAt(i2);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i2;
            } else {
              len += 3;
            }
          }
          return len;
        }, "lengthBytesUTF8");
        var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var u = str.charCodeAt(i2);
            if (u >= 55296 && u <= 57343) {
              var u1 = str.charCodeAt(++i2);
              u = 65536 + ((u & 1023) << 10) | u1 & 1023;
            }
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        }, "stringToUTF8Array");
        var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
        var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
        var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
          var size = lengthBytesUTF8(str) + 1;
          var ret = stackAlloc(size);
          stringToUTF8(str, ret, size);
          return ret;
        }, "stringToUTF8OnStack");
        var AsciiToString = /* @__PURE__ */ __name((ptr) => {
          var str = "";
          while (1) {
            var ch = HEAPU8[ptr++];
            if (!ch) return str;
            str += String.fromCharCode(ch);
          }
        }, "AsciiToString");
        var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
          maxBytesToWrite ??= 2147483647;
          if (maxBytesToWrite < 2) return 0;
          maxBytesToWrite -= 2;
          var startPtr = outPtr;
          var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
          for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
            var codeUnit = str.charCodeAt(i2);
            LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
            outPtr += 2;
          }
          LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
          return outPtr - startPtr;
        }, "stringToUTF16");
        var wasmImports = {
          /** @export */
          __heap_base: ___heap_base,
          /** @export */
          __indirect_function_table: wasmTable,
          /** @export */
          __memory_base: ___memory_base,
          /** @export */
          __stack_pointer: ___stack_pointer,
          /** @export */
          __table_base: ___table_base,
          /** @export */
          _abort_js: __abort_js,
          /** @export */
          clock_time_get: _clock_time_get,
          /** @export */
          emscripten_resize_heap: _emscripten_resize_heap,
          /** @export */
          fd_close: _fd_close,
          /** @export */
          fd_seek: _fd_seek,
          /** @export */
          fd_write: _fd_write,
          /** @export */
          memory: wasmMemory,
          /** @export */
          tree_sitter_log_callback: _tree_sitter_log_callback,
          /** @export */
          tree_sitter_parse_callback: _tree_sitter_parse_callback,
          /** @export */
          tree_sitter_progress_callback: _tree_sitter_progress_callback,
          /** @export */
          tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
        };
        var wasmExports = await createWasm();
        var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
        var _malloc = Module["_malloc"] = wasmExports["malloc"];
        var _calloc = Module["_calloc"] = wasmExports["calloc"];
        var _realloc = Module["_realloc"] = wasmExports["realloc"];
        var _free = Module["_free"] = wasmExports["free"];
        var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
        var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
        var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
        var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
        var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
        var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
        var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
        var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
        var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
        var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
        var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
        var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
        var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
        var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
        var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
        var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
        var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
        var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
        var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
        var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
        var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
        var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
        var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
        var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
        var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
        var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
        var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
        var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
        var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
        var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
        var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
        var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
        var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
        var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
        var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
        var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
        var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
        var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
        var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
        var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
        var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
        var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
        var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
        var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
        var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
        var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
        var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
        var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
        var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
        var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
        var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
        var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
        var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
        var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
        var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
        var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
        var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
        var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
        var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
        var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
        var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
        var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
        var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
        var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
        var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
        var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
        var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
        var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
        var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
        var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
        var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
        var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
        var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
        var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
        var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
        var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
        var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
        var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
        var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
        var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
        var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
        var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
        var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
        var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
        var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
        var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
        var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
        var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
        var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
        var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
        var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
        var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
        var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
        var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
        var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
        var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
        var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
        var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
        var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
        var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
        var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
        var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
        var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
        var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
        var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
        var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
        var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
        var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
        var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
        var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
        var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
        var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
        var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
        var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
        var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
        var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
        var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
        var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
        var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
        var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
        var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
        var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
        var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
        var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
        var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
        var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
        var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
        var _memset = Module["_memset"] = wasmExports["memset"];
        var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
        var _memmove = Module["_memmove"] = wasmExports["memmove"];
        var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
        var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
        var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
        var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
        var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
        var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
        var _memchr = Module["_memchr"] = wasmExports["memchr"];
        var _strlen = Module["_strlen"] = wasmExports["strlen"];
        var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
        var _strncat = Module["_strncat"] = wasmExports["strncat"];
        var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
        var _towlower = Module["_towlower"] = wasmExports["towlower"];
        var _towupper = Module["_towupper"] = wasmExports["towupper"];
        var _setThrew = wasmExports["setThrew"];
        var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
        var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
        var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
        var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
        Module["setValue"] = setValue;
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        Module["AsciiToString"] = AsciiToString;
        Module["stringToUTF16"] = stringToUTF16;
        Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
        function callMain(args2 = []) {
          var entryFunction = resolveGlobalSymbol("main").sym;
          if (!entryFunction) return;
          args2.unshift(thisProgram);
          var argc = args2.length;
          var argv = stackAlloc((argc + 1) * 4);
          var argv_ptr = argv;
          args2.forEach((arg) => {
            LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
            argv_ptr += 4;
          });
          LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
          try {
            var ret = entryFunction(argc, argv);
            exitJS(
              ret,
              /* implicit = */
              true
            );
            return ret;
          } catch (e) {
            return handleException(e);
          }
        }
        __name(callMain, "callMain");
        function run(args2 = arguments_) {
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          preRun();
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          function doRun() {
            Module["calledRun"] = true;
            if (ABORT) return;
            initRuntime();
            preMain();
            readyPromiseResolve(Module);
            Module["onRuntimeInitialized"]?.();
            var noInitialRun = Module["noInitialRun"];
            if (!noInitialRun) callMain(args2);
            postRun();
          }
          __name(doRun, "doRun");
          if (Module["setStatus"]) {
            Module["setStatus"]("Running...");
            setTimeout(() => {
              setTimeout(() => Module["setStatus"](""), 1);
              doRun();
            }, 1);
          } else {
            doRun();
          }
        }
        __name(run, "run");
        if (Module["preInit"]) {
          if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
          while (Module["preInit"].length > 0) {
            Module["preInit"].pop()();
          }
        }
        run();
        moduleRtn = readyPromise;
        return moduleRtn;
      };
    })();
    tree_sitter_default = Module2;
    Module3 = null;
    __name(initializeBinding, "initializeBinding");
    __name(checkModule, "checkModule");
    Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for WASM
      /** @internal */
      [1] = 0;
      // Internal handle for WASM
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the WASM module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options2) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options2?.progressCallback) {
          C.currentProgressCallback = options2.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options2?.includedRanges) {
          rangeCount = options2.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options2.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a timeout, cancellation,
       * or callback, then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /**
       * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
       *
       * Get the duration in microseconds that parsing is allowed to take.
       *
       * This is set via {@link Parser#setTimeoutMicros}.
       */
      getTimeoutMicros() {
        return C._ts_parser_timeout_micros(this[0]);
      }
      /**
       * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
       *
       * Set the maximum duration in microseconds that parsing should be allowed
       * to take before halting.
       *
       * If parsing takes longer than this, it will halt early, returning `null`.
       * See {@link Parser#parse} for more information.
       */
      setTimeoutMicros(timeout) {
        C._ts_parser_set_timeout_micros(this[0], 0, timeout);
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
  }
});

// packages/python/src/parse.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path5 from "node:path";
import { fileURLToPath } from "node:url";
function wanted() {
  const value = (process.env[PARSER_ENV] ?? "").trim().toLowerCase();
  if (value === "native" || value === "wasm") return value;
  if (value === "" || value === "auto") return "auto";
  throw new Error(`${PARSER_ENV} must be native, wasm or auto (got "${value}").`);
}
function packageVersion(name2) {
  try {
    let dir = path5.dirname(requireHere.resolve(name2));
    for (; ; ) {
      const manifest = path5.join(dir, "package.json");
      try {
        const json = JSON.parse(readFileSync(manifest, "utf8"));
        if (json.name === name2) return json.version ?? "?";
      } catch {
      }
      const parent = path5.dirname(dir);
      if (parent === dir) return "?";
      dir = parent;
    }
  } catch {
    return "?";
  }
}
function grammarFile(file) {
  if (bundled) return fileURLToPath(new URL(`./${path5.basename(file)}`, import.meta.url));
  return requireHere.resolve(`tree-sitter-python/${file}`);
}
function grammarVersion() {
  return bundled ? bundled.grammar : packageVersion("tree-sitter-python");
}
function loadNative() {
  if (bundled) throw new Error("this bundle carries only the WebAssembly parser");
  const Parser2 = requireHere("tree-sitter");
  const Python = requireHere("tree-sitter-python");
  const parser = new Parser2();
  parser.setLanguage(Python);
  return {
    info: {
      kind: "native",
      runtime: `tree-sitter ${packageVersion("tree-sitter")}`,
      grammar: grammarVersion()
    },
    // The default 32 KiB input buffer makes large files parse in many small native calls.
    parse: (source) => parser.parse(source, void 0, {
      bufferSize: Math.max(32 * 1024, source.length + 1)
    }),
    free: () => {
    }
  };
}
async function loadWasm(nativeUnavailable) {
  const { Parser: Parser2, Language: Language2 } = await Promise.resolve().then(() => (init_tree_sitter(), tree_sitter_exports));
  await Parser2.init({
    locateFile: (name2) => bundled ? fileURLToPath(new URL(`./${name2}`, import.meta.url)) : requireHere.resolve(`web-tree-sitter/${name2}`)
  });
  const language = await Language2.load(readFileSync(grammarFile("tree-sitter-python.wasm")));
  const parser = new Parser2();
  parser.setLanguage(language);
  const runtime = `web-tree-sitter ${bundled ? bundled.webTreeSitter : packageVersion("web-tree-sitter")}`;
  return {
    info: {
      kind: "wasm",
      runtime,
      grammar: grammarVersion(),
      ...nativeUnavailable ? { nativeUnavailable } : {}
    },
    parse: (source) => {
      const tree = parser.parse(source);
      if (!tree) throw new Error("web-tree-sitter returned no tree");
      return tree;
    },
    free: (tree, cursor) => {
      cursor?.delete();
      tree.delete();
    }
  };
}
function firstLine(error) {
  return String(error?.message ?? error).split("\n")[0];
}
function initPythonParser() {
  if (backend) return Promise.resolve(backend.info);
  loading ??= (async () => {
    const choice = wanted();
    let nativeUnavailable;
    if (choice !== "wasm") {
      try {
        return loadNative();
      } catch (error) {
        if (choice === "native")
          throw new Error(`The native tree-sitter parser did not load: ${firstLine(error)}`, {
            cause: error
          });
        nativeUnavailable = firstLine(error);
      }
    } else nativeUnavailable = `${PARSER_ENV}=wasm`;
    return loadWasm(nativeUnavailable);
  })();
  return loading.then((loaded3) => (backend = loaded3).info);
}
async function selectPythonParser(kind) {
  backend = kind === "native" ? loadNative() : await loadWasm(void 0);
  loading = Promise.resolve(backend);
  return backend.info;
}
function pythonParserInfo() {
  return backend?.info;
}
function ready() {
  if (backend) return backend;
  if (wanted() !== "wasm" && !bundled) {
    try {
      return backend = loadNative();
    } catch {
    }
  }
  throw new Error(
    "The Python parser is not loaded: await initPythonParser() before parsing (the WebAssembly parser loads asynchronously)."
  );
}
function parsePython(source) {
  return ready().parse(source);
}
function freePythonTree(tree, cursor) {
  ready().free(tree, cursor);
}
function pythonNodeTypes() {
  return nodeTypes ??= JSON.parse(
    readFileSync(grammarFile("src/node-types.json"), "utf8")
  );
}
var PARSER_ENV, bundled, requireHere, backend, loading, nodeTypes;
var init_parse = __esm({
  "packages/python/src/parse.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    PARSER_ENV = "DAG_TRANSPORT_PARSER";
    bundled = typeof define_DAG_TRANSPORT_BUNDLED_GRAMMAR_default !== "undefined" ? define_DAG_TRANSPORT_BUNDLED_GRAMMAR_default : void 0;
    requireHere = createRequire(import.meta.url);
  }
});

// packages/python/src/syntax-tree.ts
function fieldHoldsToken(field) {
  return field.types.some((type) => !type.named);
}
function learnType(cursor, typeId) {
  const name2 = cursor.nodeType;
  typeNames[typeId] = name2;
  typeIsNamed[typeId] = cursor.nodeIsNamed ? 1 : 0;
  typeHasFields[typeId] = TYPES_WITH_FIELDS.has(name2) || name2 === "ERROR" ? 1 : 0;
  typeHasTokenFields[typeId] = TYPES_WITH_TOKEN_FIELDS.has(name2) || name2 === "ERROR" ? 1 : 0;
  const literal2 = !typeIsNamed[typeId] && !/\s/.test(name2);
  typeIsLeaf[typeId] = literal2 || NAMED_TOKENS.has(name2) ? 1 : 0;
  typeWidth[typeId] = literal2 ? name2.length : 0;
  typeKind[typeId] = typeIsNamed[typeId] ? KINDS[name2] ?? 0 : 0;
  typeIsPadded[typeId] = PADDED_TYPES.has(name2) ? 1 : 0;
  if (name2 in stringParts && stringParts[name2] === 0)
    stringParts[name2] = typeId;
  learnedTypeIds.push(typeId);
  typeMasks.clear();
}
function typeMask(types) {
  if (typeof types === "string") return typeMasks.get(types) ?? maskFor(types, [types]);
  const known = masksByList.get(types);
  if (known !== void 0 && known.generation === learnedTypeIds.length) return known.mask;
  const mask = maskFor(types.join(" "), types);
  masksByList.set(types, { mask, generation: learnedTypeIds.length });
  return mask;
}
function maskFor(key, types) {
  let mask = typeMasks.get(key);
  if (!mask) {
    mask = new Uint8Array(SYMBOL_IDS);
    for (const typeId of learnedTypeIds) if (types.includes(typeNames[typeId])) mask[typeId] = 1;
    typeMasks.set(key, mask);
  }
  return mask;
}
function learnField(cursor, fieldId) {
  const name2 = cursor.currentFieldName ?? "";
  fieldNames[fieldId] = name2;
  fieldIdsByName.set(name2, fieldId);
}
function lineStartsOf(source) {
  let count = 1;
  for (let i2 = source.indexOf("\n"); i2 !== -1; i2 = source.indexOf("\n", i2 + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i2 = source.indexOf("\n"); i2 !== -1; i2 = source.indexOf("\n", i2 + 1)) starts[line++] = i2 + 1;
  return starts;
}
function columnsIn(buffer, capacity) {
  let offset = 0;
  const take = (make, bytes) => {
    const column = make(buffer, offset, capacity);
    offset += bytes * capacity;
    return column;
  };
  return {
    starts: take((b, o, n) => new Uint32Array(b, o, n), 4),
    ends: take((b, o, n) => new Uint32Array(b, o, n), 4),
    parents: take((b, o, n) => new Int32Array(b, o, n), 4),
    nextSiblings: take((b, o, n) => new Int32Array(b, o, n), 4),
    lastDescendants: take((b, o, n) => new Int32Array(b, o, n), 4),
    typeIds: take((b, o, n) => new Uint16Array(b, o, n), 2),
    fieldIds: take((b, o, n) => new Uint16Array(b, o, n), 2),
    flags: take((b, o, n) => new Uint8Array(b, o, n), 1)
  };
}
function allocate(capacity) {
  return columnsIn(new ArrayBuffer(NODE_BYTES * capacity), capacity);
}
function grown(columns, count) {
  const larger = allocate(Math.max(1024, columns.typeIds.length * 2));
  for (const key of Object.keys(larger))
    larger[key].set(columns[key].subarray(0, count));
  return larger;
}
function firstNodes(columns, count) {
  if (count === columns.typeIds.length) return columns;
  const views = { ...columns };
  for (const key of Object.keys(columns))
    views[key] = columns[key].subarray(0, count);
  return views;
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 65279 || code === 8288 || code === 8203;
}
function isAsciiIdentifierPart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95 || code >= 48 && code <= 57;
}
function copyTree(parsed, cursor, source) {
  const exact = parsed.rootNode.hasError;
  const length = source.length;
  let count = 0;
  let depth = 0;
  let maxDepth = 0;
  let stringDepth = 0;
  let previousLeafEnd = 0;
  let columns = allocate(parsed.rootNode.descendantCount);
  let { typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags: flags2 } = columns;
  const reserve = () => {
    if (count === typeIds.length) {
      columns = grown(columns, count);
      ({ typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags: flags2 } = columns);
    }
    return count++;
  };
  const enter = (parent) => {
    const id = reserve();
    const typeId = cursor.nodeTypeId;
    if (typeNames[typeId] === "") learnType(cursor, typeId);
    typeIds[id] = typeId;
    let fieldId = 0;
    const parentType = parent === NONE ? 0 : typeIds[parent];
    if (parent !== NONE && typeHasFields[parentType] === 1 && (typeIsNamed[typeId] === 1 || typeHasTokenFields[parentType] === 1)) {
      fieldId = cursor.currentFieldId || 0;
      if (fieldId !== 0 && fieldNames[fieldId] === void 0) learnField(cursor, fieldId);
    }
    fieldIds[id] = fieldId;
    parents[id] = parent;
    nextSiblings[id] = NONE;
    flags2[id] = typeKind[typeId] === ERROR_KIND ? ERRONEOUS | (cursor.currentNode.hasError ? HAS_ERROR : 0) : 0;
    return id;
  };
  const found = { start: 0, end: 0 };
  const fromText = (typeId) => {
    let at2 = previousLeafEnd;
    while (at2 < length && isSpace(source.charCodeAt(at2))) at2++;
    const width = typeWidth[typeId];
    if (width !== 0) {
      if (!source.startsWith(typeNames[typeId], at2)) return false;
      found.start = at2;
      found.end = at2 + width;
      return true;
    }
    const kind = typeKind[typeId];
    if (kind === IDENTIFIER) {
      const first = source.charCodeAt(at2);
      if (!isAsciiIdentifierPart(first) || first >= 48 && first <= 57) return false;
      let end = at2 + 1;
      while (end < length && isAsciiIdentifierPart(source.charCodeAt(end))) end++;
      if (end < length && source.charCodeAt(end) >= 128) return false;
      found.start = at2;
      found.end = end;
      return true;
    }
    if (kind === COMMENT) {
      if (source.charCodeAt(at2) !== 35) return false;
      const newline = source.indexOf("\n", at2);
      const end = newline === -1 ? length : newline;
      if (source.charCodeAt(end - 1) === 13) return false;
      found.start = at2;
      found.end = end;
      return true;
    }
    return false;
  };
  const add = (parent, previous, typeId, start2, end) => {
    const id = reserve();
    typeIds[id] = typeId;
    fieldIds[id] = 0;
    parents[id] = parent;
    nextSiblings[id] = NONE;
    if (previous !== NONE) nextSiblings[previous] = id;
    starts[id] = start2;
    ends[id] = end;
    lastDescendants[id] = id;
    flags2[id] = 0;
    return id;
  };
  const copiedPlainString = (string) => {
    if (stringParts.string_start === 0 || stringParts.string_content === 0 || stringParts.string_end === 0)
      return false;
    const start2 = cursor.startIndex;
    const end = cursor.endIndex;
    let at2 = start2;
    for (let code = source.charCodeAt(at2); (code | 32) >= 97 && (code | 32) <= 122; code = source.charCodeAt(++at2)) {
      if ((code | 32) === 102 || (code | 32) === 116) return false;
    }
    const quote = source.charCodeAt(at2);
    if (quote !== 34 && quote !== 39) return false;
    const triple = end - at2 >= 6 && source.charCodeAt(at2 + 1) === quote && source.charCodeAt(at2 + 2) === quote;
    const quoteLength = triple ? 3 : 1;
    const contentStart = at2 + quoteLength;
    const contentEnd = end - quoteLength;
    if (contentEnd < contentStart) return false;
    for (let i2 = contentEnd; i2 < end; i2++) if (source.charCodeAt(i2) !== quote) return false;
    for (let i2 = start2; i2 < end; i2++) if (source.charCodeAt(i2) === 92) return false;
    starts[string] = start2;
    ends[string] = end;
    let part = add(string, NONE, stringParts.string_start, start2, contentStart);
    if (contentEnd > contentStart)
      part = add(string, part, stringParts.string_content, contentStart, contentEnd);
    add(string, part, stringParts.string_end, contentEnd, end);
    lastDescendants[string] = count - 1;
    if (depth + 1 > maxDepth) maxDepth = depth + 1;
    previousLeafEnd = end;
    return true;
  };
  let current = enter(NONE);
  for (; ; ) {
    const typeId = typeIds[current];
    if (!exact && typeKind[typeId] === STRING && copiedPlainString(current)) {
    } else if (typeIsLeaf[typeId] === 0 && cursor.gotoFirstChild()) {
      if (typeKind[typeId] === STRING) stringDepth++;
      current = enter(current);
      if (++depth > maxDepth) maxDepth = depth;
      continue;
    } else {
      let start2;
      let end;
      if (!exact && stringDepth === 0 && fromText(typeId)) {
        start2 = found.start;
        end = found.end;
      } else {
        start2 = cursor.startIndex;
        const width = exact ? 0 : typeWidth[typeId];
        end = width !== 0 ? start2 + width : cursor.endIndex;
        if (start2 === end && cursor.nodeIsMissing) flags2[current] |= MISSING | HAS_ERROR | ERRONEOUS;
      }
      starts[current] = start2;
      ends[current] = end;
      previousLeafEnd = end;
      lastDescendants[current] = current;
    }
    for (; ; ) {
      const parent = parents[current];
      if (parent === NONE) return { ...firstNodes(columns, count), depth: maxDepth };
      if ((flags2[current] & ERRONEOUS) !== 0)
        flags2[parent] |= typeKind[typeIds[parent]] === ERROR_KIND ? ERRONEOUS : ERRONEOUS | HAS_ERROR;
      if (cursor.gotoNextSibling()) {
        const sibling = enter(parent);
        nextSiblings[current] = sibling;
        current = sibling;
        break;
      }
      cursor.gotoParent();
      depth--;
      if (exact || stringDepth > 0 || typeIsPadded[typeIds[parent]] === 1) {
        starts[parent] = cursor.startIndex;
        ends[parent] = cursor.endIndex;
      } else {
        starts[parent] = starts[parent + 1];
        ends[parent] = ends[current];
      }
      if (typeKind[typeIds[parent]] === STRING) stringDepth--;
      lastDescendants[parent] = count - 1;
      current = parent;
    }
  }
}
function parseSyntaxTree(source) {
  return new SyntaxTree(source);
}
var SYMBOL_IDS, typeNames, typeIsNamed, typeHasFields, learnedTypeIds, fieldNames, fieldIdsByName, typeMasks, typeIsLeaf, typeWidth, IDENTIFIER, COMMENT, STRING, ERROR_KIND, typeKind, KINDS, stringParts, PADDED_TYPES, typeIsPadded, nodeTypeInfo, TYPES_WITH_FIELDS, TYPES_WITH_TOKEN_FIELDS, typeHasTokenFields, NAMED_TOKENS, masksByList, MISSING, HAS_ERROR, ERRONEOUS, NONE, SyntaxTree, NO_NODES, SyntaxNode, NODE_BYTES;
var init_syntax_tree = __esm({
  "packages/python/src/syntax-tree.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_parse();
    SYMBOL_IDS = 1 << 16;
    typeNames = Array.from({ length: SYMBOL_IDS }, () => "");
    typeIsNamed = new Uint8Array(SYMBOL_IDS);
    typeHasFields = new Uint8Array(SYMBOL_IDS);
    learnedTypeIds = [];
    fieldNames = [];
    fieldIdsByName = /* @__PURE__ */ new Map();
    typeMasks = /* @__PURE__ */ new Map();
    typeIsLeaf = new Uint8Array(SYMBOL_IDS);
    typeWidth = new Uint8Array(SYMBOL_IDS);
    IDENTIFIER = 1;
    COMMENT = 2;
    STRING = 3;
    ERROR_KIND = 4;
    typeKind = new Uint8Array(SYMBOL_IDS);
    KINDS = {
      identifier: IDENTIFIER,
      comment: COMMENT,
      string: STRING,
      ERROR: ERROR_KIND
    };
    stringParts = { string_start: 0, string_content: 0, string_end: 0 };
    PADDED_TYPES = /* @__PURE__ */ new Set(["module", "block", "decorator", "ERROR"]);
    typeIsPadded = new Uint8Array(SYMBOL_IDS);
    nodeTypeInfo = pythonNodeTypes();
    TYPES_WITH_FIELDS = new Set(
      nodeTypeInfo.filter((info2) => info2.named && info2.fields && Object.keys(info2.fields).length > 0).map((info2) => info2.type)
    );
    TYPES_WITH_TOKEN_FIELDS = new Set(
      nodeTypeInfo.filter((info2) => info2.named && Object.values(info2.fields ?? {}).some((field) => fieldHoldsToken(field))).map((info2) => info2.type)
    );
    typeHasTokenFields = new Uint8Array(SYMBOL_IDS);
    NAMED_TOKENS = new Set(
      nodeTypeInfo.filter((info2) => info2.named && !info2.fields && !info2.children && !info2.subtypes).map((info2) => info2.type)
    );
    masksByList = /* @__PURE__ */ new WeakMap();
    MISSING = 1;
    HAS_ERROR = 2;
    ERRONEOUS = 4;
    NONE = -1;
    SyntaxTree = class {
      constructor(source) {
        this.source = source;
        const parsed = parsePython(source);
        const cursor = parsed.walk();
        let columns;
        try {
          columns = copyTree(parsed, cursor, source);
        } finally {
          freePythonTree(parsed, cursor);
        }
        this.typeIds = columns.typeIds;
        this.fieldIds = columns.fieldIds;
        this.starts = columns.starts;
        this.ends = columns.ends;
        this.parents = columns.parents;
        this.nextSiblings = columns.nextSiblings;
        this.lastDescendants = columns.lastDescendants;
        this.flags = columns.flags;
        this.depth = columns.depth ?? 0;
        this.objects = new Array(this.typeIds.length);
        this.rootNode = this.node(0);
      }
      source;
      rootNode;
      /** Per node, by id (pre-order). */
      typeIds;
      fieldIds;
      starts;
      ends;
      parents;
      nextSiblings;
      /** The last id of each node's subtree: a node has children when it is greater than its own id. */
      lastDescendants;
      flags;
      /** Levels from the root to the deepest node (the root is level 0). */
      depth;
      objects;
      lineStarts;
      get nodeCount() {
        return this.typeIds.length;
      }
      /** The node with this id (one object per node, made on first use). */
      node(id) {
        return this.objects[id] ??= new SyntaxNode(this, id);
      }
      /** Row and column (UTF-16 units, as string indices) of an offset; rows end at `\n`, as in tree-sitter. */
      pointAt(index) {
        const starts = this.lineStarts ??= lineStartsOf(this.source);
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (starts[mid] <= index) low = mid;
          else high = mid - 1;
        }
        return { row: low, column: index - starts[low] };
      }
    };
    NO_NODES = Object.freeze([]);
    SyntaxNode = class {
      constructor(tree, id) {
        this.tree = tree;
        this.id = id;
      }
      tree;
      id;
      childList;
      namedList;
      get type() {
        return typeNames[this.tree.typeIds[this.id]];
      }
      get isNamed() {
        return typeIsNamed[this.tree.typeIds[this.id]] === 1;
      }
      get isMissing() {
        return (this.tree.flags[this.id] & MISSING) !== 0;
      }
      /** Whether this node or a node inside it is an ERROR or MISSING node. */
      get hasError() {
        return (this.tree.flags[this.id] & HAS_ERROR) !== 0;
      }
      get isError() {
        return this.type === "ERROR";
      }
      get startIndex() {
        return this.tree.starts[this.id];
      }
      get endIndex() {
        return this.tree.ends[this.id];
      }
      /** Whether the node's text is `text` (without making the substring). */
      hasText(text2) {
        const { starts, ends, source } = this.tree;
        const start2 = starts[this.id];
        return ends[this.id] - start2 === text2.length && source.startsWith(text2, start2);
      }
      get text() {
        return this.tree.source.substring(this.tree.starts[this.id], this.tree.ends[this.id]);
      }
      get startPosition() {
        return this.tree.pointAt(this.startIndex);
      }
      get endPosition() {
        return this.tree.pointAt(this.endIndex);
      }
      get lastDescendantId() {
        return this.tree.lastDescendants[this.id];
      }
      get parent() {
        const parent = this.tree.parents[this.id];
        return parent === NONE ? null : this.tree.node(parent);
      }
      /** The field this node fills in its parent, if any. */
      get fieldName() {
        const field = this.tree.fieldIds[this.id];
        return field === 0 ? null : fieldNames[field];
      }
      /** All children, named and anonymous (the same array every time: never mutate it). */
      get children() {
        if (this.childList === void 0) {
          const { tree } = this;
          if (tree.lastDescendants[this.id] === this.id) this.childList = NO_NODES;
          else {
            const children = [];
            for (let child = this.id + 1; child !== NONE; child = tree.nextSiblings[child])
              children.push(tree.node(child));
            this.childList = children;
          }
        }
        return this.childList;
      }
      get namedChildren() {
        if (this.namedList === void 0) {
          const { tree } = this;
          const { typeIds, nextSiblings } = tree;
          const named = [];
          if (tree.lastDescendants[this.id] !== this.id) {
            for (let child = this.id + 1; child !== NONE; child = nextSiblings[child])
              if (typeIsNamed[typeIds[child]] === 1) named.push(tree.node(child));
          }
          this.namedList = named;
        }
        return this.namedList;
      }
      get childCount() {
        return this.children.length;
      }
      get namedChildCount() {
        return this.namedChildren.length;
      }
      child(index) {
        return this.children[index] ?? null;
      }
      namedChild(index) {
        return this.namedChildren[index] ?? null;
      }
      get firstChild() {
        return this.child(0);
      }
      get lastChild() {
        return this.child(this.children.length - 1);
      }
      get firstNamedChild() {
        return this.namedChild(0);
      }
      get lastNamedChild() {
        return this.namedChild(this.namedChildren.length - 1);
      }
      get nextSibling() {
        const next = this.tree.nextSiblings[this.id];
        return next === NONE ? null : this.tree.node(next);
      }
      get previousSibling() {
        const siblings2 = this.parent?.children ?? NO_NODES;
        const index = siblings2.indexOf(this);
        return index > 0 ? siblings2[index - 1] : null;
      }
      /** The first child in the field, as tree-sitter gives it. */
      childForFieldName(name2) {
        const field = fieldIdsByName.get(name2);
        const { tree } = this;
        if (field === void 0 || tree.lastDescendants[this.id] === this.id) return null;
        for (let child = this.id + 1; child !== NONE; child = tree.nextSiblings[child])
          if (tree.fieldIds[child] === field) return tree.node(child);
        return null;
      }
      childrenForFieldName(name2) {
        const field = fieldIdsByName.get(name2);
        const { tree } = this;
        const found = [];
        if (field === void 0 || tree.lastDescendants[this.id] === this.id) return found;
        for (let child = this.id + 1; child !== NONE; child = tree.nextSiblings[child])
          if (tree.fieldIds[child] === field) found.push(tree.node(child));
        return found;
      }
      /** Nodes of these types in the subtree, this node included, in source order (as node-tree-sitter). */
      descendantsOfType(types) {
        const { tree } = this;
        const mask = typeMask(types);
        const typeIds = tree.typeIds;
        const last2 = tree.lastDescendants[this.id];
        const found = [];
        for (let id = this.id; id <= last2; id++) if (mask[typeIds[id]] === 1) found.push(tree.node(id));
        return found;
      }
      /** The smallest node in this subtree that spans `start`…`end` (tree-sitter's descent rule). */
      descendantForIndex(start2, end = start2) {
        let node = this.tree.node(this.id);
        descend: for (; ; ) {
          for (const child of node.children) {
            if (child.endIndex < end) continue;
            const empty = child.startIndex === child.endIndex;
            if (empty ? child.endIndex < start2 : child.endIndex <= start2) continue;
            if (start2 < child.startIndex) break;
            node = child;
            continue descend;
          }
          return node;
        }
      }
      toString() {
        return `(${this.type} ${this.startIndex}\u2026${this.endIndex})`;
      }
    };
    NODE_BYTES = 4 * 5 + 2 * 2 + 1;
  }
});

// packages/python/src/node-index.ts
function lowerBound(nodes, id) {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (nodes[mid].id < id) low = mid + 1;
    else high = mid;
  }
  return low;
}
function ownDescendantsOfType(root, types) {
  const { tree } = root;
  const wanted2 = typeMask(types);
  const scopes = typeMask(SCOPE_TYPE_LIST);
  const { typeIds, lastDescendants } = tree;
  const own = [];
  if (wanted2[typeIds[root.id]] === 1) own.push(root);
  const last2 = lastDescendants[root.id];
  for (let id = root.id + 1; id <= last2; id++) {
    const typeId = typeIds[id];
    if (wanted2[typeId] === 1) own.push(tree.node(id));
    if (scopes[typeId] === 1) id = lastDescendants[id];
  }
  return own;
}
var NodeIndex, SCOPE_TYPES, SCOPE_TYPE_LIST;
var init_node_index = __esm({
  "packages/python/src/node-index.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_syntax_tree();
    NodeIndex = class {
      constructor(root) {
        this.root = root;
        this.tree = root.tree;
      }
      root;
      tree;
      /** Every node of one type in the module, in source order (= id order). */
      byType = /* @__PURE__ */ new Map();
      /** Every node of the given type(s) in the module, in source order. */
      of(...types) {
        if (types.length !== 1) return this.root.descendantsOfType(types);
        const type = types[0];
        let nodes = this.byType.get(type);
        if (!nodes) {
          nodes = this.root.descendantsOfType(type);
          this.byType.set(type, nodes);
        }
        return nodes;
      }
      /** The nodes of one type inside `root` (and `root` itself, if of that type), in source order. */
      within(root, type) {
        const nodes = this.of(type);
        const first = lowerBound(nodes, root.id);
        const last2 = lowerBound(nodes, root.lastDescendantId + 1);
        return nodes.slice(first, last2);
      }
      /**
       * The innermost node of one of the given types around `node` (not `node` itself), or
       * undefined.
       */
      enclosing(node, types) {
        const mask = typeMask(types);
        const { parents, typeIds } = this.tree;
        for (let id = parents[node.id]; id !== -1; id = parents[id]) {
          if (mask[typeIds[id]] === 1) return this.tree.node(id);
        }
        return void 0;
      }
      /** The innermost function, lambda or class around `node` (not `node` itself). */
      scopeAround(node) {
        return this.enclosing(node, SCOPE_TYPE_LIST);
      }
    };
    SCOPE_TYPES = /* @__PURE__ */ new Set([
      "function_definition",
      "lambda",
      "class_definition"
    ]);
    SCOPE_TYPE_LIST = [...SCOPE_TYPES];
  }
});

// packages/python/src/bindings.ts
function bindTargets(scope, target, make) {
  if (target.type === "identifier") {
    scope.add(target.text, make(target));
    return;
  }
  if (target.type === "pattern_list" || target.type === "tuple_pattern" || target.type === "list_pattern") {
    target.namedChildren.forEach((element, index) => {
      if (element.type === "identifier") scope.add(element.text, make(element, index));
    });
  }
}
function enclosingBlock(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "block" || current.type === "module") return current;
  }
  return void 0;
}
function reachingFrom(bindings, use, sameScope) {
  const reaching = [];
  const useStart = use.startIndex;
  const useEnd = use.endIndex;
  const encloses = (range) => range !== void 0 && range[0] <= useStart && useEnd <= range[1];
  for (let i2 = bindings.length - 1; i2 >= 0; i2--) {
    const binding = bindings[i2];
    if (binding.kind === "parameter") {
      reaching.push(binding);
      break;
    }
    const ranges = rangesOf(binding);
    if (sameScope && ranges.target >= useStart) continue;
    if (encloses(ranges.value)) continue;
    reaching.push(binding);
    if (binding.kind !== "augmented" && encloses(ranges.block)) break;
  }
  return reaching;
}
function rangesOf(binding) {
  let ranges = bindingRanges.get(binding);
  if (!ranges) {
    const block = enclosingBlock(binding.target);
    ranges = {
      target: binding.target.startIndex,
      ...binding.value ? { value: [binding.value.startIndex, binding.value.endIndex] } : {},
      ...block ? { block: [block.startIndex, block.endIndex] } : {}
    };
    bindingRanges.set(binding, ranges);
  }
  return ranges;
}
var BINDING_TYPES, ScopeBindings, Bindings, bindingRanges;
var init_bindings = __esm({
  "packages/python/src/bindings.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_node_index();
    BINDING_TYPES = [
      "assignment",
      "augmented_assignment",
      "named_expression",
      "with_item",
      "for_statement"
    ];
    ScopeBindings = class {
      byName = /* @__PURE__ */ new Map();
      add(name2, binding) {
        const list2 = this.byName.get(name2);
        if (list2) list2.push(binding);
        else this.byName.set(name2, [binding]);
      }
    };
    Bindings = class {
      constructor(context) {
        this.context = context;
      }
      context;
      scopes = /* @__PURE__ */ new Map();
      scopeOf(scopeNode) {
        const cached2 = this.scopes.get(scopeNode.id);
        if (cached2) return cached2;
        const scope = new ScopeBindings();
        this.scopes.set(scopeNode.id, scope);
        this.collectParameters(scopeNode, scope);
        const body2 = scopeNode.childForFieldName("body");
        if (!body2) return scope;
        for (const node of ownDescendantsOfType(body2, BINDING_TYPES)) this.collectBinding(node, scope);
        return scope;
      }
      collectParameters(scopeNode, scope) {
        const parameters = scopeNode.childForFieldName("parameters");
        if (!parameters) return;
        for (const parameter of parameters.namedChildren) {
          const name2 = parameter.type === "identifier" ? parameter : parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c.type === "identifier") ?? null;
          if (!name2 || name2.type !== "identifier") continue;
          const annotation = parameter.childForFieldName("type") ?? void 0;
          const value = parameter.childForFieldName("value") ?? void 0;
          scope.add(name2.text, {
            kind: "parameter",
            target: name2,
            ...value ? { value } : {},
            ...annotation ? { annotation } : {}
          });
        }
      }
      collectBinding(node, scope) {
        switch (node.type) {
          case "assignment": {
            const left = node.childForFieldName("left");
            const right = node.childForFieldName("right") ?? void 0;
            const annotation = node.childForFieldName("type") ?? void 0;
            if (!left) return;
            const value = right?.type === "assignment" ? right.childForFieldName("right") ?? void 0 : right;
            bindTargets(scope, left, (target, index) => ({
              kind: "assign",
              target,
              ...value ? { value } : {},
              ...index !== void 0 ? { index } : {},
              ...annotation ? { annotation } : {}
            }));
            return;
          }
          case "augmented_assignment": {
            const left = node.childForFieldName("left");
            const value = node.childForFieldName("right");
            if (left?.type === "identifier" && value)
              scope.add(left.text, { kind: "augmented", target: left, value });
            return;
          }
          case "named_expression": {
            const name2 = node.childForFieldName("name");
            const value = node.childForFieldName("value");
            if (name2 && value) scope.add(name2.text, { kind: "assign", target: name2, value });
            return;
          }
          case "with_item": {
            const value = node.childForFieldName("value");
            if (value?.type !== "as_pattern") return;
            const expression = value.namedChild(0);
            const alias = value.childForFieldName("alias");
            const target = alias?.type === "as_pattern_target" ? alias.namedChild(0) : alias;
            if (expression && target) {
              bindTargets(scope, target, (identifier) => ({
                kind: "with",
                target: identifier,
                value: expression
              }));
            }
            return;
          }
          case "for_statement": {
            const left = node.childForFieldName("left");
            const right = node.childForFieldName("right");
            if (left && right) {
              bindTargets(scope, left, (target, index) => ({
                kind: "for",
                target,
                value: right,
                ...index !== void 0 ? { index } : {}
              }));
            }
            return;
          }
        }
      }
      /**
       * The bindings of `name` that may reach `use`, nearest first. Empty when the name is
       * unknown (a builtin, an import — ask ModuleContext — or a global set elsewhere).
       */
      reaching(name2, use) {
        const scopes = this.context.nodes;
        const useScope = scopes.scopeAround(use);
        for (let scopeNode = useScope; scopeNode; scopeNode = scopes.scopeAround(scopeNode)) {
          if (scopeNode.type === "class_definition") continue;
          const bindings2 = this.scopeOf(scopeNode).byName.get(name2);
          if (bindings2?.length) return reachingFrom(bindings2, use, scopeNode.id === useScope?.id);
        }
        const constant = this.context.constants.get(name2);
        const target = constant?.parent?.childForFieldName("left");
        if (constant && target) return [{ kind: "assign", target, value: constant }];
        if (useScope) return [];
        const bindings = this.moduleScope().byName.get(name2);
        return bindings?.length ? reachingFrom(bindings, use, true) : [];
      }
      moduleScope() {
        const root = this.context.tree.rootNode;
        const cached2 = this.scopes.get(root.id);
        if (cached2) return cached2;
        const scope = new ScopeBindings();
        this.scopes.set(root.id, scope);
        for (const node of ownDescendantsOfType(root, BINDING_TYPES)) this.collectBinding(node, scope);
        return scope;
      }
    };
    bindingRanges = /* @__PURE__ */ new WeakMap();
  }
});

// packages/python/src/syntax.ts
function spanOf(node) {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1
  };
}
function shortText(node, max = 60) {
  const oneLine = node.text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
}
function unparenthesize(node) {
  let current = node;
  while (current.type === "parenthesized_expression" && current.namedChildCount === 1) {
    current = current.namedChild(0);
  }
  return current;
}
function callArguments(call) {
  const cached2 = splitArguments.get(call);
  if (cached2) return cached2;
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const split = { positional, keywords };
  splitArguments.set(call, split);
  const list2 = call.childForFieldName("arguments");
  if (!list2) return split;
  for (const arg of list2.namedChildren) {
    if (arg.type === "keyword_argument") {
      const name2 = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name2 && value) keywords.set(name2, value);
    } else if (arg.type !== "comment") {
      positional.push(arg);
    }
  }
  return split;
}
function stringLiteral(node) {
  if (!node) return void 0;
  const inner = unparenthesize(node);
  if (inner.type === "concatenated_string") {
    const parts2 = inner.namedChildren.map((part) => stringLiteral(part));
    return parts2.every((p) => p !== void 0) ? parts2.join("") : void 0;
  }
  if (inner.type !== "string") return void 0;
  let value = "";
  for (const child of inner.namedChildren) {
    if (child.type === "interpolation") return void 0;
    if (child.type === "string_content" || child.type === "escape_sequence") value += child.text;
  }
  return value;
}
function isTrue(node) {
  return node?.type === "true";
}
function isFalse(node) {
  return node?.type === "false";
}
function dottedName(node) {
  const inner = unparenthesize(node);
  if (inner.type === "identifier") return inner.text;
  return plainDottedText(inner) ?? dottedParts(inner)?.join(".");
}
function plainDottedText(node) {
  if (node.type !== "attribute") return void 0;
  const text2 = node.text;
  return PLAIN_DOTTED_NAME.test(text2) && !/^(?:True|False|None)\./.test(text2) ? text2 : void 0;
}
function dottedParts(node) {
  const parts2 = [];
  let current = unparenthesize(node);
  const plain = plainDottedText(current);
  if (plain !== void 0) return plain.split(".");
  while (current) {
    if (current.type === "identifier") {
      parts2.unshift(current.text);
      return parts2;
    }
    if (current.type !== "attribute") return void 0;
    const attribute = current.childForFieldName("attribute");
    if (!attribute) return void 0;
    parts2.unshift(attribute.text);
    current = current.childForFieldName("object");
  }
  return void 0;
}
function returnedExpressions(fn) {
  if (fn.type === "lambda") {
    const body2 = fn.childForFieldName("body");
    return body2 ? [body2] : [];
  }
  const returned = [];
  for (const statement of ownDescendantsOfType(fn, ["return_statement"])) {
    const value = statement.namedChildren.find((c) => c.type !== "comment");
    if (value && value.type !== "none") returned.push(value);
  }
  return returned;
}
var splitArguments, PLAIN_DOTTED_NAME;
var init_syntax = __esm({
  "packages/python/src/syntax.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_node_index();
    splitArguments = /* @__PURE__ */ new WeakMap();
    PLAIN_DOTTED_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*(?:\.[\p{ID_Start}_][\p{ID_Continue}]*)*$/u;
  }
});

// packages/python/src/diagnostics.ts
function syntaxErrorDiagnostic(root) {
  if (!root.hasError) return void 0;
  let node = root;
  for (; ; ) {
    if (node.type === "ERROR" || node.isMissing) break;
    const next = node.children.find((child) => child.hasError || child.isMissing);
    if (!next) break;
    node = next;
  }
  const what = node.isMissing ? `missing '${node.type}'` : (
    // Quoted source: a NUL, an escape sequence or a carriage return must not reach a terminal.
    `unexpected '${terminalText(node.text.split("\n")[0].slice(0, 20))}'`
  );
  return {
    fatal: true,
    message: `Parsing error: invalid syntax (${what}). Tasks with broken syntax are not analysed.`,
    span: spanOf(node)
  };
}
function nestingDiagnostic(source) {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const length = source.length;
  for (let i2 = 0; i2 < length; i2++) {
    const c = source.charCodeAt(i2);
    if (c === NEWLINE) {
      line++;
      lineStart = i2 + 1;
    } else if (c === HASH) {
      while (i2 + 1 < length && source.charCodeAt(i2 + 1) !== NEWLINE) i2++;
    } else if (QUOTES.has(c)) {
      const triple = source.charCodeAt(i2 + 1) === c && source.charCodeAt(i2 + 2) === c;
      i2 += triple ? 3 : 1;
      for (; i2 < length; i2++) {
        const d = source.charCodeAt(i2);
        if (d === BACKSLASH) {
          i2++;
          if (source.charCodeAt(i2) === NEWLINE) {
            line++;
            lineStart = i2 + 1;
          }
        } else if (d === NEWLINE) {
          line++;
          lineStart = i2 + 1;
          if (!triple) break;
        } else if (d === c && (!triple || source.charCodeAt(i2 + 1) === c && source.charCodeAt(i2 + 2) === c)) {
          if (triple) i2 += 2;
          break;
        }
      }
    } else if (OPEN.has(c)) {
      if (++depth > MAX_BRACKET_NESTING) {
        const column = i2 - lineStart + 1;
        return {
          fatal: true,
          message: `Parsing error: too many nested parentheses (more than ${MAX_BRACKET_NESTING} levels; Python rejects this file). Tasks containing it are not analysed.`,
          span: { line, column, endLine: line, endColumn: column + 1 }
        };
      }
    } else if (CLOSE.has(c) && depth > 0) {
      depth--;
    }
  }
  return void 0;
}
var MAX_BRACKET_NESTING, OPEN, CLOSE, HASH, NEWLINE, BACKSLASH, QUOTES;
var init_diagnostics = __esm({
  "packages/python/src/diagnostics.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_syntax();
    MAX_BRACKET_NESTING = 200;
    OPEN = /* @__PURE__ */ new Set([40, 91, 123]);
    CLOSE = /* @__PURE__ */ new Set([41, 93, 125]);
    HASH = 35;
    NEWLINE = 10;
    BACKSLASH = 92;
    QUOTES = /* @__PURE__ */ new Set([34, 39]);
  }
});

// packages/python/src/module-context.ts
function asciiNameEnd(text2, at2) {
  if (!isAsciiNameStart(text2.charCodeAt(at2))) return text2.charCodeAt(at2) >= 128 ? -1 : at2;
  let end = at2 + 1;
  while (isAsciiNamePart(text2.charCodeAt(end))) end++;
  return text2.charCodeAt(end) >= 128 ? -1 : end;
}
var LEADING_NAME, PLAIN_CALLEE, isAsciiNameStart, isAsciiNamePart, ModuleContext;
var init_module_context = __esm({
  "packages/python/src/module-context.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_node_index();
    init_syntax();
    LEADING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
    PLAIN_CALLEE = /([\p{ID_Start}_][\p{ID_Continue}]*(?:\.[\p{ID_Start}_][\p{ID_Continue}]*)*)\(/uy;
    isAsciiNameStart = (code) => (code | 32) >= 97 && (code | 32) <= 122 ? true : code === 95;
    isAsciiNamePart = (code) => isAsciiNameStart(code) || code >= 48 && code <= 57;
    ModuleContext = class {
      constructor(tree, nodes = new NodeIndex(tree.rootNode)) {
        this.tree = tree;
        this.nodes = nodes;
        const root = tree.rootNode;
        this.source = root.text;
        this.sourceOffset = root.startIndex;
        for (const node of nodes.of("import_statement", "import_from_statement")) {
          this.collectImport(node);
        }
        for (const fn of nodes.of("function_definition")) {
          const name2 = fn.childForFieldName("name")?.text;
          if (name2 && !this.functions.has(name2)) this.functions.set(name2, fn);
        }
        for (const statement of root.namedChildren) {
          const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : null;
          if (assignment?.type !== "assignment") continue;
          const left = assignment.childForFieldName("left");
          const right = assignment.childForFieldName("right");
          if (left?.type === "identifier" && right) this.constants.set(left.text, right);
        }
      }
      tree;
      nodes;
      /** Local name → qualified name: `np` → `numpy`, `rc` → `pandas.read_csv`. */
      aliases = /* @__PURE__ */ new Map();
      /** Function definitions by name: module level, and nested in DAG bodies (last one wins). */
      functions = /* @__PURE__ */ new Map();
      /** Module-level `NAME = expression` (single target), for folding constants into locations. */
      constants = /* @__PURE__ */ new Map();
      /** Modules imported with `from module import *`. */
      wildcardModules = [];
      /** Qualified callee of each call asked about, by call id. */
      calleeNames = /* @__PURE__ */ new Map();
      /** Start offsets shared by two calls, as in `f(x)(y)`; filled on first use. */
      nestedCallStarts;
      /** The module's text from its first token, and where that token is. */
      source;
      sourceOffset;
      collectImport(node) {
        if (node.type === "import_statement") {
          for (const name2 of node.childrenForFieldName("name")) {
            if (name2.type === "aliased_import") {
              const module3 = name2.childForFieldName("name")?.text;
              const alias = name2.childForFieldName("alias")?.text;
              if (module3 && alias) this.aliases.set(alias, module3);
            } else {
              const head = name2.text.split(".")[0];
              this.aliases.set(head, head);
            }
          }
          return;
        }
        const module2 = node.childForFieldName("module_name")?.text;
        if (!module2) return;
        if (module2.startsWith(".")) {
          if (node.namedChildren.some((c) => c.type === "wildcard_import")) return;
          const prefix = module2.endsWith(".") ? module2 : `${module2}.`;
          for (const name2 of node.childrenForFieldName("name")) {
            const imported = name2.type === "aliased_import" ? name2.childForFieldName("name")?.text : name2.text;
            const local = name2.type === "aliased_import" ? name2.childForFieldName("alias")?.text : name2.text;
            if (imported && local) this.aliases.set(local, prefix + imported);
          }
          return;
        }
        if (node.namedChildren.some((c) => c.type === "wildcard_import")) {
          this.wildcardModules.push(module2);
          return;
        }
        for (const name2 of node.childrenForFieldName("name")) {
          if (name2.type === "aliased_import") {
            const imported = name2.childForFieldName("name")?.text;
            const alias = name2.childForFieldName("alias")?.text;
            if (imported && alias) this.aliases.set(alias, `${module2}.${imported}`);
          } else {
            this.aliases.set(name2.text, `${module2}.${name2.text}`);
          }
        }
      }
      /**
       * The qualified name of a dotted expression: `np.random.default_rng` → `numpy.random.default_rng`.
       * Names that were not imported come back as written (`open`, `ti.xcom_push`); expressions
       * that are not plain dotted names (calls, subscripts) give undefined.
       */
      qualify(node) {
        const name2 = dottedName(unparenthesize(node));
        return name2 === void 0 ? void 0 : this.qualifyName(name2);
      }
      /**
       * The qualified name of a call's callee: `np.zeros(3)` → `numpy.zeros`; undefined when the
       * callee is not a dotted name. Reads the name from the source text when that is unambiguous:
       * fetching the callee node costs several times more, and modules have many calls.
       */
      qualifiedCallee(call) {
        if (this.calleeNames.has(call.id)) return this.calleeNames.get(call.id);
        const name2 = this.resolveCallee(call);
        this.calleeNames.set(call.id, name2);
        return name2;
      }
      resolveCallee(call) {
        const start2 = call.startIndex;
        if (!this.nestedCallStarts) {
          const seen = /* @__PURE__ */ new Set();
          this.nestedCallStarts = /* @__PURE__ */ new Set();
          for (const other of this.nodes.of("call")) {
            const offset = other.startIndex;
            if (seen.has(offset)) this.nestedCallStarts.add(offset);
            seen.add(offset);
          }
        }
        if (!this.nestedCallStarts.has(start2)) {
          const name2 = this.plainCallee(start2 - this.sourceOffset);
          if (name2 && !/^(?:True|False|None)\./.test(name2)) return this.qualifyName(name2);
        }
        const callee = call.childForFieldName("function");
        return callee ? this.qualify(callee) : void 0;
      }
      /**
       * The name a node's source text starts with (`load` for `load.expand(x=1)`), read from the
       * text without fetching any node; undefined when the text does not start with a name.
       */
      leadingName(node) {
        const at2 = node.startIndex - this.sourceOffset;
        const end = asciiNameEnd(this.source, at2);
        if (end !== -1) return end > at2 ? this.source.slice(at2, end) : void 0;
        LEADING_NAME.lastIndex = at2;
        return LEADING_NAME.exec(this.source)?.[0];
      }
      /** The dotted name followed by `(` at `at` in the text (most are ASCII: no pattern needed). */
      plainCallee(at2) {
        const text2 = this.source;
        let end = at2;
        for (; ; ) {
          const nameEnd = asciiNameEnd(text2, end);
          if (nameEnd === -1) {
            PLAIN_CALLEE.lastIndex = at2;
            return PLAIN_CALLEE.exec(text2)?.[1];
          }
          if (nameEnd === end) return void 0;
          end = nameEnd;
          const next = text2.charCodeAt(end);
          if (next === 40) return text2.slice(at2, end);
          if (next !== 46) return void 0;
          end++;
        }
      }
      /** `np.random.rand` → `numpy.random.rand`: the head replaced by what it was imported as. */
      qualifyName(name2) {
        const dot = name2.indexOf(".");
        const alias = this.aliases.get(dot === -1 ? name2 : name2.slice(0, dot));
        if (alias === void 0) return name2;
        return dot === -1 ? alias : alias + name2.slice(dot);
      }
      /** True when the head of the dotted name is an import (not a local variable or builtin). */
      isImported(node) {
        const parts2 = dottedParts(unparenthesize(node));
        return parts2 !== void 0 && this.aliases.has(parts2[0]);
      }
    };
  }
});

// packages/python/src/suppressions.ts
function parseSuppression(commentText) {
  const text2 = commentText.trim();
  if (!OURS.test(text2)) return void 0;
  const match = DIRECTIVE.exec(text2);
  if (!match) {
    const word = /^#\s*dag-transport:\s*([\w-]{1,40})/.exec(text2)?.[1];
    return {
      ruleIds: [],
      problem: `Unknown dag-transport directive${word ? ` '${word}'` : ""}: suppressions are written ${SYNTAX} (one line at a time; there is no file-wide form). It suppresses nothing.`
    };
  }
  const ruleIds = (match[1] ?? "").split(",").map((id) => id.trim().replace(/^dag-transport\//, "")).filter(Boolean);
  const reason = match[2]?.trim();
  if (ruleIds.length === 0) {
    return {
      ruleIds,
      ...reason ? { reason } : {},
      problem: `Suppression names no rule: write ${SYNTAX} (there is no suppression of every rule). It suppresses nothing.`
    };
  }
  return { ruleIds, ...reason ? { reason } : {} };
}
function ruleRanges(commentText, ruleIds, reason) {
  const list2 = /ignore\s*\[([^\]]*)\]/.exec(commentText);
  let ownEnd = list2 ? list2.index + list2[0].length : commentText.indexOf("ignore") + "ignore".length;
  if (reason) {
    const reasonAt = commentText.indexOf(reason, commentText.indexOf("--", ownEnd));
    if (reasonAt !== -1) ownEnd = reasonAt + reason.length;
  }
  const own = [0, ownEnd];
  const rules = /* @__PURE__ */ new Map();
  const entries = [];
  if (list2) {
    const listStart = list2.index + list2[0].indexOf("[") + 1;
    for (const match of list2[1].matchAll(/[^,\s][^,]*?(?=\s*(?:,|$))/g)) {
      const at2 = listStart + match.index;
      entries.push({ id: match[0].replace(/^dag-transport\//, ""), start: at2, end: at2 + match[0].length });
    }
  }
  for (const id of ruleIds) {
    const index = entries.findIndex((entry) => entry.id === id);
    if (entries.length > 1 && index !== -1) {
      const entry = entries[index];
      rules.set(id, index === 0 ? [entry.start, entries[1].start] : [entries[index - 1].end, entry.end]);
    } else rules.set(id, own);
  }
  return { own, rules };
}
function collectSuppressions(root, source) {
  if (!source.includes("dag-transport:")) return [];
  const directives = [];
  for (const comment of root.descendantsOfType("comment")) {
    const parsed = parseSuppression(comment.text);
    if (!parsed) continue;
    const span = spanOf(comment);
    const start2 = comment.startIndex;
    const lineStart = source.lastIndexOf("\n", start2 - 1) + 1;
    const ownLine = source.slice(lineStart, start2).trim() === "";
    const { own, rules } = ruleRanges(comment.text, parsed.ruleIds, parsed.reason);
    directives.push({
      ...parsed,
      span,
      appliesToLines: ownLine ? [span.line + 1] : [span.line],
      rules: [...rules].map(([ruleId, [from, to]]) => ({
        ruleId,
        at: { line: span.line, column: span.column + from },
        remove: { range: [start2 + from, start2 + to], text: "" }
      })),
      removeAll: commentRemoval(source, start2 + own[0], start2 + own[1], ownLine)
    });
  }
  return directives;
}
var OTHER_DIRECTIVE, DIRECTIVE, OURS, SYNTAX;
var init_suppressions = __esm({
  "packages/python/src/suppressions.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_syntax();
    OTHER_DIRECTIVE = String.raw`\s#\s*(?:noqa|nosec|type:|pragma|pylint:|mypy:|pyright:|fmt:|isort:|expect:)`;
    DIRECTIVE = new RegExp(
      String.raw`^#\s*dag-transport:\s*ignore(?:\[([^\]]*)\])?\s*(?:--\s*(.*?))?\s*(?:${OTHER_DIRECTIVE}.*)?$`
    );
    OURS = /^#\s*dag-transport:/;
    SYNTAX = "`# dag-transport: ignore[<rule>] -- <reason>`";
  }
});

// packages/python/src/catalogs/airflow.ts
var TASKFLOW_MODULES, TASK_DECORATORS, PARTIAL_FUNCTIONS, TASK_GROUP_DECORATORS, DAG_DECORATORS, DAG_CLASSES, TASK_GROUP_CLASSES, PYTHON_OPERATOR_MODULES, PYTHON_OPERATOR_CLASSES, PYTHON_OPERATORS, POKE_RETURN_VALUE_CLASSES, TI_PARAMETERS, CONTEXT_TI_KEYS, GET_CURRENT_CONTEXT;
var init_airflow = __esm({
  "packages/python/src/catalogs/airflow.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    TASKFLOW_MODULES = [
      "airflow.decorators",
      "airflow.sdk",
      "airflow.sdk.definitions.decorators"
    ];
    TASK_DECORATORS = {
      task: "data",
      "task.python": "data",
      "task.virtualenv": "data",
      "task.external_python": "data",
      "task.docker": "data",
      "task.kubernetes": "data",
      "task.pyspark": "data",
      "task.snowpark": "data",
      "task.sensor": "control-flow",
      "task.branch": "control-flow",
      "task.branch_virtualenv": "control-flow",
      "task.branch_external_python": "control-flow",
      "task.short_circuit": "control-flow",
      "task.bash": "external",
      "task.kubernetes_cmd": "external",
      python_task: "data",
      virtualenv_task: "data",
      // Setup and teardown tasks are TaskFlow tasks too (`@setup`, `@teardown`, `@task.setup`).
      setup: "data",
      teardown: "data",
      "task.setup": "data",
      "task.teardown": "data"
    };
    PARTIAL_FUNCTIONS = /* @__PURE__ */ new Set(["functools.partial"]);
    TASK_GROUP_DECORATORS = ["task_group"];
    DAG_DECORATORS = ["dag"];
    DAG_CLASSES = /* @__PURE__ */ new Set([
      "airflow.DAG",
      "airflow.models.DAG",
      "airflow.models.dag.DAG",
      "airflow.sdk.DAG",
      "airflow.sdk.definitions.dag.DAG"
    ]);
    TASK_GROUP_CLASSES = /* @__PURE__ */ new Set([
      "airflow.utils.task_group.TaskGroup",
      "airflow.sdk.TaskGroup",
      "airflow.sdk.definitions.taskgroup.TaskGroup"
    ]);
    PYTHON_OPERATOR_MODULES = [
      "airflow.operators.python",
      "airflow.operators.python_operator",
      "airflow.providers.standard.operators.python",
      "airflow.sensors.python",
      "airflow.providers.standard.sensors.python",
      "airflow.contrib.sensors.python_sensor"
    ];
    PYTHON_OPERATOR_CLASSES = {
      PythonOperator: "data",
      PythonVirtualenvOperator: "data",
      ExternalPythonOperator: "data",
      BranchPythonOperator: "control-flow",
      BranchPythonVirtualenvOperator: "control-flow",
      BranchExternalPythonOperator: "control-flow",
      ShortCircuitOperator: "control-flow",
      PythonSensor: "control-flow"
    };
    PYTHON_OPERATORS = new Map(
      PYTHON_OPERATOR_MODULES.flatMap(
        (module2) => Object.entries(PYTHON_OPERATOR_CLASSES).map(([cls, role]) => [`${module2}.${cls}`, role])
      )
    );
    POKE_RETURN_VALUE_CLASSES = /* @__PURE__ */ new Set([
      "airflow.sensors.base.PokeReturnValue",
      "airflow.sdk.PokeReturnValue",
      "airflow.providers.standard.sensors.base.PokeReturnValue"
    ]);
    TI_PARAMETERS = /* @__PURE__ */ new Set(["ti", "task_instance"]);
    CONTEXT_TI_KEYS = /* @__PURE__ */ new Set(["ti", "task_instance"]);
    GET_CURRENT_CONTEXT = /* @__PURE__ */ new Set([
      "airflow.operators.python.get_current_context",
      "airflow.providers.standard.operators.python.get_current_context",
      "airflow.sdk.get_current_context",
      "airflow.decorators.get_current_context"
    ]);
  }
});

// packages/python/src/tasks.ts
function taskflowName(expression, context) {
  const callee = expression.type === "call" ? expression.childForFieldName("function") : expression;
  const qualified = context.qualify(callee);
  if (!qualified) return void 0;
  for (const module2 of TASKFLOW_MODULES) {
    if (qualified.startsWith(`${module2}.`)) return qualified.slice(module2.length + 1);
  }
  if (!context.isImported(callee) && context.wildcardModules.some((m) => TASKFLOW_MODULES.includes(m))) {
    return qualified;
  }
  return void 0;
}
function decoratorExpression(decorator) {
  return decorator.namedChildren.find((c) => c.type !== "comment");
}
function keywordsOf(expression) {
  return expression.type === "call" ? callArguments(expression).keywords : /* @__PURE__ */ new Map();
}
function firstStringArgument(call, keyword) {
  const { positional, keywords } = callArguments(call);
  return stringLiteral(keywords.get(keyword)) ?? stringLiteral(positional[0]);
}
function discoverTasks(root, context, nodes = new NodeIndex(root), operatorClasses = /* @__PURE__ */ new Set()) {
  const scopes = /* @__PURE__ */ new Map();
  const dagVariables = /* @__PURE__ */ new Map();
  const dags = [];
  for (const definition of nodes.of("decorated_definition")) {
    const fn = definition.childForFieldName("definition");
    if (fn?.type !== "function_definition") continue;
    for (const decorator of definition.namedChildren.filter((c) => c.type === "decorator")) {
      const expression = decoratorExpression(decorator);
      const name2 = expression && taskflowName(expression, context);
      if (!expression || !name2) continue;
      const fnName = fn.childForFieldName("name")?.text ?? "";
      if (DAG_DECORATORS.includes(name2)) {
        const id = stringLiteral(keywordsOf(expression).get("dag_id")) ?? fnName;
        scopes.set(fn.id, { kind: "dag", id });
        dags.push({ id, span: spanOf(definition) });
      } else if (TASK_GROUP_DECORATORS.includes(name2)) {
        const id = stringLiteral(keywordsOf(expression).get("group_id")) ?? (expression.type === "call" ? stringLiteral(callArguments(expression).positional[0]) : void 0) ?? fnName;
        scopes.set(fn.id, { kind: "group", id });
      }
    }
  }
  for (const statement of nodes.of("with_statement")) {
    const clause = statement.namedChildren.find((child) => child.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      if (item.type !== "with_item") continue;
      const value = item.childForFieldName("value");
      const call = value?.type === "as_pattern" ? value.namedChild(0) : value;
      if (call?.type !== "call") continue;
      const cls = context.qualify(call.childForFieldName("function"));
      if (!cls) continue;
      const target = value?.type === "as_pattern" ? value.childForFieldName("alias")?.text : void 0;
      if (DAG_CLASSES.has(cls)) {
        const id = firstStringArgument(call, "dag_id") ?? target ?? "dag";
        scopes.set(statement.id, { kind: "dag", id });
        dags.push({ id, span: spanOf(statement) });
        if (target) dagVariables.set(target.replace(/^as\s+/, ""), id);
      } else if (TASK_GROUP_CLASSES.has(cls)) {
        scopes.set(statement.id, {
          kind: "group",
          id: firstStringArgument(call, "group_id") ?? target ?? "group"
        });
      }
    }
  }
  const calls = nodes.of("call").map((call) => ({ call, cls: context.qualifiedCallee(call) }));
  for (const { call, cls } of calls) {
    if (!cls || !DAG_CLASSES.has(cls)) continue;
    const assignment = call.parent;
    const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    if (left?.type !== "identifier") continue;
    const id = firstStringArgument(call, "dag_id") ?? left.text;
    dagVariables.set(left.text, id);
    dags.push({ id, span: spanOf(assignment) });
  }
  const enclosingScopes = (node) => {
    const groups = [];
    let dagId;
    for (let current = node.parent; current; current = current.parent) {
      const scope = scopes.get(current.id);
      if (!scope) continue;
      if (scope.kind === "group") groups.unshift(scope.id);
      else if (dagId === void 0) dagId = scope.id;
    }
    return { ...dagId !== void 0 ? { dagId } : {}, groupPrefix: groups.map((g) => `${g}.`).join("") };
  };
  const taskflowFact = (fn, name2, role, keywords, at2, unsound) => {
    const fnName = fn.childForFieldName("name")?.text ?? "task";
    const { dagId, groupPrefix } = enclosingScopes(at2);
    return {
      id: groupPrefix + (taskIdText(keywords.get("task_id")) ?? fnName),
      ...dagId !== void 0 ? { dagId } : {},
      span: spanOf(at2),
      callable: fnName,
      style: `@${name2}`,
      returnRole: isFalse(keywords.get("do_xcom_push")) ? "discarded" : role,
      // An explicit `multiple_outputs=` wins over the `-> dict` inference, as in Airflow.
      multipleOutputs: keywords.has("multiple_outputs") ? isTrue(keywords.get("multiple_outputs")) : returnsAnnotatedDict(fn),
      ...unsound ? { unsound: true } : {}
    };
  };
  const tasks = [];
  for (const definition of nodes.of("decorated_definition")) {
    const fn = definition.childForFieldName("definition");
    if (fn?.type !== "function_definition") continue;
    for (const decorator of definition.namedChildren.filter((c) => c.type === "decorator")) {
      const expression = decoratorExpression(decorator);
      const name2 = expression && taskflowName(expression, context);
      const role = name2 !== void 0 ? TASK_DECORATORS[name2] : void 0;
      if (!expression || name2 === void 0 || !role) continue;
      const keywords = keywordsOf(expression);
      const fact = taskflowFact(fn, name2, role, keywords, definition, fn.hasError);
      tasks.push({ fact, fn, declaration: definition, handle: fact.callable, keywords });
      break;
    }
  }
  for (const { call } of calls) {
    const made = taskflowCallForm(call, context);
    if (!made) continue;
    const { fn, name: name2, role, keywords } = made;
    const assigned = call.parent?.type === "assignment" ? call.parent.childForFieldName("left") : null;
    tasks.push({
      fact: taskflowFact(fn, name2, role, keywords, call, call.hasError || fn.hasError),
      fn,
      declaration: call,
      ...assigned?.type === "identifier" ? { handle: assigned.text } : {},
      keywords,
      maker: call
    });
  }
  for (const { call, cls } of calls) {
    if (!cls) continue;
    const pythonRole = PYTHON_OPERATORS.get(cls);
    if (!pythonRole && !cls.endsWith("Operator") && !cls.endsWith("Sensor") && !operatorClasses.has(cls))
      continue;
    const className = cls.slice(cls.lastIndexOf(".") + 1);
    const { keywords } = callArguments(call);
    const taskId = taskIdText(keywords.get("task_id"));
    if (!pythonRole && !taskId) continue;
    const scoped = enclosingScopes(call);
    const dagVariable = keywords.get("dag");
    const dagId = scoped.dagId ?? (dagVariable?.type === "identifier" ? dagVariables.get(dagVariable.text) : void 0);
    const fn = pythonRole ? resolveCallable(keywords.get("python_callable"), context) : void 0;
    const returnRole = isFalse(keywords.get("do_xcom_push")) ? "discarded" : pythonRole ?? "external";
    const assigned = call.parent?.type === "assignment" ? call.parent.childForFieldName("left") : null;
    tasks.push({
      fact: {
        id: scoped.groupPrefix + (taskId ?? className),
        ...dagId !== void 0 ? { dagId } : {},
        span: spanOf(call),
        ...fn?.type === "function_definition" ? { callable: fn.childForFieldName("name").text } : {},
        style: className,
        returnRole,
        multipleOutputs: isTrue(keywords.get("multiple_outputs")),
        ...call.hasError || fn?.hasError ? { unsound: true } : {}
      },
      ...fn ? { fn } : {},
      declaration: call,
      ...assigned?.type === "identifier" ? { handle: assigned.text } : {},
      keywords
    });
  }
  assignDagsByCallSite(tasks, nodes, scopes, dags);
  return { dags, tasks };
}
function returnsAnnotatedDict(fn) {
  const annotation = fn.childForFieldName("return_type");
  if (!annotation) return false;
  return /^(dict|Dict|typing\.Dict)\b/.test(annotation.text.trim());
}
function resolveCallable(node, context) {
  if (!node) return void 0;
  const inner = unparenthesize(node);
  if (inner.type === "lambda") return inner;
  if (inner.type === "identifier") return context.functions.get(inner.text);
  const wrapped = partialArguments(inner, context)?.fn;
  return wrapped?.type === "identifier" ? context.functions.get(wrapped.text) : void 0;
}
function partialArguments(node, context) {
  const inner = unparenthesize(node);
  if (inner.type !== "call") return void 0;
  const name2 = context.qualifiedCallee(inner);
  if (!name2 || !PARTIAL_FUNCTIONS.has(name2)) return void 0;
  const { positional, keywords } = callArguments(inner);
  const [fn, ...rest] = positional;
  if (!fn || fn.type === "list_splat") return void 0;
  return { fn: unparenthesize(fn), positional: rest, keywords };
}
function taskIdText(node) {
  const literal2 = stringLiteral(node);
  if (literal2 !== void 0 || !node) return literal2;
  const inner = unparenthesize(node);
  if (inner.type === "string" && inner.namedChildren.some((c) => c.type === "interpolation")) {
    let text2 = "";
    for (const part of inner.namedChildren) {
      if (part.type === "string_content" || part.type === "escape_sequence") text2 += part.text;
      else if (part.type === "interpolation") text2 += part.text;
    }
    return text2 || void 0;
  }
  return void 0;
}
function taskflowCallForm(call, context) {
  const callee = call.childForFieldName("function");
  if (!callee || callee.type !== "identifier" && callee.type !== "attribute" && callee.type !== "call")
    return void 0;
  const { positional, keywords } = callArguments(call);
  const target = positional[0];
  if (positional.length !== 1 || target?.type !== "identifier") return void 0;
  const fn = context.functions.get(target.text);
  if (fn?.type !== "function_definition" || fn.parent?.type === "decorated_definition") return void 0;
  let decorator = callee;
  let decoratorKeywords = keywords;
  if (callee.type === "call") {
    const inner = callArguments(callee);
    if (inner.positional.length > 0) return void 0;
    decorator = callee;
    decoratorKeywords = new Map([...inner.keywords, ...keywords]);
  }
  const name2 = taskflowName(decorator, context);
  const role = name2 !== void 0 ? TASK_DECORATORS[name2] : void 0;
  if (!name2 || !role) return void 0;
  return { fn, name: name2, role, keywords: decoratorKeywords };
}
function assignDagsByCallSite(tasks, nodes, scopes, dags) {
  const unassigned = tasks.filter((t) => t.fact.dagId === void 0);
  if (unassigned.length === 0 || dags.length === 0) return;
  if (dags.length === 1) {
    for (const task of unassigned) task.fact.dagId = dags[0].id;
    return;
  }
  const byHandle = new Map(unassigned.filter((t) => t.handle).map((t) => [t.handle, t]));
  for (const call of nodes.of("call")) {
    const callee = call.childForFieldName("function");
    const task = callee?.type === "identifier" ? byHandle.get(callee.text) : void 0;
    if (!task || task.fact.dagId !== void 0) continue;
    for (let current = call.parent; current; current = current.parent) {
      const scope = scopes.get(current.id);
      if (scope?.kind === "dag") {
        task.fact.dagId = scope.id;
        break;
      }
    }
  }
}
var init_tasks = __esm({
  "packages/python/src/tasks.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_airflow();
    init_node_index();
    init_syntax();
  }
});

// packages/python/src/consumptions.ts
function pushersOf(module2, key, dagId) {
  let byKey = pushCache.get(module2);
  if (!byKey) {
    byKey = /* @__PURE__ */ new Map();
    if (module2.source.includes("xcom_push")) {
      for (const task of module2.tasks) {
        if (!task.fn) continue;
        for (const call of module2.nodes.within(task.fn, "call")) {
          const callee = call.childForFieldName("function");
          if (callee?.type !== "attribute" || !callee.childForFieldName("attribute")?.hasText("xcom_push"))
            continue;
          const { positional, keywords } = callArguments(call);
          const pushed = stringLiteral(keywords.get("key") ?? positional[0]);
          if (pushed === void 0) continue;
          const tasks = byKey.get(pushed) ?? [];
          if (!tasks.includes(task)) tasks.push(task);
          byKey.set(pushed, tasks);
        }
      }
    }
    pushCache.set(module2, byKey);
  }
  return (byKey.get(key) ?? []).filter((task) => task.fact.dagId === dagId);
}
function taskInputs(module2) {
  const cached2 = cache.get(module2);
  if (cached2) return cached2;
  const inputs = new InputCollector(module2).collect();
  cache.set(module2, inputs);
  return inputs;
}
function taskById(tasks, id, dagId) {
  const matches = tasks.filter((t) => t.fact.id === id || t.fact.id.endsWith(`.${id}`));
  return matches.find((t) => t.fact.dagId === dagId) ?? matches[0];
}
function contextParameter(fn) {
  if (fn?.type !== "function_definition") return void 0;
  const splat = fn.childForFieldName("parameters")?.namedChildren.find((parameter) => parameter.type === "dictionary_splat_pattern");
  const name2 = splat?.namedChildren.find((c) => c.type === "identifier");
  return name2?.text;
}
function takesContext(fn) {
  return contextParameter(fn) !== void 0;
}
function parameterNames(fn) {
  const names3 = [];
  const parameters = fn.childForFieldName("parameters");
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter.type === "identifier") names3.push(parameter.text);
    else if (parameter.type === "default_parameter" || parameter.type === "typed_parameter" || parameter.type === "typed_default_parameter") {
      const name2 = parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c.type === "identifier");
      if (name2?.type === "identifier") names3.push(name2.text);
    } else if (parameter.type === "keyword_separator" || parameter.type === "positional_separator") {
      continue;
    } else break;
  }
  return names3;
}
function pulledProducers(module2, pull, dagId) {
  if (pull.anyTask) return pull.key !== void 0 ? pushersOf(module2, pull.key, dagId) : [];
  const producers = [];
  for (const id of pull.taskIds) {
    const producer = taskById(module2.tasks, id, dagId);
    if (producer) producers.push(producer);
  }
  return producers;
}
function xcomPullArguments(call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute" || !callee.childForFieldName("attribute")?.hasText("xcom_pull"))
    return void 0;
  const { positional, keywords } = callArguments(call);
  const ids = keywords.get("task_ids") ?? positional[0];
  const taskIds = [];
  if (ids) {
    const single = stringLiteral(ids);
    if (single !== void 0) taskIds.push(single);
    else if (ids.type === "list" || ids.type === "tuple") {
      for (const element of ids.namedChildren) {
        const id = stringLiteral(element);
        if (id !== void 0) taskIds.push(id);
      }
    }
  }
  const key = stringLiteral(keywords.get("key"));
  return {
    taskIds,
    ...key !== void 0 && key !== "return_value" ? { key } : {},
    ...!ids || ids.type === "none" ? { anyTask: true } : {}
  };
}
var XCOM_PULL_IN_TEMPLATE, TEMPLATE_TASK_IDS, TEMPLATE_KEY, QUOTED, OP_ARGS, OP_KWARGS, TEMPLATES_DICT, cache, pushCache, InputCollector, extractConsumptions;
var init_consumptions = __esm({
  "packages/python/src/consumptions.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_tasks();
    init_syntax();
    XCOM_PULL_IN_TEMPLATE = /xcom_pull\s*\(([^)]*)\)/g;
    TEMPLATE_TASK_IDS = /(?:\btask_ids\s*=\s*|^\s*)(\[[^\]]*\]|'[^']*'|"[^"]*")/;
    TEMPLATE_KEY = /\bkey\s*=\s*['"]([^'"]+)['"]/;
    QUOTED = /'([^']*)'|"([^"]*)"/g;
    OP_ARGS = "op_args";
    OP_KWARGS = "op_kwargs";
    TEMPLATES_DICT = "templates_dict";
    cache = /* @__PURE__ */ new WeakMap();
    pushCache = /* @__PURE__ */ new WeakMap();
    InputCollector = class {
      constructor(module2) {
        this.module = module2;
        this.pullsInCode = module2.source.includes("xcom_pull");
        for (const task of module2.tasks) {
          if (task.maker) {
            this.byMaker.set(task.maker.id, task);
            const head = module2.context.leadingName(task.maker);
            if (head !== void 0) this.makerHeads.add(head);
          }
          if (!task.handle) continue;
          const list2 = this.byHandle.get(task.handle);
          if (list2) list2.push(task);
          else this.byHandle.set(task.handle, [task]);
        }
      }
      module;
      byTask = /* @__PURE__ */ new Map();
      arguments = /* @__PURE__ */ new Map();
      /** Handle (function or operator variable name) → tasks using it. */
      byHandle = /* @__PURE__ */ new Map();
      /** Tasks made by the call form (`task(fn)`), by the node id of that call. */
      byMaker = /* @__PURE__ */ new Map();
      /** The names the call forms start with (`task` of `task(fn)(…)`). */
      makerHeads = /* @__PURE__ */ new Set();
      /** Whether the file mentions `xcom_pull` at all (asked once, not once per task). */
      pullsInCode;
      collect() {
        if (this.module.tasks.length > 0) {
          this.collectTaskflowCalls();
          for (const task of this.module.tasks) {
            this.collectOperatorKeywords(task);
            if (task.fn) this.collectXcomPulls(task);
          }
        }
        return { byTask: this.byTask, arguments: this.arguments };
      }
      add(consumer, input) {
        if (input.producer === consumer) return;
        const list2 = this.byTask.get(consumer);
        if (list2) list2.push(input);
        else this.byTask.set(consumer, [input]);
      }
      /** The task a handle names, preferring one declared in a scope that contains `site`. */
      taskByHandle(handle2, site, dagId) {
        const candidates = this.byHandle.get(handle2);
        if (!candidates || candidates.length === 0) return void 0;
        if (candidates.length === 1) return candidates[0];
        const sameDag = candidates.filter((t) => dagId !== void 0 && t.fact.dagId === dagId);
        const pool = sameDag.length > 0 ? sameDag : candidates;
        const enclosing = pool.find((t) => {
          const scope = t.declaration.parent;
          return scope && scope.startIndex <= site.startIndex && site.endIndex <= scope.endIndex;
        });
        return enclosing ?? pool[0];
      }
      taskById(id, dagId) {
        return taskById(this.module.tasks, id, dagId);
      }
      /** The TaskFlow task a call invokes: `load(...)`, `load.override(...)(...)`, `load.expand(...)`. */
      taskflowCallee(call) {
        let callee = call.childForFieldName("function");
        let expand = false;
        for (let depth = 0; callee && depth < 4; depth++) {
          if (callee.type === "identifier") {
            const task = this.taskByHandle(callee.text, call);
            return task?.fn?.type === "function_definition" && task.fact.style.startsWith("@") ? { task, expand } : void 0;
          }
          if (callee.type === "attribute") {
            const method = callee.childForFieldName("attribute")?.text;
            if (method === "expand" || method === "expand_kwargs") expand = true;
            if (method !== "expand" && method !== "partial" && method !== "override" && method !== "expand_kwargs")
              return void 0;
            callee = callee.childForFieldName("object");
            continue;
          }
          if (callee.type === "call") {
            const made = this.byMaker.get(callee.id);
            if (made) return { task: made, expand };
            callee = callee.childForFieldName("function");
            continue;
          }
          return void 0;
        }
        return void 0;
      }
      collectTaskflowCalls() {
        for (const call of this.module.nodes.of("call")) {
          const head = this.module.context.leadingName(call);
          if (head === void 0 || !this.byHandle.has(head) && !this.makerHeads.has(head)) continue;
          const target = this.taskflowCallee(call);
          if (!target) continue;
          const { task, expand } = target;
          const names3 = parameterNames(task.fn);
          const { positional, keywords } = callArguments(call);
          const callee = call.childForFieldName("function");
          const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
          if (method === "expand_kwargs") {
            if (positional[0]) this.bindExpandedKwargs(task, positional[0]);
          } else {
            const splat = positional.findIndex((argument) => argument.type === "list_splat");
            positional.forEach(
              (argument, index) => this.bindArgument(task, argument, splat === -1 || index < splat ? names3[index] : void 0, expand)
            );
            for (const [name2, argument] of keywords) this.bindArgument(task, argument, name2, expand);
          }
          const inner = callee?.type === "attribute" ? callee.childForFieldName("object") : void 0;
          if (inner?.type === "call" && inner.childForFieldName("function")?.type === "attribute") {
            const innerMethod = inner.childForFieldName("function").childForFieldName("attribute")?.text;
            if (innerMethod === "partial") {
              for (const [name2, argument] of callArguments(inner).keywords)
                this.bindArgument(task, argument, name2);
            }
          }
        }
      }
      bindArgument(consumer, argument, parameter, element = false) {
        const sources = this.producersOf(argument, consumer.fact.dagId);
        for (const source of sources) {
          this.add(consumer, {
            ...source,
            via: "argument",
            span: spanOf(argument),
            ...parameter !== void 0 ? { parameter } : {},
            ...element ? { expanded: true } : {}
          });
        }
        if (sources.length === 0 && parameter !== void 0 && argument.type !== "list_splat")
          this.addArgument(consumer, parameter, argument, element);
      }
      /** An argument that is not another task's XCom: kept for the parameter's value and location. */
      addArgument(task, parameter, node, element = false) {
        let byParameter = this.arguments.get(task);
        if (!byParameter) this.arguments.set(task, byParameter = /* @__PURE__ */ new Map());
        const list2 = byParameter.get(parameter);
        const argument = { node, ...element ? { element: true } : {} };
        if (!list2) byParameter.set(parameter, [argument]);
        else if (!list2.some((a) => a.node.id === node.id && a.element === argument.element)) list2.push(argument);
      }
      /** `.expand_kwargs([{"a": 1}, {"a": 2}])`: each dict's values bind its keys' parameters. */
      bindExpandedKwargs(task, argument) {
        const list2 = this.literalOrConstant(argument);
        if (list2?.type !== "list" && list2?.type !== "tuple") return;
        for (const element of list2.namedChildren) {
          const dict = this.literalOrConstant(element);
          if (dict?.type !== "dictionary") continue;
          for (const pair of dict.namedChildren) {
            const name2 = pair.type === "pair" ? stringLiteral(pair.childForFieldName("key")) : void 0;
            const value = pair.childForFieldName("value");
            if (name2 !== void 0 && value) this.bindArgument(task, value, name2);
          }
        }
      }
      /** A literal, or the literal a module constant (one assignment) holds. */
      literalOrConstant(expression) {
        const node = unparenthesize(expression);
        if (node.type !== "identifier") return node;
        const constant = this.module.context.constants.get(node.text);
        const reaching = this.module.bindings.reaching(node.text, node);
        const only = reaching.length === 1 ? reaching[0] : void 0;
        if (!constant || only?.kind !== "assign" || only.index !== void 0 || only.value?.id !== constant.id)
          return void 0;
        return unparenthesize(constant);
      }
      /**
       * The producing tasks an expression in DAG-building code stands for: a TaskFlow call's
       * result, an operator's `.output`, `XComArg(op)`, a subscript of those, a variable holding
       * one; list and tuple elements each.
       */
      producersOf(expression, dagId, depth = 0) {
        if (depth > 8) return [];
        const node = unparenthesize(expression);
        switch (node.type) {
          case "call": {
            const taskflow = this.taskflowCallee(node);
            if (taskflow)
              return [{ producer: taskflow.task, ...taskflow.expand ? { mapped: true } : {} }];
            const callee = node.childForFieldName("function");
            const name2 = callee ? this.module.context.qualify(callee) : void 0;
            if (name2?.endsWith("XComArg")) {
              const { positional, keywords } = callArguments(node);
              const operand = positional[0] ?? keywords.get("operator");
              const key = stringLiteral(positional[1] ?? keywords.get("key"));
              const producer = operand?.type === "identifier" ? this.taskByHandle(operand.text, node, dagId) : void 0;
              return producer ? [{ producer, ...key !== void 0 ? { key } : {} }] : [];
            }
            return [];
          }
          case "attribute": {
            if (node.childForFieldName("attribute")?.text !== "output") return [];
            const object = node.childForFieldName("object");
            const producer = object?.type === "identifier" ? this.taskByHandle(object.text, node, dagId) : void 0;
            return producer ? [{ producer }] : [];
          }
          case "subscript": {
            const key = stringLiteral(node.childForFieldName("subscript"));
            const sources = this.producersOf(node.childForFieldName("value"), dagId, depth + 1);
            if (key === void 0) return sources;
            return sources.map((s) => s.producer.fact.multipleOutputs ? { ...s, key } : { ...s, item: key });
          }
          case "identifier": {
            const binding = this.module.bindings.reaching(node.text, node).find((b) => b.value);
            if (!binding?.value || binding.kind !== "assign" || binding.index !== void 0) return [];
            return this.producersOf(binding.value, dagId, depth + 1);
          }
          case "list":
          case "tuple":
            return node.namedChildren.flatMap((element) => this.producersOf(element, dagId, depth + 1));
          case "string":
          case "concatenated_string":
            return this.templatePulls(node, dagId);
          default:
            return [];
        }
      }
      /** `{{ ti.xcom_pull(task_ids='x', key='k') }}` inside a string. */
      templatePulls(node, dagId) {
        if (!node.text.includes("xcom_pull")) return [];
        const found = [];
        for (const match of node.text.matchAll(XCOM_PULL_IN_TEMPLATE)) {
          const args2 = match[1];
          const ids = TEMPLATE_TASK_IDS.exec(args2)?.[1] ?? "";
          const key = TEMPLATE_KEY.exec(args2)?.[1];
          const named = key !== void 0 && key !== "return_value";
          if (named && !ids && !/\btask_ids\s*=/.test(args2)) {
            for (const producer of pushersOf(this.module, key, dagId)) found.push({ producer, key });
            continue;
          }
          for (const quoted of ids.matchAll(QUOTED)) {
            const producer = this.taskById(quoted[1] ?? quoted[2], dagId);
            if (producer) found.push({ producer, ...named ? { key } : {} });
          }
        }
        return found;
      }
      /** An operator's keywords: `op_args`, `op_kwargs` bind parameters; templated fields only consume. */
      collectOperatorKeywords(task) {
        if (task.fact.style.startsWith("@")) return;
        const allNames = task.fn ? parameterNames(task.fn) : [];
        let names3 = allNames;
        const callable = task.keywords.get("python_callable");
        const partial = callable && task.fn ? partialArguments(callable, this.module.context) : void 0;
        if (partial) {
          const splat = partial.positional.findIndex((argument) => argument.type === "list_splat");
          partial.positional.forEach((argument, index) => {
            const name2 = splat === -1 || index < splat ? names3[index] : void 0;
            if (name2 !== void 0 && !this.bindOperatorValue(task, argument, name2))
              this.addArgument(task, name2, argument);
          });
          for (const [name2, argument] of partial.keywords)
            if (!this.bindOperatorValue(task, argument, name2)) this.addArgument(task, name2, argument);
          names3 = splat === -1 ? names3.slice(partial.positional.length) : [];
        }
        for (const [keyword, written] of task.keywords) {
          const value = (keyword === OP_ARGS || keyword === OP_KWARGS ? this.literalOrConstant(written) : written) ?? written;
          if (keyword === TEMPLATES_DICT && (allNames.includes(TEMPLATES_DICT) || takesContext(task.fn)))
            this.addArgument(task, TEMPLATES_DICT, written);
          if (keyword === OP_ARGS && (value.type === "list" || value.type === "tuple")) {
            const splat = value.namedChildren.findIndex((element) => element.type === "list_splat");
            value.namedChildren.forEach((element, index) => {
              if (element.type === "comment") return;
              const name2 = splat === -1 || index < splat ? names3[index] : void 0;
              if (!this.bindOperatorValue(task, element, name2) && name2 !== void 0 && element.type !== "list_splat")
                this.addArgument(task, name2, element);
            });
          } else if (keyword === OP_KWARGS && value.type === "dictionary") {
            for (const pair of value.namedChildren) {
              if (pair.type !== "pair") continue;
              const name2 = stringLiteral(pair.childForFieldName("key"));
              const element = pair.childForFieldName("value");
              if (element && !this.bindOperatorValue(task, element, name2) && name2 !== void 0)
                this.addArgument(task, name2, element);
            }
          } else if (keyword !== "python_callable" && keyword !== "task_id" && keyword !== "dag") {
            let covered;
            for (const node of written.descendantsOfType([
              "concatenated_string",
              "string",
              "attribute",
              "call"
            ])) {
              if (covered && node.startIndex < covered.endIndex) continue;
              if (this.bindOperatorValue(task, node, void 0)) covered = node;
            }
          }
        }
      }
      /** Adds the inputs an operator argument stands for; true when it stands for any. */
      bindOperatorValue(task, value, parameter) {
        const node = unparenthesize(value);
        const via = node.type === "string" || node.type === "concatenated_string" ? "template" : "argument";
        const sources = this.producersOf(node, task.fact.dagId);
        for (const source of sources) {
          const whole = via !== "template" || /^\s*\{\{[^}]*\}\}\s*$/.test(stringLiteral(node) ?? "");
          this.add(task, {
            ...source,
            via,
            span: spanOf(node),
            ...parameter !== void 0 && whole ? { parameter } : {}
          });
        }
        return sources.length > 0;
      }
      /** `ti.xcom_pull(task_ids="x")` in the task's own code. */
      collectXcomPulls(task) {
        if (!this.pullsInCode) return;
        for (const call of this.module.nodes.within(task.fn, "call")) {
          const pull = xcomPullArguments(call);
          if (!pull) continue;
          for (const producer of pulledProducers(this.module, pull, task.fact.dagId)) {
            this.add(task, {
              producer,
              ...pull.key !== void 0 ? { key: pull.key } : {},
              via: "xcom-pull",
              span: spanOf(call)
            });
          }
        }
      }
    };
    extractConsumptions = (module2, model) => {
      for (const [consumer, inputs] of taskInputs(module2).byTask) {
        for (const input of inputs) {
          model.consumptions.push({
            taskId: consumer.fact.id,
            fromTaskId: input.producer.fact.id,
            ...consumer.fact.dagId !== void 0 ? { dagId: consumer.fact.dagId } : {},
            ...input.key !== void 0 ? { key: input.key } : {},
            via: input.via,
            span: input.span
          });
        }
      }
    };
  }
});

// packages/python/src/catalogs/storage.ts
function withEach(names3, api) {
  return names3.map((name2) => [name2, api]);
}
function requiredEnvRead(variable) {
  return `os.environ["${variable}"]`;
}
var at, kw, write, read, writes, reads, opens, copies, STORAGE_FUNCTIONS, ANY_RECEIVER_METHODS, RECEIVER_NAMES, receivers, RECEIVER_CONSTRUCTORS, OBJECT_STORE_MOUNTS, FILESYSTEM_FACTORIES, BOTO3_FACTORY_METHODS, RECEIVER_TRANSITIONS, PATH_METHODS, RECEIVER_METHODS, operators, STORAGE_OPERATORS, PROGRAM_TASKS, PATH_SAME_PLACE_METHODS, PATH_IDENTITY_FUNCTIONS, PATH_JOIN_FUNCTIONS, PATH_DIRNAME_FUNCTIONS, ENV_GET_FUNCTIONS, ENV_READER_CLASSES, ENV_READER_METHODS, ENV_MAPPINGS, TEMP_ENV_VARIABLES, TEMPFILE_APIS, AIRFLOW_VARIABLE_GETTERS, OBJECT_STORE_SCHEMES, RESULT_METHOD_NAMES, KNOWN_METHOD_NAMES;
var init_storage = __esm({
  "packages/python/src/catalogs/storage.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    at = (index, keyword, ...aliases) => ({
      index,
      ...keyword ? { keyword } : {},
      ...aliases.length ? { aliases } : {}
    });
    kw = (keyword, ...aliases) => ({
      keyword,
      ...aliases.length ? { aliases } : {}
    });
    write = (path19, extra = {}) => ({
      access: "write",
      path: path19,
      ...extra
    });
    read = (path19, extra = {}) => ({
      access: "read",
      path: path19,
      ...extra
    });
    writes = (path19) => ({ effects: [write(path19)] });
    reads = (path19) => ({ effects: [read(path19)] });
    opens = (path19, mode, defaultMode) => ({
      effects: [read(path19)],
      opener: { mode, defaultMode }
    });
    copies = (src, dst) => ({ effects: [read(src), write(dst)] });
    STORAGE_FUNCTIONS = new Map([
      ...withEach(["open", "io.open", "builtins.open", "codecs.open"], opens(at(0, "file"), at(1, "mode"), "r")),
      ...withEach(["gzip.open", "bz2.open", "lzma.open"], opens(at(0, "filename"), at(1, "mode"), "rb")),
      ["fsspec.open", opens(at(0, "urlpath"), at(1, "mode"), "rb")],
      ...withEach(["smart_open.open", "smart_open.smart_open"], opens(at(0, "uri"), at(1, "mode"), "r")),
      ["h5py.File", opens(at(0, "name"), at(1, "mode"), "r")],
      [
        "tempfile.NamedTemporaryFile",
        { effects: [{ access: "write", made: true }], opener: { mode: at(0, "mode"), defaultMode: "w+b" } }
      ],
      // numpy
      ...withEach(["numpy.save", "numpy.savez", "numpy.savez_compressed"], writes(at(0, "file"))),
      ["numpy.savetxt", writes(at(0, "fname"))],
      ...withEach(["numpy.load", "numpy.fromfile"], reads(at(0, "file"))),
      ...withEach(["numpy.loadtxt", "numpy.genfromtxt"], reads(at(0, "fname"))),
      // pandas and polars readers
      ...withEach(
        [
          "pandas.read_csv",
          "pandas.read_table",
          "pandas.read_json",
          "pandas.read_excel",
          "pandas.read_parquet",
          "pandas.read_feather",
          "pandas.read_pickle",
          "pandas.read_orc",
          "pandas.read_hdf"
        ],
        reads(at(0))
      ),
      ...withEach(
        [
          "polars.read_csv",
          "polars.read_parquet",
          "polars.read_ipc",
          "polars.read_json",
          "polars.read_ndjson",
          "polars.read_excel",
          "polars.read_avro",
          "polars.read_delta",
          "polars.scan_csv",
          "polars.scan_parquet",
          "polars.scan_ipc",
          "polars.scan_ndjson"
        ],
        reads(at(0, "source"))
      ),
      ["pyarrow.parquet.write_table", writes(at(1, "where"))],
      ["pyarrow.parquet.write_to_dataset", writes(at(1, "root_path"))],
      ["pyarrow.parquet.read_table", reads(at(0, "source"))],
      ["pyarrow.parquet.ParquetFile", reads(at(0, "source"))],
      ["pyarrow.parquet.ParquetDataset", reads(at(0, "path_or_paths"))],
      ["pyarrow.feather.write_feather", writes(at(1, "dest"))],
      ["pyarrow.feather.read_feather", reads(at(0, "source"))],
      ["pyarrow.csv.write_csv", writes(at(1, "output_file"))],
      ["pyarrow.csv.read_csv", reads(at(0, "input_file"))],
      ["pyarrow.dataset.write_dataset", writes(at(1, "base_dir"))],
      ["pyarrow.dataset.dataset", reads(at(0, "source"))],
      // DuckDB: queries name the files they read and write (`COPY … TO`, `read_parquet(…)`).
      ...withEach(["duckdb.sql", "duckdb.query", "duckdb.execute"], {
        effects: [],
        program: { argument: at(0, "query"), language: "sql" }
      }),
      // A DuckDB database file is storage too: one opened `read_only=True` reads it; a read-write
      // connection does what its statements do (`program.database` on the connection's methods:
      // `CREATE TABLE` writes the file, `SELECT … FROM t` reads it). No argument and `:memory:` are
      // no file.
      [
        "duckdb.connect",
        {
          effects: [],
          choice: {
            argument: kw("read_only"),
            absent: "false",
            cases: {
              false: [],
              true: [read(at(0, "database"), { notFiles: [":memory:"] })]
            }
          }
        }
      ],
      ...withEach(["duckdb.read_parquet", "duckdb.from_parquet"], {
        effects: [read(at(0, "file_glob"), { glob: true })]
      }),
      ...withEach(["duckdb.read_csv", "duckdb.from_csv_auto", "duckdb.read_json"], {
        effects: [read(at(0, "path_or_buffer"), { glob: true })]
      }),
      // object serialisation
      ...withEach(["pickle.dump", "cloudpickle.dump", "dill.dump"], writes(at(1, "file"))),
      ...withEach(["pickle.load", "cloudpickle.load", "dill.load"], reads(at(0, "file"))),
      ["joblib.dump", writes(at(1, "filename"))],
      ["joblib.load", reads(at(0, "filename"))],
      ...withEach(["torch.save", "torch.jit.save"], writes(at(1, "f"))),
      ...withEach(["torch.load", "torch.jit.load"], reads(at(0, "f"))),
      ["safetensors.torch.save_file", writes(at(1, "filename"))],
      ["safetensors.torch.load_file", reads(at(0, "filename"))],
      // Keras and TensorFlow models (a `.keras` file, an H5 file or a SavedModel directory).
      ...withEach(
        ["keras.models.save_model", "keras.saving.save_model", "tensorflow.keras.models.save_model"],
        writes(at(1, "filepath"))
      ),
      ...withEach(
        ["keras.models.load_model", "keras.saving.load_model", "tensorflow.keras.models.load_model"],
        reads(at(0, "filepath"))
      ),
      ["tensorflow.saved_model.save", writes(at(1, "export_dir"))],
      ["tensorflow.saved_model.load", reads(at(0, "export_dir"))],
      // Boosters loaded from a model file: `lgb.Booster(model_file=…)`, `xgb.Booster(model_file=…)`.
      ...withEach(["lightgbm.Booster", "xgboost.Booster"], reads(kw("model_file"))),
      ["json.dump", writes(at(1, "fp"))],
      ["json.load", reads(at(0, "fp"))],
      ...withEach(["yaml.dump", "yaml.safe_dump"], writes(at(1, "stream"))),
      // moving files around
      ...withEach(
        ["shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "shutil.move"],
        copies(at(0, "src"), at(1, "dst"))
      ),
      ...withEach(["os.rename", "os.replace"], copies(at(0, "src"), at(1, "dst"))),
      // downloads from the web
      ["urllib.request.urlretrieve", writes(at(1, "filename"))],
      // Programs run from Python: the command (a list of words, or a string) is read by the shell
      // interpreter BashOperator's `bash_command` uses (`ogr2ogr DST SRC`, `cat`, `cp`, `curl -o` …).
      // A list is one word per element, as `subprocess` passes it; a list variable built by
      // `append` / `extend` in the same block of the same function is followed (`locations.ts`,
      // `argvFragments`). Without `cwd=` a relative path is read as under a fresh directory (the
      // worker's working directory is not known): it never names another task's file.
      ...withEach(
        [
          "subprocess.run",
          "subprocess.call",
          "subprocess.check_call",
          "subprocess.check_output",
          "subprocess.Popen"
        ],
        { effects: [], program: { argument: at(0, "args"), language: "shell", env: kw("env"), cwd: kw("cwd") } }
      ),
      ["os.system", { effects: [], program: { argument: at(0, "command"), language: "shell" } }]
      // Listing a directory (`os.listdir`, `os.scandir`, `os.walk`) reads no file: a cleanup task
      // that lists and deletes (`os.unlink`, `os.remove`, `shutil.rmtree`: no rows either) is not
      // a consumer. Nor is a glob (`glob.glob`, `glob.iglob`). Code that reads what it listed
      // reads each element: a path under the directory with a wildcard (`locations.ts`,
      // `elementPlace`), which matches the files another task wrote there.
    ]);
    ANY_RECEIVER_METHODS = new Map([
      ...withEach(["to_parquet", "to_pickle", "to_feather", "to_orc"], writes(at(0, "path"))),
      ...withEach(["to_csv", "to_json", "to_hdf"], writes(at(0, "path_or_buf"))),
      ["to_excel", writes(at(0, "excel_writer"))],
      ["tofile", writes(at(0, "fid"))],
      ...withEach(
        ["write_csv", "write_parquet", "write_ipc", "write_json", "write_ndjson", "write_avro"],
        writes(at(0, "file"))
      ),
      ["write_excel", writes(at(0, "workbook"))],
      ["write_delta", writes(at(0, "target"))],
      // polars LazyFrame sinks
      ...withEach(["sink_parquet", "sink_csv", "sink_ipc", "sink_ndjson"], writes(at(0, "path"))),
      // Models: Keras `model.save(path)`, LightGBM / XGBoost / CatBoost boosters, Hugging Face.
      ["save", writes(at(0, "filepath"))],
      ["save_model", writes(at(0, "fname", "filename"))],
      ["load_model", reads(at(0, "fname", "filename"))],
      ["save_pretrained", writes(at(0, "save_directory"))],
      ["from_pretrained", reads(at(0, "pretrained_model_name_or_path"))]
    ]);
    RECEIVER_NAMES = {
      path: "Path objects: `pathlib.Path`, Airflow's `ObjectStoragePath`, `UPath`, `cloudpathlib`",
      "s3-client": "boto3 S3 client (`boto3.client('s3')`, `S3Hook.get_conn()`)",
      "s3-resource": "boto3 S3 resource (`boto3.resource('s3')`)",
      "s3-object": "boto3 S3 Object (`s3.Object(bucket, key)`, `S3Hook.get_key(\u2026)`)",
      "s3-bucket": "boto3 S3 Bucket (`s3.Bucket(name)`)",
      "s3-hook": "Airflow `S3Hook`",
      "gcs-hook": "Airflow `GCSHook`",
      "gcs-client": "google-cloud-storage `Client`",
      "gcs-bucket": "google-cloud-storage `Bucket` (`client.bucket(name)`)",
      "gcs-blob": "google-cloud-storage `Blob` (`bucket.blob(name)`)",
      "wasb-hook": "Airflow `WasbHook`",
      "azure-service": "azure-storage-blob `BlobServiceClient`",
      "azure-container": "azure-storage-blob `ContainerClient`",
      "azure-blob": "azure-storage-blob `BlobClient`",
      minio: "MinIO client (`Minio(...)`)",
      "postgres-hook": "Airflow `PostgresHook`",
      "mysql-hook": "Airflow `MySqlHook`",
      "sftp-hook": "Airflow `SFTPHook`",
      "ftp-hook": "Airflow `FTPHook` / `FTPSHook`",
      "ssh-hook": "Airflow `SSHHook`",
      "ssh-client": "paramiko `SSHClient` (`SSHHook.get_conn()`)",
      "sftp-client": "paramiko `SFTPClient` (`ssh.open_sftp()`, `SFTPHook.get_conn()`)",
      duckdb: "DuckDB connection (`duckdb.connect()`)",
      filesystem: "fsspec filesystems: `s3fs`, `gcsfs`, `adlfs`, `fsspec.filesystem(protocol)`",
      archive: "7-Zip archives (`py7zr.SevenZipFile`)"
    };
    receivers = (names3, made) => names3.map((name2) => [name2, made]);
    RECEIVER_CONSTRUCTORS = new Map([
      ...receivers(
        [
          "pathlib.Path",
          "pathlib.PurePath",
          "pathlib.PosixPath",
          "pathlib.PurePosixPath",
          "airflow.io.path.ObjectStoragePath",
          "airflow.io.store.path.ObjectStoragePath",
          "airflow.sdk.ObjectStoragePath",
          "airflow.sdk.io.ObjectStoragePath",
          "upath.UPath",
          "cloudpathlib.CloudPath",
          "cloudpathlib.AnyPath"
        ],
        { kind: "path" }
      ),
      ["cloudpathlib.S3Path", { kind: "path", scheme: "s3" }],
      ["cloudpathlib.GSPath", { kind: "path", scheme: "gs" }],
      ...receivers(
        [
          "airflow.providers.amazon.aws.hooks.s3.S3Hook",
          "airflow.hooks.S3_hook.S3Hook",
          "airflow.hooks.s3_hook.S3Hook"
        ],
        { kind: "s3-hook", scheme: "s3" }
      ),
      ...receivers(
        [
          "airflow.providers.google.cloud.hooks.gcs.GCSHook",
          "airflow.contrib.hooks.gcs_hook.GoogleCloudStorageHook"
        ],
        { kind: "gcs-hook", scheme: "gs" }
      ),
      ...receivers(["google.cloud.storage.Client", "google.cloud.storage.client.Client"], {
        kind: "gcs-client",
        scheme: "gs"
      }),
      ...receivers(["google.cloud.storage.Bucket", "google.cloud.storage.bucket.Bucket"], {
        kind: "gcs-bucket",
        scheme: "gs",
        bucket: at(1, "name")
      }),
      ...receivers(
        ["airflow.providers.microsoft.azure.hooks.wasb.WasbHook", "airflow.contrib.hooks.wasb_hook.WasbHook"],
        { kind: "wasb-hook", scheme: "wasb" }
      ),
      ...receivers(
        ["azure.storage.blob.BlobServiceClient", "azure.storage.blob.BlobServiceClient.from_connection_string"],
        { kind: "azure-service", scheme: "wasb" }
      ),
      [
        "azure.storage.blob.ContainerClient",
        { kind: "azure-container", scheme: "wasb", bucket: at(1, "container_name") }
      ],
      [
        "azure.storage.blob.ContainerClient.from_connection_string",
        { kind: "azure-container", scheme: "wasb", bucket: at(1, "container_name") }
      ],
      ...receivers(["azure.storage.blob.BlobClient", "azure.storage.blob.BlobClient.from_connection_string"], {
        kind: "azure-blob",
        scheme: "wasb",
        bucket: at(1, "container_name"),
        key: at(2, "blob_name")
      }),
      // MinIO objects are S3 objects: another task may read them with boto3.
      ["minio.Minio", { kind: "minio", scheme: "s3" }],
      ...receivers(
        ["airflow.providers.postgres.hooks.postgres.PostgresHook", "airflow.hooks.postgres_hook.PostgresHook"],
        { kind: "postgres-hook" }
      ),
      ...receivers(["airflow.providers.mysql.hooks.mysql.MySqlHook", "airflow.hooks.mysql_hook.MySqlHook"], {
        kind: "mysql-hook"
      }),
      // Remote servers are named by their connection id.
      ...receivers(["airflow.providers.sftp.hooks.sftp.SFTPHook", "airflow.contrib.hooks.sftp_hook.SFTPHook"], {
        kind: "sftp-hook",
        bucket: at(0, "ssh_conn_id", "ftp_conn_id")
      }),
      ...receivers(
        [
          "airflow.providers.ftp.hooks.ftp.FTPHook",
          "airflow.providers.ftp.hooks.ftp.FTPSHook",
          "airflow.contrib.hooks.ftp_hook.FTPHook",
          "airflow.contrib.hooks.ftp_hook.FTPSHook"
        ],
        { kind: "ftp-hook", bucket: at(0, "ftp_conn_id") }
      ),
      ...receivers(["airflow.providers.ssh.hooks.ssh.SSHHook", "airflow.contrib.hooks.ssh_hook.SSHHook"], {
        kind: "ssh-hook",
        bucket: at(0, "ssh_conn_id")
      }),
      ["paramiko.SSHClient", { kind: "ssh-client" }],
      ["paramiko.client.SSHClient", { kind: "ssh-client" }],
      ["paramiko.SFTPClient.from_transport", { kind: "sftp-client" }],
      ["duckdb.connect", { kind: "duckdb", database: { path: at(0, "database"), notFiles: [":memory:"] } }],
      ...receivers(["s3fs.S3FileSystem", "s3fs.core.S3FileSystem"], { kind: "filesystem", scheme: "s3" }),
      ["gcsfs.GCSFileSystem", { kind: "filesystem", scheme: "gs" }],
      ...receivers(["py7zr.SevenZipFile", "py7zr.py7zr.SevenZipFile"], { kind: "archive" }),
      ["adlfs.AzureBlobFileSystem", { kind: "filesystem", scheme: "az" }]
    ]);
    OBJECT_STORE_MOUNTS = [
      {
        path: "/home/airflow/gcs/data/",
        scheme: "gs",
        keyPrefix: "data/",
        bucket: "the Cloud Composer environment's bucket"
      }
    ];
    FILESYSTEM_FACTORIES = /* @__PURE__ */ new Set(["fsspec.filesystem"]);
    BOTO3_FACTORY_METHODS = {
      client: "s3-client",
      resource: "s3-resource"
    };
    RECEIVER_TRANSITIONS = {
      "s3-resource": {
        Object: { kind: "s3-object", bucket: at(0, "bucket_name"), key: at(1, "key") },
        Bucket: { kind: "s3-bucket", bucket: at(0, "name") }
      },
      "s3-bucket": { Object: { kind: "s3-object", key: at(0, "key") } },
      "s3-hook": {
        get_conn: { kind: "s3-client" },
        get_client_type: { kind: "s3-client" },
        get_key: { kind: "s3-object", key: at(0, "key"), bucket: at(1, "bucket_name") }
      },
      "gcs-hook": { get_conn: { kind: "gcs-client" } },
      "gcs-client": {
        bucket: { kind: "gcs-bucket", bucket: at(0, "bucket_name") },
        get_bucket: { kind: "gcs-bucket", bucket: at(0, "bucket_or_name") },
        lookup_bucket: { kind: "gcs-bucket", bucket: at(0, "bucket_name") }
      },
      "gcs-bucket": {
        blob: { kind: "gcs-blob", key: at(0, "blob_name") },
        get_blob: { kind: "gcs-blob", key: at(0, "blob_name") }
      },
      "wasb-hook": { get_conn: { kind: "azure-service" } },
      "azure-service": {
        get_container_client: { kind: "azure-container", bucket: at(0, "container") },
        get_blob_client: { kind: "azure-blob", bucket: at(0, "container"), key: at(1, "blob") }
      },
      "azure-container": { get_blob_client: { kind: "azure-blob", key: at(0, "blob") } },
      "sftp-hook": { get_conn: { kind: "sftp-client" } },
      "ssh-hook": { get_conn: { kind: "ssh-client" } },
      "ssh-client": { open_sftp: { kind: "sftp-client" } }
    };
    PATH_METHODS = {
      write_text: { effects: [{ access: "write", receiver: true }] },
      write_bytes: { effects: [{ access: "write", receiver: true }] },
      read_text: { effects: [{ access: "read", receiver: true }] },
      read_bytes: { effects: [{ access: "read", receiver: true }] },
      // `ObjectStoragePath.read_block(offset, length)` (fsspec).
      read_block: { effects: [{ access: "read", receiver: true }] },
      open: { effects: [{ access: "read", receiver: true }], opener: { mode: at(0, "mode"), defaultMode: "r" } },
      rename: { effects: [{ access: "read", receiver: true }, write(at(0, "target"))] },
      replace: { effects: [{ access: "read", receiver: true }, write(at(0, "target"))] },
      // `ObjectStoragePath.copy(dst)` / `.move(path)` (and `Path.copy` in Python 3.14).
      copy: { effects: [{ access: "read", receiver: true }, write(at(0, "dst", "target"))] },
      move: { effects: [{ access: "read", receiver: true }, write(at(0, "path", "target"))] }
    };
    RECEIVER_METHODS = {
      path: PATH_METHODS,
      "s3-client": {
        put_object: { effects: [{ access: "write", bucket: { keyword: "Bucket" }, key: { keyword: "Key" } }] },
        upload_file: {
          effects: [read(at(0, "Filename")), { access: "write", bucket: at(1, "Bucket"), key: at(2, "Key") }]
        },
        upload_fileobj: { effects: [{ access: "write", bucket: at(1, "Bucket"), key: at(2, "Key") }] },
        get_object: { effects: [{ access: "read", bucket: { keyword: "Bucket" }, key: { keyword: "Key" } }] },
        download_file: {
          effects: [{ access: "read", bucket: at(0, "Bucket"), key: at(1, "Key") }, write(at(2, "Filename"))]
        },
        download_fileobj: { effects: [{ access: "read", bucket: at(0, "Bucket"), key: at(1, "Key") }] },
        // The source is a `CopySource` dict; the destination is what another task may read.
        copy_object: { effects: [{ access: "write", bucket: kw("Bucket"), key: kw("Key") }] },
        list_objects_v2: {
          effects: [{ access: "read", bucket: { keyword: "Bucket" }, key: { keyword: "Prefix" } }]
        },
        list_objects: {
          effects: [{ access: "read", bucket: { keyword: "Bucket" }, key: { keyword: "Prefix" } }]
        }
      },
      "s3-resource": {},
      "s3-object": {
        put: { effects: [{ access: "write", receiver: true }] },
        upload_file: { effects: [read(at(0, "Filename")), { access: "write", receiver: true }] },
        upload_fileobj: { effects: [{ access: "write", receiver: true }] },
        get: { effects: [{ access: "read", receiver: true }] },
        download_file: { effects: [{ access: "read", receiver: true }, write(at(0, "Filename"))] },
        download_fileobj: { effects: [{ access: "read", receiver: true }] }
      },
      "s3-bucket": {
        put_object: { effects: [{ access: "write", receiver: true, key: { keyword: "Key" } }] },
        upload_file: {
          effects: [read(at(0, "Filename")), { access: "write", receiver: true, key: at(1, "Key") }]
        },
        upload_fileobj: { effects: [{ access: "write", receiver: true, key: at(1, "Key") }] },
        download_file: {
          effects: [{ access: "read", receiver: true, key: at(0, "Key") }, write(at(1, "Filename"))]
        }
      },
      "s3-hook": {
        load_file: {
          effects: [
            read(at(0, "filename")),
            { access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }
          ]
        },
        load_string: { effects: [{ access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }] },
        load_bytes: { effects: [{ access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }] },
        load_file_obj: { effects: [{ access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }] },
        read_key: { effects: [{ access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") }] },
        get_key: { effects: [{ access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") }] },
        // Downloads into a fresh temp file (in `local_path`, else the pod's temp directory) and returns its path.
        download_file: {
          effects: [
            { access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") },
            { access: "write", freshUnder: at(2, "local_path"), result: true }
          ]
        },
        copy_object: {
          effects: [
            { access: "read", key: at(0, "source_bucket_key"), bucket: at(2, "source_bucket_name") },
            { access: "write", key: at(1, "dest_bucket_key"), bucket: at(3, "dest_bucket_name") }
          ]
        },
        list_keys: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: at(1, "prefix") }] }
      },
      "gcs-hook": {
        upload: {
          effects: [
            read(at(2, "filename")),
            { access: "write", bucket: at(0, "bucket_name"), key: at(1, "object_name") }
          ]
        },
        download: {
          effects: [
            { access: "read", bucket: at(0, "bucket_name"), key: at(1, "object_name") },
            // With a file name it writes the file and returns its name (else the bytes).
            write(at(2, "filename"), { result: true })
          ]
        },
        list: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: { keyword: "prefix" } }] }
      },
      "gcs-client": {
        list_blobs: { effects: [{ access: "read", bucket: at(0, "bucket_or_name"), key: kw("prefix") }] }
      },
      "gcs-bucket": {
        list_blobs: { effects: [{ access: "read", receiver: true, key: kw("prefix") }] }
      },
      "gcs-blob": {
        upload_from_filename: { effects: [read(at(0, "filename")), { access: "write", receiver: true }] },
        upload_from_string: { effects: [{ access: "write", receiver: true }] },
        upload_from_file: { effects: [{ access: "write", receiver: true }] },
        download_to_filename: { effects: [{ access: "read", receiver: true }, write(at(0, "filename"))] },
        download_to_file: { effects: [{ access: "read", receiver: true }] },
        download_as_bytes: { effects: [{ access: "read", receiver: true }] },
        download_as_string: { effects: [{ access: "read", receiver: true }] },
        download_as_text: { effects: [{ access: "read", receiver: true }] },
        open: {
          effects: [{ access: "read", receiver: true }],
          opener: { mode: at(0, "mode"), defaultMode: "r" }
        }
      },
      "wasb-hook": {
        load_file: {
          effects: [
            read(at(0, "file_path")),
            { access: "write", bucket: at(1, "container_name"), key: at(2, "blob_name") }
          ]
        },
        load_string: { effects: [{ access: "write", bucket: at(1, "container_name"), key: at(2, "blob_name") }] },
        read_file: { effects: [{ access: "read", bucket: at(0, "container_name"), key: at(1, "blob_name") }] },
        get_file: {
          effects: [
            write(at(0, "file_path")),
            { access: "read", bucket: at(1, "container_name"), key: at(2, "blob_name") }
          ]
        },
        upload: { effects: [{ access: "write", bucket: at(0, "container_name"), key: at(1, "blob_name") }] },
        download: { effects: [{ access: "read", bucket: at(0, "container_name"), key: at(1, "blob_name") }] }
      },
      "azure-service": {},
      "azure-container": {
        upload_blob: { effects: [{ access: "write", receiver: true, key: at(0, "name") }] },
        download_blob: { effects: [{ access: "read", receiver: true, key: at(0, "blob") }] },
        list_blobs: { effects: [{ access: "read", receiver: true, key: kw("name_starts_with") }] }
      },
      "azure-blob": {
        upload_blob: { effects: [{ access: "write", receiver: true }] },
        download_blob: { effects: [{ access: "read", receiver: true }] }
      },
      minio: {
        put_object: { effects: [{ access: "write", bucket: at(0, "bucket_name"), key: at(1, "object_name") }] },
        fput_object: {
          effects: [
            read(at(2, "file_path")),
            { access: "write", bucket: at(0, "bucket_name"), key: at(1, "object_name") }
          ]
        },
        get_object: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: at(1, "object_name") }] },
        fget_object: {
          effects: [
            { access: "read", bucket: at(0, "bucket_name"), key: at(1, "object_name") },
            write(at(2, "file_path"))
          ]
        },
        list_objects: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: at(1, "prefix") }] }
      },
      "postgres-hook": {
        // `COPY … TO STDOUT` writes the file, `COPY … FROM STDIN` reads it.
        copy_expert: {
          effects: [],
          choice: {
            argument: at(0, "sql"),
            interpreter: "copy-direction",
            cases: { to: [write(at(1, "filename"))], from: [read(at(1, "filename"))] }
          }
        },
        bulk_load: reads(at(1, "tmp_file")),
        bulk_dump: writes(at(1, "tmp_file"))
      },
      "mysql-hook": {
        // `LOAD DATA LOCAL INFILE` reads the worker's file; `SELECT … INTO OUTFILE` writes on the database server.
        bulk_load: reads(at(1, "tmp_file")),
        bulk_load_custom: reads(at(1, "tmp_file")),
        bulk_dump: { effects: [write(at(1, "tmp_file"), { remote: "mysql" })] }
      },
      "sftp-hook": {
        store_file: {
          effects: [read(at(1, "local_full_path")), write(at(0, "remote_full_path"), { remote: "sftp" })]
        },
        retrieve_file: {
          effects: [read(at(0, "remote_full_path"), { remote: "sftp" }), write(at(1, "local_full_path"))]
        }
      },
      "ftp-hook": {
        store_file: {
          effects: [
            read(at(1, "local_full_path_or_buffer")),
            write(at(0, "remote_full_path"), { remote: "ftp" })
          ]
        },
        retrieve_file: {
          effects: [
            read(at(0, "remote_full_path"), { remote: "ftp" }),
            write(at(1, "local_full_path_or_buffer"))
          ]
        }
      },
      "ssh-hook": {},
      "ssh-client": {},
      "sftp-client": {
        put: { effects: [read(at(0, "localpath")), write(at(1, "remotepath"), { remote: "sftp" })] },
        putfo: { effects: [write(at(1, "remotepath"), { remote: "sftp" })] },
        get: { effects: [read(at(0, "remotepath"), { remote: "sftp" }), write(at(1, "localpath"))] },
        getfo: { effects: [read(at(0, "remotepath"), { remote: "sftp" })] }
      },
      duckdb: {
        ...Object.fromEntries(
          ["sql", "execute", "query"].map((method) => [
            method,
            {
              effects: [],
              program: { argument: at(0, "query"), language: "sql", database: true }
            }
          ])
        ),
        ...Object.fromEntries(
          ["read_parquet", "from_parquet", "read_csv", "from_csv_auto", "read_json"].map((method) => [
            method,
            { effects: [read(at(0), { glob: true })] }
          ])
        )
      },
      filesystem: {
        open: opens(at(0, "path"), at(1, "mode"), "rb"),
        put: copies(at(0, "lpath"), at(1, "rpath")),
        put_file: copies(at(0, "lpath"), at(1, "rpath")),
        upload: copies(at(0, "lpath"), at(1, "rpath")),
        get: copies(at(0, "rpath"), at(1, "lpath")),
        get_file: copies(at(0, "rpath"), at(1, "lpath")),
        download: copies(at(0, "rpath"), at(1, "lpath")),
        pipe: writes(at(0, "path")),
        pipe_file: writes(at(0, "path")),
        write_text: writes(at(0, "path")),
        write_bytes: writes(at(0, "path")),
        cat: reads(at(0, "path")),
        cat_file: reads(at(0, "path")),
        read_text: reads(at(0, "path")),
        read_bytes: reads(at(0, "path")),
        ls: reads(at(0, "path")),
        glob: { effects: [read(at(0, "path"), { glob: true })] }
      },
      // Extracting writes the archive's members under `path` (py7zr: `extract(path=…, targets=…)`).
      archive: {
        extractall: { effects: [write(at(0, "path"), { under: true })] },
        extract: { effects: [write(at(0, "path"), { under: true })] }
      }
    };
    operators = (names3, api) => names3.map((name2) => [name2, api]);
    STORAGE_OPERATORS = new Map([
      ...operators(
        [
          "airflow.operators.bash.BashOperator",
          "airflow.operators.bash_operator.BashOperator",
          "airflow.providers.standard.operators.bash.BashOperator"
        ],
        {
          effects: [],
          program: { argument: kw("bash_command"), language: "shell", env: kw("env"), cwd: kw("cwd") }
        }
      ),
      ...operators(
        [
          "airflow.operators.email.EmailOperator",
          "airflow.operators.email_operator.EmailOperator",
          "airflow.providers.smtp.operators.smtp.EmailOperator"
        ],
        { effects: [read(kw("files"), { each: true })] }
      ),
      [
        "airflow.providers.amazon.aws.transfers.local_to_s3.LocalFilesystemToS3Operator",
        { effects: [read(kw("filename")), { access: "write", key: kw("dest_key"), bucket: kw("dest_bucket") }] }
      ],
      [
        "airflow.providers.amazon.aws.operators.s3.S3CreateObjectOperator",
        { effects: [{ access: "write", key: kw("s3_key"), bucket: kw("s3_bucket") }] }
      ],
      [
        "airflow.providers.amazon.aws.operators.s3.S3CopyObjectOperator",
        {
          effects: [
            { access: "read", key: kw("source_bucket_key"), bucket: kw("source_bucket_name") },
            { access: "write", key: kw("dest_bucket_key"), bucket: kw("dest_bucket_name") }
          ]
        }
      ],
      // A warehouse load of a location another task wrote is a handoff too (the key is a prefix).
      ...operators(
        [
          "airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator",
          "airflow.operators.s3_to_redshift_operator.S3ToRedshiftTransfer",
          "airflow.providers.amazon.aws.transfers.s3_to_sql.S3ToSqlOperator"
        ],
        { effects: [{ access: "read", key: kw("s3_key"), bucket: kw("s3_bucket") }] }
      ),
      ...operators(
        [
          "airflow.providers.google.cloud.transfers.local_to_gcs.LocalFilesystemToGCSOperator",
          "airflow.contrib.operators.file_to_gcs.FileToGoogleCloudStorageOperator"
        ],
        {
          effects: [
            read(kw("src"), { each: true, glob: true }),
            { access: "write", bucket: kw("bucket"), key: kw("dst") }
          ],
          scheme: "gs"
        }
      ),
      // A copy between buckets reads each source object and writes the destination.
      ...operators(
        [
          "airflow.providers.google.cloud.transfers.gcs_to_gcs.GCSToGCSOperator",
          "airflow.contrib.operators.gcs_to_gcs.GoogleCloudStorageToGoogleCloudStorageOperator"
        ],
        {
          effects: [
            {
              access: "read",
              bucket: kw("source_bucket"),
              key: kw("source_objects", "source_object"),
              each: true
            },
            { access: "write", bucket: kw("destination_bucket", "source_bucket"), key: kw("destination_object") }
          ],
          scheme: "gs"
        }
      ),
      ...operators(
        [
          "airflow.providers.google.cloud.transfers.gcs_to_local.GCSToLocalFilesystemOperator",
          "airflow.contrib.operators.gcs_download_operator.GoogleCloudStorageDownloadOperator"
        ],
        {
          effects: [
            { access: "read", bucket: kw("bucket"), key: kw("object_name", "object") },
            write(kw("filename"))
          ],
          scheme: "gs"
        }
      ),
      ...operators(
        [
          "airflow.providers.sftp.operators.sftp.SFTPOperator",
          "airflow.contrib.operators.sftp_operator.SFTPOperator"
        ],
        {
          effects: [],
          choice: {
            argument: kw("operation"),
            absent: "put",
            cases: {
              put: [
                read(kw("local_filepath"), { each: true }),
                write(kw("remote_filepath"), {
                  each: true,
                  remote: "sftp",
                  host: kw("ssh_conn_id", "sftp_conn_id")
                })
              ],
              get: [
                read(kw("remote_filepath"), {
                  each: true,
                  remote: "sftp",
                  host: kw("ssh_conn_id", "sftp_conn_id")
                }),
                write(kw("local_filepath"), { each: true })
              ]
            }
          }
        }
      )
    ]);
    PROGRAM_TASKS = /* @__PURE__ */ new Map([["@task.bash", { language: "shell", env: "env", cwd: "cwd" }]]);
    PATH_SAME_PLACE_METHODS = /* @__PURE__ */ new Set(["resolve", "absolute", "expanduser", "as_posix"]);
    PATH_IDENTITY_FUNCTIONS = /* @__PURE__ */ new Set([
      "str",
      "os.fspath",
      "os.path.abspath",
      "os.path.realpath",
      "os.path.normpath",
      "os.path.expanduser"
    ]);
    PATH_JOIN_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.join", "posixpath.join"]);
    PATH_DIRNAME_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.dirname", "posixpath.dirname"]);
    ENV_GET_FUNCTIONS = /* @__PURE__ */ new Set(["os.environ.get", "os.getenv", "os.environ.setdefault"]);
    ENV_READER_CLASSES = /* @__PURE__ */ new Map([
      // What a read without a default does when the variable is unset (for rule messages).
      ["environs.Env", { unset: "this raises `environs.EnvError`" }]
    ]);
    ENV_READER_METHODS = /* @__PURE__ */ new Map([
      ["str", "text"],
      ["path", "path"]
    ]);
    ENV_MAPPINGS = /* @__PURE__ */ new Set(["os.environ"]);
    TEMP_ENV_VARIABLES = /* @__PURE__ */ new Set(["TMPDIR", "TEMP", "TMP"]);
    TEMPFILE_APIS = /* @__PURE__ */ new Map([
      ["tempfile.gettempdir", "dir"],
      ["tempfile.gettempdirb", "dir"],
      ["tempfile.mkdtemp", "fresh-dir"],
      // mkstemp returns (fd, path): the path is element 1.
      ["tempfile.mkstemp", "fresh-file"],
      ["tempfile.NamedTemporaryFile", "fresh-file-handle"],
      ["tempfile.TemporaryFile", "fresh-file-handle"],
      ["tempfile.SpooledTemporaryFile", "fresh-file-handle"],
      ["tempfile.TemporaryDirectory", "fresh-dir-handle"]
    ]);
    AIRFLOW_VARIABLE_GETTERS = /* @__PURE__ */ new Set([
      "airflow.models.Variable.get",
      "airflow.models.variable.Variable.get",
      "airflow.sdk.Variable.get"
    ]);
    OBJECT_STORE_SCHEMES = /* @__PURE__ */ new Set([
      "s3",
      "s3a",
      "s3n",
      "gs",
      "gcs",
      "az",
      "abfs",
      "abfss",
      "adl",
      "wasb",
      "wasbs",
      "oss",
      "r2",
      "hdfs",
      "minio"
    ]);
    RESULT_METHOD_NAMES = new Set(
      Object.values(RECEIVER_METHODS).flatMap(
        (methods) => Object.entries(methods).filter(([, api]) => api.effects.some((effect) => effect.result)).map(([name2]) => name2)
      )
    );
    KNOWN_METHOD_NAMES = /* @__PURE__ */ new Set([
      ...ANY_RECEIVER_METHODS.keys(),
      ...Object.values(RECEIVER_METHODS).flatMap((methods) => Object.keys(methods))
    ]);
  }
});

// packages/python/src/env-reads.ts
function fallbackText(node) {
  const literal2 = stringLiteral(node);
  if (literal2 !== void 0) return literal2;
  return node.type === "none" ? "None" : "<expression>";
}
function orFallback(read2) {
  let node = read2;
  while (node.parent?.type === "parenthesized_expression") node = node.parent;
  const parent = node.parent;
  if (parent?.type !== "boolean_operator") return void 0;
  if (parent.childForFieldName("operator")?.text !== "or") return void 0;
  if (parent.childForFieldName("left")?.id !== node.id) return void 0;
  return parent.childForFieldName("right") ?? void 0;
}
function envGet(call, context) {
  const name2 = context.qualifiedCallee(call);
  if (name2 !== void 0 && ENV_GET_FUNCTIONS.has(name2)) return { api: name2 };
  const callee = call.childForFieldName("function");
  let object = callee;
  let method;
  if (callee?.type === "attribute") {
    method = callee.childForFieldName("attribute")?.text;
    if (method === void 0 || !ENV_READER_METHODS.has(method)) return void 0;
    object = callee.childForFieldName("object");
  }
  if (object?.type !== "identifier") return void 0;
  const made = context.constants.get(object.text);
  const reader = made?.type === "call" ? context.qualifiedCallee(made) : void 0;
  const known = reader !== void 0 ? ENV_READER_CLASSES.get(reader) : void 0;
  if (known === void 0) return void 0;
  if (method === void 0) return { api: reader, whenUnset: known.unset };
  return {
    api: `${reader}.${method}`,
    whenUnset: known.unset,
    ...ENV_READER_METHODS.get(method) === "path" ? { path: true } : {}
  };
}
function extractEnvReads(module2, model) {
  if (!module2.source.includes("environ") && !module2.source.includes("getenv")) return;
  const { context, nodes } = module2;
  const reads2 = [];
  const guarded = /* @__PURE__ */ new Set();
  for (const comparison of nodes.of("comparison_operator")) {
    const operands = comparison.namedChildren;
    if (operands.length !== 2) continue;
    const variable = stringLiteral(operands[0]);
    const mapping = context.qualify(operands[1]);
    if (variable !== void 0 && mapping !== void 0 && ENV_MAPPINGS.has(mapping)) guarded.add(variable);
  }
  const taskAt = (node) => module2.tasks.find((t) => t.fn && t.fn.id <= node.id && node.id <= t.fn.lastDescendantId)?.fact.id;
  const record2 = (node, variable, api, fallback, whenUnset) => {
    const or = orFallback(node);
    const chosen = fallback && fallback.type !== "none" ? fallback : or ?? fallback;
    const taskId = taskAt(node);
    reads2.push({
      variable,
      api,
      ...chosen && chosen.type !== "none" ? { fallback: fallbackText(chosen) } : {},
      ...guarded.has(variable) ? { guarded: true } : {},
      ...whenUnset !== void 0 && !(chosen && chosen.type !== "none") ? { whenUnset } : {},
      span: spanOf(node),
      ...taskId !== void 0 ? { taskId } : {}
    });
  };
  for (const subscript of nodes.of("subscript")) {
    const mapping = context.qualify(subscript.childForFieldName("value"));
    if (mapping === void 0 || !ENV_MAPPINGS.has(mapping)) continue;
    const variable = stringLiteral(subscript.childForFieldName("subscript"));
    const parent = subscript.parent;
    if (parent?.type === "assignment" && parent.childForFieldName("left")?.id === subscript.id) continue;
    if (variable !== void 0) record2(subscript, variable, `${mapping}[...]`, void 0);
  }
  for (const call of nodes.of("call")) {
    const read2 = envGet(call, context);
    if (read2 === void 0) continue;
    const name2 = read2.api;
    const { positional, keywords } = callArguments(call);
    const variable = stringLiteral(positional[0] ?? keywords.get("key"));
    if (variable === void 0) continue;
    const fallback = positional[1] ?? keywords.get("default");
    record2(call, variable, name2, fallback ? unparenthesize(fallback) : void 0, read2.whenUnset);
  }
  reads2.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  model.envReads = reads2;
}
var init_env_reads = __esm({
  "packages/python/src/env-reads.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_storage();
    init_syntax();
  }
});

// packages/python/src/catalogs/values.ts
var NDARRAY, NUMPY_SCALAR, NUMPY_COMPLEX, DATAFRAME, SERIES, INDEX, TIMESTAMP, POLARS_FRAME, POLARS_LAZY, POLARS_SERIES, ARROW_TABLE, ARROW_ARRAY, TORCH_TENSOR, TF_TENSOR, RANDOM_GENERATOR, ESTIMATOR, names2, SANITIZING_METHODS, ARRAY_REDUCTIONS, FRAME_TO_FRAME, FRAME_REDUCTIONS_TO_SERIES, SERIES_TO_SERIES, SERIES_REDUCTIONS, GROUPBY_TO, POLARS_FRAME_METHODS, TENSOR_METHODS, TYPES, NUMPY_ARRAY_MAKERS, NUMPY_UFUNCS, UFUNC_RESULT, NUMPY_REDUCTIONS, NUMPY_SCALAR_TYPES, NUMPY_COMPLEX_TYPES, prefixed, RANDOM_DRAWS, FUNCTIONS, NAMED_RESULT_METHODS, ESTIMATOR_MODULES, ANNOTATION_TYPES, SUGGESTED_CONVERSIONS, UNSURE_DTYPE_TEXT, CONVERSION_ADVICE, CONVERSION_ADVICE_BY_TYPE, SERDE_PARQUET_KINDS;
var init_values = __esm({
  "packages/python/src/catalogs/values.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    NDARRAY = "numpy.ndarray";
    NUMPY_SCALAR = "numpy.generic";
    NUMPY_COMPLEX = "numpy.complexfloating";
    DATAFRAME = "pandas.DataFrame";
    SERIES = "pandas.Series";
    INDEX = "pandas.Index";
    TIMESTAMP = "pandas.Timestamp";
    POLARS_FRAME = "polars.DataFrame";
    POLARS_LAZY = "polars.LazyFrame";
    POLARS_SERIES = "polars.Series";
    ARROW_TABLE = "pyarrow.Table";
    ARROW_ARRAY = "pyarrow.Array";
    TORCH_TENSOR = "torch.Tensor";
    TF_TENSOR = "tensorflow.Tensor";
    RANDOM_GENERATOR = "numpy.random.Generator";
    ESTIMATOR = "sklearn.base.BaseEstimator";
    names2 = (list2, result) => Object.fromEntries(list2.split(/\s+/).map((name2) => [name2, result]));
    SANITIZING_METHODS = {
      ...names2("tolist to_list to_dict to_dicts to_json to_pylist to_pydict item isoformat strftime", "json"),
      // `.to_numpy()` is an ndarray on every library that has it (pandas, polars, pyarrow, xarray).
      to_numpy: NDARRAY
    };
    ARRAY_REDUCTIONS = names2("sum mean std var min max prod ptp any all argmax argmin", {
      reduction: NUMPY_SCALAR,
      withAxis: NDARRAY,
      axisAt: 0
    });
    FRAME_TO_FRAME = names2(
      `abs add_prefix add_suffix assign astype bfill clip combine_first copy corr cov cummax cummin
   cumprod cumsum describe diff drop drop_duplicates dropna explode ffill fillna filter head
   infer_objects interpolate isin isna isnull join mask melt merge nlargest notna notnull
   nsmallest pct_change pivot pivot_table query rank reindex rename rename_axis replace
   reset_index round sample select_dtypes set_axis set_index shift sort_index sort_values
   stack tail transpose truncate tz_convert tz_localize unstack where agg aggregate transform
   eq ne lt le gt ge mul div sub truediv floordiv pow dot fillna`,
      DATAFRAME
    );
    FRAME_REDUCTIONS_TO_SERIES = names2(
      "sum mean median std var min max prod count nunique sem skew kurt kurtosis quantile idxmax idxmin any all mode memory_usage duplicated value_counts",
      SERIES
    );
    SERIES_TO_SERIES = names2(
      `abs apply astype between bfill clip copy cummax cummin cumprod cumsum diff drop drop_duplicates
   dropna ffill fillna head interpolate isin isna isnull map mask notna notnull nlargest nsmallest
   pct_change rank reindex rename replace round sample shift sort_index sort_values tail
   value_counts where add sub mul div truediv pow eq ne lt le gt ge explode`,
      SERIES
    );
    SERIES_REDUCTIONS = names2(
      "sum mean median std var min max prod count sem skew kurt quantile any all",
      NUMPY_SCALAR
    );
    GROUPBY_TO = (result) => names2(
      "agg aggregate sum mean median std var min max prod count first last nth apply transform cumsum cumcount nunique describe",
      result
    );
    POLARS_FRAME_METHODS = names2(
      `filter select with_columns with_row_index sort head tail limit slice join drop rename unique
   drop_nulls fill_null fill_nan cast pivot unpivot melt explode vstack hstack sample describe
   sum mean min max median std var null_count transpose reverse shift interpolate clone`,
      "same"
    );
    TENSOR_METHODS = {
      ...names2("tolist item", "json"),
      ...names2("size dim numel element_size ndimension", "json"),
      numpy: NDARRAY,
      backward: "json"
    };
    TYPES = {
      [NDARRAY]: {
        report: { kind: "ndarray", typeName: "numpy ndarray" },
        methods: {
          ...ARRAY_REDUCTIONS,
          ...names2(
            "reshape astype copy flatten ravel squeeze transpose swapaxes clip round cumsum cumprod argsort repeat take compress dot view",
            NDARRAY
          ),
          ...names2("tolist item", "json"),
          // `arr.sort()` sorts in place and returns None.
          ...names2("sort fill put resize", "json")
        },
        attributes: {
          T: NDARRAY,
          ...names2("shape size ndim nbytes itemsize", "json"),
          real: NDARRAY,
          imag: NDARRAY
        },
        subscript: "array",
        // Iterating a 1-d array gives numpy scalars; a 2-d one gives rows. We read the former:
        // numpy scalars are carried by Airflow ≥ 2.6, so this never invents a finding there.
        element: NUMPY_SCALAR,
        arithmeticRank: 3
      },
      [NUMPY_SCALAR]: {
        report: { kind: "numpy-scalar", typeName: "numpy scalar" },
        methods: { ...names2("item tolist", "json"), ...names2("round astype", NUMPY_SCALAR) },
        arithmeticRank: 1
      },
      [NUMPY_COMPLEX]: {
        report: { kind: "numpy-scalar", typeName: "numpy complex scalar" },
        methods: { ...names2("item tolist", "json"), ...names2("round astype conjugate conj", NUMPY_COMPLEX) },
        attributes: { ...names2("real imag", NUMPY_SCALAR) },
        arithmeticRank: 1
      },
      [RANDOM_GENERATOR]: {
        methods: {
          ...names2("normal uniform integers randint binomial beta gamma lognormal multivariate_normal", {
            draw: NDARRAY,
            sizeAt: 2
          }),
          ...names2("choice exponential poisson standard_t chisquare", { draw: NDARRAY, sizeAt: 1 }),
          ...names2("random random_sample standard_normal standard_exponential", { draw: NDARRAY, sizeAt: 0 }),
          ...names2("rand randn", { draw: NDARRAY, sizeAt: "any" }),
          permutation: NDARRAY,
          shuffle: "json"
        }
      },
      [DATAFRAME]: {
        report: { kind: "dataframe", typeName: "pandas DataFrame" },
        methods: {
          ...FRAME_TO_FRAME,
          ...FRAME_REDUCTIONS_TO_SERIES,
          groupby: "pandas.DataFrameGroupBy",
          ...names2("rolling expanding ewm resample", "pandas.DataFrameWindow"),
          pop: SERIES,
          to_numpy: NDARRAY,
          to_records: NDARRAY,
          ...names2("to_dict to_json to_csv to_string to_html to_markdown to_latex", "json"),
          ...names2("to_parquet to_feather to_excel to_sql to_pickle to_hdf info", "json")
        },
        attributes: {
          values: NDARRAY,
          T: DATAFRAME,
          columns: INDEX,
          index: INDEX,
          dtypes: SERIES,
          ...names2("shape size ndim empty", "json"),
          loc: "pandas.DataFrame.loc",
          iloc: "pandas.DataFrame.loc"
        },
        subscript: "frame-columns",
        // Iterating a frame gives its column labels.
        element: "json",
        arithmeticRank: 5
      },
      "pandas.DataFrame.loc": { subscript: "frame-indexer" },
      [SERIES]: {
        report: { kind: "series", typeName: "pandas Series" },
        methods: {
          ...SERIES_TO_SERIES,
          ...SERIES_REDUCTIONS,
          unique: NDARRAY,
          to_numpy: NDARRAY,
          to_frame: DATAFRAME,
          groupby: "pandas.SeriesGroupBy",
          ...names2("rolling expanding ewm resample", "pandas.SeriesWindow"),
          ...names2("tolist to_list to_dict to_json to_csv to_string nunique", "json")
        },
        attributes: {
          values: NDARRAY,
          index: INDEX,
          T: SERIES,
          ...names2("dt str cat", "pandas.SeriesAccessor"),
          ...names2("shape size ndim empty", "json"),
          ...names2("loc iloc", "pandas.Series.loc")
        },
        subscript: "series",
        element: NUMPY_SCALAR,
        arithmeticRank: 4
      },
      "pandas.Series.loc": { subscript: "series" },
      "pandas.SeriesAccessor": {
        methods: { ...names2("tolist to_list", "json") },
        otherMethods: SERIES,
        otherAttributes: SERIES
      },
      "pandas.DataFrameGroupBy": {
        methods: { ...GROUPBY_TO(DATAFRAME), size: SERIES },
        subscript: { always: "pandas.SeriesGroupBy" }
      },
      "pandas.SeriesGroupBy": { methods: { ...GROUPBY_TO(SERIES), size: SERIES } },
      "pandas.DataFrameWindow": { methods: GROUPBY_TO(DATAFRAME) },
      "pandas.SeriesWindow": { methods: GROUPBY_TO(SERIES) },
      [INDEX]: {
        report: { kind: "pandas-index", typeName: "pandas Index" },
        methods: {
          ...names2("tolist to_list", "json"),
          to_numpy: NDARRAY,
          to_series: SERIES,
          to_frame: DATAFRAME,
          ...names2("unique sort_values drop union intersection difference rename strftime", INDEX)
        },
        attributes: { values: NDARRAY, ...names2("shape size ndim empty name", "json") },
        element: "json"
      },
      [TIMESTAMP]: {
        report: { kind: "timestamp", typeName: "pandas Timestamp" },
        methods: {
          ...names2("isoformat strftime timestamp date time to_pydatetime", "json"),
          ...names2("normalize floor ceil round tz_localize tz_convert replace", TIMESTAMP)
        },
        attributes: names2("year month day hour minute second value dayofweek", "json")
      },
      [POLARS_FRAME]: {
        report: { kind: "polars-frame", typeName: "polars DataFrame" },
        methods: {
          ...POLARS_FRAME_METHODS,
          group_by: "polars.GroupBy",
          groupby: "polars.GroupBy",
          lazy: POLARS_LAZY,
          get_column: POLARS_SERIES,
          to_series: POLARS_SERIES,
          to_pandas: DATAFRAME,
          to_numpy: NDARRAY,
          to_arrow: ARROW_TABLE,
          // polars' `to_dict()` gives a dict of Series unless `as_series=False`.
          to_dict: { jsonWhen: { keyword: "as_series", is: "False" }, otherwise: { listOf: POLARS_SERIES } },
          ...names2("to_dicts rows row item write_csv write_json write_ndjson write_parquet write_ipc", "json")
        },
        attributes: names2("columns shape height width schema dtypes", "json"),
        subscript: { always: POLARS_SERIES },
        arithmeticRank: 5
      },
      [POLARS_LAZY]: {
        report: { kind: "polars-frame", typeName: "polars LazyFrame" },
        methods: {
          ...POLARS_FRAME_METHODS,
          group_by: "polars.LazyGroupBy",
          groupby: "polars.LazyGroupBy",
          ...names2("collect fetch", POLARS_FRAME),
          ...names2("sink_parquet sink_csv sink_ipc", "json")
        }
      },
      "polars.GroupBy": { methods: names2("agg sum mean min max count first last len head tail", POLARS_FRAME) },
      "polars.LazyGroupBy": {
        methods: names2("agg sum mean min max count first last len head tail", POLARS_LAZY)
      },
      [POLARS_SERIES]: {
        report: { kind: "series", typeName: "polars Series" },
        methods: {
          ...names2("to_list item sum mean min max median std var n_unique len", "json"),
          to_numpy: NDARRAY,
          to_pandas: SERIES,
          to_frame: POLARS_FRAME,
          ...names2(
            "filter sort head tail unique drop_nulls fill_null cast alias rename slice sample reverse",
            "same"
          )
        },
        arithmeticRank: 4
      },
      [ARROW_TABLE]: {
        report: { kind: "arrow-table", typeName: "pyarrow Table" },
        methods: {
          to_pandas: DATAFRAME,
          ...names2("to_pylist to_pydict", "json"),
          ...names2(
            "select filter slice drop drop_columns rename_columns append_column add_column set_column remove_column sort_by combine_chunks cast take join",
            ARROW_TABLE
          ),
          column: ARROW_ARRAY,
          group_by: "pyarrow.TableGroupBy"
        },
        attributes: names2("num_rows num_columns column_names shape nbytes", "json"),
        subscript: { always: ARROW_ARRAY }
      },
      "pyarrow.TableGroupBy": { methods: { aggregate: ARROW_TABLE } },
      "pyarrow.dataset.Dataset": { methods: { to_table: ARROW_TABLE, head: ARROW_TABLE } },
      [ARROW_ARRAY]: {
        report: { kind: "arrow-table", typeName: "pyarrow Array" },
        methods: { ...names2("to_pylist", "json"), to_numpy: NDARRAY, to_pandas: SERIES }
      },
      [TORCH_TENSOR]: {
        report: { kind: "tensor", typeName: "PyTorch tensor" },
        methods: TENSOR_METHODS,
        // A tensor's methods give tensors (`.sum()` is a 0-d tensor, still not JSON).
        otherMethods: TORCH_TENSOR,
        attributes: { ...names2("T data grad mT", TORCH_TENSOR), ...names2("shape ndim", "json") },
        subscript: { always: TORCH_TENSOR },
        element: TORCH_TENSOR,
        arithmeticRank: 3
      },
      [TF_TENSOR]: {
        report: { kind: "tensor", typeName: "TensorFlow tensor" },
        methods: { numpy: NDARRAY },
        attributes: { ...names2("shape ndim", "json") },
        subscript: { always: TF_TENSOR },
        arithmeticRank: 3
      },
      [ESTIMATOR]: {
        report: { kind: "class-instance", typeName: "scikit-learn estimator" },
        methods: {
          ...names2("fit partial_fit set_params", "same"),
          ...names2(
            "predict predict_proba predict_log_proba decision_function transform fit_transform fit_predict inverse_transform score_samples",
            NDARRAY
          ),
          get_params: "json"
        },
        attributes: names2("coef_ feature_importances_ classes_ components_ explained_variance_ratio_", NDARRAY)
      }
    };
    NUMPY_ARRAY_MAKERS = `array asarray asanyarray ascontiguousarray zeros ones empty full zeros_like ones_like
  empty_like full_like arange linspace logspace geomspace eye identity diag diagflat tri tril triu
  concatenate stack vstack hstack dstack column_stack row_stack tile repeat reshape ravel transpose
  squeeze expand_dims flip fliplr flipud roll rot90 sort argsort unique cumsum cumprod diff
  convolve correlate outer kron cross argwhere clip nan_to_num interp polyfit polyval matmul
  load loadtxt genfromtxt fromfile frombuffer fromiter fromstring copy where digitize bincount
  searchsorted atleast_1d atleast_2d atleast_3d broadcast_to pad insert append delete`;
    NUMPY_UFUNCS = `abs absolute sqrt square exp exp2 expm1 log log2 log10 log1p sin cos tan arcsin
  arccos arctan arctan2 sinh cosh tanh floor ceil rint round around trunc sign negative reciprocal
  power add subtract multiply divide true_divide floor_divide mod remainder maximum minimum fmax
  fmin isnan isinf isfinite logical_and logical_or logical_not greater less equal not_equal
  greater_equal less_equal sigmoid`;
    UFUNC_RESULT = {
      byArgument: {
        [NDARRAY]: NDARRAY,
        container: NDARRAY,
        number: NUMPY_SCALAR,
        [NUMPY_SCALAR]: NUMPY_SCALAR,
        [SERIES]: SERIES,
        [DATAFRAME]: DATAFRAME
      }
    };
    NUMPY_REDUCTIONS = `sum mean std var min max amin amax median average prod ptp nansum nanmean nanstd
  nanvar nanmin nanmax nanmedian argmax argmin count_nonzero all any percentile quantile
  nanpercentile nanquantile trace`;
    NUMPY_SCALAR_TYPES = `float64 float32 float16 int64 int32 int16 int8 uint64 uint32 uint16 uint8
  bool_ intc intp double single longlong float_ int_ longdouble`;
    NUMPY_COMPLEX_TYPES = `complex128 complex64 complex_ cdouble csingle clongdouble complex256`;
    prefixed = (prefix, list2, result) => Object.fromEntries(
      list2.trim().split(/\s+/).map((name2) => [`${prefix}${name2}`, result])
    );
    RANDOM_DRAWS = TYPES[RANDOM_GENERATOR].methods;
    FUNCTIONS = {
      // numpy
      ...prefixed("numpy.", NUMPY_ARRAY_MAKERS, NDARRAY),
      ...prefixed("numpy.", NUMPY_UFUNCS, UFUNC_RESULT),
      ...prefixed("numpy.", NUMPY_REDUCTIONS, { reduction: NUMPY_SCALAR, withAxis: NDARRAY, axisAt: 1 }),
      ...prefixed("numpy.", NUMPY_SCALAR_TYPES, NUMPY_SCALAR),
      ...prefixed("numpy.", NUMPY_COMPLEX_TYPES, NUMPY_COMPLEX),
      // Tuples and lists of arrays: `counts, edges = np.histogram(x)`.
      ...prefixed("numpy.", "split array_split meshgrid hsplit vsplit gradient histogram histogram2d nonzero", {
        listOf: NDARRAY
      }),
      ...prefixed("numpy.linalg.", "inv pinv solve eig eigvals cholesky qr svd lstsq", NDARRAY),
      ...prefixed("numpy.linalg.", "norm det", NUMPY_SCALAR),
      ...Object.fromEntries(
        Object.entries(RANDOM_DRAWS).map(([name2, result]) => [`numpy.random.${name2}`, result])
      ),
      "numpy.random.default_rng": RANDOM_GENERATOR,
      "numpy.random.RandomState": RANDOM_GENERATOR,
      "numpy.random.Generator": RANDOM_GENERATOR,
      "numpy.random.seed": "json",
      "numpy.ndarray": NDARRAY,
      // Not listed on purpose: `np.dot` / `np.inner` / `np.vdot` of two vectors is a scalar, of
      // matrices an array; we cannot tell which, so they stay unknown.
      // pandas
      "pandas.DataFrame": DATAFRAME,
      "pandas.read_*": DATAFRAME,
      // read_pickle may hold anything; read_html gives a list of frames.
      "pandas.read_pickle": "unknown",
      "pandas.read_html": { listOf: DATAFRAME },
      ...prefixed(
        "pandas.",
        "concat merge merge_asof merge_ordered pivot_table pivot crosstab get_dummies melt json_normalize wide_to_long",
        DATAFRAME
      ),
      "pandas.Series": SERIES,
      ...prefixed(
        "pandas.",
        "Index DatetimeIndex MultiIndex.from_tuples MultiIndex.from_arrays MultiIndex.from_product date_range bdate_range period_range timedelta_range interval_range",
        INDEX
      ),
      "pandas.Timestamp": TIMESTAMP,
      "pandas.Timestamp.*": TIMESTAMP,
      "pandas.to_datetime": {
        byArgument: {
          string: TIMESTAMP,
          [SERIES]: SERIES,
          [DATAFRAME]: SERIES,
          container: INDEX,
          [INDEX]: INDEX
        }
      },
      "pandas.to_numeric": { byArgument: { [SERIES]: SERIES, container: NDARRAY } },
      "pandas.isna": { byArgument: { [SERIES]: SERIES, [DATAFRAME]: DATAFRAME, [NDARRAY]: NDARRAY } },
      // polars
      "polars.DataFrame": POLARS_FRAME,
      "polars.read_*": POLARS_FRAME,
      "polars.from_*": POLARS_FRAME,
      "polars.concat": POLARS_FRAME,
      "polars.scan_*": POLARS_LAZY,
      "polars.LazyFrame": POLARS_LAZY,
      "polars.Series": POLARS_SERIES,
      // pyarrow
      "pyarrow.table": ARROW_TABLE,
      "pyarrow.Table.from_*": ARROW_TABLE,
      "pyarrow.concat_tables": ARROW_TABLE,
      "pyarrow.parquet.read_table": ARROW_TABLE,
      "pyarrow.parquet.read_pandas": ARROW_TABLE,
      "pyarrow.feather.read_table": ARROW_TABLE,
      "pyarrow.csv.read_csv": ARROW_TABLE,
      "pyarrow.json.read_json": ARROW_TABLE,
      "pyarrow.orc.read_table": ARROW_TABLE,
      "pyarrow.dataset.dataset": "pyarrow.dataset.Dataset",
      "pyarrow.array": ARROW_ARRAY,
      "pyarrow.chunked_array": ARROW_ARRAY,
      // torch
      ...prefixed(
        "torch.",
        `tensor as_tensor from_numpy zeros ones empty full rand randn randint randperm arange linspace
     logspace eye stack cat concat hstack vstack zeros_like ones_like rand_like randn_like full_like
     matmul mm bmm exp log sqrt sigmoid softmax tanh relu abs mean sum max min argmax argmin
     where clamp flatten reshape squeeze unsqueeze transpose permute`,
        TORCH_TENSOR
      ),
      "torch.Tensor": TORCH_TENSOR,
      // tensorflow
      ...prefixed(
        "tensorflow.",
        `constant convert_to_tensor zeros ones fill range zeros_like ones_like stack concat reshape
     cast matmul Variable reduce_sum reduce_mean reduce_max reduce_min squeeze expand_dims
     transpose random.normal random.uniform random.shuffle math.exp math.log math.sqrt
     nn.softmax nn.sigmoid nn.relu`,
        TF_TENSOR
      ),
      // scikit-learn: estimators are objects, their predictions arrays.
      "sklearn.model_selection.train_test_split": { splitsOf: "arguments" },
      "sklearn.metrics.confusion_matrix": NDARRAY,
      ...prefixed("sklearn.preprocessing.", "scale normalize minmax_scale robust_scale", NDARRAY),
      // the JSON module makes strings and plain data
      ...prefixed("json.", "dumps loads load", "json")
    };
    NAMED_RESULT_METHODS = {
      // Airflow `DbApiHook` (Postgres, MySQL, Snowflake, …), `BigQueryHook`, `HiveServer2Hook`
      get_pandas_df: DATAFRAME,
      get_pandas_df_by_chunks: "unknown",
      get_df: { byKeyword: "df_type", cases: { pandas: DATAFRAME, polars: POLARS_FRAME }, absent: DATAFRAME },
      ...names2("get_records get_first", "json"),
      // google-cloud-bigquery (`client.query(sql).to_dataframe()`), xarray
      to_dataframe: DATAFRAME,
      to_arrow: ARROW_TABLE,
      // Snowflake cursors, DuckDB relations and connections
      fetch_pandas_all: DATAFRAME,
      ...names2("fetchdf fetch_df", DATAFRAME),
      fetch_arrow_table: ARROW_TABLE,
      // PySpark
      toPandas: DATAFRAME
    };
    ESTIMATOR_MODULES = ["sklearn."];
    ANNOTATION_TYPES = {
      "numpy.ndarray": NDARRAY,
      "numpy.typing.NDArray": NDARRAY,
      ...prefixed("numpy.", NUMPY_SCALAR_TYPES, NUMPY_SCALAR),
      "numpy.generic": NUMPY_SCALAR,
      "numpy.number": NUMPY_SCALAR,
      "numpy.floating": NUMPY_SCALAR,
      "numpy.integer": NUMPY_SCALAR,
      "pandas.DataFrame": DATAFRAME,
      "pandas.core.frame.DataFrame": DATAFRAME,
      "pandas.Series": SERIES,
      "pandas.core.series.Series": SERIES,
      "pandas.Index": INDEX,
      "pandas.Timestamp": TIMESTAMP,
      "polars.DataFrame": POLARS_FRAME,
      "polars.LazyFrame": POLARS_LAZY,
      "polars.Series": POLARS_SERIES,
      "pyarrow.Table": ARROW_TABLE,
      "torch.Tensor": TORCH_TENSOR,
      "tensorflow.Tensor": TF_TENSOR
    };
    SUGGESTED_CONVERSIONS = {
      [NDARRAY]: { method: ".tolist()", result: "a list" },
      [SERIES]: { method: ".tolist()", result: "a list" },
      [DATAFRAME]: { method: '.to_dict(orient="records")', result: "a list of records" },
      [NUMPY_SCALAR]: { method: ".item()", result: "a Python number" }
    };
    UNSURE_DTYPE_TEXT = new RegExp(
      [
        // dtypes and what makes them
        "dtype|astype|parse_dates|converters|date|time|period|categor|object|complex|bytes|void|str_",
        String.raw`apply|\.map\(|to_numpy|\.values`,
        // sources whose columns keep their stored types (dates among them): files, databases, hooks
        "parquet|feather|orc|excel|json|sql|query|pickle|hdf|stata|sas|spss|arrow|get_df|get_pandas_df|fetch|to_dataframe|load"
      ].join("|"),
      "i"
    );
    CONVERSION_ADVICE = {
      ndarray: ".tolist()",
      "numpy-scalar": ".item() (or .tolist() on the array)",
      dataframe: '.to_dict(orient="records")',
      series: ".tolist() or .to_dict()",
      "pandas-index": ".tolist()",
      timestamp: ".isoformat()",
      "polars-frame": ".to_dicts()",
      "arrow-table": ".to_pylist()",
      tensor: ".tolist()"
    };
    CONVERSION_ADVICE_BY_TYPE = {
      "polars.Series": ".to_list()",
      "polars.LazyFrame": ".collect().to_dicts()",
      "pyarrow.Array": ".to_pylist()",
      "tensorflow.Tensor": ".numpy().tolist()"
    };
    SERDE_PARQUET_KINDS = /* @__PURE__ */ new Set(["dataframe"]);
  }
});

// packages/python/src/suggestions.ts
function isBranching(node, module2, depth = 0) {
  const inner = unparenthesize(node);
  if (inner.type === "conditional_expression" || inner.type === "boolean_operator") return true;
  if (inner.type !== "identifier") return false;
  if (depth > MAX_NAME_DEPTH) return true;
  const reaching = module2.bindings.reaching(inner.text, inner);
  const only = reaching.length === 1 ? reaching[0] : void 0;
  if (!only || only.kind !== "assign" || only.index !== void 0 || !only.value) return true;
  return isBranching(only.value, module2, depth + 1);
}
function spanText(source, span) {
  const offset = (line, column) => {
    let at2 = 0;
    for (let l = 1; l < line; l++) {
      const next = source.indexOf("\n", at2);
      if (next === -1) return source.length;
      at2 = next + 1;
    }
    return at2 + column - 1;
  };
  return source.slice(offset(span.line, span.column), offset(span.endLine, span.endColumn));
}
function conversionSuggestion(fact, node, module2, task) {
  const conversion = SUGGESTED_CONVERSIONS[fact.qualifiedType];
  if (!conversion || !task || isBranching(node, module2)) return void 0;
  const source = module2.source;
  const made = fact.madeAt;
  const [start2, end] = [task.startPosition, task.endPosition];
  const inside = (made.line - 1 > start2.row || made.line - 1 === start2.row && made.column - 1 >= start2.column) && (made.endLine - 1 < end.row || made.endLine - 1 === end.row && made.endColumn - 1 <= end.column);
  if (!inside) return void 0;
  const taskCode = source.slice(task.startIndex, task.endIndex);
  if (UNSURE_DTYPE_TEXT.test(spanText(source, fact.madeAt)) || UNSURE_DTYPE_TEXT.test(taskCode))
    return void 0;
  const text2 = source.slice(node.startIndex, node.endIndex);
  const receiver = PRIMARY.has(node.type) ? text2 : `(${text2})`;
  return {
    desc: `Convert with ${conversion.method} (the next task receives ${conversion.result})`,
    fix: { range: [node.startIndex, node.endIndex], text: receiver + conversion.method }
  };
}
var MAX_NAME_DEPTH, PRIMARY;
var init_suggestions = __esm({
  "packages/python/src/suggestions.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_values();
    init_syntax();
    MAX_NAME_DEPTH = 8;
    PRIMARY = /* @__PURE__ */ new Set([
      "identifier",
      "attribute",
      "call",
      "subscript",
      "parenthesized_expression",
      "list",
      "dictionary",
      "tuple",
      "set",
      "list_comprehension",
      "set_comprehension",
      "dictionary_comprehension"
    ]);
  }
});

// packages/python/src/classes.ts
function moduleClasses(context, nodes) {
  let classes = cache2.get(context);
  if (classes) return classes;
  classes = /* @__PURE__ */ new Map();
  cache2.set(context, classes);
  const definitions = /* @__PURE__ */ new Map();
  for (const node of nodes.of("class_definition")) {
    const parent = node.parent;
    const decorated = parent?.type === "decorated_definition" ? parent : void 0;
    const holder = decorated?.parent ?? parent;
    if (holder?.type !== "module") continue;
    const name2 = node.childForFieldName("name")?.text;
    if (!name2) continue;
    const decorators = decorated ? decorated.namedChildren.filter((c) => c.type === "decorator") : [];
    definitions.set(name2, { node, decorators });
  }
  const resolving = /* @__PURE__ */ new Set();
  const kindOf = (name2) => {
    if (classes.has(name2)) return classes.get(name2).kind;
    const definition = definitions.get(name2);
    if (!definition || resolving.has(name2)) return void 0;
    resolving.add(name2);
    let kind;
    for (const decorator of definition.decorators) {
      const expression = decorator.namedChild(0);
      if (!expression) continue;
      const callee = expression.type === "call" ? expression.childForFieldName("function") : expression;
      const qualified = callee ? context.qualify(callee) : void 0;
      if (!qualified) continue;
      if (DATACLASS_DECORATORS.has(qualified)) kind = "dataclass";
      else if (ATTRS_DECORATORS.has(qualified)) kind = "attrs";
    }
    const bases = definition.node.childForFieldName("superclasses")?.namedChildren ?? [];
    const baseNames = bases.filter((b) => b.type !== "keyword_argument").map((b) => context.qualify(b));
    const hasMixin = baseNames.some((b) => b !== void 0 && PRIMITIVE_MIXINS.has(b));
    for (const base of baseNames) {
      if (!base) continue;
      if (PYDANTIC_BASES.has(base)) kind = "pydantic";
      else if (VALUE_ENUMS.has(base)) kind = "value-enum";
      else if (PLAIN_ENUMS.has(base)) kind = hasMixin ? "value-enum" : kind === "value-enum" ? kind : "enum";
      else if (definitions.has(base)) {
        const inherited = kindOf(base);
        if (inherited === "enum" && hasMixin) kind = "value-enum";
        else if (inherited && !kind) kind = inherited;
      }
    }
    resolving.delete(name2);
    if (!kind) return void 0;
    const members = /* @__PURE__ */ new Set();
    const body2 = definition.node.childForFieldName("body");
    for (const statement of body2?.namedChildren ?? []) {
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : void 0;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : void 0;
      if (left?.type === "identifier") members.add(left.text);
    }
    classes.set(name2, { name: name2, kind, members });
    return kind;
  };
  for (const name2 of definitions.keys()) kindOf(name2);
  return classes;
}
function classTypeName(cls) {
  return `module-class:${cls.kind}:${cls.name}`;
}
function classReport(type) {
  if (!type.startsWith("module-class:")) return void 0;
  const [, kind, name2] = type.split(":");
  const report = REPORTS[kind];
  if (!report) return void 0;
  return { kind: report.kind, typeName: `${report.label} \`${name2}\``, className: name2 };
}
var DATACLASS_DECORATORS, ATTRS_DECORATORS, PYDANTIC_BASES, PLAIN_ENUMS, VALUE_ENUMS, PRIMITIVE_MIXINS, cache2, REPORTS;
var init_classes = __esm({
  "packages/python/src/classes.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    DATACLASS_DECORATORS = /* @__PURE__ */ new Set(["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]);
    ATTRS_DECORATORS = new Set(
      ["s", "attrs", "define", "frozen", "mutable", "dataclass"].flatMap((n) => [`attr.${n}`, `attrs.${n}`])
    );
    PYDANTIC_BASES = /* @__PURE__ */ new Set(["pydantic.BaseModel", "pydantic.main.BaseModel"]);
    PLAIN_ENUMS = /* @__PURE__ */ new Set(["enum.Enum", "enum.Flag"]);
    VALUE_ENUMS = /* @__PURE__ */ new Set(["enum.IntEnum", "enum.StrEnum", "enum.IntFlag"]);
    PRIMITIVE_MIXINS = /* @__PURE__ */ new Set(["str", "int", "float"]);
    cache2 = /* @__PURE__ */ new WeakMap();
    REPORTS = {
      dataclass: { kind: "serde-object", label: "dataclass" },
      attrs: { kind: "serde-object", label: "attrs class" },
      pydantic: { kind: "serde-object", label: "pydantic model" },
      enum: { kind: "enum", label: "Enum member of" },
      "value-enum": { kind: "enum-value", label: "int/str Enum member of" }
    };
  }
});

// packages/python/src/values.ts
function union(values) {
  const result = [];
  for (const value of values) {
    for (const alternative of value) {
      if (result.length >= MAX_ALTERNATIVES) return result;
      if (!result.some((existing) => sameAlternative(existing, alternative))) result.push(alternative);
    }
  }
  return result;
}
function sameAlternative(a, b) {
  if (a.tag === "object" && b.tag === "object")
    return a.type === b.type && a.madeAt.line === b.madeAt.line && a.madeAt.column === b.madeAt.column;
  if (a.tag === "json" && b.tag === "json") return a.form === b.form;
  return a === b;
}
function describe(node, budget = 8) {
  const inner = unparenthesize(node);
  if (budget <= 0) return "\u2026";
  switch (inner.type) {
    case "identifier":
      return inner.text;
    case "attribute":
      return `${describe(inner.childForFieldName("object"), budget - 1)}.${inner.childForFieldName("attribute").text}`;
    case "call": {
      const args2 = inner.childForFieldName("arguments");
      const empty = args2 !== null && args2.namedChildCount === 0;
      return `${describe(inner.childForFieldName("function"), budget - 1)}(${empty ? "" : "..."})`;
    }
    case "subscript":
      return `${describe(inner.childForFieldName("value"), budget - 1)}[...]`;
    case "binary_operator": {
      const side = (child) => {
        const text2 = describe(child, budget - 1);
        return child.type === "parenthesized_expression" ? `(${text2})` : text2;
      };
      const operator = inner.childForFieldName("operator").type;
      return `${side(inner.childForFieldName("left"))} ${operator} ${side(inner.childForFieldName("right"))}`;
    }
    default:
      return shortText(inner, 30);
  }
}
function catalogFunction(qualified) {
  const exact = FUNCTIONS[qualified];
  if (exact !== void 0) return exact;
  const prefix = FUNCTION_PREFIXES.find((p) => qualified.startsWith(p));
  return prefix !== void 0 ? FUNCTIONS[`${prefix}*`] : void 0;
}
function isEstimatorClass(qualified) {
  const last2 = qualified.slice(qualified.lastIndexOf(".") + 1);
  return ESTIMATOR_MODULES.some((m) => qualified.startsWith(m)) && /^[A-Z]/.test(last2);
}
function parameterOwner(target) {
  let node = target.parent;
  for (let depth = 0; node && depth < 3; depth++, node = node.parent) {
    if (node.type === "parameters") {
      const fn = node.parent;
      return fn?.type === "function_definition" ? fn : void 0;
    }
  }
  return void 0;
}
function frameIndexerResult(forms) {
  const [rows, columns] = forms;
  if (columns === void 0) return rows === "scalar" ? "pandas.Series" : "pandas.DataFrame";
  if (rows === "scalar") return columns === "many" ? "pandas.Series" : void 0;
  if (columns === "scalar") return "pandas.Series";
  return "pandas.DataFrame";
}
function lastPerKey(elements) {
  const last2 = /* @__PURE__ */ new Map();
  for (const element of elements) if (element.key !== void 0) last2.set(element.key, element);
  return elements.filter((e) => e.key === void 0 || last2.get(e.key) === e);
}
function literalKey(node) {
  const inner = unparenthesize(node);
  if (inner.type === "integer") return Number(inner.text);
  return stringLiteral(inner);
}
function comprehensionIterable(node, name2) {
  let child = node;
  for (let current = node.parent; current; current = current.parent) {
    const type = current.type;
    if (SCOPE_BOUNDARIES.has(type) || type === "block" || type.endsWith("_statement")) return void 0;
    if (COMPREHENSIONS.has(type)) {
      for (const clause of current.namedChildren) {
        if (clause.type !== "for_in_clause") continue;
        const right = clause.childForFieldName("right");
        if (right && right.startIndex <= child.startIndex && child.endIndex <= right.endIndex) continue;
        const left = clause.childForFieldName("left");
        if (left?.type === "identifier" && left.text === name2) return right;
        if (left && left.descendantsOfType("identifier").some((id) => id.text === name2)) return null;
      }
    }
    child = current;
  }
  return void 0;
}
function relocated(value, madeBy, madeAt) {
  return value.map((alternative) => {
    if (alternative.tag === "object") return { ...alternative, madeBy, madeAt, imported: true };
    if (alternative.tag === "json") return alternative;
    return {
      tag: "container",
      elements: alternative.elements.map((element) => ({
        label: element.label,
        ...element.key !== void 0 ? { key: element.key } : {},
        value: relocated(element.value, madeBy, madeAt)
      }))
    };
  });
}
function parameterNames2(fn) {
  const names3 = [];
  for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter.type === "identifier") names3.push(parameter);
    else if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter") {
      const name2 = parameter.childForFieldName("name");
      if (name2) names3.push(name2);
    } else if (parameter.type === "typed_parameter") {
      const name2 = parameter.namedChildren.find((c) => c.type === "identifier");
      if (name2) names3.push(name2);
    }
  }
  return names3;
}
var MAX_DEPTH, MAX_STEPS, MAX_ALTERNATIVES, UNKNOWN, JSON_VALUE, ANY2, pathLabel, FUNCTION_PREFIXES, COMPREHENSION_TYPES, COMPREHENSIONS, SCOPE_BOUNDARIES, analyses, ValueAnalysis, LazyMade, shortName, MUTATION_HINTS, BUILTINS, MAX_IMPORT_NESTING, importNesting;
var init_values2 = __esm({
  "packages/python/src/values.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_classes();
    init_values();
    init_consumptions();
    init_syntax();
    MAX_DEPTH = 200;
    MAX_STEPS = 5e3;
    MAX_ALTERNATIVES = 16;
    UNKNOWN = [];
    JSON_VALUE = [{ tag: "json" }];
    ANY2 = "[*]";
    pathLabel = (key) => `[${JSON.stringify(key)}]`;
    FUNCTION_PREFIXES = Object.keys(FUNCTIONS).filter((key) => key.endsWith("*")).map((key) => key.slice(0, -1)).sort((a, b) => b.length - a.length);
    COMPREHENSION_TYPES = [
      "list_comprehension",
      "set_comprehension",
      "dictionary_comprehension",
      "generator_expression"
    ];
    COMPREHENSIONS = new Set(COMPREHENSION_TYPES);
    SCOPE_BOUNDARIES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition", "module"]);
    analyses = /* @__PURE__ */ new WeakMap();
    ValueAnalysis = class _ValueAnalysis {
      constructor(module2) {
        this.module = module2;
      }
      module;
      steps = 0;
      tooDeep;
      /** Helper functions being analysed (recursion guard). */
      activeHelpers = /* @__PURE__ */ new Set();
      /** Containers whose in-place fills are being collected (recursion guard). */
      activeMutations = /* @__PURE__ */ new Set();
      /** Times a guard cut an analysis short: a value computed while it rose is not cached. */
      guardHits = 0;
      bindingValues = /* @__PURE__ */ new Map();
      /** Function → the one task that runs it (null when several do: their parameters differ). */
      functionTasks;
      taskflowFunctions;
      /** Tasks whose parameters or outputs are being analysed (recursion guard). */
      activeTasks = /* @__PURE__ */ new Set();
      /** One analysis per module, shared by every extractor that asks about values. */
      static of(module2) {
        let analysis = analyses.get(module2);
        if (!analysis) {
          analysis = new _ValueAnalysis(module2);
          analyses.set(module2, analysis);
        }
        return analysis;
      }
      /** The non-JSON content of a handed-off expression; no facts when it is JSON or unknown. */
      analyzeHandoff(node, declared) {
        this.steps = 0;
        this.tooDeep = void 0;
        let value = this.analyze(node, { depth: 0 });
        if (value.length === 0 && declared) value = this.declaredReturn(declared, { depth: 0 });
        const facts = [];
        const written = /* @__PURE__ */ new Map();
        this.flatten(value, "", shortText(node), unparenthesize(node).id, facts, 0, void 0, {
          node: unparenthesize(node),
          out: written
        });
        return { facts, written, ...this.tooDeep ? { tooDeep: this.tooDeep } : {} };
      }
      /** Reportable objects in a value, with their path inside it. */
      flatten(value, path19, shown, literalId, facts, depth, writtenAt, at2) {
        if (depth > MAX_DEPTH || facts.length >= MAX_ALTERNATIVES) return;
        for (const alternative of value) {
          if (alternative.tag === "object") {
            const ownClass = classReport(alternative.type);
            const report = TYPES[alternative.type]?.report ?? ownClass;
            if (!report) continue;
            const duplicate = facts.some(
              (f) => f.kind === report.kind && (f.path ?? "") === path19 && f.madeAt.line === alternative.madeAt.line && f.madeAt.column === alternative.madeAt.column
            );
            if (duplicate) continue;
            const fact = {
              kind: report.kind,
              typeName: report.typeName,
              qualifiedType: ownClass ? ownClass.className : alternative.type,
              madeBy: alternative.madeBy,
              madeAt: alternative.madeAt,
              ...path19 ? { path: path19 } : {},
              expression: shown,
              ...writtenAt ? { writtenAt } : {}
            };
            facts.push(fact);
            if (at2 && value.length === 1 && !alternative.imported) at2.out.set(fact, at2.node);
          } else if (alternative.tag === "container") {
            const written = alternative.node !== void 0 && alternative.node.id === literalId;
            for (const element of alternative.elements) {
              const elementNode = written && element.node ? unparenthesize(element.node) : void 0;
              this.flatten(
                element.value,
                path19 + element.label,
                elementNode ? shortText(elementNode) : shown + element.label,
                elementNode?.id,
                facts,
                depth + 1,
                elementNode ? spanOf(elementNode) : writtenAt,
                elementNode && at2 ? { node: elementNode, out: at2.out } : void 0
              );
            }
          }
        }
      }
      analyze(node, frame) {
        if (frame.depth > MAX_DEPTH) {
          this.guardHits++;
          this.tooDeep ??= node;
          return UNKNOWN;
        }
        if (++this.steps > MAX_STEPS) {
          this.guardHits++;
          return UNKNOWN;
        }
        const inner = unparenthesize(node);
        const next = { ...frame, depth: frame.depth + 1 };
        switch (inner.type) {
          case "string":
          case "concatenated_string":
            return [{ tag: "json", form: "string" }];
          case "integer":
          case "float":
            return [{ tag: "json", form: "number" }];
          case "true":
          case "false":
          case "none":
          case "not_operator":
            return JSON_VALUE;
          case "dictionary":
            return this.dictionary(inner, next);
          case "list":
          case "tuple":
          case "expression_list":
          case "set":
            return this.sequence(inner, next);
          case "list_comprehension":
          case "set_comprehension": {
            const body2 = inner.childForFieldName("body");
            return body2 ? [{ tag: "container", elements: [{ label: ANY2, value: this.analyze(body2, next) }] }] : UNKNOWN;
          }
          case "dictionary_comprehension": {
            const value = inner.childForFieldName("body")?.childForFieldName("value");
            return value ? [{ tag: "container", elements: [{ label: ANY2, value: this.analyze(value, next) }] }] : UNKNOWN;
          }
          case "identifier":
            return this.identifier(inner, next);
          case "call":
            return this.call(inner, next);
          case "attribute":
            return this.attribute(inner, next);
          case "subscript":
            return this.subscript(inner, next);
          case "binary_operator":
            return this.binary(inner, next);
          case "unary_operator": {
            const operand = this.analyze(inner.childForFieldName("argument"), next);
            return operand.filter(
              (a) => a.tag === "json" || a.tag === "object" && TYPES[a.type]?.arithmeticRank
            );
          }
          case "comparison_operator":
            return this.comparison(inner, next);
          case "boolean_operator":
            return union([
              this.analyze(inner.childForFieldName("left"), next),
              this.analyze(inner.childForFieldName("right"), next)
            ]);
          case "conditional_expression": {
            const [whenTrue, , whenFalse] = inner.namedChildren;
            return whenTrue && whenFalse ? union([this.analyze(whenTrue, next), this.analyze(whenFalse, next)]) : UNKNOWN;
          }
          case "named_expression":
            return this.analyze(inner.childForFieldName("value"), next);
          default:
            return UNKNOWN;
        }
      }
      // ---- literals --------------------------------------------------------------------------
      dictionary(node, frame) {
        const elements = [];
        for (const child of node.namedChildren) {
          if (child.type === "pair") {
            const keyNode = child.childForFieldName("key");
            const valueNode = child.childForFieldName("value");
            const key = literalKey(keyNode);
            elements.push({
              label: key === void 0 ? ANY2 : pathLabel(key),
              ...key !== void 0 ? { key } : {},
              value: this.analyze(valueNode, frame),
              node: valueNode
            });
          } else if (child.type === "dictionary_splat") {
            elements.push(...this.elementsOf(this.analyze(child.namedChild(0), frame)));
          }
        }
        return [{ tag: "container", elements, node }];
      }
      sequence(node, frame) {
        const elements = [];
        let index = 0;
        let exact = true;
        for (const child of node.namedChildren) {
          if (child.type === "comment") continue;
          if (child.type === "list_splat") {
            exact = false;
            for (const element of this.elementsOf(this.analyze(child.namedChild(0), frame)))
              elements.push({ label: ANY2, value: element.value });
            continue;
          }
          const positional = exact && node.type !== "set";
          elements.push({
            label: positional ? pathLabel(index) : ANY2,
            ...positional ? { key: index } : {},
            value: this.analyze(child, frame),
            node: child
          });
          index++;
        }
        return [{ tag: "container", elements, node }];
      }
      /** The elements of every container alternative. */
      elementsOf(value) {
        return value.flatMap((a) => a.tag === "container" ? a.elements : []);
      }
      // ---- names -----------------------------------------------------------------------------
      identifier(node, frame) {
        const name2 = node.text;
        const iterable = this.module.nodes.enclosing(node, COMPREHENSION_TYPES) ? comprehensionIterable(node, name2) : void 0;
        if (iterable !== void 0)
          return iterable ? this.elementOf(this.analyze(iterable, frame), void 0, frame) : UNKNOWN;
        const bindings = this.module.bindings.reaching(name2, node);
        const value = union(bindings.map((binding) => this.binding(binding, frame)));
        if (!value.some((a) => a.tag === "container")) return value;
        const added = this.mutations(name2, node, frame);
        if (!added.length) return value;
        return value.map(
          (a) => a.tag === "container" ? { ...a, elements: lastPerKey([...a.elements, ...added]) } : a
        );
      }
      /**
       * Elements put into the container `name` before `use`, in the same function:
       * `name[key] = v`, `name.append(v)`, `name.extend(vs)`, `name.update(...)`, `name.setdefault(k, v)`.
       */
      mutations(name2, use, frame) {
        const scope = this.module.nodes.scopeAround(use);
        if (!scope) return [];
        const text2 = scope.text;
        if (!MUTATION_HINTS.some((hint) => text2.includes(name2 + hint))) return [];
        const key = `${scope.startIndex}:${name2}`;
        if (this.activeMutations.has(key)) {
          this.guardHits++;
          return [];
        }
        this.activeMutations.add(key);
        try {
          return this.collectMutations(name2, scope, use.startIndex, frame);
        } finally {
          this.activeMutations.delete(key);
        }
      }
      collectMutations(name2, scope, useStart, frame) {
        const elements = [];
        for (const node of scope.descendantsOfType(["assignment", "call"])) {
          if (node.startIndex >= useStart) continue;
          if (node.type === "assignment") {
            const left = node.childForFieldName("left");
            const right = node.childForFieldName("right");
            if (left?.type !== "subscript" || !right || left.childForFieldName("value")?.text !== name2) continue;
            const index = left.childForFieldName("subscript");
            const key = index ? literalKey(index) : void 0;
            elements.push({
              label: key === void 0 ? ANY2 : pathLabel(key),
              ...key !== void 0 ? { key } : {},
              value: this.analyze(right, frame),
              node: right
            });
            continue;
          }
          const callee = node.childForFieldName("function");
          if (callee?.type !== "attribute" || callee.childForFieldName("object")?.text !== name2) continue;
          const method = callee.childForFieldName("attribute").text;
          const { positional, keywords } = callArguments(node);
          const add = (value, valueNode) => elements.push({ label: ANY2, value, ...valueNode ? { node: valueNode } : {} });
          if (method === "append" && positional[0]) add(this.analyze(positional[0], frame), positional[0]);
          else if (method === "insert" && positional[1]) add(this.analyze(positional[1], frame), positional[1]);
          else if (method === "setdefault" && positional[1])
            add(this.analyze(positional[1], frame), positional[1]);
          else if (method === "extend" && positional[0])
            add(this.elementOf(this.analyze(positional[0], frame), void 0, frame));
          else if (method === "update") {
            if (positional[0]) elements.push(...this.elementsOf(this.analyze(positional[0], frame)));
            for (const [key, value] of keywords)
              elements.push({ label: pathLabel(key), key, value: this.analyze(value, frame), node: value });
          }
        }
        return elements;
      }
      /**
       * What a binding makes, analysed once per module: several handoffs (and several uses in one
       * handoff) often reach the same assignment. Inside a helper called with arguments (`env`) the
       * value depends on the call, and a value cut short by a guard (depth, steps, recursion)
       * depends on where it was asked from: those are not kept.
       */
      binding(binding, frame) {
        if (frame.env) return this.bindingValue(binding, frame);
        const known = this.bindingValues.get(binding);
        if (known) return known;
        const guardHits = this.guardHits;
        const value = this.bindingValue(binding, frame);
        if (this.guardHits === guardHits) this.bindingValues.set(binding, value);
        return value;
      }
      bindingValue(binding, frame) {
        switch (binding.kind) {
          case "parameter": {
            const argument = frame.env?.get(binding.target.id);
            if (argument) return argument;
            const passed = this.taskParameter(binding, frame);
            if (passed.length) return passed;
            return binding.annotation ? this.annotation(
              binding.annotation,
              `${binding.target.text}: ${shortText(binding.annotation, 40)}`,
              spanOf(binding.target),
              frame
            ) : UNKNOWN;
          }
          case "assign": {
            if (!binding.value) return UNKNOWN;
            let value = this.analyze(binding.value, frame);
            if (binding.index !== void 0) value = this.elementOf(value, binding.index, frame);
            if (binding.annotation && !value.some((a) => a.tag !== "json")) {
              const annotated = this.annotation(
                binding.annotation,
                `${binding.target.text}: ${shortText(binding.annotation, 40)}`,
                spanOf(binding.target),
                frame
              );
              if (annotated.length) return annotated;
            }
            return value;
          }
          case "augmented":
            return binding.value ? this.arithmetic(this.analyze(binding.value, frame), UNKNOWN, binding.target.parent) : UNKNOWN;
          case "for":
            return binding.value && binding.index === void 0 ? this.elementOf(this.analyze(binding.value, frame), void 0, frame) : UNKNOWN;
          case "with":
            return UNKNOWN;
        }
      }
      // ---- task edges ------------------------------------------------------------------------
      /** The one task a function runs as, if exactly one does. */
      taskOf(fn) {
        if (!this.functionTasks) {
          this.functionTasks = /* @__PURE__ */ new Map();
          for (const task of this.module.tasks) {
            if (!task.fn) continue;
            this.functionTasks.set(task.fn.id, this.functionTasks.has(task.fn.id) ? null : task);
          }
        }
        return this.functionTasks.get(fn.id) ?? void 0;
      }
      /**
       * A task function's parameter: what the DAG code passes it — another task's output
       * (`load(extract())`, `.output`, `XComArg`, `extract()["key"]`) or an argument
       * (`extract(path=RAW)`, `op_kwargs`, `.expand(p=[…])`'s elements). Unknown when the function
       * runs as several tasks, or nothing is passed.
       */
      taskParameter(binding, frame) {
        const owner = parameterOwner(binding.target);
        const task = owner ? this.taskOf(owner) : void 0;
        if (!task) return UNKNOWN;
        const name2 = binding.target.text;
        const inputs = taskInputs(this.module);
        const fromTasks = (inputs.byTask.get(task) ?? []).filter(
          (input) => input.parameter === name2 && input.via === "argument"
        );
        const passed = inputs.arguments.get(task)?.get(name2) ?? [];
        if (!fromTasks.length && !passed.length) return UNKNOWN;
        if (this.activeTasks.has(task)) {
          this.guardHits++;
          return UNKNOWN;
        }
        this.activeTasks.add(task);
        try {
          const next = { depth: frame.depth + 1 };
          const values = [];
          for (const input of fromTasks) {
            if (input.mapped && (input.key !== void 0 || input.item !== void 0)) continue;
            let value = this.output(input.producer, input.key, next);
            if (input.item !== void 0) value = this.itemOf(value, input.item);
            if (input.mapped) value = [{ tag: "container", elements: [{ label: ANY2, value }] }];
            values.push(input.expanded ? this.elementOf(value, void 0, next) : value);
          }
          for (const argument of passed) {
            const value = this.analyze(argument.node, next);
            values.push(argument.element ? this.elementOf(value, void 0, next) : value);
          }
          return union(values);
        } finally {
          this.activeTasks.delete(task);
        }
      }
      /** What a task hands on under a key: its return (body, else `-> T`), or a `multiple_outputs` entry. */
      output(producer, key, frame) {
        const fn = producer.fn;
        if (!fn || producer.fact.returnRole !== "data" || fn.type !== "function_definition") return UNKNOWN;
        if (key !== void 0 && !producer.fact.multipleOutputs) return UNKNOWN;
        if (this.activeTasks.has(producer)) {
          this.guardHits++;
          return UNKNOWN;
        }
        this.activeTasks.add(producer);
        try {
          const returnType = fn.childForFieldName("return_type");
          const declared = returnType ? { node: returnType, name: fn.childForFieldName("name")?.text ?? "task" } : void 0;
          const returned = union(
            returnedExpressions(fn).map((expression) => {
              const value = this.analyze(expression, frame);
              return value.length === 0 && declared ? this.declaredReturn(declared, frame) : value;
            })
          );
          return key !== void 0 ? this.itemOf(returned, key) : returned;
        } finally {
          this.activeTasks.delete(producer);
        }
      }
      /** The element of a container value under a literal key (`meta["raw"]`). */
      itemOf(value, key) {
        return union(
          value.flatMap(
            (a) => a.tag === "container" ? a.elements.filter((e) => e.key === key || e.label === ANY2).map((e) => e.value) : []
          )
        );
      }
      /** A function's `-> T`, as the value it returns (an entry of it for `multiple_outputs`). */
      declaredReturn(declared, frame) {
        const value = this.annotation(
          declared.node,
          `${declared.name}() -> ${shortText(declared.node, 40)}`,
          spanOf(declared.node),
          frame
        );
        return declared.entry ? this.elementOf(value, void 0, frame) : value;
      }
      /** Element `index` of a value (tuple unpacking), or any element (iteration) when undefined. */
      elementOf(value, index, frame) {
        const results = [];
        for (const alternative of value) {
          if (alternative.tag === "container") {
            for (const element of alternative.elements) {
              if (index === void 0 || element.key === index || element.label === ANY2)
                results.push(element.value);
            }
          } else if (alternative.tag === "object") {
            const element = TYPES[alternative.type]?.element;
            if (element) {
              results.push(
                this.result(element, {
                  madeBy: `element of ${alternative.madeBy}`,
                  madeAt: alternative.madeAt,
                  receiver: alternative.type,
                  frame
                })
              );
            }
          }
        }
        return union(results);
      }
      // ---- calls -----------------------------------------------------------------------------
      call(node, frame) {
        const callee = node.childForFieldName("function");
        const context = this.module.context;
        const made = new LazyMade(frame, node, callee, describe, true);
        const calleeType = callee.type;
        if (calleeType === "identifier") {
          const name2 = callee.text;
          if (!context.aliases.has(name2)) {
            const helper = context.functions.get(name2);
            if (helper && this.isTaskflowFunction(helper)) return UNKNOWN;
            if (helper) return this.helperCall(helper, name2, node, made.args, frame);
            const ownClass = moduleClasses(context, this.module.nodes).get(name2);
            if (ownClass)
              return [{ tag: "object", type: classTypeName(ownClass), madeBy: made.madeBy, madeAt: made.madeAt }];
            return BUILTINS.has(name2) ? this.builtin(name2, made) : UNKNOWN;
          }
        }
        const qualified = this.importedName(callee);
        if (qualified !== void 0) {
          const result = catalogFunction(qualified);
          if (result !== void 0) return this.result(result, made);
          if (isEstimatorClass(qualified))
            return [
              { tag: "object", type: "sklearn.base.BaseEstimator", madeBy: made.madeBy, madeAt: made.madeAt }
            ];
          return this.importedCall(qualified, node, made, frame);
        }
        if (calleeType !== "attribute") return UNKNOWN;
        const method = callee.childForFieldName("attribute").text;
        const receiver = this.analyze(callee.childForFieldName("object"), frame);
        const results = [];
        let known = false;
        for (const alternative of receiver) {
          if (alternative.tag === "object") {
            const info2 = TYPES[alternative.type];
            const result = info2?.methods?.[method] ?? info2?.otherMethods ?? SANITIZING_METHODS[method];
            if (result === void 0) continue;
            known = true;
            results.push(this.result(result, made.withReceiver(alternative.type)));
          } else if (alternative.tag === "container") {
            const result = this.containerMethod(alternative, method, made.args);
            if (result) {
              known = true;
              results.push(result);
            }
          }
        }
        if (!known && SANITIZING_METHODS[method] !== void 0)
          return this.result(SANITIZING_METHODS[method], made);
        if (!known && Object.hasOwn(NAMED_RESULT_METHODS, method))
          return this.result(NAMED_RESULT_METHODS[method], made);
        return union(results);
      }
      containerMethod(container, method, args2) {
        if (method === "copy") return [container];
        if (method === "get" || method === "pop") {
          const key = args2.positional[0] ? literalKey(args2.positional[0]) : void 0;
          return union(
            container.elements.filter((e) => key === void 0 || e.key === key || e.label === ANY2).map((e) => e.value)
          );
        }
        return void 0;
      }
      isTaskflowFunction(fn) {
        this.taskflowFunctions ??= new Set(
          this.module.tasks.flatMap((t) => t.fn && t.fact.style.startsWith("@") ? [t.fn.id] : [])
        );
        return this.taskflowFunctions.has(fn.id);
      }
      /** Python builtins (when not shadowed): conversions to JSON, and `list(arr)`. */
      builtin(name2, made) {
        const args2 = made.args;
        const first = args2.positional[0];
        switch (name2) {
          case "int":
          case "float":
          case "str":
          case "bool":
          case "len":
          case "repr":
          case "format":
          case "hash":
            return JSON_VALUE;
          case "abs":
          case "round": {
            if (!first) return UNKNOWN;
            const keepsScalar = name2 === "abs" || args2.positional.length > 1 || args2.keywords.has("ndigits");
            return union(
              this.analyze(first, made.frame).map((a) => {
                if (a.tag !== "object") return a.tag === "json" ? JSON_VALUE : UNKNOWN;
                if (TYPES[a.type]?.arithmeticRank === void 0) return UNKNOWN;
                return a.type === "numpy.generic" && !keepsScalar ? JSON_VALUE : [a];
              })
            );
          }
          case "list":
          case "tuple":
          case "sorted":
          case "set":
          case "frozenset": {
            if (!first) return [{ tag: "container", elements: [] }];
            const elements = this.elementOf(this.analyze(first, made.frame), void 0, made.frame);
            return [{ tag: "container", elements: [{ label: ANY2, value: elements }] }];
          }
          case "sum":
          case "min":
          case "max": {
            if (!first || args2.positional.length > 1) return UNKNOWN;
            const value = this.analyze(first, made.frame);
            return this.elementOf(
              value.filter((a) => a.tag === "object"),
              void 0,
              made.frame
            );
          }
          case "dict": {
            if (args2.positional.length > 1) return UNKNOWN;
            const elements = first ? this.elementsOf(this.analyze(first, made.frame)) : [];
            for (const [key, value] of args2.keywords)
              elements.push({ label: pathLabel(key), key, value: this.analyze(value, made.frame), node: value });
            return [{ tag: "container", elements }];
          }
          default:
            return UNKNOWN;
        }
      }
      /** A module-level helper: its `-> T` annotation, or what its returns make with these arguments. */
      helperCall(fn, name2, call, args2, frame) {
        const returnType = fn.childForFieldName("return_type");
        const declared = () => returnType ? this.annotation(returnType, `${name2}() -> ${shortText(returnType, 40)}`, spanOf(call), frame) : UNKNOWN;
        if (this.activeHelpers.has(fn.id)) {
          this.guardHits++;
          return declared();
        }
        this.activeHelpers.add(fn.id);
        try {
          const env = new Map(frame.env ?? []);
          const parameters = parameterNames2(fn);
          args2.positional.forEach((arg, i2) => {
            const parameter = parameters[i2];
            if (parameter && arg.type !== "list_splat") env.set(parameter.id, this.analyze(arg, frame));
          });
          for (const parameter of parameters) {
            const arg = args2.keywords.get(parameter.text);
            if (arg) env.set(parameter.id, this.analyze(arg, frame));
          }
          const inner = { depth: frame.depth + 1, env };
          const returned = union(returnedExpressions(fn).map((returned2) => this.analyze(returned2, inner)));
          return returned.length ? returned : declared();
        } finally {
          this.activeHelpers.delete(fn.id);
        }
      }
      /**
       * A function imported from the repository's own modules (`project.ts`): what it returns with
       * these arguments, analysed in its module (its body, else its `-> T`), as made at this call —
       * a value is reported in the linted file. Unknown when the module is not found or does not
       * parse, for a decorated function (a TaskFlow function called here makes an `XComArg`), past
       * `MAX_IMPORT_NESTING` modules, or in a cycle.
       */
      importedCall(qualified, call, made, frame) {
        const { project, filePath } = this.module;
        if (!project || !filePath || importNesting >= MAX_IMPORT_NESTING) return UNKNOWN;
        const target = project.resolveFunction(qualified, filePath);
        if (!target || target.fn.parent?.type === "decorated_definition") return UNKNOWN;
        const args2 = made.args;
        const values = /* @__PURE__ */ new Map();
        const parameters = parameterNames2(target.fn);
        args2.positional.forEach((arg, i2) => {
          const parameter = parameters[i2];
          if (parameter && arg.type !== "list_splat") values.set(parameter.text, this.analyze(arg, frame));
        });
        for (const parameter of parameters) {
          const arg = args2.keywords.get(parameter.text);
          if (arg) values.set(parameter.text, this.analyze(arg, frame));
        }
        const analysis = _ValueAnalysis.of(project.pythonModule(target.module, this.module));
        importNesting++;
        try {
          return relocated(analysis.returnedWith(target.fn, values), made.madeBy, made.madeAt);
        } finally {
          importNesting--;
        }
      }
      /** What a function of this module returns, called from another module with these values. */
      returnedWith(fn, values) {
        if (this.activeHelpers.has(fn.id)) return UNKNOWN;
        if (this.activeHelpers.size === 0) this.steps = 0;
        this.activeHelpers.add(fn.id);
        try {
          const env = /* @__PURE__ */ new Map();
          for (const parameter of parameterNames2(fn)) {
            const value = values.get(parameter.text);
            if (value) env.set(parameter.id, value);
          }
          const inner = { depth: 1, env };
          const returned = union(returnedExpressions(fn).map((returned2) => this.analyze(returned2, inner)));
          if (returned.length) return returned;
          const returnType = fn.childForFieldName("return_type");
          return returnType ? this.annotation(returnType, "", spanOf(returnType), inner) : UNKNOWN;
        } finally {
          this.activeHelpers.delete(fn.id);
        }
      }
      /** Applies a catalog result at a call (or attribute) site. */
      result(result, made) {
        const object = (type) => [
          { tag: "object", type, madeBy: made.madeBy, madeAt: made.madeAt }
        ];
        if (result === "json") return JSON_VALUE;
        if (result === "unknown") return UNKNOWN;
        if (result === "same") return made.receiver ? object(made.receiver) : UNKNOWN;
        if (typeof result === "string") return object(result);
        const args2 = made.args ?? { positional: [], keywords: /* @__PURE__ */ new Map() };
        if ("reduction" in result) {
          const axis = args2.keywords.has("axis") || args2.positional.length > result.axisAt;
          return object(axis ? result.withAxis : result.reduction);
        }
        if ("draw" in result) {
          const size = args2.keywords.get("size");
          const sized = size !== void 0 && size.type !== "none" || (result.sizeAt === "any" ? args2.positional.length > 0 : args2.positional.length > result.sizeAt);
          return sized ? object(result.draw) : UNKNOWN;
        }
        if ("listOf" in result) {
          return [{ tag: "container", elements: [{ label: ANY2, value: object(result.listOf) }] }];
        }
        if ("splitsOf" in result) {
          const elements = [];
          args2.positional.forEach((arg2, i2) => {
            const value = this.analyze(arg2, made.frame).flatMap(
              (a) => a.tag === "object" ? [{ tag: "object", type: a.type, madeBy: made.madeBy, madeAt: made.madeAt }] : []
            );
            elements.push(
              { label: pathLabel(2 * i2), key: 2 * i2, value },
              { label: pathLabel(2 * i2 + 1), key: 2 * i2 + 1, value }
            );
          });
          return [{ tag: "container", elements }];
        }
        if ("byKeyword" in result) {
          const given = args2.keywords.get(result.byKeyword);
          if (!given) return this.result(result.absent, made);
          const value = stringLiteral(given);
          const chosen = value !== void 0 ? result.cases[value] : void 0;
          return chosen !== void 0 ? this.result(chosen, made) : UNKNOWN;
        }
        if ("jsonWhen" in result) {
          const given = args2.keywords.get(result.jsonWhen.keyword);
          return given?.text === result.jsonWhen.is ? JSON_VALUE : this.result(result.otherwise, made);
        }
        const arg = args2.positional[result.at ?? 0];
        if (!arg) return UNKNOWN;
        const results = [];
        for (const alternative of this.analyze(arg, made.frame)) {
          const form = alternative.tag === "object" ? alternative.type : alternative.tag === "container" ? "container" : alternative.form ?? "json";
          const mapped = result.byArgument[form];
          if (mapped !== void 0) results.push(this.result(mapped, made));
        }
        return union(results);
      }
      // ---- attributes and subscripts ---------------------------------------------------------
      attribute(node, frame) {
        if (this.importedName(node) !== void 0) return UNKNOWN;
        const name2 = node.childForFieldName("attribute").text;
        const object = node.childForFieldName("object");
        if (object.type === "identifier") {
          const ownClass = moduleClasses(this.module.context, this.module.nodes).get(object.text);
          if (ownClass && (ownClass.kind === "enum" || ownClass.kind === "value-enum") && ownClass.members.has(name2))
            return [
              { tag: "object", type: classTypeName(ownClass), madeBy: shortText(node, 40), madeAt: spanOf(node) }
            ];
        }
        const made = new LazyMade(frame, node, node, describe, false);
        const results = [];
        for (const alternative of this.analyze(node.childForFieldName("object"), frame)) {
          if (alternative.tag !== "object") continue;
          const info2 = TYPES[alternative.type];
          const result = info2?.attributes?.[name2] ?? info2?.otherAttributes;
          if (result !== void 0) results.push(this.result(result, made.withReceiver(alternative.type)));
        }
        return union(results);
      }
      subscript(node, frame) {
        const indices = node.childrenForFieldName("subscript");
        const made = new LazyMade(frame, node, node, shortName, false);
        const results = [];
        for (const alternative of this.analyze(node.childForFieldName("value"), frame)) {
          if (alternative.tag === "container") {
            const only = indices.length === 1 ? indices[0] : void 0;
            if (only?.type === "slice") {
              results.push([
                { tag: "container", elements: alternative.elements.map((e) => ({ label: ANY2, value: e.value })) }
              ]);
              continue;
            }
            const key = only ? literalKey(only) : void 0;
            for (const element of alternative.elements) {
              if (key === void 0 || element.key === key || element.label === ANY2) results.push(element.value);
            }
            continue;
          }
          if (alternative.tag !== "object") continue;
          const rule = TYPES[alternative.type]?.subscript;
          if (!rule) continue;
          const withType = made.withReceiver(alternative.type);
          const object = (type) => type ? this.result(type, withType) : UNKNOWN;
          if (typeof rule === "object") {
            results.push(this.result(rule.always, withType));
            continue;
          }
          const forms = indices.map((index) => this.indexForm(index, frame));
          switch (rule) {
            case "array":
              results.push(object(forms.some((f) => f === "many") ? "numpy.ndarray" : "numpy.generic"));
              break;
            case "series":
              results.push(object(forms[0] === "many" ? "pandas.Series" : "numpy.generic"));
              break;
            case "frame-columns":
              if (forms.length === 1)
                results.push(object(forms[0] === "scalar" ? "pandas.Series" : "pandas.DataFrame"));
              break;
            case "frame-indexer":
              results.push(object(frameIndexerResult(forms)));
              break;
          }
        }
        return union(results);
      }
      /** Whether an index selects one element, several (slice, list, mask), or we cannot tell. */
      indexForm(index, frame) {
        const inner = unparenthesize(index);
        if (inner.type === "slice" || inner.type === "list" || inner.type === "ellipsis" || inner.type === "none")
          return "many";
        if (inner.type === "string" || inner.type === "integer" || inner.type === "concatenated_string")
          return "scalar";
        if (inner.type === "unary_operator" && inner.namedChild(0)?.type === "integer") return "scalar";
        const value = this.analyze(inner, frame);
        if (value.some(
          (a) => a.tag === "container" || a.tag === "object" && TYPES[a.type]?.arithmeticRank !== void 0 && a.type !== "numpy.generic"
        ))
          return "many";
        if (value.length > 0 && value.every((a) => a.tag === "json" && a.form !== void 0)) return "scalar";
        return "unknown";
      }
      // ---- operators -------------------------------------------------------------------------
      binary(node, frame) {
        const left = this.analyze(node.childForFieldName("left"), frame);
        const right = this.analyze(node.childForFieldName("right"), frame);
        const operator = node.childForFieldName("operator")?.type;
        if (operator === "%" && left.some((a) => a.tag === "json" && a.form === "string")) return JSON_VALUE;
        const containers = [...left, ...right].filter((a) => a.tag === "container");
        if (containers.length && operator === "+") {
          return [
            {
              tag: "container",
              elements: containers.flatMap((c) => c.elements.map((e) => ({ label: ANY2, value: e.value })))
            }
          ];
        }
        return this.arithmetic(left, right, node);
      }
      /** `a op b`: the highest-ranked array-like operand decides (a frame times an array is a frame). */
      arithmetic(left, right, node) {
        const ranked = [...left, ...right].filter(
          (a) => a.tag === "object" && TYPES[a.type]?.arithmeticRank !== void 0
        );
        if (ranked.length === 0) {
          return left.length && right.length && [...left, ...right].every((a) => a.tag === "json") ? JSON_VALUE : UNKNOWN;
        }
        const best = ranked.reduce(
          (a, b) => TYPES[b.type].arithmeticRank > TYPES[a.type].arithmeticRank ? b : a
        );
        if (best.type === "numpy.generic") {
          const other = left.includes(best) ? right : left;
          if (!other.length || other.some((a) => a.tag !== "json" && !(a.tag === "object" && a.type === "numpy.generic")))
            return UNKNOWN;
        }
        return [{ tag: "object", type: best.type, madeBy: describe(node), madeAt: spanOf(node) }];
      }
      comparison(node, frame) {
        const operators2 = node.children.filter((c) => !c.isNamed).map((c) => c.type);
        if (operators2.some((op) => op === "in" || op === "is" || op === "not in" || op === "is not" || op === "not"))
          return JSON_VALUE;
        const [left, right] = node.namedChildren;
        if (!left || !right) return JSON_VALUE;
        const result = this.arithmetic(this.analyze(left, frame), this.analyze(right, frame), node);
        return result.length ? result : JSON_VALUE;
      }
      /** The qualified name of a dotted expression whose head is an import (`np.random.rand` → `numpy.random.rand`). */
      importedName(node) {
        const parts2 = dottedParts(node);
        const module2 = parts2 && this.module.context.aliases.get(parts2[0]);
        if (!module2) return void 0;
        parts2[0] = module2;
        return parts2.join(".");
      }
      // ---- annotations -----------------------------------------------------------------------
      /** What a type annotation says a value is: `pd.DataFrame`, `list[np.ndarray]`, `Optional[...]`. */
      annotation(node, madeBy, madeAt, frame, depth = 0) {
        if (depth > 8) return UNKNOWN;
        const inner = unparenthesize(node.type === "type" ? node.namedChild(0) ?? node : node);
        const recurse = (child) => this.annotation(child, madeBy, madeAt, frame, depth + 1);
        const object = (type) => [{ tag: "object", type, madeBy, madeAt }];
        switch (inner.type) {
          case "none":
            return JSON_VALUE;
          case "string": {
            const text2 = stringLiteral(inner);
            const type = text2 && /^[\w.]+$/.test(text2) ? ANNOTATION_TYPES[this.qualifyText(text2)] : void 0;
            return type ? object(type) : UNKNOWN;
          }
          case "identifier":
          case "attribute": {
            const type = ANNOTATION_TYPES[this.module.context.qualify(inner) ?? ""];
            return type ? object(type) : UNKNOWN;
          }
          case "binary_operator":
            return union([recurse(inner.childForFieldName("left")), recurse(inner.childForFieldName("right"))]);
          case "generic_type":
          case "subscript": {
            const base = inner.type === "subscript" ? inner.childForFieldName("value") : inner.namedChild(0);
            const params = inner.type === "subscript" ? inner.childrenForFieldName("subscript") : inner.namedChild(1)?.namedChildren.map((c) => c.type === "type" ? c.namedChild(0) : c) ?? [];
            const qualified = this.module.context.qualify(base) ?? "";
            const name2 = qualified.slice(qualified.lastIndexOf(".") + 1);
            const type = ANNOTATION_TYPES[qualified];
            if (type) return object(type);
            const any = (value) => [{ tag: "container", elements: [{ label: ANY2, value }] }];
            switch (name2) {
              case "Optional":
              case "Annotated":
                return params[0] ? recurse(params[0]) : UNKNOWN;
              case "Union":
                return union(params.map(recurse));
              case "list":
              case "List":
              case "Sequence":
              case "Iterable":
              case "Collection":
              case "set":
              case "Set":
              case "FrozenSet":
                return params[0] ? any(recurse(params[0])) : UNKNOWN;
              case "dict":
              case "Dict":
              case "Mapping":
              case "MutableMapping":
                return params[1] ? any(recurse(params[1])) : UNKNOWN;
              case "tuple":
              case "Tuple": {
                if (params.length === 2 && params[1].type === "ellipsis") return any(recurse(params[0]));
                return [
                  {
                    tag: "container",
                    elements: params.map((p, i2) => ({ label: pathLabel(i2), key: i2, value: recurse(p) }))
                  }
                ];
              }
              default:
                return UNKNOWN;
            }
          }
          default:
            return UNKNOWN;
        }
      }
      /** `"pd.DataFrame"` (a string annotation) → `pandas.DataFrame`. */
      qualifyText(text2) {
        const [head, ...rest] = text2.split(".");
        const module2 = this.module.context.aliases.get(head);
        return module2 ? [module2, ...rest].join(".") : text2;
      }
    };
    LazyMade = class _LazyMade {
      constructor(frame, node, named, naming, isCall, receiver) {
        this.frame = frame;
        this.node = node;
        this.named = named;
        this.naming = naming;
        this.isCall = isCall;
        this.receiver = receiver;
      }
      frame;
      node;
      named;
      naming;
      isCall;
      receiver;
      name;
      place;
      argumentList;
      get madeBy() {
        return this.name ??= this.naming(this.named);
      }
      get madeAt() {
        return this.place ??= spanOf(this.node);
      }
      get args() {
        return this.isCall ? this.argumentList ??= callArguments(this.node) : void 0;
      }
      /** The same place, for a method of a receiver of this type. */
      withReceiver(receiver) {
        const made = new _LazyMade(this.frame, this.node, this.named, this.naming, this.isCall, receiver);
        made.name = this.name;
        made.place = this.place;
        made.argumentList = this.argumentList;
        return made;
      }
    };
    shortName = (node) => shortText(node, 40);
    MUTATION_HINTS = ["[", ".append(", ".extend(", ".insert(", ".update(", ".setdefault("];
    BUILTINS = /* @__PURE__ */ new Set([
      "int",
      "float",
      "str",
      "bool",
      "len",
      "repr",
      "format",
      "hash",
      "abs",
      "round",
      "list",
      "tuple",
      "sorted",
      "set",
      "frozenset",
      "sum",
      "min",
      "max",
      "dict"
    ]);
    MAX_IMPORT_NESTING = 4;
    importNesting = 0;
  }
});

// packages/python/src/handoffs.ts
function declaredReturn(task, channel) {
  if (channel !== "return" && channel !== "multiple-outputs") return void 0;
  const fn = task.fn;
  const node = fn?.type === "function_definition" ? fn.childForFieldName("return_type") : null;
  if (!node) return void 0;
  const name2 = fn.childForFieldName("name")?.text ?? task.fact.id;
  return { node, name: name2, ...channel === "multiple-outputs" ? { entry: true } : {} };
}
function extractHandoffs(module2, model) {
  new HandoffExtractor(module2, model).run();
}
var MAX_RECEIVER_DEPTH, HandoffExtractor;
var init_handoffs = __esm({
  "packages/python/src/handoffs.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_airflow();
    init_values();
    init_syntax();
    init_suggestions();
    init_values2();
    MAX_RECEIVER_DEPTH = 8;
    HandoffExtractor = class {
      constructor(module2, model) {
        this.module = module2;
        this.model = model;
        this.values = ValueAnalysis.of(module2);
      }
      module;
      model;
      values;
      run() {
        const pushes = this.pushCalls();
        for (const task of this.module.tasks) {
          const fn = task.fn;
          if (!fn) continue;
          if (task.fact.returnRole === "data") this.returns(task, fn);
          else if (task.fact.returnRole === "control-flow") this.pokeReturnValues(task, fn);
          if (pushes.length) {
            const [start2, end] = [fn.startIndex, fn.endIndex];
            for (const push of pushes)
              if (start2 <= push.start && push.start < end) this.xcomPush(task, push.call);
          }
        }
      }
      /**
       * Every `….xcom_push(...)` call in the file, found from the text: a handful of native calls
       * per occurrence instead of visiting every call of every task.
       */
      pushCalls() {
        const { source, root } = this.module;
        const calls = [];
        for (let at2 = source.indexOf("xcom_push"); at2 !== -1; at2 = source.indexOf("xcom_push", at2 + 1)) {
          const name2 = root.descendantForIndex(at2, at2 + 8);
          if (name2.type !== "identifier" || name2.text !== "xcom_push") continue;
          const attribute = name2.parent;
          const call = attribute?.type === "attribute" ? attribute.parent : null;
          if (call?.type !== "call" || call.childForFieldName("function")?.startIndex !== attribute.startIndex)
            continue;
          calls.push({ call, start: call.startIndex });
        }
        return calls;
      }
      add(task, channel, key, value) {
        const analysis = this.values.analyzeHandoff(value, declaredReturn(task, channel));
        if (analysis.tooDeep && !task.fact.unsound) {
          this.model.diagnostics.push({
            fatal: true,
            message: `Expression nested more than ${MAX_DEPTH} levels deep; the value handed off here is not analysed.`,
            span: spanOf(analysis.tooDeep)
          });
        }
        for (const valueFact of analysis.facts) {
          const conversion = valueFact.conversion ?? CONVERSION_ADVICE_BY_TYPE[valueFact.qualifiedType] ?? CONVERSION_ADVICE[valueFact.kind];
          if (conversion) valueFact.conversion = conversion;
          if (SERDE_PARQUET_KINDS.has(valueFact.kind)) valueFact.serdeParquet = true;
        }
        for (const [valueFact, node] of analysis.written) {
          const suggestion = conversionSuggestion(valueFact, node, this.module, task.fn);
          if (suggestion) valueFact.suggestion = suggestion;
        }
        const fact = {
          taskId: task.fact.id,
          channel,
          key,
          expression: shortText(value),
          span: spanOf(value),
          values: analysis.facts,
          locations: []
        };
        this.model.handoffs.push(fact);
        this.module.handoffValues.push({ fact, value, task });
      }
      returns(task, fn) {
        for (const returned of returnedExpressions(fn)) {
          const entries = task.fact.multipleOutputs ? this.dictEntries(returned) : void 0;
          if (!entries) {
            this.add(task, "return", "return_value", returned);
            continue;
          }
          for (const { key, value } of entries) this.add(task, "multiple-outputs", key, value);
        }
      }
      /** The entries of a dict literal (`{"a": x}` or `dict(a=x)`), possibly through a local name. */
      dictEntries(expression) {
        let node = unparenthesize(expression);
        if (node.type === "identifier") {
          const reaching = this.module.bindings.reaching(node.text, node);
          const only = reaching.length === 1 ? reaching[0] : void 0;
          if (!only?.value || only.kind !== "assign" || only.index !== void 0) return void 0;
          node = unparenthesize(only.value);
        }
        if (node.type === "dictionary") {
          const entries = [];
          for (const child of node.namedChildren) {
            if (child.type !== "pair") continue;
            const keyNode = child.childForFieldName("key");
            const value = child.childForFieldName("value");
            if (!keyNode || !value) continue;
            entries.push({ key: stringLiteral(keyNode) ?? keyNode.text, value });
          }
          return entries;
        }
        if (node.type === "call" && node.childForFieldName("function")?.text === "dict") {
          const { positional, keywords } = callArguments(node);
          if (positional.length) return void 0;
          return [...keywords].map(([key, value]) => ({ key, value }));
        }
        return void 0;
      }
      /** `return PokeReturnValue(is_done=..., xcom_value=value)` in a sensor. */
      pokeReturnValues(task, fn) {
        if (!/sensor/i.test(task.fact.style)) return;
        for (const returned of returnedExpressions(fn)) {
          const call = this.resolveCall(returned);
          if (!call) continue;
          const cls = this.module.context.qualify(call.childForFieldName("function"));
          if (!cls || !POKE_RETURN_VALUE_CLASSES.has(cls)) continue;
          const { positional, keywords } = callArguments(call);
          const value = keywords.get("xcom_value") ?? positional[1];
          if (value && value.type !== "none") this.add(task, "poke-return-value", "return_value", value);
        }
      }
      /** A call, directly or as the single value a local name holds. */
      resolveCall(expression) {
        const node = unparenthesize(expression);
        if (node.type === "call") return node;
        if (node.type !== "identifier") return void 0;
        const reaching = this.module.bindings.reaching(node.text, node);
        const value = reaching.length === 1 && reaching[0].kind === "assign" ? reaching[0].value : void 0;
        return value && unparenthesize(value).type === "call" ? unparenthesize(value) : void 0;
      }
      /** `ti.xcom_push(key, value)` / `xcom_push(key=..., value=...)` in the task's code. */
      xcomPush(task, call) {
        const callee = call.childForFieldName("function");
        if (!this.isTaskInstance(callee.childForFieldName("object"), 0)) return;
        const { positional, keywords } = callArguments(call);
        const keyNode = keywords.get("key") ?? positional[0];
        const value = keywords.get("value") ?? positional[1];
        if (!value) return;
        const key = keyNode ? stringLiteral(keyNode) ?? shortText(keyNode) : "?";
        this.add(task, "xcom-push", key, value);
      }
      /** Is this expression the running task instance? */
      isTaskInstance(expression, depth) {
        if (depth > MAX_RECEIVER_DEPTH) return false;
        const node = unparenthesize(expression);
        if (node.type === "identifier") {
          return this.module.bindings.reaching(node.text, node).some(
            (binding) => binding.kind === "parameter" ? TI_PARAMETERS.has(node.text) : binding.kind === "assign" && binding.index === void 0 && binding.value !== void 0 && this.isTaskInstance(binding.value, depth + 1)
          );
        }
        if (node.type === "subscript") {
          const key = stringLiteral(node.childForFieldName("subscript"));
          return key !== void 0 && CONTEXT_TI_KEYS.has(key) && this.isContext(node.childForFieldName("value"), depth + 1);
        }
        if (node.type === "call") {
          const callee = node.childForFieldName("function");
          if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get") return false;
          const key = stringLiteral(callArguments(node).positional[0]);
          return key !== void 0 && CONTEXT_TI_KEYS.has(key) && this.isContext(callee.childForFieldName("object"), depth + 1);
        }
        return false;
      }
      /** Is this expression the task's context: a parameter (`**context`, `**kwargs`) or `get_current_context()`? */
      isContext(expression, depth) {
        if (depth > MAX_RECEIVER_DEPTH) return false;
        const node = unparenthesize(expression);
        if (node.type === "call") {
          const callee = this.module.context.qualify(node.childForFieldName("function"));
          return callee !== void 0 && GET_CURRENT_CONTEXT.has(callee);
        }
        if (node.type !== "identifier") return false;
        return this.module.bindings.reaching(node.text, node).some(
          (binding) => binding.kind === "parameter" ? true : binding.kind === "assign" && binding.index === void 0 && binding.value !== void 0 && this.isContext(binding.value, depth + 1)
        );
      }
    };
  }
});

// packages/python/src/project.ts
import path6 from "node:path";
function parseModule(file, root, source) {
  const cached2 = parsedModules.get(file);
  if (cached2 && cached2.source === source) return cached2.module;
  const name2 = path6.relative(root, file).split(path6.sep).join("/");
  let module2;
  if (source.length <= MAX_MODULE_BYTES) {
    try {
      const text2 = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
      const tree = parseSyntaxTree(text2);
      const root2 = tree.rootNode;
      if (!root2.hasError) {
        const nodes = new NodeIndex(root2);
        const context = new ModuleContext(tree, nodes);
        module2 = { file, name: name2, source: text2, root: root2, context, nodes, bindings: new Bindings(context) };
      }
    } catch {
      module2 = void 0;
    }
  }
  if (parsedModules.size >= MAX_CACHED_MODULES) parsedModules.clear();
  parsedModules.set(file, { source, module: module2 });
  return module2;
}
function topLevelDefinition(root, name2, type = "function_definition") {
  let found;
  for (const statement of root.namedChildren) {
    const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (definition?.type === type && definition.childForFieldName("name")?.text === name2) found = definition;
  }
  return found;
}
function mayBeProjectModule(head) {
  return !NOT_PROJECT_MODULES.has(head);
}
var MAX_REEXPORTS, MAX_CACHED_MODULES, MAX_MODULE_BYTES, NOT_PROJECT_MODULES, parsedModules, searchFolderCache, ProjectModules;
var init_project = __esm({
  "packages/python/src/project.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_bindings();
    init_module_context();
    init_node_index();
    init_syntax_tree();
    MAX_REEXPORTS = 4;
    MAX_CACHED_MODULES = 2e3;
    MAX_MODULE_BYTES = 1024 * 1024;
    NOT_PROJECT_MODULES = new Set(
      [
        "abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect",
        "builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys",
        "compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses",
        "dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum",
        "errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath",
        "getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http imaplib imghdr imp",
        "importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma",
        "mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis",
        "nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle",
        "pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd",
        "py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource",
        "rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib",
        "sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics",
        "string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile",
        "telnetlib tempfile termios textwrap threading time timeit tkinter token tokenize tomllib trace",
        "traceback tracemalloc tty turtle types typing unicodedata unittest urllib uu uuid venv warnings",
        "wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib",
        "zoneinfo",
        "airflow pendulum pandas numpy polars pyarrow requests boto3 botocore google sqlalchemy pydantic",
        "yaml jinja2 kubernetes docker dbt snowflake psycopg2 pymongo redis sklearn torch tensorflow",
        "duckdb fsspec s3fs gcsfs smart_open openpyxl paramiko pysftp airflow_client"
      ].join(" ").split(" ")
    );
    parsedModules = /* @__PURE__ */ new Map();
    searchFolderCache = /* @__PURE__ */ new Map();
    ProjectModules = class {
      constructor(project) {
        this.project = project;
        this.root = path6.resolve(project.root);
      }
      project;
      root;
      /** Modules read for this linted file: each file is read once per file linted. */
      loaded = /* @__PURE__ */ new Map();
      /**
       * What each lookup found, for this linted file, by importing file and dotted name: a lookup
       * only reads through `loaded`, so asking again finds the same (operator summaries replay
       * theirs, and a DAG names the same helpers at every call).
       */
      found = /* @__PURE__ */ new Map();
      /** Modules as extractors see them, for this linted file (shared by the value and storage analyses). */
      pythonModules = /* @__PURE__ */ new Map();
      /** An imported module as the extractors see a module: no tasks of its own; the linted file's options. */
      pythonModule(target, linted) {
        let module2 = this.pythonModules.get(target.file);
        if (!module2) {
          module2 = {
            source: target.source,
            root: target.root,
            context: target.context,
            nodes: target.nodes,
            bindings: target.bindings,
            tasks: [],
            options: linted.options,
            handoffValues: [],
            filePath: target.file,
            project: this
          };
          this.pythonModules.set(target.file, module2);
        }
        return module2;
      }
      /** Whether a folder lies inside the repository. */
      inside(dir) {
        const relative2 = path6.relative(this.root, dir);
        return relative2 === "" || !relative2.startsWith("..") && !path6.isAbsolute(relative2);
      }
      /** Folders an absolute import is looked up in, for a module in `dir` (see the file comment). */
      searchFolders(dir) {
        const key = `${this.root}\0${dir}`;
        let folders = searchFolderCache.get(key);
        if (!folders) {
          if (searchFolderCache.size >= MAX_CACHED_MODULES) searchFolderCache.clear();
          folders = this.computeSearchFolders(dir);
          searchFolderCache.set(key, folders);
        }
        return folders;
      }
      computeSearchFolders(dir) {
        const folders = [];
        if (this.inside(dir)) {
          for (let current = dir; ; current = path6.dirname(current)) {
            folders.push(current);
            if (current === this.root || path6.dirname(current) === current) break;
          }
        }
        const plugins = folders.map((folder) => path6.join(folder, "plugins"));
        folders.push(...plugins, path6.join(this.root, "plugins"), path6.join(this.root, "include"));
        return [...new Set(folders)];
      }
      /** Reads and parses a module file; undefined when it is not there or not usable. */
      load(file) {
        if (this.loaded.has(file)) return this.loaded.get(file);
        const read2 = this.project.read(file);
        const module2 = "problem" in read2 ? void 0 : parseModule(file, this.root, read2.text);
        this.loaded.set(file, module2);
        return module2;
      }
      /** `a.b` under `folder`: `a/b.py`, else `a/b/__init__.py`. */
      moduleIn(folder, parts2) {
        if (parts2.length === 0) return this.load(path6.join(folder, "__init__.py"));
        const base = path6.join(folder, ...parts2);
        if (!this.inside(base)) return void 0;
        return this.load(`${base}.py`) ?? this.load(path6.join(base, "__init__.py"));
      }
      /** Lookups being recorded (`recording`): each module lookup is appended to every one of them. */
      recorders = [];
      /** Runs `work`, returning what it computed and every module lookup it made (nested recordings too). */
      recording(work) {
        const lookups = [];
        this.recorders.push(lookups);
        try {
          return { value: work(), lookups };
        } finally {
          this.recorders.pop();
        }
      }
      /** Whether every lookup still finds what it found (the same parsed module: same path, same content). */
      replays(lookups) {
        return lookups.every((lookup) => this.module(lookup.dotted, lookup.fromFile) === lookup.found);
      }
      /** The module a dotted name (leading dots: relative to `fromFile`) names. */
      module(dotted, fromFile) {
        const key = `${fromFile}\0${dotted}`;
        let found = this.found.get(key);
        if (found === void 0 && !this.found.has(key)) {
          found = this.findModule(dotted, fromFile);
          this.found.set(key, found);
        }
        for (const recorder of this.recorders) recorder.push({ dotted, fromFile, found });
        return found;
      }
      findModule(dotted, fromFile) {
        const level = /^\.*/.exec(dotted)[0].length;
        const parts2 = dotted.slice(level).split(".").filter((p) => p !== "");
        if (level > 0) {
          let folder = path6.dirname(fromFile);
          for (let i2 = 1; i2 < level; i2++) folder = path6.dirname(folder);
          return this.inside(folder) ? this.moduleIn(folder, parts2) : void 0;
        }
        if (parts2.length === 0 || NOT_PROJECT_MODULES.has(parts2[0])) return void 0;
        for (const folder of this.searchFolders(path6.dirname(fromFile))) {
          const found = this.moduleIn(folder, parts2);
          if (found) return found;
        }
        return void 0;
      }
      /**
       * The function a qualified name from `fromFile` refers to (`include.io.save_frame`,
       * `.io.save_frame`), followed through re-exports; undefined when it is not a top-level
       * function of a repository module we can read and parse.
       */
      resolveFunction(qualified, fromFile) {
        return this.resolveDefinition(qualified, fromFile, "function_definition", 0);
      }
      /** Like `resolveFunction`, for a class defined at the top level of a repository module. */
      resolveClass(qualified, fromFile) {
        return this.resolveDefinition(qualified, fromFile, "class_definition", 0);
      }
      resolveDefinition(qualified, fromFile, type, hops) {
        const dot = qualified.lastIndexOf(".");
        if (dot <= 0 && !qualified.startsWith(".")) return void 0;
        const moduleName = qualified.slice(0, dot);
        const name2 = qualified.slice(dot + 1);
        if (!name2) return void 0;
        const module2 = this.module(moduleName === "" ? "." : moduleName, fromFile);
        if (!module2) return void 0;
        const definition = topLevelDefinition(module2.root, name2, type);
        if (definition) return { module: module2, fn: definition };
        const reexported = module2.context.aliases.get(name2);
        if (reexported === void 0 || hops >= MAX_REEXPORTS) return void 0;
        return this.resolveDefinition(reexported, module2.file, type, hops + 1);
      }
    };
  }
});

// packages/python/src/prefilter.ts
function lastName(qualified) {
  const names3 = qualified.match(/[\p{L}\p{N}_]+/gu);
  return names3?.[names3.length - 1];
}
function configuredNames(options2) {
  const knowledge = readStorageKnowledge(options2);
  return [...knowledge.apis.map((api) => api.call), ...knowledge.settings.stagingVariables].flatMap(
    (name2) => lastName(name2) ?? []
  );
}
function escape(name2) {
  return name2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function triggerPattern(names3) {
  const sorted = [...new Set(names3)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}_])`, "u");
}
function patternFor(options2) {
  const extra = configuredNames(options2);
  const key = extra.join("\n");
  if (cached?.key !== key) cached = { key, pattern: triggerPattern([...CATALOG_TRIGGER_NAMES, ...extra]) };
  return cached.pattern;
}
function mayUseRepositoryOperator(source) {
  if (!OPERATOR_NAME.test(source)) return false;
  for (const [, name2] of source.matchAll(OPERATOR_CLASS)) {
    if (new RegExp(`(?<![\\p{L}\\p{N}_.]|class\\s+)${name2}\\s*\\(`, "u").test(source)) return true;
  }
  for (const [, dots, dotted, names3] of source.matchAll(FROM_IMPORT)) {
    if ((dots || mayBeProjectModule(dotted.split(".")[0])) && OPERATOR_NAME.test(names3)) return true;
  }
  return false;
}
function mayConcernRules(source, options2 = {}) {
  if (source.includes(SUPPRESSION_MARKER)) return true;
  if (patternFor(options2).test(source)) return true;
  if (TASKFLOW_DECORATOR_PATTERN.test(source) && TASKFLOW_MODULE_PATTERN.test(source)) return true;
  return mayUseRepositoryOperator(source);
}
var SUPPRESSION_MARKER, CATALOG_TRIGGER_NAMES, TASKFLOW_DECORATOR_NAMES, TASKFLOW_MODULE_NAMES, TASKFLOW_DECORATOR_PATTERN, TASKFLOW_MODULE_PATTERN, cached, OPERATOR_NAME, OPERATOR_CLASS, FROM_IMPORT;
var init_prefilter = __esm({
  "packages/python/src/prefilter.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_airflow();
    init_storage();
    init_project();
    SUPPRESSION_MARKER = "dag-transport";
    CATALOG_TRIGGER_NAMES = new Set(
      [...PYTHON_OPERATORS.keys(), ...STORAGE_OPERATORS.keys()].map((name2) => lastName(name2))
    );
    TASKFLOW_DECORATOR_NAMES = new Set(
      Object.keys(TASK_DECORATORS).map((name2) => name2.split(".")[0])
    );
    TASKFLOW_MODULE_NAMES = new Set(TASKFLOW_MODULES.map((m) => lastName(m)));
    TASKFLOW_DECORATOR_PATTERN = triggerPattern(TASKFLOW_DECORATOR_NAMES);
    TASKFLOW_MODULE_PATTERN = triggerPattern(TASKFLOW_MODULE_NAMES);
    OPERATOR_NAME = /[\p{L}\p{N}_](?:Operator|Sensor)(?![\p{L}\p{N}_])/u;
    OPERATOR_CLASS = /^[ \t]*class[ \t]+([\p{L}\p{N}_]*(?:Operator|Sensor))\b/gmu;
    FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\p{L}\p{N}_.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gmu;
  }
});

// packages/python/src/interpreters.ts
function copyDirection(sql, hole) {
  const text2 = new Encoded(sql, hole).text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  if (!/^\s*\(?\s*COPY\b/i.test(text2)) return void 0;
  if (/\bTO\s+STDOUT\b/i.test(text2)) return "to";
  if (/\bFROM\s+STDIN\b/i.test(text2)) return "from";
  return void 0;
}
function sqlTokens(text2) {
  const tokens = [];
  let i2 = 0;
  while (i2 < text2.length) {
    const char = text2[i2];
    if (/\s/.test(char)) i2++;
    else if (char === "-" && text2[i2 + 1] === "-") {
      while (i2 < text2.length && text2[i2] !== "\n") i2++;
    } else if (char === "/" && text2[i2 + 1] === "*") {
      const end = text2.indexOf("*/", i2 + 2);
      i2 = end < 0 ? text2.length : end + 2;
    } else if (char === "'") {
      let j = i2 + 1;
      for (; j < text2.length; j++) {
        if (text2[j] === "'" && text2[j + 1] === "'") j++;
        else if (text2[j] === "'") break;
      }
      tokens.push({ kind: "string", start: i2 + 1, end: j });
      i2 = j + 1;
    } else if (/[\p{L}\p{N}_$]/u.test(char)) {
      let j = i2;
      while (j < text2.length && /[\p{L}\p{N}_$.]/u.test(text2[j])) j++;
      tokens.push({ kind: "word", upper: text2.slice(i2, j).toUpperCase() });
      i2 = j;
    } else {
      tokens.push({ kind: "punct", char });
      i2++;
    }
  }
  return tokens;
}
function scanSql(sql, hole) {
  const encoded = new Encoded(sql, hole);
  const text2 = encoded.text;
  const tokens = sqlTokens(text2);
  const mentions = [];
  let statementStart = 0;
  const word = (index) => {
    const token = tokens[index];
    return token?.kind === "word" ? token.upper : void 0;
  };
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const token = tokens[i2];
    if (token.kind === "punct" && token.char === ";") statementStart = i2 + 1;
    if (token.kind !== "string") continue;
    const literal2 = text2.slice(token.start, token.end).replace(/''/g, "'");
    if (literal2.trim() === "") continue;
    const parts2 = encoded.decode(literal2);
    const isCopy = word(statementStart) === "COPY";
    const previous = word(i2 - 1);
    if (previous === "TO" && isCopy) mentions.push({ access: "write", parts: parts2 });
    else if (previous === "FROM") mentions.push({ access: "read", parts: parts2, glob: true });
    else if (readFunctionArgument(tokens, i2)) mentions.push({ access: "read", parts: parts2, glob: true });
  }
  return mentions;
}
function readFunctionArgument(tokens, index) {
  let i2 = index - 1;
  while (i2 >= 1) {
    const token = tokens[i2];
    if (token.kind === "punct" && token.char === "," && tokens[i2 - 1]?.kind === "string") i2 -= 2;
    else break;
  }
  if (tokens[i2]?.kind === "punct" && tokens[i2].char === "[") i2--;
  const open = tokens[i2];
  const name2 = tokens[i2 - 1];
  return open?.kind === "punct" && open.char === "(" && name2?.kind === "word" && SQL_READ_FUNCTIONS.has(name2.upper.slice(name2.upper.lastIndexOf(".") + 1).toLowerCase());
}
function sqlTableAccess(sql, hole) {
  const tokens = sqlTokens(new Encoded(sql, hole).text);
  const word = (index) => {
    const token = tokens[index];
    return token?.kind === "word" ? token.upper : void 0;
  };
  const punct = (index, char) => {
    const token = tokens[index];
    return token?.kind === "punct" && token.char === char;
  };
  const defined = /* @__PURE__ */ new Set();
  for (let i2 = 0; i2 + 2 < tokens.length; i2++)
    if (word(i2) !== void 0 && word(i2 + 1) === "AS" && punct(i2 + 2, "(")) defined.add(word(i2));
  let reads2 = false;
  let writes2 = false;
  let start2 = 0;
  const parens = [];
  for (let i2 = 0; i2 <= tokens.length; i2++) {
    if (i2 === tokens.length || punct(i2, ";")) {
      writes2 ||= statementWrites(tokens.slice(start2, i2));
      start2 = i2 + 1;
      parens.length = 0;
      continue;
    }
    if (punct(i2, "(")) parens.push(FROM_SYNTAX_FUNCTIONS.has(word(i2 - 1) ?? ""));
    else if (punct(i2, ")")) parens.pop();
    else if ((word(i2) === "FROM" || word(i2) === "JOIN") && word(i2 - 1) !== "DELETE" && !parens.includes(true)) {
      const name2 = word(i2 + 1);
      if (name2 !== void 0 && !punct(i2 + 2, "(") && !defined.has(name2) && !SQL_NOT_TABLES.has(name2))
        reads2 = true;
    }
  }
  return { reads: reads2, writes: writes2 };
}
function statementWrites(tokens) {
  const words = [];
  for (const token of tokens) {
    if (token.kind === "word") words.push(token.upper);
    else if (token.kind === "punct" && token.char === "(" && words.length === 0) continue;
    else break;
  }
  const [first, ...rest] = words;
  if (first === "INSERT" || first === "UPDATE" || first === "MERGE") return true;
  if (first === "CREATE") {
    const object = rest.findIndex((w) => w === "TABLE" || w === "VIEW");
    return object >= 0 && !rest.slice(0, object).some((w) => w === "TEMP" || w === "TEMPORARY");
  }
  if (first === "COPY") {
    const name2 = tokens.findIndex((t) => t.kind === "word" && t.upper !== "COPY");
    const next = tokens[name2 + 1];
    return name2 === 1 && next?.kind === "word" && next.upper === "FROM";
  }
  return false;
}
function parseShell(encoded, context) {
  const text2 = encoded.text;
  const commands = [];
  const local = /* @__PURE__ */ new Map();
  let current = { words: [], redirects: [], assignments: [] };
  let word;
  let pendingRedirect;
  let heredocs = [];
  const push = (fragment) => {
    word ??= [];
    const last2 = word.at(-1);
    if (typeof fragment === "string" && typeof last2 === "string") word[word.length - 1] = last2 + fragment;
    else word.push(fragment);
  };
  const pushText = (run2) => {
    if (!PRIVATE_USE.test(run2)) push(run2);
    else for (const fragment of encoded.decode(run2)) push(fragment);
  };
  const expand = (name2) => {
    const value = local.get(name2) ?? context.env(name2);
    push("");
    for (const fragment of value) push(fragment);
  };
  const endWord = () => {
    if (!word) return;
    const parts2 = word.filter((p) => p !== "");
    word = void 0;
    if (pendingRedirect) {
      current.redirects.push({ access: pendingRedirect, target: { parts: parts2 } });
      pendingRedirect = void 0;
      return;
    }
    const first = parts2[0];
    if (current.words.length === 0 && typeof first === "string" && /^[A-Za-z_]\w*=/.test(first)) {
      const name2 = first.slice(0, first.indexOf("="));
      const value = [first.slice(first.indexOf("=") + 1), ...parts2.slice(1)].filter((p) => p !== "");
      current.assignments.push({ name: name2, value: { parts: value } });
      local.set(name2, value);
      return;
    }
    current.words.push({ parts: parts2 });
  };
  const endCommand = () => {
    endWord();
    pendingRedirect = void 0;
    if (current.words.length > 0 || current.redirects.length > 0) commands.push(current);
    current = { words: [], redirects: [], assignments: [] };
  };
  let i2 = 0;
  while (i2 < text2.length) {
    PLAIN_RUN.lastIndex = i2;
    const plain = PLAIN_RUN.exec(text2);
    if (plain) {
      push(plain[0]);
      i2 += plain[0].length;
      continue;
    }
    const char = text2[i2];
    if (char === "\n" && heredocs.length > 0) {
      endCommand();
      for (const delimiter of heredocs) {
        const match = new RegExp(`\\n[\\t ]*${delimiter}[\\t ]*(?=\\n|$)`).exec(text2.slice(i2));
        i2 = match ? i2 + match.index + match[0].length : text2.length;
      }
      heredocs = [];
      continue;
    }
    if (char === "\\") {
      if (i2 + 1 < text2.length && text2[i2 + 1] !== "\n") pushText(text2[i2 + 1]);
      i2 += 2;
      continue;
    }
    if (char === "#" && word === void 0) {
      while (i2 < text2.length && text2[i2] !== "\n") i2++;
      continue;
    }
    if (char === "'") {
      const end = text2.indexOf("'", i2 + 1);
      pushText(text2.slice(i2 + 1, end < 0 ? text2.length : end));
      i2 = end < 0 ? text2.length : end + 1;
      continue;
    }
    if (char === '"') {
      push("");
      for (i2++; i2 < text2.length && text2[i2] !== '"'; ) {
        QUOTED_RUN.lastIndex = i2;
        const run2 = QUOTED_RUN.exec(text2);
        if (run2) {
          push(run2[0]);
          i2 += run2[0].length;
          continue;
        }
        const inner = text2[i2];
        if (inner === "\\" && i2 + 1 < text2.length) {
          if (text2[i2 + 1] !== "\n") pushText(text2[i2 + 1]);
          i2 += 2;
        } else if (inner === "$" || inner === "`") i2 = readExpansion(text2, i2, push, expand, context.hole);
        else {
          pushText(inner);
          i2++;
        }
      }
      i2++;
      continue;
    }
    if (char === "$" || char === "`") {
      i2 = readExpansion(text2, i2, push, expand, context.hole);
      continue;
    }
    const heredoc = /^<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(text2.slice(i2, i2 + 80));
    if (heredoc) {
      endWord();
      heredocs.push(heredoc[2]);
      i2 += heredoc[0].length;
      continue;
    }
    const duplicate = /^[0-9]?[<>]&[0-9-]/.exec(text2.slice(i2, i2 + 4));
    if (duplicate) {
      if (word && wordText(word) !== void 0 && /^[0-9]$/.test(wordText(word))) word = void 0;
      endWord();
      i2 += duplicate[0].length;
      continue;
    }
    const redirect = /^(?:>>|>\|?|&>>?|<(?![<(]))/.exec(text2.slice(i2, i2 + 3));
    if (redirect) {
      if (word && /^[0-9]$/.test(wordText(word) ?? "")) word = void 0;
      endWord();
      pendingRedirect = redirect[0].startsWith("<") ? "read" : "write";
      i2 += redirect[0].length;
      continue;
    }
    const operator = OPERATORS.find((op) => text2.startsWith(op, i2));
    if (operator) {
      endCommand();
      i2 += operator.length;
      continue;
    }
    if (word === void 0 && (char === "(" || char === ")" || char === "{" || char === "}")) {
      i2++;
      continue;
    }
    if (/\s/.test(char)) {
      endWord();
      i2++;
      continue;
    }
    pushText(char);
    i2++;
  }
  endCommand();
  return commands;
}
function wordText(word) {
  return word.every((p) => typeof p === "string") ? word.join("") : void 0;
}
function readExpansion(text2, i2, push, expand, hole) {
  if (text2[i2] === "`") {
    const end = text2.indexOf("`", i2 + 1);
    push(hole);
    return end < 0 ? text2.length : end + 1;
  }
  const rest = text2.slice(i2 + 1);
  if (rest.startsWith("(")) {
    let depth = 0;
    for (let j = i2 + 1; j < text2.length; j++) {
      if (text2[j] === "(") depth++;
      else if (text2[j] === ")" && --depth === 0) {
        push(hole);
        return j + 1;
      }
    }
    push(hole);
    return text2.length;
  }
  const braced = /^\{([A-Za-z_]\w*)\}/.exec(rest);
  if (braced) {
    expand(braced[1]);
    return i2 + 1 + braced[0].length;
  }
  if (rest.startsWith("{")) {
    const end = text2.indexOf("}", i2);
    push(hole);
    return end < 0 ? text2.length : end + 1;
  }
  const name2 = /^[A-Za-z_]\w*/.exec(rest);
  if (name2) {
    expand(name2[0]);
    return i2 + 1 + name2[0].length;
  }
  if (/^[0-9@*#?$!-]/.test(rest)) {
    push(hole);
    return i2 + 2;
  }
  push("$");
  return i2 + 1;
}
function text(word) {
  const first = word.parts[0];
  return word.parts.length === 1 && typeof first === "string" ? first : void 0;
}
function isOption(word) {
  const first = word.parts[0];
  return typeof first === "string" && first.startsWith("-") && first !== "-";
}
function commandName(word) {
  const name2 = text(word);
  return name2?.slice(name2.lastIndexOf("/") + 1);
}
function scanShell(command, context) {
  const withoutJinja = command.flatMap((fragment) => {
    if (typeof fragment !== "string") return [fragment];
    const parts2 = [];
    let last2 = 0;
    for (const match of fragment.matchAll(JINJA)) {
      parts2.push(fragment.slice(last2, match.index), context.hole);
      last2 = match.index + match[0].length;
    }
    parts2.push(fragment.slice(last2));
    return parts2;
  });
  const encoded = new Encoded(withoutJinja, context.hole);
  const mentions = [];
  let cwd = context.cwd;
  const place = (word) => {
    const first = word.parts[0];
    if (first === void 0) return void 0;
    if (typeof first === "string" && (first === "-" || WEB.test(first) || DEVICE.test(first)))
      return void 0;
    if (typeof first === "string" && !first.startsWith("/") && !first.startsWith("~") && !SCHEME.test(first) && cwd)
      return [...cwd, `/${first.replace(/^\.\//, "")}`, ...word.parts.slice(1)];
    return word.parts;
  };
  const plainPath = (word) => {
    const first = word.parts[0];
    if (first === void 0) return false;
    if (typeof first !== "string") return context.isPlace(first);
    return first.startsWith("/") && first.length > 1 || first.startsWith("~/") || first.startsWith("./") || first.startsWith("../") || SCHEME.test(first) && !WEB.test(first);
  };
  const add = (access, parts2) => {
    if (parts2 && parts2.length > 0) mentions.push({ access, parts: parts2 });
  };
  for (const simple of parseShell(encoded, context)) {
    for (const redirect of simple.redirects) add(redirect.access, place(redirect.target));
    let words = simple.words;
    while (words.length > 0 && PREFIX_COMMANDS.has(commandName(words[0]) ?? "")) {
      words = words.slice(1);
      while (words.length > 0 && (isOption(words[0]) || /^[0-9.]+[smhd]?$/.test(text(words[0]) ?? "")))
        words = words.slice(1);
    }
    const name2 = words[0] ? commandName(words[0]) : void 0;
    if (name2 === void 0) continue;
    const args2 = words.slice(1);
    const operands = args2.filter((w) => !isOption(w));
    if (name2 === "cd") {
      const target = operands[0];
      cwd = target ? place(target) : void 0;
      continue;
    }
    if (NO_DATA_COMMANDS.has(name2)) continue;
    if (WRITE_COMMANDS.has(name2)) {
      for (const operand of operands) add("write", place(operand));
    } else if (READ_COMMANDS.has(name2)) {
      for (const operand of operands) add("read", place(operand));
    } else if (PATTERN_COMMANDS.has(name2)) {
      const scriptFile = args2.some((w) => text(w) === "-f");
      for (const operand of scriptFile ? operands : operands.slice(1)) add("read", place(operand));
    } else if (COPY_COMMANDS.has(name2)) {
      if (operands.length >= 2) {
        for (const source of operands.slice(0, -1)) add("read", place(source));
        add("write", place(operands.at(-1)));
      }
    } else if (COMPRESSORS[name2]) {
      const { suffix, decompress } = COMPRESSORS[name2];
      const toStdout = args2.some((w) => /^-[a-z]*c/i.test(text(w) ?? "") || text(w) === "--stdout");
      const backwards = decompress || args2.some((w) => /^-[a-z]*d/i.test(text(w) ?? "") || text(w) === "--decompress");
      for (const operand of operands) {
        const source = place(operand);
        if (!source) continue;
        add("read", source);
        if (toStdout) continue;
        const last2 = source.at(-1);
        if (!backwards) add("write", [...source, suffix]);
        else if (typeof last2 === "string" && last2.endsWith(suffix))
          add(
            "write",
            [...source.slice(0, -1), last2.slice(0, -suffix.length)].filter((p) => p !== "")
          );
      }
    } else if (DESTINATION_FIRST[name2]) {
      const { values, flags: flags2 } = DESTINATION_FIRST[name2];
      const found = [];
      let known = true;
      for (let index = 0; index < args2.length; index++) {
        const word = args2[index];
        if (!isOption(word)) {
          if (found.length < 2 && word.parts.every((part) => part === context.hole)) {
            known = false;
            break;
          }
          found.push(word);
          continue;
        }
        const option = text(word);
        if (option !== void 0 && values.has(option)) index++;
        else if (option === void 0 || !flags2.has(option)) {
          known = false;
          break;
        }
      }
      const filePath = (word) => {
        const first = word?.parts[0];
        if (word === void 0 || first === void 0) return false;
        if (typeof first === "string") return plainPath(word) && !GDAL_VIRTUAL.test(first);
        return first !== context.hole;
      };
      if (known && found.length >= 2) {
        if (filePath(found[0])) add("write", place(found[0]));
        if (filePath(found[1])) add("read", place(found[1]));
      }
    } else if (name2 === "curl" || name2 === "wget") {
      args2.forEach((w, index) => {
        const option = text(w);
        const value = args2[index + 1];
        if (!value) return;
        if (name2 === "curl" && (option === "-o" || option === "--output") || name2 === "wget" && (option === "-O" || option === "--output-document"))
          add("write", place(value));
        else if (name2 === "curl" && (option === "-T" || option === "--upload-file"))
          add("read", place(value));
        else if (name2 === "curl" && /^(-d|--data|--data-binary|--data-raw|-F|--form)$/.test(option ?? "")) {
          const data = text(value);
          const at2 = data?.match(/^(?:[\w-]+=)?@(.+)$/);
          if (at2) add("read", place({ parts: [at2[1]] }));
        }
      });
    } else if (name2 === "aws" && text(args2[0] ?? { parts: [] }) === "s3" || name2 === "gsutil" || name2 === "gcloud") {
      const verbAt = operands.findIndex((w) => ["cp", "mv", "sync", "rsync"].includes(text(w) ?? ""));
      const paths = verbAt < 0 ? [] : operands.slice(verbAt + 1);
      if (paths.length >= 2) {
        for (const source of paths.slice(0, -1)) add("read", place(source));
        add("write", place(paths.at(-1)));
      }
    } else {
      let skipScript = SCRIPT_RUNNERS.has(name2);
      for (let index = 0; index < args2.length; index++) {
        const word = args2[index];
        const option = text(word);
        if (option !== void 0 && CODE_OPTIONS.has(option)) {
          index++;
          skipScript = false;
          continue;
        }
        if (isOption(word)) {
          const inline = /^(--?[\w-]+)=(.*)$/.exec(typeof word.parts[0] === "string" ? word.parts[0] : "");
          if (inline) {
            const value = { parts: [inline[2], ...word.parts.slice(1)].filter((p) => p !== "") };
            if (plainPath(value)) add(OUTPUT_OPTIONS.test(inline[1]) ? "write" : "read", place(value));
          } else if (option !== void 0 && OUTPUT_OPTIONS.test(option) && args2[index + 1] && plainPath(args2[index + 1])) {
            add("write", place(args2[++index]));
          }
          continue;
        }
        if (skipScript && (plainPath(word) || SCRIPT_FILE.test(option ?? ""))) {
          skipScript = false;
          continue;
        }
        if (plainPath(word)) add("read", place(word));
      }
    }
  }
  return mentions;
}
var Encoded, JINJA, SQL_READ_FUNCTIONS, FROM_SYNTAX_FUNCTIONS, SQL_NOT_TABLES, READ_COMMANDS, PATTERN_COMMANDS, WRITE_COMMANDS, COPY_COMMANDS, COMPRESSORS, NO_DATA_COMMANDS, SCRIPT_RUNNERS, SCRIPT_FILE, DESTINATION_FIRST, GDAL_VIRTUAL, PREFIX_COMMANDS, OUTPUT_OPTIONS, CODE_OPTIONS, OPERATORS, PLAIN_RUN, QUOTED_RUN, PRIVATE_USE, SCHEME, WEB, DEVICE;
var init_interpreters = __esm({
  "packages/python/src/interpreters.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    Encoded = class {
      text;
      values = [];
      constructor(fragments, hole) {
        let text2 = "";
        for (const fragment of fragments) {
          if (typeof fragment === "string") text2 += fragment.replace(/[\uE000-\uF8FF]/g, "");
          else text2 += this.add(fragment, hole);
        }
        this.text = text2;
      }
      /** The character standing for a value (the hole once the private-use area is used up). */
      add(value, hole) {
        if (this.values.length >= 63743 - 57344) value = hole;
        this.values.push(value);
        return String.fromCharCode(57344 + this.values.length - 1);
      }
      isValue(char) {
        const code = char.charCodeAt(0);
        return code >= 57344 && code < 57344 + this.values.length;
      }
      /** A run of the encoded text as fragments. */
      decode(text2) {
        const parts2 = [];
        let run2 = "";
        for (const char of text2) {
          if (this.isValue(char)) {
            if (run2) parts2.push(run2);
            run2 = "";
            parts2.push(this.values[char.charCodeAt(0) - 57344]);
          } else run2 += char;
        }
        if (run2) parts2.push(run2);
        return parts2;
      }
    };
    JINJA = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
    SQL_READ_FUNCTIONS = /* @__PURE__ */ new Set([
      "read_parquet",
      "parquet_scan",
      "read_csv",
      "read_csv_auto",
      "read_json",
      "read_json_auto",
      "read_json_objects",
      "read_ndjson",
      "read_ndjson_auto",
      "read_text",
      "read_blob",
      "read_xlsx",
      "delta_scan",
      "iceberg_scan"
    ]);
    FROM_SYNTAX_FUNCTIONS = /* @__PURE__ */ new Set(["EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "OVERLAY", "POSITION"]);
    SQL_NOT_TABLES = /* @__PURE__ */ new Set(["SELECT", "VALUES", "LATERAL", "STDIN"]);
    READ_COMMANDS = new Set(
      "cat tac head tail wc zcat bzcat xzcat less more md5sum sha1sum sha256sum sha512sum sort uniq cut paste diff cmp xxd od base64 csvlook csvcut csvstat iconv".split(
        " "
      )
    );
    PATTERN_COMMANDS = new Set("grep egrep fgrep awk gawk sed jq".split(" "));
    WRITE_COMMANDS = /* @__PURE__ */ new Set(["tee"]);
    COPY_COMMANDS = new Set("cp mv rsync scp install".split(" "));
    COMPRESSORS = {
      gzip: { suffix: ".gz" },
      gunzip: { suffix: ".gz", decompress: true },
      bzip2: { suffix: ".bz2" },
      bunzip2: { suffix: ".bz2", decompress: true },
      xz: { suffix: ".xz" },
      unxz: { suffix: ".xz", decompress: true },
      zstd: { suffix: ".zst" },
      unzstd: { suffix: ".zst", decompress: true }
    };
    NO_DATA_COMMANDS = new Set(
      "echo printf mkdir rm rmdir touch chmod chown chgrp ls cd pushd popd export unset set test [ [[ sleep true false exit kill pwd source . date env which whoami hostname wait trap read find du df stat".split(
        " "
      )
    );
    SCRIPT_RUNNERS = new Set(
      "python python2 python3 bash sh zsh Rscript node ruby perl php spark-submit java".split(" ")
    );
    SCRIPT_FILE = /^[\w./-]+\.(py|sh|bash|r|R|js|mjs|rb|pl|php|jar)$/;
    DESTINATION_FIRST = {
      ogr2ogr: {
        values: new Set(
          "-f -of -lco -dsco -oo -doo -nln -nlt -s_srs -t_srs -a_srs -ct -s_coord_epoch -t_coord_epoch -a_coord_epoch -sql -where -dialect -select -spat_srs -geomfield -clipsrcsql -clipsrclayer -clipsrcwhere -clipdstsql -clipdstlayer -clipdstwhere -dim -gt -fid -simplify -segmentize -mapFieldType -fieldTypeToString -fieldmap -zfield -maxsubfields -datelineoffset -mo -xyRes -zRes -mRes -limit -if".split(
            " "
          )
        ),
        flags: new Set(
          "-overwrite -append -update -upsert -skipfailures -progress -preserve_fid -unsetFid -makevalid -skipinvalid -splitlistfields -wrapdateline -explodecollections -forceNullable -unsetDefault -unsetFieldWidth -emptyStrAsNull -nomd -noNativeData -relaxedFieldNameMatch -addfields -q -quiet".split(
            " "
          )
        )
      }
    };
    GDAL_VIRTUAL = /^\/vsi/;
    PREFIX_COMMANDS = /* @__PURE__ */ new Set(["sudo", "time", "exec", "nohup", "nice", "timeout", "xargs", "command"]);
    OUTPUT_OPTIONS = /^--?(o|out|output|output[-_]?(file|path|dir)|dest|destination|target|to|save[-_]?(to|path)?)$/i;
    CODE_OPTIONS = /* @__PURE__ */ new Set(["-c", "-e", "--command", "--eval"]);
    OPERATORS = ["&&", "||", ";", "|", "&", "\n"];
    PLAIN_RUN = /[^\s'"\\$`#<>&|;(){}\uE000-\uF8FF]+/y;
    QUOTED_RUN = /[^"\\$`\uE000-\uF8FF]+/y;
    PRIVATE_USE = /[\uE000-\uF8FF]/;
    SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
    WEB = /^https?:\/\//i;
    DEVICE = /^\/(dev\/(?!shm\b)|proc\/|sys\/)/;
  }
});

// packages/python/src/locations.ts
function argumentsOf(call) {
  let byId = argumentsByTree.get(call.tree);
  if (!byId) {
    byId = /* @__PURE__ */ new Map();
    argumentsByTree.set(call.tree, byId);
  }
  let split = byId.get(call.id);
  if (!split) {
    split = callArguments(call);
    byId.set(call.id, split);
  }
  return split;
}
function argumentAt(call, slot2) {
  if (!slot2) return void 0;
  const { positional, keywords } = argumentsOf(call);
  if (slot2.keyword !== void 0 && keywords.has(slot2.keyword)) return keywords.get(slot2.keyword);
  for (const alias of slot2.aliases ?? []) if (keywords.has(alias)) return keywords.get(alias);
  if (slot2.index !== void 0) {
    const argument = positional[slot2.index];
    if (argument && argument.type !== "list_splat" && argument.type !== "dictionary_splat") return argument;
  }
  return void 0;
}
function literalPieces(text2, glob = false) {
  const pieces = [];
  const pattern = glob ? /\{\{.*?\}\}|\{%.*?%\}|\*+|\?|\[[^\]]*\]/g : JINJA2;
  let last2 = 0;
  for (const match of text2.matchAll(pattern)) {
    if (match.index > last2) pieces.push({ text: text2.slice(last2, match.index) });
    pieces.push(match[0].startsWith("{") ? HOLE2 : ANY3);
    last2 = match.index + match[0].length;
  }
  if (last2 < text2.length) pieces.push({ text: text2.slice(last2) });
  return pieces;
}
function startsAbsolute(pieces) {
  const first = pieces[0];
  return first !== void 0 && "text" in first && (first.text.startsWith("/") || SCHEME2.test(first.text));
}
function endsWithSlash(pieces) {
  const last2 = pieces.at(-1);
  return last2 !== void 0 && "text" in last2 && last2.text.endsWith("/");
}
function rootFlags(place) {
  return {
    ...place.temp ? { temp: place.temp } : {},
    ...place.stagingFallback ? { stagingFallback: place.stagingFallback } : {},
    ...place.staging ? { staging: place.staging } : {}
  };
}
function joinPlaces(parts2) {
  let result;
  for (const part of parts2) {
    if (!result || startsAbsolute(part.pieces)) {
      result = { ...part };
      delete result.handle;
      continue;
    }
    const separator = endsWithSlash(result.pieces) ? [] : [{ text: "/" }];
    result = {
      ...rootFlags(result),
      pieces: normalizePieces([...result.pieces, ...separator, ...part.pieces])
    };
  }
  return result;
}
function concatPlaces(left, right) {
  return { ...rootFlags(left), pieces: normalizePieces([...left.pieces, ...right.pieces]) };
}
function concatenated(parts2) {
  const [first, ...rest] = parts2;
  return first && rest.reduce(concatPlaces, first);
}
function unknownPlace() {
  return { pieces: [HOLE2] };
}
function dirnamePlace(place) {
  const last2 = place.pieces.at(-1);
  if (!last2 || !("text" in last2)) return void 0;
  const slash = last2.text.lastIndexOf("/");
  if (slash < 0) return void 0;
  const head = last2.text.slice(0, slash);
  return {
    ...rootFlags(place),
    pieces: normalizePieces([
      ...place.pieces.slice(0, -1),
      { text: head === "" && place.pieces.length === 1 ? "/" : head }
    ])
  };
}
function podLocalRoot(pieces) {
  const first = pieces[0];
  if (!first || !("text" in first)) return void 0;
  if (RELATIVE_FILE_URI.test(first.text))
    return {
      reason: "a relative `file://` path is in the worker's working directory, on the pod's own disk"
    };
  if (SCHEME2.test(first.text)) return void 0;
  const text2 = first.text;
  if (text2.startsWith("~")) return { reason: "`~` is the home directory on the pod's own disk" };
  if (text2.startsWith("/") || text2.startsWith("${")) return void 0;
  return { reason: "a relative path is in the worker's working directory, on the pod's own disk" };
}
function toLocation(place, display, settings) {
  const pieces = normalizePieces(place.pieces);
  const pattern = patternOf(pieces);
  const scheme = SCHEME2.exec(pattern)?.[1]?.toLowerCase();
  const medium = scheme !== void 0 && OBJECT_STORE_SCHEMES.has(scheme) ? "object-store" : "filesystem";
  let temp = place.temp;
  if (!temp && medium === "filesystem") {
    const prefix = settings.tempPrefixes.find(
      (p) => pattern === p || pattern.startsWith(p.endsWith("/") ? p : `${p}/`)
    );
    if (prefix) temp = { reason: `\`${prefix}\` is on the pod's own disk` };
    else temp = podLocalRoot(pieces);
  }
  const mount = medium === "filesystem" ? OBJECT_STORE_MOUNTS.find((m) => pattern.startsWith(m.path)) : void 0;
  return {
    pattern,
    medium,
    display,
    ...temp ? { temp } : {},
    ...place.stagingFallback ? { stagingFallback: place.stagingFallback } : {},
    ...place.staging && !temp ? { staging: place.staging } : {},
    ...mount && !temp ? {
      mount: {
        scheme: mount.scheme,
        key: mount.keyPrefix + pattern.slice(mount.path.length),
        bucket: mount.bucket
      }
    } : {}
  };
}
function unescapePython(text2) {
  if (!text2.includes("\\")) return text2;
  return text2.replace(/\\(\n|.)/g, (whole, char) => {
    switch (char) {
      case "\n":
        return "";
      case "n":
        return "\n";
      case "t":
        return "	";
      case "\\":
      case "'":
      case '"':
        return char;
      default:
        return whole;
    }
  });
}
function placeOfParts(parts2, glob) {
  const pieces = [];
  for (const part of parts2) {
    if (typeof part === "string") pieces.push(...literalPieces(part, glob));
    else pieces.push(...part.pieces);
  }
  const first = parts2[0];
  return {
    ...first !== void 0 && typeof first !== "string" ? rootFlags(first) : {},
    pieces: normalizePieces(pieces)
  };
}
function remotePlace(scheme, place, host) {
  const first = place.pieces[0];
  if (first && "text" in first && SCHEME2.test(first.text)) return place;
  return {
    pieces: normalizePieces([
      { text: `${scheme}://` },
      ...host?.pieces ?? [HOLE2],
      { text: "/" },
      ...stripLeadingSlash(place.pieces)
    ])
  };
}
function pathOnly(place) {
  const rest = { ...place };
  delete rest.pathObject;
  delete rest.directoryObject;
  delete rest.handle;
  return rest;
}
function stripLeadingSlash(pieces) {
  const first = pieces[0];
  if (first && "text" in first && first.text.startsWith("/"))
    return normalizePieces([{ text: first.text.replace(/^\/+/, "") }, ...pieces.slice(1)]);
  return [...pieces];
}
function enclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.has(current.type)) return current;
  }
  return void 0;
}
function contextManagerYields(fn) {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : void 0;
  const isContextManager = decorated?.namedChildren.some(
    (child) => child.type === "decorator" && /(^|\.)contextmanager$/.test(child.text.replace(/^@\s*/, "").trim())
  );
  if (!isContextManager) return [];
  const yielded = [];
  for (const node of fn.descendantsOfType("yield")) {
    const value = node.namedChild(0);
    if (value && enclosingFunction(node)?.id === fn.id) yielded.push(value);
  }
  return yielded;
}
var HOLE2, COMPREHENSIONS2, SCOPE_BOUNDARIES2, ANY3, JINJA2, SCHEME2, RELATIVE_FILE_URI, MAX_FRAME_DEPTH, MAX_CHASE, argumentsByTree, LocationResolver, MAX_ARGV_WORDS, HOLE_PLACE, TEXT_SAME_FUNCTIONS, TEXT_SAME_METHODS, FUNCTION_TYPES;
var init_locations = __esm({
  "packages/python/src/locations.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_storage();
    init_interpreters();
    init_consumptions();
    init_env_reads();
    init_syntax();
    HOLE2 = { hole: true };
    COMPREHENSIONS2 = /* @__PURE__ */ new Set([
      "list_comprehension",
      "set_comprehension",
      "dictionary_comprehension",
      "generator_expression"
    ]);
    SCOPE_BOUNDARIES2 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition", "module"]);
    ANY3 = { any: true };
    JINJA2 = /\{\{.*?\}\}|\{%.*?%\}/g;
    SCHEME2 = /^([a-z][a-z0-9+.-]*):\/\//i;
    RELATIVE_FILE_URI = /^file:\/\/(?![/$~])./i;
    MAX_FRAME_DEPTH = 4;
    MAX_CHASE = 40;
    argumentsByTree = /* @__PURE__ */ new WeakMap();
    LocationResolver = class _LocationResolver {
      constructor(context, bindings, settings, handoffs, importedConstant, file) {
        this.context = context;
        this.bindings = bindings;
        this.settings = settings;
        this.handoffs = handoffs;
        this.importedConstant = importedConstant;
        this.file = file;
      }
      context;
      bindings;
      settings;
      handoffs;
      importedConstant;
      file;
      cache = /* @__PURE__ */ new Map();
      receivers = /* @__PURE__ */ new Map();
      constants = /* @__PURE__ */ new Map();
      reachingCache = /* @__PURE__ */ new Map();
      returns = /* @__PURE__ */ new Map();
      parameters = /* @__PURE__ */ new Map();
      inProgress = /* @__PURE__ */ new Set();
      chaseDepth = 0;
      /** `Bindings.reaching`, remembered: the answer does not depend on the frame, and helper code is read once per call. */
      reaching(name2, use) {
        const key = `${use.id}\0${name2}`;
        let reaching = this.reachingCache.get(key);
        if (!reaching) {
          reaching = this.bindings.reaching(name2, use);
          this.reachingCache.set(key, reaching);
        }
        return reaching;
      }
      /** A task's own frame. */
      static taskFrame(task) {
        return task.fn ? { fn: task.fn, task, depth: 0 } : void 0;
      }
      /** A helper function entered from `call` in `caller`. */
      static helperFrame(fn, call, caller) {
        if (_LocationResolver.entered(fn, caller)) return void 0;
        return { fn, call, caller, task: caller.task, depth: caller.depth + 1 };
      }
      /** Whether `fn` may not be entered from `caller`: too deep, or already on the way (a cycle). */
      static entered(fn, caller) {
        if (caller.depth >= MAX_FRAME_DEPTH) return true;
        for (let frame = caller; frame; frame = frame.caller ?? frame.outer)
          if (frame.fn.id === fn.id && frame.fn.tree === fn.tree) return true;
        return false;
      }
      /** A function of another module entered from `call` in `caller`, its parameters bound. */
      static boundFrame(fn, caller, places) {
        if (_LocationResolver.entered(fn, caller)) return void 0;
        const key = JSON.stringify([...places].map(([name2, place]) => [name2, place ?? null]));
        return { fn, task: caller.task, depth: caller.depth + 1, bound: { places, key }, outer: caller };
      }
      frameKey(frame) {
        let key = `${frame.task.declaration.id}`;
        let f = frame;
        for (; f?.call; f = f.caller) key += `<${f.call.id}`;
        if (f?.bound) key += `|${f.bound.key}`;
        if (f?.instance) key += `|${f.instance.key}`;
        if (frame.element) key += `|for:${frame.element.key}`;
        return key;
      }
      /** The place an expression names, or undefined when it names none we can tell. */
      place(expression, frame) {
        const key = `${expression.id}@${this.frameKey(frame)}`;
        if (this.cache.has(key)) return this.cache.get(key);
        if (this.inProgress.has(key) || this.chaseDepth > MAX_CHASE) return void 0;
        this.inProgress.add(key);
        this.chaseDepth++;
        try {
          const place = this.compute(unparenthesize(expression), frame);
          this.cache.set(key, place);
          return place;
        } finally {
          this.chaseDepth--;
          this.inProgress.delete(key);
        }
      }
      /** Like `place`, but a part we cannot tell becomes a hole (inside a join or an f-string). */
      partOrHole(expression, frame) {
        const place = this.place(expression, frame);
        return place && !place.handle ? place : unknownPlace();
      }
      /** The place as a model location, with the expression as written for messages. */
      location(expression, frame) {
        const place = this.place(expression, frame);
        return place ? this.toLocation(place, expression) : void 0;
      }
      toLocation(place, written) {
        return toLocation(place, shortText(written), this.settings);
      }
      /** A glob pattern argument: `*`, `?` and `[…]` in its literal parts become holes. */
      globPlace(expression, frame) {
        const place = this.place(expression, frame);
        if (!place) return void 0;
        const pieces = place.pieces.flatMap((p) => "text" in p ? literalPieces(p.text, true) : [p]);
        return { ...place, pieces: normalizePieces(pieces) };
      }
      compute(node, frame) {
        switch (node.type) {
          case "string":
            return this.stringPlace(node, frame);
          case "concatenated_string": {
            const parts2 = [];
            for (const part of node.namedChildren) {
              const place = this.place(part, frame);
              if (!place) return void 0;
              parts2.push(place);
            }
            return parts2.slice(1).reduce(concatPlaces, parts2[0]);
          }
          case "identifier":
            return this.identifierPlace(node, frame);
          case "binary_operator":
            return this.binaryPlace(node, frame);
          case "boolean_operator":
            return this.orPlace(node, frame);
          case "call":
            return this.callPlace(node, frame);
          case "subscript":
            return this.subscriptPlace(node, frame);
          case "attribute":
            return this.attributePlace(node, frame);
          case "conditional_expression":
            return this.place(node.namedChild(0), frame) ?? this.place(node.namedChild(2), frame);
          default:
            return void 0;
        }
      }
      stringPlace(node, frame) {
        const prefix = node.child(0)?.text.toLowerCase() ?? "";
        const isFormat = prefix.includes("f");
        const pieces = [];
        for (const child of node.namedChildren) {
          if (child.type === "string_content" || child.type === "escape_sequence") {
            const text2 = isFormat ? child.text.replace(/\{\{/g, "{").replace(/\}\}/g, "}") : child.text;
            pieces.push(...literalPieces(text2));
          } else if (child.type === "interpolation") {
            const expression = child.namedChild(0);
            pieces.push(...expression ? this.partOrHole(expression, frame).pieces : [HOLE2]);
          }
        }
        const literal2 = stringLiteral(node);
        if (literal2 === void 0 && !isFormat) return void 0;
        const first = node.namedChildren.find((c) => c.type === "interpolation" || c.type === "string_content");
        const root = first?.type === "interpolation" && first.namedChild(0) ? this.place(first.namedChild(0), frame) : void 0;
        return { ...root ? rootFlags(root) : {}, pieces: normalizePieces(pieces) };
      }
      identifierPlace(node, frame) {
        const comprehended = this.comprehensionIterable(node);
        if (comprehended) return this.elementPlace(comprehended, frame);
        const reaching = this.reaching(node.text, node);
        for (const binding of reaching) {
          const place = this.isModuleConstant(node.text, binding) ? this.constantPlace(binding.value, frame) : this.bindingPlace(binding, frame);
          if (place) return place;
        }
        const imported = this.importedConstant && this.context.aliases.get(node.text);
        if (imported !== void 0 && reaching.length === 0) return this.importedConstant(imported, frame);
        return void 0;
      }
      /** The first parameter of a method (`self`). */
      selfName(fn) {
        let names3 = this.parameters.get(fn.id);
        if (!names3) {
          names3 = parameterNames(fn);
          this.parameters.set(fn.id, names3);
        }
        return names3[0];
      }
      /** A module-level constant of this resolver's module, entered from another module's code. */
      moduleConstantPlace(value, frame) {
        return this.constantPlace(value, frame);
      }
      isModuleConstant(name2, binding) {
        return binding.value !== void 0 && this.context.constants.get(name2)?.id === binding.value.id;
      }
      /** A module constant names the same place for every task: resolved once. */
      constantPlace(value, frame) {
        if (this.constants.has(value.id)) return this.constants.get(value.id);
        const place = this.place(value, frame);
        this.constants.set(value.id, place);
        return place;
      }
      bindingPlace(binding, frame) {
        switch (binding.kind) {
          case "assign": {
            if (!binding.value) return void 0;
            if (binding.index !== void 0) return this.unpackedPlace(binding.value, binding.index, frame);
            return this.place(binding.value, frame);
          }
          case "with": {
            if (!binding.value) return void 0;
            const place = this.place(binding.value, frame);
            return place?.directoryObject ? this.stripObject(place) : place;
          }
          case "for":
            if (frame.element && frame.element.target.id === binding.target.id) return frame.element.place;
            return binding.value ? this.elementPlace(binding.value, frame) : void 0;
          case "parameter":
            return this.parameterPlace(binding, frame);
          default:
            return void 0;
        }
      }
      /** `a, b = value`: element `index` of the value. */
      unpackedPlace(value, index, frame) {
        const node = unparenthesize(value);
        if (node.type === "tuple" || node.type === "list" || node.type === "expression_list") {
          const element = node.namedChildren[index];
          return element ? this.place(element, frame) : void 0;
        }
        if (node.type === "call") {
          const name2 = this.qualify(node.childForFieldName("function"));
          if (name2 && TEMPFILE_APIS.get(name2) === "fresh-file" && index === 1)
            return this.tempPlace(node, "fresh-file", frame);
        }
        return void 0;
      }
      /** The iterable of the comprehension clause `for NAME in iterable` that binds this use of NAME. */
      comprehensionIterable(node) {
        for (let current = node.parent; current; current = current.parent) {
          if (SCOPE_BOUNDARIES2.has(current.type)) return void 0;
          if (!COMPREHENSIONS2.has(current.type)) continue;
          for (const clause of current.namedChildren) {
            if (clause.type !== "for_in_clause") continue;
            const left = clause.childForFieldName("left");
            if (left?.type === "identifier" && left.text === node.text && left.id !== node.id)
              return clause.childForFieldName("right") ?? void 0;
          }
        }
        return void 0;
      }
      /** `for x in value`: an element of a listing is a path under the listed directory. */
      elementPlace(value, frame) {
        const node = unparenthesize(value);
        if (node.type !== "call") return void 0;
        const callee = node.childForFieldName("function");
        const name2 = this.qualify(callee);
        const { positional } = argumentsOf(node);
        if (name2 === "glob.glob" || name2 === "glob.iglob")
          return positional[0] ? this.globPlace(positional[0], frame) : void 0;
        if (name2 === "os.listdir") return { pieces: [ANY3] };
        if (callee?.type === "attribute") {
          const method = callee.childForFieldName("attribute")?.text;
          const object = callee.childForFieldName("object");
          if (method === "iterdir" || method === "glob" || method === "rglob") {
            const base = this.place(object, frame);
            if (!base?.pathObject) return void 0;
            const pattern = method === "iterdir" ? [ANY3] : positional[0] ? this.globPieces(positional[0], frame) : [ANY3];
            const joined = joinPlaces([base, { pieces: pattern }]);
            return joined ? { ...joined, pathObject: true } : void 0;
          }
        }
        return void 0;
      }
      globPieces(expression, frame) {
        return this.globPlace(expression, frame)?.pieces ?? [ANY3];
      }
      /**
       * A parameter: in a helper, the argument of the call that entered it; in a task function,
       * what the producing task handed off; otherwise its default value.
       */
      parameterPlace(binding, frame) {
        const owner = enclosingFunction(binding.target);
        if (!owner || owner.id !== frame.fn.id)
          return binding.value ? this.place(binding.value, frame) : void 0;
        const name2 = binding.target.text;
        if (frame.bound) {
          if (frame.bound.places.has(name2)) return frame.bound.places.get(name2);
          return binding.value ? this.place(binding.value, frame) : void 0;
        }
        if (frame.call && frame.caller) {
          let names3 = this.parameters.get(frame.fn.id);
          if (!names3) {
            names3 = parameterNames(frame.fn);
            this.parameters.set(frame.fn.id, names3);
          }
          const index = names3.indexOf(name2);
          const argument = argumentAt(frame.call, { keyword: name2, ...index >= 0 ? { index } : {} });
          if (argument) return this.place(argument, frame.caller);
          return binding.value ? this.place(binding.value, frame) : void 0;
        }
        for (const input of this.handoffs.inputsOf(frame.task, name2)) {
          const place = this.handedOffPlace(input.producer, input.key, input.item);
          if (place) return place;
        }
        const passedArguments = this.handoffs.argumentsOf?.(frame.task, name2) ?? [];
        if (passedArguments.length) {
          const [first] = passedArguments;
          const one = !passedArguments.some((a) => a.element) && passedArguments.every((a) => a.node.text === first.node.text);
          return one ? this.place(first.node, frame) : void 0;
        }
        const passed = this.operatorArgument(frame, name2);
        if (passed) return this.place(passed, frame);
        return binding.value ? this.place(binding.value, frame) : void 0;
      }
      /** What the operator running a task's function passes a parameter: `op_kwargs={…}`, `op_args=[…]`. */
      operatorArgument(frame, name2) {
        const { keywords } = frame.task;
        const kwargs = keywords.get("op_kwargs");
        if (kwargs) {
          const value = this.dictItems(kwargs).get(name2);
          if (value) return value;
        }
        const args2 = keywords.get("op_args");
        const list2 = args2 ? unparenthesize(args2) : void 0;
        if (list2?.type !== "list" && list2?.type !== "tuple") return void 0;
        let names3 = this.parameters.get(frame.fn.id);
        if (!names3) {
          names3 = parameterNames(frame.fn);
          this.parameters.set(frame.fn.id, names3);
        }
        const index = names3.indexOf(name2);
        const element = index >= 0 ? list2.namedChildren[index] : void 0;
        return element && element.type !== "list_splat" ? element : void 0;
      }
      /** What a producing task handed off under a key, as a place (an item of it with `item`). */
      handedOffPlace(producer, key, item) {
        const frame = _LocationResolver.taskFrame(producer);
        if (!frame) return void 0;
        for (const value of this.handoffs.handedOff(producer, key ?? "return_value")) {
          const node = item !== void 0 ? this.itemOf(value, item, frame) : value;
          const place = node ? this.place(node, frame) : void 0;
          if (place) return place;
        }
        if (key === void 0 && item !== void 0 && producer.fact.multipleOutputs)
          return this.handedOffPlace(producer, item);
        return void 0;
      }
      /** `{"raw": raw, …}["raw"]`: the dict literal's value for a key, following variables. */
      itemOf(value, item, frame, depth = 0) {
        const node = unparenthesize(value);
        if (node.type === "dictionary") {
          for (const pair of node.namedChildren) {
            if (pair.type === "pair" && stringLiteral(pair.childForFieldName("key")) === item)
              return pair.childForFieldName("value") ?? void 0;
          }
          return void 0;
        }
        if (node.type === "call" && this.qualify(node.childForFieldName("function")) === "dict")
          return argumentsOf(node).keywords.get(item);
        if (node.type === "identifier" && depth < 8) {
          const binding = this.reaching(node.text, node).find((b) => b.kind === "assign" && b.value);
          return binding?.value ? this.itemOf(binding.value, item, frame, depth + 1) : void 0;
        }
        return void 0;
      }
      binaryPlace(node, frame) {
        const operator = node.childForFieldName("operator")?.text;
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (operator === "+") {
          const leftPlace = this.place(left, frame);
          if (!leftPlace || leftPlace.handle) return void 0;
          return concatPlaces(leftPlace, this.partOrHole(right, frame));
        }
        if (operator === "/") {
          const leftPlace = this.place(left, frame);
          if (!leftPlace?.pathObject) return void 0;
          const joined = joinPlaces([leftPlace, this.partOrHole(right, frame)]);
          return joined ? { ...joined, pathObject: true } : void 0;
        }
        if (operator === "%") {
          const template = stringLiteral(left);
          if (template === void 0) return void 0;
          const operand = unparenthesize(right);
          const values = operand.type === "tuple" ? operand.namedChildren : [operand];
          return this.formatPlace(template.split(/%[sdr]/), values, frame);
        }
        return void 0;
      }
      /** `os.environ.get("X") or "/tmp"`: the fallback after `or`. */
      orPlace(node, frame) {
        if (node.childForFieldName("operator")?.text !== "or") return void 0;
        const left = unparenthesize(node.childForFieldName("left"));
        const right = node.childForFieldName("right");
        const env = this.envRead(left);
        if (env) return this.envPlace(env.variable, right, left, frame);
        return this.place(left, frame) ?? this.place(right, frame);
      }
      formatPlace(literals, values, frame) {
        const pieces = [];
        let root;
        literals.forEach((literal2, index) => {
          pieces.push(...literalPieces(literal2));
          if (index < literals.length - 1) {
            const value = values[index];
            const place = value ? this.partOrHole(value, frame) : unknownPlace();
            if (index === 0 && literal2 === "") root = place;
            pieces.push(...place.pieces);
          }
        });
        return { ...root ? rootFlags(root) : {}, pieces: normalizePieces(pieces) };
      }
      /** `os.environ.get("X")`, `os.getenv("X", d)`, `os.environ["X"]` → the variable and default. */
      envRead(node) {
        if (node.type === "subscript") {
          const mapping = this.qualify(node.childForFieldName("value"));
          const variable2 = stringLiteral(node.childForFieldName("subscript"));
          return mapping && ENV_MAPPINGS.has(mapping) && variable2 !== void 0 ? { variable: variable2 } : void 0;
        }
        if (node.type !== "call") return void 0;
        const read2 = envGet(node, this.context);
        if (read2 === void 0) return void 0;
        const { positional, keywords } = argumentsOf(node);
        const variable = stringLiteral(positional[0] ?? keywords.get("key"));
        if (variable === void 0) return void 0;
        const fallback = positional[1] ?? keywords.get("default");
        return { variable, ...fallback ? { fallback } : {}, ...read2.path ? { path: true } : {} };
      }
      envPlace(variable, fallback, read2, frame) {
        const pieces = [{ text: `\${${variable}}` }];
        if (TEMP_ENV_VARIABLES.has(variable))
          return { pieces, temp: { reason: `\`${variable}\` names the pod's own temporary directory` } };
        const fallbackPlace = fallback ? this.place(fallback, frame) : void 0;
        const fallbackLocation = fallbackPlace ? toLocation(fallbackPlace, shortText(fallback), this.settings) : void 0;
        if (fallbackLocation?.temp) {
          const shown = fallbackLocation.pattern.startsWith("{fresh") ? shortText(fallback) : fallbackLocation.pattern;
          return {
            pieces,
            temp: { reason: `\`${variable}\` falls back to \`${shown}\` (the pod's own disk) when unset` },
            stagingFallback: {
              variable,
              fallback: shown,
              required: requiredEnvRead(variable),
              span: spanOf(read2),
              ...this.file ? { file: this.file } : {}
            }
          };
        }
        if (this.settings.stagingVariables.includes(variable)) return { pieces, staging: { variable } };
        return { pieces };
      }
      callPlace(node, frame) {
        const callee = node.childForFieldName("function");
        const { positional, keywords } = argumentsOf(node);
        const env = this.envRead(node);
        if (env) {
          const place = this.envPlace(env.variable, env.fallback, node, frame);
          return env.path ? { ...place, pathObject: true } : place;
        }
        const name2 = this.qualify(callee);
        if (name2) {
          if (PATH_JOIN_FUNCTIONS.has(name2)) return joinPlaces(positional.map((p) => this.partOrHole(p, frame)));
          if (PATH_IDENTITY_FUNCTIONS.has(name2))
            return positional[0] ? this.stripObject(this.place(positional[0], frame)) : void 0;
          if (PATH_DIRNAME_FUNCTIONS.has(name2)) {
            const inner = positional[0] ? this.place(positional[0], frame) : void 0;
            return inner ? dirnamePlace(inner) : void 0;
          }
          const tempKind = TEMPFILE_APIS.get(name2);
          if (tempKind && tempKind !== "fresh-file") return this.tempPlace(node, tempKind, frame);
          if (AIRFLOW_VARIABLE_GETTERS.has(name2)) {
            const variable = stringLiteral(positional[0] ?? keywords.get("key"));
            return variable !== void 0 ? { pieces: [{ text: `\${var.${variable}}` }] } : void 0;
          }
          const constructor = RECEIVER_CONSTRUCTORS.get(name2);
          if (constructor?.kind === "path") {
            if (positional.length === 0) return void 0;
            const joined = joinPlaces(positional.map((p) => this.partOrHole(p, frame)));
            return joined ? { ...joined, pathObject: true } : void 0;
          }
          const api = STORAGE_FUNCTIONS.get(name2);
          if (api?.opener) {
            const path19 = argumentAt(node, api.effects[0]?.path);
            const inner = path19 ? this.place(path19, frame) : void 0;
            return inner ? { ...inner, handle: true } : void 0;
          }
          if (name2 === "dict") return void 0;
        }
        if (xcomPullArguments(node)) return this.pulledPlace(node, frame);
        if (callee.type === "attribute") {
          const method = callee.childForFieldName("attribute").text;
          const object = callee.childForFieldName("object");
          if (method === "format") {
            const template = stringLiteral(object);
            if (template === void 0) return void 0;
            return this.formatTemplatePlace(template, positional, keywords, frame);
          }
          const base = this.place(object, frame);
          if (base?.pathObject) {
            if (method === "joinpath") {
              const joined = joinPlaces([base, ...positional.map((p) => this.partOrHole(p, frame))]);
              return joined ? { ...joined, pathObject: true } : void 0;
            }
            if (PATH_SAME_PLACE_METHODS.has(method)) return base;
            if (method === "open") return { ...this.stripObject(base), handle: true };
          }
          const receiver = this.receiver(object, frame);
          if (receiver && RESULT_METHOD_NAMES.has(method)) {
            const effect = RECEIVER_METHODS[receiver.kind][method]?.effects.find((e) => e.result);
            if (effect) return this.effectPlaces(node, effect, frame, receiver, void 0)[0]?.place;
          }
          if (receiver?.kind === "filesystem" && method === "open") {
            const path19 = positional[0] ?? keywords.get("path");
            const inner = path19 ? this.placeWithScheme(path19, frame, receiver.scheme) : void 0;
            return inner ? { ...inner, handle: true } : void 0;
          }
          return void 0;
        }
        if (callee.type === "identifier") {
          const fn = this.context.functions.get(callee.text);
          if (fn && !this.isImportedName(callee)) return this.helperReturnPlace(fn, node, frame);
        }
        return void 0;
      }
      isImportedName(node) {
        return this.context.isImported(node);
      }
      /** `"{}/{}".format(a, b)`, `"{base}/x".format(base=…)`. */
      formatTemplatePlace(template, positional, keywords, frame) {
        const pieces = [];
        let next = 0;
        let root;
        let last2 = 0;
        for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
          pieces.push(...literalPieces(template.slice(last2, match.index)));
          const field = match[1].split(/[!:]/)[0];
          const value = field === "" ? positional[next++] : /^\d+$/.test(field) ? positional[Number(field)] : keywords.get(field);
          const place = value ? this.partOrHole(value, frame) : unknownPlace();
          if (match.index === 0) root = place;
          pieces.push(...place.pieces);
          last2 = match.index + match[0].length;
        }
        pieces.push(...literalPieces(template.slice(last2)));
        return { ...root ? rootFlags(root) : {}, pieces: normalizePieces(pieces) };
      }
      stripObject(place) {
        return place ? pathOnly(place) : void 0;
      }
      /** The place of something from `tempfile`: `/tmp/{fresh}` unless `dir=` puts it elsewhere. */
      tempPlace(node, kind, frame) {
        const api = shortText(node.childForFieldName("function"));
        if (kind === "dir")
          return {
            pieces: [{ text: "/tmp" }],
            temp: { reason: `\`${api}()\` is the pod's own temporary directory` }
          };
        const { keywords } = argumentsOf(node);
        const suffix = stringLiteral(keywords.get("suffix")) ?? "";
        const fresh = freshPiece(node.startPosition.row + 1, node.startPosition.column + 1);
        const dir = keywords.get("dir");
        const base = dir ? this.partOrHole(dir, frame) : { pieces: [{ text: "/tmp" }], temp: { reason: `\`${api}()\` makes its name on the pod's own disk` } };
        const place = joinPlaces([base, { pieces: normalizePieces([fresh, { text: suffix }]) }]);
        if (kind === "fresh-file-handle") return { ...place, handle: true };
        if (kind === "fresh-dir-handle") return { ...place, directoryObject: true };
        return place;
      }
      /** `ti.xcom_pull(task_ids="x")` (or `key="k"` alone, one task pushing it): what task x handed off. */
      pulledPlace(node, frame) {
        const pull = xcomPullArguments(node);
        const producer = pull && this.pulledProducer(pull, frame);
        return producer ? this.handedOffPlace(producer, pull.key) : void 0;
      }
      /** The one other task an `xcom_pull` takes from; undefined when none or several. */
      pulledProducer(pull, frame) {
        const dagId = frame.task.fact.dagId;
        const producers = pull.taskIds.length === 1 ? [this.handoffs.taskById(pull.taskIds[0], dagId)] : pull.anyTask ? this.handoffs.pulledFrom?.(pull, dagId) ?? [] : [];
        const only = producers.length === 1 ? producers[0] : void 0;
        return only && only !== frame.task ? only : void 0;
      }
      /** The expressions a function's own `return` statements give back. */
      returnedValues(fn) {
        return this.returnedBy(fn);
      }
      /** The expressions a function's own `return` statements give back (not nested functions'). */
      returnedBy(fn) {
        let returned = this.returns.get(fn.id);
        if (!returned) {
          returned = [];
          for (const statement of fn.descendantsOfType("return_statement")) {
            const value = statement.namedChild(0);
            if (value && enclosingFunction(statement)?.id === fn.id) returned.push(value);
          }
          this.returns.set(fn.id, returned);
        }
        return returned;
      }
      /** A helper's return value, with its parameters bound to the call's arguments. */
      helperReturnPlace(fn, call, frame) {
        const inner = _LocationResolver.helperFrame(fn, call, frame);
        if (!inner) return void 0;
        for (const value of this.returnedBy(fn)) {
          const place = this.place(value, inner);
          if (place) return place;
        }
        return void 0;
      }
      subscriptPlace(node, frame) {
        const env = this.envRead(node);
        if (env) return this.envPlace(env.variable, void 0, node, frame);
        const value = node.childForFieldName("value");
        const item = stringLiteral(node.childForFieldName("subscript"));
        if (item === void 0) return void 0;
        const object = unparenthesize(value);
        if (object.type === "identifier") {
          const binding = this.reaching(object.text, object)[0];
          if (binding?.kind === "parameter" && enclosingFunction(binding.target)?.id === frame.fn.id && !frame.call && !frame.bound) {
            for (const input of this.handoffs.inputsOf(frame.task, object.text)) {
              const place = this.handedOffPlace(input.producer, input.key, input.item ?? item);
              if (place) return place;
            }
            const passed2 = this.handoffs.argumentsOf?.(frame.task, object.text) ?? [];
            if (passed2.length !== 1 || passed2[0].element) return void 0;
            const itemNode2 = this.itemOf(passed2[0].node, item, frame);
            return itemNode2 ? this.place(itemNode2, frame) : void 0;
          }
          if (binding?.kind === "assign" && binding.value) {
            const pulled = unparenthesize(binding.value);
            if (pulled.type === "call" && xcomPullArguments(pulled)) {
              const pull = xcomPullArguments(pulled);
              const producer = this.pulledProducer(pull, frame);
              return producer ? this.handedOffPlace(producer, pull.key, item) : void 0;
            }
          }
        }
        const passed = this.contextTemplatesDict(object, frame);
        if (passed) {
          const itemNode2 = this.itemOf(passed, item, frame);
          return itemNode2 ? this.place(itemNode2, frame) : void 0;
        }
        const itemNode = this.itemOf(value, item, frame);
        return itemNode ? this.place(itemNode, frame) : void 0;
      }
      /** `context["templates_dict"]` where `context` is the task function's own `**context`. */
      contextTemplatesDict(node, frame) {
        if (node.type !== "subscript" || frame.call || frame.bound) return void 0;
        if (stringLiteral(node.childForFieldName("subscript")) !== "templates_dict") return void 0;
        const context = unparenthesize(node.childForFieldName("value"));
        if (context.type !== "identifier" || context.text !== contextParameter(frame.fn)) return void 0;
        const binding = this.reaching(context.text, context)[0];
        if (binding?.kind !== "parameter" || enclosingFunction(binding.target)?.id !== frame.fn.id)
          return void 0;
        const passed = this.handoffs.argumentsOf?.(frame.task, "templates_dict") ?? [];
        return passed.length === 1 && !passed[0].element ? passed[0].node : void 0;
      }
      attributePlace(node, frame) {
        const attribute = node.childForFieldName("attribute").text;
        const object = node.childForFieldName("object");
        if (frame.instance && object.type === "identifier" && object.text === this.selfName(frame.fn))
          return frame.instance.attributes.get(attribute);
        if (attribute === "name") {
          const inner = this.place(object, frame);
          return inner?.handle || inner?.directoryObject ? this.stripObject(inner) : void 0;
        }
        if (attribute === "parent") {
          const inner = this.place(object, frame);
          if (!inner?.pathObject) return void 0;
          const parent = dirnamePlace(inner);
          return parent ? { ...parent, pathObject: true } : void 0;
        }
        return void 0;
      }
      /** A path argument of a filesystem receiver: `bucket/key` without a scheme gets the receiver's. */
      placeWithScheme(expression, frame, scheme) {
        const place = this.place(expression, frame);
        if (!place || !scheme) return place;
        const first = place.pieces[0];
        if (first && "text" in first && (SCHEME2.test(first.text) || first.text.startsWith("/"))) return place;
        return { ...place, pieces: normalizePieces([{ text: `${scheme}://` }, ...place.pieces]) };
      }
      /** `s3://bucket/key` from a bucket and a key (a key that is already a URI wins). */
      bucketKeyPlace(bucket, key, frame, scheme, bucketPlace) {
        const keyPlace = key ? this.place(key, frame) : void 0;
        if (keyPlace) {
          const first = keyPlace.pieces[0];
          if (first && "text" in first && SCHEME2.test(first.text)) return keyPlace;
        }
        const bucketValue = bucketPlace ?? (bucket ? this.place(bucket, frame) : void 0);
        if (!bucketValue && !keyPlace) return void 0;
        const bucketPieces = bucketValue?.pieces ?? [HOLE2];
        const keyPieces = keyPlace ? stripLeadingSlash(keyPlace.pieces) : [];
        return {
          pieces: normalizePieces([
            { text: `${scheme}://` },
            ...bucketPieces,
            ...keyPlace ? [{ text: "/" }, ...keyPieces] : []
          ])
        };
      }
      /** What kind of receiver an expression is: `boto3.client("s3")`, `S3Hook(...)`, `Path(...)`. */
      receiver(expression, frame, depth = 0) {
        if (depth > 0) return this.computeReceiver(expression, frame, depth);
        const key = `${expression.id}@${this.frameKey(frame)}`;
        if (this.receivers.has(key)) return this.receivers.get(key);
        const receiver = this.computeReceiver(expression, frame, 0);
        this.receivers.set(key, receiver);
        return receiver;
      }
      computeReceiver(expression, frame, depth) {
        if (depth > 8) return void 0;
        const node = unparenthesize(expression);
        if (node.type === "identifier") {
          const binding = this.reaching(node.text, node).find((b) => b.value);
          if (!binding?.value) {
            const annotation = this.reaching(node.text, node)[0]?.annotation;
            const type = annotation ? this.qualify(annotation) : void 0;
            const known = type ? RECEIVER_CONSTRUCTORS.get(type) : void 0;
            return known && known.kind !== "path" ? { kind: known.kind, ...known.scheme ? { scheme: known.scheme } : {} } : void 0;
          }
          if (binding.kind === "for") {
            const place2 = this.place(node, frame);
            return place2?.pathObject ? { kind: "path", place: place2 } : void 0;
          }
          if (binding.kind !== "assign" && binding.kind !== "with") return void 0;
          return this.receiver(binding.value, frame, depth + 1);
        }
        if (node.type !== "call" && node.type !== "binary_operator" && node.type !== "attribute")
          return void 0;
        if (node.type === "call") {
          const callee = node.childForFieldName("function");
          if (callee.type === "identifier" && !this.isImportedName(callee)) {
            const fn = this.context.functions.get(callee.text);
            const inner = fn?.type === "function_definition" ? _LocationResolver.helperFrame(fn, node, frame) : void 0;
            if (inner) {
              for (const value of [...this.returnedBy(fn), ...contextManagerYields(fn)]) {
                const made = this.receiver(value, inner, depth + 1);
                if (made) return made;
              }
            }
          }
          const name2 = this.qualify(callee);
          const known = name2 ? RECEIVER_CONSTRUCTORS.get(name2) : void 0;
          if (known?.database) return this.databaseReceiver(node, known.kind, known.database, frame);
          if (known && known.kind !== "path")
            return this.madeReceiver(node, known.kind, known.scheme, known, frame, void 0);
          if (name2 && FILESYSTEM_FACTORIES.has(name2)) {
            const protocol = stringLiteral(argumentAt(node, { index: 0, keyword: "protocol" }));
            return { kind: "filesystem", ...protocol && protocol !== "file" ? { scheme: protocol } : {} };
          }
          if (callee.type === "attribute") {
            const method = callee.childForFieldName("attribute").text;
            const service = stringLiteral(argumentAt(node, { index: 0, keyword: "service_name" }));
            const factory = BOTO3_FACTORY_METHODS[method];
            if (factory && service === "s3") return { kind: factory, scheme: "s3" };
            const parent = this.receiver(callee.childForFieldName("object"), frame, depth + 1);
            const transition = parent ? RECEIVER_TRANSITIONS[parent.kind]?.[method] : void 0;
            if (parent && transition)
              return this.madeReceiver(node, transition.kind, parent.scheme, transition, frame, parent.bucket);
          }
        }
        if (node.type === "attribute") {
          if (node.text.endsWith(".meta.client")) {
            const resource = this.receiver(
              node.childForFieldName("object").childForFieldName("object"),
              frame,
              depth + 1
            );
            if (resource?.kind === "s3-resource") return { kind: "s3-client", scheme: "s3" };
          }
        }
        const place = this.place(node, frame);
        if (place?.pathObject) return { kind: "path", place };
        return void 0;
      }
      /** A connection to a database file: the file is its place (none for `:memory:` or no argument). */
      databaseReceiver(call, kind, database, frame) {
        const argument = argumentAt(call, database.path);
        const literal2 = argument ? stringLiteral(unparenthesize(argument)) : void 0;
        if (!argument || literal2 !== void 0 && database.notFiles?.includes(literal2)) return { kind };
        const place = this.place(argument, frame);
        return { kind, ...place ? { place } : {} };
      }
      /**
       * What a statement run on a database connection does to its file (`program.database`): read
       * when it reads a table by name, write when it makes or changes one.
       */
      programTables(call, program, frame) {
        const argument = argumentAt(call, program.argument);
        const fragments = argument ? this.fragments(argument, frame) : void 0;
        return fragments ? sqlTableAccess(fragments, HOLE_PLACE) : { reads: false, writes: false };
      }
      /**
       * A receiver made by a constructor or a transition: with a key it stands for that object (its
       * bucket from the arguments or the parent's), with only a bucket for that bucket.
       */
      madeReceiver(call, kind, schemeOf, slots, frame, parentBucket) {
        const scheme = schemeOf ?? "s3";
        if (slots.key) {
          const place = this.bucketKeyPlace(
            argumentAt(call, slots.bucket),
            argumentAt(call, slots.key),
            frame,
            scheme,
            parentBucket
          );
          return { kind, scheme, ...place ? { place } : {} };
        }
        if (slots.bucket) {
          const argument = argumentAt(call, slots.bucket);
          const bucket = argument ? this.place(argument, frame) : void 0;
          return { kind, scheme, ...bucket ? { bucket } : {} };
        }
        return {
          kind,
          ...schemeOf ? { scheme: schemeOf } : {},
          ...parentBucket ? { bucket: parentBucket } : {}
        };
      }
      /**
       * The places one catalog effect of a call names, each with the expression that names it (for
       * messages): a path argument (each element of a list with `each`), a bucket and key, the
       * receiver itself, a place the call makes.
       */
      effectPlaces(call, effect, frame, receiver, configuredScheme) {
        const scheme = receiver?.scheme ?? configuredScheme ?? "s3";
        if (effect.path) {
          const argument = argumentAt(call, effect.path);
          if (!argument) return [];
          const inner = unparenthesize(argument);
          const elements = effect.each && (inner.type === "list" || inner.type === "tuple") ? [...inner.namedChildren] : [argument];
          return elements.flatMap((element) => {
            const literal2 = effect.notFiles ? stringLiteral(unparenthesize(element)) : void 0;
            if (literal2 !== void 0 && effect.notFiles.includes(literal2)) return [];
            const found = effect.glob ? this.globPlace(element, frame) : receiver?.kind === "filesystem" ? this.placeWithScheme(element, frame, receiver.scheme) : this.place(element, frame);
            const place = found && effect.under ? joinPlaces([found, { pieces: [HOLE2] }]) : found;
            if (!place) return [];
            if (!effect.remote) return [{ place, written: element }];
            const hostArgument = argumentAt(call, effect.host);
            const host = hostArgument ? this.place(hostArgument, frame) : receiver?.bucket;
            return [{ place: remotePlace(effect.remote, place, host), written: element }];
          });
        }
        if (effect.freshUnder) {
          const dir = argumentAt(call, effect.freshUnder);
          const callee = shortText(call.childForFieldName("function"), 40);
          const base = dir ? this.partOrHole(dir, frame) : {
            pieces: [{ text: "/tmp" }],
            temp: { reason: `\`${callee}()\` makes its name on the pod's own disk` }
          };
          const fresh = freshPiece(call.startPosition.row + 1, call.startPosition.column + 1);
          return [{ place: joinPlaces([base, { pieces: [fresh] }]) }];
        }
        if (effect.made) {
          const made = this.place(call, frame);
          return made ? [{ place: pathOnly(made) }] : [];
        }
        if (effect.receiver) {
          const object = call.childForFieldName("function").childForFieldName("object") ?? void 0;
          if (effect.key && receiver?.bucket) {
            const key = argumentAt(call, effect.key);
            const place = this.bucketKeyPlace(void 0, key, frame, scheme, receiver.bucket);
            return place ? [{ place, ...key ? { written: key } : object ? { written: object } : {} }] : [];
          }
          return receiver?.place ? [{ place: receiver.place, ...object ? { written: object } : {} }] : [];
        }
        if (effect.bucket || effect.key) {
          const key = argumentAt(call, effect.key);
          const inner = key && effect.each ? unparenthesize(key) : void 0;
          const keys = inner && (inner.type === "list" || inner.type === "tuple") ? [...inner.namedChildren] : [key];
          return keys.flatMap((element) => {
            const place = this.bucketKeyPlace(argumentAt(call, effect.bucket), element, frame, scheme);
            return place ? [{ place, ...element ? { written: element } : {} }] : [];
          });
        }
        return [];
      }
      /** The effects a call's `choice` picks: by an argument's literal value or what an interpreter reads in it. */
      chosenEffects(call, choice, frame) {
        const argument = argumentAt(call, choice.argument);
        let value;
        if (!argument) value = choice.absent;
        else if (choice.interpreter === "copy-direction") {
          const fragments = this.fragments(argument, frame);
          value = fragments ? copyDirection(fragments, HOLE_PLACE) : void 0;
        } else {
          const inner = unparenthesize(argument);
          value = inner.type === "attribute" ? inner.childForFieldName("attribute").text.toLowerCase() : inner.type === "true" || inner.type === "false" ? inner.type : this.literalText(inner, frame)?.toLowerCase();
        }
        return value !== void 0 ? choice.cases[value] ?? [] : [];
      }
      /** The places a program argument (SQL, a shell command) reads and writes, by its interpreter. */
      programPlaces(call, program, frame) {
        const argument = argumentAt(call, program.argument);
        if (!argument) return [];
        const env = program.env ? argumentAt(call, program.env) : void 0;
        const cwd = program.cwd ? argumentAt(call, program.cwd) : void 0;
        return this.programText(argument, program.language, env, cwd, call, frame);
      }
      /**
       * The places a program's text reads and writes: `env` is the dict of its environment, `cwd`
       * its working directory (else a fresh temporary directory made at `anchor`).
       */
      programText(argument, language, envArgument, cwdArgument, anchor, frame) {
        const fragments = this.fragments(argument, frame);
        if (!fragments) return [];
        if (language === "sql") {
          if (!fragments.some((f) => typeof f !== "string" || f.includes("'"))) return [];
          return scanSql(fragments, HOLE_PLACE).map((m) => ({
            access: m.access,
            place: placeOfParts(m.parts, m.glob)
          }));
        }
        const env = this.dictItems(envArgument);
        if (!cwdArgument && fragments.every((f) => typeof f === "string" && !/[/~$`]/.test(f))) return [];
        const cwd = cwdArgument ? this.partOrHole(cwdArgument, frame) : {
          pieces: normalizePieces([
            { text: "/tmp/" },
            freshPiece(anchor.startPosition.row + 1, anchor.startPosition.column + 1)
          ]),
          temp: { reason: "the command runs in a fresh temporary directory on the pod's own disk" }
        };
        const mentions = scanShell(fragments, {
          hole: HOLE_PLACE,
          env: (name2) => {
            const value = env.get(name2);
            return [value ? this.partOrHole(value, frame) : this.envPlace(name2, void 0, anchor, frame)];
          },
          cwd: [cwd],
          // A value is a place when it looks like one: a variable's value alone (a key, a region) is not.
          isPlace: (place) => {
            const first = place.pieces[0];
            return first !== void 0 && "text" in first && /^(\/|~\/|\$\{|[a-z][a-z0-9+.-]*:\/\/)/i.test(first.text) && isPathLike(patternOf(place.pieces));
          }
        });
        return mentions.map((m) => ({ access: m.access, place: placeOfParts(m.parts, m.glob) }));
      }
      /** `{"A": x, …}` (or `dict(A=x)`): its items by literal key. */
      dictItems(node) {
        const items = /* @__PURE__ */ new Map();
        const inner = node ? unparenthesize(node) : void 0;
        if (inner?.type === "dictionary") {
          for (const pair of inner.namedChildren) {
            const key = pair.type === "pair" ? stringLiteral(pair.childForFieldName("key")) : void 0;
            if (key !== void 0) items.set(key, pair.childForFieldName("value"));
          }
        } else if (inner?.type === "call" && this.qualify(inner.childForFieldName("function")) === "dict") {
          for (const [key, value] of argumentsOf(inner).keywords) items.set(key, value);
        }
        return items;
      }
      /** The text of an expression when all of it is known (a literal, a constant). */
      literalText(node, frame) {
        const fragments = this.fragments(node, frame);
        return fragments?.every((f) => typeof f === "string") ? fragments.join("") : void 0;
      }
      /**
       * A string argument as text and resolved parts — literal runs as text, f-string fields and
       * unknown parts as places — for an interpreter to read: it keeps what each part is (a
       * staging variable, a temp directory) wherever the interpreter finds it.
       */
      fragments(expression, frame, depth = 0) {
        if (depth > 8) return void 0;
        const node = unparenthesize(expression);
        switch (node.type) {
          case "string": {
            const prefix = node.child(0)?.text.toLowerCase() ?? "";
            const isFormat = prefix.includes("f");
            const isRaw = prefix.includes("r");
            const fragments = [];
            for (const child of node.namedChildren) {
              if (child.type === "string_content") {
                let text2 = isRaw ? child.text : unescapePython(child.text);
                if (isFormat) text2 = text2.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
                fragments.push(text2);
              } else if (child.type === "interpolation") {
                const inner = child.namedChild(0);
                fragments.push(inner ? this.partOrHole(inner, frame) : HOLE_PLACE);
              }
            }
            return fragments;
          }
          case "concatenated_string": {
            const fragments = [];
            for (const part of node.namedChildren) {
              const inner = this.fragments(part, frame, depth + 1);
              if (!inner) return void 0;
              fragments.push(...inner);
            }
            return fragments;
          }
          case "list":
            return this.argvFragments(node.namedChildren, frame, depth);
          case "identifier": {
            for (const binding of this.reaching(node.text, node)) {
              if (binding.kind === "assign" && binding.value && binding.index === void 0) {
                if (unparenthesize(binding.value).type === "list") {
                  const words = this.builtList(binding, node);
                  return words ? this.argvFragments(words, frame, depth) : void 0;
                }
                return this.fragments(binding.value, frame, depth + 1);
              }
            }
            const place2 = this.place(node, frame);
            return place2 ? [place2] : void 0;
          }
          case "binary_operator": {
            if (node.childForFieldName("operator")?.text !== "+") break;
            const left = this.fragments(node.childForFieldName("left"), frame, depth + 1);
            const right = this.fragments(node.childForFieldName("right"), frame, depth + 1);
            if (!left && !right) return void 0;
            return [...left ?? [HOLE_PLACE], ...right ?? [HOLE_PLACE]];
          }
          case "call": {
            const callee = node.childForFieldName("function");
            const name2 = this.qualify(callee);
            const first = argumentsOf(node).positional[0];
            if (name2 && TEXT_SAME_FUNCTIONS.has(name2) && first) return this.fragments(first, frame, depth + 1);
            if (callee.type === "attribute" && TEXT_SAME_METHODS.has(callee.childForFieldName("attribute").text))
              return this.fragments(callee.childForFieldName("object"), frame, depth + 1);
            break;
          }
        }
        const place = this.place(node, frame);
        return place ? [pathOnly(place)] : void 0;
      }
      qualify(node) {
        return node ? this.context.qualify(node) : void 0;
      }
      /**
       * A command as a list of words (`subprocess.run([prog, "-o", out])`): each element one shell
       * word, single-quoted so the shell interpreter splits and expands nothing in it. A `*splat`
       * (how many words?) makes the command unknown.
       */
      argvFragments(elements, frame, depth) {
        if (elements.length > MAX_ARGV_WORDS) return void 0;
        const fragments = [];
        for (const element of elements) {
          if (element.type === "list_splat" || element.type === "comment") {
            if (element.type === "comment") continue;
            return void 0;
          }
          if (fragments.length > 0) fragments.push(" ");
          fragments.push("'");
          for (const fragment of this.fragments(element, frame, depth + 1) ?? [HOLE_PLACE])
            fragments.push(typeof fragment === "string" ? fragment.replace(/'/g, "'\\''") : fragment);
          fragments.push("'");
        }
        return fragments;
      }
      /**
       * The elements of a list variable as the code builds it before `use`: its list literal, then
       * each `name.append(x)` / `name.extend([…])` statement, in order, when every one stands in
       * the same block as the assignment (none under an `if`, a loop or a `try` of its own: then
       * which words the command has is not known) and the name is used in no other way in between.
       */
      builtList(binding, use) {
        const statement = binding.target.parent?.parent;
        const block = statement?.parent;
        if (binding.target.parent?.type !== "assignment" || statement?.type !== "expression_statement" || !block)
          return void 0;
        if (use.id > block.lastDescendantId || use.id - binding.target.id > 2e4) return void 0;
        const elements = [...unparenthesize(binding.value).namedChildren];
        const name2 = binding.target.text;
        for (let id = binding.target.id + 1; id < use.id; id++) {
          const node = binding.target.tree.node(id);
          if (node.type !== "identifier" || !node.hasText(name2) || node.startIndex < statement.endIndex) continue;
          const attribute = node.parent;
          const call = attribute?.parent;
          const method = attribute?.type === "attribute" ? attribute.childForFieldName("attribute")?.text : void 0;
          if (attribute?.childForFieldName("object") !== node || call?.type !== "call" || call.parent?.type !== "expression_statement" || call.parent.parent !== block)
            return void 0;
          const args2 = argumentsOf(call);
          const first = args2.positional[0];
          if (args2.positional.length !== 1 || args2.keywords.size > 0 || !first) return void 0;
          if (method === "append") elements.push(first);
          else if (method === "extend" && unparenthesize(first).type === "list")
            elements.push(...unparenthesize(first).namedChildren);
          else return void 0;
          if (elements.length > MAX_ARGV_WORDS) return void 0;
        }
        return elements;
      }
    };
    MAX_ARGV_WORDS = 64;
    HOLE_PLACE = { pieces: [HOLE2] };
    TEXT_SAME_FUNCTIONS = /* @__PURE__ */ new Set(["textwrap.dedent", "inspect.cleandoc", "str"]);
    TEXT_SAME_METHODS = /* @__PURE__ */ new Set(["strip", "lstrip", "rstrip"]);
    FUNCTION_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
  }
});

// packages/python/src/operator-classes.ts
function markerPlace(name2) {
  return { pieces: [{ text: `\uE000${name2}\uE000` }] };
}
function placeText(place) {
  let text2 = "";
  for (const piece of place.pieces) {
    if (!("text" in piece)) return void 0;
    text2 += piece.text;
  }
  return text2;
}
function markerName(place) {
  const text2 = place && placeText(place);
  return text2 === void 0 ? void 0 : ONE_MARKER.exec(text2)?.[1];
}
function hasMarker(place) {
  return place.pieces.some((piece) => "text" in piece && ANY_MARKER.test(piece.text));
}
function initParameters(init2) {
  const parameters = [];
  let kwargs;
  let keywordOnly = false;
  let position = 0;
  let first = true;
  for (const parameter of init2.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter.type === "comment") continue;
    const inner = parameter.type === "typed_parameter" && (parameter.namedChild(0)?.type === "list_splat_pattern" || parameter.namedChild(0)?.type === "dictionary_splat_pattern") ? parameter.namedChild(0) : parameter;
    if (inner.type === "keyword_separator" || inner.type === "list_splat_pattern") {
      keywordOnly = true;
      continue;
    }
    if (inner.type === "dictionary_splat_pattern") {
      kwargs = inner.namedChildren.find((c) => c.type === "identifier")?.text;
      continue;
    }
    if (inner.type === "positional_separator") continue;
    const name2 = inner.type === "identifier" ? inner : inner.childForFieldName("name") ?? inner.namedChildren.find((c) => c.type === "identifier");
    if (name2?.type !== "identifier") continue;
    if (first) {
      first = false;
      continue;
    }
    parameters.push({ name: name2.text, ...keywordOnly ? {} : { index: position } });
    position++;
  }
  return { parameters, ...kwargs !== void 0 ? { kwargs } : {} };
}
function classMethods(cls) {
  const methods = /* @__PURE__ */ new Map();
  for (const statement of cls.childForFieldName("body")?.namedChildren ?? []) {
    const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    const name2 = definition?.type === "function_definition" ? definition.childForFieldName("name")?.text : void 0;
    if (name2) methods.set(name2, definition);
  }
  return methods;
}
function baseExpressions(cls) {
  const bases = cls.childForFieldName("superclasses");
  return (bases?.namedChildren ?? []).filter(
    (base) => base.type === "identifier" || base.type === "attribute"
  );
}
function selfAssignments(method, within) {
  const self2 = firstParameter(method);
  if (self2 === void 0) return [];
  const found = [];
  for (const type of ["assignment", "augmented_assignment"]) {
    for (const assignment of within(method, type)) {
      if (ownerFunction(assignment) !== method) continue;
      const left = assignment.childForFieldName("left");
      const targets = left?.type === "pattern_list" || left?.type === "tuple_pattern" ? left.namedChildren : [left];
      for (const target of targets) {
        if (target?.type !== "attribute") continue;
        const object = target.childForFieldName("object");
        if (object?.type !== "identifier" || object.text !== self2) continue;
        const attribute = target.childForFieldName("attribute").text;
        const plain = type === "assignment" && targets.length === 1 && targets[0] === left;
        found.push({
          attribute,
          value: plain ? assignment.childForFieldName("right") ?? void 0 : void 0
        });
      }
    }
  }
  return found;
}
function firstParameter(fn) {
  const first = fn.childForFieldName("parameters")?.namedChildren.find((c) => c.type !== "comment");
  if (!first) return void 0;
  if (first.type === "identifier") return first.text;
  const name2 = first.childForFieldName("name") ?? first.namedChildren.find((c) => c.type === "identifier");
  return name2?.type === "identifier" ? name2.text : void 0;
}
function ownerFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "function_definition" || current.type === "lambda") return current;
    if (current.type === "class_definition") return void 0;
  }
  return void 0;
}
function isBaseInit(call, baseNames) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "__init__")
    return void 0;
  const object = callee.childForFieldName("object");
  if (object.type === "call" && object.childForFieldName("function")?.text === "super") return "super";
  if (baseNames.has(object.text)) return "explicit";
  return void 0;
}
function instanceMethod(fn) {
  if (!fn) return void 0;
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : void 0;
  for (const decorator of decorated?.namedChildren ?? []) {
    if (decorator.type !== "decorator") continue;
    const name2 = decorator.namedChild(0)?.text.split(".").pop();
    if (name2 && NOT_INSTANCE_METHODS.has(name2)) return void 0;
  }
  return fn;
}
function templateParts(place, slots) {
  const parts2 = [];
  let markers = 0;
  for (const piece of place.pieces) {
    if (!("text" in piece)) {
      parts2.push({ piece });
      continue;
    }
    let last2 = 0;
    for (const match of piece.text.matchAll(MARKER)) {
      if (match.index > last2) parts2.push({ piece: { text: piece.text.slice(last2, match.index) } });
      const slot2 = slots.get(match[1]);
      if (!slot2) return void 0;
      parts2.push({ slot: slot2 });
      markers++;
      last2 = match.index + match[0].length;
    }
    if (last2 < piece.text.length) parts2.push({ piece: { text: piece.text.slice(last2) } });
  }
  const first = parts2[0];
  if (markers === 0 || !first || "piece" in first && !("text" in first.piece)) return void 0;
  return parts2;
}
function summarize(ops, slots) {
  const effects = [];
  const templates = [];
  const seen = /* @__PURE__ */ new Set();
  let scheme;
  for (const { access, place } of ops) {
    const one = markerName(place);
    const text2 = one === void 0 ? placeText(place) : void 0;
    const bucketKey = text2 === void 0 ? void 0 : BUCKET_KEY.exec(text2);
    let effect;
    if (one !== void 0) {
      const path19 = slots.get(one);
      if (path19) effect = { access, path: path19 };
    } else if (bucketKey) {
      const bucket = slots.get(bucketKey[2]);
      const key = slots.get(bucketKey[3]);
      if (bucket && key && (scheme === void 0 || scheme === bucketKey[1])) {
        scheme = bucketKey[1];
        effect = { access, bucket, key };
      }
    }
    if (effect) {
      const id2 = JSON.stringify(effect);
      if (!seen.has(id2)) effects.push(effect);
      seen.add(id2);
      continue;
    }
    const parts2 = templateParts(place, slots);
    const id = JSON.stringify([access, parts2]);
    if (parts2 && !seen.has(id)) templates.push({ access, parts: parts2 });
    seen.add(id);
  }
  return { ...effects.length ? { api: { effects, ...scheme ? { scheme } : {} } } : {}, templates };
}
var MAX_BASE_LEVELS, MARKER, ANY_MARKER, ONE_MARKER, BUCKET_KEY, NOT_INSTANCE_METHODS;
var init_operator_classes = __esm({
  "packages/python/src/operator-classes.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    MAX_BASE_LEVELS = 2;
    MARKER = /\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000/gu;
    ANY_MARKER = /\uE000[\p{ID_Start}_][\p{ID_Continue}]*\uE000/u;
    ONE_MARKER = /^\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000$/u;
    BUCKET_KEY = /^([a-z][a-z0-9+.-]*):\/\/\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000\/\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000$/u;
    NOT_INSTANCE_METHODS = /* @__PURE__ */ new Set(["staticmethod", "classmethod", "property"]);
  }
});

// packages/python/src/storage.ts
function slot(value) {
  if (value === void 0) return void 0;
  return typeof value === "number" ? { index: value } : { keyword: value };
}
function storageKnowledge(options2) {
  const { apis, sanctioned, settings } = readStorageKnowledge(options2);
  const extraApis = /* @__PURE__ */ new Map();
  for (const api of apis) {
    const effect = { access: api.access };
    const path19 = slot(api.path);
    const bucket = slot(api.bucket);
    const key = slot(api.key);
    if (path19) effect.path = path19;
    if (bucket) effect.bucket = bucket;
    if (key) effect.key = key;
    const existing = extraApis.get(api.call);
    const effects = [...existing?.effects ?? [], effect];
    const scheme = api.scheme ?? existing?.scheme;
    extraApis.set(api.call, { effects, ...scheme ? { scheme } : {} });
  }
  return { extraApis, sanctioned, settings };
}
function summaryTask(cls) {
  return {
    fact: { id: "", span: spanOf(cls), style: "", returnRole: "discarded", multipleOutputs: false },
    declaration: cls,
    keywords: /* @__PURE__ */ new Map()
  };
}
function topLevelClasses(root) {
  let classes = topLevelClassCache.get(root);
  if (classes) return classes;
  classes = /* @__PURE__ */ new Map();
  const twice = /* @__PURE__ */ new Set();
  for (const child of root.namedChildren) {
    const cls = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (cls?.type !== "class_definition") continue;
    const name2 = cls.childForFieldName("name").text;
    if (classes.has(name2)) twice.add(name2);
    classes.set(name2, cls);
  }
  for (const name2 of twice) classes.delete(name2);
  topLevelClassCache.set(root, classes);
  return classes;
}
function classMethod(cls, name2) {
  const body2 = cls.childForFieldName("body");
  let found;
  for (const child of body2?.namedChildren ?? []) {
    const fn = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (fn?.type !== "function_definition" || fn.childForFieldName("name").text !== name2) continue;
    if (found) return void 0;
    const decorators = child.type === "decorated_definition" ? child.namedChildren.filter((c) => c.type === "decorator").map((d) => d.text.slice(1).trim()) : [];
    if (decorators.some((d) => d !== "staticmethod" && d !== "classmethod")) return void 0;
    found = {
      fn,
      kind: decorators.includes("staticmethod") ? "static" : decorators.includes("classmethod") ? "class" : "instance"
    };
  }
  return found;
}
function assignedOnce(cls, name2) {
  const init2 = classMethod(cls, "__init__");
  if (!init2 || init2.kind !== "instance") return void 0;
  let value;
  let count = 0;
  for (const assignment of cls.descendantsOfType(["assignment", "augmented_assignment"])) {
    const left = assignment.childForFieldName("left");
    if (left?.type !== "attribute" || left.childForFieldName("attribute").text !== name2) continue;
    count++;
    const fn = enclosingFunction(assignment);
    const self2 = init2.fn.childForFieldName("parameters")?.namedChildren[0];
    if (fn?.id === init2.fn.id && assignment.type === "assignment" && self2?.type === "identifier" && left.childForFieldName("object").text === self2.text)
      value = assignment.childForFieldName("right") ?? void 0;
  }
  return count === 1 ? value : void 0;
}
function extractStorage(module2, model) {
  if (module2.tasks.length === 0) return;
  const session = module2.project && module2.filePath ? { modules: module2.project, file: module2.filePath, extractors: /* @__PURE__ */ new Map() } : void 0;
  new StorageExtractor(module2, model, session).run();
}
var TRAILING_NAME, MAX_CONSTANT_NESTING, constantNesting, capturing, summaries, NO_HANDOFFS, StorageExtractor, topLevelClassCache, LOOP_SCOPES;
var init_storage2 = __esm({
  "packages/python/src/storage.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_storage();
    init_consumptions();
    init_locations();
    init_operator_classes();
    init_project();
    init_syntax();
    TRAILING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*$/u;
    MAX_CONSTANT_NESTING = 4;
    constantNesting = 0;
    summaries = /* @__PURE__ */ new WeakMap();
    NO_HANDOFFS = {
      inputsOf: () => [],
      handedOff: () => [],
      taskById: () => void 0
    };
    StorageExtractor = class _StorageExtractor {
      constructor(module2, model, session, imported, ops = [], knowledge) {
        this.module = module2;
        this.model = model;
        this.session = session;
        this.imported = imported;
        this.ops = ops;
        this.knowledge = knowledge ?? storageKnowledge(module2.options);
        let lookup = NO_HANDOFFS;
        if (!imported) {
          const inputs = taskInputs(module2);
          lookup = {
            inputsOf: (task, parameter) => (inputs.byTask.get(task) ?? []).filter((i2) => i2.parameter === parameter),
            handedOff: (producer, key) => module2.handoffValues.filter((h) => h.task === producer && h.fact.key === key).map((h) => h.value),
            taskById: (id, dagId) => taskById(module2.tasks, id, dagId),
            argumentsOf: (task, parameter) => inputs.arguments.get(task)?.get(parameter) ?? [],
            pulledFrom: (pull, dagId) => pulledProducers(module2, pull, dagId)
          };
        }
        this.resolver = new LocationResolver(
          module2.context,
          module2.bindings,
          this.knowledge.settings,
          lookup,
          session ? (qualified, frame) => this.importedConstant(qualified, frame) : void 0,
          imported?.file
        );
      }
      module;
      model;
      session;
      imported;
      ops;
      resolver;
      knowledge;
      callsByFn = /* @__PURE__ */ new Map();
      /**
       * `from common import SHARED_DIR`: the place a module-level constant of a repository module
       * names, read in that module (its own constants, environment reads, imports). Unknown past
       * `MAX_CONSTANT_NESTING` modules (a cycle of re-exports ends there too).
       */
      importedConstant(qualified, frame, hops = 0) {
        if (!this.session || !this.file || constantNesting >= MAX_CONSTANT_NESTING || hops >= MAX_CONSTANT_NESTING)
          return void 0;
        const dot = qualified.lastIndexOf(".");
        if (dot < 0) return void 0;
        const name2 = qualified.slice(dot + 1);
        const target = this.session.modules.module(qualified.slice(0, dot) || ".", this.file);
        if (!target || !name2) return void 0;
        const extractor = this.extractorFor(target);
        const value = target.context.constants.get(name2);
        constantNesting++;
        try {
          if (!value) {
            const reexported = target.context.aliases.get(name2);
            return reexported === void 0 ? void 0 : extractor.importedConstant(reexported, frame, hops + 1);
          }
          return extractor.resolver.moduleConstantPlace(value, {
            fn: target.root,
            task: frame.task,
            depth: frame.depth
          });
        } finally {
          constantNesting--;
        }
      }
      /** The file this extractor reads: the linted file, or an imported module. */
      get file() {
        return this.imported?.file ?? this.session?.file;
      }
      /** The extractor of an imported repository module (one per module for this linted file). */
      extractorFor(target) {
        const session = this.session;
        let extractor = session.extractors.get(target.file);
        if (!extractor) {
          const module2 = session.modules.pythonModule(target, this.module);
          extractor = new _StorageExtractor(module2, this.model, session, target, this.ops, this.knowledge);
          session.extractors.set(target.file, extractor);
        }
        return extractor;
      }
      /**
       * A function imported from the repository's own modules, called from `frame` (or run as the
       * task's callable): its reads and writes surface at `site`, its parameters bound to what the
       * caller passes (`argument(name, index)`, read in the caller's file). Unknown — nothing
       * recorded — when the module is not found, not readable, does not parse, or the call is
       * too deep or a cycle.
       */
      followImported(qualified, frame, site, argument) {
        if (!this.session || !this.file) return;
        const target = this.session.modules.resolveFunction(qualified, this.file);
        if (!target) return;
        const places = /* @__PURE__ */ new Map();
        parameterNames(target.fn).forEach((name2, index) => {
          const node = argument(name2, index);
          if (node) places.set(name2, this.resolver.place(node, frame));
        });
        const inner = LocationResolver.boundFrame(target.fn, frame, places);
        if (inner) this.extractorFor(target.module).collect(inner, site);
      }
      run() {
        for (const task of this.module.tasks) {
          const frame = LocationResolver.taskFrame(task);
          if (frame) this.collect(frame, void 0);
          if (frame) this.collectReturnedProgram(task, frame);
          if (!frame) this.collectImportedCallable(task);
          this.collectDeclaration(task);
        }
        this.model.storage.push(...this.ops);
        this.fillHandoffLocations();
      }
      /**
       * An operator whose arguments are files or objects (catalog rows, or a team's operator given
       * as `call` in `writeApis` / `readApis`): what the task reads and writes is in its declaration.
       */
      collectDeclaration(task) {
        const declaration = task.declaration;
        if (declaration.type !== "call") return;
        const inside = (fn) => declaration.startIndex >= fn.startIndex && declaration.endIndex <= fn.endIndex;
        if (this.module.tasks.some((other) => other !== task && other.fn && inside(other.fn))) return;
        const callee = declaration.childForFieldName("function");
        const qualified = this.module.context.qualify(callee);
        if (qualified === void 0) return;
        const configured = this.knowledge.extraApis.get(qualified);
        const api = configured ?? STORAGE_OPERATORS.get(qualified);
        const frame = { fn: enclosingFunction(declaration) ?? this.module.root, task, depth: 0 };
        const name2 = shortText(callee, 40);
        if (api) {
          const row2 = configured ? configuredRow(qualified) : catalogRow(qualified, "Python storage, operators");
          const frames = this.elementFrames(declaration, frame);
          for (const each of frames ?? [frame])
            this.record(declaration, { api, name: name2, row: row2, declaration: true }, each, void 0);
          return;
        }
        const ref = this.classAt(callee);
        const summary = ref && this.operatorSummary(ref);
        if (!ref || !summary) return;
        const row = repositoryClassRow(
          ref.name,
          ref.extractor.imported?.name ?? "this file",
          ref.cls.startPosition.row + 1
        );
        const matched = { api: summary.api ?? { effects: [] }, name: name2, row, declaration: true };
        if (summary.api) this.record(declaration, matched, frame, void 0);
        for (const template of summary.templates) this.applyTemplate(template, declaration, matched, frame);
      }
      /**
       * `for name in ["a", "b"]: Op(task_id=f"x_{name}", key=f"data/{name}.json")`: one frame per
       * element, the loop variable bound to it (the nearest `for` of the declaration's own scope, its
       * target one name, its iterable a list or tuple of at most 32 string literals, directly or as a
       * module constant). Anything else: undefined, the variable stays a hole.
       */
      elementFrames(declaration, frame) {
        let loop;
        for (let current = declaration.parent; current && current.id !== frame.fn.id; current = current.parent) {
          if (LOOP_SCOPES.has(current.type)) return void 0;
          if (current.type === "for_statement") {
            loop = current;
            break;
          }
        }
        const target = loop?.childForFieldName("left");
        let iterable = loop?.childForFieldName("right");
        if (!target || target.type !== "identifier" || !iterable) return void 0;
        iterable = unparenthesize(iterable);
        if (iterable.type === "identifier") {
          const constant = this.module.context.constants.get(iterable.text);
          iterable = constant ? unparenthesize(constant) : void 0;
        }
        if (!iterable || iterable.type !== "list" && iterable.type !== "tuple") return void 0;
        const elements = iterable.namedChildren;
        if (elements.length === 0 || elements.length > 32) return void 0;
        const literals = elements.map((element) => stringLiteral(element));
        if (literals.some((literal2) => literal2 === void 0)) return void 0;
        return literals.map((literal2) => ({
          ...frame,
          element: { target, place: { pieces: [{ text: literal2 }] }, key: `${target.id}=${literal2}` }
        }));
      }
      /** A place a repository operator builds from its keywords, with the values the declaration gives. */
      applyTemplate(template, declaration, matched, frame) {
        const parts2 = [];
        let written;
        for (const part of template.parts) {
          if ("piece" in part) {
            parts2.push({ pieces: [part.piece] });
            continue;
          }
          const argument = argumentAt(declaration, part.slot);
          const place2 = argument && this.resolver.place(argument, frame);
          if (!place2 || place2.handle) return;
          written ??= argument;
          parts2.push(place2);
        }
        const place = concatenated(parts2);
        if (place && written) this.push(template.access, place, written, declaration, matched, frame, void 0);
      }
      /**
       * The class an expression of this module names, when the repository defines it: a class of
       * this module, or one imported from a repository module the resolver finds. Undefined otherwise
       * (Airflow's and providers' classes, unreadable or unparsable modules).
       */
      classAt(expression) {
        const node = unparenthesize(expression);
        const context = this.module.context;
        if (node.type === "identifier" && !context.isImported(node)) {
          const cls = topLevelDefinition(this.module.root, node.text, "class_definition");
          return cls ? { extractor: this, cls, name: node.text } : void 0;
        }
        if (!this.session || !this.file || !context.isImported(node)) return void 0;
        const qualified = context.qualify(node);
        if (qualified === void 0) return void 0;
        if (!qualified.startsWith(".") && !mayBeProjectModule(qualified.split(".")[0])) return void 0;
        const found = this.session.modules.resolveClass(qualified, this.file);
        if (!found) return void 0;
        const name2 = found.fn.childForFieldName("name")?.text ?? qualified;
        return { extractor: this.extractorFor(found.module), cls: found.fn, name: name2 };
      }
      /** The knowledge a summary depends on, as a cache key. */
      knowledgeKey;
      /**
       * What an instance of a repository operator class reads and writes, as a row on its keywords
       * (`operator-classes.ts`); undefined when nothing is known. Cached per class definition and
       * storage knowledge, while the modules it looked up are the same.
       */
      operatorSummary(ref) {
        this.knowledgeKey ??= JSON.stringify([[...this.knowledge.extraApis], [...this.knowledge.sanctioned]]);
        let perClass = summaries.get(ref.cls);
        if (!perClass) {
          perClass = /* @__PURE__ */ new Map();
          summaries.set(ref.cls, perClass);
        }
        const cached2 = perClass.get(this.knowledgeKey);
        const modules = this.session?.modules;
        if (cached2 && (!modules || modules.replays(cached2.lookups))) return cached2.api;
        const { value, lookups } = modules ? modules.recording(() => this.computeSummary(ref)) : { value: this.computeSummary(ref), lookups: [] };
        perClass.set(this.knowledgeKey, { api: value, lookups });
        return value;
      }
      computeSummary(ref) {
        const chain = this.classChain(ref);
        if (!chain) return void 0;
        const task = summaryTask(ref.cls);
        const { attributes, slots } = this.instanceAttributes(chain, 0, task);
        for (const { extractor, cls } of chain) {
          for (const [name2, method2] of classMethods(cls)) {
            if (name2 === "__init__") continue;
            const within = (fn, type) => extractor.module.nodes.within(fn, type);
            for (const { attribute } of selfAssignments(method2, within)) attributes.set(attribute, void 0);
          }
        }
        const method = (name2) => {
          for (const { extractor, cls } of chain) {
            const defined = classMethods(cls).get(name2);
            const fn = instanceMethod(defined);
            if (defined) return fn && { fn, collect: (frame2) => extractor.collect(frame2, void 0) };
          }
          return void 0;
        };
        const execute = method("execute");
        if (!execute) return void 0;
        const instance2 = {
          attributes,
          key: JSON.stringify([...attributes].map(([name2, place]) => [name2, place ?? null])),
          method
        };
        const frame = {
          fn: execute.fn,
          task,
          depth: 1,
          bound: { places: /* @__PURE__ */ new Map(), key: "execute" },
          instance: instance2
        };
        const previous = capturing;
        const ops = [];
        capturing = ops;
        try {
          execute.collect(frame);
        } finally {
          capturing = previous;
        }
        return summarize(ops, slots);
      }
      /**
       * The class and its repository bases, nearest first (`MAX_BASE_LEVELS` above it); undefined
       * for a cycle or several repository bases (which attribute wins is the MRO's business).
       */
      classChain(ref) {
        const chain = [ref];
        const key = (r) => `${r.extractor.file ?? ""}:${r.cls.startIndex}`;
        const seen = /* @__PURE__ */ new Set([key(ref)]);
        for (let level = 0; level < MAX_BASE_LEVELS; level++) {
          const current = chain[chain.length - 1];
          const bases = baseExpressions(current.cls).flatMap((b) => current.extractor.classAt(b) ?? []);
          if (bases.length === 0) break;
          if (bases.length > 1) return void 0;
          if (seen.has(key(bases[0]))) return void 0;
          seen.add(key(bases[0]));
          chain.push(bases[0]);
        }
        return chain;
      }
      /**
       * The attributes `__init__` gives an instance of `chain[index]`, as places of markers of the
       * instance's keywords, and each keyword's slot at the instantiation.
       */
      instanceAttributes(chain, index, task) {
        const attributes = /* @__PURE__ */ new Map();
        const slots = /* @__PURE__ */ new Map();
        const ref = chain[index];
        if (!ref) return { attributes, slots };
        const defined = classMethods(ref.cls).get("__init__");
        const init2 = instanceMethod(defined);
        if (!init2) {
          return defined ? { attributes, slots } : this.instanceAttributes(chain, index + 1, task);
        }
        const { parameters, kwargs } = initParameters(init2);
        const places = /* @__PURE__ */ new Map();
        for (const parameter of parameters) {
          places.set(parameter.name, markerPlace(parameter.name));
          slots.set(parameter.name, {
            keyword: parameter.name,
            ...parameter.index !== void 0 ? { index: parameter.index } : {}
          });
        }
        const extractor = ref.extractor;
        const frame = {
          fn: init2,
          task,
          depth: 1,
          bound: { places, key: `init:${index}` }
        };
        const within = (fn, type) => extractor.module.nodes.within(fn, type);
        for (const { attribute, value } of selfAssignments(init2, within)) {
          const place = value ? extractor.resolver.place(value, frame) : void 0;
          if (attributes.has(attribute) && JSON.stringify(attributes.get(attribute)) !== JSON.stringify(place))
            attributes.set(attribute, void 0);
          else attributes.set(attribute, place);
        }
        const baseNames = new Set(baseExpressions(ref.cls).map((b) => b.text));
        const call = within(init2, "call").find((c) => isBaseInit(c, baseNames));
        if (call && chain[index + 1]) {
          const base = this.instanceAttributes(chain, index + 1, task);
          const { positional, keywords } = callArguments(call);
          const explicit = isBaseInit(call, baseNames) === "explicit";
          const passesKwargs = kwargs !== void 0 && call.childForFieldName("arguments")?.namedChildren.some((a) => a.type === "dictionary_splat" && a.namedChild(0)?.text === kwargs);
          for (const [attribute, place] of base.attributes) {
            if (attributes.has(attribute)) {
              attributes.set(attribute, void 0);
              continue;
            }
            const marker = markerName(place);
            if (place && marker === void 0) {
              attributes.set(attribute, hasMarker(place) ? void 0 : place);
              continue;
            }
            if (marker === void 0) {
              attributes.set(attribute, void 0);
              continue;
            }
            const slot2 = base.slots.get(marker);
            const byPosition = slot2?.index !== void 0 ? positional[slot2.index + (explicit ? 1 : 0)] : void 0;
            const argument = keywords.get(marker) ?? (byPosition?.type === "list_splat" ? void 0 : byPosition);
            if (argument) attributes.set(attribute, extractor.resolver.place(argument, frame));
            else if (passesKwargs && !places.has(marker)) {
              attributes.set(attribute, markerPlace(marker));
              slots.set(marker, { keyword: marker });
            } else attributes.set(attribute, void 0);
          }
        }
        return { attributes, slots };
      }
      /**
       * `PythonOperator(python_callable=fetch)` with `fetch` imported from the repository: what it
       * reads and writes surfaces at `python_callable=`, its parameters bound to `op_kwargs` and
       * `op_args` when those are literals here.
       */
      collectImportedCallable(task) {
        const callable = task.keywords.get("python_callable");
        if (!callable || !this.session) return;
        const node = unparenthesize(callable);
        if (node.type !== "identifier" && node.type !== "attribute" || !this.module.context.isImported(node))
          return;
        const qualified = this.module.context.qualify(node);
        if (qualified === void 0) return;
        const frame = { fn: enclosingFunction(task.declaration) ?? this.module.root, task, depth: 0 };
        const kwargs = task.keywords.get("op_kwargs");
        const dict = kwargs ? unparenthesize(kwargs) : void 0;
        const args2 = task.keywords.get("op_args");
        const list2 = args2 ? unparenthesize(args2) : void 0;
        this.followImported(qualified, frame, { node: callable, helper: shortText(node, 40) }, (name2, index) => {
          if (dict?.type === "dictionary") {
            for (const pair of dict.namedChildren)
              if (pair.type === "pair" && stringLiteral(pair.childForFieldName("key")) === name2)
                return pair.childForFieldName("value") ?? void 0;
          }
          if (list2?.type === "list" || list2?.type === "tuple") {
            const element = list2.namedChildren[index];
            if (element && element.type !== "list_splat") return element;
          }
          return void 0;
        });
      }
      /** `@task.bash`: the command its function returns is what the task runs. */
      collectReturnedProgram(task, frame) {
        const program = PROGRAM_TASKS.get(task.fact.style);
        if (!program) return;
        const env = program.env ? task.keywords.get(program.env) : void 0;
        const cwd = program.cwd ? task.keywords.get(program.cwd) : void 0;
        for (const returned of this.resolver.returnedValues(frame.fn)) {
          for (const { access, place } of this.resolver.programText(
            returned,
            program.language,
            env,
            cwd,
            task.declaration,
            frame
          ))
            this.ops.push({
              taskId: task.fact.id,
              ...task.fact.dagId !== void 0 ? { dagId: task.fact.dagId } : {},
              access,
              api: task.fact.style,
              location: this.resolver.toLocation(place, returned),
              span: spanOf(returned)
            });
        }
      }
      /** The calls in a function's code, nested functions included (they run in the same task). */
      callsIn(fn) {
        let calls = this.callsByFn.get(fn.id);
        if (!calls) {
          calls = this.module.nodes.within(fn, "call");
          this.callsByFn.set(fn.id, calls);
        }
        return calls;
      }
      collect(frame, site) {
        for (const call of this.callsIn(frame.fn)) {
          const callee = call.childForFieldName("function");
          if (!callee) continue;
          const qualified = this.module.context.qualify(callee);
          if (qualified !== void 0 && this.knowledge.sanctioned.has(qualified)) continue;
          const matched = this.match(callee, qualified, frame);
          if (matched) {
            this.record(call, matched, frame, site);
            continue;
          }
          this.followHelper(call, callee, frame, site);
        }
      }
      /** A function defined in this file, called from the task: its operations surface at the call. */
      followHelper(call, callee, frame, site) {
        if (frame.instance && callee.type === "attribute") {
          const object = callee.childForFieldName("object");
          if (object.type === "identifier" && object.text === firstParameter(frame.fn)) {
            this.followMethod(call, callee, frame);
            return;
          }
        }
        if (callee.type === "attribute" && !this.module.context.isImported(callee) && this.followClassMethod(call, callee, frame, site))
          return;
        if (this.session && this.module.context.isImported(callee)) {
          const qualified = this.module.context.qualify(callee);
          if (qualified === void 0) return;
          this.followImported(
            qualified,
            frame,
            site ?? { node: call, helper: shortText(callee, 40) },
            (name2, index) => argumentAt(call, { keyword: name2, index })
          );
          return;
        }
        if (callee.type !== "identifier" || this.module.context.isImported(callee)) return;
        const fn = this.module.context.functions.get(callee.text);
        if (!fn || fn.type !== "function_definition") return;
        if (fn.startIndex >= frame.fn.startIndex && fn.endIndex <= frame.fn.endIndex) return;
        const inner = LocationResolver.helperFrame(fn, call, frame);
        if (inner) this.collect(inner, site ?? { node: call, helper: callee.text });
      }
      /**
       * A method of a class defined at this module's top level, called on the class
       * (`Storage.save_jsonl(data, path)`, a `@staticmethod`) or on an instance the code makes
       * (`Integration(config).merchants.fetch_and_save()`: `Integration(…)` is an instance, and
       * `.merchants` the instance of the one class `__init__` assigns it, `self.merchants =
       * MerchantsEndpoint(client)`, when no other line of the class assigns it). The method's
       * parameters are bound to the call's arguments; `self.X` stays unknown. Anything else
       * (a local variable, a base class, an attribute assigned twice): not followed.
       */
      followClassMethod(call, callee, frame, site) {
        const object = unparenthesize(callee.childForFieldName("object"));
        const name2 = callee.childForFieldName("attribute").text;
        let method;
        let skip;
        const named = object.type === "identifier" ? this.moduleClass(object) : void 0;
        if (named) {
          const found = classMethod(named, name2);
          if (!found || found.kind === "instance") return false;
          method = found.fn;
          skip = found.kind === "class" ? 1 : 0;
        } else {
          const cls = this.instanceClass(object, 0);
          const found = cls ? classMethod(cls, name2) : void 0;
          if (!found || found.kind !== "instance") return false;
          method = found.fn;
          skip = 1;
        }
        if (LocationResolver.entered(method, frame)) return true;
        const places = /* @__PURE__ */ new Map();
        parameterNames(method).slice(skip).forEach((parameter, index) => {
          const argument = argumentAt(call, { keyword: parameter, index });
          if (argument) places.set(parameter, this.resolver.place(argument, frame));
        });
        const inner = LocationResolver.boundFrame(method, frame, places);
        if (inner) this.collect(inner, site ?? { node: call, helper: shortText(callee, 40) });
        return true;
      }
      /** A class defined at the top level of this module, named by this identifier (not shadowed by an import). */
      moduleClass(identifier) {
        if (identifier.type !== "identifier" || this.module.context.isImported(identifier)) return void 0;
        return topLevelClasses(this.module.root).get(identifier.text);
      }
      /** The class of an instance the expression makes: `Cls(…)`, or `.attr` of one, as `__init__` assigns it. */
      instanceClass(expression, depth) {
        if (depth > 4) return void 0;
        const node = unparenthesize(expression);
        if (node.type === "call") return this.moduleClass(node.childForFieldName("function"));
        if (node.type !== "attribute") return void 0;
        const owner = this.instanceClass(node.childForFieldName("object"), depth + 1);
        const value = owner ? assignedOnce(owner, node.childForFieldName("attribute").text) : void 0;
        return value && unparenthesize(value).type === "call" ? this.instanceClass(value, depth + 1) : void 0;
      }
      /** `self.load(path)` in an operator class's method: that method of the class, its parameters bound. */
      followMethod(call, callee, frame) {
        const method = frame.instance.method?.(callee.childForFieldName("attribute").text);
        if (!method || LocationResolver.entered(method.fn, frame)) return;
        const places = /* @__PURE__ */ new Map();
        parameterNames(method.fn).slice(1).forEach((name2, index) => {
          const argument = argumentAt(call, { keyword: name2, index });
          if (argument) places.set(name2, this.resolver.place(argument, frame));
        });
        const key = JSON.stringify([...places].map(([name2, place]) => [name2, place ?? null]));
        method.collect({
          fn: method.fn,
          task: frame.task,
          depth: frame.depth + 1,
          bound: { places, key: `${call.id}:${key}` },
          outer: frame,
          instance: frame.instance
        });
      }
      match(callee, qualified, frame) {
        if (qualified !== void 0) {
          const configured2 = this.knowledge.extraApis.get(qualified);
          if (configured2)
            return {
              api: configured2,
              name: qualified.split(".").slice(-2).join("."),
              row: configuredRow(qualified)
            };
          const known = STORAGE_FUNCTIONS.get(qualified) ?? STORAGE_OPERATORS.get(qualified);
          if (known && !this.isLocalFunction(callee))
            return {
              api: known,
              name: shortText(callee, 40),
              row: catalogRow(
                qualified,
                `Python storage, ${STORAGE_FUNCTIONS.has(qualified) ? "functions and classes" : "operators"}`
              )
            };
        }
        if (callee.type !== "attribute") return void 0;
        const calleeText = callee.text;
        const method = TRAILING_NAME.exec(calleeText)[0];
        const configured = this.knowledge.extraApis.get(`.${method}`);
        if (!configured && !KNOWN_METHOD_NAMES.has(method)) return void 0;
        const object = callee.childForFieldName("object");
        const name2 = dottedParts(object) || calleeText.length <= 40 ? shortText(callee, 40) : `\u2026.${method}`;
        if (configured) return { api: configured, name: name2, row: configuredRow(`.${method}`) };
        const receiver = this.resolver.receiver(object, frame);
        if (receiver) {
          const api = RECEIVER_METHODS[receiver.kind][method];
          return api ? {
            api,
            name: name2,
            receiver,
            row: catalogRow(`.${method}`, `Python storage, methods of: ${RECEIVER_NAMES[receiver.kind]}`)
          } : void 0;
        }
        const any = ANY_RECEIVER_METHODS.get(method);
        return any ? { api: any, name: name2, row: catalogRow(`.${method}`, "Python storage, methods on any receiver") } : void 0;
      }
      /** `open` defined in this file is not the builtin. */
      isLocalFunction(callee) {
        return callee.type === "identifier" && this.module.context.functions.has(callee.text);
      }
      record(call, matched, frame, site) {
        const { api, receiver } = matched;
        let openerAccess;
        if (api.opener) {
          const modeNode = argumentAt(call, api.opener.mode);
          const mode = modeNode ? stringLiteral(modeNode) : api.opener.defaultMode;
          if (mode === void 0) return;
          openerAccess = /[wax+]/.test(mode) ? "write" : "read";
        }
        const effects = api.choice ? [...api.effects, ...this.resolver.chosenEffects(call, api.choice, frame)] : api.effects;
        for (const effect of effects) {
          for (const { place, written } of this.resolver.effectPlaces(
            call,
            effect,
            frame,
            receiver,
            api.scheme
          )) {
            if (place.handle) continue;
            this.push(openerAccess ?? effect.access, place, written ?? call, call, matched, frame, site);
          }
        }
        if (api.program) {
          const written = argumentAt(call, api.program.argument) ?? call;
          for (const { access, place } of this.resolver.programPlaces(call, api.program, frame))
            this.push(access, place, written, call, matched, frame, site);
          if (api.program.database && receiver?.place) {
            const tables = this.resolver.programTables(call, api.program, frame);
            if (tables.writes) this.push("write", receiver.place, written, call, matched, frame, site);
            if (tables.reads) this.push("read", receiver.place, written, call, matched, frame, site);
          }
        }
      }
      push(access, place, written, call, matched, frame, site) {
        if (capturing) {
          capturing.push({ access, place });
          return;
        }
        this.ops.push({
          taskId: frame.task.fact.id,
          ...frame.task.fact.dagId !== void 0 ? { dagId: frame.task.fact.dagId } : {},
          access,
          api: site ? `${site.helper}() \u2192 ${matched.name}` : matched.name,
          matchedBy: matched.row,
          location: this.resolver.toLocation(place, written),
          // An operator's declaration is long: its finding points at the argument that names the place.
          // A same-file helper's write is reported at the helper's own line (once, whichever tasks
          // call it); an imported helper's, at the call in the linted file; a read, at the call.
          span: spanOf(
            site && (this.imported || access === "read") ? site.node : matched.declaration ? written : call
          ),
          ...site && !this.imported && access === "write" ? { calledAt: spanOf(site.node) } : {},
          ...this.imported ? { origin: { file: this.imported.file, name: this.imported.name, span: spanOf(call) } } : {}
        });
      }
      /** The places each handoff refers to: the value itself, or paths inside a dict / list it builds. */
      fillHandoffLocations() {
        for (const { fact, value, task } of this.module.handoffValues) {
          const frame = LocationResolver.taskFrame(task);
          if (!frame) continue;
          const seen = /* @__PURE__ */ new Set();
          for (const node of [...this.candidates(value), ...this.appended(value, task)]) {
            const location = this.resolver.location(node, frame);
            if (!location || seen.has(location.pattern) || !isPathLike(location.pattern)) continue;
            seen.add(location.pattern);
            fact.locations.push(location);
          }
        }
      }
      /**
       * A handed-off name bound once to a list literal, then filled in the task's code:
       * `files = []`, `files.append(key)`, `return files` — the appended values.
       */
      appended(value, task) {
        const node = unparenthesize(value);
        if (node.type !== "identifier" || !task.fn) return [];
        const reaching = this.module.bindings.reaching(node.text, node);
        const only = reaching.length === 1 ? reaching[0] : void 0;
        if (only?.kind !== "assign" || only.index !== void 0 || only.value?.type !== "list") return [];
        const found = [];
        for (const call of this.module.nodes.within(task.fn, "call")) {
          const callee = call.childForFieldName("function");
          if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "append") continue;
          const object = callee.childForFieldName("object");
          if (object?.type !== "identifier" || object.text !== node.text) continue;
          const argument = callArguments(call).positional[0];
          if (argument) found.push(argument);
        }
        return found;
      }
      /** A handed-off expression and the entries of a dict, list or tuple literal it is (one level). */
      candidates(value) {
        const node = unparenthesize(value);
        if (node.type === "dictionary")
          return node.namedChildren.flatMap(
            (pair) => pair.type === "pair" ? [pair.childForFieldName("value")] : []
          );
        if (node.type === "list" || node.type === "tuple") return [...node.namedChildren];
        return [node];
      }
    };
    topLevelClassCache = /* @__PURE__ */ new WeakMap();
    LOOP_SCOPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
  }
});

// packages/python/src/index.ts
var src_exports = {};
__export(src_exports, {
  Bindings: () => Bindings,
  CATALOG_TRIGGER_NAMES: () => CATALOG_TRIGGER_NAMES,
  ModuleContext: () => ModuleContext,
  NodeIndex: () => NodeIndex,
  PARSER_ENV: () => PARSER_ENV,
  SCOPE_TYPES: () => SCOPE_TYPES,
  SUPPRESSION_MARKER: () => SUPPRESSION_MARKER,
  SyntaxNode: () => SyntaxNode,
  SyntaxTree: () => SyntaxTree,
  analyzePython: () => analyzePython,
  analyzePythonFully: () => analyzePythonFully,
  freePythonTree: () => freePythonTree,
  initPythonParser: () => initPythonParser,
  mayConcernRules: () => mayConcernRules,
  ownDescendantsOfType: () => ownDescendantsOfType,
  parsePython: () => parsePython,
  parseSuppression: () => parseSuppression,
  parseSyntaxTree: () => parseSyntaxTree,
  pythonFrontend: () => pythonFrontend,
  pythonParserInfo: () => pythonParserInfo,
  selectPythonParser: () => selectPythonParser
});
import path7 from "node:path";
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
function analyzePython(source, filePath, options2 = {}, project) {
  if (!mayConcernRules(source, options2)) return emptyModel(filePath, "python");
  return analyzePythonFully(source, filePath, options2, project);
}
function analyzePythonFully(source, filePath, options2 = {}, project) {
  const model = emptyModel(filePath, "python");
  source = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
  try {
    const tree = parseSyntaxTree(source);
    const root = tree.rootNode;
    const syntaxError = syntaxErrorDiagnostic(root);
    if (syntaxError) model.diagnostics.push(syntaxError);
    const tooDeep = tree.rootNode.hasError || tree.depth > MAX_BRACKET_NESTING ? nestingDiagnostic(source) : void 0;
    if (tooDeep) model.diagnostics.push(tooDeep);
    const nodes = new NodeIndex(root);
    const context = new ModuleContext(tree, nodes);
    const configured = new Set(readStorageKnowledge(options2).apis.map((api) => api.call));
    const { dags, tasks } = discoverTasks(root, context, nodes, configured);
    if (tooDeep) {
      for (const { fact } of tasks) {
        if (fact.span.line <= tooDeep.span.line && tooDeep.span.line <= fact.span.endLine)
          fact.unsound = true;
      }
    }
    model.dags = dags;
    model.tasks = tasks.map((t) => t.fact);
    model.suppressions = collectSuppressions(root, source);
    const module2 = {
      source,
      root,
      context,
      nodes,
      bindings: new Bindings(context),
      tasks,
      options: options2,
      handoffValues: [],
      ...project ? { project: new ProjectModules(project), filePath: path7.resolve(filePath) } : {}
    };
    for (const extract of extractors) extract(module2, model);
  } catch (error) {
    const reason = isStackOverflow(error) ? "the code is nested too deeply to analyse" : `internal error: ${error.message}`;
    return {
      ...emptyModel(filePath, "python"),
      diagnostics: [
        {
          fatal: true,
          message: `File not analysed: ${reason}.`,
          span: { line: 1, column: 1, endLine: 1, endColumn: 1 }
        }
      ]
    };
  }
  return model;
}
var extractors, pythonFrontend;
var init_src2 = __esm({
  "packages/python/src/index.ts"() {
    "use strict";
    init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
    init_src();
    init_bindings();
    init_diagnostics();
    init_module_context();
    init_node_index();
    init_syntax_tree();
    init_suppressions();
    init_consumptions();
    init_env_reads();
    init_handoffs();
    init_prefilter();
    init_project();
    init_storage2();
    init_tasks();
    init_module_context();
    init_node_index();
    init_bindings();
    init_parse();
    init_syntax_tree();
    init_suppressions();
    init_prefilter();
    extractors = [extractHandoffs, extractConsumptions, extractStorage, extractEnvReads];
    pythonFrontend = {
      language: "python",
      extensions: PYTHON_EXTENSIONS,
      analyze: analyzePython
    };
  }
});

// packages/engine/src/lint-worker.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src2();
import { parentPort, workerData } from "node:worker_threads";

// packages/engine/src/engine.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import path18 from "node:path";

// rules/index.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// rules/atomic-staging-write/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// rules/storage-handoffs.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
function atoms(pattern) {
  const out2 = [];
  for (const piece of parsePattern(pattern)) {
    if ("text" in piece) for (const char of piece.text) out2.push({ char });
    else out2.push(piece);
  }
  return out2;
}
function isAnchored(pattern) {
  return /^(\/|[a-z][a-z0-9+.-]*:\/\/|\$\{)/i.test(pattern);
}
function segmentCount(pattern) {
  return pattern.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/").filter((segment) => hasLiteral(segment) || containsFresh(segment)).length;
}
function atomsMatch(write2, read2) {
  const rows = write2.length + 1;
  const cols = read2.length + 1;
  let previous = new Array(cols).fill(false);
  previous[0] = true;
  for (let j = 1; j < cols; j++) {
    const atom = read2[j - 1];
    previous[j] = previous[j - 1] && ("any" in atom || "rest" in atom);
  }
  for (let i2 = 1; i2 < rows; i2++) {
    const current = new Array(cols).fill(false);
    const w = write2[i2 - 1];
    for (let j = 1; j < cols; j++) {
      const r = read2[j - 1];
      if ("rest" in r) {
        current[j] = current[j - 1] || previous[j] || previous[j - 1];
      } else if ("any" in r) {
        current[j] = current[j - 1] || !("fresh" in w) && (previous[j] || previous[j - 1]);
      } else if ("hole" in r) {
        current[j] = previous[j - 1] && ("hole" in w || "any" in w);
      } else if ("char" in r) {
        current[j] = previous[j - 1] && "char" in w && w.char === r.char;
      } else {
        current[j] = previous[j - 1] && "fresh" in w && w.fresh === r.fresh;
      }
    }
    previous = current;
  }
  return previous[cols - 1];
}
function locationsMatch(write2, read2) {
  if (!hasLiteral(write2.pattern) || !hasLiteral(read2.pattern)) return false;
  if (write2.pattern === read2.pattern) return true;
  if (!isAnchored(read2.pattern) || !isAnchored(write2.pattern)) return false;
  if (segmentCount(read2.pattern) < 2) return false;
  const writeAtoms = atoms(write2.pattern);
  if (atomsMatch(writeAtoms, atoms(read2.pattern))) return true;
  const directory = read2.pattern.replace(/\/+$/, "");
  return atomsMatch(writeAtoms, [...atoms(directory), { char: "/" }, { rest: true }]);
}
function handedOnMatches(write2, handed) {
  if (locationsMatch(write2, handed)) return true;
  if (write2.medium !== "object-store" || isAnchored(handed.pattern)) return false;
  const key = handed.pattern.replace(/\/+$/, "");
  if (segmentCount(key) < 2) return false;
  const withoutBucket = write2.pattern.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\//i, "");
  if (withoutBucket === write2.pattern) return false;
  return withoutBucket === key || withoutBucket.startsWith(`${key}/`);
}
function mountMatches(write2, read2) {
  const mounted = write2.mount ? write2 : read2.mount ? read2 : void 0;
  const object = mounted === write2 ? read2 : write2;
  if (!mounted?.mount || object.mount) return false;
  const key = unnamedBucketKey(object.pattern, mounted.mount.scheme);
  if (key === void 0 || segmentCount(key) < 3 || segmentCount(mounted.mount.key) < 3) return false;
  const asPath = (pattern, from) => ({ ...from, pattern: `/${pattern}` });
  return mounted === write2 ? locationsMatch(asPath(mounted.mount.key, write2), asPath(key, read2)) : locationsMatch(asPath(key, write2), asPath(mounted.mount.key, read2));
}
function unnamedBucketKey(pattern, scheme) {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/(.+)$/i.exec(pattern);
  if (!match || scheme !== void 0 && match[1].toLowerCase() !== scheme) return void 0;
  const bucket = match[2];
  return bucket === HOLE || /^\$\{[^}]+\}$/.test(bucket) ? match[3] : void 0;
}
function describeLocation(location) {
  return describePattern(location.pattern);
}
function spanKey(span) {
  return `${span.line}:${span.column}`;
}
function precedes(a, b) {
  return a.line < b.line || a.line === b.line && a.column < b.column;
}
function siteOf(op) {
  return op.calledAt ?? op.span;
}
var computed = /* @__PURE__ */ new WeakMap();
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
  const matches = (write2, read2) => {
    const key = `${write2.pattern}\0${read2.pattern}`;
    let result = matchCache.get(key);
    if (result === void 0) {
      result = locationsMatch(write2, read2);
      matchCache.set(key, result);
    }
    return result;
  };
  const writes2 = model.storage.filter((op) => op.access === "write");
  const candidateReads = readIndex(model.storage.filter((op) => op.access === "read"));
  const mountable = (location) => location.mount !== void 0 || unnamedBucketKey(location.pattern) !== void 0;
  const mountReads = model.storage.filter((op) => op.access === "read" && mountable(op.location));
  const sameData = (write2, read2) => matches(write2, read2) || (write2.mount || read2.mount) !== void 0 && mountMatches(write2, read2);
  const writesByTask = groupBy(writes2, taskKey);
  const upstreamOf = upstreamByConsumption(model, taskKey);
  const readsBy = /* @__PURE__ */ new Map();
  for (const op of model.storage) {
    if (op.access !== "read") continue;
    const key = taskKey(op);
    const spans = readsBy.get(key) ?? /* @__PURE__ */ new Set();
    spans.add(spanKey(op.span));
    readsBy.set(key, spans);
  }
  const handoffsByTask = groupBy(model.handoffs, (h) => h.taskId);
  const consumptionsByProducer = groupBy(model.consumptions, (c) => c.fromTaskId);
  const handoffs = [];
  const reported = /* @__PURE__ */ new Set();
  const ordered = [...writes2].sort(
    (a, b) => precedes(siteOf(a), siteOf(b)) ? -1 : precedes(siteOf(b), siteOf(a)) ? 1 : 0
  );
  for (const write2 of ordered) {
    const writer = taskKey(write2);
    const dag = dagOf(write2);
    const dedupKey = `${writer}\0${write2.location.pattern}`;
    if (reported.has(dedupKey)) continue;
    const consumers = /* @__PURE__ */ new Map();
    const candidates = candidateReads(write2.location.pattern);
    if (mountable(write2.location)) candidates.push(...mountReads);
    for (const read2 of candidates) {
      const reader = taskKey(read2);
      if (reader === writer || dagOf(read2) !== dag) continue;
      if (consumers.get(read2.taskId)?.how === "read") continue;
      if (!sameData(write2.location, read2.location)) continue;
      if (upstreamOf(writer).has(reader)) continue;
      if (readsBy.get(writer)?.has(spanKey(read2.span))) continue;
      const ownFirst = (writesByTask.get(reader) ?? []).some(
        (own) => (precedes(siteOf(own), read2.span) || spanKey(siteOf(own)) === spanKey(read2.span)) && sameData(own.location, read2.location)
      );
      if (ownFirst) continue;
      consumers.set(read2.taskId, { taskId: read2.taskId, how: "read", span: read2.span });
    }
    for (const handoff of handoffsByTask.get(write2.taskId) ?? []) {
      if (!handoff.locations.some((handed) => handedOnMatches(write2.location, handed))) continue;
      for (const consumption of consumptionsByProducer.get(write2.taskId) ?? []) {
        if (dagOf(consumption) !== dag || consumption.taskId === write2.taskId) continue;
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
      const handed = (handoffsByTask.get(write2.taskId) ?? []).find(
        (handoff) => handoff.locations.some((location) => handedOnMatches(write2.location, location))
      );
      if (handed)
        consumers.set(write2.taskId, {
          taskId: write2.taskId,
          how: handed.channel === "xcom-push" || handed.channel === "set-xcom" ? "pushed" : "returned",
          span: handed.span,
          ...handed.key !== "return_value" ? { key: handed.key } : {}
        });
    }
    if (consumers.size === 0) continue;
    reported.add(dedupKey);
    handoffs.push({ write: write2, consumers: [...consumers.values()], callers: [], handedOnly });
  }
  return mergeHelperWrites(handoffs, dagOf);
}
function mergeHelperWrites(handoffs, dagOf) {
  const merged = [];
  const byWrite = /* @__PURE__ */ new Map();
  for (const handoff of handoffs) {
    const { write: write2 } = handoff;
    if (!write2.calledAt) {
      merged.push(handoff);
      continue;
    }
    const caller = { taskId: write2.taskId, span: write2.calledAt };
    const { medium, temp, staging, stagingFallback } = write2.location;
    const kind = `${medium}:${temp ? "temp" : ""}:${staging ? "staging" : ""}:${stagingFallback?.variable ?? ""}`;
    const key = `${dagOf(write2)}\0${spanKey(write2.span)}\0${kind}`;
    const existing = byWrite.get(key);
    if (!existing) {
      const entry = { ...handoff, consumers: [...handoff.consumers], callers: [caller] };
      byWrite.set(key, entry);
      merged.push(entry);
      continue;
    }
    if (!existing.callers.some((c) => c.taskId === caller.taskId)) existing.callers.push(caller);
    const consumers = handoff.handedOnly ? [] : handoff.consumers;
    if (existing.handedOnly && consumers.length > 0) {
      existing.consumers = [];
      existing.handedOnly = false;
    }
    for (const consumer of consumers)
      if (!existing.consumers.some((c) => c.taskId === consumer.taskId)) existing.consumers.push(consumer);
  }
  return merged;
}
function readIndex(reads2) {
  const byPath = /* @__PURE__ */ new Map();
  const templated = [];
  for (const read2 of reads2) {
    const prefix = literalPrefix(read2.location.pattern);
    if (prefix !== read2.location.pattern) templated.push({ read: read2, prefix });
    else {
      const key = read2.location.pattern.replace(/\/+$/, "");
      const group = byPath.get(key);
      if (group) group.push(read2);
      else byPath.set(key, [read2]);
    }
  }
  return (writePattern) => {
    const found = templated.filter((t) => writePattern.startsWith(t.prefix)).map((t) => t.read);
    for (let path19 = writePattern.replace(/\/+$/, ""); path19; path19 = path19.slice(0, Math.max(path19.lastIndexOf("/"), 0))) {
      found.push(...byPath.get(path19) ?? []);
    }
    return found;
  };
}
function upstreamByConsumption(model, taskKey) {
  const direct = /* @__PURE__ */ new Map();
  for (const consumption of model.consumptions) {
    const consumer = taskKey(consumption);
    const producer = taskKey({
      taskId: consumption.fromTaskId,
      ...consumption.dagId !== void 0 ? { dagId: consumption.dagId } : {}
    });
    const set = direct.get(consumer) ?? /* @__PURE__ */ new Set();
    set.add(producer);
    direct.set(consumer, set);
  }
  const memo = /* @__PURE__ */ new Map();
  return (task) => {
    const cached2 = memo.get(task);
    if (cached2) return cached2;
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
  const at2 = `task \`${consumer.taskId}\` at line ${consumer.span.line}`;
  switch (consumer.how) {
    case "read":
      return `read by ${at2}`;
    case "xcom":
      return `handed by XCom to ${at2}`;
    case "returned":
      return `its path returned by ${at2}, so the task's consumer receives a path to this storage`;
    case "pushed":
      return `its path pushed${consumer.key !== void 0 ? ` as XCom \`${consumer.key}\`` : ""} by ${at2}, so the XCom's consumer receives a path to this storage`;
  }
}
function handoffRelated(handoff) {
  return [
    ...handoff.consumers.map((consumer) => ({ message: describeConsumer(consumer), span: consumer.span })),
    ...handoff.callers.map((caller) => ({
      message: `written when task \`${caller.taskId}\` calls the helper at line ${caller.span.line}`,
      span: caller.span
    })),
    ...originRelated(handoff.write)
  ];
}
function originRelated(write2) {
  if (!write2.origin) return [];
  return [
    { message: `the write, in \`${write2.origin.name}\``, span: write2.origin.span, file: write2.origin.file }
  ];
}
function describeConsumers(consumers) {
  const first = describeConsumer(consumers[0]);
  const others = consumers.length - 1;
  return others === 0 ? first : `${first} (and ${others} more task${others === 1 ? "" : "s"})`;
}

// rules/atomic-staging-write/rule.ts
var RENAMES = /* @__PURE__ */ new Set(["replace", "rename", "renameSync", "move", "moveSync"]);
function writesByRename(api) {
  const last2 = api.slice(api.lastIndexOf(".") + 1);
  return RENAMES.has(last2);
}
var atomicStagingWrite = {
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
  check(model, _options, report) {
    for (const handoff of storageHandoffs(model)) {
      const { write: write2, consumers } = handoff;
      if (!write2.location.staging || write2.location.temp) continue;
      if (handoff.handedOnly) continue;
      if (writesByRename(write2.api)) continue;
      report({
        messageId: "inPlace",
        data: {
          api: write2.api,
          location: describeLocation(write2.location),
          consumer: describeConsumers(consumers)
        },
        span: write2.span,
        taskId: write2.taskId,
        related: handoffRelated(handoff)
      });
    }
  }
};

// rules/no-bespoke-transport/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
var noBespokeTransport = {
  id: "no-bespoke-transport",
  meta: {
    description: "Data handed from one task to another must go through XCom (return / xcom_pull) or a reviewed pass-by-reference, not a task's own object-store or shared-filesystem location.",
    recommendedSeverity: "error",
    messages: {
      objectStore: "`{{api}}` writes `{{location}}`, {{consumer}}: hand-rolled object storage between tasks. Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference.",
      filesystem: "`{{api}}` writes `{{location}}`, {{consumer}}: a hand-rolled shared-filesystem handoff between tasks. Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference."
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: STORAGE_KNOWLEDGE_PROPERTIES
    }
  },
  defaultOptions: STORAGE_KNOWLEDGE_DEFAULTS,
  check(model, _options, report) {
    for (const handoff of storageHandoffs(model)) {
      const { write: write2, consumers } = handoff;
      if (write2.location.temp || write2.location.staging) continue;
      report({
        messageId: write2.location.medium === "object-store" ? "objectStore" : "filesystem",
        data: {
          api: write2.api,
          location: describeLocation(write2.location),
          consumer: describeConsumers(consumers)
        },
        span: write2.span,
        taskId: write2.taskId,
        related: handoffRelated(handoff)
      });
    }
  }
};

// rules/no-tmp-staging/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
var noTmpStaging = {
  id: "no-tmp-staging",
  meta: {
    description: "Data must not be handed from one task to another through a pod's own temp storage (/tmp, tempfile, a staging variable that falls back to /tmp).",
    recommendedSeverity: "error",
    messages: {
      tmp: "`{{api}}` writes `{{location}}`, {{consumer}}; {{reason}}, so a task on another pod finds nothing there. Return the value if XCom can hold it (large values only with the object-storage XCom backend configured), or stage through the run's staging volume or object storage.",
      stagingFallback: "`{{api}}` writes `{{location}}`, {{consumer}}; `{{variable}}` silently falls back to `{{fallback}}` (the pod's own disk) when the staging volume is not mounted, and the next task finds nothing. Read it without a fallback (`{{required}}`) and enable the staging volume (`staging.enabled: true` in leoflow.yaml), or use object storage.",
      envFallback: "`{{api}}` writes `{{location}}`, {{consumer}}; `{{variable}}` falls back to `{{fallback}}` (the pod's own disk) when unset, and the next task finds nothing. Require it without a fallback (`{{required}}`), point it at shared storage, or return the value if XCom can hold it (large values only with the object-storage XCom backend configured)."
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
  check(model, options2, report) {
    for (const handoff of storageHandoffs(model)) {
      const { write: write2, consumers } = handoff;
      const { temp, stagingFallback } = write2.location;
      if (!temp) continue;
      const common = {
        api: write2.api,
        location: describeLocation(write2.location),
        consumer: describeConsumers(consumers)
      };
      const related = handoffRelated(handoff);
      if (stagingFallback) {
        const isStaging = stagingFallback.variable === options2.stagingVariable;
        report({
          messageId: isStaging ? "stagingFallback" : "envFallback",
          data: {
            ...common,
            variable: stagingFallback.variable,
            fallback: stagingFallback.fallback,
            required: stagingFallback.required
          },
          span: write2.span,
          taskId: write2.taskId,
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
      report({
        messageId: "tmp",
        data: { ...common, reason: temp.reason },
        span: write2.span,
        taskId: write2.taskId,
        related
      });
    }
  }
};

// rules/no-unserializable-xcom/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
import path8 from "node:path";

// rules/airflow-version.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var NEWEST_AIRFLOW_VERSION = "3";
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
var AIRFLOW_VERSION_SCHEMA = {
  type: ["number", "string"],
  pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
  description: 'Airflow version of the deployment, e.g. "2.10" (a string for versions like 2.10). Default: the version the repository pins (requirements, constraints, pyproject.toml, `FROM apache/airflow:X`), else the newest facts (3).'
};

// rules/no-unserializable-xcom/rule.ts
var SERDE_VERSION = [2, 6];
var PYDANTIC_VERSION = [2, 7];
var NUMPY_COMPLEX2 = "numpy.complexfloating";
function fnmatch(name2, pattern) {
  let source = "";
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const c = pattern[i2];
    if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i2 + 2);
      if (end < 0) source += "\\[";
      else {
        let body2 = pattern.slice(i2 + 1, end);
        if (body2.startsWith("!")) body2 = `^${body2.slice(1)}`;
        source += `[${body2.replace(/\\/g, "\\\\")}]`;
        i2 = end;
      }
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s").test(name2);
}
function dagModuleClassName(filePath, className, hash = "<sha1 of the file's path>") {
  const stem = path8.basename(filePath).replace(/\.[^.]*$/, "");
  return `unusual_prefix_${hash}_${stem}.${className}`;
}
function isAllowed(model, className, options2) {
  const name2 = dagModuleClassName(model.filePath, className, "0123456789abcdef0123456789abcdef01234567");
  return options2.allowedDeserializationClasses.some((pattern) => fnmatch(name2, pattern));
}
function isCarried(fact, options2, version, model) {
  if (options2.registeredSerializers.includes(fact.qualifiedType)) return true;
  const serde = atLeast(version, ...SERDE_VERSION);
  if (fact.kind === "numpy-scalar") return serde && fact.qualifiedType !== NUMPY_COMPLEX2;
  if (fact.kind === "serde-object") {
    if (!serde || fact.typeName.startsWith("pydantic") && !atLeast(version, ...PYDANTIC_VERSION))
      return true;
    return isAllowed(model, fact.qualifiedType, options2);
  }
  return false;
}
var SUGGESTING = /* @__PURE__ */ new Set(["unserializable", "dataframe", "numpyScalar"]);
var noUnserializableXcom = {
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
  check(model, options2, report) {
    const version = effectiveAirflowVersion(options2.airflowVersion, model);
    for (const handoff of model.handoffs) {
      const offending = handoff.values.filter((fact) => !isCarried(fact, options2, version, model));
      const first = offending[0];
      if (!first) continue;
      const conversion = first.conversion;
      const messageId = (
        // The `dataframe` message explains how Airflow's serde stores frames.
        first.serdeParquet ? "dataframe" : first.kind === "numpy-scalar" ? first.qualifiedType === NUMPY_COMPLEX2 && atLeast(version, ...SERDE_VERSION) ? "complexCast" : "numpyScalar" : first.kind === "serde-object" ? "serdeClass" : first.kind === "enum" ? "plainEnum" : first.kind === "enum-value" ? "enumValue" : conversion ? "unserializable" : "referenceOnly"
      );
      const serdeConversion = first.typeName.startsWith("pydantic") ? "`.model_dump()`" : first.typeName.startsWith("attrs") ? "`attrs.asdict(...)`" : "`dataclasses.asdict(...)`";
      const span = first.writtenAt ?? handoff.span;
      const related = offending.filter((fact) => fact.madeAt.line !== span.line || fact.madeAt.column !== span.column).map((fact) => ({ message: `${fact.typeName} made here`, span: fact.madeAt }));
      const suggestions = offending.length === 1 && first.suggestion && SUGGESTING.has(messageId) ? [first.suggestion] : [];
      report({
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

// rules/staging-requires-volume/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
import path9 from "node:path";
function readsNeedingVolume(reads2, project, options2) {
  const mount = options2.mountPath.replace(/\/+$/, "");
  return reads2.filter((read2) => {
    if (read2.variable !== options2.stagingVariable || read2.guarded) return false;
    if (read2.taskId !== void 0 && project.taskEnv[read2.variable]?.includes(read2.taskId)) return false;
    if (read2.fallback === void 0) return true;
    return read2.fallback === mount || read2.fallback.startsWith(`${mount}/`);
  });
}
function failure(read2, mount) {
  if (read2.fallback !== void 0)
    return `the fallback \`${read2.fallback}\` is not there either (no volume is mounted at \`${mount}\`)`;
  if (read2.whenUnset !== void 0) return read2.whenUnset;
  if (read2.api.endsWith("[...]")) return "this raises `KeyError`";
  if (read2.api === "process.env") return "it is `undefined`";
  return "it is `None`";
}
function relative(from, to) {
  const rel = path9.relative(path9.dirname(from), to).split(path9.sep).join("/");
  return rel || path9.basename(to);
}
var stagingRequiresVolume = {
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
  check(model, options2, report) {
    const project = model.leoflow;
    if (!project) return;
    if (project.filePath === model.filePath) {
      const dag = model.leoflowDag;
      if (!dag || project.problem || project.stagingEnabled) return;
      const first = readsNeedingVolume(dag.envReads, project, options2)[0];
      if (!first) return;
      report({
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
    const reads2 = readsNeedingVolume(model.envReads ?? [], project, options2);
    const projectName = `\`${relative(model.filePath, project.filePath)}\``;
    for (const read2 of reads2) {
      if (project.problem) {
        report({
          messageId: "projectUnreadable",
          data: {
            api: read2.api,
            variable: read2.variable,
            project: projectName,
            problem: project.problem.message,
            line: project.problem.span.line
          },
          span: read2.span,
          ...read2.taskId !== void 0 ? { taskId: read2.taskId } : {}
        });
        continue;
      }
      if (project.stagingEnabled) continue;
      report({
        messageId: "notEnabled",
        data: {
          api: read2.api,
          variable: read2.variable,
          project: projectName,
          failure: failure(read2, options2.mountPath)
        },
        span: read2.span,
        ...read2.taskId !== void 0 ? { taskId: read2.taskId } : {}
      });
    }
  }
};

// rules/xcom-backend-config/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
import path10 from "node:path";
var OBJECT_STORAGE_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend";
var XCOM_KEYS = /* @__PURE__ */ new Set([
  "core.xcom_backend",
  "core.enable_xcom_pickling",
  "common.io.xcom_objectstorage_path",
  "common.io.xcom_objectstorage_threshold",
  "common.io.xcom_objectstorage_compression"
]);
var RANK = {
  "airflow.cfg": 0,
  "helm-config": 0,
  dockerfile: 1,
  "env-file": 2,
  env: 3
};
function why(winner, loser) {
  if (RANK[loser.source] === 0) return "Airflow reads the environment before airflow.cfg";
  if (loser.source === "dockerfile") return "the container's environment overrides the image's ENV";
  return "a service's `environment:` overrides its `env_file`";
}
var keyOf = (s) => s.section && s.key ? `${s.section}.${s.key}` : void 0;
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
var xcomBackendConfig = {
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
  check(model, options2, report) {
    const deployment = model.deployment;
    if (!deployment) return;
    const own = deployment.settings;
    const all = [...own, ...deployment.neighbours];
    const isOwn = (s) => own.includes(s);
    for (const setting of own) {
      if (!setting.ignoredName) continue;
      report({
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
          report({
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
        report({
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
    const backend2 = applied("core.xcom_backend");
    if (backend2 && isOwn(backend2) && backend2.value?.trim() === OBJECT_STORAGE_BACKEND) {
      const threshold = applied("common.io.xcom_objectstorage_threshold");
      const envName = "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD";
      if (!threshold) {
        const ignored = all.find((s) => s.ignoredName?.intended === envName);
        report(
          ignored ? {
            messageId: "thresholdIgnored",
            data: { ignored: ignored.name, where: where(model.filePath, ignored), envName },
            span: backend2.span
          } : { messageId: "thresholdMissing", data: { envName }, span: backend2.span }
        );
      } else if (threshold.value !== void 0 && isOwn(threshold)) {
        const value = threshold.value.trim();
        if (/^-\d+$/.test(value))
          report({ messageId: "thresholdNever", data: { name: threshold.name }, span: threshold.span });
        else if (/^0+$/.test(value))
          report({ messageId: "thresholdEverything", data: { name: threshold.name }, span: threshold.span });
      }
      const storagePath = applied("common.io.xcom_objectstorage_path");
      if (!storagePath || storagePath.value !== void 0 && storagePath.value.trim() === "")
        report({
          messageId: "pathMissing",
          data: { envName: "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH" },
          span: storagePath && isOwn(storagePath) ? storagePath.span : backend2.span
        });
    }
    const version = effectiveAirflowVersion(options2.airflowVersion, model);
    const major = parseAirflowVersion(version)?.[0];
    const pickling = applied("core.enable_xcom_pickling");
    if (major !== void 0 && major < 3 && pickling && isOwn(pickling) && pickling.value && truthy(pickling.value))
      report({
        messageId: "pickling",
        data: { name: pickling.name, airflowVersion: version },
        span: pickling.span
      });
  }
};

// rules/index.ts
var allRules = [
  noUnserializableXcom,
  noBespokeTransport,
  noTmpStaging,
  stagingRequiresVolume,
  atomicStagingWrite,
  xcomBackendConfig
];

// packages/engine/src/context.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
import path15 from "node:path";

// packages/deployment/src/index.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/deployment/src/read.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
var MAX_CONFIG_BYTES = 1024 * 1024;
function readConfigText(filePath, root) {
  if (listedMissing(filePath)) return void 0;
  root ??= workspaceRootFor(filePath);
  const read2 = readWorkspaceText(filePath, { root, maxBytes: MAX_CONFIG_BYTES });
  if ("text" in read2) return read2;
  return read2.missing ? void 0 : { problem: read2.problem };
}

// packages/deployment/src/frontend.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import path12 from "node:path";

// packages/deployment/src/leoflow.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import path11 from "node:path";

// packages/deployment/src/text.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
    for (let i2 = 0; i2 < text2.length; i2++) if (text2.charCodeAt(i2) === 10) this.starts.push(i2 + 1);
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
  span(start2, end) {
    const a = this.position(start2);
    const b = this.position(Math.max(start2, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The span of a whole line (1-based), without its line break. */
  lineSpan(line) {
    const start2 = this.starts[line - 1] ?? 0;
    const next = this.starts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.span(start2, end > start2 && this.text[end - 1] === "\r" ? end - 1 : end);
  }
};
function pointSpan(line, column = 1) {
  return { line, column, endLine: line, endColumn: column };
}
function isTemplated(value) {
  return /\$\{|\{\{|\$\(/.test(value);
}

// packages/deployment/src/yaml-nodes.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
var isAlias = ((node) => yamlModule().isAlias(node));
var isMap = ((node) => yamlModule().isMap(node));
var isScalar = ((node) => yamlModule().isScalar(node));
var isSeq = ((node) => yamlModule().isSeq(node));
var parseAllDocuments = (...args2) => yamlModule().parseAllDocuments(...args2);
function parseYaml(text2) {
  const lines = new LineIndex(text2);
  const deep = tooDeepAt(text2);
  if (deep >= 0)
    return {
      problem: { message: `nested more than ${MAX_NESTING} levels deep`, span: lines.span(deep, deep) }
    };
  let docs;
  try {
    docs = parseAllDocuments(text2, {
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
      const span = lines.span(error.pos[0], error.pos[0]);
      return { problem: { message: `not valid YAML (${error.code})`, span } };
    }
  }
  return { file: { docs, lines } };
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
  const out2 = /* @__PURE__ */ new Map();
  const map = deref(node, doc);
  if (!isMap(map) || depth > 20) return out2;
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
    if (key !== void 0) out2.set(key, pair);
  }
  for (const [k, p] of merged) if (!out2.has(k)) out2.set(k, p);
  return out2;
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
function nodeSpan(node, lines) {
  const range = node?.range;
  return range ? lines.span(range[0], range[1]) : void 0;
}
function pairSpan(pair, lines) {
  const keyRange = pair.key?.range;
  const valueRange = pair.value?.range;
  if (!keyRange) return void 0;
  return lines.span(keyRange[0], valueRange ? valueRange[1] : keyRange[1]);
}

// packages/deployment/src/leoflow.ts
var isMap2 = ((node) => yamlModule().isMap(node));
var isScalar2 = ((node) => yamlModule().isScalar(node));
var LEOFLOW_FILE = "leoflow.yaml";
var DEFAULT_DAG_SOURCE = "dag.py";
function yamlBool(text2) {
  if (text2 === void 0) return void 0;
  const lower = text2.toLowerCase();
  if (["true", "yes", "on", "y"].includes(lower)) return true;
  if (["false", "no", "off", "n"].includes(lower)) return false;
  return void 0;
}
function parseLeoflow(text2, filePath) {
  const dir = path11.dirname(filePath);
  const base = {
    filePath,
    dagSource: path11.join(dir, DEFAULT_DAG_SOURCE),
    stagingEnabled: false,
    taskEnv: {}
  };
  const parsed = parseYaml(text2);
  if ("problem" in parsed) return { ...base, problem: parsed.problem };
  const doc = parsed.file.docs[0];
  if (!doc || doc.contents === null) return base;
  const lines = parsed.file.lines;
  const root = doc.contents;
  const problem = (message, span) => ({
    ...base,
    problem: { message, span: span ?? pointSpan(1) }
  });
  if (!isMap2(root)) return problem("the top level is not a mapping", nodeSpan(root, lines));
  const project = { ...base };
  const top = mapPairs(root, doc);
  const dagId = top.get("dag_id");
  if (dagId) project.stagingSpan = pairSpan(dagId, lines);
  const dagSource = top.get("dag_source");
  if (dagSource) {
    const value = scalarText(dagSource.value, doc);
    if (value === void 0 || !isScalar2(dagSource.value))
      return problem("`dag_source` is not a string", pairSpan(dagSource, lines));
    if (value) project.dagSource = path11.resolve(dir, value);
  }
  const staging = top.get("staging");
  if (staging && staging.value !== null && !(isScalar2(staging.value) && staging.value.value === null)) {
    if (!isMap2(staging.value)) return problem("`staging` is not a mapping", pairSpan(staging, lines));
    const enabled = mapPairs(staging.value, doc).get("enabled");
    const where2 = enabled ?? staging;
    project.stagingSpan = pairSpan(where2, lines);
    project.stagingLine = project.stagingSpan?.line;
    if (enabled) {
      const value = isScalar2(enabled.value) ? yamlBool(scalarText(enabled.value, doc)) : void 0;
      if (value === void 0)
        return problem("`staging.enabled` is not true or false", pairSpan(enabled, lines));
      project.stagingEnabled = value;
    }
  } else if (staging) {
    project.stagingSpan = pairSpan(staging, lines);
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
  const read2 = readConfigText(filePath);
  if (read2 === void 0) return void 0;
  if ("problem" in read2)
    return {
      filePath,
      dagSource: path11.join(path11.dirname(filePath), DEFAULT_DAG_SOURCE),
      stagingEnabled: false,
      taskEnv: {},
      problem: { message: read2.problem, span: pointSpan(1) }
    };
  return parseLeoflow(read2.text, filePath);
}
var MAX_LEVELS = 4;
function newLeoflowCache() {
  return { files: /* @__PURE__ */ new Map(), folders: /* @__PURE__ */ new Map() };
}
function findLeoflowProject(dagFile, cache3) {
  const target = resolvedPath(dagFile);
  const start2 = path11.dirname(target);
  let found = cache3?.folders.get(start2);
  if (found === void 0) {
    found = null;
    let dir = start2;
    for (let level2 = 0; level2 <= MAX_LEVELS; level2++) {
      const candidate = path11.join(dir, LEOFLOW_FILE);
      let project2 = cache3?.files.get(candidate);
      if (project2 === void 0) {
        project2 = readLeoflow(candidate) ?? null;
        cache3?.files.set(candidate, project2);
      }
      if (project2) {
        found = { project: project2, level: level2 };
        break;
      }
      const parent = path11.dirname(dir);
      if (parent === dir || isRepositoryRoot(dir)) break;
      dir = parent;
    }
    cache3?.folders.set(start2, found);
  }
  if (!found) return void 0;
  const { project, level } = found;
  if (project.problem) return level === 0 ? project : void 0;
  return project.dagSource === target ? project : void 0;
}
function isRepositoryRoot(dir) {
  return findRepositoryRoot(dir) === resolvedPath(dir);
}

// packages/deployment/src/parsers.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();

// packages/deployment/src/settings.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var ENV_PREFIX = "AIRFLOW__";
var DOTTED_SECTIONS = ["common.io"];
function envNameOf(section, key) {
  return `${ENV_PREFIX}${section.replace(/\./g, "_").toUpperCase()}__${key.toUpperCase()}`;
}
function parseEnvName(name2) {
  if (!name2.startsWith(ENV_PREFIX)) return void 0;
  const rest = name2.slice(ENV_PREFIX.length);
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

// packages/deployment/src/parsers.ts
var isMap3 = ((node) => yamlModule().isMap(node));
var isScalar3 = ((node) => yamlModule().isScalar(node));
function literal(value) {
  if (value === void 0) return void 0;
  return isTemplated(value) ? void 0 : value;
}
function envSetting(filePath, source, name2, value, span) {
  const meaning = parseEnvName(name2);
  if (!meaning) return void 0;
  const shown = literal(value);
  return {
    filePath,
    source,
    name: name2,
    ...meaning.section ? { section: meaning.section, key: meaning.key } : {},
    ...meaning.ignoredName ? { ignoredName: meaning.ignoredName } : {},
    ...shown !== void 0 ? { value: shown } : {},
    span
  };
}
function parseIni(text2, filePath) {
  const lines = new LineIndex(text2);
  const settings = [];
  const problems = [];
  let section;
  text2.split("\n").forEach((raw, index) => {
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
          span: lines.lineSpan(line)
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
      span: lines.lineSpan(line)
    });
  });
  return { settings, problems };
}
function unquote(value) {
  const v = value.trim();
  if (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'"))
    return v.length >= 2 ? v.slice(1, -1) : v;
  return v.replace(/\s+#.*$/, "");
}
function parseEnvFile(text2, filePath) {
  const lines = new LineIndex(text2);
  const settings = [];
  const problems = [];
  text2.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.replace(/\r$/, "").trim();
    if (!trimmed || trimmed.startsWith("#")) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(trimmed);
    if (!match) {
      if (problems.length === 0)
        problems.push({ message: "a line that is not NAME=value", span: lines.lineSpan(line) });
      return;
    }
    const setting = envSetting(filePath, "env-file", match[1], unquote(match[2]), lines.lineSpan(line));
    if (setting) settings.push(setting);
  });
  return { settings, problems };
}
function imageVersion(image) {
  const match = /(?:^|\/)apache\/airflow:(?:[a-z-]*?-)?(\d+\.\d+(?:\.\d+)?)/.exec(image);
  return match?.[1];
}
function parseDockerfile(text2, filePath) {
  const lines = new LineIndex(text2);
  const settings = [];
  const rawLines = text2.split("\n");
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
    const body2 = env[1].trim();
    const span = lines.lineSpan(first + 1);
    if (/^[A-Za-z_][A-Za-z0-9_.]*=/.test(body2)) {
      const pair = /([A-Za-z_][A-Za-z0-9_.]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
      for (let m = pair.exec(body2); m; m = pair.exec(body2)) {
        const setting = envSetting(filePath, "dockerfile", m[1], unquote(m[2]), span);
        if (setting) settings.push(setting);
      }
    } else {
      const legacy = /^([A-Za-z_][A-Za-z0-9_.]*)\s+(.*)$/.exec(body2);
      if (legacy) {
        const setting = envSetting(filePath, "dockerfile", legacy[1], unquote(legacy[2]), span);
        if (setting) settings.push(setting);
      }
    }
  }
  return { settings, problems: [], ...version ? { version } : {} };
}
function environmentSettings(node, doc, file, filePath, seen) {
  const out2 = [];
  const add = (name2, value, span) => {
    if (!span) return;
    const id = `${name2}@${span.line}:${span.column}`;
    if (seen.has(id)) return;
    seen.add(id);
    const setting = envSetting(filePath, "env", name2, value, span);
    if (setting) out2.push(setting);
  };
  const target = deref(node, doc);
  if (isMap3(target)) {
    for (const [name2, pair] of mapPairs(target, doc))
      add(name2, scalarText(pair.value, doc), pairSpan(pair, file.lines));
  } else {
    for (const item of seqItems(target, doc)) {
      const text2 = scalarText(item, doc);
      if (text2 === void 0) continue;
      const eq = text2.indexOf("=");
      add(
        eq < 0 ? text2 : text2.slice(0, eq),
        eq < 0 ? void 0 : text2.slice(eq + 1),
        nodeSpan(item, file.lines)
      );
    }
  }
  return out2;
}
function envListSettings(node, doc, file, filePath, seen) {
  const out2 = [];
  for (const item of seqItems(node, doc)) {
    const name2 = scalarText(get(item, doc, "name"), doc);
    if (!name2) continue;
    const span = nodeSpan(item, file.lines);
    if (!span) continue;
    const id = `${name2}@${span.line}:${span.column}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const valueNode = get(item, doc, "value");
    const setting = envSetting(
      filePath,
      "env",
      name2,
      valueNode !== void 0 ? scalarText(valueNode, doc) : void 0,
      { ...span, endLine: span.line, endColumn: span.column + name2.length + 6 }
    );
    if (setting) out2.push(setting);
  }
  return out2;
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

// packages/deployment/src/frontend.ts
var DEPLOYMENT_FILE_ENDINGS = [
  "airflow.cfg",
  LEOFLOW_FILE,
  ".env",
  "Dockerfile",
  "docker-compose.yaml",
  "docker-compose.yml",
  "compose.yaml",
  "compose.yml",
  "values.yaml",
  "values.yml"
];
function deploymentKindByName(filePath) {
  const name2 = path12.basename(filePath);
  if (name2 === "airflow.cfg") return "airflow.cfg";
  if (name2 === LEOFLOW_FILE) return "leoflow";
  if (name2 === ".env" || name2.endsWith(".env") || name2.startsWith(".env.")) return "env-file";
  if (/^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(name2) || name2.endsWith(".Dockerfile"))
    return "dockerfile";
  if (/\.ya?ml$/.test(name2)) return "yaml";
  return void 0;
}
function namedDeploymentYaml(name2) {
  return /^((docker-)?compose[\w.-]*|values[\w.-]*)\.ya?ml$/.test(name2);
}
function diagnostic(message, span, fatal = true) {
  return { fatal, message, span };
}
function analyzeDeployment(text2, filePath) {
  const model = emptyModel(filePath, "config");
  try {
    const kind = deploymentKindByName(filePath);
    const name2 = path12.basename(filePath);
    const fileLabel = kind === "leoflow" ? "leoflow.yaml" : name2;
    let parsed;
    let deploymentKind;
    switch (kind) {
      case "airflow.cfg":
        parsed = parseIni(text2, filePath);
        deploymentKind = "airflow.cfg";
        break;
      case "env-file":
        parsed = parseEnvFile(text2, filePath);
        deploymentKind = "env-file";
        break;
      case "dockerfile":
        parsed = parseDockerfile(text2, filePath);
        deploymentKind = "dockerfile";
        break;
      case "leoflow": {
        const project = parseLeoflow(text2, filePath);
        model.leoflow = project;
        if (project.problem)
          model.diagnostics.push(
            diagnostic(`${fileLabel} not analysed: ${project.problem.message}.`, project.problem.span)
          );
        return model;
      }
      case "yaml": {
        if (text2.includes("{{") && !namedDeploymentYaml(name2)) return model;
        const yaml2 = parseYaml(text2);
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
        reason: `${name2}:${parsed.version.line} (${parsed.version.what})`
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
var deploymentFrontend = {
  language: "config",
  extensions: DEPLOYMENT_FILE_ENDINGS,
  analyze: (source, filePath) => analyzeDeployment(source, filePath)
};

// packages/deployment/src/neighbours.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
import { readdirSync } from "node:fs";
import path13 from "node:path";
function isNeighbourName(name2) {
  const kind = deploymentKindByName(name2);
  if (kind === void 0 || kind === "leoflow") return false;
  if (kind === "yaml") return /^((docker-)?compose[\w.-]*|values[\w.-]*)\.ya?ml$/.test(name2);
  return true;
}
function neighbourSettings(filePath, cache3) {
  const dir = path13.dirname(path13.resolve(filePath));
  let all = cache3?.get(dir);
  if (!all) {
    all = [];
    let names3;
    try {
      names3 = readdirSync(dir).filter(isNeighbourName).sort().slice(0, 50);
    } catch {
      names3 = [];
    }
    for (const name2 of names3) {
      const file = path13.join(dir, name2);
      const read2 = readConfigText(file);
      if (!read2 || "problem" in read2) continue;
      all.push(...analyzeDeployment(read2.text, file).deployment?.settings ?? []);
    }
    cache3?.set(dir, all);
  }
  const own = path13.resolve(filePath);
  return all.filter((s) => s.filePath !== own);
}

// packages/deployment/src/version.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import { readdirSync as readdirSync2 } from "node:fs";
import path14 from "node:path";
var AIRFLOW_PACKAGES = ["apache-airflow", "apache-airflow-core"];
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
  for (let i2 = 0; i2 < 3; i2++) {
    const d = (pa[i2] ?? 0) - (pb[i2] ?? 0);
    if (d) return d;
  }
  return 0;
}
function requirementSpec(line) {
  const text2 = line.replace(/\s+#.*$/, "").split(";")[0].trim();
  const m = /^([A-Za-z0-9_.-]+)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(text2);
  if (!m) return void 0;
  const name2 = m[1].toLowerCase().replace(/_/g, "-");
  if (!AIRFLOW_PACKAGES.includes(name2)) return void 0;
  return m[2].trim() || void 0;
}
function versionFromRequirements(text2) {
  const lines = text2.split("\n");
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = lines[i2].trim();
    const constraint = /constraints-(\d+\.\d+(?:\.\d+)?)\//.exec(line);
    if (constraint)
      return { version: constraint[1], line: i2 + 1, what: `Airflow's constraints for ${constraint[1]}` };
    const spec = requirementSpec(line);
    const version = spec ? lowestVersion(spec) : void 0;
    if (version) return { version, line: i2 + 1, what: line.replace(/\s+#.*$/, "") };
  }
  return void 0;
}
function versionFromPyproject(text2) {
  let data;
  try {
    data = tomlModule().parse(text2);
  } catch {
    return void 0;
  }
  const lineOf = (needle) => {
    const index = text2.split("\n").findIndex((l) => l.includes(needle));
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
  for (const name2 of AIRFLOW_PACKAGES) {
    const dep = poetry?.dependencies?.[name2];
    const spec = typeof dep === "string" ? dep : dep?.version;
    if (typeof spec !== "string") continue;
    const version = lowestVersion(spec);
    if (version) return { version, line: lineOf(name2), what: `${name2} = "${spec}"` };
  }
  return void 0;
}
var yamlReader = (parse) => (text2, filePath) => {
  const parsed = parseYaml(text2);
  return "file" in parsed ? parse(parsed.file, filePath).version : void 0;
};
var SOURCES = [
  { matches: (n) => n === "pyproject.toml", read: versionFromPyproject },
  { matches: (n) => /^(requirements|constraints)[\w.-]*\.txt$/i.test(n), read: versionFromRequirements },
  {
    matches: (n) => /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(n) || n.endsWith(".Dockerfile"),
    read: (t, f) => parseDockerfile(t, f).version
  },
  { matches: (n) => /^(docker-)?compose[\w.-]*\.ya?ml$/.test(n), read: yamlReader(parseCompose) },
  { matches: (n) => /^values[\w.-]*\.ya?ml$/.test(n), read: yamlReader(parseHelmValues) }
];
var MAX_LEVELS2 = 6;
function versionInFolder(dir) {
  let names3;
  try {
    names3 = [...listedNames(dir) ?? readdirSync2(dir)].sort();
  } catch {
    return void 0;
  }
  for (const source of SOURCES) {
    for (const name2 of names3.filter(source.matches)) {
      const file = path14.join(dir, name2);
      const read2 = readConfigText(file);
      if (!read2 || "problem" in read2) continue;
      const found = source.read(read2.text, file);
      if (found)
        return {
          version: found.version,
          from: "repository",
          file,
          line: found.line,
          reason: `${name2}:${found.line} (${found.what})`
        };
    }
  }
  return void 0;
}
function detectAirflowVersion(filePath, cache3) {
  let dir = path14.dirname(resolvedPath(filePath));
  const visited = [];
  let found;
  for (let level = 0; level <= MAX_LEVELS2; level++) {
    const cached2 = cache3?.get(dir);
    if (cached2 !== void 0) {
      found = cached2 ?? void 0;
      break;
    }
    visited.push(dir);
    found = versionInFolder(dir);
    if (found) break;
    const parent = path14.dirname(dir);
    if (parent === dir || findRepositoryRoot(dir) === resolvedPath(dir)) break;
    dir = parent;
  }
  for (const v of visited) cache3?.set(v, found ?? null);
  return found;
}

// packages/engine/src/context.ts
var byRun = /* @__PURE__ */ new WeakMap();
function contextCachesFor(run2) {
  if (!run2) return void 0;
  let caches = byRun.get(run2);
  if (!caches) {
    caches = {
      leoflow: newLeoflowCache(),
      versions: /* @__PURE__ */ new Map(),
      neighbours: /* @__PURE__ */ new Map(),
      projectReads: /* @__PURE__ */ new Map(),
      projectDigests: /* @__PURE__ */ new Map(),
      fingerprints: /* @__PURE__ */ new Map(),
      roots: /* @__PURE__ */ new Map(),
      insideRoot: /* @__PURE__ */ new Map()
    };
    byRun.set(run2, caches);
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

// packages/engine/src/frontends.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import { createRequire as createRequire2 } from "node:module";
var import_ignore2 = __toESM(require_ignore(), 1);

// packages/engine/src/python-module.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var nodeRequire2 = true ? void 0 : createRequire(import.meta.url);
var python;
function pythonModule() {
  return python ??= nodeRequire2 ? nodeRequire2("@dag-transport/python") : (init_src2(), __toCommonJS(src_exports));
}

// packages/engine/src/frontends.ts
function loadedOnFirstUse(language, extensions, load) {
  let frontend;
  return {
    language,
    extensions,
    analyze: (...args2) => {
      if (!frontend) {
        frontend = load();
        loaded.push(language);
      }
      return frontend.analyze(...args2);
    }
  };
}
var loaded = [];
var frontends = [
  loadedOnFirstUse("python", PYTHON_EXTENSIONS, () => pythonModule().pythonFrontend),
  loadedOnFirstUse("typescript", TYPESCRIPT_EXTENSIONS, () => loadTypeScriptFrontend().typescriptFrontend)
];
function loadTypeScriptFrontend() {
  const specifier = true ? "./typescript-frontend.cjs" : "@dag-transport/typescript";
  return createRequire2(import.meta.url)(specifier);
}
function frontendFor(filePath) {
  const byEnding = frontends.find((f) => f.extensions.some((ext) => filePath.endsWith(ext)));
  if (byEnding) return byEnding;
  return deploymentKindByName(filePath) !== void 0 ? deploymentFrontend : void 0;
}
var sourceExtensions = frontends.flatMap((f) => f.extensions);
var lintableExtensions = [...sourceExtensions, ...deploymentFrontend.extensions];

// packages/engine/src/result-cache.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
import { createHash } from "node:crypto";
init_src();
import path16 from "node:path";
var SETTLE_NS = 2000000000n;
function settledIdentity(identity, nowMs = Date.now()) {
  if (identity === void 0) return void 0;
  const ctime = identity.slice(identity.lastIndexOf(":") + 1);
  if (!/^\d+$/.test(ctime)) return void 0;
  return BigInt(ctime) + SETTLE_NS < BigInt(Math.floor(nowMs)) * 1000000n ? identity : void 0;
}
var MAX_CACHE_BYTES = 256 * 1024 * 1024;
var CLEAN_RESULT = JSON.stringify({ ...makeResult("", []), filePath: void 0 });
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
function readDigest(read2) {
  if ("text" in read2) return sha256(read2.text);
  return read2.missing ? "missing" : `problem:${read2.problem}`;
}
function cacheable(filePath) {
  const language = frontendFor(filePath)?.language;
  return language === "python" || language === "typescript";
}
function contextFingerprint(filePath, root, siblingFiles, caches) {
  const absolute = resolvedPath(filePath);
  const version = detectAirflowVersion(absolute, caches.versions);
  const leoflow = findLeoflowProject(absolute, caches.leoflow);
  const key = `${root}\0${path16.dirname(absolute)}\0${leoflow ? leoflow.filePath : ""}`;
  let fingerprint = caches.fingerprints.get(key);
  if (fingerprint === void 0) {
    fingerprint = sha256(
      JSON.stringify({ root, siblings: siblingFiles, version: version ?? null, leoflow: leoflow ?? null })
    );
    caches.fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

// packages/engine/src/siblings.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
import path17 from "node:path";
var SIBLING_FILE_KINDS = [
  {
    kind: "leoflow",
    fileNames: ["leoflow.yaml", "leoflow.yml"],
    // The deployment frontend's reading, which also gives DAG files their `model.leoflow`.
    parse(text2, filePath) {
      const project = parseLeoflow(text2, filePath);
      if (!project.problem) return { data: project };
      const { message, span } = project.problem;
      return { problem: `cannot parse: ${message} at line ${span.line}, column ${span.column}` };
    }
  }
];
function siblingFromText(kind, filePath, text2) {
  if ("problem" in text2) return { kind: kind.kind, filePath, problem: `cannot read: ${text2.problem}` };
  return { kind: kind.kind, filePath, ...kind.parse(text2.text, filePath) };
}
function readSibling(kind, filePath, root) {
  const read2 = readWorkspaceText(filePath, { root });
  if ("problem" in read2 && read2.missing) return void 0;
  return siblingFromText(kind, filePath, read2);
}
function readSiblingFiles(dagFilePath, kinds = SIBLING_FILE_KINDS, cache3, root = workspaceRootFor(dagFilePath)) {
  const dir = path17.dirname(resolvedPath(dagFilePath));
  const cached2 = cache3?.get(dir);
  if (cached2) return cached2;
  const found = [];
  for (const kind of kinds) {
    for (const name2 of kind.fileNames) {
      const sibling = readSibling(kind, path17.join(dir, name2), root);
      if (sibling) {
        found.push(sibling);
        break;
      }
    }
  }
  cache3?.set(dir, found);
  return found;
}

// packages/engine/src/engine.ts
function frontendOptions(rules, settings) {
  const options2 = {};
  for (const rule of rules) {
    const resolved = resolveRuleSetting(rule, settings);
    if (resolved.severity !== "off") options2[rule.id] = resolved.options;
  }
  return options2;
}
function analyzeText(text2, filePath, options2 = {}, caches) {
  const rules = options2.rules ?? allRules;
  const settings = options2.settings ?? {};
  const frontend = frontendFor(filePath);
  if (!frontend) return void 0;
  const analyzerOptions = frontendOptions(rules, settings);
  const project = options2.context !== false ? projectFiles(filePath, options2.root, caches) : void 0;
  const model = frontend.analyze(text2, filePath, analyzerOptions, project);
  if (options2.siblingFiles) model.siblingFiles = options2.siblingFiles;
  if (options2.context !== false) {
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
function lintText(text2, filePath, options2 = {}, caches) {
  const model = analyzeText(text2, filePath, options2, caches);
  if (!model)
    return fatalResult(
      filePath,
      "No frontend for this kind of file (expected a Python or TypeScript DAG, or a deployment configuration file)."
    );
  return runRules(model, options2.rules ?? allRules, options2.settings ?? {}, {
    ...options2.reportUnusedSuppressions ? { reportUnusedSuppressions: options2.reportUnusedSuppressions } : {}
  });
}
var recordedReads;
function projectFiles(filePath, root, caches) {
  const disk = diskProjectFiles(filePath, root);
  const cache3 = caches?.projectReads;
  if (!cache3) {
    if (!recordedReads) return disk;
    return {
      root: disk.root,
      read: (file) => {
        const read2 = disk.read(file);
        recordedReads?.set(file, readDigest(read2));
        return read2;
      }
    };
  }
  return {
    root: disk.root,
    read: (file) => {
      const key = `${disk.root}\0${file}`;
      let read2 = cache3.get(key);
      if (!read2) {
        read2 = disk.read(file);
        cache3.set(key, read2);
      }
      if (recordedReads) recordedReads.set(file, projectReadDigest(key, read2, caches));
      return read2;
    }
  };
}
function projectReadDigest(key, read2, caches) {
  let digest = caches.projectDigests.get(key);
  if (digest === void 0) {
    digest = readDigest(read2);
    caches.projectDigests.set(key, digest);
  }
  return digest;
}
function runRootFor(filePath, siblings2) {
  const roots = contextCachesFor(siblings2).roots;
  const dir = path18.dirname(resolvedPath(filePath));
  let root = roots.get(dir);
  if (root === void 0) {
    root = workspaceRootFor(filePath);
    roots.set(dir, root);
  }
  return root;
}
function readSource(filePath, root = workspaceRootFor(filePath)) {
  return readWorkspaceText(filePath, { root, ...decodeOptionsFor(filePath) });
}
function decodeOptionsFor(filePath) {
  return { python: frontendFor(filePath)?.language === "python" };
}
function lintFileRecorded(filePath, options2 = {}, siblings2, record2 = true) {
  const root = options2.root ?? (siblings2 ? runRootFor(filePath, siblings2) : workspaceRootFor(filePath));
  const bytes = readWorkspaceBytes(filePath, { root, expected: true, identity: record2 });
  if ("problem" in bytes) return { result: fatalResult(filePath, bytes.problem) };
  const source = decodeSource(bytes.bytes, decodeOptionsFor(filePath));
  if ("problem" in source) return { result: fatalResult(filePath, source.problem) };
  const recording = record2 && siblings2 !== void 0 && options2.siblingFiles === void 0 && cacheable(filePath);
  const siblingFiles = options2.siblingFiles ?? readSiblingFiles(filePath, SIBLING_FILE_KINDS, siblings2, root);
  const caches = contextCachesFor(siblings2);
  const reads2 = /* @__PURE__ */ new Map();
  if (recording) recordedReads = reads2;
  try {
    const result = lintText(source.text, filePath, { ...options2, root, siblingFiles }, caches);
    if (!recording) return { result };
    const identity = settledIdentity(bytes.identity);
    return {
      result,
      record: {
        content: sha256(bytes.bytes),
        ...identity !== void 0 ? { identity } : {},
        context: contextFingerprint(filePath, root, siblingFiles, caches),
        reads: [...reads2]
      }
    };
  } finally {
    recordedReads = void 0;
  }
}

// packages/engine/src/pool.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
init_src();
var RESULTS_PER_MESSAGE = 8;
var MIN_BYTES_PER_THREAD = 2 * 1024 * 1024;
var WORKER_STACK_MB = (984 + 192) / 1024;

// packages/engine/src/lint-worker.ts
var port = parentPort;
var { started, record, ...options } = workerData;
var siblings = /* @__PURE__ */ new Map();
var queue = [];
var pending = [];
var records = [];
var scheduled = false;
var loaded2 = false;
function lintNext() {
  scheduled = false;
  const file = queue.shift();
  if (file === void 0) return;
  if (started) Atomics.add(started, 0, 1);
  const linted = lintFileRecorded(file, options, siblings, record === true);
  pending.push(linted.result);
  if (record) records.push(linted.record);
  if (pending.length >= RESULTS_PER_MESSAGE || queue.length === 0) {
    port.postMessage({
      type: "results",
      results: pending,
      ...record ? { records } : {}
    });
    pending = [];
    records = [];
  }
  schedule();
}
function schedule() {
  if (!loaded2 || scheduled || queue.length === 0) return;
  scheduled = true;
  setImmediate(lintNext);
}
port.on("message", (message) => {
  queue.push(...message.files);
  schedule();
});
await initPythonParser();
loaded2 = true;
schedule();
port.postMessage({ type: "ready" });
