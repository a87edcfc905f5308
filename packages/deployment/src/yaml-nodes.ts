/**
 * Reading YAML with positions: documents parsed once, anchors and merge keys (`<<: *common`)
 * resolved, and a parse failure reduced to its error code and position — never its text.
 */
import { MAX_NESTING, tooDeepAt, yamlModule, type Span } from "@dag-transport/core";
import type * as Yaml from "yaml";
import type { Document, Node, Pair } from "yaml";
import { LineIndex, pointSpan } from "./text.js";

// The YAML package loads on first use (lazy-modules.ts in core).
const isAlias = ((node: unknown) => yamlModule().isAlias(node)) as typeof Yaml.isAlias;
const isMap = ((node: unknown) => yamlModule().isMap(node)) as typeof Yaml.isMap;
const isScalar = ((node: unknown) => yamlModule().isScalar(node)) as typeof Yaml.isScalar;
const isSeq = ((node: unknown) => yamlModule().isSeq(node)) as typeof Yaml.isSeq;
const parseAllDocuments: typeof Yaml.parseAllDocuments = (...args) => yamlModule().parseAllDocuments(...args);

export interface YamlFile {
  docs: Document.Parsed[];
  lines: LineIndex;
}

export type YamlParse = { file: YamlFile } | { problem: { message: string; span: Span } };

export function parseYaml(text: string): YamlParse {
  const lines = new LineIndex(text);
  const deep = tooDeepAt(text);
  if (deep >= 0)
    return {
      problem: { message: `nested more than ${MAX_NESTING} levels deep`, span: lines.span(deep, deep) },
    };
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, {
      merge: true,
      prettyErrors: false,
      uniqueKeys: false,
    }) as Document.Parsed[];
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

/** Follows an alias to the node it names. */
export function deref(node: unknown, doc: Document.Parsed, depth = 0): Node | undefined {
  if (depth > 20) return undefined;
  if (isAlias(node)) return deref(node.resolve(doc), doc, depth + 1);
  return (node ?? undefined) as Node | undefined;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  // With merge keys on, `<<` is parsed as a symbol.
  if (isScalar(key)) return typeof key.value === "symbol" ? "<<" : String(key.value);
  return undefined;
}

/** The pairs of a map, merge keys (`<<`) expanded, later keys overriding earlier ones. */
export function mapPairs(node: unknown, doc: Document.Parsed, depth = 0): Map<string, Pair> {
  const out = new Map<string, Pair>();
  const map = deref(node, doc);
  if (!isMap(map) || depth > 20) return out;
  const merged = new Map<string, Pair>();
  for (const pair of map.items) {
    const key = keyText(pair);
    if (key === "<<") {
      const sources = isSeq(deref(pair.value, doc))
        ? (deref(pair.value, doc) as { items: unknown[] }).items
        : [pair.value];
      for (const source of sources) {
        for (const [k, p] of mapPairs(source, doc, depth + 1)) if (!merged.has(k)) merged.set(k, p);
      }
      continue;
    }
    if (key !== undefined) out.set(key, pair);
  }
  for (const [k, p] of merged) if (!out.has(k)) out.set(k, p);
  return out;
}

export function get(node: unknown, doc: Document.Parsed, key: string): Node | undefined {
  return deref(mapPairs(node, doc).get(key)?.value, doc);
}

export function seqItems(node: unknown, doc: Document.Parsed): Node[] {
  const seq = deref(node, doc);
  return isSeq(seq)
    ? seq.items.map((item) => deref(item, doc)).filter((n): n is Node => n !== undefined)
    : [];
}

/** A scalar's value as a string (numbers and booleans as YAML wrote them). */
export function scalarText(node: unknown, doc: Document.Parsed): string | undefined {
  const scalar = deref(node, doc);
  if (!isScalar(scalar)) return undefined;
  if (scalar.value === null) return "";
  if (typeof scalar.source === "string" && typeof scalar.value !== "string") return scalar.source;
  return String(scalar.value);
}

export function nodeSpan(node: unknown, lines: LineIndex): Span | undefined {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? lines.span(range[0], range[1]) : undefined;
}

export function pairSpan(pair: Pair, lines: LineIndex): Span | undefined {
  const keyRange = (pair.key as { range?: [number, number, number] } | undefined)?.range;
  const valueRange = (pair.value as { range?: [number, number, number] } | undefined)?.range;
  if (!keyRange) return undefined;
  return lines.span(keyRange[0], valueRange ? valueRange[1] : keyRange[1]);
}
