import Parser from "tree-sitter";
import Python from "tree-sitter-python";

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

/**
 * node-tree-sitter keeps every node object it hands out in a per-tree cache — a weak reference
 * and a finalizer each — only so that fetching the same node twice gives the same object. The
 * frontend never compares nodes by identity (it uses `node.id` or offsets), and the cache cost
 * about a sixth of the whole analysis in finalizers and garbage collection. Without it, the
 * same node fetched twice is two equal objects: compare nodes with `.id`, never `===`.
 * (`parse.test.ts` fails if an upgrade of tree-sitter brings the cache back.)
 */
const treePrototype = (Parser as unknown as { Tree: { prototype: Record<string, unknown> } }).Tree.prototype;
treePrototype._cacheNode = () => {};
treePrototype._cacheNodes = () => {};

let parser: Parser | undefined;

/** One parser per thread: creating one is far more expensive than a parse. */
export function parsePython(source: string): Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  // The default 32 KiB input buffer makes large files parse in many small native calls.
  return parser.parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length + 1) });
}
