/**
 * Incremental parsing: `textEdit` (the one edit between two texts, in the units both backends
 * take) and `IncrementalParse` (each text parsed from the last one's tree), whose trees must be
 * the trees of a parse from scratch — tree-sitter's own, and the frontend's copy.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateFile } from "../../../bench/generate.js";
import { analyzePython } from "./index.js";
import {
  freePythonTree,
  IncrementalParse,
  parsePython,
  selectPythonParser,
  textEdit,
  type PythonTree,
  type PythonTreeEdit,
} from "./parse.js";
import { parseSyntaxTree, type SyntaxTree } from "./syntax-tree.js";

/** Row and column of `index` counted the slow way: rows end at `\n` only, as in tree-sitter. */
function naivePoint(text: string, index: number) {
  const lines = text.slice(0, index).split("\n");
  return { row: lines.length - 1, column: lines[lines.length - 1]!.length };
}

const isSurrogate = (text: string, index: number, low: number, high: number) => {
  const code = text.charCodeAt(index);
  return code >= low && code <= high;
};
/** `index` lies between the two halves of a surrogate pair. */
const splitsPair = (text: string, index: number) =>
  index > 0 &&
  index < text.length &&
  isSurrogate(text, index - 1, 0xd800, 0xdbff) &&
  isSurrogate(text, index, 0xdc00, 0xdfff);

/** The edit is one tree-sitter can take: it turns `before` into `after`, with true points. */
function expectValidEdit(before: string, after: string, edit: PythonTreeEdit) {
  expect(
    before.slice(0, edit.startIndex) +
      after.slice(edit.startIndex, edit.newEndIndex) +
      before.slice(edit.oldEndIndex),
  ).toBe(after);
  expect(before.slice(0, edit.startIndex)).toBe(after.slice(0, edit.startIndex));
  expect(before.slice(edit.oldEndIndex)).toBe(after.slice(edit.newEndIndex));
  expect(edit.startPosition).toEqual(naivePoint(before, edit.startIndex));
  expect(edit.oldEndPosition).toEqual(naivePoint(before, edit.oldEndIndex));
  expect(edit.newEndPosition).toEqual(naivePoint(after, edit.newEndIndex));
  for (const [text, index] of [
    [before, edit.startIndex],
    [before, edit.oldEndIndex],
    [after, edit.startIndex],
    [after, edit.newEndIndex],
  ] as const)
    expect(splitsPair(text, index), `${JSON.stringify(text)} at ${index}`).toBe(false);
}

describe("textEdit", () => {
  it("gives nothing for the same text", () => {
    expect(textEdit("", "")).toBeUndefined();
    expect(textEdit("x = 1\n", "x = 1\n")).toBeUndefined();
  });

  it("gives an insertion", () => {
    expect(textEdit("a = 1\nb = 2\n", "a = 1\n# new\nb = 2\n")).toEqual({
      startIndex: 6,
      oldEndIndex: 6,
      newEndIndex: 12,
      startPosition: { row: 1, column: 0 },
      oldEndPosition: { row: 1, column: 0 },
      newEndPosition: { row: 2, column: 0 },
    });
    expect(textEdit("", "x")).toMatchObject({ startIndex: 0, oldEndIndex: 0, newEndIndex: 1 });
    expect(textEdit("x", "xy")).toMatchObject({ startIndex: 1, oldEndIndex: 1, newEndIndex: 2 });
  });

  it("gives a deletion", () => {
    expect(textEdit("a = 1\n# old\nb = 2\n", "a = 1\nb = 2\n")).toEqual({
      startIndex: 6,
      oldEndIndex: 12,
      newEndIndex: 6,
      startPosition: { row: 1, column: 0 },
      oldEndPosition: { row: 2, column: 0 },
      newEndPosition: { row: 1, column: 0 },
    });
    expect(textEdit("abc", "")).toMatchObject({ startIndex: 0, oldEndIndex: 3, newEndIndex: 0 });
  });

  it("gives a replacement, columns counted from the line's start", () => {
    expect(textEdit("def f():\n    return old_name\n", "def f():\n    return new_nam\n")).toEqual({
      startIndex: 20,
      oldEndIndex: 28,
      newEndIndex: 27,
      startPosition: { row: 1, column: 11 },
      oldEndPosition: { row: 1, column: 19 },
      newEndPosition: { row: 1, column: 18 },
    });
  });

  it("never splits a surrogate pair, and counts an astral character as two units", () => {
    const cases: [string, string][] = [
      ["s = '\u{1F600}'\n", "s = '\u{1F601}'\n"], // same high surrogate, different low
      ["s = '\u{1F600}'\n", "s = '\u{1F700}'\n"], // different high, same low
      ["x\u{1F600}", "y\u{1F680}"],
      ["\u{1F600}\u{1F600}", "\u{1F600}\u{1F600}\u{1F600}"],
      ["a\u{1D4B3}b", "a\u{1D4B3}\u{1D4B3}b"],
      ["\u{1D4B3} = 3\nz = 1\n", "\u{1D4B3} = 4\nz = 1\n"],
      ["t = '\u{1F600}x'", "t = '\u{1F600}'"],
    ];
    for (const [before, after] of cases) {
      const edit = textEdit(before, after)!;
      expectValidEdit(before, after, edit);
    }
    expect(textEdit("s = '\u{1F600}'\n", "s = '\u{1F601}'\n")).toMatchObject({
      startIndex: 5,
      oldEndIndex: 7,
      newEndIndex: 7,
      startPosition: { row: 0, column: 5 },
      oldEndPosition: { row: 0, column: 7 },
    });
    expect(textEdit("\u{1D4B3} = 3\n", "\u{1D4B3} = 4\n")).toMatchObject({
      startIndex: 5,
      startPosition: { row: 0, column: 5 },
    });
  });

  it("ends rows at LF only: a CR before it is part of the line, as tree-sitter counts", () => {
    const before = "a = 1\r\nb = 2\r\nc = 3\r\n";
    const after = "a = 1\r\nb = 22\r\nc = 3\r\n";
    expect(textEdit(before, after)).toEqual({
      startIndex: 12,
      oldEndIndex: 12,
      newEndIndex: 13,
      startPosition: { row: 1, column: 5 },
      oldEndPosition: { row: 1, column: 5 },
      newEndPosition: { row: 1, column: 6 },
    });
    // A line inserted between CRLF lines, and a CRLF turned into LF.
    for (const [x, y] of [
      [before, "a = 1\r\n# new\r\nb = 2\r\nc = 3\r\n"],
      [before, "a = 1\nb = 2\r\nc = 3\r\n"],
      ["x\r\n", "x\r\r\n"],
    ] as const)
      expectValidEdit(x, y, textEdit(x, y)!);
  });

  it("finds the longest shared start and end of long texts, compared a chunk at a time", () => {
    const alphabet = ["a", " ", "\n", "\u{1F600}", "\u00e9", "#"];
    let seed = 11;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const text = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join("");
    for (let i = 0; i < 300; i++) {
      // Some texts repeat one short piece: their shared start and end could overlap.
      const before = i % 2 ? text(random(6000)) : text(1 + random(3)).repeat(random(3000));
      const start = random(before.length + 1);
      const end = start + random(before.length - start + 1);
      const after = before.slice(0, start) + text(random(3)) + before.slice(end);
      const edit = textEdit(before, after);
      if (before === after) {
        expect(edit).toBeUndefined();
        continue;
      }
      expectValidEdit(before, after, edit!);
      // Nothing more is shared: one more character either side would differ (or split a pair).
      const { startIndex, oldEndIndex, newEndIndex } = edit!;
      const sharedBefore =
        startIndex < Math.min(oldEndIndex, newEndIndex) && before[startIndex] === after[startIndex];
      const sharedAfter =
        oldEndIndex > startIndex &&
        newEndIndex > startIndex &&
        before[oldEndIndex - 1] === after[newEndIndex - 1];
      if (sharedBefore) expect(splitsPair(before, startIndex + 1)).toBe(true);
      if (sharedAfter) expect(splitsPair(before, oldEndIndex - 1)).toBe(true);
    }
  });

  it("turns any text into any other, whatever the two share (random pairs)", () => {
    const alphabet = ["a", " ", "\n", "\r\n", "\r", "\u{1F600}", "\u{1F601}", "\u00e9", "(", "#"];
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const word = () => Array.from({ length: random(8) }, () => alphabet[random(alphabet.length)]).join("");
    for (let i = 0; i < 2000; i++) {
      const before = word() + word();
      const after = random(2) ? word() + before.slice(random(before.length + 1)) : before + word();
      const edit = textEdit(before, after);
      if (before === after) expect(edit).toBeUndefined();
      else expectValidEdit(before, after, edit!);
    }
  });
});

/** tree-sitter's own nodes, in pre-order, as plain data (positions included). */
function treeSitterNodes(tree: PythonTree): unknown[] {
  interface Node {
    type: string;
    startIndex: number;
    endIndex: number;
    startPosition: { row: number; column: number };
    endPosition: { row: number; column: number };
    isMissing: boolean;
    hasError: boolean;
    childCount: number;
    child(index: number): Node | null;
  }
  const out: unknown[] = [];
  const stack = [tree.rootNode as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    out.push([
      node.type,
      node.startIndex,
      node.endIndex,
      node.startPosition.row,
      node.startPosition.column,
      node.endPosition.row,
      node.endPosition.column,
      node.isMissing,
      node.hasError,
    ]);
    for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i)!);
  }
  return out;
}

/** The frontend's copy, every column and every node's points. */
function copied(tree: SyntaxTree): unknown {
  const { typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags, depth } = tree;
  const points: number[] = [];
  for (let id = 0; id < tree.nodeCount; id++) {
    const { startPosition, endPosition } = tree.node(id);
    points.push(startPosition.row, startPosition.column, endPosition.row, endPosition.column);
  }
  return {
    columns: [typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags].map((c) =>
      Array.from(c),
    ),
    depth,
    points,
  };
}

/** The texts of an editing session, one change each: typing, deleting, breaking and fixing the syntax. */
function session(base: string): { what: string; text: string }[] {
  const steps: { what: string; text: string }[] = [];
  let text = base;
  /** A line start past the middle where a statement can be inserted without a syntax error. */
  const middle = () => {
    for (
      let at = text.indexOf("\n", Math.floor(text.length / 2)) + 1;
      at > 0;
      at = text.indexOf("\n", at) + 1
    ) {
      const tree = parsePython(`${text.slice(0, at)}x = 1\n${text.slice(at)}`);
      const fits = !tree.rootNode.hasError;
      freePythonTree(tree);
      if (fits) return at;
    }
    return text.length;
  };
  const step = (what: string, next: string) => {
    text = next;
    steps.push({ what, text });
  };
  const insert = (at: number, inserted: string) => `${text.slice(0, at)}${inserted}${text.slice(at)}`;
  step("as it is", text);
  step("a comment line inserted", insert(middle(), "# edit 1\n"));
  const at = middle();
  step("a newline typed", insert(at, "\n"));
  [..."x = 1"].forEach((ch, i) => step(`typing "${ch}"`, insert(at + i, ch)));
  step("a string with astral characters", insert(middle(), 's = "\u{1F600}\u{1D4B3}"\n'));
  step("an astral character changed", text.replace("\u{1F600}", "\u{1F601}"));
  step("into a syntax error: an open bracket", insert(middle(), "call(a, \n"));
  step("still broken: more typed", insert(text.indexOf("call(a, \n") + 9, "y = [\n"));
  step("out of the error: the brackets removed", text.replace("call(a, \n", "").replace("y = [\n", ""));
  step("a line deleted", text.slice(0, middle()) + text.slice(text.indexOf("\n", middle()) + 1));
  step("an indented block inserted", insert(middle(), "if flag:\n    flag_z = 2\n"));
  // tree-sitter-python reads an empty block, or a block dedented, without an error: the
  // indentation scanner's state still changes.
  step("a block dedented", text.replace("if flag:\n    flag_z", "if flag:\nflag_z"));
  step("indented again", text.replace("if flag:\nflag_z", "if flag:\n    flag_z"));
  step("into another error: a def half typed", insert(middle(), "def g(:\n"));
  step("out of it", text.replace("def g(:\n", ""));
  step("CRLF line endings", text.replace(/\n/g, "\r\n"));
  step("a line added under CRLF", insert(middle(), "q = 3\r\n"));
  step("the start of the file changed", `import os\n${text}`);
  step("the end of the file changed", `${text}tail = 1\n`);
  step("the same text again", text);
  step("everything deleted", "");
  step("a file typed from nothing", "x = (1,\n");
  return steps;
}

const BASES = [
  { name: "a generated DAG", source: generateFile(7, 3).text },
  { name: "another generated DAG", source: generateFile(7, 11).text },
  {
    name: "a small TaskFlow DAG",
    source:
      'from airflow.decorators import dag, task\n\n@dag()\ndef d():\n    @task\n    def a():\n        return "/tmp/x"\n\n    @task\n    def b(p):\n        open(p).read()\n\n    b(a())\n\nd()\n',
  },
];

describe.each(["native", "wasm"] as const)("IncrementalParse over the %s parser", (kind) => {
  beforeAll(async () => {
    expect((await selectPythonParser(kind)).kind).toBe(kind);
  });
  afterAll(async () => {
    await selectPythonParser("native");
  });

  it.each(BASES)("gives, edit after edit, the trees of a parse from scratch ($name)", ({ source }) => {
    const incremental = new IncrementalParse();
    const broken: string[] = [];
    try {
      for (const { what, text } of session(source)) {
        // tree-sitter's own tree: every node, with its offsets and points.
        const tree = incremental.parse(text);
        const scratch = parsePython(text);
        expect(treeSitterNodes(tree), what).toEqual(treeSitterNodes(scratch));
        if (scratch.rootNode.hasError) broken.push(what);
        freePythonTree(scratch);
      }
    } finally {
      incremental.dispose();
    }
    // The session does break the syntax, and fixes it.
    expect(broken).toContain("into a syntax error: an open bracket");
    expect(broken).toContain("into another error: a def half typed");
    expect(broken).not.toContain("out of the error: the brackets removed");
    expect(broken).not.toContain("out of it");
    // Every error-free text after the first was parsed from the last tree; a broken one from scratch.
    expect(incremental.counts).toEqual({
      fromPrevious: session(source).length - broken.length - 2, // not the first, nor the same text again
      fromScratch: broken.length + 1,
    });
  });

  it.each(BASES)(
    "gives the frontend's copy of a parse from scratch, edit after edit ($name)",
    ({ source }) => {
      const incremental = new IncrementalParse();
      try {
        for (const { what, text } of session(source))
          expect(copied(parseSyntaxTree(text, incremental)), what).toEqual(copied(parseSyntaxTree(text)));
      } finally {
        incremental.dispose();
      }
    },
  );

  it("keeps its tree alive for the caller, parses again after dispose, and the same text is the same tree", () => {
    const incremental = new IncrementalParse();
    const first = incremental.parse("x = 1\n");
    expect(incremental.parse("x = 1\n")).toBe(first);
    incremental.dispose();
    incremental.dispose(); // twice is harmless
    const again = incremental.parse("x = 12\n");
    expect(treeSitterNodes(again)).toEqual(treeSitterNodes(parsePython("x = 12\n")));
    // The copy does not free the kept tree: the next parse starts from it.
    parseSyntaxTree("x = 123\n", incremental);
    expect(copied(parseSyntaxTree("x = 1234\n", incremental))).toEqual(copied(parseSyntaxTree("x = 1234\n")));
    incremental.dispose();
  });
});

describe("IncrementalParse when the parser is switched", () => {
  it("starts from scratch on the new backend", async () => {
    const incremental = new IncrementalParse();
    await selectPythonParser("wasm");
    incremental.parse("x = 1\n");
    await selectPythonParser("native");
    const tree = incremental.parse("x = 2\n");
    expect(treeSitterNodes(tree)).toEqual(treeSitterNodes(parsePython("x = 2\n")));
    incremental.dispose();
  });
});

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that, inserted anywhere, may join, split, open or close tokens, strings, brackets and blocks. */
const FRAGMENTS = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  ".",
  " ",
  "    ",
  "\n",
  "\r\n",
  "\t",
  "\\\n",
  "#",
  "# note ",
  '"',
  "'",
  '"""',
  "'''",
  'f"{a}"',
  "x",
  "_1",
  "é",
  "\u{1F600}",
  "1",
  "0x",
  "lambda: ",
  "not ",
  " in ",
  "def ",
  "class ",
  "if x:\n    ",
  "return ",
  "@task\n",
  "import os\n",
  "pass\n",
  "[1, 2]",
  "=",
  "+",
];

/**
 * `count` successive texts from `base`, each one random edit of the last: what an editor sees,
 * in a file that breaks and mends as it is typed. Most edits keep it valid (a line added, copied
 * or removed, a name or number typed into); some insert or delete anything anywhere; some go
 * back to an earlier text (an undo), mostly the last one without a syntax error.
 */
function randomSession(base: string, seed: number, count: number): string[] {
  const next = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const texts: string[] = [];
  let text = base;
  let lastValid = base;
  for (let step = 0; step < count; step++) {
    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i !== -1 && i + 1 < text.length; i = text.indexOf("\n", i + 1))
      lineStarts.push(i + 1);
    const line = pick(lineStarts);
    const lineEnd = text.indexOf("\n", line) === -1 ? text.length : text.indexOf("\n", line) + 1;
    const indent = /^[ \t]*/.exec(text.slice(line))![0];
    const at = Math.floor(next() * (text.length + 1));
    const kind = next();
    if (kind < 0.15) text = `${text.slice(0, line)}${indent}# comment ${step}\n${text.slice(line)}`;
    else if (kind < 0.3)
      text = `${text.slice(0, line)}${indent}v${step} = f(${step}, "s")\n${text.slice(line)}`;
    else if (kind < 0.4) text = text.slice(0, line) + text.slice(lineEnd);
    else if (kind < 0.5) text = text.slice(0, lineEnd) + text.slice(line, lineEnd) + text.slice(lineEnd);
    else if (kind < 0.65) {
      // Typed into a name or a number, where there is one.
      const word = /[A-Za-z0-9_]/.exec(text.slice(at));
      const where = word ? at + word.index : at;
      text = `${text.slice(0, where)}${pick(["a", "Z", "_", "7"])}${text.slice(where)}`;
    } else if (kind < 0.8) text = `${text.slice(0, at)}${pick(FRAGMENTS)}${text.slice(at)}`;
    else if (kind < 0.9) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 12));
    else text = next() < 0.7 ? lastValid : pick(texts.length > 0 ? texts : [base]);
    texts.push(text);
    const tree = parsePython(text);
    if (!tree.rootNode.hasError) lastValid = text;
    freePythonTree(tree);
  }
  return texts;
}

const FIXTURES = ["apis/formats_and_models.py", "apis/filesystems_and_clients.py", "storage"].flatMap(
  (entry) => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/python");
    const file = path.join(root, entry);
    const files = entry.endsWith(".py")
      ? [file]
      : readdirSync(file)
          .filter((name) => name.endsWith(".py"))
          .sort()
          .slice(0, 2)
          .map((name) => path.join(file, name));
    return files.map((source) => ({
      name: path.relative(root, source),
      source: readFileSync(source, "utf8"),
    }));
  },
);

describe.each(["native", "wasm"] as const)("The incremental copy over the %s parser", (kind) => {
  beforeAll(async () => {
    expect((await selectPythonParser(kind)).kind).toBe(kind);
  });
  afterAll(async () => {
    await selectPythonParser("native");
  });

  it.each([...BASES, ...FIXTURES].map((base, seed) => ({ ...base, seed })))(
    "is the copy of a parse from scratch, over random edits ($name)",
    ({ source, seed }) => {
      const incremental = new IncrementalParse();
      /** Texts parsed from the last tree, and the share of their nodes taken from the last copy. */
      const shares: number[] = [];
      try {
        for (const [step, text] of randomSession(source, seed + 1, 150).entries()) {
          const before = incremental.counts.fromPrevious;
          const tree = parseSyntaxTree(text, incremental);
          expect(copied(tree), `step ${step}: ${JSON.stringify(text)}`).toEqual(
            copied(parseSyntaxTree(text)),
          );
          if (incremental.counts.fromPrevious > before) shares.push(tree.reusedNodes / tree.nodeCount);
        }
      } finally {
        incremental.dispose();
      }
      // Many texts were parsed from the last tree, and their copies took most nodes from the last copy.
      expect(shares.length).toBeGreaterThan(15);
      expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThan(0.5);
    },
  );
});

describe("The analysis of an edited text", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../fixtures/python");
  const files = [
    "storage/helper_functions_tmp.py",
    "storage/helper_scratch_inside_task.py",
    "apis/formats_and_models.py",
  ];

  it.each(files.map((file, seed) => ({ file, seed })))(
    "is the analysis of that text from scratch, over random edits ($file)",
    ({ file, seed }) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const filePath = path.join(root, file);
      const incremental = new IncrementalParse();
      try {
        for (const [step, text] of randomSession(source, 100 + seed, 120).entries())
          expect(analyzePython(text, filePath, {}, undefined, incremental), `step ${step}`).toEqual(
            analyzePython(text, filePath),
          );
      } finally {
        incremental.dispose();
      }
      expect(incremental.counts.fromPrevious).toBeGreaterThan(10);
    },
  );
});
