import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blankDataLiterals,
  DATA_LITERAL_MIN_LENGTH,
  dataLiteral,
  findDataLiterals,
  isDataLiteral,
  parseSkippingDataLiterals,
  withDataLiteralMinLength,
  withoutDataLiteralSkips,
  type DataEntry,
} from "./data-literals.js";
import { analyzePython } from "./index.js";
import { IncrementalParse, selectPythonParser } from "./parse.js";
import type { SyntaxTree } from "./syntax-tree.js";

/** `count` elements made by `element(i)`, comma-separated, long enough to be skipped by default. */
function elements(element: (i: number) => string, count = 12_000): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(element(i));
  return parts.join(", ");
}

const NUMBERS = elements((i) => `${i}`);
const ROWS = elements((i) => `{"id": "${i}", "n": ${i}.5, "ok": True, "none": None, "t": (1, -2)}`, 4_000);
const STRINGS = elements((i) => `"s${i}"`);

const PREAMBLE = `import numpy as np
import pandas as pd
from airflow.decorators import task
`;

/** The `list` nodes of the tree spanning at least the threshold: are they skipped? */
function bigLists(tree: SyntaxTree): boolean[] {
  return tree.rootNode
    .descendantsOfType("list")
    .filter((list) => list.endIndex - list.startIndex >= DATA_LITERAL_MIN_LENGTH)
    .map((list) => isDataLiteral(list));
}

/** Whether the file's large list literals were skipped, one flag each. */
function skipped(source: string): boolean[] {
  return bigLists(parseSkippingDataLiterals(source));
}

/** The model with skips, checked equal to the model without (every literal parsed). */
function analysed(source: string) {
  const model = analyzePython(source, "dags/t.py");
  const full = withoutDataLiteralSkips(() => analyzePython(source, "dags/t.py"));
  expect(JSON.stringify(model)).toBe(JSON.stringify(full));
  return model;
}

function valueKinds(source: string): string[] {
  return analysed(source).handoffs.flatMap((h) => h.values.map((v) => `${v.kind}${v.path ?? ""}`));
}

describe("data literals: what is skipped", () => {
  it("a large list returned by a task, and one bound to a name that is returned", () => {
    expect(skipped(`${PREAMBLE}\n@task\ndef rows():\n    return [${ROWS}]\n`)).toEqual([true]);
    expect(skipped(`${PREAMBLE}\n@task\ndef rows():\n    data = [${NUMBERS}]\n    return data\n`)).toEqual([
      true,
    ]);
    // In a helper, a method, on many lines with comments, inside an `if`.
    const lines = NUMBERS.replace(/, (\d*0), /g, ",\n        # row $1\n        $1, ");
    expect(
      skipped(
        `def helper(flag):\n    if flag:\n        table = [\n${lines},\n]\n        return table\n    return []\n\n` +
          `class C:\n    def m(self):\n        return [[${STRINGS}], '''x''', ("a" "b"), 1e-3, .5, 1_000]\n`,
      ),
    ).toEqual([true, true]);
  });

  it("keeps offsets, lines and the user's text", () => {
    const source = `${PREAMBLE}\n@task\ndef rows():\n    return [\n${NUMBERS}\n]\n\nx = 1\n`;
    const tree = parseSkippingDataLiterals(source);
    const [list] = tree.rootNode.descendantsOfType("list");
    expect(isDataLiteral(list!)).toBe(true);
    expect(list!.namedChildCount).toBe(0);
    expect(list!.text).toBe(`[\n${NUMBERS}\n]`);
    expect(list!.endPosition).toEqual({ row: 8, column: 1 });
    expect(tree.rootNode.descendantsOfType("assignment")[0]!.startPosition).toEqual({ row: 10, column: 0 });
    // 12,000 numbers: any element is a number.
    expect(dataLiteral(list!)?.shape.entries).toEqual([{ shape: { key: "n", scalar: "number" } }]);
    // The blanked text the parser saw: same length, same line breaks.
    const blanked = blankDataLiterals(source, findDataLiterals(source));
    expect(blanked.length).toBe(source.length);
    expect(blanked.split("\n").length).toBe(source.split("\n").length);
    expect(blanked).toContain("return [\n");
  });

  it("describes what the literal holds, level by level, and what analysing it would cost", () => {
    const [literal] = findDataLiterals(`def f():\n    return [${ROWS}]\n`);
    // Any element is a dict with these keys; a dict's values and a tuple's elements keep their keys.
    const [row, ...others] = literal!.shape.entries!;
    expect(others).toEqual([]);
    expect(row!.key).toBeUndefined();
    const shape = (entry: DataEntry) => entry.shape.scalar ?? entry.shape.entries!.map(shape);
    expect(row!.shape.entries!.map((entry) => [entry.key, shape(entry)])).toEqual([
      ["id", "string"],
      ["n", "number"],
      ["ok", "json"],
      ["none", "json"],
      ["t", ["number", "number"]],
    ]);
    expect(row!.shape.entries![4]!.shape.entries!.map((entry) => entry.key)).toEqual([0, 1]);
    expect(literal!.nesting).toBe(3);
    // The list, and per row the dict, its five values, the tuple, 1, and -2 (operator and number).
    expect(literal!.steps).toBe(1 + 4_000 * (1 + 5 + 1 + 1 + 1));
  });
});

describe("data literals: near misses are parsed as written", () => {
  const task = (body: string) => `${PREAMBLE}\n@task\ndef rows(x):\n${body}\n`;

  it.each([
    ["a module-level literal", `${PREAMBLE}\nDATA = [${NUMBERS}]\n`],
    [
      "a module-level literal that a task returns",
      `${PREAMBLE}\nDATA = [${NUMBERS}]\n\n@task\ndef rows():\n    return DATA\n`,
    ],
    ["a call inside", task(`    return [${NUMBERS}, len(x)]`)],
    ["a name inside", task(`    return [x, ${NUMBERS}]`)],
    ["an f-string inside", task(`    return [${NUMBERS}, f"{x}"]`)],
    ["a bytes string inside", task(`    return [${NUMBERS}, b"x"]`)],
    ["a set inside", task(`    return [${NUMBERS}, {1, 2}]`)],
    ["a hexadecimal number inside", task(`    return [${NUMBERS}, 0x10]`)],
    ["a complex number inside", task(`    return [${NUMBERS}, 1j]`)],
    ["a line continuation inside", task(`    return [${NUMBERS}, \\\n 1]`)],
    [
      "a directive inside",
      task(`    return [${NUMBERS},\n    # dag-transport: ignore[no-unserializable-xcom] -- data\n    1]`),
    ],
    ["a dict key with a backslash", task(`    return [${NUMBERS}, {"a\\tb": 1}]`)],
    ["a dict of more than 64 entries", task(`    return [${NUMBERS}, {${elements((i) => `${i}: 1`, 65)}}]`)],
    ["a NUL character in the file", task(`    return [${STRINGS}, "\0"]`)],
    ["nesting deeper than 16", task(`    return [${NUMBERS}, ${"[".repeat(16)}1${"]".repeat(16)}]`)],
    ["a name used again", task(`    data = [${NUMBERS}]\n    print(data)\n    return data`)],
    [
      "a name returned by a nested function",
      task(`    data = [${NUMBERS}]\n    def inner():\n        return data\n    return data`),
    ],
    [
      "a name returned twice",
      task(`    data = [${NUMBERS}]\n    if x:\n        return data\n    return data`),
    ],
    ["a name never returned", task(`    data = [${NUMBERS}]\n    return None`)],
    ["an annotated name", task(`    data: list = [${NUMBERS}]\n    return data`)],
    ["a chained assignment", task(`    a = data = [${NUMBERS}]\n    return data`)],
    ["a literal passed to a call", task(`    return np.array([${NUMBERS}])`)],
    ["a literal in a returned tuple", task(`    return [${NUMBERS}], 1`)],
    ["a lambda's body", `f = lambda: [${NUMBERS}]\n`],
    ["a class attribute", `class C:\n    DATA = [${NUMBERS}]\n`],
    ["a @task.bash function", `${PREAMBLE}\n@task.bash\ndef run():\n    return [${STRINGS}]\n`],
    ["a syntax error elsewhere in the file", task(`    return [${NUMBERS}]\n\ndef broken(:\n    pass`)],
  ])("%s", (_, source) => {
    const flags = skipped(source);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((flag) => !flag)).toBe(true);
    // Whatever the analysis makes of it, it makes the same without skips.
    analysed(source);
  });

  it("a literal under the threshold", () => {
    const small = elements((i) => `${i}`, 100);
    expect(
      findDataLiterals(`def f():\n    return [${small}]\n` + " ".repeat(DATA_LITERAL_MIN_LENGTH)),
    ).toEqual([]);
    const justUnder = `[${"1, ".repeat((DATA_LITERAL_MIN_LENGTH - 3) / 3)}]`;
    expect(justUnder.length).toBeLessThan(DATA_LITERAL_MIN_LENGTH);
    expect(findDataLiterals(`def f():\n    return ${justUnder}\n`)).toEqual([]);
    expect(findDataLiterals(`def f():\n    return ${justUnder.replace("[", "[1, ")}\n`)).toHaveLength(1);
  });

  it("a literal that only looks like one: inside a string or a comment", () => {
    const inString = `${PREAMBLE}\n@task\ndef rows():\n    return """x = [${NUMBERS}]"""\n`;
    expect(findDataLiterals(inString)).toHaveLength(1);
    expect(parseSkippingDataLiterals(inString).rootNode.descendantsOfType("integer")).toHaveLength(0);
    analysed(inString);
  });

  it("skips the confirmed literals of a file when others are not", () => {
    const source = `${PREAMBLE}\nDATA = [${NUMBERS}]\n\n@task\ndef rows():\n    return [${NUMBERS}]\n`;
    expect(findDataLiterals(source)).toHaveLength(2);
    expect(skipped(source)).toEqual([false, true]);
    analysed(source);
  });
});

describe("data literals: findings are those of the full parse", () => {
  it("a task returning a huge list of numbers or rows hands on JSON: no finding", () => {
    expect(valueKinds(`${PREAMBLE}\n@task\ndef rows():\n    return [${NUMBERS}]\n`)).toEqual([]);
    expect(valueKinds(`${PREAMBLE}\n@task\ndef rows():\n    data = [${ROWS}]\n    return data\n`)).toEqual(
      [],
    );
  });

  it("a task returning np.array of a huge list is still flagged", () => {
    expect(valueKinds(`${PREAMBLE}\n@task\ndef rows():\n    return np.array([${NUMBERS}])\n`)).toEqual([
      "ndarray",
    ]);
    expect(
      valueKinds(`${PREAMBLE}\n@task\ndef rows():\n    data = [${NUMBERS}]\n    return np.array(data)\n`),
    ).toEqual(["ndarray"]);
    // The helper's literal is skipped; what the task makes of its result is not.
    const helper = `${PREAMBLE}\ndef table():\n    return [${NUMBERS}]\n\n@task\ndef rows():\n    return np.array(table())\n`;
    expect(skipped(helper)).toEqual([true]);
    expect(valueKinds(helper)).toEqual(["ndarray"]);
  });

  it("what an element of a skipped literal is, read through a helper", () => {
    const source = (literal: string, use: string) =>
      `${PREAMBLE}\ndef table():\n    return [${literal}]\n\n@task\ndef rows():\n    return ${use}\n`;
    for (const [literal, use] of [
      [STRINGS, "pd.to_datetime(table()[0])"],
      [NUMBERS, "np.log(table()[3])"],
      [ROWS, 'pd.to_datetime(table()[1]["id"])'],
      [NUMBERS, "[np.float64(v) for v in table()]"],
      [ROWS, "{'a': table(), 'b': np.zeros(3)}"],
      [ROWS, 'pd.to_datetime(table()[2]["t"][1])'],
      [`${NUMBERS}, "x", ${STRINGS}`, "[pd.Timestamp(v) for v in table()]"],
    ] as const) {
      expect(skipped(source(literal, use))).toEqual([true]);
      analysed(source(literal, use));
    }
  });

  it("a suppression after the literal still applies", () => {
    const source = `${PREAMBLE}\n@task\ndef rows():\n    data = [\n${NUMBERS}\n    ]\n    return data\n\n@task\ndef arr():\n    return np.zeros(3)  # dag-transport: ignore[no-unserializable-xcom] -- test\n`;
    expect(skipped(source)).toEqual([true]);
    expect(analysed(source).suppressions).toHaveLength(1);
  });
});

describe("data literals: every small literal of the fixtures and examples, skipped", () => {
  it("gives the same model as the full parse", () => {
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
    let skips = 0;
    const differing: string[] = [];
    for (const dir of ["fixtures", "examples"]) {
      for (const entry of readdirSync(path.join(repo, dir), { recursive: true, encoding: "utf8" })) {
        if (!entry.endsWith(".py")) continue;
        const source = readFileSync(path.join(repo, dir, entry), "utf8");
        const file = path.join(dir, entry);
        // From 4 characters on (`[1]` is too short to be worth blanking, `[1,2]` is not).
        const model = withDataLiteralMinLength(4, () => {
          const tree = parseSkippingDataLiterals(source);
          skips += tree.rootNode.descendantsOfType("list").filter((list) => isDataLiteral(list)).length;
          return JSON.stringify(analyzePython(source, file));
        });
        const full = withoutDataLiteralSkips(() => JSON.stringify(analyzePython(source, file)));
        if (model !== full) differing.push(file);
      }
    }
    expect(differing).toEqual([]);
    expect(skips).toBeGreaterThan(0);
  });
});

describe("data literals in an editor session (the incremental parse)", () => {
  it("a text with a skipped literal is parsed afresh; one without reuses the last tree", () => {
    const big = `${PREAMBLE}\n@task\ndef rows():\n    return [${NUMBERS}]\n\n@task\ndef arr():\n    return np.zeros(3)\n`;
    const edited = big.replace("np.zeros(3)", "np.zeros(4)");
    const small = `${PREAMBLE}\n@task\ndef arr():\n    return np.zeros(3)\n`;
    const incremental = new IncrementalParse();
    try {
      for (const source of [small, small.replace("(3)", "(5)"), big, edited, small]) {
        const model = analyzePython(source, "dags/t.py", undefined, undefined, incremental);
        const fresh = analyzePython(source, "dags/t.py");
        expect(JSON.stringify(model)).toBe(JSON.stringify(fresh));
      }
      // The two texts with a skipped literal never went through the kept tree.
      expect(incremental.counts).toEqual({ fromPrevious: 2, fromScratch: 1 });
    } finally {
      incremental.dispose();
    }
  });
});

describe("data literals over the WebAssembly parser", () => {
  beforeAll(async () => {
    expect((await selectPythonParser("wasm")).kind).toBe("wasm");
  });
  afterAll(async () => {
    await selectPythonParser("native");
  });

  it("skips, keeps offsets and gives the findings of the full parse", () => {
    const source = `${PREAMBLE}\n@task\ndef rows():\n    data = [\n${ROWS}\n    ]\n    return data\n\n@task\ndef arr():\n    return np.array([${NUMBERS}])\n`;
    expect(skipped(source)).toEqual([true, false]);
    const tree = parseSkippingDataLiterals(source);
    expect(tree.rootNode.descendantsOfType("return_statement")[1]!.startPosition).toEqual({
      row: 13,
      column: 4,
    });
    expect(valueKinds(source)).toEqual(["ndarray"]);
  });
});
