/**
 * Which JavaScript values are not JSON, as data: what makes them, which of their methods keep
 * them what they are, and how to convert them. Anything not listed is of unknown kind, and a
 * value of unknown kind is never a finding — so a method missing from `keeps` errs towards
 * silence (it behaves as a sanitizer), never towards a false positive.
 *
 * Why each kind matters, with the SDK's msgpack transport: a Map, Set, WeakMap or ArrayBuffer
 * arrives as `{}` (silently empty); typed arrays and Buffers arrive as bytes, which Airflow's
 * JSON XCom encoder rejects; a BigInt or a function makes the push throw; a class instance
 * loses its prototype (methods, getters, private fields); a Date arrives downstream as a
 * string, not a Date.
 */
import type { ValueKind } from "@dag-transport/core";

export interface KindInfo {
  kind: ValueKind;
  /** As the user would say it, in messages. */
  typeName: string;
  /** Matched against `registeredSerializers`. */
  qualifiedType: string;
  /** How to make it JSON, written the way a TypeScript author would. */
  conversion: string;
}

const typedArray = (name: string): KindInfo => ({
  kind: "typed-array",
  typeName: name,
  qualifiedType: name,
  conversion: "Array.from(...)",
});

export const TYPED_ARRAYS = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float16Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
] as const;

/** Kinds by name: global builtins by their global name, library types by `module.Name`. */
export const KINDS: Readonly<Record<string, KindInfo>> = {
  Map: { kind: "map", typeName: "Map", qualifiedType: "Map", conversion: "Object.fromEntries(...)" },
  ReadonlyMap: { kind: "map", typeName: "Map", qualifiedType: "Map", conversion: "Object.fromEntries(...)" },
  WeakMap: {
    kind: "map",
    typeName: "WeakMap",
    qualifiedType: "WeakMap",
    conversion: "a plain object (a WeakMap cannot even be enumerated)",
  },
  Set: { kind: "set", typeName: "Set", qualifiedType: "Set", conversion: "Array.from(...)" },
  ReadonlySet: { kind: "set", typeName: "Set", qualifiedType: "Set", conversion: "Array.from(...)" },
  WeakSet: {
    kind: "set",
    typeName: "WeakSet",
    qualifiedType: "WeakSet",
    conversion: "an array (a WeakSet cannot even be enumerated)",
  },
  ...Object.fromEntries(TYPED_ARRAYS.map((name) => [name, typedArray(name)])),
  ArrayBuffer: {
    kind: "array-buffer",
    typeName: "ArrayBuffer",
    qualifiedType: "ArrayBuffer",
    conversion: 'a base64 string (Buffer.from(buffer).toString("base64"))',
  },
  SharedArrayBuffer: {
    kind: "array-buffer",
    typeName: "SharedArrayBuffer",
    qualifiedType: "SharedArrayBuffer",
    conversion: 'a base64 string (Buffer.from(buffer).toString("base64"))',
  },
  DataView: {
    kind: "array-buffer",
    typeName: "DataView",
    qualifiedType: "DataView",
    conversion: "Array.from(new Uint8Array(view.buffer))",
  },
  Buffer: {
    kind: "buffer",
    typeName: "Buffer",
    qualifiedType: "Buffer",
    conversion: '.toString("base64") (or "utf8" for text)',
  },
  BigInt: {
    kind: "bigint",
    typeName: "BigInt",
    qualifiedType: "bigint",
    conversion: "a string (.toString()) or Number(...)",
  },
  Date: {
    kind: "date",
    typeName: "Date",
    qualifiedType: "Date",
    conversion: ".toISOString() (the next task gets a string either way, never a Date)",
  },
  Function: {
    kind: "function",
    typeName: "function",
    qualifiedType: "Function",
    conversion: "plain data (a function cannot be serialized)",
  },
  "danfojs.DataFrame": {
    kind: "dataframe",
    typeName: "danfo.js DataFrame",
    qualifiedType: "danfojs.DataFrame",
    conversion: 'dfd.toJSON(df, { format: "row" })',
  },
  "danfojs.Series": {
    kind: "series",
    typeName: "danfo.js Series",
    qualifiedType: "danfojs.Series",
    conversion: ".values",
  },
  "nodejs-polars.DataFrame": {
    kind: "polars-frame",
    typeName: "nodejs-polars DataFrame",
    qualifiedType: "nodejs-polars.DataFrame",
    conversion: ".toRecords()",
  },
  "nodejs-polars.Series": {
    kind: "series",
    typeName: "nodejs-polars Series",
    qualifiedType: "nodejs-polars.Series",
    conversion: ".toArray()",
  },
  "apache-arrow.Table": {
    kind: "arrow-table",
    typeName: "Table (apache-arrow)",
    qualifiedType: "apache-arrow.Table",
    conversion: ".toArray() (rows as plain objects)",
  },
  "@tensorflow/tfjs.Tensor": {
    kind: "tensor",
    typeName: "TensorFlow.js Tensor",
    qualifiedType: "@tensorflow/tfjs.Tensor",
    conversion: ".arraySync()",
  },
};

/** A class declared in the DAG file (or imported without a known kind): its instances lose their prototype. */
export function classInstanceKind(className: string): KindInfo {
  return {
    kind: "class-instance",
    typeName: `${className} instance`,
    qualifiedType: className,
    conversion: "a plain object ({ ...value } keeps only its own fields)",
  };
}

/** `new X(...)`: qualified constructor → kind name in KINDS. */
export const CONSTRUCTORS: Readonly<Record<string, string>> = {
  Map: "Map",
  WeakMap: "WeakMap",
  Set: "Set",
  WeakSet: "WeakSet",
  ...Object.fromEntries(TYPED_ARRAYS.map((name) => [name, name])),
  ArrayBuffer: "ArrayBuffer",
  SharedArrayBuffer: "SharedArrayBuffer",
  DataView: "DataView",
  Date: "Date",
  Buffer: "Buffer",
  "danfojs.DataFrame": "danfojs.DataFrame",
  "danfojs.Series": "danfojs.Series",
  "nodejs-polars.DataFrame": "nodejs-polars.DataFrame",
  "nodejs-polars.Series": "nodejs-polars.Series",
  "apache-arrow.Table": "apache-arrow.Table",
};

const tfjsFactories = [
  "tensor",
  "tensor1d",
  "tensor2d",
  "tensor3d",
  "tensor4d",
  "tensor5d",
  "tensor6d",
  "scalar",
  "zeros",
  "ones",
  "zerosLike",
  "onesLike",
  "fill",
  "eye",
  "linspace",
  "range",
  "randomNormal",
  "randomUniform",
  "randomGamma",
  "truncatedNormal",
  "oneHot",
  "variable",
  "stack",
  "concat",
  "add",
  "sub",
  "mul",
  "div",
  "matMul",
  "dot",
  "reshape",
  "transpose",
  "tidy",
  "node.decodeImage",
  "browser.fromPixels",
];

export interface FactoryInfo {
  /** Kind name in KINDS. */
  kind: string;
  /**
   * The call makes text instead when this argument is given: `readFileSync(path, "utf8")` is a
   * string, `readFileSync(path)` a Buffer.
   */
  notWithArgument?: number;
}

/** Calls that make a value of a kind: qualified function → what it makes (awaited, for async APIs). */
export const FACTORIES: Readonly<Record<string, FactoryInfo>> = {
  BigInt: { kind: "BigInt" },
  "BigInt.asIntN": { kind: "BigInt" },
  "BigInt.asUintN": { kind: "BigInt" },
  "Buffer.from": { kind: "Buffer" },
  "Buffer.alloc": { kind: "Buffer" },
  "Buffer.allocUnsafe": { kind: "Buffer" },
  "Buffer.concat": { kind: "Buffer" },
  "fs.readFileSync": { kind: "Buffer", notWithArgument: 1 },
  "fs/promises.readFile": { kind: "Buffer", notWithArgument: 1 },
  ...Object.fromEntries(TYPED_ARRAYS.map((name) => [`${name}.from`, { kind: name }])),
  "danfojs.readCSV": { kind: "danfojs.DataFrame" },
  "danfojs.readJSON": { kind: "danfojs.DataFrame" },
  "danfojs.readExcel": { kind: "danfojs.DataFrame" },
  "danfojs.concat": { kind: "danfojs.DataFrame" },
  "danfojs.merge": { kind: "danfojs.DataFrame" },
  "nodejs-polars.DataFrame": { kind: "nodejs-polars.DataFrame" },
  "nodejs-polars.Series": { kind: "nodejs-polars.Series" },
  "nodejs-polars.readCSV": { kind: "nodejs-polars.DataFrame" },
  "nodejs-polars.readJSON": { kind: "nodejs-polars.DataFrame" },
  "nodejs-polars.readParquet": { kind: "nodejs-polars.DataFrame" },
  "nodejs-polars.readIPC": { kind: "nodejs-polars.DataFrame" },
  "nodejs-polars.concat": { kind: "nodejs-polars.DataFrame" },
  "apache-arrow.tableFromArrays": { kind: "apache-arrow.Table" },
  "apache-arrow.tableFromJSON": { kind: "apache-arrow.Table" },
  "apache-arrow.tableFromIPC": { kind: "apache-arrow.Table" },
  "apache-arrow.makeTable": { kind: "apache-arrow.Table" },
  ...Object.fromEntries(
    tfjsFactories.map((name) => [`@tensorflow/tfjs.${name}`, { kind: "@tensorflow/tfjs.Tensor" }]),
  ),
};

/**
 * Functions that hand back their argument's value unchanged in kind (`structuredClone` copies
 * a Map as a Map). Everything else — `Array.from`, `Object.fromEntries`, `JSON.parse`,
 * `String`, `Number` — makes a new value of unknown (JSON) kind.
 */
export const PASS_THROUGH_FUNCTIONS = new Set(["structuredClone", "Promise.resolve"]);

export interface KindMethods {
  /** Methods that return a value of the same kind (`df.head()` is still a DataFrame). */
  keeps: readonly string[];
  /** Methods that return another non-JSON kind (`tensor.dataSync()` is a typed array). */
  becomes?: Readonly<Record<string, string>>;
  /**
   * Methods that return JSON: the sanitizers, named so the catalog says what the advice in
   * messages relies on. Any method not in `keeps`/`becomes` drops the kind just the same.
   */
  converts: readonly string[];
}

const danfoFrameKeeps = [
  "head",
  "tail",
  "sample",
  "sortValues",
  "sortIndex",
  "query",
  "loc",
  "iloc",
  "drop",
  "dropNa",
  "fillNa",
  "rename",
  "copy",
  "resetIndex",
  "setIndex",
  "round",
  "abs",
  "apply",
  "applyMap",
  "asType",
  "addColumn",
  "cumSum",
  "diff",
  "pctChange",
  "describe",
  "transpose",
];

/** Methods by kind name (a KINDS key). */
export const KIND_METHODS: Readonly<Record<string, KindMethods>> = {
  Map: { keeps: [], converts: ["get", "has", "size"] },
  Set: { keeps: [], converts: ["has", "size"] },
  Date: { keeps: [], converts: ["toISOString", "toJSON", "getTime", "valueOf", "toString", "toUTCString"] },
  Buffer: {
    keeps: ["subarray", "slice", "fill"],
    converts: ["toString", "toJSON", "readUInt8", "readInt32LE", "length"],
  },
  ...Object.fromEntries(
    TYPED_ARRAYS.map((name) => [
      name,
      {
        keeps: ["subarray", "slice", "map", "filter", "fill", "reverse", "sort", "with"],
        converts: ["join", "at"],
      },
    ]),
  ),
  "danfojs.DataFrame": {
    keeps: danfoFrameKeeps,
    becomes: { column: "danfojs.Series", sum: "danfojs.Series", mean: "danfojs.Series" },
    converts: ["toJSON", "toCSV", "values", "shape", "columns"],
  },
  "danfojs.Series": {
    keeps: [
      "head",
      "tail",
      "sortValues",
      "map",
      "apply",
      "abs",
      "round",
      "fillNa",
      "dropNa",
      "copy",
      "unique",
    ],
    converts: ["values", "toJSON", "toCSV", "sum", "mean", "max", "min", "count"],
  },
  "nodejs-polars.DataFrame": {
    keeps: [
      "filter",
      "select",
      "withColumn",
      "withColumns",
      "sort",
      "head",
      "tail",
      "drop",
      "dropNulls",
      "fillNull",
      "rename",
      "join",
      "unique",
      "clone",
      "slice",
      "limit",
      "lazy",
      "collect",
      "collectSync",
    ],
    becomes: { getColumn: "nodejs-polars.Series" },
    converts: [
      "toRecords",
      "toObject",
      "toJSON",
      "rows",
      "writeJSON",
      "writeCSV",
      "toString",
      "height",
      "width",
    ],
  },
  "nodejs-polars.Series": {
    keeps: ["filter", "sort", "head", "tail", "slice", "unique", "cast", "fillNull"],
    converts: ["toArray", "toJSON", "toObject", "sum", "mean", "len"],
  },
  "apache-arrow.Table": {
    keeps: ["slice", "select", "selectAt", "concat", "assign"],
    converts: ["toArray", "toString", "numRows", "numCols"],
  },
  "@tensorflow/tfjs.Tensor": {
    keeps: [
      "add",
      "sub",
      "mul",
      "div",
      "matMul",
      "dot",
      "reshape",
      "transpose",
      "squeeze",
      "expandDims",
      "flatten",
      "sum",
      "mean",
      "max",
      "min",
      "argMax",
      "argMin",
      "softmax",
      "relu",
      "sigmoid",
      "tanh",
      "exp",
      "log",
      "sqrt",
      "square",
      "abs",
      "clone",
      "cast",
      "slice",
      "gather",
      "toFloat",
      "toInt",
    ],
    becomes: { dataSync: "Float32Array", data: "Float32Array" },
    converts: ["arraySync", "array", "toString", "shape", "dtype", "size"],
  },
};

/**
 * How to make each kind JSON-safe, as advice in a message (`no-unserializable-xcom`), where a
 * type's own `conversion` (KINDS) says nothing; absent when only a reference will do.
 */
export const CONVERSION_ADVICE: Readonly<Partial<Record<ValueKind, string>>> = {
  map: "Object.fromEntries(...)",
  set: "Array.from(...)",
  "typed-array": "Array.from(...)",
  "array-buffer": "a base64 string",
  buffer: '.toString("base64")',
  bigint: "a string or Number(...)",
  date: ".toISOString()",
  "class-instance": "a plain object",
};
