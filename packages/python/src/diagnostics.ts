import { terminalText, type Diagnostic } from "@dag-transport/core";
import type { SyntaxNode } from "./syntax-tree.js";
import { spanOf } from "./syntax.js";

/**
 * The first syntax error of a tree, found by descending only into subtrees that contain one.
 * Tree-sitter recovers from errors, so the rest of the file still yields facts; tasks whose
 * own code is broken are marked unsound and judged by no rule.
 */
export function syntaxErrorDiagnostic(root: SyntaxNode): Diagnostic | undefined {
  if (!root.hasError) return undefined;
  let node: SyntaxNode = root;
  for (;;) {
    if (node.type === "ERROR" || node.isMissing) break;
    const next = node.children.find((child) => child.hasError || child.isMissing);
    if (!next) break;
    node = next;
  }
  const what = node.isMissing
    ? `missing '${node.type}'`
    : // Quoted source: a NUL, an escape sequence or a carriage return must not reach a terminal.
      `unexpected '${terminalText(node.text.split("\n")[0]!.slice(0, 20))}'`;
  return {
    fatal: true,
    message: `Parsing error: invalid syntax (${what}). Tasks with broken syntax are not analysed.`,
    span: spanOf(node),
  };
}

/** CPython's tokenizer refuses more nested brackets than this ("too many nested parentheses"). */
export const MAX_BRACKET_NESTING = 200;

const OPEN = new Set([40, 91, 123]); // ( [ {
const CLOSE = new Set([41, 93, 125]); // ) ] }
const HASH = 35;
const NEWLINE = 10;
const BACKSLASH = 92;
const QUOTES = new Set([34, 39]); // " '

/**
 * Brackets nested deeper than Python accepts. One pass over the text, skipping strings and
 * comments; far cheaper than walking the tree, and it finds the 20,000-level expression
 * before any recursive code could meet it.
 */
export function nestingDiagnostic(source: string): Diagnostic | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const length = source.length;
  for (let i = 0; i < length; i++) {
    const c = source.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      lineStart = i + 1;
    } else if (c === HASH) {
      while (i + 1 < length && source.charCodeAt(i + 1) !== NEWLINE) i++;
    } else if (QUOTES.has(c)) {
      const triple = source.charCodeAt(i + 1) === c && source.charCodeAt(i + 2) === c;
      i += triple ? 3 : 1;
      for (; i < length; i++) {
        const d = source.charCodeAt(i);
        if (d === BACKSLASH) {
          i++;
          if (source.charCodeAt(i) === NEWLINE) {
            line++;
            lineStart = i + 1;
          }
        } else if (d === NEWLINE) {
          line++;
          lineStart = i + 1;
          if (!triple) break; // an unterminated string ends at the line; the parser reports it
        } else if (
          d === c &&
          (!triple || (source.charCodeAt(i + 1) === c && source.charCodeAt(i + 2) === c))
        ) {
          if (triple) i += 2;
          break;
        }
      }
    } else if (OPEN.has(c)) {
      if (++depth > MAX_BRACKET_NESTING) {
        const column = i - lineStart + 1;
        return {
          fatal: true,
          message: `Parsing error: too many nested parentheses (more than ${MAX_BRACKET_NESTING} levels; Python rejects this file). Tasks containing it are not analysed.`,
          span: { line, column, endLine: line, endColumn: column + 1 },
        };
      }
    } else if (CLOSE.has(c) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
