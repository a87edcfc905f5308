#!/usr/bin/env node
/**
 * Compares the Python frontend's copied SyntaxTree with tree-sitter's own answers, node by node,
 * over every `.py` file under the given folders (run `pnpm build` or `tsc -b` first):
 *
 *   node scripts/compare-syntax-tree.mjs /usr/lib/python3 ~/src/some-dag-repo
 *
 * `syntax-tree.test.ts` does the same on the repository's fixtures; run this on a large body
 * of real code after upgrading tree-sitter or tree-sitter-python, since the copy relies on
 * facts about the grammar (which symbols are tokens, which are padded by hidden tokens). It
 * prints the first differences and exits 1 if there are any.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { parsePython } from "../packages/python/dist/parse.js";
import { parseSyntaxTree } from "../packages/python/dist/syntax-tree.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
let files = 0;
let nodes = 0;
let differing = 0;

function sourceOf(file) {
  try {
    if (!statSync(file).isFile()) return undefined;
    const bytes = readFileSync(file);
    return bytes.includes(0) ? undefined : utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Walks tree-sitter's tree with a cursor (no recursion) beside the copy, in pre-order. */
function compare(file, source) {
  const tree = parseSyntaxTree(source);
  const cursor = parsePython(source).walk();
  let id = 0;
  for (;;) {
    const native = cursor.currentNode;
    const copy = tree.node(id++);
    const expected = [
      cursor.nodeType,
      cursor.startIndex,
      cursor.endIndex,
      cursor.nodeIsNamed,
      cursor.nodeIsMissing,
      native.hasError,
      native.childCount,
      cursor.currentFieldName ?? null,
      native.startPosition,
      native.endPosition,
    ];
    const actual = [
      copy.type,
      copy.startIndex,
      copy.endIndex,
      copy.isNamed,
      copy.isMissing,
      copy.hasError,
      copy.childCount,
      copy.fieldName,
      copy.startPosition,
      copy.endPosition,
    ];
    nodes++;
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      if (++differing <= 10)
        console.log(
          `${file}, node ${id - 1}:\n  tree-sitter ${JSON.stringify(expected)}\n  copy        ${JSON.stringify(actual)}`,
        );
      return;
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        if (id !== tree.nodeCount && ++differing <= 10)
          console.log(`${file}: ${tree.nodeCount} nodes copied, tree-sitter has ${id}`);
        return;
      }
    }
  }
}

for (const root of process.argv.slice(2)) {
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".py")) continue;
    const file = path.join(root, entry);
    const source = sourceOf(file);
    if (source === undefined) continue;
    files++;
    compare(file, source);
  }
}
console.log(`${files} files, ${nodes} nodes compared, ${differing} files differ`);
process.exitCode = differing ? 1 : 0;
