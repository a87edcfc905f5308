import Parser from "tree-sitter";
import Python from "tree-sitter-python";

let parser: Parser | undefined;

/**
 * Parses with tree-sitter-python: the native tree, which the frontend copies once into its own
 * (`SyntaxTree`, syntax-tree.ts) and the benchmark's floor parses and stops.
 * One parser per thread: creating one is far more expensive than a parse.
 */
export function parsePython(source: string): Parser.Tree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  // The default 32 KiB input buffer makes large files parse in many small native calls.
  return parser.parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length + 1) });
}
