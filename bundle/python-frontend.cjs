var __dagTransportFileUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
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
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
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
    __name(parsePattern, "parsePattern");
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
            parsePattern(
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
      matches(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const timeoutMicros = options.timeoutMicros ?? 0;
        const progressCallback = options.progressCallback;
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
      captures(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const timeoutMicros = options.timeoutMicros ?? 0;
        const progressCallback = options.progressCallback;
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
    Module2 = /* @__PURE__ */ (() => {
      var _scriptName = __dagTransportFileUrl;
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
          const { createRequire: createRequire2 } = await import("module");
          var require = createRequire2(__dagTransportFileUrl);
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
        function locateFile(path6) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path6, scriptDirectory);
          }
          return scriptDirectory + path6;
        }
        __name(locateFile, "locateFile");
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = require("fs");
          var nodePath = require("path");
          if (!__dagTransportFileUrl.startsWith("data:")) {
            scriptDirectory = nodePath.dirname(require("url").fileURLToPath(__dagTransportFileUrl)) + "/";
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
          return new URL("tree-sitter.wasm", __dagTransportFileUrl).href;
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
            var exports2 = receiveInstantiationResult(result);
            return exports2;
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
        var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
          for (var symName in exports2) {
            if (isInternalSym(symName)) {
              continue;
            }
            var value = exports2[symName];
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
        var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
          var relocated2 = {};
          for (var e in exports2) {
            var value = exports2[e];
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
        var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
          for (var [sym, exp] of Object.entries(exports2)) {
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
          function moduleLoaded(exports2) {
            if (dso.global) {
              mergeLibSymbols(exports2, libName2);
            } else if (localScope2) {
              Object.assign(localScope2, exports2);
            }
            dso.exports = exports2;
          }
          __name(moduleLoaded, "moduleLoaded");
          if (flags2.loadAsync) {
            return getExports().then((exports2) => {
              moduleLoaded(exports2);
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
      parse(callback, oldTree, options) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options?.progressCallback) {
          C.currentProgressCallback = options.progressCallback;
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
        if (options?.includedRanges) {
          rangeCount = options.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options.includedRanges[i2]);
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

// packages/python/src/index.ts
var index_exports = {};
__export(index_exports, {
  Bindings: () => Bindings,
  CATALOG_TRIGGER_NAMES: () => CATALOG_TRIGGER_NAMES,
  IncrementalParse: () => IncrementalParse,
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
  selectPythonParser: () => selectPythonParser,
  textEdit: () => textEdit
});
module.exports = __toCommonJS(index_exports);
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/index.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/model.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
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

// packages/core/src/rule.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/terminal-text.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(char) {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function terminalText(text2) {
  return text2.replace(UNSAFE, visible);
}

// packages/core/src/results.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/runner.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/config.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/nesting.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/lazy-modules.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var nodeRequire = true ? void 0 : createRequire(__dagTransportFileUrl);
var yaml;
function yamlModule() {
  return yaml ??= nodeRequire ? nodeRequire("yaml") : require("./yaml.cjs");
}

// packages/core/src/listings.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/paths.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var import_node_path = __toESM(require("node:path"), 1);
var NOT_NORMALIZED = /\/\/|\/\.\.?(?:\/|$)|.\/$/;
function isNormalizedAbsolute(filePath) {
  if (import_node_path.default.sep !== "/") return import_node_path.default.resolve(filePath) === filePath;
  return filePath.charCodeAt(0) === 47 && !NOT_NORMALIZED.test(filePath);
}

// packages/core/src/workspace-reader.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var import_node_fs = require("node:fs");
var MAX_FILE_BYTES = 5 * 1024 * 1024;
var NO_FOLLOW = import_node_fs.constants.O_NOFOLLOW;
var utf8 = new TextDecoder("utf-8", { fatal: true });

// packages/core/src/config.ts
var DEFAULT_REVIEW_SETTINGS = { addedSuppressions: "warn" };
var EMPTY_CONFIG = Object.freeze({
  rules: {},
  ignores: [],
  review: DEFAULT_REVIEW_SETTINGS,
  reportUnusedSuppressions: "warn"
});

// packages/core/src/frontend.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/location-pattern.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var HOLE = "{*}";
var ANY = "{any}";
var HOLE_PIECE = { hole: true };
var ANY_PIECE = { any: true };
var TOKEN = /\{\*\}|\{any\}|\{fresh:([^}]*)\}/g;
function freshPiece(line, column) {
  return { fresh: `${line}:${column}` };
}
function memberPiece(line, column) {
  return { fresh: `member:${line}:${column}` };
}
var PREVIOUS_RUN_PIECE = { fresh: "previous-run" };
var PREVIOUS_RUN_TOKEN = patternOf([PREVIOUS_RUN_PIECE]);
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
function hasLiteral(pattern) {
  return /[A-Za-z0-9_]/.test(pattern.replace(TOKEN, ""));
}
function containsFresh(pattern) {
  return pattern.includes("{fresh:");
}
function isPathLike(pattern) {
  return pattern.includes("/") && (hasLiteral(pattern) || containsFresh(pattern));
}
function airflowHomeOwnDisk(pattern) {
  const match = /^\$\{AIRFLOW_HOME\}\/+([^/]+)$/.exec(pattern);
  if (!match || !/^[^{]*\.[A-Za-z0-9]+$/.test(match[1].replace(/\{[^}]*\}/g, "x"))) return void 0;
  return {
    reason: "`AIRFLOW_HOME` is each worker's own Airflow directory (the image's `/opt/airflow`), on the pod's own disk"
  };
}

// packages/core/src/matched-row.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var catalogRow = (api, section) => `\`${api}\` in docs/knowledge.md, ${section}`;
var configuredRow = (api) => `\`${api}\` (configured writeApis / readApis)`;
var repositoryClassRow = (name2, file, line) => `\`${name2}\` (an operator class of the repository, ${file}:${line}, read by dag-transport)`;
var conventionRow = (api) => `\`${api}\` (not catalogued: its \`target\` / \`output_path\`-like keyword is taken as its write, its \`sql\` and other paths as reads, matched only exactly)`;

// packages/core/src/storage-knowledge.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var DEFAULT_TEMP_PREFIXES = ["/tmp", "/var/tmp", "/dev/shm"];
var DEFAULT_STAGING_VARIABLE = "LEOFLOW_STAGING_DIR";
var API_LIST_SCHEMA = {
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
var STORAGE_KNOWLEDGE_PROPERTIES = {
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
var TEMP_SETTINGS_DEFAULTS = {
  tempPrefixes: [...DEFAULT_TEMP_PREFIXES],
  stagingVariable: DEFAULT_STAGING_VARIABLE
};
function list(value) {
  return Array.isArray(value) ? value : [];
}
function argumentRef(value) {
  return typeof value === "number" || typeof value === "string" ? value : void 0;
}
function configuredApi(entry) {
  const api = entry;
  if (typeof api?.call !== "string") return void 0;
  const path6 = argumentRef(api.path);
  const bucket = argumentRef(api.bucket);
  const key = argumentRef(api.key);
  const sql = argumentRef(api.sql);
  if (path6 === void 0 && key === void 0 && sql === void 0) return void 0;
  return {
    call: api.call,
    ...path6 !== void 0 ? { path: path6 } : {},
    ...bucket !== void 0 ? { bucket } : {},
    ...key !== void 0 ? { key } : {},
    ...typeof api.scheme === "string" ? { scheme: api.scheme } : {},
    ...sql !== void 0 ? { sql } : {}
  };
}
var KNOWLEDGE_OPTIONS = ["writeApis", "readApis", "sanctionedHelpers", "tempPrefixes", "stagingVariable"];
var last;
function frozen(options) {
  if (!Object.isFrozen(options)) return false;
  for (const ruleOptions of Object.values(options))
    if (ruleOptions && !Object.isFrozen(ruleOptions)) return false;
  return true;
}
function knowledgeValues(options) {
  const values = [];
  for (const ruleOptions of Object.values(options))
    for (const name2 of KNOWLEDGE_OPTIONS) values.push(ruleOptions?.[name2]);
  return values;
}
function configuredCallFor(qualified, isConfigured) {
  if (isConfigured(qualified)) return qualified;
  const bare = qualified.slice(qualified.lastIndexOf(".") + 1);
  return bare !== qualified && new RegExp("^\\p{Lu}", "u").test(bare) && isConfigured(bare) ? bare : void 0;
}
function readStorageKnowledge(options) {
  if (last?.options === options) return last.knowledge;
  const values = knowledgeValues(options);
  if (last && last.values.length === values.length && last.values.every((v, i2) => v === values[i2])) {
    if (frozen(options)) last.options = options;
    return last.knowledge;
  }
  const apis = [];
  const sanctioned = /* @__PURE__ */ new Set();
  let tempPrefixes;
  const stagingVariables = [];
  for (const ruleOptions of Object.values(options)) {
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
  last = { ...frozen(options) ? { options } : {}, values, knowledge };
  return knowledge;
}

// packages/core/src/dag-files.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var PYTHON_EXTENSIONS = [".py"];
var TYPESCRIPT_SYNTAX_EXTENSIONS = [".ts", ".mts", ".cts"];
var JAVASCRIPT_EXTENSIONS = [".js", ".mjs"];
var TYPESCRIPT_EXTENSIONS = [...TYPESCRIPT_SYNTAX_EXTENSIONS, ...JAVASCRIPT_EXTENSIONS];
var DAG_EXTENSIONS = [...PYTHON_EXTENSIONS, ...TYPESCRIPT_EXTENSIONS];

// packages/core/src/compose-files.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var COMPOSE_FILE_NAMES = [
  "compose.yaml",
  "compose.yml",
  "docker-compose.yaml",
  "docker-compose.yml"
];

// packages/core/src/formatters/json.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/formatters/stylish.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/formatters/sarif.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/fingerprint.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/formatters/sarif.ts
var NOTIFICATIONS = [
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
function notificationDescriptor(id, short, full) {
  return {
    id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: full },
    defaultConfiguration: { level: "error" }
  };
}

// packages/core/src/formatters/github.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/formatters/gitlab.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/formatters/junit.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/core/src/suppression-edits.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
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

// packages/core/src/bulk-suppressions.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/index.ts
var import_node_path5 = __toESM(require("node:path"), 1);

// packages/python/src/bindings.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/node-index.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/syntax-tree.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/parse.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var import_node_fs2 = require("node:fs");
var import_node_module = require("node:module");
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
var PARSER_ENV = "DAG_TRANSPORT_PARSER";
var bundled = typeof define_DAG_TRANSPORT_BUNDLED_GRAMMAR_default !== "undefined" ? define_DAG_TRANSPORT_BUNDLED_GRAMMAR_default : void 0;
var requireHere = (0, import_node_module.createRequire)(__dagTransportFileUrl);
var backend;
var loading;
function wanted() {
  const value = (process.env[PARSER_ENV] ?? "").trim().toLowerCase();
  if (value === "native" || value === "wasm") return value;
  if (value === "" || value === "auto") return "auto";
  throw new Error(`${PARSER_ENV} must be native, wasm or auto (got "${value}").`);
}
function packageVersion(name2) {
  try {
    let dir = import_node_path2.default.dirname(requireHere.resolve(name2));
    for (; ; ) {
      const manifest = import_node_path2.default.join(dir, "package.json");
      try {
        const json = JSON.parse((0, import_node_fs2.readFileSync)(manifest, "utf8"));
        if (json.name === name2) return json.version ?? "?";
      } catch {
      }
      const parent = import_node_path2.default.dirname(dir);
      if (parent === dir) return "?";
      dir = parent;
    }
  } catch {
    return "?";
  }
}
function grammarFile(file) {
  if (bundled) return (0, import_node_url.fileURLToPath)(new URL(`./${import_node_path2.default.basename(file)}`, __dagTransportFileUrl));
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
    parse: (source, previous) => parser.parse(source, previous, {
      bufferSize: Math.max(32 * 1024, source.length + 1)
    }),
    free: () => {
    }
  };
}
async function loadWasm(nativeUnavailable) {
  const { Parser: Parser2, Language: Language2 } = await Promise.resolve().then(() => (init_tree_sitter(), tree_sitter_exports));
  await Parser2.init({
    locateFile: (name2) => bundled ? (0, import_node_url.fileURLToPath)(new URL(`./${name2}`, __dagTransportFileUrl)) : requireHere.resolve(`web-tree-sitter/${name2}`)
  });
  const language = await Language2.load((0, import_node_fs2.readFileSync)(grammarFile("tree-sitter-python.wasm")));
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
    parse: (source, previous) => {
      const tree = parser.parse(source, previous);
      if (!tree) throw new Error("web-tree-sitter returned no tree");
      return tree;
    },
    free: (tree, cursor) => {
      cursor?.delete();
      tree?.delete();
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
  return loading.then((loaded) => (backend = loaded).info);
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
var isHighSurrogate = (code) => code >= 55296 && code <= 56319;
var isLowSurrogate = (code) => code >= 56320 && code <= 57343;
function pointAfter(text2, fromIndex, from, index) {
  let { row } = from;
  let lineStart = fromIndex - from.column;
  for (let i2 = text2.indexOf("\n", fromIndex); i2 !== -1 && i2 < index; i2 = text2.indexOf("\n", i2 + 1)) {
    row++;
    lineStart = i2 + 1;
  }
  return { row, column: index - lineStart };
}
var CHUNK = 1024;
function textEdit(oldText, newText) {
  if (oldText === newText) return void 0;
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix + CHUNK <= shorter && oldText.slice(prefix, prefix + CHUNK) === newText.slice(prefix, prefix + CHUNK))
    prefix += CHUNK;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (suffix + CHUNK <= maxSuffix && oldText.slice(oldText.length - suffix - CHUNK, oldText.length - suffix) === newText.slice(newText.length - suffix - CHUNK, newText.length - suffix))
    suffix += CHUNK;
  while (suffix < maxSuffix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix))
    suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  const oldEndIndex = oldText.length - suffix;
  const newEndIndex = newText.length - suffix;
  const startPosition = pointAfter(oldText, 0, { row: 0, column: 0 }, prefix);
  return {
    startIndex: prefix,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition: pointAfter(oldText, prefix, startPosition, oldEndIndex),
    newEndPosition: pointAfter(newText, prefix, startPosition, newEndIndex)
  };
}
var IncrementalParse = class {
  /** How many parses started from the last tree, and how many from scratch (first, after an error, after `dispose`). */
  counts = { fromPrevious: 0, fromScratch: 0 };
  source;
  tree;
  backend;
  /** The tree of `source` (kept until the next parse or `dispose()`). */
  parse(source) {
    return this.parseFrom(source).tree;
  }
  /** The tree of `source` (kept until the next parse or `dispose()`), and how it relates to the last one. */
  parseFrom(source) {
    const current = ready();
    if (this.tree && this.backend !== current) this.dispose();
    const previous = this.tree;
    if (previous && this.source === source) return { tree: previous, previous };
    try {
      let tree;
      let change;
      const edit = previous ? textEdit(this.source, source) : void 0;
      if (previous && edit) {
        previous.edit(edit);
        tree = current.parse(source, previous);
        if (tree.rootNode.hasError) {
          current.free(tree);
          tree = current.parse(source);
          this.counts.fromScratch++;
        } else {
          this.counts.fromPrevious++;
          change = { edit, ranges: previous.getChangedRanges(tree) };
        }
      } else {
        tree = current.parse(source);
        this.counts.fromScratch++;
      }
      this.dispose();
      this.source = source;
      this.tree = tree;
      this.backend = current;
      return { tree, ...previous ? { previous } : {}, ...change ? { change } : {} };
    } catch (error) {
      this.dispose();
      throw error;
    }
  }
  /** Frees the kept tree; the next parse starts from scratch. */
  dispose() {
    if (this.tree) this.backend?.free(this.tree);
    this.tree = void 0;
    this.source = void 0;
    this.backend = void 0;
  }
};
var nodeTypes;
function pythonNodeTypes() {
  return nodeTypes ??= JSON.parse(
    (0, import_node_fs2.readFileSync)(grammarFile("src/node-types.json"), "utf8")
  );
}

// packages/python/src/syntax-tree.ts
var SYMBOL_IDS = 1 << 16;
var typeNames = Array.from({ length: SYMBOL_IDS }, () => "");
var typeIsNamed = new Uint8Array(SYMBOL_IDS);
var typeHasFields = new Uint8Array(SYMBOL_IDS);
var learnedTypeIds = [];
var fieldNames = [];
var fieldIdsByName = /* @__PURE__ */ new Map();
var typeMasks = /* @__PURE__ */ new Map();
var typeIsLeaf = new Uint8Array(SYMBOL_IDS);
var typeWidth = new Uint8Array(SYMBOL_IDS);
var IDENTIFIER = 1;
var COMMENT = 2;
var STRING = 3;
var ERROR_KIND = 4;
var typeKind = new Uint8Array(SYMBOL_IDS);
var KINDS = {
  identifier: IDENTIFIER,
  comment: COMMENT,
  string: STRING,
  ERROR: ERROR_KIND
};
var stringParts = { string_start: 0, string_content: 0, string_end: 0 };
var PADDED_TYPES = /* @__PURE__ */ new Set(["module", "block", "decorator", "ERROR"]);
var typeIsPadded = new Uint8Array(SYMBOL_IDS);
var nodeTypeInfo = pythonNodeTypes();
var TYPES_WITH_FIELDS = new Set(
  nodeTypeInfo.filter((info2) => info2.named && info2.fields && Object.keys(info2.fields).length > 0).map((info2) => info2.type)
);
var TYPES_WITH_TOKEN_FIELDS = new Set(
  nodeTypeInfo.filter((info2) => info2.named && Object.values(info2.fields ?? {}).some((field) => fieldHoldsToken(field))).map((info2) => info2.type)
);
function fieldHoldsToken(field) {
  return field.types.some((type) => !type.named);
}
var typeHasTokenFields = new Uint8Array(SYMBOL_IDS);
var NAMED_TOKENS = new Set(
  nodeTypeInfo.filter((info2) => info2.named && !info2.fields && !info2.children && !info2.subtypes).map((info2) => info2.type)
);
function learnType(cursor, typeId) {
  const name2 = cursor.nodeType;
  typeNames[typeId] = name2;
  typeIsNamed[typeId] = cursor.nodeIsNamed ? 1 : 0;
  typeHasFields[typeId] = TYPES_WITH_FIELDS.has(name2) || name2 === "ERROR" ? 1 : 0;
  typeHasTokenFields[typeId] = TYPES_WITH_TOKEN_FIELDS.has(name2) || name2 === "ERROR" ? 1 : 0;
  const literal = !typeIsNamed[typeId] && !/\s/.test(name2);
  typeIsLeaf[typeId] = literal || NAMED_TOKENS.has(name2) ? 1 : 0;
  typeWidth[typeId] = literal ? name2.length : 0;
  typeKind[typeId] = typeIsNamed[typeId] ? KINDS[name2] ?? 0 : 0;
  typeIsPadded[typeId] = PADDED_TYPES.has(name2) ? 1 : 0;
  if (name2 in stringParts && stringParts[name2] === 0)
    stringParts[name2] = typeId;
  learnedTypeIds.push(typeId);
  for (const { types, mask } of typeMasks.values()) if (types.includes(name2)) mask[typeId] = 1;
}
var masksByList = /* @__PURE__ */ new WeakMap();
function typeMask(types) {
  if (typeof types === "string") return typeMasks.get(types)?.mask ?? maskFor(types, [types]);
  let mask = masksByList.get(types);
  if (mask === void 0) {
    mask = maskFor(types.length === 1 ? types[0] : types.join("\0"), types);
    masksByList.set(types, mask);
  }
  return mask;
}
function maskFor(key, types) {
  let known = typeMasks.get(key);
  if (!known) {
    const mask = new Uint8Array(SYMBOL_IDS);
    for (const typeId of learnedTypeIds) if (types.includes(typeNames[typeId])) mask[typeId] = 1;
    typeMasks.set(key, known = { types: [...types], mask });
  }
  return known.mask;
}
function learnField(cursor, fieldId) {
  const name2 = cursor.currentFieldName ?? "";
  fieldNames[fieldId] = name2;
  fieldIdsByName.set(name2, fieldId);
}
var MISSING = 1;
var HAS_ERROR = 2;
var ERRONEOUS = 4;
var NONE = -1;
var SyntaxTree = class {
  /**
   * @param source the user's text: what `text`, `startPosition` and the extractors read.
   * @param parsed the text tree-sitter parses instead, when it is not `source`: the same length
   *   and the same line breaks, with some spans blanked (`data-literals.ts`); `hiddenDepth` is
   *   added to the tree's depth, for the levels the blanked spans would have had.
   * @param incremental parses from its last tree, which it keeps (`IncrementalParse`).
   */
  constructor(source, parsed, incremental) {
    this.source = source;
    const text2 = parsed?.text ?? source;
    let columns;
    if (incremental) columns = copyIncrementally(incremental, text2);
    else {
      const parse = parsePython(text2);
      const cursor = parse.walk();
      try {
        columns = copyTree(parse, cursor, text2);
      } finally {
        freePythonTree(parse, cursor);
      }
    }
    this.typeIds = columns.typeIds;
    this.fieldIds = columns.fieldIds;
    this.starts = columns.starts;
    this.ends = columns.ends;
    this.parents = columns.parents;
    this.nextSiblings = columns.nextSiblings;
    this.lastDescendants = columns.lastDescendants;
    this.flags = columns.flags;
    this.depth = (columns.depth ?? 0) + (parsed?.hiddenDepth ?? 0);
    this.reusedNodes = columns.reused ?? 0;
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
  /**
   * Levels from the root to the deepest node (the root is level 0); where spans were blanked
   * before the parse, an upper bound that counts the levels they would have had.
   */
  depth;
  /** How many nodes were taken from the last copy of an incremental parse instead of visited (0 for a copy from scratch). */
  reusedNodes;
  objects;
  lineStarts;
  /** Caches about this tree's nodes (`memo.ts`): they die with the tree. */
  memos = void 0;
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
function lineStartsOf(source) {
  let count = 1;
  for (let i2 = source.indexOf("\n"); i2 !== -1; i2 = source.indexOf("\n", i2 + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i2 = source.indexOf("\n"); i2 !== -1; i2 = source.indexOf("\n", i2 + 1)) starts[line++] = i2 + 1;
  return starts;
}
var NO_NODES = Object.freeze([]);
var SyntaxNode = class {
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
    const siblings = this.parent?.children ?? NO_NODES;
    const index = siblings.indexOf(this);
    return index > 0 ? siblings[index - 1] : null;
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
var NODE_BYTES = 4 * 5 + 2 * 2 + 1;
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
var keptCopies = /* @__PURE__ */ new WeakMap();
function copyIncrementally(incremental, text2) {
  const parsed = incremental.parseFrom(text2);
  const kept = keptCopies.get(incremental);
  keptCopies.delete(incremental);
  if (kept && kept.tree === parsed.tree) {
    keptCopies.set(incremental, kept);
    return { ...kept.columns, reused: kept.columns.typeIds.length };
  }
  const reuse = kept && parsed.change && kept.tree === parsed.previous ? { old: kept.columns, ...parsed.change } : void 0;
  const cursor = parsed.tree.walk();
  let columns;
  try {
    columns = copyTree(parsed.tree, cursor, text2, reuse);
  } finally {
    freePythonTree(void 0, cursor);
  }
  keptCopies.set(incremental, { tree: parsed.tree, columns });
  return columns;
}
function copyTree(parsed, cursor, source, reuse) {
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
  const changed = reuse && !exact ? changedSpans(reuse) : void 0;
  const old = reuse?.old;
  const editStart = reuse?.edit.startIndex ?? 0;
  const editEnd = reuse?.edit.newEndIndex ?? 0;
  const shift = reuse ? reuse.edit.newEndIndex - reuse.edit.oldEndIndex : 0;
  let reusedCount = 0;
  const reused = (id) => {
    const start2 = cursor.startIndex;
    const end = cursor.endIndex;
    if (end <= start2 || meets(changed, start2, end)) return false;
    const after = start2 > editEnd;
    if (!after && end >= editStart) return false;
    const delta = after ? shift : 0;
    const oldStart = start2 - delta;
    const oldEnd = end - delta;
    const oldStarts = old.starts;
    const oldCount = oldStarts.length;
    let low = 0;
    let high = oldCount;
    while (low < high) {
      const mid = low + high >> 1;
      if (oldStarts[mid] < oldStart) low = mid + 1;
      else high = mid;
    }
    let size = -1;
    for (let twin = low; twin < oldCount && oldStarts[twin] === oldStart; twin++) {
      if (old.typeIds[twin] !== typeIds[id] || old.ends[twin] !== oldEnd) continue;
      if ((old.flags[twin] & ERRONEOUS) !== 0) return false;
      if (size === -1) size = cursor.currentNode.descendantCount;
      if (old.lastDescendants[twin] - twin + 1 !== size) continue;
      copySubtree(id, twin, size, delta);
      return true;
    }
    return false;
  };
  const copySubtree = (id, twin, size, delta) => {
    while (id + size > typeIds.length) {
      columns = grown(columns, count);
      ({ typeIds, fieldIds, starts, ends, parents, nextSiblings, lastDescendants, flags: flags2 } = columns);
    }
    const o = old;
    const end = twin + size;
    const moved = id - twin;
    typeIds.set(o.typeIds.subarray(twin + 1, end), id + 1);
    fieldIds.set(o.fieldIds.subarray(twin + 1, end), id + 1);
    flags2.set(o.flags.subarray(twin, end), id);
    const oldStarts = o.starts;
    const oldEnds = o.ends;
    const oldParents = o.parents;
    const oldNext = o.nextSiblings;
    const oldLast = o.lastDescendants;
    starts[id] = oldStarts[twin] + delta;
    ends[id] = oldEnds[twin] + delta;
    lastDescendants[id] = oldLast[twin] + moved;
    const levels = subtreeLevels(size);
    let height = 0;
    for (let from = twin + 1, to = id + 1; from < end; from++, to++) {
      starts[to] = oldStarts[from] + delta;
      ends[to] = oldEnds[from] + delta;
      const parent = oldParents[from];
      parents[to] = parent + moved;
      const next = oldNext[from];
      nextSiblings[to] = next === NONE ? NONE : next + moved;
      lastDescendants[to] = oldLast[from] + moved;
      const level = levels[from - twin] = levels[parent - twin] + 1;
      if (level > height) height = level;
    }
    count = id + size;
    reusedCount += size - 1;
    if (depth + height > maxDepth) maxDepth = depth + height;
    previousLeafEnd = ends[id];
  };
  let current = enter(NONE);
  for (; ; ) {
    const typeId = typeIds[current];
    if (changed !== void 0 && typeIsLeaf[typeId] === 0 && reused(current)) {
    } else if (!exact && typeKind[typeId] === STRING && copiedPlainString(current)) {
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
      if (parent === NONE) return { ...firstNodes(columns, count), depth: maxDepth, reused: reusedCount };
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
function changedSpans(reuse) {
  const spans = [
    [reuse.edit.startIndex, reuse.edit.newEndIndex],
    ...reuse.ranges.map((range) => [range.startIndex, range.endIndex])
  ].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start2, end] of spans) {
    if (merged.length > 0 && start2 <= merged[merged.length - 1])
      merged[merged.length - 1] = Math.max(merged[merged.length - 1], end);
    else merged.push(start2, end);
  }
  return Int32Array.from(merged);
}
function meets(spans, start2, end) {
  let low = 0;
  let high = spans.length >> 1;
  while (low < high) {
    const mid = low + high >> 1;
    if (spans[2 * mid + 1] < start2) low = mid + 1;
    else high = mid;
  }
  return low < spans.length >> 1 && spans[2 * low] <= end;
}
var levelScratch = new Int32Array(1024);
function subtreeLevels(size) {
  if (levelScratch.length < size) levelScratch = new Int32Array(Math.max(size, levelScratch.length * 2));
  levelScratch[0] = 0;
  return levelScratch;
}
function parseSyntaxTree(source, incremental) {
  return new SyntaxTree(source, void 0, incremental);
}

// packages/python/src/node-index.ts
var NodeIndex = class {
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
var SCOPE_TYPES = /* @__PURE__ */ new Set([
  "function_definition",
  "lambda",
  "class_definition"
]);
var SCOPE_TYPE_LIST = [...SCOPE_TYPES];
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

// packages/python/src/bindings.ts
var BINDING_TYPES = [
  "assignment",
  "augmented_assignment",
  "named_expression",
  "with_item",
  "for_statement"
];
function onlyAssignedValue(reaching) {
  const only = reaching.length === 1 ? reaching[0] : void 0;
  return only?.kind === "assign" && only.index === void 0 ? only.value : void 0;
}
function typeExpression(node) {
  if (!node) return void 0;
  return node.type === "type" ? node.namedChild(0) ?? node : node;
}
var ScopeBindings = class {
  byName = /* @__PURE__ */ new Map();
  add(name2, binding) {
    const list2 = this.byName.get(name2);
    if (list2) list2.push(binding);
    else this.byName.set(name2, [binding]);
  }
};
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
var Bindings = class {
  constructor(context) {
    this.context = context;
  }
  context;
  scopes = /* @__PURE__ */ new Map();
  /** Each binding's positions, read once (a map of this module's: `memo.ts` says why not a `WeakMap`). */
  ranges = /* @__PURE__ */ new Map();
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
      const annotation = typeExpression(parameter.childForFieldName("type"));
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
        const annotation = typeExpression(node.childForFieldName("type"));
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
      if (bindings2?.length) return reachingFrom(bindings2, use, scopeNode.id === useScope?.id, this.ranges);
    }
    const constant = this.context.constants.get(name2);
    const target = constant?.parent?.childForFieldName("left");
    if (constant && target) return [{ kind: "assign", target, value: constant }];
    if (useScope) return [];
    const bindings = this.moduleScope().byName.get(name2);
    return bindings?.length ? reachingFrom(bindings, use, true, this.ranges) : [];
  }
  /**
   * Every binding of `name` in the module's own scope (DAG code at module level, `if` and `with`
   * blocks included; not functions or classes), in source order.
   */
  moduleBindings(name2) {
    return this.moduleScope().byName.get(name2) ?? [];
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
function enclosingBlock(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "block" || current.type === "module") return current;
  }
  return void 0;
}
function reachingFrom(bindings, use, sameScope, known) {
  const reaching = [];
  const useStart = use.startIndex;
  const useEnd = use.endIndex;
  const encloses2 = (range) => range !== void 0 && range[0] <= useStart && useEnd <= range[1];
  for (let i2 = bindings.length - 1; i2 >= 0; i2--) {
    const binding = bindings[i2];
    if (binding.kind === "parameter") {
      reaching.push(binding);
      break;
    }
    const ranges = rangesOf(binding, known);
    if (sameScope && ranges.target >= useStart) continue;
    if (encloses2(ranges.value)) continue;
    reaching.push(binding);
    if (binding.kind !== "augmented" && encloses2(ranges.block)) break;
  }
  return reaching;
}
function rangesOf(binding, known) {
  let ranges = known.get(binding);
  if (!ranges) {
    const block = enclosingBlock(binding.target);
    ranges = {
      target: binding.target.startIndex,
      ...binding.value ? { value: [binding.value.startIndex, binding.value.endIndex] } : {},
      ...block ? { block: [block.startIndex, block.endIndex] } : {}
    };
    known.set(binding, ranges);
  }
  return ranges;
}

// packages/python/src/data-literals.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/memo.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var slots = 0;
var Memo = class {
  slot = slots++;
  get(owner) {
    return owner.memos?.[this.slot];
  }
  set(owner, value) {
    (owner.memos ??= [])[this.slot] = value;
  }
};
var NodeMemo = class {
  byTree = new Memo();
  get(node) {
    return this.byTree.get(node.tree)?.get(node.id);
  }
  set(node, value) {
    let byId = this.byTree.get(node.tree);
    if (!byId) this.byTree.set(node.tree, byId = /* @__PURE__ */ new Map());
    byId.set(node.id, value);
  }
};

// packages/python/src/data-literals.ts
var DATA_LITERAL_MIN_LENGTH = 64 * 1024;
var DATA_LITERAL_MAX_NESTING = 16;
var MAX_MEMBERS = 16;
var MAX_ENTRIES = 64;
var MAX_KEY_LENGTH = 8192;
var STRING_SHAPE = { key: "s", scalar: "string" };
var NUMBER_SHAPE = { key: "n", scalar: "number" };
var JSON_SHAPE = { key: "j", scalar: "json" };
var SPACE = 32;
var TAB = 9;
var NEWLINE = 10;
var FORM_FEED = 12;
var CARRIAGE_RETURN = 13;
var HASH = 35;
var BACKSLASH = 92;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var COMMA = 44;
var COLON = 58;
var PERIOD = 46;
var PLUS = 43;
var MINUS = 45;
var UNDERSCORE = 95;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function continuesWord(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === UNDERSCORE || isDigit(code) || code >= 128;
}
var OPERATOR_BEFORE_EQUALS = new Set("=<>!+-*/%&|^@:~".split("").map((c) => c.charCodeAt(0)));
function afterReturnOrAssign(source, open) {
  let at2 = open - 1;
  while (at2 >= 0 && (source.charCodeAt(at2) === SPACE || source.charCodeAt(at2) === TAB)) at2--;
  if (at2 < 0) return false;
  if (source.charCodeAt(at2) === 61)
    return at2 === 0 || !OPERATOR_BEFORE_EQUALS.has(source.charCodeAt(at2 - 1));
  const word = at2 - 5;
  return word >= 0 && source.startsWith("return", word) && (word === 0 || !continuesWord(source.charCodeAt(word - 1)));
}
var ESCAPED = /* @__PURE__ */ Symbol("escaped");
var CONSTANTS = ["True", "False", "None"];
var FAILED = -1;
var Scanner = class {
  constructor(source) {
    this.source = source;
    this.length = source.length;
    this.mentionsDirective = source.includes("dag-transport");
  }
  source;
  failedAt = 0;
  /** The shape of the value read last. */
  shape = JSON_SHAPE;
  /** Steps of the value read last. */
  steps = 0;
  /**
   * The value read last as a dict key, as the analysis reads it (`literalKey` in values.ts);
   * `ESCAPED` for a string with a backslash, whose key is left to the parser.
   */
  literalKey;
  /** The text between the quotes of the string read last (undefined when it has a backslash). */
  stringContent;
  nesting = 0;
  length;
  /** Whether the text mentions `dag-transport` at all (else comments need no look). */
  mentionsDirective;
  shapes = /* @__PURE__ */ new Map();
  /** The list literal at `open`, or undefined. */
  literal(open) {
    this.nesting = 0;
    const end = this.sequence(open, 1, CLOSE_BRACKET);
    if (end === FAILED) return void 0;
    return { start: open, end, nesting: this.nesting, shape: this.shape, steps: this.steps };
  }
  fail(at2) {
    this.failedAt = at2;
    return FAILED;
  }
  code(at2) {
    return at2 < this.length ? this.source.charCodeAt(at2) : -1;
  }
  /** Skips whitespace and comments; fails on a line continuation or a directive. */
  trivia(at2) {
    for (; ; ) {
      const code = this.code(at2);
      if (code === SPACE || code === TAB || code === NEWLINE || code === CARRIAGE_RETURN || code === FORM_FEED)
        at2++;
      else if (code === HASH) {
        const newline = this.source.indexOf("\n", at2);
        const end = newline === -1 ? this.length : newline;
        if (this.mentionsDirective && this.source.slice(at2, end).includes("dag-transport"))
          return this.fail(at2);
        at2 = end;
      } else return at2;
    }
  }
  value(at2, depth) {
    const code = this.code(at2);
    switch (code) {
      case OPEN_BRACKET:
        return this.sequence(at2, depth + 1, CLOSE_BRACKET);
      case OPEN_PAREN:
        return this.parenthesized(at2, depth + 1);
      case OPEN_BRACE:
        return this.dictionary(at2, depth + 1);
      case DOUBLE_QUOTE:
      case SINGLE_QUOTE:
        return this.strings(at2);
      case MINUS:
      case PLUS: {
        const end = this.number(at2 + 1);
        this.steps = 2;
        this.literalKey = void 0;
        return end;
      }
    }
    if (isDigit(code) || code === PERIOD) return this.number(at2);
    for (const word of CONSTANTS) {
      if (this.source.startsWith(word, at2) && !continuesWord(this.code(at2 + word.length))) {
        this.shape = JSON_SHAPE;
        this.steps = 1;
        this.literalKey = void 0;
        return at2 + word.length;
      }
    }
    return this.fail(at2);
  }
  /** A list (`[`…`]`) or the rest of a tuple: values separated by commas, a trailing one allowed. */
  sequence(open, depth, close, first) {
    if (depth > DATA_LITERAL_MAX_NESTING) return this.fail(open);
    if (depth > this.nesting) this.nesting = depth;
    const elements = new Elements();
    let steps = 1;
    let at2;
    let read2 = first !== void 0;
    if (first) {
      elements.add(first.shape);
      steps += first.steps;
      at2 = first.end;
    } else {
      at2 = this.trivia(open + 1);
      if (at2 === FAILED) return FAILED;
    }
    for (; ; ) {
      if (read2) read2 = false;
      else {
        if (this.code(at2) === close) break;
        at2 = this.value(at2, depth);
        if (at2 === FAILED) return FAILED;
        elements.add(this.shape);
        steps += this.steps;
      }
      at2 = this.trivia(at2);
      if (at2 === FAILED) return FAILED;
      const code = this.code(at2);
      if (code === COMMA) {
        at2 = this.trivia(at2 + 1);
        if (at2 === FAILED) return FAILED;
      } else if (code !== close) return this.fail(at2);
    }
    const entries = elements.entries();
    return entries ? this.container("[", entries, steps, at2 + 1) : this.fail(at2);
  }
  /** `(` `)`, `(value)` or a tuple `(value, …)`. */
  parenthesized(open, depth) {
    if (depth > DATA_LITERAL_MAX_NESTING) return this.fail(open);
    if (depth > this.nesting) this.nesting = depth;
    let at2 = this.trivia(open + 1);
    if (at2 === FAILED) return FAILED;
    if (this.code(at2) === CLOSE_PAREN) return this.container("[", [], 1, at2 + 1);
    at2 = this.value(at2, depth);
    if (at2 === FAILED) return FAILED;
    const inner = { shape: this.shape, steps: this.steps, key: this.literalKey };
    at2 = this.trivia(at2);
    if (at2 === FAILED) return FAILED;
    if (this.code(at2) === CLOSE_PAREN) {
      this.shape = inner.shape;
      this.steps = inner.steps;
      this.literalKey = inner.key;
      return at2 + 1;
    }
    if (this.code(at2) !== COMMA) return this.fail(at2);
    return this.sequence(open, depth, CLOSE_PAREN, { shape: inner.shape, steps: inner.steps, end: at2 });
  }
  /** `{key: value, …}`; a set (`{1, 2}`) or a `**` splat is not data. The keys are not analysed. */
  dictionary(open, depth) {
    if (depth > DATA_LITERAL_MAX_NESTING) return this.fail(open);
    if (depth > this.nesting) this.nesting = depth;
    const entries = [];
    let steps = 1;
    let at2 = this.trivia(open + 1);
    if (at2 === FAILED) return FAILED;
    while (this.code(at2) !== CLOSE_BRACE) {
      if (entries.length === MAX_ENTRIES) return this.fail(at2);
      at2 = this.value(at2, depth);
      if (at2 === FAILED) return FAILED;
      const key = this.literalKey;
      if (key === ESCAPED) return this.fail(at2);
      at2 = this.trivia(at2);
      if (at2 === FAILED) return FAILED;
      if (this.code(at2) !== COLON) return this.fail(at2);
      at2 = this.trivia(at2 + 1);
      if (at2 === FAILED) return FAILED;
      at2 = this.value(at2, depth);
      if (at2 === FAILED) return FAILED;
      entries.push(key === void 0 ? { shape: this.shape } : { key, shape: this.shape });
      steps += this.steps;
      at2 = this.trivia(at2);
      if (at2 === FAILED) return FAILED;
      const code = this.code(at2);
      if (code === COMMA) {
        at2 = this.trivia(at2 + 1);
        if (at2 === FAILED) return FAILED;
      } else if (code !== CLOSE_BRACE) return this.fail(at2);
    }
    return this.container("{", entries, steps, at2 + 1);
  }
  container(bracket, entries, steps, end) {
    let key = bracket;
    for (const entry of entries) {
      key += `${entry.key === void 0 ? "*" : JSON.stringify(entry.key)}:${entry.shape.key},`;
      if (key.length > MAX_KEY_LENGTH) return this.fail(end);
    }
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = { key, entries };
      this.shapes.set(key, shape);
    }
    this.shape = shape;
    this.steps = steps;
    this.literalKey = void 0;
    return end;
  }
  /** One or more adjacent plain strings (adjacent ones are one concatenated string, one step). */
  strings(at2) {
    let end = this.string(at2);
    if (end === FAILED) return FAILED;
    let key = this.stringContent ?? ESCAPED;
    for (; ; ) {
      const next = this.trivia(end);
      if (next === FAILED) return FAILED;
      const code = this.code(next);
      if (code !== DOUBLE_QUOTE && code !== SINGLE_QUOTE) break;
      end = this.string(next);
      if (end === FAILED) return FAILED;
      key = key !== ESCAPED && this.stringContent !== void 0 ? key + this.stringContent : ESCAPED;
    }
    this.shape = STRING_SHAPE;
    this.steps = 1;
    this.literalKey = key;
    return end;
  }
  /**
   * A string without prefix, `'…'`, `"…"` or triple-quoted; a backslash escapes the next
   * character. Its text between the quotes in `stringContent` (undefined with a backslash:
   * a dict key is then left to the parser, see `dictionary`).
   */
  string(at2) {
    const quote = this.code(at2);
    const triple = this.code(at2 + 1) === quote && this.code(at2 + 2) === quote;
    const open = at2 + (triple ? 3 : 1);
    let escaped = false;
    let i2 = open;
    for (; ; ) {
      if (i2 >= this.length) return this.fail(at2);
      const code = this.source.charCodeAt(i2);
      if (code === BACKSLASH) {
        escaped = true;
        i2 += 2;
      } else if (code === quote && (!triple || this.code(i2 + 1) === quote && this.code(i2 + 2) === quote)) {
        this.stringContent = escaped ? void 0 : this.source.slice(open, i2);
        return i2 + (triple ? 3 : 1);
      } else if (code === NEWLINE && !triple) return this.fail(i2);
      else i2++;
    }
  }
  /** A decimal number: `12`, `1_000`, `1.5`, `.5`, `1.`, `1e-3`; not `0x1`, `1j`, `012`. */
  number(at2) {
    const whole = this.digits(at2);
    let end = whole;
    let fraction = false;
    if (this.code(end) === PERIOD) {
      fraction = true;
      end = this.digits(end + 1);
      if (whole === at2 && end === at2 + 1) return this.fail(at2);
    } else if (whole === at2) return this.fail(at2);
    let exponent = false;
    const e = this.code(end);
    if (e === 101 || e === 69) {
      let digits = end + 1;
      if (this.code(digits) === PLUS || this.code(digits) === MINUS) digits++;
      const after = this.digits(digits);
      if (after === digits) return this.fail(end);
      exponent = true;
      end = after;
    }
    if (!fraction && !exponent && whole - at2 > 1 && this.code(at2) === 48) return this.fail(at2);
    const next = this.code(end);
    if (continuesWord(next) || next === PERIOD) return this.fail(end);
    this.shape = NUMBER_SHAPE;
    this.steps = 1;
    this.literalKey = fraction || exponent ? void 0 : Number(this.source.slice(at2, end));
    return end;
  }
  /** After a run of digits with single underscores between them (`1_000`), or `at` if none. */
  digits(at2) {
    if (!isDigit(this.code(at2))) return at2;
    at2++;
    for (; ; ) {
      const code = this.code(at2);
      if (isDigit(code)) at2++;
      else if (code === UNDERSCORE && isDigit(this.code(at2 + 1))) at2 += 2;
      else return at2;
    }
  }
};
var Elements = class {
  shapes = [];
  distinct = /* @__PURE__ */ new Set();
  count = 0;
  add(shape) {
    if (this.count++ < MAX_ENTRIES) this.shapes.push(shape);
    if (this.distinct.size <= MAX_MEMBERS) this.distinct.add(shape);
  }
  entries() {
    if (this.count <= MAX_ENTRIES) return this.shapes.map((shape, key) => ({ key, shape }));
    if (this.distinct.size > MAX_MEMBERS) return void 0;
    return [...this.distinct].map((shape) => ({ shape }));
  }
};
function findDataLiterals(source) {
  const found = [];
  if (source.length < minLength || source.includes("\0")) return found;
  const scanner = new Scanner(source);
  let from = 0;
  for (; ; ) {
    const open = source.indexOf("[", from);
    if (open === -1 || source.length - open < minLength) return found;
    if (!afterReturnOrAssign(source, open)) {
      from = open + 1;
      continue;
    }
    const literal = scanner.literal(open);
    if (literal && literal.end - literal.start >= minLength) found.push(literal);
    from = literal ? literal.end : Math.max(open + 1, scanner.failedAt);
  }
}
function blankDataLiterals(source, spans) {
  const parts2 = [];
  let at2 = 0;
  for (const { start: start2, end } of spans) {
    parts2.push(source.slice(at2, start2 + 1));
    let from = start2 + 1;
    const inner = end - 1;
    for (let newline = source.indexOf("\n", from); newline !== -1 && newline < inner; newline = source.indexOf("\n", from)) {
      parts2.push(" ".repeat(newline - from), "\n");
      from = newline + 1;
    }
    parts2.push(" ".repeat(inner - from));
    at2 = inner;
  }
  parts2.push(source.slice(at2));
  return parts2.join("");
}
var skipping = true;
var minLength = DATA_LITERAL_MIN_LENGTH;
var skipped = new Memo();
function dataLiteral(node) {
  return skipped.get(node.tree)?.get(node.id);
}
function parseSkippingDataLiterals(source, incremental) {
  let candidates = skipping ? findDataLiterals(source) : [];
  if (candidates.length === 0) return new SyntaxTree(source, void 0, incremental);
  for (let attempt = 0; attempt < 2 && candidates.length > 0; attempt++) {
    const hiddenDepth = Math.max(...candidates.map((c) => 2 * c.nesting + 4));
    const tree = new SyntaxTree(source, { text: blankDataLiterals(source, candidates), hiddenDepth });
    const kept = /* @__PURE__ */ new Map();
    const confirmed = candidates.filter((candidate) => {
      const list2 = skippableList(tree, candidate);
      if (list2) kept.set(list2.id, { shape: candidate.shape, steps: candidate.steps });
      return list2 !== void 0;
    });
    if (confirmed.length === candidates.length) {
      skipped.set(tree, kept);
      return tree;
    }
    candidates = confirmed;
  }
  return new SyntaxTree(source, void 0, incremental);
}
function skippableList(tree, candidate) {
  const root = tree.rootNode;
  if (root.hasError) return void 0;
  const list2 = root.descendantForIndex(candidate.start, candidate.end);
  if (list2.type !== "list" || list2.startIndex !== candidate.start || list2.endIndex !== candidate.end)
    return void 0;
  return onlyReturned(list2) ? list2 : void 0;
}
var IDENTIFIER2 = ["identifier"];
function onlyReturned(list2) {
  const parent = list2.parent;
  if (parent?.type === "return_statement") return ownFunction(parent) !== void 0;
  if (parent?.type !== "assignment" || list2.fieldName !== "right" || parent.childForFieldName("type") || parent.parent?.type !== "expression_statement")
    return false;
  const target = parent.childForFieldName("left");
  if (target?.type !== "identifier") return false;
  const fn = ownFunction(parent);
  if (!fn) return false;
  const name2 = target.text;
  const { tree } = fn;
  const identifiers = typeMask(IDENTIFIER2);
  let returned = false;
  for (let id = fn.id; id <= fn.lastDescendantId; id++) {
    if (identifiers[tree.typeIds[id]] !== 1 || id === target.id) continue;
    const use = tree.node(id);
    if (!use.hasText(name2)) continue;
    const statement = use.parent;
    if (returned || statement?.type !== "return_statement" || ownFunction(statement)?.id !== fn.id)
      return false;
    returned = true;
  }
  return returned;
}
var SCOPE_BOUNDARIES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition", "module"]);
function ownFunction(node) {
  let fn = node.parent;
  while (fn && !SCOPE_BOUNDARIES.has(fn.type)) fn = fn.parent;
  if (fn?.type !== "function_definition") return void 0;
  const decorated = fn.parent;
  if (decorated?.type === "decorated_definition") {
    for (const decorator of decorated.namedChildren)
      if (decorator.type === "decorator" && decorator.text.includes("bash")) return void 0;
  }
  return fn;
}

// packages/python/src/diagnostics.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/syntax.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
function spanOf(node) {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1
  };
}
function shortText(node, max = 60) {
  const length = node.endIndex - node.startIndex;
  for (let prefix = 4 * max; prefix < length; prefix *= 4) {
    const start2 = node.startIndex;
    const oneLine2 = node.tree.source.slice(start2, start2 + prefix).replace(/\s+/g, " ").trim();
    if (oneLine2.length > max) return `${oneLine2.slice(0, max - 1)}\u2026`;
  }
  const oneLine = node.text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
}
function encloses(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function unparenthesize(node) {
  let current = node;
  while (current.type === "parenthesized_expression" && current.namedChildCount === 1) {
    current = current.namedChild(0);
  }
  return current;
}
var splitArguments = new NodeMemo();
function callArguments(call) {
  const cached2 = splitArguments.get(call);
  if (cached2) return cached2;
  const positional = [];
  let keywords;
  const list2 = call.childForFieldName("arguments");
  if (list2) {
    for (const arg of list2.namedChildren) {
      if (arg.type === "keyword_argument") {
        const name2 = arg.childForFieldName("name")?.text;
        const value = arg.childForFieldName("value");
        if (name2 && value) {
          (keywords ??= /* @__PURE__ */ new Map()).set(name2, value);
        }
      } else if (arg.type !== "comment") {
        positional.push(arg);
      }
    }
  }
  const split = { positional, keywords: keywords ?? NO_KEYWORDS };
  splitArguments.set(call, split);
  return split;
}
var NO_KEYWORDS = /* @__PURE__ */ new Map();
function argumentAt(call, slot2) {
  if (!slot2) return void 0;
  const { positional, keywords } = callArguments(call);
  if (slot2.keyword !== void 0 && keywords.has(slot2.keyword)) return keywords.get(slot2.keyword);
  for (const alias of slot2.aliases ?? []) if (keywords.has(alias)) return keywords.get(alias);
  if (slot2.index !== void 0) {
    const argument = positional[slot2.index];
    if (argument && argument.type !== "list_splat" && argument.type !== "dictionary_splat") return argument;
  }
  return void 0;
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
var PLAIN_DOTTED_NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*(?:\.[\p{ID_Start}_][\p{ID_Continue}]*)*$/u;
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
function enclosing(node, types) {
  let current = node.parent;
  while (current) {
    if (types.has(current.type)) return current;
    current = current.parent;
  }
  return void 0;
}
var SCOPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
function ownerScope(node) {
  return enclosing(node, SCOPES);
}
var EXITS = /* @__PURE__ */ new Set(["return_statement", "raise_statement", "continue_statement", "break_statement"]);
function afterExit(statement, fn) {
  for (let node = statement; node && node.id !== fn.id; node = node.parent) {
    if (node.parent?.type !== "block") continue;
    for (let before = node.previousSibling; before; before = before.previousSibling)
      if (alwaysExits(before, 0)) return true;
  }
  return false;
}
var MAX_EXIT_DEPTH = 8;
function alwaysExits(statement, depth) {
  if (EXITS.has(statement.type)) return true;
  if (depth >= MAX_EXIT_DEPTH) return false;
  const exits = (block) => !!block && block.namedChildren.some((child) => alwaysExits(child, depth + 1));
  switch (statement.type) {
    case "try_statement": {
      const handlers = statement.namedChildren.filter(
        (c) => c.type === "except_clause" || c.type === "except_group_clause"
      );
      return exits(statement.childForFieldName("body")) && handlers.every((handler) => exits(handler.namedChildren.find((c) => c.type === "block")));
    }
    case "if_statement": {
      const alternatives = statement.childrenForFieldName("alternative");
      const hasElse = alternatives.some((a) => a.type === "else_clause");
      return hasElse && exits(statement.childForFieldName("consequence")) && alternatives.every(
        (a) => exits(a.childForFieldName(a.type === "else_clause" ? "body" : "consequence"))
      );
    }
    case "with_statement":
      return exits(statement.childForFieldName("body"));
    default:
      return false;
  }
}
function returnedExpressions(fn) {
  if (fn.type === "lambda") {
    const body2 = fn.childForFieldName("body");
    return body2 ? [body2] : [];
  }
  const returned = [];
  for (const statement of ownDescendantsOfType(fn, ["return_statement"])) {
    if (afterExit(statement, fn)) continue;
    const value = statement.namedChildren.find((c) => c.type !== "comment");
    if (value && value.type !== "none") returned.push(value);
  }
  return returned;
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
function parameterNames(fn) {
  const names2 = [];
  const parameters = fn.childForFieldName("parameters");
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter.type === "identifier") names2.push(parameter.text);
    else if (parameter.type === "default_parameter" || parameter.type === "typed_parameter" || parameter.type === "typed_default_parameter") {
      const name2 = parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c.type === "identifier");
      if (name2?.type === "identifier") names2.push(name2.text);
    } else if (parameter.type === "keyword_separator" || parameter.type === "positional_separator") {
      continue;
    } else break;
  }
  return names2;
}

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
var MAX_BRACKET_NESTING = 200;
var OPEN = /* @__PURE__ */ new Set([40, 91, 123]);
var CLOSE = /* @__PURE__ */ new Set([41, 93, 125]);
var HASH2 = 35;
var NEWLINE2 = 10;
var BACKSLASH2 = 92;
var QUOTES = /* @__PURE__ */ new Set([34, 39]);
function nestingDiagnostic(source) {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const length = source.length;
  for (let i2 = 0; i2 < length; i2++) {
    const c = source.charCodeAt(i2);
    if (c === NEWLINE2) {
      line++;
      lineStart = i2 + 1;
    } else if (c === HASH2) {
      while (i2 + 1 < length && source.charCodeAt(i2 + 1) !== NEWLINE2) i2++;
    } else if (QUOTES.has(c)) {
      const triple = source.charCodeAt(i2 + 1) === c && source.charCodeAt(i2 + 2) === c;
      i2 += triple ? 3 : 1;
      for (; i2 < length; i2++) {
        const d = source.charCodeAt(i2);
        if (d === BACKSLASH2) {
          i2++;
          if (source.charCodeAt(i2) === NEWLINE2) {
            line++;
            lineStart = i2 + 1;
          }
        } else if (d === NEWLINE2) {
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

// packages/python/src/module-context.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/catalogs/airflow.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var TASKFLOW_MODULES = [
  "airflow.decorators",
  "airflow.sdk",
  "airflow.sdk.definitions.decorators"
];
var TASKFLOW_ALIASES = /* @__PURE__ */ new Map([
  ["airflow.operators.python.task", "task"],
  // Airflow 2.0–2.1 defined the decorator in `airflow.decorators.python` (`from
  // airflow.decorators.python import task`); later versions name it `python_task` there.
  ["airflow.decorators.python.task", "task"],
  ["airflow.decorators.python.python_task", "python_task"]
]);
var TASK_DECORATORS = {
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
var TASK_MODIFIER_DECORATORS = /* @__PURE__ */ new Set(["task.run_if", "task.skip_if"]);
var PARTIAL_FUNCTIONS = /* @__PURE__ */ new Set(["functools.partial"]);
var TASK_GROUP_DECORATORS = ["task_group"];
var DAG_DECORATORS = ["dag"];
var DAG_CLASSES = /* @__PURE__ */ new Set([
  "airflow.DAG",
  "airflow.models.DAG",
  "airflow.models.dag.DAG",
  "airflow.sdk.DAG",
  "airflow.sdk.definitions.dag.DAG"
]);
var TASK_GROUP_CLASSES = /* @__PURE__ */ new Set([
  "airflow.utils.task_group.TaskGroup",
  "airflow.sdk.TaskGroup",
  "airflow.sdk.definitions.taskgroup.TaskGroup"
]);
var DEPENDENCY_FUNCTIONS = new Map(
  [
    "airflow.models.baseoperator",
    "airflow.utils.helpers",
    "airflow.sdk",
    "airflow.sdk.bases.operator",
    "airflow.sdk.definitions.baseoperator"
  ].flatMap(
    (module2) => ["chain", "chain_linear", "cross_downstream"].filter((name2) => name2 !== "chain_linear" || module2 !== "airflow.utils.helpers").map((name2) => [`${module2}.${name2}`, name2])
  )
);
var EDGE_LABEL_CLASSES = /* @__PURE__ */ new Set([
  "airflow.utils.edgemodifier.Label",
  "airflow.sdk.Label",
  "airflow.sdk.definitions.edges.Label"
]);
var AIRFLOW1_PACKAGE_CLASSES = new Map(
  Object.entries({
    "airflow.operators": {
      PythonOperator: "airflow.operators.python_operator",
      BranchPythonOperator: "airflow.operators.python_operator",
      ShortCircuitOperator: "airflow.operators.python_operator",
      PythonVirtualenvOperator: "airflow.operators.python_operator",
      BashOperator: "airflow.operators.bash_operator"
    },
    "airflow.hooks": {
      S3Hook: "airflow.hooks.S3_hook",
      PostgresHook: "airflow.hooks.postgres_hook",
      MySqlHook: "airflow.hooks.mysql_hook",
      WebHDFSHook: "airflow.hooks.webhdfs_hook"
    },
    "airflow.contrib.hooks": {
      GoogleCloudStorageHook: "airflow.contrib.hooks.gcs_hook",
      WasbHook: "airflow.contrib.hooks.wasb_hook",
      SFTPHook: "airflow.contrib.hooks.sftp_hook",
      SSHHook: "airflow.contrib.hooks.ssh_hook",
      FTPHook: "airflow.contrib.hooks.ftp_hook",
      FTPSHook: "airflow.contrib.hooks.ftp_hook",
      SnowflakeHook: "airflow.contrib.hooks.snowflake_hook"
    }
  }).map(([pkg, classes]) => [pkg, new Map(Object.entries(classes))])
);
var PYTHON_OPERATOR_MODULES = [
  "airflow.operators.python",
  "airflow.operators.python_operator",
  "airflow.providers.standard.operators.python",
  "airflow.sensors.python",
  "airflow.providers.standard.sensors.python",
  "airflow.contrib.sensors.python_sensor"
];
var PYTHON_OPERATOR_CLASSES = {
  PythonOperator: "data",
  PythonVirtualenvOperator: "data",
  ExternalPythonOperator: "data",
  BranchPythonOperator: "control-flow",
  BranchPythonVirtualenvOperator: "control-flow",
  BranchExternalPythonOperator: "control-flow",
  ShortCircuitOperator: "control-flow",
  PythonSensor: "control-flow"
};
var PYTHON_OPERATORS = new Map(
  PYTHON_OPERATOR_MODULES.flatMap(
    (module2) => Object.entries(PYTHON_OPERATOR_CLASSES).map(([cls, role]) => [`${module2}.${cls}`, role])
  )
);
var POKE_RETURN_VALUE_CLASSES = /* @__PURE__ */ new Set([
  "airflow.sensors.base.PokeReturnValue",
  "airflow.sdk.PokeReturnValue",
  "airflow.providers.standard.sensors.base.PokeReturnValue"
]);
var TI_PARAMETERS = /* @__PURE__ */ new Set(["ti", "task_instance"]);
var CONTEXT_TI_KEYS = /* @__PURE__ */ new Set(["ti", "task_instance"]);
var PREVIOUS_RUN_CONTEXT_KEYS = /* @__PURE__ */ new Set([
  "prev_ds",
  "prev_ds_nodash",
  "prev_execution_date",
  "prev_execution_date_success",
  "prev_start_date_success",
  "prev_end_date_success",
  "prev_data_interval_start_success",
  "prev_data_interval_end_success"
]);
var GET_CURRENT_CONTEXT = /* @__PURE__ */ new Set([
  "airflow.operators.python.get_current_context",
  "airflow.providers.standard.operators.python.get_current_context",
  "airflow.sdk.get_current_context",
  "airflow.decorators.get_current_context"
]);

// packages/python/src/catalogs/storage.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var at = (index, keyword, ...aliases) => ({
  index,
  ...keyword ? { keyword } : {},
  ...aliases.length ? { aliases } : {}
});
var kw = (keyword, ...aliases) => ({
  keyword,
  ...aliases.length ? { aliases } : {}
});
var write = (path6, extra = {}) => ({
  access: "write",
  path: path6,
  ...extra
});
var read = (path6, extra = {}) => ({
  access: "read",
  path: path6,
  ...extra
});
var writes = (path6) => ({ effects: [write(path6)] });
var reads = (path6) => ({ effects: [read(path6)] });
var opens = (path6, mode, defaultMode) => ({
  effects: [read(path6)],
  opener: { mode, defaultMode }
});
var copies = (src, dst) => ({ effects: [read(src), write(dst)] });
function withEach(names2, api) {
  return names2.map((name2) => [name2, api]);
}
var STORAGE_FUNCTIONS = new Map([
  ...withEach(["open", "io.open", "builtins.open", "codecs.open"], opens(at(0, "file"), at(1, "mode"), "r")),
  ...withEach(["gzip.open", "bz2.open", "lzma.open"], opens(at(0, "filename"), at(1, "mode"), "rb")),
  ["fsspec.open", opens(at(0, "urlpath"), at(1, "mode"), "rb")],
  ...withEach(["smart_open.open", "smart_open.smart_open"], opens(at(0, "uri"), at(1, "mode"), "r")),
  ["h5py.File", opens(at(0, "name"), at(1, "mode"), "r")],
  // Archives: the archive file is opened by its mode (`"w"`, `"w:gz"`); its members are the
  // receiver's (`zip-tar`). `unpack_archive` writes the members under `extract_dir`.
  ["zipfile.ZipFile", opens(at(0, "file"), at(1, "mode"), "r")],
  ...withEach(["tarfile.open", "tarfile.TarFile.open"], opens(at(0, "name"), at(1, "mode"), "r")),
  [
    "shutil.unpack_archive",
    { effects: [read(at(0, "filename")), write(at(1, "extract_dir"), { under: true })] }
  ],
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
  // GeoPandas (its `to_file` is a method on any receiver).
  ["geopandas.read_file", reads(at(0, "filename"))],
  // xarray: NetCDF, Zarr and GRIB files (`Dataset.to_netcdf` / `to_zarr` are methods on any receiver).
  ...withEach(
    ["xarray.open_dataset", "xarray.open_dataarray", "xarray.load_dataset", "xarray.load_dataarray"],
    reads(at(0, "filename_or_obj"))
  ),
  ["xarray.open_mfdataset", { effects: [read(at(0, "paths"), { glob: true, each: true })] }],
  ["xarray.open_zarr", reads(at(0, "store"))],
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
  // Delta Lake (delta-rs): a table is a directory of Parquet files and a log.
  ...withEach(
    ["deltalake.write_deltalake", "deltalake.writer.write_deltalake"],
    writes(at(0, "table_or_uri"))
  ),
  ...withEach(["deltalake.DeltaTable", "deltalake.table.DeltaTable"], reads(at(0, "table_uri"))),
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
  // `copy`, `copy2` and `move` put the file inside `dst` when it is a directory.
  ...withEach(["shutil.copy", "shutil.copy2", "shutil.move"], {
    effects: [read(at(0, "src")), write(at(1, "dst"), { intoDirectory: true })]
  }),
  ...withEach(["shutil.copyfile", "shutil.copytree"], copies(at(0, "src"), at(1, "dst"))),
  ...withEach(["os.rename", "os.replace"], copies(at(0, "src"), at(1, "dst"))),
  // downloads from the web
  ["urllib.request.urlretrieve", writes(at(1, "filename"))],
  // PDF reports rendered by wkhtmltopdf (pdfkit): `output_path` is the file written.
  ...withEach(["pdfkit.from_string", "pdfkit.from_url"], writes(at(1, "output_path"))),
  ["pdfkit.from_file", copies(at(0, "input"), at(1, "output_path"))],
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
    {
      effects: [],
      program: {
        argument: at(0, "args"),
        language: "shell",
        env: kw("env"),
        cwd: kw("cwd"),
        processCwd: true
      }
    }
  ),
  [
    "os.system",
    { effects: [], program: { argument: at(0, "command"), language: "shell", processCwd: true } }
  ]
  // Listing a directory (`os.listdir`, `os.scandir`, `os.walk`) reads no file — nor does listing a
  // bucket's keys (`list_keys`, `list_objects_v2`, `list_blobs`; no rows): a cleanup task
  // that lists and deletes (`os.unlink`, `os.remove`, `shutil.rmtree`: no rows either) is not
  // a consumer. Nor is a glob (`glob.glob`, `glob.iglob`). Code that reads what it listed
  // reads each element: a path under the directory with a wildcard (`locations.ts`,
  // `elementPlace`), which matches the files another task wrote there.
]);
var LISTED_PREFIX = /* @__PURE__ */ new Map([
  // Those that yield key strings (`S3Hook.list_keys`, `GCSHook.list`); boto3's and MinIO's yield
  // dicts and objects, whose key attributes are not followed.
  ["list_keys", at(1, "prefix")],
  ["list", kw("prefix")]
]);
var CALLABLE_POOLS = /* @__PURE__ */ new Set([
  "concurrent.futures.ThreadPoolExecutor",
  "concurrent.futures.ProcessPoolExecutor",
  "concurrent.futures.thread.ThreadPoolExecutor",
  "concurrent.futures.process.ProcessPoolExecutor",
  "multiprocessing.Pool",
  "multiprocessing.pool.Pool",
  "multiprocessing.pool.ThreadPool"
]);
var POOL_MAP_METHODS = /* @__PURE__ */ new Set(["map", "imap", "imap_unordered", "map_async"]);
var POOL_SUBMIT_METHODS = /* @__PURE__ */ new Set(["submit"]);
var ANY_RECEIVER_METHODS = new Map([
  ...withEach(["to_parquet", "to_pickle", "to_feather", "to_orc"], writes(at(0, "path"))),
  ...withEach(["to_csv", "to_json", "to_hdf"], writes(at(0, "path_or_buf"))),
  ["to_excel", writes(at(0, "excel_writer"))],
  // GeoPandas' `GeoDataFrame.to_file`, Fiona's drivers: the path is the first argument.
  ["to_file", writes(at(0, "filename"))],
  ["tofile", writes(at(0, "fid"))],
  ...withEach(
    ["write_csv", "write_parquet", "write_ipc", "write_json", "write_ndjson", "write_avro"],
    writes(at(0, "file"))
  ),
  ["write_excel", writes(at(0, "workbook"))],
  // xarray's Dataset / DataArray
  ["to_netcdf", writes(at(0, "path"))],
  ["to_zarr", writes(at(0, "store"))],
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
var RECEIVER_NAMES = {
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
  sqlite: "SQLite connection (`sqlite3.connect(path)`) and its cursors: the database file is read or written by its statements",
  filesystem: "fsspec filesystems: `s3fs`, `gcsfs`, `adlfs`, `fsspec.filesystem(protocol)`",
  archive: "7-Zip archives (`py7zr.SevenZipFile`)",
  "zip-tar": "Zip and tar archives (`zipfile.ZipFile`, `tarfile.open`)",
  "swift-service": "OpenStack Swift `SwiftService` (python-swiftclient)",
  "bigquery-client": "google-cloud-bigquery `Client` (a load job reads its `gs://` source URIs, an extract job writes its destination URIs)",
  snowflake: "Snowflake: Airflow `SnowflakeHook`, a `snowflake.connector` connection and its cursors (`PUT file://\u2026` uploads a local file)",
  "webhdfs-hook": "Airflow `WebHDFSHook`",
  "hdfs-client": "HdfsCLI client (`hdfs.InsecureClient`, `WebHDFSHook.get_conn()`)",
  "duckdb-hook": "an imported Airflow hook nobody catalogued that runs DuckDB (named so, or given a `duckdb_conn_id`): its SQL by convention, matched only exactly",
  "spark-reader": "Spark `DataFrameReader` (`spark.read`, `spark.readStream`, after `.format(\u2026)`, `.option(\u2026)`, `.schema(\u2026)`)",
  "spark-writer": "Spark `DataFrameWriter` (`df.write`, `df.writeStream`, after `.format(\u2026)`, `.mode(\u2026)`, `.option(\u2026)`, `.partitionBy(\u2026)`)"
};
var SPARK_IO_ATTRIBUTES = /* @__PURE__ */ new Map([
  ["read", "spark-reader"],
  ["readStream", "spark-reader"],
  ["write", "spark-writer"],
  ["writeStream", "spark-writer"]
]);
var receivers = (names2, made) => names2.map((name2) => [name2, made]);
var RECEIVER_CONSTRUCTORS = new Map([
  ...receivers(
    [
      "pathlib.Path",
      "pathlib.PurePath",
      "pathlib.PosixPath",
      "pathlib.PurePosixPath",
      "upath.UPath",
      "cloudpathlib.CloudPath",
      "cloudpathlib.AnyPath"
    ],
    { kind: "path" }
  ),
  ...receivers(
    [
      "airflow.io.path.ObjectStoragePath",
      "airflow.io.store.path.ObjectStoragePath",
      "airflow.sdk.ObjectStoragePath",
      "airflow.sdk.io.ObjectStoragePath"
    ],
    { kind: "path", connection: "conn_id" }
  ),
  ["cloudpathlib.S3Path", { kind: "path", scheme: "s3" }],
  // The Astro SDK's file (`File("gs://bucket/raw/games.csv", conn_id="gcp")`).
  ["astro.files.File", { kind: "path", connection: "conn_id" }],
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
  ...receivers(["google.cloud.bigquery.Client", "google.cloud.bigquery.client.Client"], {
    kind: "bigquery-client",
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
  ...receivers(
    [
      "airflow.providers.snowflake.hooks.snowflake.SnowflakeHook",
      "airflow.contrib.hooks.snowflake_hook.SnowflakeHook",
      "snowflake.connector.connect"
    ],
    { kind: "snowflake" }
  ),
  // HDFS: a path there is `hdfs://CONNECTION/path` (the hook's connection, the client's URL).
  ...receivers(
    ["airflow.providers.apache.hdfs.hooks.webhdfs.WebHDFSHook", "airflow.hooks.webhdfs_hook.WebHDFSHook"],
    { kind: "webhdfs-hook", bucket: at(0, "webhdfs_conn_id"), defaultBucket: "webhdfs_default" }
  ),
  ...receivers(
    [
      "hdfs.InsecureClient",
      "hdfs.Client",
      "hdfs.TokenClient",
      "hdfs.client.InsecureClient",
      "hdfs.client.Client",
      "hdfs.ext.kerberos.KerberosClient"
    ],
    { kind: "hdfs-client", bucket: at(0, "url") }
  ),
  ["paramiko.SSHClient", { kind: "ssh-client" }],
  ["paramiko.client.SSHClient", { kind: "ssh-client" }],
  ["paramiko.SFTPClient.from_transport", { kind: "sftp-client" }],
  ["swiftclient.service.SwiftService", { kind: "swift-service" }],
  ["duckdb.connect", { kind: "duckdb", database: { path: at(0, "database"), notFiles: [":memory:"] } }],
  ["sqlite3.connect", { kind: "sqlite", database: { path: at(0, "database"), notFiles: [":memory:", ""] } }],
  ...receivers(["s3fs.S3FileSystem", "s3fs.core.S3FileSystem"], { kind: "filesystem", scheme: "s3" }),
  ["gcsfs.GCSFileSystem", { kind: "filesystem", scheme: "gs" }],
  ...receivers(["py7zr.SevenZipFile", "py7zr.py7zr.SevenZipFile"], { kind: "archive" }),
  ...receivers(["zipfile.ZipFile", "tarfile.open", "tarfile.TarFile.open"], { kind: "zip-tar" }),
  ["adlfs.AzureBlobFileSystem", { kind: "filesystem", scheme: "az" }]
]);
var OBJECT_STORE_MOUNTS = [
  {
    path: "/home/airflow/gcs/data/",
    scheme: "gs",
    keyPrefix: "data/",
    bucket: "the Cloud Composer environment's bucket"
  }
];
var FILESYSTEM_FACTORIES = /* @__PURE__ */ new Set(["fsspec.filesystem"]);
var BOTO3_FACTORY_METHODS = {
  client: "s3-client",
  resource: "s3-resource"
};
var RECEIVER_TRANSITIONS = {
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
  "webhdfs-hook": { get_conn: { kind: "hdfs-client" } },
  snowflake: { get_conn: { kind: "snowflake" }, cursor: { kind: "snowflake" } },
  "ssh-client": { open_sftp: { kind: "sftp-client" } },
  // Spark's builders return themselves.
  "spark-reader": Object.fromEntries(
    ["format", "option", "options", "schema"].map((method) => [method, { kind: "spark-reader" }])
  ),
  "spark-writer": Object.fromEntries(
    ["format", "mode", "option", "options", "partitionBy", "bucketBy", "sortBy", "outputMode", "trigger"].map(
      (method) => [method, { kind: "spark-writer" }]
    )
  )
};
var PATH_METHODS = {
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
var RECEIVER_METHODS = {
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
    copy_object: { effects: [{ access: "write", bucket: kw("Bucket"), key: kw("Key") }] }
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
    }
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
    }
  },
  "gcs-client": {},
  "gcs-bucket": {},
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
    download_blob: { effects: [{ access: "read", receiver: true, key: at(0, "blob") }] }
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
    }
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
  // Jobs between a table and objects of GCS: a load reads its source URIs (a `*` is a wildcard),
  // an extract writes its destination URIs.
  "bigquery-client": {
    load_table_from_uri: { effects: [read(at(0, "source_uris"), { each: true, glob: true })] },
    extract_table: { effects: [write(at(1, "destination_uris"), { each: true })] }
  },
  // What a statement reads of the client's disk (`PUT file://…`); its tables are the server's.
  snowflake: {
    run: { effects: [], program: { argument: at(0, "sql"), language: "sql" } },
    execute: { effects: [], program: { argument: at(0, "command"), language: "sql" } }
  },
  "webhdfs-hook": {
    load_file: { effects: [read(at(0, "source")), write(at(1, "destination"), { remote: "hdfs" })] }
  },
  "hdfs-client": {
    upload: { effects: [read(at(1, "local_path")), write(at(0, "hdfs_path"), { remote: "hdfs" })] },
    download: { effects: [read(at(0, "hdfs_path"), { remote: "hdfs" }), write(at(1, "local_path"))] },
    read: { effects: [read(at(0, "hdfs_path"), { remote: "hdfs" })] }
  },
  "sftp-client": {
    put: { effects: [read(at(0, "localpath")), write(at(1, "remotepath"), { remote: "sftp" })] },
    putfo: { effects: [write(at(1, "remotepath"), { remote: "sftp" })] },
    get: { effects: [read(at(0, "remotepath"), { remote: "sftp" }), write(at(1, "localpath"))] },
    getfo: { effects: [read(at(0, "remotepath"), { remote: "sftp" })] }
  },
  // A statement on a database file's connection reads or writes the file (`CREATE`, `INSERT` …).
  sqlite: Object.fromEntries(
    ["execute", "executemany", "executescript"].map((method) => [
      method,
      {
        effects: [],
        program: { argument: at(0, "sql"), language: "sql", database: true }
      }
    ])
  ),
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
  // A provider's or a package's DuckDB hook (`DuckLakeHook(…).sql("SELECT … FROM 'f.parquet'")`):
  // the SQL it runs by DbApiHook's method names, its files read (or written) as DuckDB names them.
  "duckdb-hook": Object.fromEntries(
    ["sql", "run", "execute", "query", "get_records", "get_first", "get_pandas_df", "get_df"].map(
      (method) => [
        method,
        {
          effects: [],
          guessed: true,
          program: { argument: at(0, "sql"), language: "sql" }
        }
      ]
    )
  ),
  // `put` / `get` move a file between the worker's own disk (`lpath`) and the filesystem's store.
  filesystem: {
    open: opens(at(0, "path"), at(1, "mode"), "rb"),
    ...Object.fromEntries(
      ["put", "put_file", "upload"].map((method) => [
        method,
        { effects: [read(at(0, "lpath"), { local: true }), write(at(1, "rpath"))] }
      ])
    ),
    ...Object.fromEntries(
      ["get", "get_file", "download"].map((method) => [
        method,
        { effects: [read(at(0, "rpath")), write(at(1, "lpath"), { local: true })] }
      ])
    ),
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
    extract: { effects: [write(at(0, "path"), { under: true, members: at(1, "targets") })] }
  },
  // The local side only: `download` writes the file its options name (`out_file`), `upload`
  // reads the local files it is given (paths; `SwiftUploadObject`s name nothing we read).
  // The standard library's archives: `extract(member, path)` takes the member first; `write` /
  // `add` read the file they put into the archive (the archive file itself is the opener's).
  "zip-tar": {
    extractall: { effects: [write(at(0, "path"), { under: true })] },
    extract: { effects: [write(at(1, "path"), { under: true })] },
    write: { effects: [read(at(0, "filename"))] },
    add: { effects: [read(at(0, "name"))] }
  },
  "swift-service": {
    download: { effects: [write(kw("options"), { within: ["out_file"] })] },
    upload: { effects: [read(at(1, "objects"), { each: true })] }
  },
  // A file format's method names the path (a directory of parts, for most): `spark.read.parquet(p)`,
  // `df.write.mode("overwrite").csv(p)`; `load` / `save` with the format set before.
  "spark-reader": Object.fromEntries(
    ["parquet", "csv", "json", "orc", "text", "load"].map((method) => [method, reads(at(0, "path"))])
  ),
  "spark-writer": Object.fromEntries(
    ["parquet", "csv", "json", "orc", "text", "save"].map((method) => [method, writes(at(0, "path"))])
  )
};
var operators = (names2, api) => names2.map((name2) => [name2, api]);
var STORAGE_OPERATORS = new Map([
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
  // A container's command (a string, or a list of words): the same shell interpreter, its paths
  // mapped to the host through the bind mounts (`volumes=["/tmp/airflow/data:/data"]`,
  // `mounts=[Mount(target="/data", source="/tmp/airflow/data", type="bind")]`).
  ...operators(
    [
      "airflow.providers.docker.operators.docker.DockerOperator",
      "airflow.operators.docker_operator.DockerOperator"
    ],
    {
      effects: [],
      program: {
        argument: kw("command"),
        language: "shell",
        container: {
          volumes: kw("volumes"),
          mounts: kw("mounts"),
          cwd: kw("working_dir"),
          env: kw("environment"),
          daemon: kw("docker_url"),
          localDaemons: ["unix://"]
        }
      }
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
  // The Astro SDK's operator functions (`aql.load_file(task_id=…, input_file=File("gs://…"))`):
  // a call of one declares a task, as an operator class does.
  ["astro.sql.load_file", { effects: [read(kw("input_file"))] }],
  ...operators(["astro.sql.export_file", "astro.sql.export_to_file"], {
    effects: [{ access: "write", path: kw("output_file") }]
  }),
  // Also under the module names of Amazon provider releases before 4.0 and of Airflow 1.10.
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.s3.S3CopyObjectOperator",
      "airflow.providers.amazon.aws.operators.s3_copy_object.S3CopyObjectOperator",
      "airflow.contrib.operators.s3_copy_object_operator.S3CopyObjectOperator"
    ],
    {
      effects: [
        { access: "read", key: kw("source_bucket_key"), bucket: kw("source_bucket_name") },
        { access: "write", key: kw("dest_bucket_key"), bucket: kw("dest_bucket_name") }
      ]
    }
  ),
  // A SageMaker job reads its input data from S3 URIs inside its job description (`config=`);
  // an `S3Prefix` URI names every object under it. Only inputs: where a job writes its output
  // (a model artifact under `S3OutputPath`) is SageMaker's own layout, and the next SageMaker
  // step reading it is the service's plumbing, not a hand-rolled handoff. A processing job's
  // `ProcessingInputs` carry its own script beside its data: the input SageMaker's SDK names
  // `code` is the program (uploading the code a job runs is deployment, not a handoff).
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerProcessingOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_processing.SageMakerProcessingOperator",
      "airflow.contrib.operators.sagemaker_processing_operator.SageMakerProcessingOperator"
    ],
    {
      effects: [
        read(kw("config"), {
          within: ["ProcessingInputs", "*", "S3Input", "S3Uri"],
          skipElements: { key: "InputName", values: ["code"] }
        })
      ]
    }
  ),
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerTrainingOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_training.SageMakerTrainingOperator",
      "airflow.contrib.operators.sagemaker_training_operator.SageMakerTrainingOperator"
    ],
    {
      effects: [
        read(kw("config"), { within: ["InputDataConfig", "*", "DataSource", "S3DataSource", "S3Uri"] })
      ]
    }
  ),
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerTuningOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_tuning.SageMakerTuningOperator",
      "airflow.contrib.operators.sagemaker_tuning_operator.SageMakerTuningOperator"
    ],
    {
      effects: [
        read(kw("config"), {
          within: ["TrainingJobDefinition", "InputDataConfig", "*", "DataSource", "S3DataSource", "S3Uri"]
        })
      ]
    }
  ),
  // A transform job's description is `config` itself, or its `Transform` beside a `Model`.
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerTransformOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_transform.SageMakerTransformOperator",
      "airflow.contrib.operators.sagemaker_transform_operator.SageMakerTransformOperator"
    ],
    {
      effects: [
        read(kw("config"), { within: ["TransformInput", "DataSource", "S3DataSource", "S3Uri"] }),
        read(kw("config"), {
          within: ["Transform", "TransformInput", "DataSource", "S3DataSource", "S3Uri"]
        })
      ]
    }
  ),
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
      "airflow.contrib.operators.file_to_gcs.FileToGoogleCloudStorageOperator",
      // Airflow 2's deprecated shim re-exports the provider's class under its new name.
      "airflow.contrib.operators.file_to_gcs.LocalFilesystemToGCSOperator"
    ],
    {
      effects: [
        read(kw("src"), { each: true, glob: true }),
        { access: "write", bucket: kw("bucket"), key: kw("dst") }
      ],
      scheme: "gs"
    }
  ),
  // A BigQuery load job reads each source object of the bucket (`source_objects=[…]`).
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.gcs_to_bigquery.GCSToBigQueryOperator",
      "airflow.contrib.operators.gcs_to_bq.GoogleCloudStorageToBigQueryOperator"
    ],
    {
      effects: [{ access: "read", bucket: kw("bucket"), key: kw("source_objects"), each: true }],
      scheme: "gs"
    }
  ),
  // An external table over objects of the bucket reads them when queried: `bucket` with
  // `source_objects=[…]`, or the table resource's `sourceUris` (a `*` in a URI is a wildcard).
  ...operators(
    [
      "airflow.providers.google.cloud.operators.bigquery.BigQueryCreateExternalTableOperator",
      "airflow.contrib.operators.bigquery_operator.BigQueryCreateExternalTableOperator"
    ],
    {
      effects: [
        { access: "read", bucket: kw("bucket"), key: kw("source_objects"), each: true },
        read(kw("table_resource"), { within: ["externalDataConfiguration", "sourceUris", "*"], glob: true })
      ],
      scheme: "gs"
    }
  ),
  // A BigQuery job: a load reads its `sourceUris`, an extract writes its `destinationUris`.
  ...operators(["airflow.providers.google.cloud.operators.bigquery.BigQueryInsertJobOperator"], {
    effects: [
      read(kw("configuration"), { within: ["load", "sourceUris", "*"], glob: true }),
      write(kw("configuration"), { within: ["extract", "destinationUris", "*"] })
    ]
  }),
  // A database table exported to the bucket (`filename`, its `{}` the chunk number).
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.postgres_to_gcs.PostgresToGCSOperator",
      "airflow.providers.google.cloud.transfers.mysql_to_gcs.MySQLToGCSOperator",
      "airflow.providers.google.cloud.transfers.mssql_to_gcs.MSSQLToGCSOperator",
      "airflow.providers.google.cloud.transfers.oracle_to_gcs.OracleToGCSOperator",
      "airflow.providers.google.cloud.transfers.trino_to_gcs.TrinoToGCSOperator",
      "airflow.providers.google.cloud.transfers.presto_to_gcs.PrestoToGCSOperator",
      "airflow.contrib.operators.postgres_to_gcs_operator.PostgresToGoogleCloudStorageOperator",
      "airflow.contrib.operators.mysql_to_gcs.MySqlToGoogleCloudStorageOperator"
    ],
    { effects: [{ access: "write", bucket: kw("bucket"), key: kw("filename") }], scheme: "gs" }
  ),
  // A BigQuery extract job writes each `gs://` URI it is given.
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.bigquery_to_gcs.BigQueryToGCSOperator",
      "airflow.contrib.operators.bigquery_to_gcs.BigQueryToCloudStorageOperator"
    ],
    { effects: [{ access: "write", path: kw("destination_cloud_storage_uris"), each: true }] }
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
var MOUNT_CLASSES = /* @__PURE__ */ new Map([
  [
    "docker.types.Mount",
    {
      target: at(0, "target"),
      source: at(1, "source"),
      type: at(2, "type"),
      defaultType: "volume",
      bindTypes: ["bind"]
    }
  ]
]);
var UNKNOWN_PROGRAM_OUTPUT_WORDS = [
  "output",
  "out",
  "save",
  "dest",
  "destination"
];
var UNKNOWN_PROGRAM_OUTPUT_OPTIONS = [
  "o",
  "out",
  "output",
  "output_file",
  "outputfile",
  "output_path",
  "outputpath",
  "output_dir",
  "outputdir",
  "dest",
  "destination",
  "target",
  "to",
  "save",
  "save_to",
  "saveto",
  "save_path",
  "savepath"
];
var PROGRAM_TASKS = /* @__PURE__ */ new Map([["@task.bash", { language: "shell", env: "env", cwd: "cwd" }]]);
var PATH_SAME_PLACE_METHODS = /* @__PURE__ */ new Set(["resolve", "absolute", "expanduser", "as_posix"]);
var PATH_IDENTITY_FUNCTIONS = /* @__PURE__ */ new Set([
  "str",
  "os.fspath",
  "os.path.abspath",
  "os.path.realpath",
  "os.path.normpath",
  "os.path.expanduser",
  // A Delta Lake table handle names its table's directory (Airflow 2.8+ hands one on by XCom).
  "deltalake.DeltaTable",
  "deltalake.table.DeltaTable"
]);
var WORKING_DIRECTORY_FUNCTIONS = /* @__PURE__ */ new Map([
  ["os.getcwd", false],
  ["pathlib.Path.cwd", true]
]);
var PATH_JOIN_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.join", "posixpath.join"]);
var PATH_DIRNAME_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.dirname", "posixpath.dirname"]);
var PATH_BASENAME_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.basename", "posixpath.basename"]);
var ENV_GET_FUNCTIONS = /* @__PURE__ */ new Set(["os.environ.get", "os.getenv", "os.environ.setdefault"]);
var ENV_READER_CLASSES = /* @__PURE__ */ new Map([
  // What a read without a default does when the variable is unset (for rule messages).
  ["environs.Env", { unset: "this raises `environs.EnvError`" }]
]);
var ENV_READER_METHODS = /* @__PURE__ */ new Map([
  ["str", "text"],
  ["path", "path"]
]);
var ENV_MAPPINGS = /* @__PURE__ */ new Set(["os.environ"]);
var TEMP_ENV_VARIABLES = /* @__PURE__ */ new Set(["TMPDIR", "TEMP", "TMP"]);
function requiredEnvRead(variable) {
  return `os.environ["${variable}"]`;
}
var TEMPFILE_APIS = /* @__PURE__ */ new Map([
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
var AIRFLOW_VARIABLE_GETTERS = /* @__PURE__ */ new Set([
  "airflow.models.Variable.get",
  "airflow.models.variable.Variable.get",
  "airflow.sdk.Variable.get"
]);
var OBJECT_STORE_SCHEMES = /* @__PURE__ */ new Set([
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
var RESULT_METHOD_NAMES = new Set(
  Object.values(RECEIVER_METHODS).flatMap(
    (methods) => Object.entries(methods).filter(([, api]) => api.effects.some((effect) => effect.result)).map(([name2]) => name2)
  )
);
var KNOWN_METHOD_NAMES = /* @__PURE__ */ new Set([
  ...ANY_RECEIVER_METHODS.keys(),
  ...Object.values(RECEIVER_METHODS).flatMap((methods) => Object.keys(methods))
]);

// packages/python/src/module-context.ts
var LEADING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
var PLAIN_CALLEE = /([\p{ID_Start}_][\p{ID_Continue}]*(?:\.[\p{ID_Start}_][\p{ID_Continue}]*)*)\(/uy;
var isAsciiNameStart = (code) => (code | 32) >= 97 && (code | 32) <= 122 ? true : code === 95;
var isAsciiNamePart = (code) => isAsciiNameStart(code) || code >= 48 && code <= 57;
function asciiNameEnd(text2, at2) {
  if (!isAsciiNameStart(text2.charCodeAt(at2))) return text2.charCodeAt(at2) >= 128 ? -1 : at2;
  let end = at2 + 1;
  while (isAsciiNamePart(text2.charCodeAt(end))) end++;
  return text2.charCodeAt(end) >= 128 ? -1 : end;
}
var NOT_A_NAME = "\0";
var IMPORTED = 1;
var NOT_IMPORTED = 2;
var ModuleContext = class {
  constructor(tree, nodes = new NodeIndex(tree.rootNode)) {
    this.tree = tree;
    this.nodes = nodes;
    const root = tree.rootNode;
    this.source = root.text;
    this.sourceOffset = root.startIndex;
    for (const node of nodes.of("import_statement", "import_from_statement")) {
      this.collectImport(node);
    }
    const atModuleLevel = (fn) => (fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent)?.type === "module";
    for (const fn of nodes.of("function_definition")) {
      const name2 = fn.childForFieldName("name")?.text;
      if (!name2) continue;
      const known = this.functions.get(name2);
      if (!known || atModuleLevel(fn)) this.functions.set(name2, fn);
    }
    for (const statement of root.namedChildren) {
      if (statement.type === "if_statement") this.collectBranchConstants(statement);
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : null;
      if (assignment?.type !== "assignment") continue;
      const left = assignment.childForFieldName("left");
      const right = assignment.childForFieldName("right");
      if (left?.type === "identifier" && right) this.constants.set(left.text, right);
    }
    for (const name2 of this.constants.keys()) this.branchConstants.delete(name2);
  }
  tree;
  nodes;
  /** Local name → qualified name: `np` → `numpy`, `rc` → `pandas.read_csv`. */
  aliases = /* @__PURE__ */ new Map();
  /** Function definitions by name: module level (the last one), else nested in DAG bodies (the first). */
  functions = /* @__PURE__ */ new Map();
  /** Module-level `NAME = expression` (single target), for folding constants into locations. */
  constants = /* @__PURE__ */ new Map();
  /**
   * `NAME = expression` in the branches of a module-level `if` (`if SETUP == "DOCKER": base =
   * os.getcwd() else: base = …`), every value in source order, for names `constants` lacks.
   */
  branchConstants = /* @__PURE__ */ new Map();
  /** Modules imported with `from module import *`. */
  wildcardModules = [];
  /** Qualified callee of each call asked about, by call id. */
  calleeNames = /* @__PURE__ */ new Map();
  /** `qualify` and `isImported` per node id (of this module's tree): the answers never change. */
  qualifiedNames = /* @__PURE__ */ new Map();
  /**
   * 0 (not asked yet), `IMPORTED` or `NOT_IMPORTED`: a byte per node of the tree, made once,
   * where a map grew (and was copied) with every node asked about.
   */
  importedById;
  /** Start offsets shared by two calls, as in `f(x)(y)`; filled on first use. */
  nestedCallStarts;
  /** Caches about this module (`memo.ts`): they die with it. */
  memos = void 0;
  /** The module's text from its first token, and where that token is. */
  source;
  sourceOffset;
  collectBranchConstants(statement) {
    const blocks = [statement.childForFieldName("consequence")];
    for (const clause of statement.childrenForFieldName("alternative"))
      blocks.push(clause.childForFieldName(clause.type === "else_clause" ? "body" : "consequence"));
    for (const block of blocks) {
      for (const inner of block?.namedChildren ?? []) {
        const assignment = inner.type === "expression_statement" ? inner.namedChild(0) : null;
        if (assignment?.type !== "assignment") continue;
        const left = assignment.childForFieldName("left");
        const right = assignment.childForFieldName("right");
        if (left?.type !== "identifier" || !right) continue;
        const values = this.branchConstants.get(left.text);
        if (values) values.push(right);
        else this.branchConstants.set(left.text, [right]);
      }
    }
  }
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
      if (node.namedChildren.some((c) => c.type === "wildcard_import")) {
        this.wildcardModules.push(module2);
        return;
      }
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
    const lazy = AIRFLOW1_PACKAGE_CLASSES.get(module2);
    const qualified = (imported) => providerHook(module2, imported) ?? `${lazy?.get(imported) ?? module2}.${imported}`;
    for (const name2 of node.childrenForFieldName("name")) {
      if (name2.type === "aliased_import") {
        const imported = name2.childForFieldName("name")?.text;
        const alias = name2.childForFieldName("alias")?.text;
        if (imported && alias) this.aliases.set(alias, qualified(imported));
      } else {
        this.aliases.set(name2.text, qualified(name2.text));
      }
    }
  }
  /**
   * The qualified name of a dotted expression: `np.random.default_rng` → `numpy.random.default_rng`.
   * Names that were not imported come back as written (`open`, `ti.xcom_push`); expressions
   * that are not plain dotted names (calls, subscripts) give undefined.
   */
  qualify(node) {
    const known = node.tree === this.tree ? this.qualifiedNames.get(node.id) : void 0;
    if (known !== void 0) return known === NOT_A_NAME ? void 0 : known;
    const name2 = dottedName(unparenthesize(node));
    const qualified = name2 === void 0 ? void 0 : this.qualifyName(name2);
    if (node.tree === this.tree) this.qualifiedNames.set(node.id, qualified ?? NOT_A_NAME);
    return qualified;
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
    const own = node.tree === this.tree ? this.importedById ??= new Uint8Array(this.tree.nodeCount) : void 0;
    const known = own?.[node.id];
    if (known) return known === IMPORTED;
    const name2 = dottedName(unparenthesize(node));
    const dot = name2 === void 0 ? -1 : name2.indexOf(".");
    const imported = name2 !== void 0 && this.aliases.has(dot === -1 ? name2 : name2.slice(0, dot));
    if (own) own[node.id] = imported ? IMPORTED : NOT_IMPORTED;
    return imported;
  }
};
var providerHooks;
function providerPackage(module2) {
  return /^airflow\.providers\.[a-z0-9_]+/.exec(module2)?.[0];
}
function providerHook(module2, name2) {
  if (!name2.endsWith("Hook") || module2.includes(".hooks.")) return void 0;
  const provider = providerPackage(module2);
  if (!provider) return void 0;
  if (!providerHooks) {
    providerHooks = /* @__PURE__ */ new Map();
    for (const qualified of [...RECEIVER_CONSTRUCTORS.keys(), ...STORAGE_OPERATORS.keys()]) {
      const hookProvider = qualified.includes(".hooks.") ? providerPackage(qualified) : void 0;
      const className = qualified.slice(qualified.lastIndexOf(".") + 1);
      if (hookProvider && className.endsWith("Hook"))
        providerHooks.set(`${hookProvider} ${className}`, qualified);
    }
  }
  return providerHooks.get(`${provider} ${name2}`);
}

// packages/python/src/suppressions.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var OTHER_DIRECTIVE = String.raw`\s#\s*(?:noqa|nosec|type:|pragma|pylint:|mypy:|pyright:|fmt:|isort:|expect:)`;
var DIRECTIVE = new RegExp(
  String.raw`^#\s*dag-transport:\s*ignore(?:\[([^\]]*)\])?\s*(?:--\s*(.*?))?\s*(?:${OTHER_DIRECTIVE}.*)?$`
);
var OURS = /^#\s*dag-transport:/;
var SYNTAX = "`# dag-transport: ignore[<rule>] -- <reason>`";
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

// packages/python/src/consumptions.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/tasks.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/operator-classes.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var MAX_BASE_LEVELS = 2;
var MARKER = /\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000/gu;
var ANY_MARKER = /\uE000[\p{ID_Start}_][\p{ID_Continue}]*\uE000/u;
var ONE_MARKER = /^\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000$/u;
var BUCKET_KEY = /^([a-z][a-z0-9+.-]*):\/\/\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000\/\uE000([\p{ID_Start}_][\p{ID_Continue}]*)\uE000$/u;
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
    const fallback = inner.type === "default_parameter" || inner.type === "typed_default_parameter" ? inner.childForFieldName("value") ?? void 0 : void 0;
    parameters.push({
      name: name2.text,
      ...keywordOnly ? {} : { index: position },
      ...fallback ? { default: fallback } : {}
    });
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
  for (const type of ["assignment", "augmented_assignment", "for_statement"]) {
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
function methodClass(fn) {
  const definition = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  const cls = definition.parent?.parent;
  return cls?.type === "class_definition" ? cls : void 0;
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
var NOT_INSTANCE_METHODS = /* @__PURE__ */ new Set(["staticmethod", "classmethod", "property"]);
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
function templateParts(place, slots2, literal = false) {
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
      const slot2 = slots2.get(match[1]);
      if (!slot2) return void 0;
      parts2.push({ slot: slot2 });
      markers++;
      last2 = match.index + match[0].length;
    }
    if (last2 < piece.text.length) parts2.push({ piece: { text: piece.text.slice(last2) } });
  }
  const first = parts2[0];
  if (markers === 0 && !literal || !first || "piece" in first && !("text" in first.piece))
    return void 0;
  return parts2;
}
function summarize(ops, slots2, calls = [], returned = []) {
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
      const path6 = slots2.get(one);
      if (path6) effect = { access, path: path6 };
    } else if (bucketKey) {
      const bucket = slots2.get(bucketKey[2]);
      const key = slots2.get(bucketKey[3]);
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
    const parts2 = templateParts(place, slots2, !place.pieces.some((piece) => "fresh" in piece));
    const id = JSON.stringify([access, parts2]);
    if (parts2 && !seen.has(id)) templates.push({ access, parts: parts2 });
    seen.add(id);
  }
  const callables = summarizeCalls(calls, slots2);
  const returns = summarizeReturns(returned, slots2, ops);
  return {
    ...effects.length ? { api: { effects, ...scheme ? { scheme } : {} } } : {},
    templates,
    ...callables.length ? { callables } : {},
    ...returns.length ? { returns } : {}
  };
}
function placeKey(place) {
  return JSON.stringify(place.pieces);
}
function summarizeReturns(returned, slots2, ops) {
  const written = new Set(ops.flatMap(({ access, place }) => access === "write" ? [placeKey(place)] : []));
  const returns = [];
  const seen = /* @__PURE__ */ new Set();
  for (const place of returned) {
    const literal = !hasMarker(place) && written.has(placeKey(place));
    const parts2 = templateParts(place, slots2, literal);
    const id = JSON.stringify(parts2);
    if (parts2 && !seen.has(id)) returns.push(parts2);
    seen.add(id);
  }
  return returns;
}
function summarizeCalls(calls, slots2) {
  const callables = [];
  const seen = /* @__PURE__ */ new Set();
  for (const call of calls) {
    const callableName = markerName(call.callable);
    const kwargsName = markerName(call.kwargs);
    const callable = callableName === void 0 ? void 0 : slots2.get(callableName);
    const kwargs = kwargsName === void 0 ? void 0 : slots2.get(kwargsName);
    if (!callable || !kwargs || callableName === kwargsName) continue;
    const found = {
      callable,
      kwargs,
      positional: call.positional,
      keywords: [...call.keywords].sort()
    };
    const id = JSON.stringify(found);
    if (!seen.has(id)) callables.push(found);
    seen.add(id);
  }
  return callables;
}
function operatorBaseName(base) {
  const name2 = base.text.slice(base.text.lastIndexOf(".") + 1);
  return name2.endsWith("Operator") || name2.endsWith("Sensor");
}
function isOperatorClass(found, resolveBase, level = 0) {
  const bases = baseExpressions(found.cls);
  if (bases.some(operatorBaseName)) return true;
  if (level >= MAX_BASE_LEVELS) return false;
  return bases.some((base) => {
    const resolved = resolveBase(base, found.module);
    return resolved !== void 0 && isOperatorClass(resolved, resolveBase, level + 1);
  });
}
var JINJA_TAG = /\{\{|\{%/;
function literalValue(node) {
  if (!node) return void 0;
  const inner = unparenthesize(node);
  switch (inner.type) {
    case "none":
      return { none: true };
    case "true":
      return { bool: true };
    case "false":
      return { bool: false };
    case "integer": {
      const value = Number(inner.text.replace(/_/g, ""));
      return Number.isSafeInteger(value) ? { num: value } : void 0;
    }
    case "string":
    case "concatenated_string": {
      if (/^[rRuUfF]*[bB]/.test(inner.text)) return void 0;
      const text2 = stringLiteral(inner);
      if (text2 !== void 0) return JINJA_TAG.test(text2) ? void 0 : { str: text2 };
      const parts2 = inner.type === "string" ? [inner] : inner.namedChildren;
      const literalText = parts2.flatMap((part) => part.namedChildren).filter((child) => child.type === "string_content" || child.type === "escape_sequence").map((child) => child.text).join("");
      return literalText.replace(/\{\{|\}\}/g, "").length > 0 ? { nonEmpty: true } : void 0;
    }
    default:
      return void 0;
  }
}
function truthy(value) {
  if ("none" in value) return false;
  if ("bool" in value) return value.bool;
  if ("str" in value) return value.str.length > 0;
  if ("num" in value) return value.num !== 0;
  return true;
}
function equal(a, b) {
  if ("nonEmpty" in a || "nonEmpty" in b) {
    const other = "nonEmpty" in a ? b : a;
    if ("nonEmpty" in other) return void 0;
    return "str" in other && other.str.length > 0 ? void 0 : false;
  }
  const scalar = (v) => "none" in v ? null : "bool" in v ? Number(v.bool) : "num" in v ? v.num : "str" in v ? v.str : void 0;
  return scalar(a) === scalar(b);
}
function decideCondition(condition, value) {
  const evaluate = (node, depth) => {
    if (depth > 8) return void 0;
    const inner = unparenthesize(node);
    switch (inner.type) {
      case "not_operator": {
        const operand = inner.childForFieldName("argument");
        const v = operand ? evaluate(operand, depth + 1) : void 0;
        return v ? { bool: !truthy(v) } : void 0;
      }
      case "boolean_operator": {
        const left = evaluate(inner.childForFieldName("left"), depth + 1);
        const right = evaluate(inner.childForFieldName("right"), depth + 1);
        const and = inner.childForFieldName("operator")?.text === "and";
        if (left && truthy(left) !== and) return left;
        return left ? right : void 0;
      }
      case "comparison_operator": {
        const operands = inner.namedChildren.filter((c) => c.type !== "comment");
        if (operands.length !== 2) return void 0;
        const operator = inner.children.slice(1, -1).map((c) => c.text).join(" ");
        const left = evaluate(operands[0], depth + 1);
        const right = evaluate(operands[1], depth + 1);
        if (!left || !right) return void 0;
        let result2;
        switch (operator) {
          case "==":
            result2 = equal(left, right);
            break;
          case "!=":
            result2 = equal(left, right);
            result2 = result2 === void 0 ? void 0 : !result2;
            break;
          case "is":
          case "is not":
            if (!("none" in right)) return void 0;
            result2 = "none" in left;
            if (operator === "is not") result2 = !result2;
            break;
          default:
            return void 0;
        }
        return result2 === void 0 ? void 0 : { bool: result2 };
      }
      default:
        return literalValue(inner) ?? value(inner);
    }
  };
  const result = evaluate(condition, 0);
  return result && truthy(result);
}
function branchState(node, top, decide) {
  let state = "live";
  let inCondition = false;
  for (let child = node, parent = node.parent; parent && parent.id !== top.id; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case "if_statement": {
        const condition = parent.childForFieldName("condition");
        if (condition && child.id === condition.id) break;
        const consequence = parent.childForFieldName("consequence");
        const clauses = parent.namedChildren.filter(
          (c) => c.type === "elif_clause" || c.type === "else_clause"
        );
        const falseBefore = [];
        let own;
        if (consequence && child.id === consequence.id) own = condition ?? void 0;
        else {
          const index = clauses.findIndex((c) => c.id === child.id);
          if (index < 0 || !condition) return "unknown";
          falseBefore.push(condition);
          for (const clause2 of clauses.slice(0, index)) {
            const earlier = clause2.childForFieldName("condition");
            if (!earlier) return "unknown";
            falseBefore.push(earlier);
          }
          const clause = clauses[index];
          if (clause.type === "elif_clause" && !inCondition) {
            own = clause.childForFieldName("condition") ?? void 0;
            if (!own) return "unknown";
          }
        }
        for (const earlier of falseBefore) {
          const decided = decide(earlier);
          if (decided === true) return "dead";
          if (decided === void 0) state = "unknown";
        }
        if (own) {
          const decided = decide(own);
          if (decided === false) return "dead";
          if (decided === void 0) state = "unknown";
        }
        break;
      }
      case "elif_clause":
        inCondition = child.id === parent.childForFieldName("condition")?.id;
        continue;
      case "conditional_expression": {
        const [yes, condition, no] = parent.namedChildren;
        if (!condition || child.id === condition.id) break;
        const decided = decide(condition);
        if (decided === void 0) state = "unknown";
        else if (child.id === (decided ? no : yes)?.id) return "dead";
        break;
      }
      case "for_statement":
      case "while_statement":
      case "try_statement":
      case "except_clause":
      case "finally_clause":
      case "else_clause":
      case "with_statement":
      case "match_statement":
      case "case_clause":
      case "boolean_operator":
      case "function_definition":
      case "lambda":
      case "class_definition":
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression":
        if (parent.type !== "else_clause" || parent.parent?.type !== "if_statement") state = "unknown";
        break;
      case "block":
        for (const earlier of parent.namedChildren) {
          if (earlier.id === child.id) break;
          const condition = earlyExitCondition(earlier);
          if (condition && decide(condition) === true) return "dead";
        }
        break;
      default:
        break;
    }
    inCondition = false;
  }
  return state;
}
function earlyExitCondition(statement) {
  if (statement.type !== "if_statement") return void 0;
  if (statement.namedChildren.some((c) => c.type === "elif_clause" || c.type === "else_clause"))
    return void 0;
  const body2 = statement.childForFieldName("consequence")?.namedChildren.filter((c) => c.type !== "comment");
  const last2 = body2?.[body2.length - 1];
  if (last2?.type !== "return_statement" && last2?.type !== "raise_statement") return void 0;
  return statement.childForFieldName("condition") ?? void 0;
}
function testedAttributes(methods, within, compared) {
  const tested = /* @__PURE__ */ new Set();
  for (const method of methods) {
    const self2 = firstParameter(method);
    if (self2 === void 0) continue;
    const conditions = [
      ...within(method, "if_statement"),
      ...within(method, "elif_clause"),
      ...within(method, "conditional_expression")
    ].flatMap((node) => {
      const condition = node.type === "conditional_expression" ? node.namedChild(1) : node.childForFieldName("condition");
      return condition ? [condition] : [];
    });
    for (const condition of conditions) {
      const stack = [condition];
      while (stack.length) {
        const current = stack.pop();
        if (current.type === "attribute") {
          const object = current.childForFieldName("object");
          if (object?.type === "identifier" && object.text === self2) {
            const name2 = current.childForFieldName("attribute").text;
            tested.add(name2);
            let operand = current;
            let through = false;
            while (operand.parent?.type === "parenthesized_expression" || operand.parent?.type === "boolean_operator") {
              through ||= operand.parent.type === "boolean_operator";
              operand = operand.parent;
            }
            const around = operand.parent;
            if (compared && around?.type === "comparison_operator" && through) compared.set(name2, "any");
            else if (compared && around?.type === "comparison_operator") {
              const operators2 = around.children.filter((c) => !c.isNamed).map((c) => c.text);
              const others = around.namedChildren.filter((c) => c.id !== operand.id && c.type !== "comment");
              if (!operators2.some((o) => o === "==" || o === "!=")) continue;
              const texts = others.map((other) => {
                const value = literalValue(other);
                return value && "str" in value ? value.str : value && !("nonEmpty" in value) ? null : void 0;
              });
              const known = compared.get(name2) ?? /* @__PURE__ */ new Set();
              if (known === "any" || operators2.length !== 1 || texts.includes(void 0))
                compared.set(name2, "any");
              else {
                for (const text2 of texts) if (text2 !== null && text2 !== void 0) known.add(text2);
                compared.set(name2, known);
              }
            }
          }
        }
        stack.push(...current.namedChildren);
      }
    }
  }
  return tested;
}
function isWrappingDecorator(decorator) {
  let expression = decorator.namedChildren.find((c) => c.type !== "comment");
  if (expression?.type === "call") expression = expression.childForFieldName("function") ?? void 0;
  if (expression?.type !== "identifier") return false;
  let module2 = decorator;
  while (module2 && module2.type !== "module") module2 = module2.parent;
  const definition = module2?.namedChildren.map((c) => c.type === "decorated_definition" ? c.childForFieldName("definition") : c).find((c) => c?.type === "function_definition" && c.childForFieldName("name")?.text === expression.text);
  if (!definition) return false;
  const functions = [definition, ...definition.descendantsOfType("function_definition")];
  const parameters = new Set(
    functions.flatMap(
      (fn) => (fn.childForFieldName("parameters")?.namedChildren ?? []).filter((p) => p.type === "identifier")
    ).map((p) => p.text)
  );
  return functions.slice(1).some(
    (wrapper) => wrapper.descendantsOfType("call").some((call) => {
      const callee = call.childForFieldName("function");
      return callee?.type === "identifier" && parameters.has(callee.text);
    })
  );
}
function classMethod(cls, name2) {
  const body2 = cls.childForFieldName("body");
  let found;
  for (const child of body2?.namedChildren ?? []) {
    const fn = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (fn?.type !== "function_definition" || fn.childForFieldName("name").text !== name2) continue;
    if (found) return void 0;
    const decorated = child.type === "decorated_definition" ? child.namedChildren.filter((c) => c.type === "decorator") : [];
    const decorators = decorated.map((d) => d.text.slice(1).trim());
    const kept = (d, index) => d === "staticmethod" || d === "classmethod" || isWrappingDecorator(decorated[index]);
    if (!decorators.every(kept)) return void 0;
    found = {
      fn,
      kind: decorators.includes("staticmethod") ? "static" : decorators.includes("classmethod") ? "class" : "instance"
    };
  }
  return found;
}
function assignedClient(cls, name2) {
  let found;
  for (const assignment of cls.descendantsOfType(["assignment", "augmented_assignment"])) {
    const left = assignment.childForFieldName("left");
    if (left?.type !== "attribute" || left.childForFieldName("attribute").text !== name2) continue;
    const method = ownerFunction(assignment);
    const object = left.childForFieldName("object");
    const right = assignment.childForFieldName("right");
    if (assignment.type !== "assignment" || !method || !right || method.parent?.parent?.id !== cls.id || classMethod(cls, method.childForFieldName("name").text)?.kind !== "instance" || object.type !== "identifier" || object.text !== method.childForFieldName("parameters")?.namedChildren[0]?.text)
      return void 0;
    if (right.type === "none") continue;
    if (found || unparenthesize(right).type !== "call") return void 0;
    found = { value: right, method };
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
    const fn = ownerFunction(assignment);
    const self2 = init2.fn.childForFieldName("parameters")?.namedChildren[0];
    if (fn?.id === init2.fn.id && assignment.type === "assignment" && self2?.type === "identifier" && left.childForFieldName("object").text === self2.text)
      value = assignment.childForFieldName("right") ?? void 0;
  }
  return count === 1 ? value : void 0;
}

// packages/python/src/project.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var import_node_path4 = __toESM(require("node:path"), 1);

// packages/python/src/compose.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var import_node_path3 = __toESM(require("node:path"), 1);
var MAX_SERVICES = 200;
var MAX_MOUNTS = 1e3;
var NOTHING = { pythonPathFolders: [], bindMounts: [], environment: /* @__PURE__ */ new Map() };
function readCompose(text2, composeDir) {
  let document2;
  try {
    document2 = yamlModule().parse(text2, { merge: true, maxAliasCount: 100 });
  } catch {
    return NOTHING;
  }
  const services = record(record(document2)?.services);
  if (!services) return NOTHING;
  const folders = [];
  const allMounts = [];
  const mountKeys = /* @__PURE__ */ new Set();
  const environment = /* @__PURE__ */ new Map();
  for (const service of Object.values(services).slice(0, MAX_SERVICES).map(record)) {
    if (!service) continue;
    const mounts = bindMounts(service.volumes, composeDir);
    for (const mount of mounts) {
      const key = `${mount.host}\0${mount.target}`;
      if (mountKeys.has(key) || mountKeys.size >= MAX_MOUNTS) continue;
      mountKeys.add(key);
      allMounts.push(mount);
    }
    const variables = environmentOf(service.environment);
    for (const [name2, value] of variables)
      environment.set(name2, environment.has(name2) && environment.get(name2) !== value ? null : value);
    const pythonPath = variables.get("PYTHONPATH");
    if (!pythonPath) continue;
    for (const entry of pythonPath.split(":")) {
      const folder = mountedHostFolder(entry.trim(), mounts);
      if (folder !== void 0 && !folders.includes(folder)) folders.push(folder);
    }
  }
  const agreed = /* @__PURE__ */ new Map();
  for (const [name2, value] of environment) if (value !== null) agreed.set(name2, value);
  return { pythonPathFolders: folders, bindMounts: allMounts, environment: agreed };
}
function mountedHostFolder(containerPath, mounts) {
  const target = containerPath.replace(/\/+$/, "");
  if (!target.startsWith("/")) return void 0;
  let best;
  for (const mount of mounts)
    if ((target === mount.target || target.startsWith(`${mount.target}/`)) && (!best || mount.target.length > best.target.length))
      best = mount;
  return best ? import_node_path3.default.join(best.host, target.slice(best.target.length)) : void 0;
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function environmentOf(environment) {
  const variables = /* @__PURE__ */ new Map();
  if (Array.isArray(environment)) {
    for (const item of environment) {
      const equals = typeof item === "string" ? item.indexOf("=") : -1;
      if (equals > 0) variables.set(item.slice(0, equals), item.slice(equals + 1));
    }
  } else {
    for (const [name2, value] of Object.entries(record(environment) ?? {}))
      if (typeof value === "string") variables.set(name2, value);
  }
  return variables;
}
function bindMounts(volumes, composeDir) {
  const mounts = [];
  if (!Array.isArray(volumes)) return mounts;
  for (const volume of volumes) {
    let source;
    let target;
    if (typeof volume === "string") {
      [source, target] = withDefaults(volume).split(":");
    } else {
      const long = record(volume);
      if (long?.type === "bind" && typeof long.source === "string" && typeof long.target === "string")
        [source, target] = [long.source, long.target];
    }
    const host = source !== void 0 ? hostFolder(source, composeDir) : void 0;
    if (host && target?.startsWith("/")) mounts.push({ host, target: target.replace(/\/+$/, "") || "/" });
  }
  return mounts;
}
function withDefaults(text2) {
  return text2.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, "$1");
}
function hostFolder(source, composeDir) {
  const expanded = withDefaults(source);
  if (expanded.includes("$") || expanded.startsWith("~")) return void 0;
  if (!expanded.startsWith(".") && !expanded.startsWith("/")) return void 0;
  return import_node_path3.default.resolve(composeDir, expanded);
}

// packages/python/src/project.ts
var MAX_SCRIPT_SEGMENTS = 4;
var MAX_REEXPORTS = 4;
var MAX_CACHED_MODULES = 2e3;
var MAX_MODULE_BYTES = 1024 * 1024;
var NOT_PROJECT_MODULES = new Set(
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
var parsedModules = /* @__PURE__ */ new Map();
var composeCache = /* @__PURE__ */ new Map();
function composeFactsOf(text2, composeDir) {
  const key = `${composeDir}\0${text2}`;
  let facts = composeCache.get(key);
  if (!facts) {
    if (composeCache.size >= MAX_CACHED_MODULES) composeCache.clear();
    facts = readCompose(text2, composeDir);
    composeCache.set(key, facts);
  }
  return facts;
}
var searchFolderCache = /* @__PURE__ */ new Map();
function parseModule(file, root, source) {
  const cached2 = parsedModules.get(file);
  if (cached2 && cached2.source === source) return cached2.module;
  const name2 = import_node_path4.default.relative(root, file).split(import_node_path4.default.sep).join("/");
  let module2;
  if (source.length <= MAX_MODULE_BYTES) {
    try {
      const text2 = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
      const tree = parseSkippingDataLiterals(text2);
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
function namedClass(expression, module2, modules, file) {
  const node = unparenthesize(expression);
  const context = module2.context;
  if (node.type === "identifier" && !context.isImported(node)) {
    const cls = topLevelDefinition(module2.root, node.text, "class_definition");
    return cls ? { cls, name: node.text } : void 0;
  }
  if (!modules || !file || !context.isImported(node)) return void 0;
  const qualified = context.qualify(node);
  if (qualified === void 0 || !mayBeRepositoryName(qualified)) return void 0;
  const found = modules.resolveClass(qualified, file);
  if (!found) return void 0;
  return { cls: found.fn, name: found.fn.childForFieldName("name")?.text ?? qualified, module: found.module };
}
function mayBeProjectModule(head) {
  return !NOT_PROJECT_MODULES.has(head);
}
function mayBeRepositoryName(qualified) {
  return qualified.startsWith(".") || mayBeProjectModule(qualified.split(".")[0]);
}
function wildcardNames(context, name2) {
  return context.wildcardModules.map((module2) => module2.endsWith(".") ? `${module2}${name2}` : `${module2}.${name2}`).filter((qualified) => mayBeRepositoryName(qualified));
}
var INIT = ["__init__.py"];
var SYS_PATH_LITERAL = /\bsys\.path\.(?:append\(|insert\(\s*0\s*,)\s*["'](\/[^"'\\\n]{0,512})["']\s*\)/g;
var MAX_SYS_PATH_FOLDERS = 16;
function joinedPath(dir, names2) {
  if (import_node_path4.default.sep !== "/" || !isNormalizedAbsolute(dir) || names2.some((name2) => name2 === "" || name2 === "." || name2 === ".." || name2.includes("/")))
    return import_node_path4.default.join(dir, ...names2);
  const joined = names2.join("/");
  return joined === "" ? dir : dir === "/" ? `/${joined}` : `${dir}/${joined}`;
}
var ProjectModules = class {
  constructor(project) {
    this.project = project;
    this.root = import_node_path4.default.resolve(project.root);
    this.posixRoot = import_node_path4.default.sep === "/" && isNormalizedAbsolute(this.root);
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
  /** Whether `root` is a normalized absolute POSIX path (`inside` decides by prefix). */
  posixRoot;
  /** Whether a folder lies inside the repository. */
  inside(dir) {
    if (this.posixRoot && isNormalizedAbsolute(dir)) {
      if (dir === this.root) return true;
      const from = this.root === "/" ? 1 : this.root.length + 1;
      return (this.root === "/" || dir.startsWith(this.root) && dir.charCodeAt(this.root.length) === 47) && !dir.startsWith("..", from);
    }
    const relative = import_node_path4.default.relative(this.root, dir);
    return relative === "" || !relative.startsWith("..") && !import_node_path4.default.isAbsolute(relative);
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
      for (let current = dir; ; current = import_node_path4.default.dirname(current)) {
        folders.push(current);
        if (current === this.root || import_node_path4.default.dirname(current) === current) break;
      }
    }
    const plugins = folders.map((folder) => import_node_path4.default.join(folder, "plugins"));
    const sources = folders.map((folder) => import_node_path4.default.join(folder, "src"));
    folders.push(...plugins, import_node_path4.default.join(this.root, "plugins"), import_node_path4.default.join(this.root, "include"), ...sources);
    return [...new Set(folders)];
  }
  /** Reads and parses a module file; undefined when it is not there or not usable. */
  load(file) {
    if (this.loaded.has(file)) return this.loaded.get(file);
    const read2 = this.project.read(file);
    const module2 = "problem" in read2 ? void 0 : parseModule(file, this.root, read2.text);
    this.loaded.set(file, module2);
    if (!module2 && !("problem" in read2 && read2.missing)) this.unusable.add(file);
    return module2;
  }
  /** Module files that are there but not usable (unreadable, too large, a syntax error). */
  unusable = /* @__PURE__ */ new Set();
  /**
   * Whether the module a qualified name lives in (`fetch_ops` of `fetch_ops.FetchOperator`) is a
   * file of the repository, usable or not: one that does not parse is the repository's code all
   * the same (unknown), not a package's.
   */
  hasModuleOf(qualified, fromFile) {
    const dot = qualified.lastIndexOf(".");
    if (dot <= 0 && !qualified.startsWith(".")) return false;
    const dotted = qualified.slice(0, dot) || ".";
    return this.module(dotted, fromFile) !== void 0 || this.unusableModules.has(`${fromFile}
${dotted}`);
  }
  /** `fromFile` and dotted name (`from\nname`) of lookups that found only unusable files. */
  unusableModules = /* @__PURE__ */ new Set();
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
    let byName = this.found.get(fromFile);
    if (byName === void 0) this.found.set(fromFile, byName = /* @__PURE__ */ new Map());
    let known = byName.get(dotted);
    if (known === void 0) byName.set(dotted, known = this.findModule(dotted, fromFile) ?? null);
    const found = known ?? void 0;
    for (const recorder of this.recorders) recorder.push({ dotted, fromFile, found });
    return found;
  }
  findModule(dotted, fromFile) {
    let unusable = false;
    for (const file of this.candidateFiles(dotted, fromFile)) {
      const found = this.load(file);
      if (found) return found;
      unusable ||= this.unusable.has(file);
    }
    if (unusable) this.unusableModules.add(`${fromFile}
${dotted}`);
    return void 0;
  }
  /** The files a dotted module name may be, in the order they are tried: `a/b.py`, then `a/b/__init__.py`, per folder. */
  *candidateFiles(dotted, fromFile) {
    const level = /^\.*/.exec(dotted)[0].length;
    const parts2 = dotted.slice(level).split(".").filter((p) => p !== "");
    let folders;
    if (level > 0) {
      let folder = import_node_path4.default.dirname(fromFile);
      for (let i2 = 1; i2 < level; i2++) folder = import_node_path4.default.dirname(folder);
      folders = this.inside(folder) ? [folder] : [];
    } else {
      if (parts2.length === 0 || NOT_PROJECT_MODULES.has(parts2[0])) return;
      folders = this.searchFolders(import_node_path4.default.dirname(fromFile));
    }
    for (const folder of folders) {
      if (parts2.length === 0) {
        yield joinedPath(folder, INIT);
        continue;
      }
      const base = joinedPath(folder, parts2);
      if (!this.inside(base)) continue;
      yield `${base}.py`;
      yield joinedPath(base, INIT);
    }
    if (level === 0 && parts2.length >= 2) {
      const base = joinedPath(this.root, parts2.slice(1));
      if (this.inside(base)) {
        yield `${base}.py`;
        yield joinedPath(base, INIT);
      }
    }
    if (level === 0)
      for (const folder of [
        ...this.composeFolders(import_node_path4.default.dirname(fromFile)),
        ...this.sysPathFolders(fromFile)
      ]) {
        const base = joinedPath(folder, parts2);
        if (!this.inside(base)) continue;
        yield `${base}.py`;
        yield joinedPath(base, INIT);
      }
  }
  /**
   * The repository folders a file puts on `sys.path` by a literal container path
   * (`sys.path.append("/opt/airflow/scripts")`, `sys.path.insert(0, "…")`), through the bind
   * mounts of a Compose file in its folder or one above (`./scripts:/opt/airflow/scripts`).
   * Read from the file's text: only a file that spells `sys.path` is looked at.
   */
  sysPathFolders(fromFile) {
    const known = this.sysPathsByFile.get(fromFile);
    if (known) return known;
    const folders = [];
    this.sysPathsByFile.set(fromFile, folders);
    const mounts = this.composeFiles(import_node_path4.default.dirname(fromFile)).flatMap((facts) => facts.bindMounts);
    if (mounts.length === 0) return folders;
    const read2 = this.project.read(fromFile);
    if ("problem" in read2 || !read2.text.includes("sys.path")) return folders;
    for (const match of read2.text.matchAll(SYS_PATH_LITERAL)) {
      const folder = mountedHostFolder(match[1], mounts);
      if (folder !== void 0 && this.inside(folder) && !folders.includes(folder)) folders.push(folder);
      if (folders.length >= MAX_SYS_PATH_FOLDERS) break;
    }
    return folders;
  }
  sysPathsByFile = /* @__PURE__ */ new Map();
  /**
   * The folders a Compose file in `dir` or a folder above it (up to the root) puts on
   * `PYTHONPATH` through its bind mounts (`compose.ts`), nearest file first.
   */
  composeFolders(dir) {
    const folders = [];
    for (const facts of this.composeFiles(dir))
      for (const folder of facts.pythonPathFolders)
        if (this.inside(folder) && !folders.includes(folder)) folders.push(folder);
    return folders;
  }
  /**
   * What the deployment sets an environment variable to for the code of `fromFile`: the nearest
   * Compose file (in its folder or one above) whose services set it, all to one value.
   */
  composeEnvironment(variable, fromFile) {
    for (const facts of this.composeFiles(import_node_path4.default.dirname(fromFile))) {
      const value = facts.environment.get(variable);
      if (value !== void 0) return value;
    }
    return void 0;
  }
  /**
   * The Compose files in `dir` and each folder above it up to the root, nearest first, each read
   * through the guarded reader (so `--cache` knows them) once per linted file.
   */
  composeFiles(dir) {
    const known = this.composeFilesByDir.get(dir);
    if (known) return known;
    const files = [];
    if (this.inside(dir))
      for (let current = dir; ; current = import_node_path4.default.dirname(current)) {
        for (const name2 of COMPOSE_FILE_NAMES) {
          const read2 = this.project.read(joinedPath(current, [name2]));
          if (!("problem" in read2)) files.push(composeFactsOf(read2.text, current));
        }
        if (current === this.root || import_node_path4.default.dirname(current) === current) break;
      }
    this.composeFilesByDir.set(dir, files);
    return files;
  }
  composeFilesByDir = /* @__PURE__ */ new Map();
  /**
   * The repository module a command runs as a script (`python /opt/airflow/dags/scripts/x.py`):
   * the longest tail of its path that names a module file under the linted file's folder, one of
   * its parents up to the root, or a plugins / include / src folder, nearest first
   * (`dags/scripts/x.py` from the root); a bare file name only beside the linted file or at the
   * root. Undefined when none does, or the path climbs (`..`).
   */
  scriptModule(scriptPath2, fromFile) {
    const key = `script:${scriptPath2}`;
    let byName = this.found.get(fromFile);
    if (byName === void 0) this.found.set(fromFile, byName = /* @__PURE__ */ new Map());
    let known = byName.get(key);
    if (known === void 0) byName.set(key, known = this.findScript(scriptPath2, fromFile) ?? null);
    return known ?? void 0;
  }
  findScript(scriptPath2, fromFile) {
    if (!scriptPath2.endsWith(".py")) return void 0;
    return this.scriptFile(scriptPath2, fromFile, (file) => this.load(file));
  }
  /**
   * The text of a shell script of the repository a command in `fromFile` runs (the shell
   * interpreter says which: `isShellScript`), found as a Python script is (`scriptModule`); read
   * through the guarded reader, so `--cache` knows it.
   */
  shellScript(scriptPath2, fromFile) {
    let byName = this.shellScripts.get(fromFile);
    if (byName === void 0) this.shellScripts.set(fromFile, byName = /* @__PURE__ */ new Map());
    if (!byName.has(scriptPath2)) {
      const read2 = (file) => {
        const found = this.project.read(file);
        return "problem" in found ? void 0 : found.text;
      };
      byName.set(scriptPath2, this.scriptFile(scriptPath2, fromFile, read2));
    }
    return byName.get(scriptPath2);
  }
  shellScripts = /* @__PURE__ */ new Map();
  /**
   * A script a command names (`python scripts/export.py`, `/opt/airflow/scripts/x.sh`): the
   * longest tail of its path found under the file's folder, a folder above it, or the root.
   */
  scriptFile(scriptPath2, fromFile, open) {
    const segments = scriptPath2.split("/").filter((segment) => segment !== "" && segment !== ".");
    if (segments.length === 0 || segments.includes("..")) return void 0;
    const here = import_node_path4.default.dirname(fromFile);
    for (let length = Math.min(segments.length, MAX_SCRIPT_SEGMENTS); length >= 1; length--) {
      const tail = segments.slice(-length);
      for (const folder of length === 1 ? [here, this.root] : this.searchFolders(here)) {
        const file = import_node_path4.default.join(folder, ...tail);
        if (!this.inside(file)) continue;
        const found = open(file);
        if (found !== void 0) return found;
      }
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
  /** The one `@staticmethod` `name` of the repository class `qualifiedClass`, as a function. */
  staticMethod(qualifiedClass, name2, fromFile) {
    const cls = this.resolveClass(qualifiedClass, fromFile);
    const method = cls ? classMethod(cls.fn, name2) : void 0;
    return method?.kind === "static" ? { module: cls.module, fn: method.fn } : void 0;
  }
  resolveDefinition(qualified, fromFile, type, hops) {
    const dot = qualified.lastIndexOf(".");
    if (dot <= 0 && !qualified.startsWith(".")) return void 0;
    const moduleName = qualified.slice(0, dot);
    const name2 = qualified.slice(dot + 1);
    if (!name2) return void 0;
    const module2 = this.module(moduleName === "" ? "." : moduleName, fromFile);
    if (!module2)
      return type === "function_definition" ? this.staticMethod(moduleName, name2, fromFile) : void 0;
    const definition = topLevelDefinition(module2.root, name2, type);
    if (definition) return { module: module2, fn: definition };
    const reexported = module2.context.aliases.get(name2);
    if (reexported === void 0 || hops >= MAX_REEXPORTS) return void 0;
    return this.resolveDefinition(reexported, module2.file, type, hops + 1);
  }
};

// packages/python/src/tasks.ts
var TASKFLOW_MODULES_LONGEST_FIRST = [...TASKFLOW_MODULES].sort((a, b) => b.length - a.length);
function isTaskGroupFunction(fn, context) {
  if (fn.parent?.type !== "decorated_definition") return false;
  return fn.parent.namedChildren.some((decorator) => {
    const expression = decorator.type === "decorator" ? decoratorExpression(decorator) : void 0;
    const made = expression && taskflowName(expression, context);
    return made !== void 0 && TASK_GROUP_DECORATORS.includes(made);
  });
}
function taskflowName(expression, context) {
  const callee = expression.type === "call" ? expression.childForFieldName("function") : expression;
  const qualified = context.qualify(callee);
  if (!qualified) return void 0;
  for (const [alias, name2] of TASKFLOW_ALIASES) {
    if (qualified === alias || qualified.startsWith(`${alias}.`)) return name2 + qualified.slice(alias.length);
  }
  for (const module2 of TASKFLOW_MODULES_LONGEST_FIRST) {
    if (qualified.startsWith(`${module2}.`)) return qualified.slice(module2.length + 1);
  }
  if (!context.isImported(callee) && context.wildcardModules.some((m) => TASKFLOW_MODULES.includes(m))) {
    return qualified;
  }
  return void 0;
}
function isProviderDecorator(name2, configuredCalls) {
  return configuredCalls.has(name2) || /^task\.[A-Za-z_]\w*$/.test(name2) && !TASK_MODIFIER_DECORATORS.has(name2);
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
function discoverTasks(root, context, nodes = new NodeIndex(root), configuredCalls = /* @__PURE__ */ new Set(), callables = { taskflow: /* @__PURE__ */ new Map(), factories: /* @__PURE__ */ new Map() }) {
  const importedTaskflow = callables.taskflow;
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
    const fnName = typeof fn === "string" ? fn : fn.childForFieldName("name")?.text ?? "task";
    const { dagId, groupPrefix } = enclosingScopes(at2);
    return {
      id: groupPrefix + (taskIdText(keywords.get("task_id"), context) ?? fnName),
      ...dagId !== void 0 ? { dagId } : {},
      span: spanOf(at2),
      callable: fnName,
      style: `@${name2}`,
      returnRole: isFalse(keywords.get("do_xcom_push")) ? "discarded" : role,
      // An explicit `multiple_outputs=` wins over the `-> dict` inference, as in Airflow.
      multipleOutputs: keywords.has("multiple_outputs") ? isTrue(keywords.get("multiple_outputs")) : typeof fn !== "string" && returnsAnnotatedDict(fn),
      ...unsound ? { unsound: true } : {}
    };
  };
  const tasks = [];
  const unnamedAt = /* @__PURE__ */ new Set();
  for (const definition of nodes.of("decorated_definition")) {
    const fn = definition.childForFieldName("definition");
    if (fn?.type !== "function_definition") continue;
    for (const decorator of definition.namedChildren.filter((c) => c.type === "decorator")) {
      const expression = decoratorExpression(decorator);
      const name2 = expression && taskflowName(expression, context);
      const provider = name2 !== void 0 && !(name2 in TASK_DECORATORS) && isProviderDecorator(name2, configuredCalls);
      const role = name2 !== void 0 ? TASK_DECORATORS[name2] ?? (provider ? "external" : void 0) : void 0;
      if (!expression || name2 === void 0 || !role) continue;
      const keywords = keywordsOf(expression);
      const fact = taskflowFact(fn, name2, role, keywords, definition, fn.hasError);
      tasks.push({
        fact,
        fn,
        declaration: definition,
        handle: fact.callable,
        keywords,
        ...provider && expression.type === "call" ? { providerDecorator: { name: name2, call: expression } } : {}
      });
      break;
    }
  }
  for (const { call } of calls) {
    const made = taskflowCallForm(call, context);
    if (!made) continue;
    const { fn, imported, name: name2, role, keywords } = made;
    const assigned = call.parent?.type === "assignment" ? call.parent.childForFieldName("left") : null;
    const callable = fn ?? imported.qualified.slice(imported.qualified.lastIndexOf(".") + 1);
    const fact = taskflowFact(callable, name2, role, keywords, call, call.hasError || (fn?.hasError ?? false));
    if (fn && !encloses(call, fn)) fact.codeSpan = spanOf(fn);
    tasks.push({
      fact,
      ...fn ? { fn } : { imported },
      declaration: call,
      ...assigned?.type === "identifier" ? { handle: assigned.text } : {},
      keywords,
      maker: call
    });
  }
  if (importedTaskflow.size > 0) {
    const named = /* @__PURE__ */ new Set();
    for (const { call } of calls) {
      const callee = call.childForFieldName("function");
      if (callee.type !== "identifier" || named.has(callee.text) || !context.isImported(callee)) continue;
      const qualified = context.qualify(callee);
      const made = qualified !== void 0 ? importedTaskflow.get(qualified) : void 0;
      const scopes2 = made ? enclosingScopes(call) : void 0;
      if (!made || scopes2?.dagId === void 0) continue;
      named.add(callee.text);
      const fnName = qualified.slice(qualified.lastIndexOf(".") + 1);
      const fact = taskflowFact(
        fnName,
        made.decorator,
        TASK_DECORATORS[made.decorator],
        /* @__PURE__ */ new Map(),
        call,
        call.hasError
      );
      if (made.taskId !== void 0) fact.id = scopes2.groupPrefix + made.taskId;
      if (made.multipleOutputs) fact.multipleOutputs = true;
      tasks.push({
        fact,
        imported: { callable: callee, qualified },
        declaration: call,
        handle: callee.text,
        keywords: /* @__PURE__ */ new Map()
      });
    }
  }
  for (const { call } of callables.factories.size > 0 ? calls : []) {
    const callee = call.childForFieldName("function");
    if (callee.type !== "identifier" && callee.type !== "attribute" || !context.isImported(callee))
      continue;
    const qualified = context.qualify(callee);
    const factory = qualified !== void 0 ? callables.factories.get(qualified) : void 0;
    if (!factory || insideTestFunction(call)) continue;
    const taskId = factoryTaskId(factory, call, context);
    const scoped = enclosingScopes(call);
    const { positional, keywords } = callArguments(call);
    const dagArgument = [...positional, ...keywords.values()].find(
      (argument) => argument.type === "identifier" && dagVariables.has(argument.text)
    );
    const dagId = scoped.dagId ?? (dagArgument && dagVariables.get(dagArgument.text));
    if (taskId === void 0 || dagId === void 0) continue;
    const assigned = call.parent?.type === "assignment" ? call.parent.childForFieldName("left") : null;
    const operatorKeywords = callArguments(factory.operator).keywords;
    tasks.push({
      fact: {
        id: scoped.groupPrefix + taskId,
        dagId,
        span: spanOf(call),
        style: factory.cls.slice(factory.cls.lastIndexOf(".") + 1),
        returnRole: isFalse(operatorKeywords.get("do_xcom_push")) ? "discarded" : "external",
        multipleOutputs: false,
        ...call.hasError ? { unsound: true } : {}
      },
      declaration: call,
      ...assigned?.type === "identifier" ? { handle: assigned.text } : {},
      keywords: /* @__PURE__ */ new Map(),
      factoryOperator: { qualified, factory }
    });
  }
  let byName;
  const callsNamed = (name2) => {
    if (!byName) {
      byName = /* @__PURE__ */ new Map();
      for (const { call } of calls) {
        const fn = call.childForFieldName("function");
        if (fn.type !== "identifier") continue;
        const list2 = byName.get(fn.text);
        if (list2) list2.push(call);
        else byName.set(fn.text, [call]);
      }
    }
    return byName.get(name2) ?? [];
  };
  for (const { call, cls: callee } of calls) {
    if (!callee) continue;
    const cls = callee.endsWith(".partial") ? callee.slice(0, -".partial".length) : callee;
    const pythonRole = PYTHON_OPERATORS.get(cls);
    if (!pythonRole && !cls.endsWith("Operator") && !cls.endsWith("Sensor") && !STORAGE_OPERATORS.has(cls) && configuredCallFor(cls, (call2) => configuredCalls.has(call2)) === void 0)
      continue;
    if (insideTestFunction(call)) continue;
    const className = cls.slice(cls.lastIndexOf(".") + 1);
    const { keywords } = callArguments(call);
    const pushTask = (site, taskId2, callable) => {
      const scoped = enclosingScopes(site);
      const dagVariable = keywords.get("dag");
      const dagId = scoped.dagId ?? (dagVariable?.type === "identifier" ? dagVariables.get(dagVariable.text) : void 0);
      const fn = pythonRole ? resolveCallable(callable, context) : void 0;
      const imported = pythonRole && !fn ? importedCallable(callable, context) : void 0;
      const boundMethod = pythonRole && !fn && !imported ? boundMethodCallable(callable, context) : void 0;
      const returnRole = isFalse(keywords.get("do_xcom_push")) ? "discarded" : pythonRole ?? "external";
      const named = callee === cls ? site : mappedCall(site) ?? site;
      const assigned = named.parent?.type === "assignment" ? named.parent.childForFieldName("left") : null;
      if (taskId2 === void 0) unnamedAt.add(tasks.length);
      tasks.push({
        fact: {
          id: scoped.groupPrefix + (taskId2 ?? className),
          ...dagId !== void 0 ? { dagId } : {},
          span: spanOf(site),
          ...fn?.type === "function_definition" ? { callable: fn.childForFieldName("name").text } : {},
          ...fn && !encloses(site, fn) ? { codeSpan: spanOf(fn) } : {},
          style: className,
          returnRole,
          multipleOutputs: isTrue(keywords.get("multiple_outputs")),
          ...call.hasError || site.hasError || fn?.hasError ? { unsound: true } : {}
        },
        ...fn ? { fn } : {},
        ...imported ? { imported } : {},
        ...boundMethod ? { boundMethod } : {},
        declaration: call,
        ...assigned?.type === "identifier" ? { handle: assigned.text } : {},
        keywords
      });
    };
    const made = taskMakerCalls(call, keywords, callsNamed);
    if (made) {
      for (const { site, taskId: taskId2, callable } of made) pushTask(site, taskId2, callable);
      continue;
    }
    const taskId = taskIdText(keywords.get("task_id"), context) ?? (pythonRole ? void 0 : opaqueTaskId(keywords.get("task_id")));
    if (!pythonRole && !taskId) continue;
    pushTask(call, taskId, keywords.get("python_callable"));
  }
  const called2 = withoutUncalledTaskflow(tasks, nodes, dags.length > 0);
  assignDagsByCallSite(called2, nodes, scopes, dags);
  distinguishTemplatedIds(called2, new Set([...unnamedAt].map((index) => tasks[index])));
  return { dags, tasks: called2 };
}
function withoutUncalledTaskflow(tasks, nodes, fileHasDag) {
  const scoped = new Set(
    tasks.filter(
      (t) => (fileHasDag || t.fact.dagId !== void 0) && t.declaration.type === "decorated_definition" && t.fn
    )
  );
  if (scoped.size === 0) return tasks;
  const used = /* @__PURE__ */ new Set();
  for (const identifier of nodes.of("identifier")) {
    const parent = identifier.parent;
    if (!parent) continue;
    const field = parent.type === "attribute" ? parent.childForFieldName("attribute") : parent.type === "keyword_argument" || parent.type === "function_definition" ? parent.childForFieldName("name") : null;
    if (field?.id === identifier.id) continue;
    used.add(identifier.text);
  }
  return tasks.filter((t) => !scoped.has(t) || used.has(t.fn.childForFieldName("name")?.text ?? ""));
}
function distinguishTemplatedIds(tasks, unnamed) {
  const seen = /* @__PURE__ */ new Set();
  for (const task of tasks) {
    const { fact } = task;
    if (!fact.id.includes("{") && !unnamed.has(task)) continue;
    const key = `${fact.dagId ?? ""}\0${fact.id}`;
    if (seen.has(key)) fact.id = `${fact.id}@${fact.span.line}`;
    else seen.add(key);
  }
}
function returnsAnnotatedDict(fn) {
  const annotation = fn.childForFieldName("return_type");
  if (!annotation) return false;
  return /^(dict|Dict|typing\.Dict)\b/.test(annotation.text.trim());
}
function resolveCallable(node, context, depth = 0) {
  if (!node || depth > 4) return void 0;
  const inner = unparenthesize(node);
  if (inner.type === "lambda") return inner;
  if (inner.type === "identifier") return context.functions.get(inner.text);
  if (inner.type === "attribute") return staticMethodOf(inner, context);
  const wrapped = partialArguments(inner, context)?.fn;
  if (wrapped) return wrapped.type === "identifier" ? context.functions.get(wrapped.text) : void 0;
  const through = wrappedCallable(inner, context);
  return through ? resolveCallable(through, context, depth + 1) : void 0;
}
function staticMethodOf(attribute, context) {
  const object = attribute.childForFieldName("object");
  if (object?.type !== "identifier" || context.isImported(object)) return void 0;
  const cls = topLevelDefinition(context.tree.rootNode, object.text, "class_definition");
  const method = cls ? classMethod(cls, attribute.childForFieldName("attribute").text) : void 0;
  return method?.kind === "static" ? method.fn : void 0;
}
function wrappedCallable(call, context) {
  if (call.type !== "call") return void 0;
  const callee = call.childForFieldName("function");
  if (callee.type !== "identifier" || context.isImported(callee)) return void 0;
  const wrapper = context.functions.get(callee.text);
  if (wrapper?.type !== "function_definition") return void 0;
  const returned = returnedExpressions(wrapper);
  const closureName = returned.length === 1 && returned[0].type === "identifier" ? returned[0].text : void 0;
  const closure = closureName ? wrapper.childForFieldName("body")?.namedChildren.find(
    (c) => c.type === "function_definition" && c.childForFieldName("name")?.text === closureName
  ) : void 0;
  if (!closure) return void 0;
  const parameters = parameterNames(wrapper);
  const calledParameter = ownDescendantsOfType(closure, ["call"]).map((c) => c.childForFieldName("function")).find((f) => f.type === "identifier" && parameters.includes(f.text));
  if (!calledParameter) return void 0;
  return argumentAt(call, { keyword: calledParameter.text, index: parameters.indexOf(calledParameter.text) });
}
function mappedCall(partial) {
  const attribute = partial.parent;
  if (attribute?.type !== "attribute" || attribute.childForFieldName("object")?.id !== partial.id)
    return void 0;
  const method = attribute.childForFieldName("attribute")?.text;
  const call = attribute.parent;
  return (method === "expand" || method === "expand_kwargs") && call?.type === "call" ? call : void 0;
}
function insideTestFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "function_definition" && /^test_/.test(current.childForFieldName("name")?.text ?? ""))
      return true;
  }
  return false;
}
function taskMakerCalls(declaration, keywords, callsNamed) {
  const idNode = keywords.get("task_id");
  if (idNode?.type !== "identifier") return void 0;
  const helper = ownerScope(declaration);
  if (helper?.type !== "function_definition") return void 0;
  const parameters = parameterNames(helper);
  if (!parameters.includes(idNode.text)) return void 0;
  const name2 = helper.childForFieldName("name").text;
  const callableNode = keywords.get("python_callable");
  const callableParameter = callableNode?.type === "identifier" && parameters.includes(callableNode.text) ? callableNode.text : void 0;
  const argument = (site, parameter) => argumentAt(site, { keyword: parameter, index: parameters.indexOf(parameter) });
  const made = [];
  for (const site of callsNamed(name2)) {
    if (encloses(helper, site)) continue;
    const taskId = stringLiteral(argument(site, idNode.text));
    if (taskId === void 0) continue;
    made.push({
      site,
      taskId,
      callable: callableParameter ? argument(site, callableParameter) : callableNode
    });
  }
  return made;
}
function dictItems(node, context) {
  const items = /* @__PURE__ */ new Map();
  let inner = node ? unparenthesize(node) : void 0;
  if (inner?.type === "identifier") {
    const constant = context.constants.get(inner.text);
    if (constant) inner = unparenthesize(constant);
  }
  if (inner?.type === "dictionary") {
    for (const pair of inner.namedChildren) {
      const key = pair.type === "pair" ? stringLiteral(pair.childForFieldName("key")) : void 0;
      if (key !== void 0) items.set(key, pair.childForFieldName("value"));
    }
  } else if (inner?.type === "call" && context.qualify(inner.childForFieldName("function")) === "dict") {
    for (const [key, value] of callArguments(inner).keywords) items.set(key, value);
  }
  return items;
}
function importedCallArguments(task, context) {
  if (isImportedTaskflowCall(task)) return callArguments(task.declaration);
  const invocation = task.maker?.parent;
  if (task.maker && invocation?.type === "call" && invocation.childForFieldName("function")?.id === task.maker.id)
    return callArguments(invocation);
  if (task.maker) return { positional: [], keywords: /* @__PURE__ */ new Map() };
  const args2 = task.keywords.get("op_args");
  const list2 = args2 ? unparenthesize(args2) : void 0;
  const positional = list2?.type === "list" || list2?.type === "tuple" ? list2.namedChildren.filter((c) => c.type !== "comment") : [];
  const spread = positional.findIndex((element) => element.type === "list_splat");
  return {
    positional: spread >= 0 ? positional.slice(0, spread) : positional,
    keywords: dictItems(task.keywords.get("op_kwargs"), context)
  };
}
function isImportedTaskflowCall(task) {
  return task.declaration.type === "call" && task.declaration.childForFieldName("function")?.id === task.imported?.callable.id;
}
function importedCallable(node, context) {
  const inner = node ? unparenthesize(node) : void 0;
  if (inner?.type !== "identifier" && inner?.type !== "attribute") return void 0;
  if (!context.isImported(inner)) {
    if (inner.type !== "identifier" || context.functions.has(inner.text) || context.constants.has(inner.text))
      return void 0;
    const candidates = wildcardNames(context, inner.text);
    return candidates.length === 1 ? { callable: inner, qualified: candidates[0] } : void 0;
  }
  const qualified = context.qualify(inner);
  return qualified !== void 0 ? { callable: inner, qualified } : void 0;
}
function boundMethodCallable(node, context) {
  const inner = node ? unparenthesize(node) : void 0;
  if (inner?.type !== "attribute") return void 0;
  const instance2 = unparenthesize(inner.childForFieldName("object"));
  if (instance2.type !== "identifier" || context.isImported(instance2)) return void 0;
  return { callable: inner, instance: instance2, method: inner.childForFieldName("attribute").text };
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
function taskIdText(node, context) {
  const built = node && idParts(node, context, 0);
  return built?.literal ? built.text || void 0 : void 0;
}
function factoryTaskId(factory, call, context) {
  const id = callArguments(factory.operator).keywords.get("task_id");
  const inner = id && unparenthesize(id);
  if (!inner) return void 0;
  if (inner.type === "identifier") {
    const index = parameterNames(factory.target.fn).indexOf(inner.text);
    if (index !== -1) return taskIdText(argumentAt(call, { keyword: inner.text, index }), context);
  }
  return taskIdText(inner, factory.target.module.context);
}
function opaqueTaskId(node) {
  const inner = node ? unparenthesize(node) : void 0;
  return inner && ["call", "identifier", "attribute", "subscript"].includes(inner.type) ? unknownPart(inner) : void 0;
}
var MAX_ID_DEPTH = 8;
var PRINTF_FIELD = /%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdirfg]/g;
var FORMAT_FIELD = /\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}/g;
function precedingAssignment(use) {
  const name2 = use.text;
  const rebinds = (statement) => {
    const inner = statement.type === "expression_statement" ? statement.namedChild(0) : statement;
    const binds = ["assignment", "augmented_assignment", "for_statement"].includes(inner?.type ?? "");
    const target = binds ? inner.childForFieldName("left") : null;
    return !!target && (target.text === name2 || target.descendantsOfType("identifier").some((id) => id.text === name2));
  };
  for (let child = use, block = use.parent; block; child = block, block = block.parent) {
    if (block.type === "function_definition" || block.type === "class_definition") return void 0;
    if (block.type !== "block" && block.type !== "module") continue;
    let found;
    for (const statement of block.namedChildren) {
      if (statement.startIndex >= child.startIndex) break;
      const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : null;
      const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
      if (left?.type === "identifier" && left.text === name2) found = assignment.childForFieldName("right");
      else if (rebinds(statement)) found = null;
    }
    if (found !== void 0) return found ?? void 0;
  }
  return void 0;
}
function unknownPart(node) {
  return `{${node.text.replace(/\s+/g, " ")}}`;
}
function idParts(node, context, depth) {
  const inner = unparenthesize(node);
  const literal = stringLiteral(inner);
  if (literal !== void 0) return { text: literal, literal: literal !== "" };
  if (depth >= MAX_ID_DEPTH) return void 0;
  if (inner.type === "string" && inner.namedChildren.some((c) => c.type === "interpolation")) {
    let text2 = "";
    let literalText = false;
    for (const part of inner.namedChildren) {
      if (part.type === "string_content" || part.type === "escape_sequence") {
        text2 += part.text;
        literalText = true;
      } else if (part.type === "interpolation") text2 += part.text;
    }
    return { text: text2, literal: literalText };
  }
  if (inner.type === "identifier") {
    const constant = context.isImported(inner) ? void 0 : context.constants.get(inner.text);
    const value = stringLiteral(constant);
    if (value !== void 0) return { text: value, literal: value !== "" };
    const local = constant ? void 0 : precedingAssignment(inner);
    return local ? idParts(local, context, depth + 1) : void 0;
  }
  if (inner.type === "binary_operator") {
    const operator = inner.childForFieldName("operator")?.type;
    const left = inner.childForFieldName("left");
    const right = inner.childForFieldName("right");
    if (!left || !right) return void 0;
    if (operator === "+") {
      const a = idParts(left, context, depth + 1);
      const b = idParts(right, context, depth + 1);
      if (!a && !b) return void 0;
      return {
        text: (a?.text ?? unknownPart(left)) + (b?.text ?? unknownPart(right)),
        literal: (a?.literal ?? false) || (b?.literal ?? false)
      };
    }
    if (operator === "%") {
      const template = stringLiteral(left);
      if (template === void 0) return void 0;
      const valueNode = unparenthesize(right);
      const values = valueNode.type === "tuple" ? valueNode.namedChildren : [valueNode];
      let index = 0;
      const text2 = template.replace(PRINTF_FIELD, () => {
        const value = values[index++];
        return value ? unknownPart(value) : "{*}";
      });
      return { text: text2, literal: true };
    }
    return void 0;
  }
  if (inner.type === "call") {
    const callee = inner.childForFieldName("function");
    if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "format")
      return void 0;
    const template = stringLiteral(callee.childForFieldName("object"));
    if (template === void 0) return void 0;
    const { positional, keywords } = callArguments(inner);
    let index = 0;
    const text2 = template.replace(FORMAT_FIELD, (_field, name2) => {
      const value = name2 === "" ? positional[index++] : /^\d+$/.test(name2) ? positional[Number(name2)] : keywords.get(name2);
      return value ? unknownPart(value) : "{*}";
    });
    return { text: text2, literal: true };
  }
  return void 0;
}
function taskflowCallForm(call, context) {
  const callee = call.childForFieldName("function");
  if (!callee || callee.type !== "identifier" && callee.type !== "attribute" && callee.type !== "call")
    return void 0;
  const { positional, keywords } = callArguments(call);
  const target = positional[0] ? unparenthesize(positional[0]) : void 0;
  if (positional.length !== 1 || target?.type !== "identifier" && target?.type !== "attribute")
    return void 0;
  const imported = importedCallable(target, context);
  const fn = target.type === "identifier" && !imported ? context.functions.get(target.text) : void 0;
  if (!imported && (fn?.type !== "function_definition" || fn.parent?.type === "decorated_definition"))
    return void 0;
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
  return imported ? { imported, name: name2, role, keywords: decoratorKeywords } : { fn, name: name2, role, keywords: decoratorKeywords };
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

// packages/python/src/consumptions.ts
var XCOM_PULL_IN_TEMPLATE = /xcom_pull\s*\(([^)]*)\)/g;
var TEMPLATE_TASK_IDS = /(?:\btask_ids\s*=\s*|^\s*)(\[[^\]]*\]|'[^']*'|"[^"]*")/;
var TEMPLATE_KEY = /\bkey\s*=\s*['"]([^'"]+)['"]/;
var QUOTED = /'([^']*)'|"([^"]*)"/g;
var OP_ARGS = "op_args";
var OP_KWARGS = "op_kwargs";
var TEMPLATES_DICT = "templates_dict";
var cache = new Memo();
var pushCache = new Memo();
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
  const elsewhere = module2.handoffValues.flatMap(
    ({ fact, task, helper }) => (task.imported || task.boundMethod || helper) && fact.channel === "xcom-push" && fact.key === key ? [task] : []
  );
  return [...byKey.get(key) ?? [], ...elsewhere].filter(
    (task, index, all) => task.fact.dagId === dagId && all.indexOf(task) === index
  );
}
function taskInputs(module2) {
  const cached2 = cache.get(module2);
  if (cached2) return cached2;
  const inputs = new InputCollector(module2).collect();
  cache.set(module2, inputs);
  return inputs;
}
function taskById(tasks, id, dagId) {
  let matches = tasks.filter((t) => t.fact.id === id || t.fact.id.endsWith(`.${id}`));
  if (matches.length === 0) matches = tasks.filter((t) => id.endsWith(`.${t.fact.id}`));
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
var InputCollector = class {
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
  orderings = /* @__PURE__ */ new Map();
  calls = /* @__PURE__ */ new Map();
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
    return { byTask: this.byTask, arguments: this.arguments, orderings: this.orderings, calls: this.calls };
  }
  add(consumer, input) {
    if (input.producer === consumer) return;
    const list2 = this.byTask.get(consumer);
    if (list2) list2.push(input);
    else this.byTask.set(consumer, [input]);
  }
  /** `consumer` runs after each of `producers` (through calls that are not known tasks). */
  addOrder(consumer, producers, argument) {
    if (producers.length === 0) return;
    let list2 = this.orderings.get(consumer);
    for (const producer of producers) {
      if (producer === consumer || list2?.some((order) => order.producer === producer)) continue;
      if (!list2) this.orderings.set(consumer, list2 = []);
      list2.push({ producer, span: spanOf(argument) });
    }
  }
  /** The task a handle names, preferring one declared in a scope that contains `site`. */
  taskByHandle(handle2, site, dagId) {
    const candidates = this.byHandle.get(handle2);
    if (!candidates || candidates.length === 0) return void 0;
    if (candidates.length === 1) return candidates[0];
    const sameDag = candidates.filter((t) => dagId !== void 0 && t.fact.dagId === dagId);
    const pool = sameDag.length > 0 ? sameDag : candidates;
    const enclosing2 = pool.find((t) => {
      const scope = t.declaration.parent;
      return scope && scope.startIndex <= site.startIndex && site.endIndex <= scope.endIndex;
    });
    return enclosing2 ?? pool[0];
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
      this.calls.set(call, task);
      const names2 = task.fn ? parameterNames(task.fn) : [];
      const { positional, keywords } = callArguments(call);
      const callee = call.childForFieldName("function");
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
      if (method === "expand_kwargs") {
        if (positional[0]) this.bindExpandedKwargs(task, positional[0]);
      } else {
        const splat = positional.findIndex((argument) => argument.type === "list_splat");
        positional.forEach(
          (argument, index) => this.bindArgument(task, argument, splat === -1 || index < splat ? names2[index] : void 0, expand)
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
    const order = [];
    const sources = this.producersOf(argument, consumer.fact.dagId, 0, order);
    this.addOrder(consumer, order, argument);
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
   * one; list and tuple elements each. With `order`, it also collects the tasks whose outputs a
   * call that is not a known task takes in (its arguments, its receiver): its value comes after
   * them, but is not their XCom.
   */
  producersOf(expression, dagId, depth = 0, order) {
    if (depth > 8) return [];
    const node = unparenthesize(expression);
    switch (node.type) {
      case "call": {
        const taskflow = this.taskflowCallee(node);
        if (taskflow)
          return [{ producer: taskflow.task, ...taskflow.expand ? { mapped: true } : {} }];
        const callee = node.childForFieldName("function");
        const name2 = callee ? this.module.context.qualify(callee) : void 0;
        const groupReturns = callee?.type === "identifier" ? this.taskGroupReturns(callee.text) : void 0;
        if (groupReturns)
          return groupReturns.flatMap((returned) => this.producersOf(returned, dagId, depth + 1, order));
        if (name2?.endsWith("XComArg")) {
          const { positional, keywords } = callArguments(node);
          const operand = positional[0] ?? keywords.get("operator");
          const key = stringLiteral(positional[1] ?? keywords.get("key"));
          const producer = operand?.type === "identifier" ? this.taskByHandle(operand.text, node, dagId) : void 0;
          return producer ? [{ producer, ...key !== void 0 ? { key } : {} }] : [];
        }
        if (order) this.orderThrough(node, dagId, depth, order);
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
        const sources = this.producersOf(node.childForFieldName("value"), dagId, depth + 1, order);
        if (key === void 0) return sources;
        return sources.map((s) => s.producer.fact.multipleOutputs ? { ...s, key } : { ...s, item: key });
      }
      case "identifier": {
        const reaching = this.module.bindings.reaching(node.text, node);
        const passed = this.taskGroupArguments(reaching);
        if (passed) return passed.flatMap((argument) => this.producersOf(argument, dagId, depth + 1, order));
        const binding = reaching.find((b) => b.value);
        if (!binding?.value || binding.kind !== "assign" || binding.index !== void 0) return [];
        return this.producersOf(binding.value, dagId, depth + 1, order);
      }
      case "list":
      case "tuple":
        return node.namedChildren.flatMap((element) => this.producersOf(element, dagId, depth + 1, order));
      case "string":
      case "concatenated_string":
        return this.templatePulls(node, dagId);
      default:
        return [];
    }
  }
  groupArguments = /* @__PURE__ */ new Map();
  groupFunctions;
  /** What the `@task_group` function of this name returns; undefined for any other name. */
  taskGroupReturns(name2) {
    if (!this.groupFunctions) {
      this.groupFunctions = /* @__PURE__ */ new Map();
      for (const fn2 of this.module.nodes.of("function_definition")) {
        const fnName = fn2.childForFieldName("name")?.text;
        if (fnName !== void 0 && isTaskGroupFunction(fn2, this.module.context))
          this.groupFunctions.set(fnName, fn2);
      }
    }
    const fn = this.groupFunctions.get(name2);
    return fn ? returnedExpressions(fn) : void 0;
  }
  /**
   * The arguments the calls of a `@task_group` function pass the parameter `reaching` binds
   * (`transform(extract())` for `def transform(object_key)`, by position or keyword); undefined
   * when the name is no such parameter.
   */
  taskGroupArguments(reaching) {
    const parameter = reaching.length === 1 && reaching[0].kind === "parameter" ? reaching[0].target : void 0;
    const fn = parameter && parameterOwner(parameter);
    if (!parameter || !fn || !isTaskGroupFunction(fn, this.module.context)) return void 0;
    let found = this.groupArguments.get(parameter.id);
    if (found) return found;
    found = [];
    const name2 = fn.childForFieldName("name")?.text;
    const index = parameterNames(fn).indexOf(parameter.text);
    for (const call of this.module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "identifier" || callee.text !== name2) continue;
      const { positional, keywords } = callArguments(call);
      const argument = keywords.get(parameter.text) ?? (index >= 0 ? positional[index] : void 0);
      if (argument && argument.type !== "list_splat") found.push(argument);
    }
    this.groupArguments.set(parameter.id, found);
    return found;
  }
  /**
   * A call that is not a known task (`upload(extract())`, `upload.override(...)(files)`,
   * `helper(x=t()).method(u())`): the tasks whose outputs its arguments and receiver carry,
   * nested or not, run before whatever takes in its value.
   */
  orderThrough(call, dagId, depth, order) {
    const { positional, keywords } = callArguments(call);
    const callee = call.childForFieldName("function");
    const receiver = callee?.type === "attribute" ? callee.childForFieldName("object") : callee?.type === "call" ? callee : null;
    for (const input of [...positional, ...keywords.values(), ...receiver ? [receiver] : []]) {
      for (const source of this.producersOf(input, dagId, depth + 1, order)) order.push(source.producer);
    }
  }
  /** `{{ ti.xcom_pull(task_ids='x', key='k') }}` inside a string. */
  templatePulls(node, dagId) {
    if (!node.text.includes("xcom_pull")) return [];
    const found = [];
    for (const match of node.text.matchAll(XCOM_PULL_IN_TEMPLATE)) {
      const { taskIds, key, anyTask } = templatePullArguments(match[1]);
      if (anyTask) {
        if (key !== void 0)
          for (const producer of pushersOf(this.module, key, dagId)) found.push({ producer, key });
        continue;
      }
      for (const id of taskIds) {
        const producer = this.taskById(id, dagId);
        if (producer) found.push({ producer, ...key !== void 0 ? { key } : {} });
      }
    }
    return found;
  }
  /** An operator's keywords: `op_args`, `op_kwargs` bind parameters; templated fields only consume. */
  collectOperatorKeywords(task) {
    if (task.fact.style.startsWith("@")) return;
    const allNames = task.fn ? parameterNames(task.fn) : [];
    let names2 = allNames;
    const callable = task.keywords.get("python_callable");
    const partial = callable && task.fn ? partialArguments(callable, this.module.context) : void 0;
    if (partial) {
      const splat = partial.positional.findIndex((argument) => argument.type === "list_splat");
      partial.positional.forEach((argument, index) => {
        const name2 = splat === -1 || index < splat ? names2[index] : void 0;
        if (name2 !== void 0 && !this.bindOperatorValue(task, argument, name2))
          this.addArgument(task, name2, argument);
      });
      for (const [name2, argument] of partial.keywords)
        if (!this.bindOperatorValue(task, argument, name2)) this.addArgument(task, name2, argument);
      names2 = splat === -1 ? names2.slice(partial.positional.length) : [];
    }
    for (const [keyword, written] of task.keywords) {
      const value = (keyword === OP_ARGS || keyword === OP_KWARGS ? this.literalOrConstant(written) : written) ?? written;
      if (keyword === TEMPLATES_DICT && (allNames.includes(TEMPLATES_DICT) || takesContext(task.fn)))
        this.addArgument(task, TEMPLATES_DICT, written);
      if (keyword === OP_ARGS && (value.type === "list" || value.type === "tuple")) {
        const splat = value.namedChildren.findIndex((element) => element.type === "list_splat");
        value.namedChildren.forEach((element, index) => {
          if (element.type === "comment") return;
          const name2 = splat === -1 || index < splat ? names2[index] : void 0;
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
          if (this.bindOperatorValue(task, node, void 0, false)) covered = node;
        }
      }
    }
  }
  /** Adds the inputs an operator argument stands for; true when it stands for any. */
  bindOperatorValue(task, value, parameter, ordering = true) {
    const node = unparenthesize(value);
    const via = node.type === "string" || node.type === "concatenated_string" ? "template" : "argument";
    const order = ordering ? [] : void 0;
    const sources = this.producersOf(node, task.fact.dagId, 0, order);
    if (order) this.addOrder(task, order, node);
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
function pulledProducers(module2, pull, dagId) {
  if (pull.anyTask) return pull.key !== void 0 ? pushersOf(module2, pull.key, dagId) : [];
  const producers = [];
  for (const id of pull.taskIds) {
    const producer = taskById(module2.tasks, id, dagId);
    if (producer) producers.push(producer);
  }
  return producers;
}
function templatePullArguments(args2) {
  const ids = TEMPLATE_TASK_IDS.exec(args2)?.[1] ?? "";
  const key = TEMPLATE_KEY.exec(args2)?.[1];
  return {
    taskIds: [...ids.matchAll(QUOTED)].map((quoted) => quoted[1] ?? quoted[2]),
    ...key !== void 0 && key !== "return_value" ? { key } : {},
    ...!ids && !/\btask_ids\s*=/.test(args2) ? { anyTask: true } : {}
  };
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
var extractConsumptions = (module2, model) => {
  const { byTask, orderings } = taskInputs(module2);
  for (const [consumer, inputs] of byTask) {
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
  if (orderings.size === 0) return;
  const facts = model.orderings ??= [];
  for (const [later, orders] of orderings) {
    for (const { producer, span } of orders) {
      facts.push({
        taskId: later.fact.id,
        afterTaskId: producer.fact.id,
        ...later.fact.dagId !== void 0 ? { dagId: later.fact.dagId } : {},
        span
      });
    }
  }
};

// packages/python/src/env-reads.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
function fallbackText(node) {
  const literal = stringLiteral(node);
  if (literal !== void 0) return literal;
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

// packages/python/src/handoffs.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/catalogs/values.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var NDARRAY = "numpy.ndarray";
var NUMPY_SCALAR = "numpy.generic";
var NUMPY_COMPLEX = "numpy.complexfloating";
var DATAFRAME = "pandas.DataFrame";
var SERIES = "pandas.Series";
var INDEX = "pandas.Index";
var TIMESTAMP = "pandas.Timestamp";
var POLARS_FRAME = "polars.DataFrame";
var POLARS_LAZY = "polars.LazyFrame";
var POLARS_SERIES = "polars.Series";
var ARROW_TABLE = "pyarrow.Table";
var ARROW_ARRAY = "pyarrow.Array";
var TORCH_TENSOR = "torch.Tensor";
var TF_TENSOR = "tensorflow.Tensor";
var RANDOM_GENERATOR = "numpy.random.Generator";
var ESTIMATOR = "sklearn.base.BaseEstimator";
var names = (list2, result) => Object.fromEntries(list2.split(/\s+/).map((name2) => [name2, result]));
var SANITIZING_METHODS = {
  ...names("tolist to_list to_dict to_dicts to_json to_pylist to_pydict item isoformat strftime", "json"),
  // `.to_numpy()` is an ndarray on every library that has it (pandas, polars, pyarrow, xarray).
  to_numpy: NDARRAY
};
var ARRAY_REDUCTIONS = names("sum mean std var min max prod ptp any all argmax argmin", {
  reduction: NUMPY_SCALAR,
  withAxis: NDARRAY,
  axisAt: 0
});
var FRAME_TO_FRAME = names(
  `abs add_prefix add_suffix assign astype bfill clip combine_first copy corr cov cummax cummin
   cumprod cumsum describe diff drop drop_duplicates dropna explode ffill fillna filter head
   infer_objects interpolate isin isna isnull join mask melt merge nlargest notna notnull
   nsmallest pct_change pivot pivot_table query rank reindex rename rename_axis replace
   reset_index round sample select_dtypes set_axis set_index shift sort_index sort_values
   stack tail transpose truncate tz_convert tz_localize unstack where agg aggregate transform
   eq ne lt le gt ge mul div sub truediv floordiv pow dot fillna`,
  DATAFRAME
);
var FRAME_REDUCTIONS_TO_SERIES = names(
  "sum mean median std var min max prod count nunique sem skew kurt kurtosis quantile idxmax idxmin any all mode memory_usage duplicated value_counts",
  SERIES
);
var SERIES_TO_SERIES = names(
  `abs apply astype between bfill clip copy cummax cummin cumprod cumsum diff drop drop_duplicates
   dropna ffill fillna head interpolate isin isna isnull map mask notna notnull nlargest nsmallest
   pct_change rank reindex rename replace round sample shift sort_index sort_values tail
   value_counts where add sub mul div truediv pow eq ne lt le gt ge explode`,
  SERIES
);
var SERIES_REDUCTIONS = names(
  "sum mean median std var min max prod count sem skew kurt quantile any all",
  NUMPY_SCALAR
);
var GROUPBY_TO = (result) => names(
  "agg aggregate sum mean median std var min max prod count first last nth apply transform cumsum cumcount nunique describe",
  result
);
var POLARS_FRAME_METHODS = names(
  `filter select with_columns with_row_index sort head tail limit slice join drop rename unique
   drop_nulls fill_null fill_nan cast pivot unpivot melt explode vstack hstack sample describe
   sum mean min max median std var null_count transpose reverse shift interpolate clone`,
  "same"
);
var TENSOR_METHODS = {
  ...names("tolist item", "json"),
  ...names("size dim numel element_size ndimension", "json"),
  numpy: NDARRAY,
  backward: "json"
};
var TYPES = {
  [NDARRAY]: {
    report: { kind: "ndarray", typeName: "numpy ndarray" },
    methods: {
      ...ARRAY_REDUCTIONS,
      ...names(
        "reshape astype copy flatten ravel squeeze transpose swapaxes clip round cumsum cumprod argsort repeat take compress dot view",
        NDARRAY
      ),
      ...names("tolist item", "json"),
      // `arr.sort()` sorts in place and returns None.
      ...names("sort fill put resize", "json")
    },
    attributes: {
      T: NDARRAY,
      ...names("shape size ndim nbytes itemsize", "json"),
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
    methods: { ...names("item tolist", "json"), ...names("round astype", NUMPY_SCALAR) },
    arithmeticRank: 1
  },
  [NUMPY_COMPLEX]: {
    report: { kind: "numpy-scalar", typeName: "numpy complex scalar" },
    methods: { ...names("item tolist", "json"), ...names("round astype conjugate conj", NUMPY_COMPLEX) },
    attributes: { ...names("real imag", NUMPY_SCALAR) },
    arithmeticRank: 1
  },
  [RANDOM_GENERATOR]: {
    methods: {
      ...names("normal uniform integers randint binomial beta gamma lognormal multivariate_normal", {
        draw: NDARRAY,
        sizeAt: 2
      }),
      ...names("choice exponential poisson standard_t chisquare", { draw: NDARRAY, sizeAt: 1 }),
      ...names("random random_sample standard_normal standard_exponential", { draw: NDARRAY, sizeAt: 0 }),
      ...names("rand randn", { draw: NDARRAY, sizeAt: "any" }),
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
      ...names("rolling expanding ewm resample", "pandas.DataFrameWindow"),
      pop: SERIES,
      to_numpy: NDARRAY,
      to_records: NDARRAY,
      ...names("to_dict to_json to_csv to_string to_html to_markdown to_latex", "json"),
      ...names("to_parquet to_feather to_excel to_sql to_pickle to_hdf info", "json")
    },
    attributes: {
      values: NDARRAY,
      T: DATAFRAME,
      columns: INDEX,
      index: INDEX,
      dtypes: SERIES,
      ...names("shape size ndim empty", "json"),
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
      ...names("rolling expanding ewm resample", "pandas.SeriesWindow"),
      ...names("tolist to_list to_dict to_json to_csv to_string nunique", "json")
    },
    attributes: {
      values: NDARRAY,
      index: INDEX,
      T: SERIES,
      ...names("dt str cat", "pandas.SeriesAccessor"),
      ...names("shape size ndim empty", "json"),
      ...names("loc iloc", "pandas.Series.loc")
    },
    subscript: "series",
    element: NUMPY_SCALAR,
    arithmeticRank: 4
  },
  "pandas.Series.loc": { subscript: "series" },
  "pandas.SeriesAccessor": {
    methods: { ...names("tolist to_list", "json") },
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
      ...names("tolist to_list", "json"),
      to_numpy: NDARRAY,
      to_series: SERIES,
      to_frame: DATAFRAME,
      ...names("unique sort_values drop union intersection difference rename strftime", INDEX)
    },
    attributes: { values: NDARRAY, ...names("shape size ndim empty name", "json") },
    element: "json"
  },
  [TIMESTAMP]: {
    report: { kind: "timestamp", typeName: "pandas Timestamp" },
    methods: {
      ...names("isoformat strftime timestamp date time to_pydatetime", "json"),
      ...names("normalize floor ceil round tz_localize tz_convert replace", TIMESTAMP)
    },
    attributes: names("year month day hour minute second value dayofweek", "json")
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
      ...names("to_dicts rows row item write_csv write_json write_ndjson write_parquet write_ipc", "json")
    },
    attributes: names("columns shape height width schema dtypes", "json"),
    subscript: { always: POLARS_SERIES },
    arithmeticRank: 5
  },
  [POLARS_LAZY]: {
    report: { kind: "polars-frame", typeName: "polars LazyFrame" },
    methods: {
      ...POLARS_FRAME_METHODS,
      group_by: "polars.LazyGroupBy",
      groupby: "polars.LazyGroupBy",
      ...names("collect fetch", POLARS_FRAME),
      ...names("sink_parquet sink_csv sink_ipc", "json")
    }
  },
  "polars.GroupBy": { methods: names("agg sum mean min max count first last len head tail", POLARS_FRAME) },
  "polars.LazyGroupBy": {
    methods: names("agg sum mean min max count first last len head tail", POLARS_LAZY)
  },
  [POLARS_SERIES]: {
    report: { kind: "series", typeName: "polars Series" },
    methods: {
      ...names("to_list item sum mean min max median std var n_unique len", "json"),
      to_numpy: NDARRAY,
      to_pandas: SERIES,
      to_frame: POLARS_FRAME,
      ...names(
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
      ...names("to_pylist to_pydict", "json"),
      ...names(
        "select filter slice drop drop_columns rename_columns append_column add_column set_column remove_column sort_by combine_chunks cast take join",
        ARROW_TABLE
      ),
      column: ARROW_ARRAY,
      group_by: "pyarrow.TableGroupBy"
    },
    attributes: names("num_rows num_columns column_names shape nbytes", "json"),
    subscript: { always: ARROW_ARRAY }
  },
  "pyarrow.TableGroupBy": { methods: { aggregate: ARROW_TABLE } },
  "pyarrow.dataset.Dataset": { methods: { to_table: ARROW_TABLE, head: ARROW_TABLE } },
  [ARROW_ARRAY]: {
    report: { kind: "arrow-table", typeName: "pyarrow Array" },
    methods: { ...names("to_pylist", "json"), to_numpy: NDARRAY, to_pandas: SERIES }
  },
  [TORCH_TENSOR]: {
    report: { kind: "tensor", typeName: "PyTorch tensor" },
    methods: TENSOR_METHODS,
    // A tensor's methods give tensors (`.sum()` is a 0-d tensor, still not JSON).
    otherMethods: TORCH_TENSOR,
    attributes: { ...names("T data grad mT", TORCH_TENSOR), ...names("shape ndim", "json") },
    subscript: { always: TORCH_TENSOR },
    element: TORCH_TENSOR,
    arithmeticRank: 3
  },
  [TF_TENSOR]: {
    report: { kind: "tensor", typeName: "TensorFlow tensor" },
    methods: { numpy: NDARRAY },
    attributes: { ...names("shape ndim", "json") },
    subscript: { always: TF_TENSOR },
    arithmeticRank: 3
  },
  [ESTIMATOR]: {
    report: { kind: "class-instance", typeName: "scikit-learn estimator" },
    methods: {
      ...names("fit partial_fit set_params", "same"),
      ...names(
        "predict predict_proba predict_log_proba decision_function transform fit_transform fit_predict inverse_transform score_samples",
        NDARRAY
      ),
      get_params: "json"
    },
    attributes: names("coef_ feature_importances_ classes_ components_ explained_variance_ratio_", NDARRAY)
  }
};
var NUMPY_ARRAY_MAKERS = `array asarray asanyarray ascontiguousarray zeros ones empty full zeros_like ones_like
  empty_like full_like arange linspace logspace geomspace eye identity diag diagflat tri tril triu
  concatenate stack vstack hstack dstack column_stack row_stack tile repeat reshape ravel transpose
  squeeze expand_dims flip fliplr flipud roll rot90 sort argsort unique cumsum cumprod diff
  convolve correlate outer kron cross argwhere clip nan_to_num interp polyfit polyval matmul
  load loadtxt genfromtxt fromfile frombuffer fromiter fromstring copy where digitize bincount
  searchsorted atleast_1d atleast_2d atleast_3d broadcast_to pad insert append delete`;
var NUMPY_UFUNCS = `abs absolute sqrt square exp exp2 expm1 log log2 log10 log1p sin cos tan arcsin
  arccos arctan arctan2 sinh cosh tanh floor ceil rint round around trunc sign negative reciprocal
  power add subtract multiply divide true_divide floor_divide mod remainder maximum minimum fmax
  fmin isnan isinf isfinite logical_and logical_or logical_not greater less equal not_equal
  greater_equal less_equal sigmoid`;
var UFUNC_RESULT = {
  byArgument: {
    [NDARRAY]: NDARRAY,
    container: NDARRAY,
    number: NUMPY_SCALAR,
    [NUMPY_SCALAR]: NUMPY_SCALAR,
    [SERIES]: SERIES,
    [DATAFRAME]: DATAFRAME
  }
};
var NUMPY_REDUCTIONS = `sum mean std var min max amin amax median average prod ptp nansum nanmean nanstd
  nanvar nanmin nanmax nanmedian argmax argmin count_nonzero all any percentile quantile
  nanpercentile nanquantile trace`;
var NUMPY_SCALAR_TYPES = `float64 float32 float16 int64 int32 int16 int8 uint64 uint32 uint16 uint8
  bool_ intc intp double single longlong float_ int_ longdouble`;
var NUMPY_COMPLEX_TYPES = `complex128 complex64 complex_ cdouble csingle clongdouble complex256`;
var prefixed = (prefix, list2, result) => Object.fromEntries(
  list2.trim().split(/\s+/).map((name2) => [`${prefix}${name2}`, result])
);
var RANDOM_DRAWS = TYPES[RANDOM_GENERATOR].methods;
var FUNCTIONS = {
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
var NAMED_RESULT_METHODS = {
  // Airflow `DbApiHook` (Postgres, MySQL, Snowflake, …), `BigQueryHook`, `HiveServer2Hook`
  get_pandas_df: DATAFRAME,
  get_pandas_df_by_chunks: "unknown",
  get_df: { byKeyword: "df_type", cases: { pandas: DATAFRAME, polars: POLARS_FRAME }, absent: DATAFRAME },
  ...names("get_records get_first", "json"),
  // google-cloud-bigquery (`client.query(sql).to_dataframe()`), xarray
  to_dataframe: DATAFRAME,
  to_arrow: ARROW_TABLE,
  // Snowflake cursors, DuckDB relations and connections
  fetch_pandas_all: DATAFRAME,
  ...names("fetchdf fetch_df", DATAFRAME),
  fetch_arrow_table: ARROW_TABLE,
  // PySpark
  toPandas: DATAFRAME
};
var ESTIMATOR_MODULES = ["sklearn."];
var ANNOTATION_TYPES = {
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
var SUGGESTED_CONVERSIONS = {
  [NDARRAY]: { method: ".tolist()", result: "a list" },
  [SERIES]: { method: ".tolist()", result: "a list" },
  [DATAFRAME]: { method: '.to_dict(orient="records")', result: "a list of records" },
  [NUMPY_SCALAR]: { method: ".item()", result: "a Python number" }
};
var UNSURE_DTYPE_TEXT = new RegExp(
  [
    // dtypes and what makes them
    "dtype|astype|parse_dates|converters|date|time|period|categor|object|complex|bytes|void|str_",
    String.raw`apply|\.map\(|to_numpy|\.values`,
    // sources whose columns keep their stored types (dates among them): files, databases, hooks
    "parquet|feather|orc|excel|json|sql|query|pickle|hdf|stata|sas|spss|arrow|get_df|get_pandas_df|fetch|to_dataframe|load"
  ].join("|"),
  "i"
);
var CONVERSION_ADVICE = {
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
var CONVERSION_ADVICE_BY_TYPE = {
  "polars.Series": ".to_list()",
  "polars.LazyFrame": ".collect().to_dicts()",
  "pyarrow.Array": ".to_pylist()",
  "tensorflow.Tensor": ".numpy().tolist()"
};
var SERDE_PARQUET_KINDS = /* @__PURE__ */ new Set(["dataframe"]);

// packages/python/src/push-wrappers.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var WRAPPER_NAME = /push|xcom/i;
var PARTIAL_NAMES = /* @__PURE__ */ new Set(["functools.partial", "partial"]);
function keyText(node) {
  return node ? stringLiteral(node) ?? shortText(node) : "?";
}
function nativePush(call) {
  const callee = call.childForFieldName("function");
  if (callee.type !== "attribute" || callee.childForFieldName("attribute").text !== "xcom_push")
    return void 0;
  const value = argumentAt(call, { keyword: "value", index: 1 });
  if (!value) return void 0;
  const key = keyText(argumentAt(call, { keyword: "key", index: 0 }));
  return { value, key, taskInstance: callee.childForFieldName("object") };
}
function wrappedPush(wrapper, call) {
  const argument = (p) => argumentAt(call, { keyword: p.name, index: p.index });
  const value = argument(wrapper.value);
  if (!value) return void 0;
  const key = typeof wrapper.key === "string" ? wrapper.key : keyText(wrapper.key && argument(wrapper.key));
  const taskInstance = wrapper.taskInstance && argument(wrapper.taskInstance);
  return { value, key, ...taskInstance ? { taskInstance } : {} };
}
function summarize2(fn) {
  if (!fn.text.includes("xcom_push")) return void 0;
  const names2 = parameterNames(fn);
  const parameter = (node) => {
    const inner = node ? unparenthesize(node) : void 0;
    const index = inner?.type === "identifier" ? names2.indexOf(inner.text) : -1;
    return index >= 0 ? { name: names2[index], index } : void 0;
  };
  for (const call of fn.descendantsOfType("call")) {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "xcom_push") continue;
    const { positional, keywords } = callArguments(call);
    const value = parameter(keywords.get("value") ?? positional[1]);
    if (!value) continue;
    const keyNode = keywords.get("key") ?? positional[0];
    const literal = stringLiteral(keyNode);
    const key = literal ?? parameter(keyNode);
    const taskInstance = parameter(callee.childForFieldName("object"));
    return { value, ...taskInstance ? { taskInstance } : {}, ...key !== void 0 ? { key } : {} };
  }
  return void 0;
}
function shifted(wrapper, bound, boundNames) {
  const shift = (p) => boundNames.has(p.name) || p.index < bound ? void 0 : { name: p.name, index: p.index - bound };
  const value = shift(wrapper.value);
  if (!value) return void 0;
  const taskInstance = wrapper.taskInstance && shift(wrapper.taskInstance);
  const key = typeof wrapper.key === "object" ? shift(wrapper.key) : wrapper.key;
  return { value, ...taskInstance ? { taskInstance } : {}, ...key !== void 0 ? { key } : {} };
}
var PushWrappers = class {
  constructor(module2) {
    this.module = module2;
  }
  module;
  found = /* @__PURE__ */ new Map();
  /** The wrapper a call's callee is, if any. */
  of(callee) {
    const name2 = callee.type === "identifier" ? callee.text : callee.type === "attribute" ? callee.childForFieldName("attribute").text : void 0;
    if (!name2 || !WRAPPER_NAME.test(name2) || name2 === "xcom_push" && callee.type === "attribute")
      return void 0;
    const { context } = this.module;
    const key = context.isImported(callee) ? `import:${context.qualify(callee)}` : `local:${callee.text}`;
    if (this.found.has(key)) return this.found.get(key);
    let wrapper;
    if (!context.isImported(callee)) {
      if (callee.type === "identifier")
        wrapper = this.local(name2, this.module.context, this.module.filePath, 0);
    } else {
      const qualified = context.qualify(callee);
      if (qualified !== void 0 && this.module.filePath)
        wrapper = this.imported(qualified, this.module.filePath, 0);
    }
    this.found.set(key, wrapper);
    return wrapper;
  }
  /** A name of a module: a function defined there, or a module constant made by `partial(f, …)`. */
  local(name2, context, file, hops) {
    const fn = context.functions.get(name2);
    if (fn?.type === "function_definition") return summarize2(fn);
    const alias = context.aliases.get(name2);
    if (alias !== void 0 && file) return this.imported(alias, file, hops + 1);
    const constant = context.constants.get(name2);
    const call = constant ? unparenthesize(constant) : void 0;
    if (call?.type !== "call" || hops > 3) return void 0;
    const partial = call.childForFieldName("function");
    if (!PARTIAL_NAMES.has(context.qualify(partial) ?? "")) return void 0;
    const { positional, keywords } = callArguments(call);
    const target = positional[0];
    if (!target || target.type !== "identifier" && target.type !== "attribute") return void 0;
    const inner = context.isImported(target) ? file && this.imported(context.qualify(target) ?? "", file, hops + 1) : target.type === "identifier" ? this.local(target.text, context, file, hops + 1) : void 0;
    return inner ? shifted(inner, positional.length - 1, new Set(keywords.keys())) : void 0;
  }
  /** A name imported from a repository module: read in that module. */
  imported(qualified, fromFile, hops) {
    const { project } = this.module;
    if (!project || hops > 3 || !qualified) return void 0;
    if (!mayBeRepositoryName(qualified)) return void 0;
    const dot = qualified.lastIndexOf(".");
    if (dot < 0) return void 0;
    const target = project.module(qualified.slice(0, dot) || ".", fromFile);
    return target ? this.local(qualified.slice(dot + 1), target.context, target.file, hops) : void 0;
  }
};
function pushedIn(fn, module2) {
  const wrappers = new PushWrappers(module2);
  const pushes = [];
  for (const call of ownDescendantsOfType(fn, ["call"])) {
    const wrapper = wrappers.of(call.childForFieldName("function"));
    const pushed = nativePush(call) ?? (wrapper && wrappedPush(wrapper, call));
    if (pushed) pushes.push(pushed);
  }
  return pushes;
}

// packages/python/src/bound-methods.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
function taskMethod(task, module2) {
  const bound = task.boundMethod;
  if (!bound) return void 0;
  const name2 = bound.instance.text;
  const bindings = module2.bindings.moduleBindings(name2);
  const only = bindings.length === 1 ? bindings[0] : void 0;
  if (only?.kind !== "assign" || only.index !== void 0 || !only.value) return void 0;
  const seen = module2.bindings.reaching(name2, bound.instance);
  if (seen.length !== 1 || seen[0].target.id !== only.target.id) return void 0;
  const made = unparenthesize(only.value);
  if (made.type !== "call") return void 0;
  const found = namedClass(made.childForFieldName("function"), module2, module2.project, module2.filePath);
  const method = found ? classMethod(found.cls, bound.method) : void 0;
  if (method?.kind !== "instance") return void 0;
  return { fn: method.fn, ...found.module ? { module: found.module } : {} };
}

// packages/python/src/suggestions.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var MAX_NAME_DEPTH = 8;
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
var PRIMARY = /* @__PURE__ */ new Set([
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

// packages/python/src/values.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/classes.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var DATACLASS_DECORATORS = /* @__PURE__ */ new Set(["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]);
var ATTRS_DECORATORS = new Set(
  ["s", "attrs", "define", "frozen", "mutable", "dataclass"].flatMap((n) => [`attr.${n}`, `attrs.${n}`])
);
var PYDANTIC_BASES = /* @__PURE__ */ new Set(["pydantic.BaseModel", "pydantic.main.BaseModel"]);
var PLAIN_ENUMS = /* @__PURE__ */ new Set(["enum.Enum", "enum.Flag"]);
var VALUE_ENUMS = /* @__PURE__ */ new Set(["enum.IntEnum", "enum.StrEnum", "enum.IntFlag"]);
var PRIMITIVE_MIXINS = /* @__PURE__ */ new Set(["str", "int", "float"]);
var cache2 = new Memo();
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
var REPORTS = {
  dataclass: { kind: "serde-object", label: "dataclass" },
  attrs: { kind: "serde-object", label: "attrs class" },
  pydantic: { kind: "serde-object", label: "pydantic model" },
  enum: { kind: "enum", label: "Enum member of" },
  "value-enum": { kind: "enum-value", label: "int/str Enum member of" }
};
function classReport(type) {
  if (!type.startsWith("module-class:")) return void 0;
  const [, kind, name2] = type.split(":");
  const report = REPORTS[kind];
  if (!report) return void 0;
  return { kind: report.kind, typeName: `${report.label} \`${name2}\``, className: name2 };
}

// packages/python/src/values.ts
var MAX_DEPTH = 200;
var MAX_STEPS = 5e3;
var MAX_ALTERNATIVES = 16;
var UNKNOWN = [];
var JSON_VALUE = [{ tag: "json" }];
var ANY2 = "[*]";
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
function hasUnknownPart(value, depth = 0) {
  return value.some(
    (a) => a.tag === "container" && depth < 4 && a.elements.some((e) => e.value.length === 0 || hasUnknownPart(e.value, depth + 1))
  );
}
function toldBy(body2, declared) {
  if (body2.length === 0) return declared();
  if (!hasUnknownPart(body2)) return body2;
  return filled(body2, declared(), 0);
}
function filled(body2, told, depth) {
  if (body2.length === 0) return told;
  if (told.length === 0 || depth >= 4) return body2;
  return body2.map((a) => {
    if (a.tag !== "container") return a;
    return {
      ...a,
      elements: a.elements.map((element) => {
        const said = union(
          told.flatMap(
            (t) => t.tag === "container" ? t.elements.filter((e) => e.label === ANY2 || e.key !== void 0 && e.key === element.key).map((e) => e.value) : []
          )
        );
        return { ...element, value: filled(element.value, said, depth + 1) };
      })
    };
  });
}
function sameAlternative(a, b) {
  if (a.tag === "object" && b.tag === "object")
    return a.type === b.type && a.madeAt.line === b.madeAt.line && a.madeAt.column === b.madeAt.column;
  if (a.tag === "json" && b.tag === "json") return a.form === b.form;
  return a === b;
}
var pathLabel = (key) => `[${JSON.stringify(key)}]`;
function shapeValue(shape, node) {
  if (shape.scalar === "string" || shape.scalar === "number") return { tag: "json", form: shape.scalar };
  if (shape.scalar) return { tag: "json" };
  const elements = (shape.entries ?? []).map(({ key, shape: element }) => {
    const value = [shapeValue(element)];
    return key === void 0 ? { label: ANY2, value } : { label: pathLabel(key), key, value };
  });
  return { tag: "container", elements, ...node ? { node } : {} };
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
var FUNCTION_PREFIXES = Object.keys(FUNCTIONS).filter((key) => key.endsWith("*")).map((key) => key.slice(0, -1)).sort((a, b) => b.length - a.length);
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
var COMPREHENSION_TYPES = [
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression"
];
var COMPREHENSIONS = new Set(COMPREHENSION_TYPES);
var SCOPE_BOUNDARIES2 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition", "module"]);
var analyses = new Memo();
var ValueAnalysis = class _ValueAnalysis {
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
    if (declared) value = toldBy(value, () => this.declaredReturn(declared, { depth: 0 }));
    const facts = [];
    const written = /* @__PURE__ */ new Map();
    this.flatten(value, "", shortText(node), unparenthesize(node).id, facts, 0, void 0, {
      node: unparenthesize(node),
      out: written
    });
    return { facts, written, ...this.tooDeep ? { tooDeep: this.tooDeep } : {} };
  }
  /**
   * What a task running an imported repository function hands off (`PythonTask.imported`): the
   * function's return for these arguments, analysed in its module, as made at `at` (the
   * expression naming the function in this file). Unknown when the module is not the
   * repository's or the function cannot be read (`importedCall`).
   */
  analyzeImportedReturn(qualified, at2, args2) {
    this.steps = 0;
    this.tooDeep = void 0;
    const frame = { depth: 0 };
    const made = { madeBy: `${shortText(at2, 40)}()`, madeAt: spanOf(at2), frame, args: args2 };
    const value = this.importedCall(qualified, at2, made, frame);
    const facts = [];
    this.flatten(value, "", `${shortText(at2, 40)}(\u2026)`, void 0, facts, 0);
    return { facts, written: /* @__PURE__ */ new Map() };
  }
  /**
   * What a task running a bound method hands off (`PythonTask.boundMethod`): the method's return
   * for these arguments (after `self`), analysed in its class's module, as made at `at` (the
   * expression naming the method in this file).
   */
  analyzeMethodReturn(method, at2, args2) {
    this.steps = 0;
    this.tooDeep = void 0;
    const values = this.boundValues(method.fn, args2, { depth: 0 }, 1);
    const returned = _ValueAnalysis.of(this.methodModule(method)).returnedWith(method.fn, values);
    const facts = [];
    this.flatten(
      relocated(returned, `${shortText(at2, 40)}()`, spanOf(at2)),
      "",
      `${shortText(at2, 40)}(\u2026)`,
      void 0,
      facts,
      0
    );
    return { facts, written: /* @__PURE__ */ new Map() };
  }
  /** What a bound method a task runs pushes by XCom (`analyzePushesIn`, its arguments after `self`). */
  analyzeMethodPushes(method, at2, args2) {
    return this.analyzePushesIn(method.fn, this.methodModule(method), at2, args2, 1);
  }
  /** The module a task's method is read in: its class's repository module, or this one. */
  methodModule(method) {
    return method.module && this.module.project ? this.module.project.pythonModule(method.module, this.module) : this.module;
  }
  /**
   * What a function imported from the repository pushes by XCom when a task runs it, called with
   * `args` (`ti.xcom_push(key=K, value=V)`, and the module's own push wrappers, `set_xcom(ti, K,
   * V)`): each push's key and value, read in the function's module and reported at `at`.
   */
  analyzeImportedPushes(qualified, at2, args2) {
    const { project, filePath } = this.module;
    if (!project || !filePath) return [];
    const target = project.resolveFunction(qualified, filePath);
    if (!target || target.fn.parent?.type === "decorated_definition") return [];
    return this.analyzePushesIn(target.fn, project.pythonModule(target.module, this.module), at2, args2);
  }
  /**
   * What `fn`, a function of `module` (this one or a repository module), pushes by XCom when
   * called with `args` (given from its parameter `skip` on: 1 past a method's `self`): each
   * push's key and its value, read in `fn` and reported at `at`.
   */
  analyzePushesIn(fn, module2, at2, args2, skip = 0) {
    this.steps = 0;
    this.tooDeep = void 0;
    const values = this.boundValues(fn, args2, { depth: 0 }, skip);
    const shown = `${shortText(at2, 40)}()`;
    const pushes = [];
    for (const { key, value } of pushedIn(fn, module2)) {
      const pushed = _ValueAnalysis.of(module2).valueWith(fn, values, value);
      const facts = [];
      this.flatten(
        relocated(pushed, shown, spanOf(at2)),
        "",
        `${shortText(at2, 40)}() \u2192 xcom_push(${JSON.stringify(key)})`,
        void 0,
        facts,
        0
      );
      pushes.push({ key, analysis: { facts, written: /* @__PURE__ */ new Map() } });
    }
    return pushes;
  }
  /** An expression of a function of this module, its parameters bound to `values`. */
  valueWith(fn, values, expression) {
    return this.inFunction(fn, values, (frame) => this.analyze(expression, frame));
  }
  /** Reportable objects in a value, with their path inside it. */
  flatten(value, path6, shown, literalId, facts, depth, writtenAt, at2) {
    if (depth > MAX_DEPTH || facts.length >= MAX_ALTERNATIVES) return;
    for (const alternative of value) {
      if (alternative.tag === "object") {
        const ownClass = classReport(alternative.type);
        const report = TYPES[alternative.type]?.report ?? ownClass;
        if (!report) continue;
        const duplicate = facts.some(
          (f) => f.kind === report.kind && (f.path ?? "") === path6 && f.madeAt.line === alternative.madeAt.line && f.madeAt.column === alternative.madeAt.column
        );
        if (duplicate) continue;
        const fact = {
          kind: report.kind,
          typeName: report.typeName,
          qualifiedType: ownClass ? ownClass.className : alternative.type,
          madeBy: alternative.madeBy,
          madeAt: alternative.madeAt,
          ...path6 ? { path: path6 } : {},
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
            path6 + element.label,
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
      case "list": {
        const literal = dataLiteral(inner);
        if (literal) return this.skippedLiteral(inner, literal);
        return this.sequence(inner, next);
      }
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
  /**
   * A skipped data literal: a container of JSON, its elements' forms level by level, at the
   * cost in steps its elements would have had (a budget they exhaust cuts the rest short, as
   * it would have). A dict's keys and the positions of a list of up to 64 elements are kept;
   * an element of a longer list is any of their shapes.
   */
  skippedLiteral(node, literal) {
    this.steps += literal.steps - 1;
    if (this.steps > MAX_STEPS) this.guardHits++;
    return [shapeValue(literal.shape, node)];
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
          return declared ? toldBy(value, () => this.declaredReturn(declared, frame)) : value;
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
      return toldBy(returned, declared);
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
    const values = this.boundValues(target.fn, made.args, frame);
    const analysis = _ValueAnalysis.of(project.pythonModule(target.module, this.module));
    importNesting++;
    try {
      return relocated(analysis.returnedWith(target.fn, values), made.madeBy, made.madeAt);
    } finally {
      importNesting--;
    }
  }
  /**
   * What a call of a function of another module passes its parameters, by name, analysed here;
   * the first `skip` parameters (a method's `self`) take no argument.
   */
  boundValues(fn, args2, frame, skip = 0) {
    const values = /* @__PURE__ */ new Map();
    const parameters = parameterNames2(fn).slice(skip);
    args2.positional.forEach((arg, i2) => {
      const parameter = parameters[i2];
      if (parameter && arg.type !== "list_splat") values.set(parameter.text, this.analyze(arg, frame));
    });
    for (const parameter of parameters) {
      const arg = args2.keywords.get(parameter.text);
      if (arg) values.set(parameter.text, this.analyze(arg, frame));
    }
    return values;
  }
  /** `work` in a frame of a function of this module, its parameters bound to `values`; once at a time. */
  inFunction(fn, values, work) {
    if (this.activeHelpers.has(fn.id)) return UNKNOWN;
    if (this.activeHelpers.size === 0) this.steps = 0;
    this.activeHelpers.add(fn.id);
    try {
      const env = /* @__PURE__ */ new Map();
      for (const parameter of parameterNames2(fn)) {
        const value = values.get(parameter.text);
        if (value) env.set(parameter.id, value);
      }
      return work({ depth: 1, env });
    } finally {
      this.activeHelpers.delete(fn.id);
    }
  }
  /** What a function of this module returns, called from another module with these values. */
  returnedWith(fn, values) {
    return this.inFunction(fn, values, (inner) => {
      const returned = union(returnedExpressions(fn).map((returned2) => this.analyze(returned2, inner)));
      const returnType = fn.childForFieldName("return_type");
      return returnType ? toldBy(returned, () => this.annotation(returnType, "", spanOf(returnType), inner)) : returned;
    });
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
      case "union_type":
        return union(inner.namedChildren.map(recurse));
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
var LazyMade = class _LazyMade {
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
var shortName = (node) => shortText(node, 40);
var MUTATION_HINTS = ["[", ".append(", ".extend(", ".insert(", ".update(", ".setdefault("];
var BUILTINS = /* @__PURE__ */ new Set([
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
function frameIndexerResult(forms) {
  const [rows, columns] = forms;
  if (columns === void 0) return rows === "scalar" ? "pandas.Series" : "pandas.DataFrame";
  if (rows === "scalar") return columns === "many" ? "pandas.Series" : void 0;
  if (columns === "scalar") return rows === "many" ? "pandas.Series" : void 0;
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
    if (SCOPE_BOUNDARIES2.has(type) || type === "block" || type.endsWith("_statement")) return void 0;
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
var MAX_IMPORT_NESTING = 4;
var importNesting = 0;
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
  const names2 = [];
  for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter.type === "identifier") names2.push(parameter);
    else if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter") {
      const name2 = parameter.childForFieldName("name");
      if (name2) names2.push(name2);
    } else if (parameter.type === "typed_parameter") {
      const name2 = parameter.namedChildren.find((c) => c.type === "identifier");
      if (name2) names2.push(name2);
    }
  }
  return names2;
}

// packages/python/src/handoffs.ts
var MAX_RECEIVER_DEPTH = 8;
var HandoffExtractor = class {
  constructor(module2, model) {
    this.module = module2;
    this.model = model;
    this.values = ValueAnalysis.of(module2);
    this.wrappers = new PushWrappers(module2);
  }
  module;
  model;
  values;
  wrappers;
  run() {
    const pushes = this.pushCalls();
    for (const task of this.module.tasks) {
      const fn = task.fn;
      if (!fn) {
        if (task.imported && task.fact.returnRole === "data") this.importedReturn(task, task.imported);
        if (task.imported) this.importedPushes(task, task.imported);
        if (task.boundMethod) this.methodHandoffs(task, task.boundMethod.callable);
        continue;
      }
      if (task.fact.returnRole === "data") this.returns(task, fn);
      else if (task.fact.returnRole === "control-flow") this.pokeReturnValues(task, fn);
      if (pushes.length) {
        const [start2, end] = [fn.startIndex, fn.endIndex];
        for (const push of pushes)
          if (start2 <= push.start && push.start < end) this.xcomPush(task, push.call);
      }
      this.calledPushes(task, fn);
    }
  }
  /**
   * What the functions a task's code calls push for it, one visit of its calls:
   *
   * - a team's push wrapper (`xcom_push(ti, KEY, df)`, `push-wrappers.ts`): `df` is handed on;
   * - a plain function of this file or of a repository module that pushes by itself
   *   (`tune(**kwargs)`, `tune` doing `kwargs["ti"].xcom_push(key="best_model_path",
   *   value=path)`): each of its pushes is the task's, reported at the call, its value read in
   *   `tune` with the call's arguments. One call deep: what its own callees push is not followed.
   */
  calledPushes(task, fn) {
    for (const call of this.module.context.nodes.within(fn, "call")) {
      const callee = call.childForFieldName("function");
      const wrapper = this.wrappers.of(callee);
      if (wrapper) {
        const pushed = wrappedPush(wrapper, call);
        if (!pushed) continue;
        if (wrapper.taskInstance && (!pushed.taskInstance || !this.isTaskInstance(pushed.taskInstance, 0)))
          continue;
        this.add(task, "xcom-push", pushed.key, pushed.value);
        continue;
      }
      const helper = this.pushingHelper(call, callee, fn);
      if (!helper) continue;
      for (const { key, analysis } of this.values.analyzePushesIn(
        helper.fn,
        helper.module,
        callee,
        callArguments(call)
      ))
        this.add(task, "xcom-push", key, call, analysis, helper);
    }
  }
  /** The function `call` runs, when it is a plain function (no push wrapper) that pushes by XCom. */
  pushingHelper(call, callee, taskFn) {
    if (callee.type !== "identifier" && callee.type !== "attribute") return void 0;
    const { context, project, filePath } = this.module;
    if (!context.isImported(callee)) {
      if (callee.type !== "identifier") return void 0;
      const fn = context.functions.get(callee.text);
      if (fn?.type !== "function_definition" || fn.id === taskFn.id || !fn.text.includes("xcom_push"))
        return void 0;
      return { call, fn, module: this.module };
    }
    const qualified = context.qualify(callee);
    if (!qualified || !project || !filePath || !mayBeRepositoryName(qualified)) return void 0;
    const target = project.resolveFunction(qualified, filePath);
    if (!target || target.fn.parent?.type === "decorated_definition" || !target.fn.text.includes("xcom_push"))
      return void 0;
    return { call, fn: target.fn, module: project.pythonModule(target.module, this.module), qualified };
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
  /**
   * The return of a function imported from the repository that the task runs: a handoff at the
   * expression naming the function, its value read in the function's module.
   */
  importedReturn(task, imported) {
    if (isImportedTaskflowCall(task)) {
      this.add(task, "return", "return_value", imported.callable, notJudgedHere());
      return;
    }
    const args2 = importedCallArguments(task, this.module.context);
    const analysis = this.values.analyzeImportedReturn(imported.qualified, imported.callable, args2);
    this.add(task, "return", "return_value", imported.callable, analysis);
  }
  /** What a function imported from the repository pushes by XCom when the task runs it. */
  importedPushes(task, imported) {
    if (isImportedTaskflowCall(task)) {
      for (const key of this.importedTaskflowPushKeys(imported.qualified))
        this.add(task, "xcom-push", key, imported.callable, notJudgedHere());
      return;
    }
    const args2 = importedCallArguments(task, this.module.context);
    for (const { key, analysis } of this.values.analyzeImportedPushes(
      imported.qualified,
      imported.callable,
      args2
    ))
      this.add(task, "xcom-push", key, imported.callable, analysis);
  }
  /**
   * What the method a task runs hands on (`PythonTask.boundMethod`, found by `taskMethod`): its
   * return when the task's return is data, and its XCom pushes, read in its class's module with
   * what the operator passes bound after `self`, at the expression naming the method.
   */
  methodHandoffs(task, callable) {
    const method = taskMethod(task, this.module);
    if (!method) return;
    const args2 = importedCallArguments(task, this.module.context);
    if (task.fact.returnRole === "data")
      this.add(
        task,
        "return",
        "return_value",
        callable,
        this.values.analyzeMethodReturn(method, callable, args2)
      );
    for (const { key, analysis } of this.values.analyzeMethodPushes(method, callable, args2))
      this.add(task, "xcom-push", key, callable, analysis);
  }
  /** The keys a repository module's TaskFlow function pushes under (read in its module). */
  importedTaskflowPushKeys(qualified) {
    const { project, filePath } = this.module;
    const target = project && filePath ? project.resolveFunction(qualified, filePath) : void 0;
    if (!target) return [];
    return pushedIn(target.fn, project.pythonModule(target.module, this.module)).map((pushed) => pushed.key);
  }
  add(task, channel, key, value, analysis = this.values.analyzeHandoff(value, declaredReturn(task, channel)), helper) {
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
      ...task.fact.dagId !== void 0 ? { dagId: task.fact.dagId } : {},
      channel,
      key,
      expression: shortText(value),
      span: spanOf(value),
      values: analysis.facts,
      locations: []
    };
    this.model.handoffs.push(fact);
    this.module.handoffValues.push({ fact, value, task, ...helper ? { helper } : {} });
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
    const pushed = nativePush(call);
    if (!pushed || !this.isTaskInstance(pushed.taskInstance, 0)) return;
    this.add(task, "xcom-push", pushed.key, pushed.value);
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
function notJudgedHere() {
  return { facts: [], written: /* @__PURE__ */ new Map() };
}

// packages/python/src/prefilter.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var SUPPRESSION_MARKER = "dag-transport";
function lastName(qualified) {
  const names2 = qualified.match(/[\p{L}\p{N}_]+/gu);
  return names2?.[names2.length - 1];
}
var CATALOG_TRIGGER_NAMES = new Set(
  [...PYTHON_OPERATORS.keys(), ...STORAGE_OPERATORS.keys()].filter((name2) => !isPackageFunction(name2)).map((name2) => lastName(name2))
);
function isPackageFunction(qualified) {
  return !new RegExp("^\\p{Lu}", "u").test(lastName(qualified));
}
var PACKAGE_FUNCTION_TRIGGERS = [...STORAGE_OPERATORS.keys()].filter(isPackageFunction).map((qualified) => [triggerPattern([qualified.split(".")[0]]), lastName(qualified)]);
var TASKFLOW_DECORATOR_NAMES = new Set(
  Object.keys(TASK_DECORATORS).map((name2) => name2.split(".")[0])
);
var TASKFLOW_MODULE_NAMES = new Set(
  [
    ...TASKFLOW_MODULES,
    ...[...TASKFLOW_ALIASES.keys()].map((alias) => alias.slice(0, alias.lastIndexOf(".")))
  ].map((m) => lastName(m))
);
var TASKFLOW_DECORATOR_PATTERN = triggerPattern(TASKFLOW_DECORATOR_NAMES);
var TASKFLOW_MODULE_PATTERN = triggerPattern(TASKFLOW_MODULE_NAMES);
function configuredNames(knowledge) {
  return [...knowledge.apis.map((api) => api.call), ...knowledge.settings.stagingVariables].flatMap(
    (name2) => lastName(name2) ?? []
  );
}
function escape(name2) {
  return name2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function triggerPattern(names2) {
  const sorted = [...new Set(names2)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.map(escape).join("|")})(?![\\p{L}\\p{N}_])`, "u");
}
var cached;
function patternFor(options) {
  const knowledge = readStorageKnowledge(options);
  if (cached?.knowledge === knowledge) return cached.pattern;
  const extra = configuredNames(knowledge);
  const key = extra.join("\n");
  if (cached?.key !== key)
    cached = { knowledge, key, pattern: triggerPattern([...CATALOG_TRIGGER_NAMES, ...extra]) };
  else cached.knowledge = knowledge;
  return cached.pattern;
}
var OPERATOR_NAME = /[\p{L}\p{N}_](?:Operator|Sensor)(?![\p{L}\p{N}_])/u;
var OPERATOR_CLASS = /^[ \t]*class[ \t]+(?:([\p{L}\p{N}_]*(?:Operator|Sensor))\b|([\p{L}\p{N}_]+)[ \t]*\([^)]*?[\p{L}\p{N}_](?:Operator|Sensor)\b)/gmu;
var FROM_IMPORT = /^[ \t]*from[ \t]+(\.*)([\p{L}\p{N}_.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gmu;
function mayUseRepositoryOperator(source) {
  const named = OPERATOR_NAME.test(source);
  if (named) {
    for (const [, operator, other] of source.matchAll(OPERATOR_CLASS)) {
      if (called(source, operator ?? other)) return true;
    }
  }
  const givenTaskIds = calleesGivenTaskId(source);
  if (!named && givenTaskIds.size === 0) return false;
  for (const [, dots, dotted, names2] of source.matchAll(FROM_IMPORT)) {
    if (!dots && !mayBeProjectModule(dotted.split(".")[0])) continue;
    if (named && OPERATOR_NAME.test(names2)) return true;
    for (const [name2] of names2.matchAll(IMPORTED_NAME)) if (givenTaskIds.has(name2)) return true;
  }
  return false;
}
var NAMES_A_DAG = /(?<![\p{L}\p{N}_])(?:DAG|dag)(?![\p{L}\p{N}_])/u;
var NAMES_THE_DAG_CLASS = /(?<![\p{L}\p{N}_])DAG(?![\p{L}\p{N}_])/u;
function mayCallRepositoryTask(source) {
  const namesDag = NAMES_THE_DAG_CLASS.test(source) || NAMES_A_DAG.test(source) && TASKFLOW_MODULE_PATTERN.test(source);
  if (!namesDag) return false;
  for (const [, dots, dotted, names2] of source.matchAll(FROM_IMPORT)) {
    if (!dots && !mayBeProjectModule(dotted.split(".")[0])) continue;
    for (const [name2] of names2.matchAll(IMPORTED_NAME))
      if (name2 !== "as" && called(source, name2, true)) return true;
  }
  return false;
}
var IMPORTED_NAME = /[\p{L}_][\p{L}\p{N}_]*/gu;
var IDENTIFIER_CHAR = /[\p{L}\p{N}_]/u;
function called(source, name2, indented = false) {
  for (let at2 = source.indexOf(name2); at2 !== -1; at2 = source.indexOf(name2, at2 + name2.length)) {
    const before = source[at2 - 1];
    if (before !== void 0 && (before === "." || IDENTIFIER_CHAR.test(before))) continue;
    if (/class\s+$/.test(source.slice(Math.max(0, at2 - 12), at2))) continue;
    if (indented && !/^[ \t]/.test(source.slice(source.lastIndexOf("\n", at2) + 1, at2 + 1))) continue;
    let next = at2 + name2.length;
    while (source[next] === " " || source[next] === "	") next++;
    if (source[next] === "(") return true;
  }
  return false;
}
var MAX_ARGUMENTS_BEFORE_TASK_ID = 2e3;
function calleesGivenTaskId(source) {
  const names2 = /* @__PURE__ */ new Set();
  let previous = 0;
  for (let at2 = source.indexOf("task_id"); at2 !== -1; previous = at2, at2 = source.indexOf("task_id", at2 + 7)) {
    if (at2 > 0 && IDENTIFIER_CHAR.test(source[at2 - 1])) continue;
    let next = at2 + 7;
    while (source[next] === " " || source[next] === "	") next++;
    if (source[next] !== "=" || source[next + 1] === "=") continue;
    let depth = 0;
    let open = at2 - 1;
    const stop2 = Math.max(previous, at2 - MAX_ARGUMENTS_BEFORE_TASK_ID);
    for (; open >= stop2; open--) {
      const char = source[open];
      if (char === ")" || char === "]" || char === "}") depth++;
      else if (char === "(" || char === "[" || char === "{") {
        if (depth === 0) break;
        depth--;
      }
    }
    if (open < stop2 || source[open] !== "(") continue;
    let end = open;
    while (end > 0 && (source[end - 1] === " " || source[end - 1] === "	")) end--;
    let begin = end;
    while (begin > 0 && IDENTIFIER_CHAR.test(source[begin - 1])) begin--;
    if (begin < end && source[begin - 1] !== ".") names2.add(source.slice(begin, end));
  }
  return names2;
}
function mayConcernRules(source, options = {}) {
  if (source.includes(SUPPRESSION_MARKER)) return true;
  if (patternFor(options).test(source)) return true;
  for (const [pkg, name2] of PACKAGE_FUNCTION_TRIGGERS)
    if (source.includes(name2) && pkg.test(source)) return true;
  if (TASKFLOW_DECORATOR_PATTERN.test(source) && TASKFLOW_MODULE_PATTERN.test(source)) return true;
  return mayUseRepositoryOperator(source) || mayCallRepositoryTask(source);
}

// packages/python/src/repository-operators.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
function classNamed(expression, module2, modules) {
  if (expression.type === "identifier" && !module2.context.isImported(expression)) {
    const cls = topLevelDefinition(module2.root, expression.text, "class_definition");
    return cls ? { cls, module: module2 } : void 0;
  }
  if (!modules || !module2.context.isImported(expression)) return void 0;
  const qualified = module2.context.qualify(expression);
  if (qualified === void 0) return void 0;
  if (!mayBeRepositoryName(qualified)) return void 0;
  const found = modules.resolveClass(qualified, module2.file);
  return found ? {
    cls: found.fn,
    module: { root: found.module.root, context: found.module.context, file: found.module.file }
  } : void 0;
}
function repositoryOperatorNames(root, context, nodes, modules, file) {
  const names2 = /* @__PURE__ */ new Set();
  const rejected = /* @__PURE__ */ new Set();
  const linted = { root, context, file };
  for (const call of nodes.of("call")) {
    const cls = context.qualifiedCallee(call);
    if (!cls || names2.has(cls) || rejected.has(cls)) continue;
    if (cls.endsWith("Operator") || cls.endsWith("Sensor") || PYTHON_OPERATORS.has(cls)) continue;
    if (!callArguments(call).keywords.has("task_id")) continue;
    const callee = call.childForFieldName("function");
    const found = callee ? classNamed(callee, linted, modules) : void 0;
    const operator = found !== void 0 && isOperatorClass(found, (base, module2) => classNamed(base, module2, modules));
    (operator ? names2 : rejected).add(cls);
  }
  return names2;
}

// packages/python/src/repository-tasks.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
function repositoryCallables(context, nodes, modules, file, configuredCalls = /* @__PURE__ */ new Set()) {
  const found = { taskflow: /* @__PURE__ */ new Map(), factories: /* @__PURE__ */ new Map() };
  if (!modules) return found;
  const seen = /* @__PURE__ */ new Set();
  for (const call of nodes.of("call")) {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "identifier" && callee?.type !== "attribute" || !context.isImported(callee))
      continue;
    const qualified = context.qualify(callee);
    if (qualified === void 0 || seen.has(qualified)) continue;
    seen.add(qualified);
    const target = mayBeRepositoryName(qualified) ? modules.resolveFunction(qualified, file) : void 0;
    if (!target) continue;
    const taskflow = taskflowFunction(target);
    if (taskflow) found.taskflow.set(qualified, taskflow);
    const factory = taskflow ? void 0 : operatorFactory(target, configuredCalls);
    if (factory) found.factories.set(qualified, factory);
  }
  return found;
}
function operatorFactory(target, configuredCalls) {
  const { fn, module: module2 } = target;
  if (fn.parent?.type === "decorated_definition") return void 0;
  const returned = returnedExpressions(fn);
  if (returned.length !== 1) return void 0;
  let operator = unparenthesize(returned[0]);
  if (operator.type === "identifier") {
    const value = onlyAssignedValue(module2.bindings.reaching(operator.text, operator));
    if (!value) return void 0;
    operator = unparenthesize(value);
  }
  if (operator.type !== "call") return void 0;
  const cls = module2.context.qualifiedCallee(operator);
  if (cls === void 0 || PYTHON_OPERATORS.has(cls)) return void 0;
  const known = STORAGE_OPERATORS.has(cls) || configuredCallFor(cls, (call) => configuredCalls.has(call)) !== void 0;
  return known ? { target, operator, cls } : void 0;
}
function taskflowFunction(target) {
  const definition = target.fn.parent;
  if (definition?.type !== "decorated_definition") return void 0;
  for (const decorator of definition.namedChildren) {
    if (decorator.type !== "decorator") continue;
    const expression = decoratorExpression(decorator);
    const name2 = expression && taskflowName(expression, target.module.context);
    if (!expression || name2 === void 0 || TASK_DECORATORS[name2] === void 0) continue;
    const keywords = expression.type === "call" ? callArguments(expression).keywords : /* @__PURE__ */ new Map();
    const taskId = stringLiteral(keywords.get("task_id"));
    return {
      decorator: name2,
      ...taskId !== void 0 ? { taskId } : {},
      multipleOutputs: keywords.has("multiple_outputs") ? isTrue(keywords.get("multiple_outputs")) : returnsAnnotatedDict(target.fn)
    };
  }
  return void 0;
}

// packages/python/src/run-order.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var TASKFLOW_PEELS = /* @__PURE__ */ new Set(["override", "partial", "expand", "expand_kwargs"]);
var DAG_METHODS = /* @__PURE__ */ new Set(["test", "cli"]);
var NOT_USES = /* @__PURE__ */ new Map([
  ["keyword_argument", /* @__PURE__ */ new Set(["name"])],
  ["attribute", /* @__PURE__ */ new Set(["attribute"])],
  ["function_definition", /* @__PURE__ */ new Set(["name"])],
  ["class_definition", /* @__PURE__ */ new Set(["name"])],
  ["assignment", /* @__PURE__ */ new Set(["left"])],
  ["for_statement", /* @__PURE__ */ new Set(["left"])],
  ["for_in_clause", /* @__PURE__ */ new Set(["left"])],
  ["default_parameter", /* @__PURE__ */ new Set(["name"])],
  ["typed_default_parameter", /* @__PURE__ */ new Set(["name"])]
]);
var LOOPS = ["for_statement", "while_statement"];
var BINDING_PARENTS = /* @__PURE__ */ new Set([
  "parameters",
  "lambda_parameters",
  "typed_parameter",
  "pattern_list",
  "tuple_pattern",
  "list_pattern",
  "as_pattern_target",
  "dotted_name",
  "aliased_import",
  "global_statement",
  "nonlocal_statement"
]);
var RunOrder = class {
  constructor(module2) {
    this.module = module2;
    const inputs = taskInputs(module2);
    this.calls = inputs.calls;
    for (const task of module2.tasks)
      if (!task.fact.style.startsWith("@")) this.declared.set(task.declaration, task);
    for (const [consumer, list2] of inputs.byTask)
      this.inputsOf.set(consumer, new Set(list2.map((input) => input.producer)));
    for (const [consumer, list2] of inputs.orderings) {
      const set = this.inputsOf.get(consumer) ?? /* @__PURE__ */ new Set();
      for (const order of list2) set.add(order.producer);
      this.inputsOf.set(consumer, set);
    }
  }
  module;
  /** later → earlier → the statement that says so. */
  edges = /* @__PURE__ */ new Map();
  unknown = /* @__PURE__ */ new Set();
  /** Operand node id → its tasks and every operand after it are resolved. */
  operands = /* @__PURE__ */ new Map();
  calls;
  /** Operator declarations, by node. */
  declared = /* @__PURE__ */ new Map();
  inputsOf = /* @__PURE__ */ new Map();
  identifiers;
  /** `with TaskGroup(…) as name:`: the name's binding target (by id) → the tasks declared in it. */
  groupMembers = /* @__PURE__ */ new Map();
  run() {
    this.collectGroups();
    this.collectStatements();
    if (this.module.root.hasError) {
      for (const task of this.module.tasks) this.unknown.add(task);
      return;
    }
    const called2 = new Set(this.calls.values());
    for (const task of this.module.tasks) {
      const elsewhere = task.fact.dagId === void 0 || task.fact.style.startsWith("@") && !called2.has(task);
      if (task.fact.unsound || elsewhere) this.unknown.add(task);
      if (!task.fact.style.startsWith("@")) this.follow([task.declaration], [task], "task");
      else if (task.handle !== void 0 && !this.handleOnlyCalled(task)) this.unknown.add(task);
    }
    for (const [call, task] of this.calls) if (this.outermost(call)) this.follow([call], [task], "task");
    this.followGroups();
    this.followDags();
  }
  // --- Dependency statements -------------------------------------------------------------
  collectStatements() {
    for (const node of this.module.nodes.of("binary_operator")) {
      if (!isShift(node)) continue;
      const parent = node.parent;
      if (parent && isShift(parent)) continue;
      const value = this.chainValue(node);
      let outer = node;
      while (outer.parent?.type === "parenthesized_expression") outer = outer.parent;
      if (outer.parent?.type !== "expression_statement") this.unresolvedAfter(value);
    }
    for (const call of this.module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type === "attribute") {
        const method = callee.childForFieldName("attribute")?.text;
        if (method !== "set_downstream" && method !== "set_upstream") continue;
        const receiver = this.operand(callee.childForFieldName("object"));
        const argument = callArguments(call).positional[0];
        const other = argument ? this.operand(argument) : unresolved([]);
        if (method === "set_downstream") this.link(receiver, other, call);
        else this.link(other, receiver, call);
        continue;
      }
      if (callee?.type !== "identifier" && callee?.type !== "attribute") continue;
      const kind = DEPENDENCY_FUNCTIONS.get(this.module.context.qualifiedCallee(call) ?? "");
      if (!kind) continue;
      if (kind === "cross_downstream") {
        const { positional, keywords } = callArguments(call);
        const from = positional[0] ?? keywords.get("from_tasks");
        const to = positional[1] ?? keywords.get("to_tasks");
        const operand = (node) => node ? this.operand(node, node.parent?.type === "keyword_argument" ? node.parent : node) : unresolved([]);
        this.link(operand(from), operand(to), call);
        continue;
      }
      const elements = this.chainElements(call);
      for (let i2 = 0; i2 + 1 < elements.length; i2++) {
        const [up, down] = [elements[i2], elements[i2 + 1]];
        if (kind === "chain" && up.list && down.list && up.tasks && down.tasks) {
          if (up.tasks.length !== down.tasks.length) this.link(up, unresolved([]), call);
          else up.tasks.forEach((task, index) => this.addEdge(down.tasks[index], task, call));
          continue;
        }
        this.link(up, down, call);
      }
    }
  }
  /** A `chain(…)`'s elements; `*name` of a name bound to a list literal is its elements. */
  chainElements(call) {
    const { positional, keywords } = callArguments(call);
    const elements = [];
    for (const argument of positional) {
      if (argument.type !== "list_splat") {
        elements.push(this.operand(argument));
        continue;
      }
      const list2 = this.literalList(argument.namedChild(0));
      if (!list2) {
        elements.push(unresolved([argument]));
        continue;
      }
      for (const element of list2.namedChildren)
        if (element.type !== "comment") elements.push(this.operand(element, argument));
    }
    if (keywords.size > 0) elements.push(unresolved([...keywords.values()]));
    return elements;
  }
  /** `a >> b >> c`, `a << b`, with `Label(…)` between two `>>` operands. */
  chainValue(node) {
    const inner = unparenthesize(node);
    if (!isShift(inner)) {
      if (inner.type === "call" && this.isLabel(inner))
        return { tasks: [], list: false, nodes: [node], label: true };
      return this.operand(node);
    }
    const left = this.chainValue(inner.childForFieldName("left"));
    const right = this.chainValue(inner.childForFieldName("right"));
    if (inner.childForFieldName("operator")?.type === ">>") {
      if (right.label && !left.label) return left;
      this.link(left.label ? unresolved(left.nodes) : left, right, inner);
    } else {
      this.link(
        right.label ? unresolved(right.nodes) : right,
        left.label ? unresolved(left.nodes) : left,
        inner
      );
    }
    return right.label ? unresolved(right.nodes) : right;
  }
  isLabel(call) {
    return EDGE_LABEL_CLASSES.has(this.module.context.qualifiedCallee(call) ?? "");
  }
  /** `up` runs before `down`; the operands of `up` have unknown successors if `down` is not known. */
  link(up, down, statement) {
    if (up.tasks && down.tasks) {
      for (const earlier of up.tasks) for (const later of down.tasks) this.addEdge(later, earlier, statement);
    }
    if (!down.tasks) this.unresolvedAfter(up);
  }
  unresolvedAfter(operand) {
    for (const node of operand.nodes) this.operands.set(node.id, false);
  }
  addEdge(later, earlier, statement) {
    if (later === earlier) return;
    if (later.fact.dagId !== earlier.fact.dagId) {
      this.unknown.add(earlier);
      return;
    }
    let list2 = this.edges.get(later);
    if (!list2) this.edges.set(later, list2 = /* @__PURE__ */ new Map());
    if (!list2.has(earlier)) list2.set(earlier, statement);
  }
  /** An operand as written (`at`: the node a reference's walk reaches, when not the operand itself). */
  operand(node, at2 = node) {
    const inner = unparenthesize(node);
    const list2 = inner.type === "list" || inner.type === "tuple" || this.literalList(inner) !== void 0;
    const tasks = this.resolve(inner, 0);
    if (!this.operands.has(at2.id)) this.operands.set(at2.id, tasks !== void 0);
    else if (tasks === void 0) this.operands.set(at2.id, false);
    return { tasks, list: list2, nodes: [at2] };
  }
  /** The tasks an operand is, or undefined when it may be anything else (or more). */
  resolve(expression, depth) {
    if (depth > 8) return void 0;
    const node = unparenthesize(expression);
    switch (node.type) {
      case "call": {
        const task = this.calls.get(node) ?? this.declared.get(node);
        if (task) return [task];
        if (!this.module.context.qualifiedCallee(node)?.endsWith("XComArg")) return void 0;
        const operand = callArguments(node).positional[0];
        return operand ? this.resolve(operand, depth + 1) : void 0;
      }
      case "attribute":
        return node.childForFieldName("attribute")?.text === "output" ? this.resolve(node.childForFieldName("object"), depth + 1) : void 0;
      case "subscript":
        return this.resolve(node.childForFieldName("value"), depth + 1);
      case "identifier": {
        const value = this.onlyValue(node);
        if (!value) return this.groupOperand(node);
        const bound = unparenthesize(value);
        if ((bound.type === "list" || bound.type === "tuple") && this.changed(node)) return void 0;
        return this.resolve(bound, depth + 1);
      }
      case "list":
      case "tuple": {
        const tasks = [];
        for (const element of node.namedChildren) {
          if (element.type === "comment") continue;
          const inner = unparenthesize(element);
          if (inner.type === "list" || inner.type === "tuple") return void 0;
          const found = this.resolve(inner, depth + 1);
          if (!found) return void 0;
          tasks.push(...found);
        }
        return tasks;
      }
      default:
        return void 0;
    }
  }
  /** The tasks of the group a name is bound to by its one `with TaskGroup(…) as name:`. */
  groupOperand(identifier) {
    const reaching = this.module.bindings.reaching(identifier.text, identifier);
    const only = reaching.length === 1 ? reaching[0] : void 0;
    return only?.kind === "with" ? this.groupMembers.get(only.target.id) : void 0;
  }
  /** The one assignment `x = value` that reaches this use of `x`, if it is the only binding. */
  onlyValue(identifier) {
    const reaching = this.module.bindings.reaching(identifier.text, identifier);
    const only = reaching.length === 1 ? reaching[0] : void 0;
    return only?.kind === "assign" && only.index === void 0 ? only.value : void 0;
  }
  /** A list literal, or a name bound once to one that nothing changes. */
  literalList(expression) {
    if (!expression) return void 0;
    const node = unparenthesize(expression);
    if (node.type === "list" || node.type === "tuple") return node;
    if (node.type !== "identifier") return void 0;
    const value = this.onlyValue(node);
    const bound = value && unparenthesize(value);
    return (bound?.type === "list" || bound?.type === "tuple") && !this.changed(node) ? bound : void 0;
  }
  /** A name whose value code may change in place: a method called on it, an item set, `+=`. */
  changed(identifier) {
    return this.usesOf(identifier).some((use) => {
      const parent = use.parent;
      return parent?.type === "attribute" && use.fieldName === "object" || parent?.type === "subscript" && use.fieldName === "value" || parent?.type === "augmented_assignment" || parent?.type === "delete_statement";
    });
  }
  // --- References --------------------------------------------------------------------------
  /** A TaskFlow call that is not part of a longer one (`load.partial(…)` of `….expand(…)`). */
  outermost(call) {
    const parent = call.parent;
    if (parent?.type === "attribute" && call.fieldName === "object") {
      const outer = parent.parent;
      return !(outer?.type === "call" && parent.fieldName === "function" && this.calls.has(outer));
    }
    return !(parent?.type === "call" && call.fieldName === "function" && this.calls.has(parent));
  }
  /** Every use of a TaskFlow task's name is a call of it (each call is followed on its own). */
  handleOnlyCalled(task) {
    for (const use of this.identifiersNamed(task.handle)) {
      if (!isUse(use)) continue;
      let current = use;
      for (; ; ) {
        const parent = current.parent;
        if (parent?.type === "attribute" && current.fieldName === "object") {
          if (!TASKFLOW_PEELS.has(parent.childForFieldName("attribute")?.text ?? "")) return false;
          current = parent;
        } else if (parent?.type === "call" && current.fieldName === "function") {
          if (this.calls.has(parent)) break;
          current = parent;
        } else return false;
      }
    }
    return true;
  }
  /** Follows references of `tasks` from `starts`; a use not understood makes them unknown. */
  follow(starts, tasks, kind) {
    const work = [...starts];
    const seen = /* @__PURE__ */ new Set();
    while (work.length > 0) {
      const node = work.pop();
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      if (!this.understood(node, tasks, kind, work)) {
        for (const task of tasks) this.unknown.add(task);
        return;
      }
    }
  }
  understood(node, tasks, kind, work) {
    let current = node;
    for (let depth = 0; depth < 16; depth++) {
      const parent = current.parent;
      if (!parent) return false;
      switch (parent.type) {
        case "parenthesized_expression":
        case "list":
        case "tuple":
        case "list_splat":
        case "dictionary":
          current = parent;
          continue;
        case "pair":
        case "subscript":
          if (current.fieldName !== "value") return false;
          current = parent;
          continue;
        case "expression_statement":
          return true;
        case "binary_operator":
          return this.operands.get(current.id) === true;
        case "attribute": {
          if (current.fieldName !== "object") return false;
          const name2 = parent.childForFieldName("attribute")?.text ?? "";
          const call = parent.parent?.type === "call" && parent.fieldName === "function" ? parent.parent : void 0;
          if ((name2 === "set_downstream" || name2 === "set_upstream") && call)
            return this.operands.get(current.id) === true;
          if (kind === "task" && name2 === "output") {
            current = parent;
            continue;
          }
          return kind === "dag" && (parent.fieldName === "left" || call !== void 0 && DAG_METHODS.has(name2));
        }
        case "keyword_argument": {
          const name2 = parent.childForFieldName("name")?.text;
          const call = parent.parent?.parent;
          if (kind === "group" && name2 === "task_group") return true;
          if (kind === "dag" && name2 === "dag")
            return call !== void 0 && call !== null && this.takesDag(call);
          current = parent;
          continue;
        }
        case "argument_list": {
          const call = parent.parent;
          if (this.isDependencyCall(call)) return this.operands.get(current.id) === true;
          if (kind !== "task") return false;
          if (this.module.context.qualifiedCallee(call)?.endsWith("XComArg")) {
            current = call;
            continue;
          }
          const consumer = this.calls.get(call) ?? this.declared.get(call);
          if (!consumer) return false;
          const inputs = this.inputsOf.get(consumer);
          return tasks.every((task) => task === consumer || inputs?.has(task) === true);
        }
        case "assignment": {
          const left = parent.childForFieldName("left");
          if (current.fieldName !== "right" || left?.type !== "identifier") return false;
          work.push(...this.usesOf(left));
          return true;
        }
        case "with_item":
          return kind !== "task";
        default:
          return false;
      }
    }
    return false;
  }
  isDependencyCall(call) {
    const callee = call.childForFieldName("function");
    if (callee?.type === "attribute") {
      const method = callee.childForFieldName("attribute")?.text;
      if (method === "set_downstream" || method === "set_upstream") return true;
    }
    return DEPENDENCY_FUNCTIONS.has(this.module.context.qualifiedCallee(call) ?? "");
  }
  /** `dag=dag` given to an operator of the file, a task decorator, a task group or a DAG. */
  takesDag(call) {
    if (call.type !== "call") return false;
    if (this.declared.has(call) || call.parent?.type === "decorator") return true;
    const name2 = this.module.context.qualifiedCallee(call) ?? "";
    return TASK_GROUP_CLASSES.has(name2) || DAG_CLASSES.has(name2);
  }
  /** The tasks declared in a scope (a `with` statement, a function). */
  inside(scope) {
    return this.module.tasks.filter(
      (t) => scope.startIndex <= t.declaration.startIndex && t.declaration.endIndex <= scope.endIndex
    );
  }
  /** `with TaskGroup(…) as name:` statements: each name's target, and the statement. */
  *groupStatements() {
    const { context, nodes } = this.module;
    for (const item of nodes.of("with_item")) {
      const value = item.childForFieldName("value");
      const call = value?.type === "as_pattern" ? value.namedChild(0) : value;
      if (call?.type !== "call" || !TASK_GROUP_CLASSES.has(context.qualifiedCallee(call) ?? "")) continue;
      const alias = value?.type === "as_pattern" ? value.childForFieldName("alias") : null;
      const target = alias?.type === "as_pattern_target" ? alias.namedChild(0) : alias;
      const statement = item.parent?.parent;
      if (target?.type === "identifier" && statement) yield { target, statement };
    }
  }
  /**
   * A group as an operand (`prep >> train`) is its tasks: each runs before `train` (Airflow links
   * the group's leaves, which its other tasks run before), and `train >> post` runs before each
   * task of `post`. Only a group whose tasks are all declared in its `with` block: a task joined
   * to it elsewhere (`task_group=prep`) leaves the operand unresolved.
   */
  collectGroups() {
    const joinedElsewhere = /* @__PURE__ */ new Set();
    for (const keyword of this.module.nodes.of("keyword_argument"))
      if (keyword.childForFieldName("name")?.text === "task_group")
        joinedElsewhere.add(keyword.childForFieldName("value")?.text ?? "");
    for (const { target, statement } of this.groupStatements()) {
      const members = this.inside(statement);
      if (members.length > 0 && !joinedElsewhere.has(target.text)) this.groupMembers.set(target.id, members);
    }
  }
  /** Task groups used as values: every task in them (or, for `tg = TaskGroup(…)`, every task). */
  followGroups() {
    const { context, nodes, tasks } = this.module;
    for (const { target, statement } of this.groupStatements())
      this.follow(this.usesOf(target), this.inside(statement), "group");
    for (const call of nodes.of("call")) {
      if (call.parent?.type === "with_item" || call.parent?.type === "as_pattern") continue;
      if (TASK_GROUP_CLASSES.has(context.qualifiedCallee(call) ?? "")) this.follow([call], tasks, "group");
    }
    for (const definition of nodes.of("decorated_definition")) {
      const fn = definition.childForFieldName("definition");
      const name2 = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : void 0;
      if (!fn || name2 === void 0) continue;
      if (!isTaskGroupFunction(fn, context)) continue;
      const members = this.inside(fn);
      if (members.length === 0) continue;
      const uses = this.identifiersNamed(name2).filter(isUse);
      const calls = uses.map(
        (use) => use.parent?.type === "call" && use.fieldName === "function" ? use.parent : void 0
      );
      if (calls.some((call) => call === void 0)) for (const task of members) this.unknown.add(task);
      else this.follow(calls, members, "group");
    }
  }
  /** The DAG object used as a value (`dag.get_task(…)`, passed to a factory): every task. */
  followDags() {
    const { context, nodes, tasks } = this.module;
    for (const call of nodes.of("call")) {
      if (!DAG_CLASSES.has(context.qualifiedCallee(call) ?? "")) continue;
      const parent = call.parent;
      if (parent?.type === "as_pattern") {
        const alias = parent.childForFieldName("alias");
        const target = alias?.type === "as_pattern_target" ? alias.namedChild(0) : alias;
        if (target?.type === "identifier") this.follow(this.usesOf(target), tasks, "dag");
        else if (target) for (const task of tasks) this.unknown.add(task);
      } else if (parent?.type !== "with_item") this.follow([call], tasks, "dag");
    }
  }
  // --- Names ---------------------------------------------------------------------------------
  identifiersNamed(name2) {
    if (!this.identifiers) {
      this.identifiers = /* @__PURE__ */ new Map();
      for (const identifier of this.module.nodes.of("identifier")) {
        const list2 = this.identifiers.get(identifier.text);
        if (list2) list2.push(identifier);
        else this.identifiers.set(identifier.text, [identifier]);
      }
    }
    return this.identifiers.get(name2) ?? [];
  }
  /**
   * The uses of a name bound at `target`: in the scope that binds it (nested functions included),
   * those the binding may reach — or, the reaching bindings not iterating loops, any in a loop
   * around the binding (`prev >> t; prev = t`).
   */
  usesOf(target) {
    const { nodes, bindings } = this.module;
    const scope = nodes.scopeAround(target);
    const loop = nodes.enclosing(target, LOOPS);
    const within = (outer, node) => outer.startIndex <= node.startIndex && node.endIndex <= outer.endIndex;
    return this.identifiersNamed(target.text).filter(
      (use) => use !== target && isUse(use) && (!scope || within(scope, use)) && (loop !== void 0 && within(loop, use) || bindings.reaching(use.text, use).some((binding) => binding.target === target))
    );
  }
};
function isShift(node) {
  if (node.type !== "binary_operator") return false;
  const operator = node.childForFieldName("operator")?.type;
  return operator === ">>" || operator === "<<";
}
function unresolved(nodes) {
  return { tasks: void 0, list: false, nodes };
}
function isUse(identifier) {
  const parent = identifier.parent;
  if (!parent) return false;
  if (BINDING_PARENTS.has(parent.type)) return false;
  const fields = NOT_USES.get(parent.type);
  return !(fields && identifier.fieldName !== null && fields.has(identifier.fieldName));
}
var extractRunOrder = (module2, model) => {
  if (!hasStoragePair(model)) return;
  const order = new RunOrder(module2);
  order.run();
  if (order.edges.size > 0) {
    const facts = model.orderings ??= [];
    for (const [later, earlier] of order.edges) {
      for (const [task, statement] of earlier) {
        facts.push({
          taskId: later.fact.id,
          afterTaskId: task.fact.id,
          ...later.fact.dagId !== void 0 ? { dagId: later.fact.dagId } : {},
          span: spanOf(statement)
        });
      }
    }
  }
  for (const task of module2.tasks) if (!order.unknown.has(task)) task.fact.downstreamKnown = true;
};
function hasStoragePair(model) {
  const writers = /* @__PURE__ */ new Map();
  for (const op of model.storage) {
    if (op.access !== "write") continue;
    const tasks = writers.get(op.dagId) ?? /* @__PURE__ */ new Set();
    tasks.add(op.taskId);
    writers.set(op.dagId, tasks);
  }
  return model.storage.some((op) => {
    const tasks = op.access === "read" ? writers.get(op.dagId) : void 0;
    return tasks !== void 0 && (tasks.size > 1 || !tasks.has(op.taskId));
  });
}

// packages/python/src/storage.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/locations.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();

// packages/python/src/interpreters.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var Encoded = class {
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
  /** The value a character stands for, if it stands for one. */
  valueOf(char) {
    return this.isValue(char) ? this.values[char.charCodeAt(0) - 57344] : void 0;
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
var JINJA = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
function jinjaAsHoles(program, hole) {
  return program.flatMap((fragment) => {
    if (typeof fragment !== "string" || !fragment.includes("{")) return [fragment];
    const parts2 = [];
    let last2 = 0;
    for (const match of fragment.matchAll(JINJA)) {
      parts2.push(fragment.slice(last2, match.index), hole);
      last2 = match.index + match[0].length;
    }
    parts2.push(fragment.slice(last2));
    return parts2;
  });
}
function copyDirection(sql, hole) {
  const text2 = new Encoded(sql, hole).text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  if (!/^\s*\(?\s*COPY\b/i.test(text2)) return void 0;
  if (/\bTO\s+STDOUT\b/i.test(text2)) return "to";
  if (/\bFROM\s+STDIN\b/i.test(text2)) return "from";
  return void 0;
}
var SQL_READ_FUNCTIONS = /* @__PURE__ */ new Set([
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
  const encoded = new Encoded(jinjaAsHoles(sql, hole), hole);
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
    const literal = text2.slice(token.start, token.end).replace(/''/g, "'");
    if (literal.trim() === "") continue;
    const parts2 = encoded.decode(literal);
    const isCopy = word(statementStart) === "COPY";
    const previous = word(i2 - 1);
    if (previous === "TO" && isCopy) mentions.push({ access: "write", parts: parts2 });
    else if (previous === "FROM" || previous === "JOIN") mentions.push({ access: "read", parts: parts2, glob: true });
    else if (readFunctionArgument(tokens, i2)) mentions.push({ access: "read", parts: parts2, glob: true });
  }
  for (const match of text2.matchAll(SNOWFLAKE_PUT))
    mentions.push({ access: "read", parts: encoded.decode(match[1]), glob: true });
  return mentions;
}
var SNOWFLAKE_PUT = /(?:^|[;\n])\s*PUT\s+'?file:\/\/([^\s';]+)/gi;
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
var FROM_SYNTAX_FUNCTIONS = /* @__PURE__ */ new Set(["EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "OVERLAY", "POSITION"]);
function sqlTableAccess(sql, hole, isTableName = (value) => value === hole) {
  const encoded = new Encoded(jinjaAsHoles(sql, hole), hole);
  const tokens = sqlTokens(encoded.text);
  const tableValue = (index) => {
    const token = tokens[index];
    return token?.kind === "punct" && encoded.isValue(token.char) && isTableName(encoded.valueOf(token.char));
  };
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
      else if (tableValue(i2 + 1) && !punct(i2 + 2, "(")) reads2 = true;
    }
  }
  return { reads: reads2, writes: writes2 };
}
var SQL_NOT_TABLES = /* @__PURE__ */ new Set(["SELECT", "VALUES", "LATERAL", "STDIN"]);
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
var READ_COMMANDS = new Set(
  "cat tac head tail wc zcat bzcat xzcat less more md5sum sha1sum sha256sum sha512sum sort uniq cut paste diff cmp xxd od base64 csvlook csvcut csvstat iconv".split(
    " "
  )
);
var PATTERN_COMMANDS = new Set("grep egrep fgrep awk gawk sed jq".split(" "));
var WRITE_COMMANDS = /* @__PURE__ */ new Set(["tee"]);
var ADD_COMMANDS = /* @__PURE__ */ new Set(["dvc", "git"]);
var COPY_COMMANDS = new Set("cp mv rsync scp install".split(" "));
var COMPRESSORS = {
  gzip: { suffix: ".gz" },
  gunzip: { suffix: ".gz", decompress: true },
  bzip2: { suffix: ".bz2" },
  bunzip2: { suffix: ".bz2", decompress: true },
  xz: { suffix: ".xz" },
  unxz: { suffix: ".xz", decompress: true },
  zstd: { suffix: ".zst" },
  unzstd: { suffix: ".zst", decompress: true }
};
var NO_DATA_COMMANDS = new Set(
  "echo printf mkdir rm rmdir touch chmod chown chgrp ls cd pushd popd export unset set test [ [[ sleep true false exit kill pwd source . date env which whoami hostname wait trap read find du df stat".split(
    " "
  )
);
var SCRIPT_RUNNERS = new Set(
  "python python2 python3 bash sh zsh Rscript node ruby perl php spark-submit java".split(" ")
);
var PYTHON_RUNNERS = /* @__PURE__ */ new Set(["python", "python2", "python3"]);
var SHELL_RUNNERS = /* @__PURE__ */ new Set(["bash", "sh", "zsh"]);
var SHELL_SCRIPT = /\.(sh|bash)$/;
var SCRIPT_FILE = /^[\w./-]+\.(py|sh|bash|r|R|js|mjs|rb|pl|php|jar)$/;
var DESTINATION_FIRST = {
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
var GDAL_VIRTUAL = /^\/vsi/;
var PREFIX_COMMANDS = /* @__PURE__ */ new Set(["sudo", "time", "exec", "nohup", "nice", "timeout", "xargs", "command"]);
var OUTPUT_OPTIONS = new Set(UNKNOWN_PROGRAM_OUTPUT_OPTIONS);
var OUTPUT_WORDS = new Set(UNKNOWN_PROGRAM_OUTPUT_WORDS);
var isOutputOption = (option) => {
  const name2 = option.replace(/^--?/, "").toLowerCase().replace(/-/g, "_");
  return OUTPUT_OPTIONS.has(name2) || name2.split("_").some((word) => OUTPUT_WORDS.has(word));
};
var CODE_OPTIONS = /* @__PURE__ */ new Set(["-c", "-e", "--command", "--eval"]);
var OPERATORS = ["&&", "||", ";", "|", "&", "\n"];
var PLAIN_RUN = /[^\s'"\\$`#<>&|;(){}\uE000-\uF8FF]+/y;
var QUOTED_RUN = /[^"\\$`\uE000-\uF8FF]+/y;
var PRIVATE_USE = /[\uE000-\uF8FF]/;
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
function remoteFileName(url) {
  const slashAt = url.parts.findLastIndex((part) => typeof part === "string" && part.includes("/"));
  if (slashAt < 0) return void 0;
  const last2 = url.parts[slashAt];
  const parts2 = [last2.slice(last2.lastIndexOf("/") + 1), ...url.parts.slice(slashAt + 1)];
  const queryAt = parts2.findIndex((part) => typeof part === "string" && /[?#]/.test(part));
  if (queryAt >= 0) {
    const cut = parts2[queryAt];
    parts2.splice(queryAt, parts2.length - queryAt, cut.slice(0, cut.search(/[?#]/)));
  }
  const named = parts2.filter((part) => part !== "");
  if (!named.some((part) => typeof part === "string")) return void 0;
  return { parts: named };
}
function isOption(word) {
  const first = word.parts[0];
  return typeof first === "string" && first.startsWith("-") && first !== "-";
}
function commandName(word) {
  const name2 = text(word);
  return name2?.slice(name2.lastIndexOf("/") + 1);
}
var SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
var WEB = /^https?:\/\//i;
var DEVICE = /^\/(dev\/(?!shm\b)|proc\/|sys\/)/;
function withoutTrailingSlash(parts2) {
  const last2 = parts2?.at(-1);
  if (typeof last2 !== "string" || !/.\/+$/.test(last2)) return parts2;
  return [...parts2.slice(0, -1), last2.replace(/\/+$/, "")];
}
function isShellScript(parts2) {
  const last2 = parts2.at(-1);
  return typeof last2 === "string" && SHELL_SCRIPT.test(last2);
}
function scanShell(command, context) {
  const encoded = new Encoded(jinjaAsHoles(command, context.hole), context.hole);
  const mentions = [];
  let cwd = context.cwd;
  const place = (word) => {
    const first = word.parts[0];
    if (first === void 0) return void 0;
    if (typeof first === "string" && (first === "-" || WEB.test(first) || DEVICE.test(first)))
      return void 0;
    if (typeof first === "string" && !first.startsWith("/") && !first.startsWith("~") && !SCHEME.test(first) && cwd)
      return [...cwd, `/${first.replace(/^\.\//, "")}`, ...word.parts.slice(1)];
    const spelled = typeof first !== "string" && first !== context.hole ? context.spell?.(first)[0] : void 0;
    if (cwd && typeof spelled === "string" && /^(?![/~$.]|[a-z][a-z0-9+.-]*:\/\/)[\w-]/i.test(spelled))
      return [...cwd, "/", ...word.parts];
    return word.parts;
  };
  const plainPath = (word) => {
    const first = word.parts[0];
    if (first === void 0) return false;
    if (typeof first !== "string") return context.isPlace(first);
    return first.startsWith("/") && first.length > 1 || first.startsWith("~/") || first.startsWith("./") || first.startsWith("../") || SCHEME.test(first) && !WEB.test(first);
  };
  const outputPath = (word) => {
    const first = word.parts[0];
    return plainPath(word) || first !== void 0 && typeof first !== "string" && word.parts.length === 1 && context.isPathValue?.(first) === true;
  };
  const add = (access, parts2, guessed, intoDirectory) => {
    if (!parts2 || parts2.length === 0) return;
    const glob = access === "read" && parts2.some((p) => typeof p === "string" && p.includes("*"));
    mentions.push({
      access,
      parts: parts2,
      ...guessed ? { guessed } : {},
      ...glob ? { glob } : {},
      ...intoDirectory ? { intoDirectory } : {}
    });
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
    const lastOfName = words[0].parts.at(-1);
    if (typeof lastOfName === "string" && SHELL_SCRIPT.test(lastOfName)) {
      mentions.push({ access: "run", parts: words[0].parts });
      continue;
    }
    const args2 = words.slice(1);
    const operands = args2.filter((w) => !isOption(w));
    if (name2 === "cd") {
      const target = operands[0];
      cwd = target ? withoutTrailingSlash(place(target)) : void 0;
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
    } else if (ADD_COMMANDS.has(name2) && text(operands[0] ?? { parts: [] }) === "add") {
      for (const operand of operands.slice(1)) if (text(operand) !== ".") add("read", place(operand));
    } else if (COPY_COMMANDS.has(name2)) {
      if (operands.length >= 2) {
        for (const source of operands.slice(0, -1)) add("read", place(source));
        add("write", place(operands.at(-1)), void 0, true);
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
    } else if (name2 === "unzip") {
      let archive = false;
      for (let index = 0; index < args2.length; index++) {
        const option = text(args2[index]);
        if (option === "-d" && args2[index + 1]) {
          const dir = place(args2[++index]);
          const last2 = dir?.at(-1);
          const slash = typeof last2 === "string" && last2.endsWith("/") ? [] : ["/"];
          if (dir && context.member !== void 0) add("write", [...dir, ...slash, context.member]);
        } else if (option === "-P" || option === "-x") index++;
        else if (!archive && !isOption(args2[index])) {
          add("read", place(args2[index]));
          archive = true;
        }
      }
    } else if (name2 === "curl" || name2 === "wget") {
      const options = args2.map((w) => text(w) ?? "");
      const remoteName = name2 === "curl" ? options.some((o) => o === "--remote-name" || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(o)) && !options.some((o) => o === "--remote-header-name" || /^-[a-zA-Z]*J/.test(o)) : !options.some((o) => /^-[a-zA-Z]*[Oi]|^--(output-document|input-file|spider)\b/.test(o));
      if (remoteName) {
        const prefixAt = name2 === "wget" ? options.indexOf("-P") : -1;
        const prefix = prefixAt >= 0 && args2[prefixAt + 1] ? withoutTrailingSlash(place(args2[prefixAt + 1])) : void 0;
        for (const word of operands) {
          const operand = {
            parts: word.parts.flatMap(
              (part) => typeof part === "string" || part === context.hole ? [part] : context.spell?.(part) ?? [part]
            )
          };
          const first = operand.parts[0];
          if (typeof first !== "string" || !(WEB.test(first) || /^ftps?:\/\//i.test(first))) continue;
          const file = remoteFileName(operand);
          if (!file) continue;
          if (prefixAt >= 0) {
            if (prefix) add("write", [...prefix, "/", ...file.parts]);
          } else add("write", place(file));
        }
      }
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
        add("write", place(paths.at(-1)), void 0, true);
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
            const output = isOutputOption(inline[1]);
            if (output ? outputPath(value) : plainPath(value))
              add(output ? "write" : "read", place(value), true);
          } else if (option !== void 0 && isOutputOption(option) && args2[index + 1] && outputPath(args2[index + 1])) {
            add("write", place(args2[++index]), true);
          }
          continue;
        }
        if (skipScript && (plainPath(word) || SCRIPT_FILE.test(option ?? ""))) {
          skipScript = false;
          const last2 = word.parts.at(-1);
          if (PYTHON_RUNNERS.has(name2) && typeof last2 === "string" && last2.endsWith(".py"))
            mentions.push({ access: "run", parts: word.parts });
          if (SHELL_RUNNERS.has(name2) && typeof last2 === "string" && SHELL_SCRIPT.test(last2))
            mentions.push({ access: "run", parts: word.parts });
          continue;
        }
        if (plainPath(word)) add("read", place(word), true);
      }
    }
  }
  return mentions;
}

// packages/python/src/unknown-operators.ts
init_define_DAG_TRANSPORT_BUNDLED_GRAMMAR();
var OUTPUT_KEYWORDS = new Set(UNKNOWN_PROGRAM_OUTPUT_OPTIONS);
var SQL_KEYWORDS = /* @__PURE__ */ new Set(["sql"]);
var PATH_VALUE_TYPES = /* @__PURE__ */ new Set([
  "string",
  "concatenated_string",
  "identifier",
  "attribute",
  "binary_operator"
]);
function neverAPath(keyword) {
  return keyword === "dag" || keyword === "task_id" || keyword.endsWith("_id") || keyword === "doc_md";
}
function runsDuckDb(name2, keywords) {
  return /duckdb/i.test(name2) || keywords.has("duckdb_conn_id");
}
function conventionalApi(name2, call) {
  const effects = [];
  let program;
  const { keywords } = callArguments(call);
  const duckDb = runsDuckDb(name2, keywords);
  for (const [keyword, value] of keywords) {
    if (!PATH_VALUE_TYPES.has(value.type) || neverAPath(keyword)) continue;
    const option = keyword.toLowerCase();
    if (SQL_KEYWORDS.has(option)) {
      if (duckDb) program = { argument: { keyword }, language: "sql" };
    } else effects.push({ access: OUTPUT_KEYWORDS.has(option) ? "write" : "read", path: { keyword } });
  }
  if (effects.length === 0 && !program) return void 0;
  return { effects, guessed: true, ...program ? { program } : {} };
}
function conventionalOutput(name2, call) {
  const writes2 = conventionalApi(name2, call)?.effects.filter((effect) => effect.access === "write");
  const slot2 = writes2?.length === 1 ? writes2[0].path : void 0;
  return slot2?.keyword !== void 0 ? callArguments(call).keywords.get(slot2.keyword) : void 0;
}

// packages/python/src/locations.ts
var LIST_READERS = /* @__PURE__ */ new Set(["len", "sorted", "list", "tuple", "set", "print"]);
function appendedValues(binding) {
  const scope = enclosingFunction(binding.target);
  if (!scope) return void 0;
  const name2 = binding.target.text;
  const appended = [];
  const tree = scope.tree;
  for (let id = scope.id; id <= scope.lastDescendantId; id++) {
    const node = tree.node(id);
    if (node.type !== "identifier" || !node.hasText(name2) || node.id === binding.target.id) continue;
    const parent = node.parent;
    if (parent.type === "return_statement" || parent.type === "for_statement" && parent.childForFieldName("right")?.id === node.id)
      continue;
    if (parent.type === "argument_list") {
      const callee = parent.parent?.childForFieldName("function");
      if (callee?.type === "identifier" && LIST_READERS.has(callee.text)) continue;
      return void 0;
    }
    const call = parent.parent;
    if (parent.type !== "attribute" || parent.childForFieldName("object")?.id !== node.id || parent.childForFieldName("attribute")?.text !== "append" || call?.type !== "call" || call.parent?.type !== "expression_statement")
      return void 0;
    const { positional, keywords } = callArguments(call);
    if (positional.length !== 1 || keywords.size > 0) return void 0;
    appended.push(positional[0]);
  }
  return appended;
}
var MAX_HANDED_DEPTH = 12;
var HOLE2 = { hole: true };
var COMPREHENSIONS2 = /* @__PURE__ */ new Set([
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression"
]);
var SCOPE_BOUNDARIES3 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition", "module"]);
var ANY3 = { any: true };
var JINJA2 = /\{\{.*?\}\}|\{%.*?%\}/g;
var VALUE_TEMPLATE = /\{\{\s*(?:params\.(\w+)|params\[\s*['"](\w+)['"]\s*\]|(?:ti|task_instance)\.xcom_pull\s*\(([^)]*)\))\s*\}\}/g;
var SCHEME2 = /^([a-z][a-z0-9+.-]*):\/\//i;
var RELATIVE_FILE_URI = /^file:\/\/(?![/$~])./i;
var MAX_FRAME_DEPTH = 4;
var MAX_CHASE = 40;
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
function startsWithScheme(pieces) {
  const first = pieces[0];
  return first !== void 0 && "text" in first && SCHEME2.test(first.text);
}
function withoutLeadingDot(pieces) {
  const first = pieces[0];
  if (first === void 0 || !("text" in first)) return [...pieces];
  const text2 = first.text.replace(/^(?:\.\/+)+/, "").replace(/^\.$/, "");
  return text2 === first.text ? [...pieces] : [...text2 ? [{ text: text2 }] : [], ...pieces.slice(1)];
}
function rootFlags(place) {
  return {
    ...place.temp ? { temp: place.temp } : {},
    ...place.stagingFallback ? { stagingFallback: place.stagingFallback } : {},
    ...place.staging ? { staging: place.staging } : {},
    ...place.remoteStore ? { remoteStore: place.remoteStore } : {}
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
    const appended = startsWithScheme(result.pieces) ? part.pieces : withoutLeadingDot(part.pieces);
    if (appended.length === 0) continue;
    const separator = endsWithSlash(result.pieces) ? [] : [{ text: "/" }];
    result = {
      ...rootFlags(result),
      pieces: normalizePieces([...result.pieces, ...separator, ...appended])
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
function parentPlace(place, levels) {
  if (!place?.pathObject) return void 0;
  let folder = place;
  for (let level = 0; folder && level < levels; level++)
    folder = folder.pieces.length === 1 && "hole" in folder.pieces[0] ? folder : dirnamePlace(folder);
  return folder ? { ...folder, pathObject: true } : void 0;
}
function dirnamePlace(place) {
  const last2 = place.pieces.at(-1);
  const before = place.pieces.at(-2);
  if (last2 && "hole" in last2 && before && "text" in before && before.text.endsWith("/")) {
    const head2 = before.text.replace(/\/+$/, "");
    return {
      ...rootFlags(place),
      pieces: normalizePieces([...place.pieces.slice(0, -2), ...head2 ? [{ text: head2 }] : []])
    };
  }
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
function basenamePlace(place) {
  const pieces = place.pieces;
  for (let i2 = pieces.length - 1; i2 >= 0; i2--) {
    const piece = pieces[i2];
    if (!("text" in piece)) continue;
    const slash = piece.text.lastIndexOf("/");
    if (slash < 0) continue;
    const name2 = normalizePieces([
      ...slash + 1 < piece.text.length ? [{ text: piece.text.slice(slash + 1) }] : [],
      ...pieces.slice(i2 + 1)
    ]);
    return name2.length > 0 ? { pieces: name2 } : void 0;
  }
  return void 0;
}
function positionalAfterKeyword(args2) {
  let depth = 0;
  let quote;
  let keyword = false;
  let start2 = 0;
  const argumentEnds = (end) => {
    const argument = args2.slice(start2, end).trim();
    if (argument === "") return false;
    const named = /^[A-Za-z_]\w*\s*=(?!=)/.test(argument);
    if (!named && keyword) return true;
    keyword ||= named;
    return false;
  };
  for (let i2 = 0; i2 < args2.length; i2++) {
    const char = args2[i2];
    if (quote) {
      if (char === quote) quote = void 0;
    } else if (char === "'" || char === '"') quote = char;
    else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    else if (char === "," && depth === 0) {
      if (argumentEnds(i2)) return true;
      start2 = i2 + 1;
    }
  }
  return argumentEnds(args2.length);
}
function* formatTemplateParts(template, positional, keywords) {
  const literal = (text2) => ({ text: text2.replace(/\{\{/g, "{").replace(/\}\}/g, "}") });
  let next = 0;
  let last2 = 0;
  for (const match of template.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    if (match[1] === void 0) continue;
    if (match.index > last2) yield literal(template.slice(last2, match.index));
    const field = match[1].split(/[!:]/)[0];
    const value = field === "" ? positional[next++] : /^\d+$/.test(field) ? positional[Number(field)] : keywords.get(field);
    yield { value, first: match.index === 0 };
    last2 = match.index + match[0].length;
  }
  if (last2 < template.length) yield literal(template.slice(last2));
}
var SAME_ELEMENTS = /* @__PURE__ */ new Set(["sorted", "reversed", "list", "tuple", "set"]);
function forStatementOf(target) {
  let node = target.parent;
  while (node && (node.type === "pattern_list" || node.type === "tuple_pattern")) node = node.parent;
  return node?.type === "for_statement" ? node : void 0;
}
function podLocalRoot(pieces, homeIsLocal = true) {
  const first = pieces[0];
  if (!first || !("text" in first)) return void 0;
  if (RELATIVE_FILE_URI.test(first.text))
    return {
      reason: "a relative `file://` path is in the worker's working directory, on the pod's own disk"
    };
  if (SCHEME2.test(first.text)) return void 0;
  const text2 = first.text;
  if (text2.startsWith("~")) return { reason: "`~` is the home directory on the pod's own disk" };
  if (text2.startsWith("${")) return airflowHomeOwnDisk(patternOf(pieces));
  if (text2.startsWith("/")) {
    const home = homeIsLocal ? USER_HOME.exec(text2)?.[0] : void 0;
    return home ? { reason: `\`${home}\` is a user's home directory, on the pod's own disk` } : void 0;
  }
  return { reason: "a relative path is in the worker's working directory, on the pod's own disk" };
}
var MAX_SETTING_PATH = 1024;
function isSettingPath(value) {
  if (value.length > MAX_SETTING_PATH || /[@?$\s]/.test(value.replace(JINJA2, ""))) return false;
  if (value.startsWith("/")) return true;
  const scheme = SCHEME2.exec(value)?.[1]?.toLowerCase();
  return scheme !== void 0 && OBJECT_STORE_SCHEMES.has(scheme);
}
var USER_HOME = /^(?:\/home\/(?!airflow\/)[^/{}$]+|\/Users\/[^/{}$]+|\/root)(?=\/)/;
function toLocation(place, display, settings) {
  const written = normalizePieces(place.pieces);
  const scheme = SCHEME2.exec(patternOf(written))?.[1]?.toLowerCase();
  const relative = scheme === void 0 && !place.remoteStore ? withoutLeadingDot(written) : written;
  const pieces = relative.length > 0 ? relative : written;
  const pattern = patternOf(pieces);
  const remote = place.remoteStore && scheme === void 0 && pattern.startsWith(HOLE);
  const medium = remote || scheme !== void 0 && OBJECT_STORE_SCHEMES.has(scheme) ? "object-store" : "filesystem";
  let temp = place.temp;
  if (!temp && medium === "filesystem") {
    const prefix = settings.tempPrefixes.find(
      (p) => pattern === p || pattern.startsWith(p.endsWith("/") ? p : `${p}/`)
    );
    if (prefix) temp = { reason: `\`${prefix}\` is on the pod's own disk` };
    else temp = podLocalRoot(pieces, !place.hostMount);
  }
  const mount = medium === "filesystem" ? OBJECT_STORE_MOUNTS.find((m) => pattern.startsWith(m.path)) : void 0;
  return {
    pattern,
    medium,
    display,
    ...temp ? { temp } : {},
    ...place.stagingFallback ? { stagingFallback: place.stagingFallback } : {},
    ...place.staging && !temp ? { staging: place.staging } : {},
    ...place.guessed ? { exact: true } : {},
    ...place.intoDirectory ? { intoDirectory: true } : {},
    ...mount && !temp ? {
      mount: {
        scheme: mount.scheme,
        key: mount.keyPrefix + pattern.slice(mount.path.length),
        bucket: mount.bucket
      }
    } : {}
  };
}
var LocationResolver = class _LocationResolver {
  constructor(context, bindings, settings, handoffs, imports, file) {
    this.context = context;
    this.bindings = bindings;
    this.settings = settings;
    this.handoffs = handoffs;
    this.imports = imports;
    this.file = file;
  }
  context;
  bindings;
  settings;
  handoffs;
  imports;
  file;
  cache = /* @__PURE__ */ new Map();
  receivers = /* @__PURE__ */ new Map();
  constants = /* @__PURE__ */ new Map();
  reachingCache = /* @__PURE__ */ new Map();
  memberArguments = /* @__PURE__ */ new Map();
  returns = /* @__PURE__ */ new Map();
  parameters = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  chaseDepth = 0;
  /** Per task (its declaration): whether any condition of its function is decided (`taskBranch`). */
  taskDecides = /* @__PURE__ */ new Map();
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
  static taskFrame(task, factory) {
    if (!task.fn) return void 0;
    return factory ? { fn: task.fn, task, depth: 0, factory } : { fn: task.fn, task, depth: 0 };
  }
  /** The factory call a frame (or the frame that called it) is read for. */
  static factoryOf(frame) {
    for (let f = frame; f; f = f.caller ?? f.outer) if (f.factory) return f.factory;
    return void 0;
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
  static boundFrame(fn, caller, places, receivers2) {
    if (_LocationResolver.entered(fn, caller)) return void 0;
    const key = JSON.stringify([
      [...places].map(([name2, place]) => [name2, place ?? null]),
      receivers2 && receivers2.size > 0 ? [...receivers2] : null
    ]);
    const bound = { places, ...receivers2 && receivers2.size > 0 ? { receivers: receivers2 } : {}, key };
    return { fn, task: caller.task, depth: caller.depth + 1, bound, outer: caller };
  }
  /**
   * A method of the class `frame` is in, called on `self` (`ownMethod`): its parameters after
   * `self` bound to the call's arguments, and `self` the same instance (an operator class read
   * for a declaration keeps its attributes' places). Undefined when too deep or a cycle.
   */
  methodFrame(method, call, frame) {
    const inner = _LocationResolver.boundFrame(
      method,
      frame,
      this.argumentPlaces(method, call, frame, 1),
      this.argumentReceivers(method, call, frame, 1)
    );
    return inner && frame.instance ? { ...inner, instance: frame.instance } : inner;
  }
  /**
   * The clients `call`'s arguments give `fn`'s parameters (`self.upload_file(hook, name)` with
   * `hook = WasbHook(…)`), the first `skip` of them left out, as `argumentPlaces` does.
   */
  argumentReceivers(fn, call, frame, skip) {
    return this.boundReceivers(
      fn,
      frame,
      (name2, index) => index < skip ? void 0 : argumentAt(call, { keyword: name2, index: index - skip })
    );
  }
  /**
   * The clients `argument(name, index)` gives `fn`'s parameters, read in `frame` (`write_status(
   * clin_s3, key)` with `clin_s3 = S3Hook(…)`): there an unannotated parameter is that client.
   */
  boundReceivers(fn, frame, argument) {
    const receivers2 = /* @__PURE__ */ new Map();
    parameterNames(fn).forEach((name2, index) => {
      const node = argument(name2, index);
      const receiver = node ? this.receiver(node, frame) : void 0;
      if (receiver) receivers2.set(name2, receiver);
    });
    return receivers2;
  }
  /**
   * The places `call`'s arguments give `fn`'s parameters, the first `skip` of them left out
   * (`self`, `cls`): by keyword, else by position. A parameter the call does not give is absent.
   */
  argumentPlaces(fn, call, frame, skip) {
    const places = /* @__PURE__ */ new Map();
    parameterNames(fn).slice(skip).forEach((name2, index) => {
      const argument = argumentAt(call, { keyword: name2, index });
      if (argument) places.set(name2, this.place(argument, frame));
    });
    return places;
  }
  frameKey(frame) {
    let key = `${frame.task.declaration.id}`;
    let f = frame;
    for (; f?.call; f = f.caller) key += `<${f.call.id}`;
    if (f?.bound) key += `|${f.bound.key}`;
    if (f?.instance) key += `|${f.instance.key}`;
    if (f?.factory) key += `|of:${f.factory.key}`;
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
    if (this.previousRun(expression, 0)) return { pieces: [PREVIOUS_RUN_PIECE] };
    const node = unparenthesize(expression);
    if (node.type === "boolean_operator" && node.childForFieldName("operator")?.text === "or") {
      const left = unparenthesize(node.childForFieldName("left"));
      if (!this.envRead(left) && !this.place(left, frame)) return unknownPlace();
    }
    const place = this.place(expression, frame);
    return place && !place.handle ? place : unknownPlace();
  }
  /**
   * Whether a value names a previous run (`PREVIOUS_RUN_CONTEXT_KEYS`): the context's item
   * (`kwargs["prev_ds"]`, `context.get("prev_ds")`), a parameter of that name, a name bound once
   * to one, or an attribute or method of one (`prev.year`, `prev.strftime("%Y")`).
   */
  previousRun(expression, depth) {
    if (depth > 6) return false;
    const node = unparenthesize(expression);
    const access = itemAccess(node);
    if (access) return PREVIOUS_RUN_CONTEXT_KEYS.has(access.item);
    switch (node.type) {
      case "attribute":
        return this.previousRun(node.childForFieldName("object"), depth + 1);
      case "call": {
        const callee = node.childForFieldName("function");
        return callee?.type === "attribute" && this.previousRun(callee.childForFieldName("object"), depth + 1);
      }
      case "identifier": {
        const reaching = this.reaching(node.text, node);
        if (reaching.length !== 1) return false;
        const binding = reaching[0];
        if (binding.kind === "parameter") return PREVIOUS_RUN_CONTEXT_KEYS.has(node.text);
        return binding.kind === "assign" && binding.index === void 0 && binding.value !== void 0 ? this.previousRun(binding.value, depth + 1) : false;
      }
      default:
        return false;
    }
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
      case "conditional_expression": {
        const [yes, , no] = node.namedChildren;
        if (this.branch(yes, frame) === "dead") return this.place(no, frame);
        if (this.branch(no, frame) === "dead") return this.place(yes, frame);
        return this.place(yes, frame) ?? this.place(no, frame);
      }
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
        if (!text2.includes("{{")) pieces.push(...literalPieces(text2));
        else
          for (const part of this.renderedText(text2, frame))
            pieces.push(...typeof part === "string" ? literalPieces(part) : part.pieces);
      } else if (child.type === "interpolation") {
        const expression = child.namedChild(0);
        pieces.push(...expression ? this.partOrHole(expression, frame).pieces : [HOLE2]);
      }
    }
    const literal = stringLiteral(node);
    if (literal === void 0 && !isFormat) return void 0;
    const first = node.namedChildren.find((c) => c.type === "interpolation" || c.type === "string_content");
    const root = first?.type === "interpolation" && first.namedChild(0) ? this.place(first.namedChild(0), frame) : void 0;
    return { ...root ? rootFlags(root) : {}, pieces: normalizePieces(pieces) };
  }
  identifierPlace(node, frame) {
    const comprehended = this.comprehensionIterable(node);
    if (comprehended) return this.elementPlace(comprehended, frame);
    const reaching = this.reaching(node.text, node);
    for (const binding of reaching) {
      if (this.branch(binding.target, frame) === "dead") continue;
      const place = this.isModuleConstant(node.text, binding) ? this.constantPlace(binding.value, frame) : this.bindingPlace(binding, frame);
      if (place) return place;
    }
    const imported = this.imports && this.context.aliases.get(node.text);
    if (imported !== void 0 && reaching.length === 0) return this.imports.constant(imported, frame);
    if (reaching.length === 0 && this.imports)
      for (const qualified of wildcardNames(this.context, node.text)) {
        const place = this.imports.constant(qualified, frame);
        if (place) return place;
      }
    const branches = reaching.length === 0 ? this.context.branchConstants.get(node.text) : void 0;
    return branches ? this.branchConstantPlace(node.text, branches, frame) : void 0;
  }
  /**
   * A module name the branches of a module-level `if` assign (`if SETUP == "DOCKER": base =
   * f"{os.getcwd()}/" elif …: base = os.path.expanduser("~/etl/")`): the place every value names,
   * when they agree; when each value is on the pod's own disk, that disk's directory named by
   * the module's name (`${module:base}`: the same for every task of a deployment, as an
   * environment variable is); else unknown.
   */
  branchConstantPlace(name2, values, frame) {
    const places = values.map((value) => this.constantPlace(value, frame));
    if (places.some((place) => !place)) return void 0;
    const patterns = new Set(places.map((place) => patternOf(normalizePieces(place.pieces))));
    if (patterns.size === 1) return places[0];
    const local = places.every((place) => place.temp ?? podLocalRoot(normalizePieces(place.pieces)));
    if (!local) return void 0;
    const slash = [...patterns].every((pattern) => pattern.endsWith("/")) ? "/" : "";
    return {
      pieces: [{ text: `\${module:${name2}}${slash}` }],
      temp: { reason: `every value the module gives \`${name2}\` is on the pod's own disk` }
    };
  }
  /**
   * Whether code of an operator class's method runs for the declaration it is read for
   * (`Frame.instance.values`): "dead" in a branch its `if`s cannot take, "live" when every
   * branch around it within the frame's function is taken for sure, else "unknown"
   * (`operator-classes.ts`, `branchState`). Without known values: "unknown".
   */
  branch(node, frame, top = frame.fn) {
    const values = frame.instance?.values;
    const fn = frame.fn;
    if (!frame.instance && !frame.call && !frame.bound) return this.taskBranch(node, frame, top);
    if (!values?.size || node.tree !== fn.tree || node.startIndex < fn.startIndex || node.endIndex > fn.endIndex)
      return "unknown";
    const self2 = this.selfName(fn);
    return branchState(
      node,
      top,
      (condition) => decideCondition(condition, (expression) => {
        if (expression.type !== "attribute") return void 0;
        const object = expression.childForFieldName("object");
        if (object?.type !== "identifier" || object.text !== self2) return void 0;
        return values.get(expression.childForFieldName("attribute").text);
      })
    );
  }
  /**
   * `branch` in a task's own function run by an operator that passes literal arguments
   * (`op_kwargs={"dest_file": None}`): `if dest_file:` is decided — a parameter, or
   * `kwargs["dest_file"]` / `kwargs.get("dest_file")` (directly or through a name bound once to
   * one) when the operator's `op_kwargs` give it a literal.
   */
  taskBranch(node, frame, top) {
    const fn = frame.fn;
    if (fn.id !== frame.task.fn?.id || !frame.task.keywords.has("op_kwargs") || node.tree !== fn.tree)
      return "unknown";
    const decide = (condition) => decideCondition(condition, (expression) => this.taskArgumentValue(expression, frame, 0));
    const key = frame.task.declaration.id;
    let decides = this.taskDecides.get(key);
    if (decides === void 0) {
      const { nodes } = this.context;
      decides = ["if_statement", "elif_clause", "conditional_expression"].some(
        (type) => nodes.within(fn, type).some((node2) => {
          const condition = type === "conditional_expression" ? node2.namedChildren[1] : node2.childForFieldName("condition");
          return condition ? decide(condition) !== void 0 : false;
        })
      );
      this.taskDecides.set(key, decides);
    }
    return decides ? branchState(node, top, decide) : "unknown";
  }
  taskArgumentValue(expression, frame, depth) {
    const node = unparenthesize(expression);
    if (depth > 2) return void 0;
    if (node.type === "identifier") {
      const reaching = this.reaching(node.text, node);
      const only = reaching.length === 1 ? reaching[0] : void 0;
      if (only?.kind === "parameter" && enclosingFunction(only.target)?.id === frame.fn.id)
        return literalValue(this.operatorArgument(frame, node.text));
      if (only?.kind === "assign" && only.index === void 0 && only.value)
        return this.taskArgumentValue(only.value, frame, depth + 1);
      return void 0;
    }
    const kwargs = contextParameter(frame.fn);
    if (!kwargs) return void 0;
    let object = null;
    let key;
    if (node.type === "subscript") {
      object = node.childForFieldName("value");
      key = stringLiteral(node.childForFieldName("subscript"));
    } else if (node.type === "call") {
      const callee = node.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get")
        return void 0;
      object = callee.childForFieldName("object");
      key = stringLiteral(callArguments(node).positional[0]);
    }
    if (object?.type !== "identifier" || object.text !== kwargs || key === void 0) return void 0;
    const bindings = this.reaching(kwargs, object);
    if (bindings.length !== 1 || bindings[0].kind !== "parameter") return void 0;
    const value = this.dictItems(frame.task.keywords.get("op_kwargs")).get(key);
    return literalValue(value);
  }
  /** A function's parameter names, remembered (helper code is read once per call). */
  parameterNamesOf(fn) {
    let names2 = this.parameters.get(fn.id);
    if (!names2) {
      names2 = parameterNames(fn);
      this.parameters.set(fn.id, names2);
    }
    return names2;
  }
  /** The argument a call gives a parameter of `fn`: by keyword, or by its position. */
  argumentFor(call, fn, name2) {
    const index = this.parameterNamesOf(fn).indexOf(name2);
    return argumentAt(call, { keyword: name2, ...index >= 0 ? { index } : {} }) ?? void 0;
  }
  /** The first parameter of a method (`self`). */
  selfName(fn) {
    return this.parameterNamesOf(fn)[0];
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
      case "for": {
        if (frame.element && frame.element.target.id === binding.target.id) return frame.element.place;
        if (!binding.value) return void 0;
        const paired = this.pairedLoopValues(binding.value, binding.index);
        if (paired) return this.samePlace(paired, frame);
        if (binding.index === void 0) return this.elementPlace(binding.value, frame);
        const walked = this.walkedRoot(binding.value);
        if (walked) return binding.index === 0 ? this.place(walked, frame) : void 0;
        const iterable = unparenthesize(binding.value);
        const enumerated = iterable.type === "call" && this.qualify(iterable.childForFieldName("function")) === "enumerate" ? callArguments(iterable).positional[0] : void 0;
        return enumerated && binding.index === 1 ? this.elementPlace(enumerated, frame) : void 0;
      }
      case "parameter":
        return this.parameterPlace(binding, frame);
      default:
        return void 0;
    }
  }
  /**
   * `for f in [train_cfg, repo_cfg]: open(f, "w")`: a path argument built from the variable of a
   * `for` over a list literal (or a name bound once to one) whose elements name different places
   * is read once per element (`Frame.element`). Elements that name one place, or one the
   * analysis cannot name, keep the one frame (the loop variable's place as ever).
   */
  literalLoopFrames(argument, frame) {
    const node = unparenthesize(argument);
    const names2 = node.type === "identifier" ? [node] : node.descendantsOfType("identifier");
    for (const name2 of [...names2]) {
      const value = this.onlyAssignedValue(name2);
      if (value) names2.push(...value.descendantsOfType("identifier"));
    }
    for (const name2 of names2) {
      const reaching = this.reaching(name2.text, name2);
      const binding = reaching.length === 1 ? reaching[0] : void 0;
      if (binding?.kind !== "for" || !binding.value) continue;
      if (frame.element?.target.id === binding.target.id) continue;
      const looped = this.loopElements(binding, frame);
      if (!looped) continue;
      const { elements, frame: listFrame } = looped;
      if (elements.length < 2 || elements.length > 16 || elements.some((e) => e.type === "list_splat"))
        continue;
      const places = elements.map((element) => this.place(element, listFrame));
      if (places.some((p) => !p)) continue;
      const patterns = new Set(places.map((p) => patternOf(normalizePieces(p.pieces))));
      if (patterns.size < 2) continue;
      return elements.map((element, index) => ({
        ...frame,
        element: { target: binding.target, place: places[index], key: `${element.id}` }
      }));
    }
    return [frame];
  }
  /** The one binding that reaches this use of a name, if only one does. */
  onlyBinding(identifier) {
    const reaching = this.reaching(identifier.text, identifier);
    return reaching.length === 1 ? reaching[0] : void 0;
  }
  /** The value of `name = value` when that plain assignment is the one binding reaching the use. */
  onlyAssignedValue(identifier) {
    return onlyAssignedValue(this.reaching(identifier.text, identifier));
  }
  /**
   * The expressions a `for` variable takes, with the frame they are read in: the elements of a
   * list literal (or of the one a name is bound to, or the list the function is given:
   * `passedList`), or the paired values of `pairedLoopValues`. Undefined for anything else.
   */
  loopElements(binding, frame) {
    const paired = this.pairedLoopValues(binding.value, binding.index);
    if (paired) return { elements: paired, frame };
    if (binding.index !== void 0) return void 0;
    let list2 = unparenthesize(binding.value);
    let listFrame = frame;
    if (list2.type === "identifier") {
      const only = this.onlyBinding(list2);
      const passed = only?.kind === "parameter" ? this.passedList(only, frame) : void 0;
      const value = passed ? void 0 : this.onlyAssignedValue(list2);
      if (passed) ({ list: list2, frame: listFrame } = passed);
      else if (!value) return void 0;
      else list2 = unparenthesize(value);
    }
    if (list2.type !== "list" && list2.type !== "tuple") return void 0;
    return { elements: list2.namedChildren.filter((e) => e.type !== "comment"), frame: listFrame };
  }
  /**
   * What a `for` variable takes from a literal of pairs: `for name, path in files.items()` (the
   * dict literal's values; its keys for `name`), `for path in files.values()`, `for name, path in
   * [("a", p1), ("b", p2)]` (element `index` of each tuple). The literal may be bound once to a
   * name. Undefined for anything else, or an element that is not such a literal.
   */
  pairedLoopValues(iterable, index) {
    const node = unparenthesize(iterable);
    const literal = (expression) => {
      const inner = unparenthesize(expression);
      const value = inner.type === "identifier" ? this.onlyAssignedValue(inner) : void 0;
      return value ? unparenthesize(value) : inner;
    };
    if (node.type === "call") {
      const callee = node.childForFieldName("function");
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute").text : void 0;
      if (method !== "items" && method !== "values" || callArguments(node).positional.length > 0)
        return void 0;
      if (method === "items" === (index === void 0) || index !== void 0 && index > 1)
        return void 0;
      const dict = literal(callee.childForFieldName("object"));
      if (dict.type !== "dictionary") return void 0;
      const pairs = dict.namedChildren.filter((c) => c.type !== "comment");
      if (pairs.some((pair) => pair.type !== "pair")) return void 0;
      const field = method === "items" && index === 0 ? "key" : "value";
      return pairs.map((pair) => pair.childForFieldName(field));
    }
    if (index === void 0) return void 0;
    const list2 = literal(node);
    if (list2.type !== "list" && list2.type !== "tuple") return void 0;
    const values = [];
    for (const element of list2.namedChildren) {
      if (element.type === "comment") continue;
      if (element.type !== "tuple" && element.type !== "list") return void 0;
      const value = element.namedChildren.filter((c) => c.type !== "comment")[index];
      if (!value || value.type === "list_splat") return void 0;
      values.push(value);
    }
    return values;
  }
  /** `a, b = value`: element `index` of the value. */
  unpackedPlace(value, index, frame) {
    const node = unparenthesize(value);
    if (node.type === "tuple" || node.type === "list" || node.type === "expression_list") {
      const element = node.namedChildren[index];
      return element ? this.place(element, frame) : void 0;
    }
    if (node.type === "call") {
      const callee = node.childForFieldName("function");
      const name2 = this.qualify(callee);
      if (name2 && TEMPFILE_APIS.get(name2) === "fresh-file" && index === 1)
        return this.tempPlace(node, "fresh-file", frame);
      if (callee.type === "identifier" && !this.isImportedName(callee)) {
        const fn = this.context.functions.get(callee.text);
        const inner = fn ? _LocationResolver.helperFrame(fn, node, frame) : void 0;
        return inner ? this.returnedPlace(fn, inner, index) : void 0;
      }
      if (name2 !== void 0 && this.imports && this.isImportedName(callee))
        return this.imports.returned(name2, node, frame, index);
      if (callee.type === "attribute") {
        const own = ownMethod(callee, frame.fn);
        const inner = own ? this.methodFrame(own, node, frame) : void 0;
        if (own) return inner ? this.returnedPlace(own, inner, index) : void 0;
        if (!this.receiver(callee.childForFieldName("object"), frame))
          return this.imports?.methodReturned(node, frame, index);
      }
    }
    return void 0;
  }
  /** The iterable of the comprehension clause `for NAME in iterable` that binds this use of NAME. */
  comprehensionIterable(node) {
    for (let current = node.parent; current; current = current.parent) {
      if (SCOPE_BOUNDARIES3.has(current.type)) return void 0;
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
  /** The folder `os.walk(folder)` walks, when `value` is that call. */
  walkedRoot(value) {
    const node = unparenthesize(value);
    if (node.type !== "call" || this.qualify(node.childForFieldName("function")) !== "os.walk")
      return void 0;
    return argumentAt(node, { index: 0, keyword: "top" });
  }
  /** `for x in value`: an element of a listing is a path under the listed directory. */
  elementPlace(value, frame, depth = 0) {
    const node = unparenthesize(value);
    if (node.type === "list" || node.type === "tuple") return this.sameElementPlace(node, frame);
    if (node.type === "identifier") {
      const member = this.extractedMember(node, frame);
      if (member || depth > 0) return member;
      const reaching = this.reaching(node.text, node);
      const passed = reaching.length === 1 && reaching[0].kind === "parameter" ? this.passedList(reaching[0], frame) : void 0;
      if (passed) return this.sameElementPlace(passed.list, passed.frame);
      for (const binding of reaching) {
        if (binding.kind === "for" && binding.value && binding.index !== 0 && this.walkedRoot(binding.value))
          return { pieces: [ANY3] };
        if (binding.kind !== "assign" || !binding.value || binding.index !== void 0) continue;
        const bound = unparenthesize(binding.value);
        if (bound.type === "list" && bound.namedChildCount === 0) {
          const appended = reaching.length === 1 ? appendedValues(binding) : void 0;
          const place2 = appended?.length ? this.samePlace(appended, frame) : void 0;
          if (place2) return place2;
          continue;
        }
        const filtered = bound.type === "list_comprehension" ? filteredIterable(bound) : void 0;
        if (bound.type === "call" || filtered) {
          const listed2 = this.elementPlace(filtered ?? bound, frame, depth + 1);
          if (listed2) return listed2;
          continue;
        }
        if (bound.type !== "list" && bound.type !== "tuple") continue;
        const place = this.elementPlace(bound, frame, depth + 1);
        if (place) return place;
      }
      return void 0;
    }
    if (node.type !== "call") return void 0;
    const callee = node.childForFieldName("function");
    const name2 = this.qualify(callee);
    const { positional } = callArguments(node);
    if (name2 !== void 0 && SAME_ELEMENTS.has(name2) && positional.length === 1)
      return this.elementPlace(positional[0], frame, depth);
    if (name2 === "glob.glob" || name2 === "glob.iglob")
      return positional[0] ? this.globPlace(positional[0], frame) : void 0;
    if (name2 === "os.listdir") return { pieces: [ANY3] };
    const listed = this.listedKey(node, frame);
    if (listed) return listed;
    if (callee?.type === "identifier") {
      if (name2 !== void 0 && this.isImportedName(callee))
        return mayBeRepositoryName(name2) ? this.imports?.returnedElement?.(name2, node, frame) : void 0;
      const fn = this.context.functions.get(callee.text);
      const inner = fn ? _LocationResolver.helperFrame(fn, node, frame) : void 0;
      return inner ? this.returnedElement(fn, inner) : void 0;
    }
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
  /**
   * A key an object-store listing yields (`hook.list_keys(bucket, prefix="raw/")`): any key
   * under its prefix (`raw/*`), to be read in the listing's bucket by what reads it. Undefined
   * for a call that is no listing, or one without a prefix we can name.
   */
  listedKey(call, frame) {
    const callee = call.childForFieldName("function");
    const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    const slot2 = method === void 0 ? void 0 : LISTED_PREFIX.get(method);
    const argument = slot2 && argumentAt(call, slot2);
    const prefix = argument && this.place(argument, frame);
    if (!prefix || !prefix.pieces.some((piece) => "text" in piece && piece.text !== "")) return void 0;
    return { pieces: normalizePieces([...prefix.pieces, ANY3]) };
  }
  /**
   * An extraction's files under its directory (`effect.under`): one place per literal member
   * name (`targets=["a.xlsx"]`), else one member name of the list variable it was given
   * (`targets=names`, as `for n in names` reads it again), else the extraction's own names.
   */
  membersUnder(directory, call, effect) {
    const members = effect.members ? argumentAt(call, effect.members) : void 0;
    const inner = members ? unparenthesize(members) : void 0;
    if (inner && (inner.type === "list" || inner.type === "tuple") && inner.namedChildren.length === 1) {
      const name2 = stringLiteral(inner.namedChildren[0]);
      if (name2 !== void 0 && !name2.includes("/") && name2 !== "")
        return joinPlaces([directory, { pieces: [{ text: name2 }] }]);
    }
    const named = inner?.type === "identifier" ? this.memberListPiece(inner) : void 0;
    const position = call.startPosition;
    return joinPlaces([directory, { pieces: [named ?? memberPiece(position.row + 1, position.column + 1)] }]);
  }
  /** The member name standing for each element of a list variable (its one assignment's position). */
  memberListPiece(list2) {
    const bindings = this.reaching(list2.text, list2);
    const binding = bindings[0];
    if (bindings.length !== 1 || binding?.kind !== "assign" || binding.index !== void 0) return void 0;
    const position = binding.target.startPosition;
    return memberPiece(position.row + 1, position.column + 1);
  }
  /**
   * `for n in names` where `names` is the list an archive's extraction was given as its members
   * in the same function (`archive.extract(path=d, targets=names)`): `n` is one of the extracted
   * names.
   */
  extractedMember(list2, frame) {
    const bindings = this.reaching(list2.text, list2);
    const binding = bindings[0];
    const scope = binding ? enclosingFunction(binding.target) : void 0;
    if (bindings.length !== 1 || !scope) return void 0;
    for (const { call, method, argument } of this.memberArgumentsIn(scope)) {
      if (argument.id === list2.id || !argument.hasText(list2.text)) continue;
      if (this.reaching(argument.text, argument)[0]?.target.id !== binding.target.id) continue;
      const receiver = this.receiver(call.childForFieldName("function").childForFieldName("object"), frame);
      const api = receiver ? RECEIVER_METHODS[receiver.kind]?.[method] : void 0;
      if (!api?.effects.some((effect) => effect.members && argumentAt(call, effect.members)?.id === argument.id))
        continue;
      const piece = this.memberListPiece(list2);
      return piece ? { pieces: [piece] } : void 0;
    }
    return void 0;
  }
  /**
   * The names a function passes as an extraction's members (`….extract(path=d, targets=names)`,
   * a method some receiver's catalog row gives `members`), found once per function.
   */
  memberArgumentsIn(scope) {
    let found = this.memberArguments.get(scope.id);
    if (found) return found;
    found = [];
    for (const call of this.context.nodes.within(scope, "call")) {
      const callee = call.childForFieldName("function");
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
      const slots2 = method !== void 0 ? MEMBER_SLOTS.get(method) : void 0;
      if (!slots2) continue;
      for (const slot2 of slots2) {
        const argument = argumentAt(call, slot2);
        if (argument?.type === "identifier") found.push({ call, method, argument });
      }
    }
    this.memberArguments.set(scope.id, found);
    return found;
  }
  /**
   * The place every element of a list or tuple literal names (`[path]`, `(a, a)`); undefined when
   * one names none, a `*` spread is there, or they differ (a loop over different places is not
   * one place).
   */
  sameElementPlace(node, frame) {
    return this.samePlace(node.namedChildren, frame);
  }
  /** The one place all these expressions name; undefined when they differ or one is unknown. */
  samePlace(elements, frame) {
    let found;
    let text2;
    for (const element of elements) {
      if (element.type === "comment") continue;
      if (element.type === "list_splat") return void 0;
      const place = this.place(element, frame);
      if (!place) return void 0;
      const key = JSON.stringify(place);
      if (text2 !== void 0 && key !== text2) return void 0;
      found = place;
      text2 = key;
    }
    return found;
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
    const factory = _LocationResolver.factoryOf(frame);
    const xcom = factory?.taskCall === true && this.handoffs.inputsOf(frame.task, binding.target.text).length > 0;
    if (factory && !xcom && owner?.id === factory.fn.id && owner.tree === factory.fn.tree) {
      const argument = this.argumentFor(factory.call, factory.fn, binding.target.text);
      if (argument) return this.place(argument, factory.at);
      return binding.value ? this.place(binding.value, factory.at) : void 0;
    }
    if (!owner || owner.id !== frame.fn.id)
      return binding.value ? this.place(binding.value, frame) : void 0;
    const name2 = binding.target.text;
    if (frame.bound) {
      if (frame.bound.places.has(name2)) return frame.bound.places.get(name2);
      return binding.value ? this.place(binding.value, frame) : void 0;
    }
    if (frame.call && frame.caller) {
      const argument = this.argumentFor(frame.call, frame.fn, name2);
      if (argument) return this.place(argument, frame.caller);
      return binding.value ? this.place(binding.value, frame) : void 0;
    }
    for (const input of this.handoffs.inputsOf(frame.task, name2)) {
      const place = this.handedOffPlace(input.producer, input.key, input.item, frame);
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
  /**
   * The list literal passed to a parameter of the function `frame` runs, with the frame its
   * elements are read in: a helper's argument (read in the caller), or what the operator running
   * a task's function passes (`op_args=[["display", "ads"]]`). Undefined for anything else.
   */
  passedList(parameter, frame) {
    if (enclosingFunction(parameter.target)?.id !== frame.fn.id || frame.bound) return void 0;
    const name2 = parameter.target.text;
    const [argument, argumentFrame] = frame.call && frame.caller ? [this.argumentFor(frame.call, frame.fn, name2), frame.caller] : [_LocationResolver.factoryOf(frame) ? void 0 : this.operatorArgument(frame, name2), frame];
    const list2 = argument ? unparenthesize(argument) : void 0;
    return list2?.type === "list" || list2?.type === "tuple" ? { list: list2, frame: argumentFrame } : void 0;
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
    const index = this.parameterNamesOf(frame.fn).indexOf(name2);
    const element = index >= 0 ? list2.namedChildren[index] : void 0;
    return element && element.type !== "list_splat" ? element : void 0;
  }
  /** What a producing task handed off under a key, as a place (an item of it with `item`). */
  handedOffPlace(producer, key, item, consumer) {
    const own = _LocationResolver.taskFrame(producer);
    const element = consumer.element;
    const loop = element ? forStatementOf(element.target) : void 0;
    const sameLoop = element && own && loop && encloses(loop, producer.declaration);
    const frame = own && sameLoop ? { ...own, element } : own;
    if (!frame) {
      if (!producer.imported && !producer.boundMethod || item !== void 0) return void 0;
      const pushed = key ?? "return_value";
      return pushed === "return_value" ? this.handoffs.importedReturn?.(producer) : this.handoffs.importedPushed?.(producer, pushed);
    }
    for (const value of this.handoffs.handedOff(producer, key ?? "return_value")) {
      const node = item !== void 0 ? this.itemOf(value, item, frame) : value;
      const place = node ? this.place(node, frame) : void 0;
      if (place) return place;
    }
    const helped = item === void 0 ? this.handoffs.helperPushed?.(producer, key ?? "return_value", frame) : void 0;
    if (helped) return helped;
    const written = item === void 0 ? this.handoffs.conventionalOutput?.(producer) : void 0;
    if (written) return this.place(written, frame);
    if (key === void 0 && item !== void 0 && producer.fact.multipleOutputs)
      return this.handedOffPlace(producer, item, void 0, consumer);
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
      return callArguments(node).keywords.get(item);
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
      if (leftPlace?.handle) return void 0;
      if (leftPlace) return concatPlaces(leftPlace, this.partOrHole(right, frame));
      if (unparenthesize(right).type !== "string") return void 0;
      const rightPlace = this.place(right, frame);
      return rightPlace ? concatPlaces(unknownPlace(), rightPlace) : void 0;
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
    literals.forEach((literal, index) => {
      pieces.push(...literalPieces(literal));
      if (index < literals.length - 1) {
        const value = values[index];
        const place = value ? this.partOrHole(value, frame) : unknownPlace();
        if (index === 0 && literal === "") root = place;
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
    const { positional, keywords } = callArguments(node);
    const variable = stringLiteral(positional[0] ?? keywords.get("key"));
    if (variable === void 0) return void 0;
    const fallback = positional[1] ?? keywords.get("default");
    return { variable, ...fallback ? { fallback } : {}, ...read2.path ? { path: true } : {} };
  }
  envPlace(variable, fallback, read2, frame) {
    const pieces = [{ text: `\${${variable}}` }];
    if (TEMP_ENV_VARIABLES.has(variable))
      return { pieces, temp: { reason: `\`${variable}\` names the pod's own temporary directory` } };
    const temp = this.tempFallback(pieces, variable, requiredEnvRead(variable), fallback, read2, frame);
    if (temp) return temp;
    if (this.settings.stagingVariables.includes(variable)) return { pieces, staging: { variable } };
    const value = this.imports?.environment?.(variable);
    if (value !== void 0 && isSettingPath(value)) return { pieces: normalizePieces(literalPieces(value)) };
    return { pieces };
  }
  /**
   * A setting read with a fallback on the pod's own disk (`os.getenv("DIR", "/tmp")`,
   * `Variable.get("DIR", default_var="/tmp/data")`): the place is pod-local whenever the setting
   * is unset. Undefined when the fallback is not pod-local.
   */
  tempFallback(pieces, variable, required, fallback, read2, frame) {
    const fallbackPlace = fallback ? this.place(fallback, frame) : void 0;
    const fallbackLocation = fallbackPlace ? toLocation(fallbackPlace, shortText(fallback), this.settings) : void 0;
    if (!fallbackLocation?.temp) return void 0;
    const shown = fallbackLocation.pattern.startsWith("{fresh") ? shortText(fallback) : fallbackLocation.pattern;
    return {
      pieces,
      temp: { reason: `\`${variable}\` falls back to \`${shown}\` (the pod's own disk) when unset` },
      stagingFallback: {
        variable,
        fallback: shown,
        required,
        span: spanOf(read2),
        ...this.file ? { file: this.file } : {}
      }
    };
  }
  callPlace(node, frame) {
    const callee = node.childForFieldName("function");
    const { positional, keywords } = callArguments(node);
    const env = this.envRead(node);
    if (env) {
      const place = this.envPlace(env.variable, env.fallback, node, frame);
      return env.path ? { ...place, pathObject: true } : place;
    }
    const access = itemAccess(node);
    const item = access && this.itemPlace(access.object, access.item, frame);
    if (item) return item;
    const name2 = this.qualify(callee);
    if (name2) {
      if (PATH_JOIN_FUNCTIONS.has(name2)) return joinPlaces(positional.map((p) => this.partOrHole(p, frame)));
      const pathObject = WORKING_DIRECTORY_FUNCTIONS.get(name2);
      if (pathObject !== void 0)
        return {
          pieces: [HOLE2],
          temp: {
            reason: `\`${name2.replace(/^pathlib\./, "")}()\` is the worker's working directory, on the pod's own disk`
          },
          ...pathObject ? { pathObject: true } : {}
        };
      if (PATH_IDENTITY_FUNCTIONS.has(name2))
        return positional[0] ? this.stripObject(this.place(positional[0], frame)) : void 0;
      if (PATH_DIRNAME_FUNCTIONS.has(name2)) {
        const inner = positional[0] ? this.place(positional[0], frame) : void 0;
        return inner ? dirnamePlace(inner) : void 0;
      }
      if (PATH_BASENAME_FUNCTIONS.has(name2)) {
        const inner = positional[0] ? this.place(positional[0], frame) : void 0;
        return inner ? basenamePlace(inner) : void 0;
      }
      const tempKind = TEMPFILE_APIS.get(name2);
      if (tempKind && tempKind !== "fresh-file") return this.tempPlace(node, tempKind, frame);
      if (AIRFLOW_VARIABLE_GETTERS.has(name2)) {
        const variable = stringLiteral(positional[0] ?? keywords.get("key"));
        if (variable === void 0) return void 0;
        const pieces = [{ text: `\${var.${variable}}` }];
        const fallback = keywords.get("default_var") ?? keywords.get("default") ?? positional[1];
        const required = `Variable.get(${JSON.stringify(variable)})`;
        return this.tempFallback(pieces, `var.${variable}`, required, fallback, node, frame) ?? { pieces };
      }
      const constructor = RECEIVER_CONSTRUCTORS.get(name2);
      if (constructor?.kind === "path") {
        if (positional.length === 0) return void 0;
        const joined = joinPlaces(positional.map((p) => this.partOrHole(p, frame)));
        const remote = constructor.connection !== void 0 && keywords.has(constructor.connection);
        return joined ? { ...joined, pathObject: true, ...remote ? { remoteStore: true } : {} } : void 0;
      }
      const api = STORAGE_FUNCTIONS.get(name2);
      if (api?.opener) {
        const path6 = argumentAt(node, api.effects[0]?.path);
        const inner = path6 ? this.place(path6, frame) : void 0;
        return inner ? { ...inner, handle: true } : void 0;
      }
      if (name2 === "dict") return void 0;
    }
    if (xcomPullArguments(node)) return this.pulledPlace(node, frame);
    if (callee.type === "attribute") {
      const own = ownMethod(callee, frame.fn);
      if (own) {
        const inner = this.methodFrame(own, node, frame);
        return inner ? this.returnedPlace(own, inner) : void 0;
      }
      const method = callee.childForFieldName("attribute").text;
      const object = callee.childForFieldName("object");
      if (method === "format") {
        const template = stringLiteral(object) ?? this.constantText(object);
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
        if (method === "with_name" && positional.length === 1) {
          const folder = parentPlace(base, 1);
          const joined = folder && joinPlaces([folder, this.partOrHole(positional[0], frame)]);
          return joined ? { ...joined, pathObject: true } : void 0;
        }
        if (method === "with_suffix" && positional.length === 1) {
          const suffix = stringLiteral(positional[0]);
          return suffix !== void 0 ? withSuffix(base, suffix) : void 0;
        }
      }
      if (method === "replace" && base && !base.pathObject && positional.length === 2 && keywords.size === 0) {
        const old = stringLiteral(positional[0]);
        const replacement = stringLiteral(positional[1]);
        if (old === void 0 && replacement === "") {
          const head = this.place(positional[0], frame);
          return head ? withoutHead(base, head) : void 0;
        }
        return old !== void 0 && replacement !== void 0 ? replacedText(base, old, replacement) : void 0;
      }
      const receiver = this.receiver(object, frame);
      if (receiver && RESULT_METHOD_NAMES.has(method)) {
        const effect = RECEIVER_METHODS[receiver.kind][method]?.effects.find((e) => e.result);
        if (effect) return this.effectPlaces(node, effect, frame, receiver, void 0)[0]?.place;
      }
      if (receiver?.kind === "filesystem" && method === "open") {
        const path6 = positional[0] ?? keywords.get("path");
        const inner = path6 ? this.placeWithScheme(path6, frame, receiver.scheme) : void 0;
        return inner ? { ...inner, handle: true } : void 0;
      }
      if (!receiver) return this.imports?.methodReturned(node, frame);
      return void 0;
    }
    if (callee.type === "identifier") {
      const fn = this.context.functions.get(callee.text);
      if (fn && !this.isImportedName(callee)) return this.helperReturnPlace(fn, node, frame);
    }
    if ((callee.type === "identifier" || callee.type === "attribute") && this.imports && this.isImportedName(callee)) {
      const qualified = this.context.qualify(callee);
      if (qualified !== void 0) return this.imports.returned(qualified, node, frame);
    }
    return void 0;
  }
  /**
   * The places a handed-on value refers to (`HandoffFact.locations`): its own place; else, the
   * places inside a dict, list, tuple or comprehension it builds, a name bound once to one (a list
   * the function fills with `append` included), or — for a call of a helper of this file or a
   * function of a repository module — the same shapes in what that function returns
   * (`{**event, "payload": out_keys}`, each key written by another helper). Places found in
   * another module stand for the call of this file that reached them.
   */
  handedPlaces(expression, frame, depth = 0, found = []) {
    const node = unparenthesize(expression);
    const own = this.place(node, frame);
    if (own) {
      found.push({ place: own, node, frame });
      return found;
    }
    if (depth >= MAX_HANDED_DEPTH) return found;
    switch (node.type) {
      case "dictionary":
        for (const pair of node.namedChildren)
          if (pair.type === "pair")
            this.handedPlaces(pair.childForFieldName("value"), frame, depth + 1, found);
        break;
      case "list":
      case "tuple":
      case "expression_list":
        for (const element of node.namedChildren)
          if (element.type !== "comment" && element.type !== "list_splat")
            this.handedPlaces(element, frame, depth + 1, found);
        for (const appended of this.appendedToItem(node, frame.fn))
          this.handedPlaces(appended, frame, depth + 1, found);
        break;
      case "list_comprehension": {
        const body2 = node.childForFieldName("body");
        if (body2) this.handedPlaces(body2, frame, depth + 1, found);
        break;
      }
      case "identifier": {
        const reaching = this.reaching(node.text, node);
        const only = reaching.length === 1 ? reaching[0] : void 0;
        if (only?.kind !== "assign" || only.index !== void 0 || !only.value) break;
        if (only.value.type === "list")
          for (const appended of this.appendedTo(node.text, frame.fn))
            this.handedPlaces(appended, frame, depth + 1, found);
        if (only.value.type === "dictionary")
          for (const item of this.itemsAddedTo(node.text, frame.fn))
            this.handedPlaces(item, frame, depth + 1, found);
        this.handedPlaces(only.value, frame, depth + 1, found);
        break;
      }
      case "call": {
        const callee = node.childForFieldName("function");
        if (this.isImportedName(callee)) {
          const qualified = this.imports && this.context.qualify(callee);
          if (qualified !== void 0 && this.imports)
            for (const place of this.imports.returnedHanded(qualified, node, frame, depth + 1))
              found.push({ place, node, frame });
          break;
        }
        if (callee.type === "attribute" && this.imports) {
          for (const place of this.imports.methodReturnedHanded(node, frame, depth + 1))
            found.push({ place, node, frame });
          break;
        }
        const fn = callee.type === "identifier" ? this.context.functions.get(callee.text) : void 0;
        const inner = fn && _LocationResolver.helperFrame(fn, node, frame);
        if (inner) this.returnedHandedPlaces(fn, inner, depth + 1, found);
        break;
      }
    }
    return found;
  }
  /** `handedPlaces` of every value a function's own `return` statements give back in `frame`. */
  returnedHandedPlaces(fn, frame, depth = 0, found = []) {
    for (const value of this.returnedBy(fn)) this.handedPlaces(value, frame, depth, found);
    return found;
  }
  /** The values `name.append(…)` adds anywhere in a function's code: `files = []`, then `files.append(key)`. */
  appendedTo(name2, fn) {
    return this.appendedValues(fn, (object) => object.type === "identifier" && object.text === name2);
  }
  /**
   * `out = {"s3_paths": []}`: for that list, the values `out["s3_paths"].append(v)` adds anywhere
   * in the function (a `multiple_outputs` entry is handed on as the list it becomes).
   */
  appendedToItem(list2, fn) {
    const pair = list2.parent;
    const dict = pair?.type === "pair" && pair.childForFieldName("value")?.id === list2.id ? pair.parent : null;
    const assignment = dict?.type === "dictionary" ? dict.parent : null;
    const name2 = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    const keyNode = pair?.childForFieldName("key");
    const key = keyNode ? stringLiteral(keyNode) : void 0;
    if (name2?.type !== "identifier" || key === void 0) return [];
    return this.appendedValues(fn, (object) => {
      const access = itemAccess(object);
      return object.type === "subscript" && access?.object.text === name2.text && access.item === key;
    });
  }
  /**
   * The values code adds to a dict's items anywhere in a function: `name[k].append(v)` and
   * `name[k] = v` (any key: every value the dict holds is handed on with it).
   */
  itemsAddedTo(name2, fn) {
    const isItem = (node) => node?.type === "subscript" && node.childForFieldName("value")?.text === name2;
    const found = this.appendedValues(fn, isItem);
    for (const assignment of this.context.nodes.within(fn, "assignment")) {
      const right = assignment.childForFieldName("right");
      if (right && isItem(assignment.childForFieldName("left"))) found.push(right);
    }
    return found;
  }
  /** The first argument of every `OBJECT.append(v)` in a function whose object `target` accepts. */
  appendedValues(fn, target) {
    const found = [];
    for (const call of this.context.nodes.within(fn, "call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "append") continue;
      const object = callee.childForFieldName("object");
      if (!object || !target(object)) continue;
      const argument = callArguments(call).positional[0];
      if (argument) found.push(argument);
    }
    return found;
  }
  /** The receiver a function returns or yields in `frame` (a client it makes), the first known. */
  returnedReceiver(fn, frame, depth = 0) {
    for (const value of [...this.returnedBy(fn), ...contextManagerYields(fn)]) {
      const made = this.receiver(value, frame, depth);
      if (made) return made;
    }
    return void 0;
  }
  /**
   * What a function returns in `frame` (entered with its parameters bound): the first known place;
   * with `element`, that element of the tuple it returns (`return x_path, y_path`).
   */
  returnedPlace(fn, frame, element) {
    for (const value of this.returnedBy(fn)) {
      const node = element === void 0 ? value : this.tupleElement(value, element);
      const place = node ? this.place(node, frame) : void 0;
      if (place) return place;
    }
    return void 0;
  }
  /** The place each element of what a function returns in `frame` names: one return, a listing or a list built of one place. */
  returnedElement(fn, frame) {
    const returned = this.returnedBy(fn);
    return returned.length === 1 ? this.elementPlace(returned[0], frame) : void 0;
  }
  /** Element `index` of a tuple or list literal, or of the one such literal a name is bound to. */
  tupleElement(value, index, depth = 0) {
    const node = unparenthesize(value);
    if (node.type === "tuple" || node.type === "list" || node.type === "expression_list") {
      const elements = node.namedChildren.filter((e) => e.type !== "comment");
      return elements.some((e) => e.type === "list_splat") ? void 0 : elements[index];
    }
    if (node.type !== "identifier" || depth > 0) return void 0;
    const bound = this.onlyAssignedValue(node);
    return bound ? this.tupleElement(bound, index, depth + 1) : void 0;
  }
  isImportedName(node) {
    return this.context.isImported(node);
  }
  /** `"{}/{}".format(a, b)`, `"{base}/x".format(base=…)`. */
  formatTemplatePlace(template, positional, keywords, frame) {
    const pieces = [];
    let root;
    for (const part of formatTemplateParts(template, positional, keywords)) {
      if ("text" in part) {
        pieces.push(...literalPieces(part.text));
        continue;
      }
      const place = part.value ? this.partOrHole(part.value, frame) : unknownPlace();
      if (part.first) root = place;
      pieces.push(...place.pieces);
    }
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
    const { keywords } = callArguments(node);
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
    if (!pull) return void 0;
    return this.handoffs.pulled ? this.handoffs.pulled(pull, frame) : this.pulledPlaceOf(pull, frame);
  }
  /** What an `xcom_pull` read in `frame` (a task of this file, or code it entered) takes. */
  pulledPlaceOf(pull, frame) {
    const producer = this.pulledProducer(pull, frame);
    return producer ? this.handedOffPlace(producer, pull.key, void 0, frame) : void 0;
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
      returned = returnedExpressions(fn);
      this.returns.set(fn.id, returned);
    }
    return returned;
  }
  /**
   * `helper()["csv"]`: the item of the dict literal a helper defined in this file returns
   * (`return {"csv": path, "frame": df}`), read with its parameters bound to the call's arguments.
   */
  returnedItemPlace(call, item, frame) {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "identifier" || this.isImportedName(callee)) return void 0;
    const fn = this.context.functions.get(callee.text);
    const inner = fn ? _LocationResolver.helperFrame(fn, call, frame) : void 0;
    if (!fn || !inner) return void 0;
    for (const value of this.returnedBy(fn)) {
      const node = this.itemOf(value, item, inner);
      const place = node ? this.place(node, inner) : void 0;
      if (place) return place;
    }
    return void 0;
  }
  /** A helper's return value, with its parameters bound to the call's arguments. */
  helperReturnPlace(fn, call, frame) {
    const inner = _LocationResolver.helperFrame(fn, call, frame);
    return inner ? this.returnedPlace(fn, inner) : void 0;
  }
  subscriptPlace(node, frame) {
    const env = this.envRead(node);
    if (env) return this.envPlace(env.variable, void 0, node, frame);
    const value = node.childForFieldName("value");
    const up = /^\d$/.exec(node.childForFieldName("subscript")?.text ?? "")?.[0];
    if (value.type === "attribute" && value.childForFieldName("attribute").text === "parents" && up)
      return parentPlace(this.place(value.childForFieldName("object"), frame), Number(up) + 1);
    const pulled = this.indexedPullPlace(node, frame);
    if (pulled) return pulled;
    const access = itemAccess(node);
    return access ? this.itemPlace(access.object, access.item, frame) : void 0;
  }
  /**
   * `ti.xcom_pull(task_ids=["download_file"])[0]`: a list of task ids pulls a list, one value per
   * id in order, so element `i` is what the `i`-th task handed on. A single id pulls its value
   * itself, whose element this is not.
   */
  indexedPullPlace(node, frame) {
    const value = unparenthesize(node.childForFieldName("value"));
    if (value.type !== "call") return void 0;
    const pull = xcomPullArguments(value);
    if (!pull) return void 0;
    const { positional, keywords } = callArguments(value);
    const ids = unparenthesize(keywords.get("task_ids") ?? positional[0] ?? value);
    if (ids.type !== "list" && ids.type !== "tuple") return void 0;
    const index = /^-?\d+$/.exec(node.childForFieldName("subscript")?.text ?? "")?.[0];
    if (index === void 0) return void 0;
    const elements = ids.namedChildren.filter((e) => e.type !== "comment");
    const element = elements.at(Number(index));
    const id = element ? stringLiteral(element) : void 0;
    if (id === void 0) return void 0;
    const one = { ...pull, taskIds: [id] };
    return this.handoffs.pulled ? this.handoffs.pulled(one, frame) : this.pulledPlaceOf(one, frame);
  }
  /** The place of `value[item]` (or `value.get(item)`): an item of a dict the code can see. */
  itemPlace(value, item, frame) {
    const object = unparenthesize(value);
    if (object.type === "identifier") {
      const binding = this.reaching(object.text, object)[0];
      const held = `${object.text}[${item}]`;
      if (frame.bound?.places.has(held) && binding?.kind === "parameter" && enclosingFunction(binding.target)?.id === frame.fn.id)
        return frame.bound.places.get(held);
      if (binding?.kind === "parameter" && enclosingFunction(binding.target)?.id === frame.fn.id && !frame.call && !frame.bound) {
        if (object.text === contextParameter(frame.fn)) return this.passedPlace(item, void 0, frame);
        return this.passedPlace(object.text, item, frame);
      }
      if (binding?.kind === "assign" && binding.value) {
        const pulled = unparenthesize(binding.value);
        if (pulled.type === "call" && xcomPullArguments(pulled)) {
          const pull = xcomPullArguments(pulled);
          const producer = this.pulledProducer(pull, frame);
          return producer ? this.handedOffPlace(producer, pull.key, item, frame) : void 0;
        }
        if (pulled.type === "call" && this.reaching(object.text, object).length === 1)
          return this.returnedItemPlace(pulled, item, frame);
      }
    }
    if (object.type === "call") {
      const returned = this.returnedItemPlace(object, item, frame);
      if (returned) return returned;
    }
    const passed = this.contextTemplatesDict(object, frame);
    if (passed) {
      const itemNode2 = this.itemOf(passed, item, frame);
      return itemNode2 ? this.place(itemNode2, frame) : void 0;
    }
    const itemNode = this.itemOf(value, item, frame);
    return itemNode ? this.place(itemNode, frame) : void 0;
  }
  /**
   * The string literal a name is bound to once (`TEMPLATE = "{dag}/page_{n}.json"`): in the
   * function around it, else at the module's top level. Undefined for anything else.
   */
  constantText(node) {
    const name2 = unparenthesize(node);
    if (name2.type !== "identifier") return void 0;
    const reaching = this.reaching(name2.text, name2);
    if (reaching.length === 1 && reaching[0].kind === "assign" && reaching[0].index === void 0)
      return stringLiteral(reaching[0].value);
    return reaching.length === 0 ? stringLiteral(this.context.constants.get(name2.text)) : void 0;
  }
  /**
   * What DAG code passes a task's parameter `name` (an XCom, or one expression of `op_kwargs`
   * and the like), at `item` of it when given; undefined when it passes none or several.
   */
  passedPlace(name2, item, frame) {
    for (const input of this.handoffs.inputsOf(frame.task, name2)) {
      const place = this.handedOffPlace(input.producer, input.key, input.item ?? item, frame);
      if (place) return place;
    }
    const passed = this.handoffs.argumentsOf?.(frame.task, name2) ?? [];
    if (passed.length !== 1 || passed[0].element) return void 0;
    const node = item === void 0 ? passed[0].node : this.itemOf(passed[0].node, item, frame);
    return node ? this.place(node, frame) : void 0;
  }
  /**
   * The one expression DAG code passes the task's own parameter `name` (`op_kwargs={"collection":
   * Collection("coll")}`, `extract(collection=c)`), the same at every call; undefined otherwise.
   */
  passedArgument(name2, frame) {
    if (frame.call || frame.bound) return void 0;
    const access = name2.type === "subscript" ? itemAccess(name2) : void 0;
    if (access) {
      const object = unparenthesize(access.object);
      if (object.type !== "identifier" || object.text !== contextParameter(frame.fn)) return void 0;
      const binding2 = this.reaching(object.text, object)[0];
      if (binding2?.kind !== "parameter" || enclosingFunction(binding2.target)?.id !== frame.fn.id)
        return void 0;
      return this.onlyArgument(frame, access.item);
    }
    const reaching = this.reaching(name2.text, name2);
    const binding = reaching.length === 1 ? reaching[0] : void 0;
    if (binding?.kind !== "parameter" || enclosingFunction(binding.target)?.id !== frame.fn.id)
      return void 0;
    return this.onlyArgument(frame, name2.text);
  }
  /** The one expression DAG code passes the task's parameter `name`, the same at every call. */
  onlyArgument(frame, name2) {
    const passed = this.handoffs.argumentsOf?.(frame.task, name2) ?? [];
    const [first] = passed;
    if (!first || passed.some((a) => a.element || a.node.text !== first.node.text)) return void 0;
    return first.node;
  }
  /** `context["templates_dict"]` where `context` is the task function's own `**context`. */
  contextTemplatesDict(node, frame) {
    if (frame.call || frame.bound) return void 0;
    const access = itemAccess(node);
    if (access?.item !== "templates_dict") return void 0;
    const context = unparenthesize(access.object);
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
    if (attribute === "parent") return parentPlace(this.place(object, frame), 1);
    if (object.type === "identifier" && this.imports && this.context.isImported(object)) {
      const qualified = this.qualify(node);
      if (qualified && mayBeRepositoryName(qualified)) return this.imports.constant(qualified, frame);
    }
    if (object.type === "identifier" && object.text === this.selfName(frame.fn))
      return this.classConstantAttribute(frame.fn, attribute, frame);
    return void 0;
  }
  /**
   * The place of `self.NAME` in a method `fn`, when its class assigns `self.NAME` exactly once,
   * in `__init__`, to a value that does not depend on the constructor's arguments
   * (`self.base_path = os.getenv("DATA_LAKE_PATH", "/opt/airflow/data/lake")`): the same for every
   * instance. Undefined otherwise.
   */
  classConstantAttribute(fn, name2, frame) {
    const cls = fn.parent?.type === "block" ? fn.parent.parent : void 0;
    if (cls?.type !== "class_definition") return void 0;
    let found;
    let count = 0;
    for (const assignment of this.context.nodes.within(cls, "assignment")) {
      const left = assignment.childForFieldName("left");
      if (left?.type !== "attribute" || left.childForFieldName("attribute")?.text !== name2) continue;
      const method = enclosingFunction(assignment);
      const receiver = left.childForFieldName("object");
      if (!method || receiver?.type !== "identifier" || receiver.text !== this.selfName(method)) continue;
      count++;
      const value = assignment.childForFieldName("right");
      if (value) found = { value, method };
    }
    if (count !== 1 || !found || found.method.childForFieldName("name")?.text !== "__init__")
      return void 0;
    if (found.method.parent?.parent?.id !== cls.id) return void 0;
    const parameters = new Set(this.parameterNamesOf(found.method));
    const dependsOnArguments = [found.value, ...found.value.descendantsOfType("identifier")].some(
      (identifier) => identifier.type === "identifier" && parameters.has(identifier.text)
    );
    if (dependsOnArguments) return void 0;
    if (_LocationResolver.entered(found.method, frame)) return void 0;
    return this.place(found.value, {
      fn: found.method,
      task: frame.task,
      depth: frame.depth + 1,
      outer: frame
    });
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
    const keyPieces = keyPlace ? stripLeadingSlash(keyPlace.pieces) : key ? [HOLE2] : [];
    return {
      pieces: normalizePieces([
        { text: `${scheme}://` },
        ...bucketPieces,
        ...keyPieces.length > 0 ? [{ text: "/" }, ...keyPieces] : []
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
      const bindings = this.reaching(node.text, node);
      const parameter = bindings.length === 1 && bindings[0].kind === "parameter" ? bindings[0] : void 0;
      const passed = parameter ? this.parameterReceiver(parameter, frame, depth) : void 0;
      if (passed) return passed;
      const binding = bindings.find((b) => b.value);
      if (!binding?.value) {
        const qualified = bindings.length === 0 ? this.context.aliases.get(node.text) : void 0;
        const imported = qualified !== void 0 ? this.imports?.constantReceiver(qualified, frame) : void 0;
        if (imported) return imported;
        const annotation = bindings[0]?.annotation;
        const type = annotation ? this.qualify(annotation) : void 0;
        const known = type ? RECEIVER_CONSTRUCTORS.get(type) : void 0;
        if (known?.kind === "path") {
          const place2 = this.place(node, frame);
          return place2 ? { kind: "path", place: place2 } : { kind: "path" };
        }
        return known ? { kind: known.kind, ...known.scheme ? { scheme: known.scheme } : {} } : void 0;
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
      const method = callee.type === "attribute" ? ownMethod(callee, frame.fn) : void 0;
      const fn = method ?? (callee.type === "identifier" && !this.isImportedName(callee) ? this.context.functions.get(callee.text) : void 0);
      if (fn?.type === "function_definition") {
        const inner = method ? this.methodFrame(method, node, frame) : _LocationResolver.helperFrame(fn, node, frame);
        const made = inner ? this.returnedReceiver(fn, inner, depth + 1) : void 0;
        if (made) return made;
      }
      const name2 = this.qualify(callee);
      if (name2 && this.imports && this.isImportedName(callee) && !RECEIVER_CONSTRUCTORS.has(name2)) {
        const made = this.imports.returnedReceiver(name2, node, frame);
        if (made) return made;
      }
      const known = name2 ? RECEIVER_CONSTRUCTORS.get(name2) : void 0;
      if (!known && name2?.endsWith("Hook") && this.isImportedName(callee) && mayBeRepositoryName(name2) && !this.imports?.inRepository(name2) && runsDuckDb(name2, callArguments(node).keywords))
        return { kind: "duckdb-hook" };
      if (known?.database) return this.databaseReceiver(node, known.kind, known.database, frame);
      if (known && known.kind !== "path")
        return this.madeReceiver(node, known.kind, known.scheme, known, frame, void 0);
      if (name2 && FILESYSTEM_FACTORIES.has(name2)) {
        const protocol = stringLiteral(argumentAt(node, { index: 0, keyword: "protocol" }));
        return { kind: "filesystem", ...protocol && protocol !== "file" ? { scheme: protocol } : {} };
      }
      if (callee.type === "attribute") {
        const method2 = callee.childForFieldName("attribute").text;
        const service = stringLiteral(argumentAt(node, { index: 0, keyword: "service_name" }));
        const factory = BOTO3_FACTORY_METHODS[method2];
        if (factory && service === "s3") return { kind: factory, scheme: "s3" };
        const parent = this.receiver(callee.childForFieldName("object"), frame, depth + 1);
        if ((parent?.kind === "duckdb" || parent?.kind === "sqlite") && method2 === "cursor") return parent;
        const transition = parent ? RECEIVER_TRANSITIONS[parent.kind]?.[method2] : void 0;
        if (parent && transition)
          return this.madeReceiver(node, transition.kind, parent.scheme, transition, frame, parent.bucket);
      }
    }
    if (node.type === "attribute") {
      const assigned = this.initReceiver(node, frame, depth);
      if (assigned) return assigned;
      if (node.text.endsWith(".meta.client")) {
        const resource = this.receiver(
          node.childForFieldName("object").childForFieldName("object"),
          frame,
          depth + 1
        );
        if (resource?.kind === "s3-resource") return { kind: "s3-client", scheme: "s3" };
      }
      const spark = SPARK_IO_ATTRIBUTES.get(node.childForFieldName("attribute").text);
      if (spark) return { kind: spark };
    }
    const place = this.place(node, frame);
    if (place?.pathObject) return { kind: "path", place };
    return void 0;
  }
  /**
   * `self.hook` in a method, where one method of the class assigns it a client (`self.hook =
   * S3Hook(aws_conn_id=…)` in `__init__`, or `self._fs = s3fs.S3FileSystem()` in a `connect` method
   * after `__init__`'s `None`; `assignedClient`): that client, its arguments read in that method
   * (its parameters their defaults).
   */
  initReceiver(node, frame, depth) {
    const object = node.childForFieldName("object");
    if (object.type !== "identifier" || object.text !== firstParameter(frame.fn)) return void 0;
    const cls = methodClass(frame.fn);
    const assigned = cls ? assignedClient(cls, node.childForFieldName("attribute").text) : void 0;
    if (!assigned) return void 0;
    const bound = { places: /* @__PURE__ */ new Map(), key: `init:${assigned.method.id}` };
    return this.receiver(
      assigned.value,
      { fn: assigned.method, task: frame.task, depth: frame.depth + 1, bound },
      depth + 1
    );
  }
  /**
   * A helper's parameter as a receiver (`def fetch(key, bucket=PUBLIC_BUCKET)`): the client the
   * call passes, read in the caller (`fetch(key, s3.Bucket("b"))`), or the default when the call
   * passes none. Undefined otherwise: a task's own parameter, an argument of a module entered
   * from another (its client is the caller's), or no client (an annotation may still say one).
   */
  parameterReceiver(parameter, frame, depth) {
    if (enclosingFunction(parameter.target)?.id !== frame.fn.id) return void 0;
    const name2 = parameter.target.text;
    if (frame.call && frame.caller) {
      const argument = this.argumentFor(frame.call, frame.fn, name2);
      if (argument) return this.receiver(argument, frame.caller, depth + 1);
    } else if (!frame.bound || frame.bound.places.has(name2)) return frame.bound?.receivers?.get(name2);
    return parameter.value ? this.receiver(parameter.value, frame, depth + 1) : void 0;
  }
  /** A connection to a database file: the file is its place (none for `:memory:` or no argument). */
  databaseReceiver(call, kind, database, frame) {
    const argument = argumentAt(call, database.path);
    const literal = argument ? stringLiteral(unparenthesize(argument)) : void 0;
    if (!argument || literal !== void 0 && database.notFiles?.includes(literal)) return { kind };
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
    const tableName = (place) => place.pieces.every((piece) => "hole" in piece) || place.pieces.length === 1 && "text" in place.pieces[0] && /^[A-Za-z_]\w*$/.test(place.pieces[0].text);
    return fragments ? sqlTableAccess(fragments, HOLE_PLACE, tableName) : { reads: false, writes: false };
  }
  /**
   * A receiver made by a constructor or a transition: with a key it stands for that object (its
   * bucket from the arguments or the parent's), with only a bucket for that bucket.
   */
  madeReceiver(call, kind, schemeOf, slots2, frame, parentBucket) {
    const scheme = schemeOf ?? "s3";
    if (slots2.key) {
      const place = this.bucketKeyPlace(
        argumentAt(call, slots2.bucket),
        argumentAt(call, slots2.key),
        frame,
        scheme,
        parentBucket
      );
      return { kind, scheme, ...place ? { place } : {} };
    }
    if (slots2.bucket) {
      const argument = argumentAt(call, slots2.bucket);
      const bucket = argument ? this.place(argument, frame) : slots2.defaultBucket !== void 0 ? { pieces: [{ text: slots2.defaultBucket }] } : void 0;
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
      const elements = effect.within ? this.nestedValues(argument, effect.within, frame, effect.skipElements) : effect.each && (inner.type === "list" || inner.type === "tuple") ? [...inner.namedChildren] : [argument];
      return elements.flatMap((element) => {
        const literal = effect.notFiles ? stringLiteral(unparenthesize(element)) : void 0;
        if (literal !== void 0 && effect.notFiles.includes(literal)) return [];
        return this.literalLoopFrames(element, frame).flatMap((frame2) => {
          const found = effect.glob ? this.globPlace(element, frame2) : receiver?.kind === "filesystem" && !effect.local ? this.placeWithScheme(element, frame2, receiver.scheme) : this.place(element, frame2);
          const under = found && effect.under ? this.membersUnder(found, call, effect) : found;
          const place = under && effect.intoDirectory ? { ...under, intoDirectory: true } : under;
          if (!place) return [];
          if (!effect.remote) return [{ place, written: element }];
          const hostArgument = argumentAt(call, effect.host);
          const host = hostArgument ? this.place(hostArgument, frame2) : receiver?.bucket;
          return [{ place: remotePlace(effect.remote, place, host), written: element }];
        });
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
  /** The values at a path of dict keys inside an argument (`*`: each element of a list). */
  nestedValues(argument, keys, frame, skip) {
    const skipped2 = (element) => {
      const item = skip ? this.itemOf(element, skip.key, frame) : void 0;
      const text2 = item ? stringLiteral(unparenthesize(item)) : void 0;
      return text2 !== void 0 && skip.values.includes(text2);
    };
    let values = [argument];
    for (const key of keys) {
      values = values.flatMap((value) => {
        if (key === "*") return this.listElements(value).filter((element) => !skipped2(element));
        const item = this.itemOf(value, key, frame);
        return item ? [item] : [];
      });
    }
    return values;
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
    if (program.container) return this.containerPlaces(call, argument, program.container, frame);
    const env = program.env ? argumentAt(call, program.env) : void 0;
    const cwd = program.cwd ? argumentAt(call, program.cwd) : void 0;
    return this.literalLoopFrames(argument, frame).flatMap(
      (frame2) => this.programText(argument, program.language, env, cwd, call, frame2, program.processCwd)
    );
  }
  /**
   * The places a program's text reads and writes: `env` is the dict of its environment, `cwd`
   * its working directory (else a fresh temporary directory made at `anchor`, or with
   * `processCwd` the process's own: a relative path stays relative).
   */
  programText(argument, language, envArgument, cwdArgument, anchor, frame, processCwd = false) {
    const fragments = this.fragments(argument, frame);
    if (!fragments) return [];
    if (language === "sql") {
      if (!fragments.some((f) => typeof f !== "string" || f.includes("'") || /file:\/\//i.test(f))) return [];
      return scanSql(this.renderedTemplates(fragments, frame), HOLE_PLACE).map((m) => ({
        access: m.access,
        place: placeOfParts(m.parts, m.glob)
      }));
    }
    const env = this.dictItems(envArgument);
    if (!cwdArgument && !processCwd && fragments.every((f) => typeof f === "string" && !/[/~$`]|\{\{/.test(f)))
      return [];
    const cwd = cwdArgument ? this.partOrHole(cwdArgument, frame) : processCwd ? void 0 : {
      pieces: normalizePieces([
        { text: "/tmp/" },
        freshPiece(anchor.startPosition.row + 1, anchor.startPosition.column + 1)
      ]),
      temp: { reason: "the command runs in a fresh temporary directory on the pod's own disk" }
    };
    const context = {
      hole: HOLE_PLACE,
      env: (name2) => {
        const value = env.get(name2);
        return [value ? this.partOrHole(value, frame) : this.envPlace(name2, void 0, anchor, frame)];
      },
      ...cwd ? { cwd: [cwd] } : {},
      isPlace: looksLikePlace,
      isPathValue: (place) => {
        const pattern = patternOf(place.pieces);
        return hasLiteral(pattern) && isPathLike(pattern);
      },
      member: { pieces: [memberPiece(anchor.startPosition.row + 1, anchor.startPosition.column + 1)] },
      spell: (place) => place.pieces.map((piece) => "text" in piece ? piece.text : { pieces: [piece] })
    };
    const mentions = scanShell(this.renderedTemplates(fragments, frame), context);
    const scripts = mentions.flatMap((m) => {
      if (m.access !== "run" || !isShellScript(m.parts)) return [];
      const path6 = literalTail(m.parts);
      const script = path6 === void 0 ? void 0 : this.imports?.shellScript(path6);
      return script === void 0 ? [] : scanShell([script], context).filter((inner) => inner.access !== "run");
    });
    return [...mentions, ...scripts].map((m) => ({ access: m.access, place: mentionPlace(m) }));
  }
  /**
   * Jinja whose value the declaration says, as that value: the operator's `{{ params.dir }}`, and
   * `{{ ti.xcom_pull(task_ids='x', key='k') }}` as the place task x handed on (`FROM '{{
   * ti.xcom_pull(…) }}'`). Other Jinja stays text (a hole). The same text names the same place
   * wherever it is written — in a templated field, or in a task's own code that a team's hook
   * renders (rrap's `DuckLakeHook(…).sql("… FROM '{{ ti.xcom_pull(…) }}/x.parquet'")`): a hole
   * there would no longer match its rendered twin in the writer's `target=`.
   */
  renderedTemplates(fragments, frame) {
    if (!fragments.some((f) => typeof f === "string" && f.includes("{{"))) return fragments;
    return fragments.flatMap(
      (fragment) => typeof fragment === "string" ? this.renderedText(fragment, frame) : [fragment]
    );
  }
  /** One text run of a templated field, its known Jinja values as places (`renderedTemplates`). */
  renderedText(text2, frame) {
    if (!text2.includes("{{")) return [text2];
    const out2 = [];
    let last2 = 0;
    for (const match of text2.matchAll(VALUE_TEMPLATE)) {
      const [, dotted, quoted, pull] = match;
      let place;
      if (pull !== void 0) {
        if (!positionalAfterKeyword(pull)) place = this.pulledPlaceOf(templatePullArguments(pull), frame);
      } else {
        const value = this.dictItems(frame.task.keywords.get("params")).get(dotted ?? quoted);
        place = value ? this.place(value, frame) : void 0;
      }
      if (!place) continue;
      out2.push(text2.slice(last2, match.index), place);
      last2 = match.index + match[0].length;
    }
    out2.push(text2.slice(last2));
    return out2;
  }
  /**
   * The host places a container's command reads and writes (`program.container`): the shell
   * interpreter reads the command, then each container path is mapped through the bind mounts
   * to the host's path. What no bind mount covers, a relative path without a known working
   * directory, a variable the container's environment does not set, and every path when the
   * Docker daemon is not the worker's own: nothing.
   */
  containerPlaces(call, argument, container, frame) {
    const daemon = container.daemon ? argumentAt(call, container.daemon) : void 0;
    if (daemon && unparenthesize(daemon).type !== "none") {
      const address = this.literalText(daemon, frame);
      if (address === void 0 || !container.localDaemons.some((prefix) => address.startsWith(prefix)))
        return [];
    }
    const mounts = this.containerMounts(call, container, frame);
    if (mounts.length === 0) return [];
    const fragments = this.fragments(argument, frame);
    if (!fragments) return [];
    const env = this.dictItems(container.env ? argumentAt(call, container.env) : void 0);
    const cwdArgument = container.cwd ? argumentAt(call, container.cwd) : void 0;
    const cwd = cwdArgument ? this.literalText(cwdArgument, frame) : void 0;
    const first = fragments[0];
    const command = typeof first === "string" && first.trimStart().startsWith("-") ? ["entrypoint ", ...fragments] : fragments;
    const mentions = scanShell(command, {
      hole: HOLE_PLACE,
      env: (name2) => {
        const value = env.get(name2);
        return [value ? this.partOrHole(value, frame) : HOLE_PLACE];
      },
      ...cwd?.startsWith("/") ? { cwd: [cwd.replace(/\/+$/, "")] } : {},
      isPlace: looksLikePlace
    });
    return mentions.flatMap((m) => {
      if (m.access === "run") return [];
      const place = hostPlace(mentionPlace(m), mounts);
      if (!place) return [];
      const word = wordOf(argument, m.parts);
      return [{ access: m.access, place, ...word ? { at: word } : {} }];
    });
  }
  /**
   * A container's bind mounts of host paths: `volumes=["host:container[:mode]", …]` and
   * `mounts=[Mount(target=…, source=…, type="bind"), …]`. A named volume (a source that is no
   * absolute path), a mount type other than a bind, and what cannot be read are left out.
   */
  containerMounts(call, container, frame) {
    const mounts = [];
    for (const element of this.listElements(
      container.volumes ? argumentAt(call, container.volumes) : void 0
    )) {
      const fragments = this.fragments(element, frame);
      const mount = fragments ? bindString(fragments) : void 0;
      if (mount) mounts.push(mount);
    }
    for (const element of this.listElements(
      container.mounts ? argumentAt(call, container.mounts) : void 0
    )) {
      const node = unparenthesize(element);
      const mountClass = node.type === "call" ? MOUNT_CLASSES.get(this.qualify(node.childForFieldName("function")) ?? "") : void 0;
      if (!mountClass) continue;
      const typeNode = argumentAt(node, mountClass.type);
      const type = typeNode ? this.literalText(typeNode, frame) : mountClass.defaultType;
      if (type === void 0 || !mountClass.bindTypes.includes(type.toLowerCase())) continue;
      const targetNode = argumentAt(node, mountClass.target);
      const sourceNode = argumentAt(node, mountClass.source);
      const target = targetNode ? this.literalText(targetNode, frame) : void 0;
      const source = sourceNode ? this.fragments(sourceNode, frame) : void 0;
      if (target === void 0 || !source) continue;
      const mount = bindSource(source, target, true);
      if (mount) mounts.push(mount);
    }
    return mounts;
  }
  /** The elements of a list (or tuple) literal, or of the list literal a name is bound to once. */
  listElements(node) {
    const inner = node ? unparenthesize(node) : void 0;
    if (inner?.type === "list" || inner?.type === "tuple") return [...inner.namedChildren];
    if (inner?.type === "identifier") {
      const bindings = this.reaching(inner.text, inner);
      const binding = bindings[0];
      if (bindings.length === 1 && binding?.kind === "assign" && binding.value && binding.index === void 0) {
        const value = unparenthesize(binding.value);
        if (value.type === "list" || value.type === "tuple") return [...value.namedChildren];
      }
    }
    return [];
  }
  /** `{"A": x, …}` (or `dict(A=x)`): its items by literal key. */
  /** A dict literal's or a `dict(k=v)` call's string keys and values (`op_kwargs=…`). */
  dictItems(node) {
    return dictItems(node, this.context);
  }
  /** The text of an expression when all of it is known (a literal, a constant). */
  literalText(node, frame) {
    const fragments = this.fragments(node, frame);
    return fragments?.every((f) => typeof f === "string") ? fragments.join("") : void 0;
  }
  /**
   * The text a value has in `frame`, when every part of it is known: a literal, or a parameter
   * the call gives a literal or leaves at its literal default (`def read(p, mode="r")`).
   */
  knownText(node, frame) {
    const fragments = this.fragments(node, frame);
    if (!fragments) return void 0;
    let text2 = "";
    for (const fragment of fragments) {
      if (typeof fragment === "string") text2 += fragment;
      else if (fragment.pieces.every((piece) => "text" in piece))
        text2 += fragment.pieces.map((piece) => piece.text).join("");
      else return void 0;
    }
    return text2;
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
      case "list_comprehension": {
        const filtered = filteredIterable(node);
        return filtered ? this.fragments(filtered, frame, depth + 1) : void 0;
      }
      case "identifier": {
        for (const binding of this.reaching(node.text, node)) {
          if (this.branch(binding.target, frame) === "dead") continue;
          if (binding.kind === "assign" && binding.value && binding.index === void 0) {
            if (unparenthesize(binding.value).type === "list") {
              const words = this.builtList(binding, node, frame);
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
        const first = callArguments(node).positional[0];
        if (name2 && TEXT_SAME_FUNCTIONS.has(name2) && first) return this.fragments(first, frame, depth + 1);
        if (callee.type === "attribute" && TEXT_SAME_METHODS.has(callee.childForFieldName("attribute").text))
          return this.fragments(callee.childForFieldName("object"), frame, depth + 1);
        if (callee.type === "attribute" && callee.childForFieldName("attribute").text === "format") {
          const object = callee.childForFieldName("object");
          const template = stringLiteral(unparenthesize(object)) ?? this.constantText(object);
          if (template !== void 0) return this.formatFragments(template, node, frame);
        }
        if (callee.type === "attribute" && callee.childForFieldName("attribute").text === "split" && node.childForFieldName("arguments")?.namedChildCount === 0)
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
  /** A `str.format` call's text: literal parts as text, each field its argument's place (or a hole). */
  formatFragments(template, call, frame) {
    const { positional, keywords } = callArguments(call);
    return [...formatTemplateParts(template, positional, keywords)].map(
      (part) => "text" in part ? part.text : part.value ? this.partOrHole(part.value, frame) : HOLE_PLACE
    );
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
   * An operator class's method read for one declaration (`Frame.instance.values`) decides the
   * `if`s on its attributes: a statement in a branch it cannot take is skipped, one in branches
   * it takes for sure counts as in the block; any other `if` leaves the command unknown.
   */
  builtList(binding, use, frame) {
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
      const right = node.parent?.type === "assignment" ? node.parent.childForFieldName("right") : null;
      if (right && right.startIndex <= use.startIndex && use.endIndex <= right.endIndex) continue;
      if (this.branch(node, frame) === "dead") continue;
      const attribute = node.parent;
      const call = attribute?.parent;
      const method = attribute?.type === "attribute" ? attribute.childForFieldName("attribute")?.text : void 0;
      if (attribute?.childForFieldName("object") !== node || call?.type !== "call" || call.parent?.type !== "expression_statement" || call.parent.parent !== block && (!this.within(call.parent, block) || this.branch(call.parent, frame, block) !== "live"))
        return void 0;
      const args2 = callArguments(call);
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
  /** Whether `node` lies in `block` through `if` statements only (their branches' blocks). */
  within(node, block) {
    for (let current = node.parent; current; current = current.parent) {
      if (current.id === block.id) return true;
      if (!["block", "if_statement", "elif_clause", "else_clause"].includes(current.type)) return false;
    }
    return false;
  }
};
var MAX_ARGV_WORDS = 64;
var HOLE_PLACE = { pieces: [HOLE2] };
var TEXT_SAME_FUNCTIONS = /* @__PURE__ */ new Set(["textwrap.dedent", "inspect.cleandoc", "str"]);
var TEXT_SAME_METHODS = /* @__PURE__ */ new Set(["strip", "lstrip", "rstrip"]);
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
var MEMBER_SLOTS = (() => {
  const slots2 = /* @__PURE__ */ new Map();
  for (const methods of Object.values(RECEIVER_METHODS))
    for (const [method, api] of Object.entries(methods))
      for (const effect of api.effects)
        if (effect.members) slots2.set(method, [...slots2.get(method) ?? [], effect.members]);
  return slots2;
})();
function looksLikePlace(place) {
  const first = place.pieces[0];
  return first !== void 0 && "text" in first && /^(\/|~\/|\$\{|[a-z][a-z0-9+.-]*:\/\/)/i.test(first.text) && isPathLike(patternOf(place.pieces));
}
function wordOf(argument, parts2) {
  const list2 = unparenthesize(argument);
  const first = parts2[0];
  if (list2.type !== "list" || typeof first !== "string" || first === "") return void 0;
  return list2.namedChildren.find((element) => element.type === "string" && element.text.includes(first));
}
function bindString(fragments) {
  const lastValue = fragments.findLastIndex((f) => typeof f !== "string");
  const tail = fragments.slice(lastValue + 1).join("");
  const split = tail.indexOf(":/");
  if (split < 0) return void 0;
  const target = tail.slice(split + 1).split(":")[0];
  const head = tail.slice(0, split);
  return bindSource([...fragments.slice(0, lastValue + 1), ...head ? [head] : []], target);
}
function bindSource(source, target, bound = false) {
  if (!target.startsWith("/")) return void 0;
  const place = placeOfParts(source, false);
  const first = place.pieces[0];
  if (!first || !("text" in first)) return void 0;
  if (!first.text.startsWith("/") && !(bound && first.text.startsWith("${"))) return void 0;
  return { target: target.length > 1 ? target.replace(/\/+$/, "") : target, source: place };
}
function hostPlace(place, mounts) {
  const first = place.pieces[0];
  if (!first || !("text" in first) || !first.text.startsWith("/")) return void 0;
  let best;
  for (const mount of mounts) {
    const covers = mount.target === "/" || first.text === mount.target || first.text.startsWith(`${mount.target}/`);
    if (covers && (!best || mount.target.length > best.target.length)) best = mount;
  }
  if (!best) return void 0;
  let rest = best.target === "/" ? first.text : first.text.slice(best.target.length);
  const last2 = best.source.pieces.at(-1);
  if (last2 !== void 0 && "text" in last2 && last2.text.endsWith("/")) rest = rest.replace(/^\//, "");
  const pieces = rest === "" ? [] : [{ text: rest }];
  return {
    ...rootFlags(best.source),
    ...place.guessed ? { guessed: true } : {},
    hostMount: true,
    pieces: normalizePieces([...best.source.pieces, ...pieces, ...place.pieces.slice(1)])
  };
}
function literalTail(parts2) {
  const last2 = parts2.at(-1);
  return typeof last2 === "string" ? last2 : void 0;
}
function mentionPlace(mention) {
  const place = placeOfParts(mention.parts, mention.glob);
  return {
    ...place,
    ...mention.guessed ? { guessed: true } : {},
    ...mention.intoDirectory ? { intoDirectory: true } : {}
  };
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
function replacedText(place, old, replacement) {
  if (old === "") return void 0;
  let found = false;
  const pieces = place.pieces.map((piece) => {
    if (!("text" in piece) || !piece.text.includes(old)) return piece;
    found = true;
    return { text: piece.text.split(old).join(replacement) };
  });
  if (!found) return place.pieces.every((piece) => "text" in piece) ? place : void 0;
  const rootFlags2 = place.temp || place.staging || place.stagingFallback;
  if (rootFlags2 && pieces[0] !== place.pieces[0]) return void 0;
  return { ...place, pieces: normalizePieces(pieces) };
}
function filteredIterable(comprehension) {
  const clauses = comprehension.namedChildren.filter((c) => c.type === "for_in_clause");
  const body2 = comprehension.childForFieldName("body");
  const left = clauses[0]?.childForFieldName("left");
  if (clauses.length !== 1 || left?.type !== "identifier" || body2?.type !== "identifier" || body2.text !== left.text)
    return void 0;
  return clauses[0].childForFieldName("right") ?? void 0;
}
function itemAccess(node) {
  if (node.type === "subscript") {
    const item2 = stringLiteral(node.childForFieldName("subscript"));
    return item2 !== void 0 ? { object: node.childForFieldName("value"), item: item2 } : void 0;
  }
  if (node.type !== "call") return void 0;
  const callee = node.childForFieldName("function");
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "get") return void 0;
  const { positional, keywords } = callArguments(node);
  if (keywords.size > 0 || positional.length === 0 || positional.length > 2) return void 0;
  const item = stringLiteral(positional[0]);
  return item !== void 0 ? { object: callee.childForFieldName("object"), item } : void 0;
}
function withoutHead(place, head) {
  const count = head.pieces.length;
  const first = head.pieces[0];
  if (count === 0 || count > place.pieces.length || !first || !("text" in first)) return void 0;
  for (let i2 = 0; i2 < count - 1; i2++)
    if (JSON.stringify(place.pieces[i2]) !== JSON.stringify(head.pieces[i2])) return void 0;
  const last2 = head.pieces[count - 1];
  const at2 = place.pieces[count - 1];
  let rest;
  if ("text" in last2) {
    if (!("text" in at2) || !at2.text.startsWith(last2.text)) return void 0;
    rest = at2.text.length > last2.text.length ? [{ text: at2.text.slice(last2.text.length) }] : [];
  } else if (JSON.stringify(at2) === JSON.stringify(last2)) rest = [];
  else return void 0;
  const pieces = normalizePieces([...rest, ...place.pieces.slice(count)]);
  return pieces.length > 0 ? { pieces } : void 0;
}
function withSuffix(place, suffix) {
  const last2 = place.pieces.at(-1);
  if (!last2) return void 0;
  if (!("text" in last2)) return { ...place, pieces: normalizePieces([...place.pieces, { text: suffix }]) };
  const slash = last2.text.lastIndexOf("/");
  const dot = last2.text.lastIndexOf(".");
  const stemEnd = dot > slash + 1 ? dot : last2.text.length;
  const text2 = last2.text.slice(0, stemEnd) + suffix;
  return { ...place, pieces: normalizePieces([...place.pieces.slice(0, -1), { text: text2 }]) };
}
function stripLeadingSlash(pieces) {
  const first = pieces[0];
  if (first && "text" in first && first.text.startsWith("/"))
    return normalizePieces([{ text: first.text.replace(/^\/+/, "") }, ...pieces.slice(1)]);
  return [...pieces];
}
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
function ownMethod(callee, method) {
  const object = callee.childForFieldName("object");
  if (object?.type !== "identifier" || object.text !== firstParameter(method)) return void 0;
  const cls = methodClass(method);
  return cls ? classMethods(cls).get(callee.childForFieldName("attribute").text) : void 0;
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

// packages/python/src/storage.ts
function slot(value) {
  if (value === void 0) return void 0;
  return typeof value === "number" ? { index: value } : { keyword: value };
}
function storageKnowledge(options) {
  const { apis, sanctioned, settings } = readStorageKnowledge(options);
  const extraApis = /* @__PURE__ */ new Map();
  for (const api of apis) {
    const effect = { access: api.access };
    const path6 = slot(api.path);
    const bucket = slot(api.bucket);
    const key = slot(api.key);
    if (path6) effect.path = path6;
    if (bucket) effect.bucket = bucket;
    if (key) effect.key = key;
    const existing = extraApis.get(api.call);
    const effects = [...existing?.effects ?? [], ...path6 || key ? [effect] : []];
    const scheme = api.scheme ?? existing?.scheme;
    const sql = slot(api.sql);
    const program = sql ? { argument: sql, language: "sql" } : existing?.program;
    extraApis.set(api.call, { effects, ...scheme ? { scheme } : {}, ...program ? { program } : {} });
  }
  return { extraApis, sanctioned, settings };
}
var TRAILING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*$/u;
var MAX_ELEMENT_FRAMES = 8;
var MAX_TASKFLOW_CALLS = 16;
var MAX_CONSTANT_NESTING = 4;
var constantNesting = 0;
var capturing;
var capturingCalls;
var OTHER_STRING = "\uE001other";
var MUTATING_DICT_METHODS = /* @__PURE__ */ new Set(["update", "setdefault", "pop", "popitem", "clear", "__setitem__"]);
var summaries = new NodeMemo();
function summaryTask(cls) {
  return {
    fact: { id: "", span: spanOf(cls), style: "", returnRole: "discarded", multipleOutputs: false },
    declaration: cls,
    keywords: /* @__PURE__ */ new Map()
  };
}
var NO_HANDOFFS = {
  inputsOf: () => [],
  handedOff: () => [],
  taskById: () => void 0
};
var StorageExtractor = class _StorageExtractor {
  constructor(module2, model, session, imported, ops = [], knowledge) {
    this.module = module2;
    this.model = model;
    this.session = session;
    this.imported = imported;
    this.ops = ops;
    this.knowledge = knowledge ?? storageKnowledge(module2.options);
    let lookup = NO_HANDOFFS;
    const root = session?.root;
    if (imported && root)
      lookup = { ...NO_HANDOFFS, pulled: (pull, frame) => root.resolver.pulledPlaceOf(pull, frame) };
    if (!imported) {
      const inputs = taskInputs(module2);
      lookup = {
        inputsOf: (task, parameter) => (inputs.byTask.get(task) ?? []).filter((i2) => i2.parameter === parameter),
        handedOff: (producer, key) => module2.handoffValues.filter((h) => h.task === producer && h.fact.key === key && !h.helper).map((h) => h.value),
        helperPushed: (producer, key, frame) => {
          for (const { task, fact, helper } of module2.handoffValues)
            if (task === producer && fact.key === key && helper) {
              const place = this.helperPushedPlaces(helper, key, frame)[0];
              if (place) return place;
            }
          return void 0;
        },
        taskById: (id, dagId) => taskById(module2.tasks, id, dagId),
        argumentsOf: (task, parameter) => inputs.arguments.get(task)?.get(parameter) ?? [],
        pulledFrom: (pull, dagId) => pulledProducers(module2, pull, dagId),
        importedReturn: (task) => this.importedTaskReturns(task)[0],
        importedPushed: (task, key) => this.importedTaskPushed(task, key),
        conventionalOutput: (task) => {
          const decorator = task.providerDecorator;
          if (!decorator || this.knowledge.extraApis.has(decorator.name)) return void 0;
          return conventionalOutput(decorator.name, decorator.call);
        }
      };
      if (session) session.root = this;
    }
    this.resolver = new LocationResolver(
      module2.context,
      module2.bindings,
      this.knowledge.settings,
      lookup,
      session ? {
        constant: (qualified, frame) => this.importedConstant(qualified, frame),
        returned: (qualified, call, frame, element) => this.importedReturn(qualified, call, frame, element),
        returnedElement: (qualified, call, frame) => {
          const entered = this.enterImportedCall(qualified, call, frame);
          return entered?.extractor.resolver.returnedElement(entered.fn, entered.frame);
        },
        returnedHanded: (qualified, call, frame, depth) => this.importedReturnedHanded(qualified, call, frame, depth),
        methodReturnedHanded: (call, frame, depth) => this.methodReturnedHanded(call, frame, depth),
        methodReturned: (call, frame, element) => this.methodReturned(call, frame, element),
        inRepository: (qualified) => this.inRepository(qualified),
        shellScript: (scriptPath2) => this.file ? this.session.modules.shellScript(scriptPath2, this.file) : void 0,
        environment: (variable) => this.file ? this.session.modules.composeEnvironment(variable, this.file) : void 0,
        constantReceiver: (qualified, frame) => this.importedConstantReceiver(qualified, frame),
        returnedReceiver: (qualified, call, frame) => {
          if (!mayBeRepositoryName(qualified)) return void 0;
          const entered = this.enterImportedCall(qualified, call, frame);
          return entered?.extractor.resolver.returnedReceiver(entered.fn, entered.frame);
        }
      } : void 0,
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
  factoryCallsByFn = /* @__PURE__ */ new Map();
  /** Per callee id: `storageMethod`'s answer (null: none). */
  storageMethods = /* @__PURE__ */ new Map();
  /**
   * `from common import SHARED_DIR`: the place a module-level constant of a repository module
   * names, read in that module (its own constants, environment reads, imports). Unknown past
   * `MAX_CONSTANT_NESTING` modules (a cycle of re-exports ends there too).
   */
  importedConstant(qualified, frame) {
    return this.readImportedConstant(
      qualified,
      0,
      (extractor, value, target) => extractor.resolver.moduleConstantPlace(value, {
        fn: target.root,
        task: frame.task,
        depth: frame.depth
      })
    );
  }
  /**
   * `from lib.tasks.public_data import s3`: the client a module-level name of a repository module
   * holds (`s3 = S3Hook(config.s3_conn_id)`), read in that module; unknown for a name assigned
   * more than once there, or a library's.
   */
  importedConstantReceiver(qualified, frame) {
    if (!mayBeRepositoryName(qualified)) return void 0;
    return this.readImportedConstant(
      qualified,
      0,
      (extractor, value, target, name2) => this.assignedOnce(target, name2) ? extractor.resolver.receiver(value, { fn: target.root, task: frame.task, depth: frame.depth }) : void 0
    );
  }
  /**
   * What `read` makes of the module-level value a repository module binds to the imported name,
   * in that module's extractor; followed through re-exports (`from .settings import SHARED_DIR`
   * in a package's `__init__.py`). Unknown past `MAX_CONSTANT_NESTING` modules (a cycle of
   * re-exports ends there too).
   */
  readImportedConstant(qualified, hops, read2) {
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
      if (value) return read2(extractor, value, target, name2);
      const reexported = target.context.aliases.get(name2);
      return reexported === void 0 ? void 0 : extractor.readImportedConstant(reexported, hops + 1, read2);
    } finally {
      constantNesting--;
    }
  }
  /**
   * `path = save_rows(rows)` with `save_rows` from a repository module: the place it returns,
   * read in its module with its parameters bound to the call's arguments (as `followImported`
   * enters it for its reads and writes). Unknown when the module or function is not found, or
   * the call is too deep or a cycle.
   */
  importedReturn(qualified, call, frame, element) {
    const entered = this.enterImportedCall(qualified, call, frame);
    return entered?.extractor.resolver.returnedPlace(entered.fn, entered.frame, element);
  }
  /** `enterImported` for a call of this file: its parameters bound to the call's arguments. */
  enterImportedCall(qualified, call, frame) {
    return this.enterImported(qualified, frame, (name2, index) => argumentAt(call, { keyword: name2, index }));
  }
  /** Every place what an imported function returns refers to (`LocationResolver.handedPlaces`). */
  importedReturnedHanded(qualified, call, frame, depth) {
    const entered = this.enterImportedCall(qualified, call, frame);
    if (!entered) return [];
    return entered.extractor.resolver.returnedHandedPlaces(entered.fn, entered.frame, depth).map((h) => h.place);
  }
  /**
   * What `loader.write_raw(df)` returns, when `loader` is an instance of a class of this module
   * or of a repository module (`instanceClass`): the method's return read in its module, its
   * parameters after `self` bound to the call's arguments (as `followClassMethod` reads its
   * writes). None otherwise.
   */
  methodReturnedHanded(call, frame, depth) {
    const entered = this.enterInstanceMethod(call, frame);
    return entered ? entered.resolver.returnedHandedPlaces(entered.fn, entered.frame, depth).map((h) => h.place) : [];
  }
  methodReturned(call, frame, element) {
    const entered = this.enterInstanceMethod(call, frame);
    return entered ? entered.resolver.returnedPlace(entered.fn, entered.frame, element) : void 0;
  }
  /** `obj.method(…)` on an instance of a repository class: the method, entered with its arguments bound. */
  enterInstanceMethod(call, frame) {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "attribute") return void 0;
    const object = unparenthesize(callee.childForFieldName("object"));
    const method = this.instanceMethod(object, callee.childForFieldName("attribute").text, frame);
    if (!method || LocationResolver.entered(method.fn, frame)) return void 0;
    const places = this.resolver.argumentPlaces(method.fn, call, frame, 1);
    const inner = LocationResolver.boundFrame(method.fn, frame, places);
    return inner ? { fn: method.fn, frame: inner, resolver: method.extractor.resolver } : void 0;
  }
  /**
   * The instance method `name` of the class `object` is an instance of (`instanceClass`), with
   * the extractor of the class's module. Undefined for anything else.
   */
  instanceMethod(object, name2, frame) {
    const instance2 = this.instanceClass(object, frame, 0);
    const found = instance2 ? classMethod(instance2.cls, name2) : void 0;
    return found?.kind === "instance" ? { fn: found.fn, extractor: instance2.extractor } : void 0;
  }
  /**
   * How a task's code is read: once per call of the factory it is declared in (`factoryCalls`),
   * else once per call of its TaskFlow function (`taskflowCalls`); undefined: once.
   */
  taskFactories(task) {
    return this.factoryCalls(task) ?? this.taskflowCalls(task);
  }
  /**
   * The places what a task running a repository module's function or a bound method
   * (`PythonTask.imported`, `PythonTask.boundMethod`) returns refers to, its parameters bound to
   * what the task passes (`importedCallArguments`).
   */
  importedTaskReturns(task, factory) {
    const entered = this.enterImportedTask(task, factory);
    if (!entered) return [];
    return entered.extractor.resolver.returnedHandedPlaces(entered.fn, entered.frame).map((h) => h.place);
  }
  /**
   * The code a task runs that is not its own function — an imported function (`enterImported`)
   * or a method of an instance (`enterTaskMethod`) — entered with what the task passes it.
   */
  enterImportedTask(task, factory) {
    const frame = this.declarationFrame(task, factory);
    if (task.imported)
      return this.enterImported(task.imported.qualified, frame, this.importedTaskArgument(task));
    return task.boundMethod ? this.enterTaskMethod(task, frame) : void 0;
  }
  /**
   * The method a task runs (`taskMethod`), read by its class's module's extractor: what the
   * operator passes binds the parameters after `self`; `self.X` is read as in any method entered
   * on an instance (`__init__`'s constant attributes and clients).
   */
  enterTaskMethod(task, frame) {
    const method = taskMethod(task, this.module);
    if (!method) return void 0;
    const passed = this.importedTaskArgument(task);
    const argument = Object.assign(
      (name2, index) => index === 0 ? void 0 : passed(name2, index - 1),
      { keywords: passed.keywords }
    );
    const inner = LocationResolver.boundFrame(
      method.fn,
      frame,
      this.boundPlaces(method.fn, frame, argument),
      this.resolver.boundReceivers(method.fn, frame, argument)
    );
    const extractor = method.module ? this.extractorFor(method.module) : this;
    return inner ? { extractor, fn: method.fn, frame: inner } : void 0;
  }
  /**
   * The first place the imported function or bound method a task runs pushes under `key`
   * (`kwargs["ti"].xcom_push(key="filename", value=filename)`, or the module's push wrapper),
   * read in its module.
   */
  importedTaskPushed(task, key) {
    return this.importedTaskPushes(task, key)[0];
  }
  /** Every place the imported function or bound method a task runs pushes under `key`, for one call of its factory. */
  importedTaskPushes(task, key, factory) {
    const entered = this.enterImportedTask(task, factory);
    return entered ? _StorageExtractor.pushedPlaces(entered, key) : [];
  }
  /**
   * The places a helper a task's code calls pushes under `key` (`HandoffValue.helper`), read in
   * the helper entered from the task's `frame` with the call's arguments.
   */
  helperPushedPlaces(helper, key, frame) {
    if (helper.qualified !== void 0) {
      const entered = this.enterImportedCall(helper.qualified, helper.call, frame);
      return entered ? _StorageExtractor.pushedPlaces(entered, key) : [];
    }
    const inner = LocationResolver.helperFrame(helper.fn, helper.call, frame);
    return inner ? _StorageExtractor.pushedPlaces({ extractor: this, fn: helper.fn, frame: inner }, key) : [];
  }
  /**
   * The places an entered function pushes under `key` (`kwargs["ti"].xcom_push(key="filename",
   * value=filename)`, or its module's push wrapper), read in its module.
   */
  static pushedPlaces(entered, key) {
    const places = [];
    for (const pushed of pushedIn(entered.fn, entered.extractor.module)) {
      if (pushed.key !== key) continue;
      const place = entered.extractor.resolver.place(pushed.value, entered.frame);
      if (place) places.push(place);
    }
    return places;
  }
  /** What a task running an imported function passes its parameters (`importedCallArguments`). */
  importedTaskArgument(task) {
    const { positional, keywords } = importedCallArguments(task, this.module.context);
    return Object.assign((name2, index) => keywords.get(name2) ?? positional[index], {
      keywords
    });
  }
  /**
   * A function of a repository module, entered from `frame`: its module's extractor and the
   * frame its parameters are bound in (to what `argument(name, index)` gives, read in this file).
   * Undefined when the module or function is not found, or the call is too deep or a cycle.
   */
  enterImported(qualified, frame, argument) {
    if (!this.session || !this.file) return void 0;
    const target = this.session.modules.resolveFunction(qualified, this.file);
    if (!target) return void 0;
    const inner = LocationResolver.boundFrame(
      target.fn,
      frame,
      this.boundPlaces(target.fn, frame, argument),
      this.resolver.boundReceivers(target.fn, frame, argument)
    );
    return inner ? { extractor: this.extractorFor(target.module), fn: target.fn, frame: inner } : void 0;
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
    const entered = this.enterImported(qualified, frame, argument);
    entered?.extractor.collect(entered.frame, site);
  }
  run() {
    for (const task of this.module.tasks) {
      const factories = this.taskFactories(task);
      const first = this.ops.length;
      let frames = 0;
      for (const factory of factories ?? [void 0]) {
        const own = this.taskFrames(task, factory);
        for (const frame of own) {
          this.collect(frame, void 0);
          this.collectReturnedProgram(task, frame);
        }
        if (own.length === 0) this.collectImportedCallable(task, factory);
        this.collectDeclaration(task, factory);
        frames += Math.max(own.length, 1);
      }
      if (frames > 1) this.dropRepeatedOps(first);
    }
    this.model.storage.push(...this.ops);
    this.fillHandoffLocations();
  }
  /**
   * `FactoryCall`s of a task declared in a factory function: a function at the module's top
   * level, undecorated, not a task's own code, called by name at the module's top level (in a
   * loop or an `if` too) 1–8 times, at least once with arguments. Undefined otherwise: the
   * factory's parameters stay what they were (their defaults).
   */
  factoryCalls(task) {
    const fn = enclosingFunction(task.declaration);
    if (!fn || fn.type !== "function_definition" || fn.parent?.type !== "module") return void 0;
    let calls = this.factoryCallsByFn.get(fn.id);
    if (calls === void 0) {
      calls = this.callsOfFactory(fn);
      this.factoryCallsByFn.set(fn.id, calls);
    }
    const at2 = { fn: this.module.root, task, depth: 0 };
    return calls.length ? calls.map((call) => ({ fn, call, at: at2, key: `${call.id}` })) : void 0;
  }
  /**
   * A TaskFlow function DAG code calls 1–`MAX_TASKFLOW_CALLS` times by its name, at least once
   * with arguments, and never through `.expand` / `.partial` / `.override`: read once per call,
   * its parameters that call's arguments, read where the call is (a task group's local
   * `file = "clinvar.vcf.gz"`; `download(url=f"https://…/{file}")` in several groups is one
   * task per group at run time, each its own URL). An argument that is another task's XCom is
   * read as such (`LocationResolver.parameterPlace`). Undefined otherwise.
   */
  taskflowCalls(task) {
    const fn = task.fn;
    if (fn?.type !== "function_definition" || !task.fact.style.startsWith("@")) return void 0;
    const calls = this.taskflowCallsOf().get(task);
    if (!calls || calls.length > MAX_TASKFLOW_CALLS) return void 0;
    if (calls.some((call) => call.childForFieldName("function")?.type !== "identifier")) return void 0;
    const passes = (call) => {
      const { positional, keywords } = callArguments(call);
      return positional.length > 0 || keywords.size > 0;
    };
    if (!calls.some(passes)) return void 0;
    return calls.map((call) => ({
      fn,
      call,
      at: { fn: enclosingFunction(call) ?? this.module.root, task, depth: 0 },
      key: `call:${call.id}`,
      taskCall: true
    }));
  }
  /** Each TaskFlow task's calls in DAG code, in source order (once per extractor). */
  taskflowCallsOf() {
    if (!this.callsByTask) {
      this.callsByTask = /* @__PURE__ */ new Map();
      for (const [call, task] of taskInputs(this.module).calls) {
        const list2 = this.callsByTask.get(task);
        if (list2) list2.push(call);
        else this.callsByTask.set(task, [call]);
      }
    }
    return this.callsByTask;
  }
  callsByTask;
  /** The module-level calls of a function that make it a factory (`factoryCalls`), or none. */
  callsOfFactory(fn) {
    const name2 = fn.childForFieldName("name")?.text;
    if (!name2 || this.module.context.functions.get(name2)?.id !== fn.id) return [];
    if (this.module.tasks.some((task) => task.fn?.id === fn.id)) return [];
    const calls = [];
    for (const call of this.module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "identifier" || callee.text !== name2 || enclosingFunction(call)) continue;
      calls.push(call);
    }
    if (calls.length === 0 || calls.length > 8) return [];
    const passes = (call) => {
      const { positional, keywords } = callArguments(call);
      return positional.length > 0 || keywords.size > 0;
    };
    return calls.some(passes) ? calls : [];
  }
  /** Drops the operations recorded since `first` that repeat an earlier one exactly. */
  dropRepeatedOps(first) {
    const seen = /* @__PURE__ */ new Set();
    const kept = this.ops.slice(0, first);
    for (const op of this.ops.slice(first)) {
      const key = JSON.stringify(op);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(op);
    }
    this.ops.length = 0;
    this.ops.push(...kept);
  }
  /**
   * An operator whose arguments are files or objects (catalog rows, or a team's operator given
   * as `call` in `writeApis` / `readApis`): what the task reads and writes is in its declaration.
   */
  collectDeclaration(task, factory) {
    if (task.providerDecorator) {
      const { name: name3, call } = task.providerDecorator;
      const configured = this.knowledge.extraApis.get(name3);
      const api = configured ?? conventionalApi(name3, call);
      if (!api) return;
      const row2 = configured ? configuredRow(name3) : conventionRow(name3);
      this.record(
        call,
        { api, name: `@${name3}`, row: row2, declaration: true },
        this.declarationFrame(task, factory),
        void 0
      );
      return;
    }
    const declaration = task.declaration;
    if (declaration.type !== "call") return;
    if (this.module.tasks.some((other) => other !== task && other.fn && encloses(other.fn, declaration)))
      return;
    const callee = declaration.childForFieldName("function");
    const frame = this.declarationFrame(task, factory);
    if (task.factoryOperator) {
      const { qualified: qualified2, factory: made } = task.factoryOperator;
      const entered = this.enterImportedCall(qualified2, declaration, frame);
      entered?.extractor.collectCatalogOperator(made.operator, entered.frame, {
        node: declaration,
        helper: shortText(callee, 40)
      });
      return;
    }
    if (this.collectCatalogOperator(declaration, frame, void 0)) return;
    const qualified = this.module.context.qualify(callee);
    if (qualified === void 0) return;
    const name2 = shortText(callee, 40);
    const ref = this.classAt(callee);
    if (!ref) {
      const foreign = this.module.context.isImported(callee) && mayBeRepositoryName(qualified) && !this.inRepository(qualified) && !qualified.endsWith("Sensor");
      const guessed = foreign ? conventionalApi(qualified, declaration) : void 0;
      if (guessed)
        this.record(
          declaration,
          { api: guessed, name: name2, row: conventionRow(qualified), declaration: true },
          frame,
          void 0
        );
      return;
    }
    const summary = this.operatorSummary(ref, declaration);
    if (!summary) return;
    const row = repositoryClassRow(
      ref.name,
      ref.extractor.imported?.name ?? "this file",
      ref.cls.startPosition.row + 1
    );
    const matched = { api: summary.api ?? { effects: [] }, name: name2, row, declaration: true };
    if (summary.api) this.record(declaration, matched, frame, void 0);
    for (const template of summary.templates) this.applyTemplate(template, declaration, matched, frame);
    for (const callable of summary.callables ?? []) this.applyCallable(callable, declaration, frame);
    if (summary.returns && task.fact.returnRole !== "discarded")
      this.applyReturns(summary.returns, task, declaration, frame);
  }
  /**
   * A catalogued operator's declaration (`STORAGE_OPERATORS`), or a team's configured one: what
   * its arguments name, read in `frame` (once per element of a literal `for` around it), surfacing
   * at `site` when it was made by a factory of this module called elsewhere. False when the
   * operator is neither.
   */
  collectCatalogOperator(declaration, frame, site) {
    const callee = declaration.childForFieldName("function");
    const qualified = this.module.context.qualify(callee);
    if (qualified === void 0) return false;
    const configured = this.configuredApi(qualified);
    const api = configured?.api ?? STORAGE_OPERATORS.get(qualified);
    if (!api) return false;
    const name2 = shortText(callee, 40);
    const row = configured ? configuredRow(configured.call) : catalogRow(qualified, "Python storage, operators");
    const frames = this.elementFrames(declaration, frame);
    for (const each of frames ?? [frame])
      this.record(declaration, { api, name: name2, row, declaration: true }, each, site);
    return true;
  }
  /**
   * `execute` of a repository operator returns a place it builds from its keywords: the task
   * hands that path on as its XCom `return_value` (a handoff at the declaration, as a
   * TaskFlow task's `return path` is one at the return).
   */
  applyReturns(returns, task, declaration, frame) {
    const locations = [];
    const written = new Set(
      this.ops.flatMap(
        (op) => op.taskId === task.fact.id && op.access === "write" ? [op.location.pattern] : []
      )
    );
    for (const parts2 of returns) {
      const place = this.templatePlace(parts2, declaration, frame)?.place;
      const location = place && this.resolver.toLocation(place, declaration);
      if (location && (isPathLike(location.pattern) || written.has(location.pattern)))
        locations.push(location);
    }
    if (locations.length === 0) return;
    const callee = declaration.childForFieldName("function");
    this.model.handoffs.push({
      taskId: task.fact.id,
      ...task.fact.dagId !== void 0 ? { dagId: task.fact.dagId } : {},
      channel: "return",
      key: "return_value",
      expression: shortText(callee, 40),
      span: spanOf(callee),
      values: [],
      locations
    });
  }
  /**
   * The frames a task's own code is read in: one, or — for a task declared in a `for` over a
   * literal list of at most `MAX_ELEMENT_FRAMES` strings — one per element, the loop variable
   * bound to it as for the declaration's arguments (`elementFrames`), so that what the code
   * writes and what an operator of the same loop reads are named alike. None without own code.
   */
  taskFrames(task, factory) {
    const frame = LocationResolver.taskFrame(task, factory);
    if (!frame) return [];
    const elements = this.elementFrames(task.declaration, this.declarationFrame(task, factory));
    if (!elements || elements.length > MAX_ELEMENT_FRAMES) return [frame];
    return elements.map(({ element }) => ({ ...frame, element }));
  }
  /** The frame a task's declaration is read in: the function (or module) around it. */
  declarationFrame(task, factory) {
    const fn = enclosingFunction(task.declaration) ?? this.module.root;
    return factory ? { fn, task, depth: 0, factory } : { fn, task, depth: 0 };
  }
  /**
   * `PandasOperator(output_callable=write_object, output_callable_kwargs={"path": "x/{{ ds }}"})`
   * of a class whose `execute` calls `self._output_callable(df, **self._output_callable_kwargs)`:
   * the function given is read as a helper of the task, its parameters bound to the literal
   * dict's values (the call's other arguments to unknown values). Its operations surface as a
   * helper's do, the argument naming the function standing for the call. Unknown (nothing read):
   * a keyword not given, a dict that is not a literal or spreads another, a callable that is not
   * a function of this file or of a repository module (a lambda, `functools.partial`, a library
   * function).
   */
  applyCallable(callable, declaration, frame) {
    const given = argumentAt(declaration, callable.callable);
    const kwargs = argumentAt(declaration, callable.kwargs);
    if (!given || !kwargs) return;
    const values = literalKeywords(kwargs);
    if (!values) return;
    const node = unparenthesize(given);
    const unknown = (name2, index) => index < callable.positional || callable.keywords.includes(name2);
    const argument = (name2, index) => unknown(name2, index) ? null : values.get(name2);
    this.followFunction(node, frame, { node, helper: shortText(node, 40) }, argument);
  }
  /**
   * A function named by `node` (one of this file, or of a repository module), run for the task
   * somewhere else than a call of it — an operator's callable keyword, a pool's `map`: read as a
   * helper whose reads and writes surface at `site`, its parameters bound by `argument` (null: a
   * value passed that is not known; undefined: not passed, so its default).
   */
  followFunction(node, frame, site, argument) {
    if (node.type === "identifier" && !this.module.context.isImported(node)) {
      const fn = this.module.context.functions.get(node.text);
      if (fn?.type !== "function_definition") return;
      const inner = LocationResolver.boundFrame(fn, frame, this.boundPlaces(fn, frame, argument));
      if (inner) this.collect(inner, site);
      return;
    }
    if (node.type !== "identifier" && node.type !== "attribute" || !this.module.context.isImported(node))
      return;
    const qualified = this.module.context.qualify(node);
    if (qualified !== void 0 && mayBeRepositoryName(qualified))
      this.followImported(qualified, frame, site, argument);
  }
  /**
   * A function's parameters as places, computed in `frame`: the node `argument` gives (null: a
   * value passed that is not known; undefined: not passed, so its default).
   */
  boundPlaces(fn, frame, argument) {
    const places = /* @__PURE__ */ new Map();
    const names2 = parameterNames(fn);
    names2.forEach((name2, index) => {
      const node = argument(name2, index);
      if (node === null) places.set(name2, void 0);
      else if (node) places.set(name2, this.resolver.place(node, frame));
    });
    const splat = contextParameter(fn);
    if (splat && argument.keywords) {
      for (const [key, node] of argument.keywords)
        if (!names2.includes(key)) places.set(`${splat}[${key}]`, this.resolver.place(node, frame));
    }
    return places;
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
    let target = loop?.childForFieldName("left");
    let iterable = loop?.childForFieldName("right");
    if (!target || !iterable) return void 0;
    iterable = unparenthesize(iterable);
    let method;
    if (iterable.type === "call") {
      const callee = iterable.childForFieldName("function");
      method = callee?.type === "attribute" ? callee.childForFieldName("attribute").text : void 0;
      if (method !== "items" && method !== "keys" || callArguments(iterable).positional.length > 0)
        return void 0;
      iterable = callee.childForFieldName("object");
    }
    if (method === "items") {
      const first = target.type === "pattern_list" || target.type === "tuple_pattern" ? target.namedChild(0) : null;
      if (target.namedChildCount !== 2 || first?.type !== "identifier") return void 0;
      target = first;
    }
    if (target.type !== "identifier") return void 0;
    if (iterable.type === "identifier") {
      const constant = this.module.context.constants.get(iterable.text);
      iterable = constant ? unparenthesize(constant) : void 0;
    }
    const isDict = iterable?.type === "dictionary";
    if (!iterable || method !== void 0 && !isDict) return void 0;
    if (!isDict && iterable.type !== "list" && iterable.type !== "tuple") return void 0;
    const elements = isDict ? iterable.namedChildren.map((pair) => pair.type === "pair" ? pair.childForFieldName("key") : pair) : iterable.namedChildren;
    if (elements.length === 0 || elements.length > 32) return void 0;
    const literals = elements.map((element) => element ? stringLiteral(element) : void 0);
    if (literals.some((literal) => literal === void 0)) return void 0;
    return literals.map((literal) => ({
      ...frame,
      element: { target, place: { pieces: [{ text: literal }] }, key: `${target.id}=${literal}` }
    }));
  }
  /** A place a repository operator builds from its keywords, with the values the declaration gives. */
  applyTemplate(template, declaration, matched, frame) {
    const built = this.templatePlace(template.parts, declaration, frame);
    if (built) this.push(template.access, built.place, built.written, declaration, matched, frame, void 0);
  }
  /**
   * A template's place with the declaration's values, and the first keyword argument it takes
   * (the declaration itself for a literal path); undefined when a keyword is not given.
   */
  templatePlace(template, declaration, frame) {
    const parts2 = [];
    let written;
    for (const part of template) {
      if ("piece" in part) {
        parts2.push({ pieces: [part.piece] });
        continue;
      }
      const argument = argumentAt(declaration, part.slot);
      const place2 = argument && this.resolver.place(argument, frame);
      if (!place2 || place2.handle) return void 0;
      written ??= argument;
      if (parts2.length > 0 && startsWithScheme(parts2[0].pieces) && startsWithScheme(place2.pieces))
        parts2.length = 0;
      parts2.push(place2);
    }
    const place = concatenated(parts2);
    return place ? { place, written: written ?? declaration } : void 0;
  }
  /** Whether a qualified name lives in a module file of the repository, usable or not. */
  inRepository(qualified) {
    if (!this.session || !this.file || !mayBeRepositoryName(qualified)) return false;
    return this.session.modules.hasModuleOf(qualified, this.file);
  }
  /**
   * The class an expression of this module names, when the repository defines it: a class of
   * this module, or one imported from a repository module the resolver finds (`namedClass`), with
   * the extractor of its module. Undefined otherwise (Airflow's and providers' classes,
   * unreadable or unparsable modules).
   */
  classAt(expression) {
    const found = namedClass(expression, this.module, this.session?.modules, this.file);
    if (!found) return void 0;
    const extractor = found.module ? this.extractorFor(found.module) : this;
    return { extractor, cls: found.cls, name: found.name };
  }
  /** The knowledge a summary depends on, as a cache key. */
  knowledgeKey;
  /**
   * What an instance of a repository operator class reads and writes, as a row on its keywords
   * (`operator-classes.ts`); undefined when nothing is known. Cached per class definition and
   * storage knowledge, while the modules it looked up are the same. When the class's `if`s test
   * keywords the declaration gives literal values (or leaves at a literal default that no
   * `default_args` may set), the summary is the one for those values (`Frame.instance.values`),
   * cached per class and values.
   */
  operatorSummary(ref, declaration) {
    const generic = this.cachedSummary(ref, void 0);
    if (!generic?.tested?.length) return generic?.api;
    const values = /* @__PURE__ */ new Map();
    const byKeyword = [];
    for (const tested of generic.tested) {
      let value = this.declaredValue(declaration, tested);
      if (!value) continue;
      if (tested.compared !== "any" && "str" in value && value.str && !tested.compared.has(value.str))
        value = tested.compared.size === 0 ? { nonEmpty: true } : { str: OTHER_STRING };
      byKeyword.push([tested.keyword, value]);
      for (const attribute of tested.attributes) values.set(attribute, value);
    }
    if (values.size === 0) return generic.api;
    return this.cachedSummary(ref, { values, key: JSON.stringify(byKeyword) })?.api;
  }
  cachedSummary(ref, specialised) {
    this.knowledgeKey ??= JSON.stringify([[...this.knowledge.extraApis], [...this.knowledge.sanctioned]]);
    let perClass = summaries.get(ref.cls);
    if (!perClass) {
      perClass = /* @__PURE__ */ new Map();
      summaries.set(ref.cls, perClass);
    }
    const key = specialised ? `${this.knowledgeKey}\0${specialised.key}` : this.knowledgeKey;
    const cached2 = perClass.get(key);
    const modules = this.session?.modules;
    if (cached2 && (!modules || modules.replays(cached2.lookups))) return cached2;
    let tested;
    const compute = () => {
      const result = this.computeSummary(ref, specialised?.values);
      tested = result?.tested;
      return result?.summary;
    };
    const { value, lookups } = modules ? modules.recording(compute) : { value: compute(), lookups: [] };
    const entry = { api: value, lookups, ...tested ? { tested } : {} };
    perClass.set(key, entry);
    return entry;
  }
  /**
   * What a declaration gives a keyword the class tests: a literal argument (or a module constant
   * of the linted file bound to one), else — no argument, no `*` / `**` splat, and no
   * `default_args` that may set it — its literal default. Anything else: undefined.
   */
  declaredValue(declaration, tested) {
    const argument = argumentAt(declaration, tested.slot);
    if (argument) {
      const node = unparenthesize(argument);
      if (node.type === "identifier" && !this.module.context.isImported(node)) {
        const constant = this.module.context.constants.get(node.text);
        const reaching = this.module.bindings.reaching(node.text, node);
        const bound = reaching.length === 1 && reaching[0].value?.id === constant?.id;
        return constant && bound && this.assignedOnce(this.module, node.text) ? literalValue(constant) : void 0;
      }
      return literalValue(node);
    }
    if (!tested.default) return void 0;
    const args2 = declaration.childForFieldName("arguments")?.namedChildren ?? [];
    if (args2.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return void 0;
    if (this.mayBeDefaulted(declaration, tested.keyword)) return void 0;
    return literalValue(tested.default);
  }
  /**
   * Whether Airflow may fill `keyword` of this declaration from `default_args` (it fills any
   * constructor parameter the declaration does not give): unless the declaration's DAG is made
   * in this file (`with DAG(…)`, or `dag=` a variable bound to `DAG(…)` here) and every
   * `default_args=` of the file — the DAG's, a task group's, an operator's — is a dict whose
   * keys are known and do not include it, yes.
   */
  mayBeDefaulted(declaration, keyword) {
    if (!this.inLocalDag(declaration)) return true;
    const keys = this.defaultArgKeys();
    return keys === void 0 || keys.has(keyword);
  }
  defaultKeys;
  /** The keys every `default_args=` of the linted file may set; undefined when not known. */
  defaultArgKeys() {
    if (this.defaultKeys) return this.defaultKeys.keys;
    let keys = /* @__PURE__ */ new Set();
    for (const call of this.module.nodes.of("call")) {
      const cls = this.module.context.qualify(call.childForFieldName("function"));
      const args2 = call.childForFieldName("arguments")?.namedChildren ?? [];
      if (cls && (DAG_CLASSES.has(cls) || TASK_GROUP_CLASSES.has(cls)) && args2.some((a) => a.type === "dictionary_splat"))
        keys = void 0;
    }
    for (const argument of this.module.nodes.of("keyword_argument")) {
      if (!keys) break;
      if (argument.childForFieldName("name")?.text !== "default_args") continue;
      const value = argument.childForFieldName("value");
      const found = value ? this.dictKeys(value, this.module, this.file, 0) : void 0;
      if (found) for (const key of found) keys.add(key);
      else keys = void 0;
    }
    this.defaultKeys = { keys };
    return keys;
  }
  /**
   * The keys of a dict an expression of `module` names: a literal with literal keys (`**`
   * others followed), `dict(…)` with keywords, `.copy()`, a module constant bound once and never
   * changed in place (`d["k"] = …`, `d.update(…)`), or one imported from a repository module.
   */
  dictKeys(expression, module2, file, depth) {
    if (depth > MAX_CONSTANT_NESTING) return void 0;
    const node = unparenthesize(expression);
    if (node.type === "dictionary") {
      const keys = /* @__PURE__ */ new Set();
      for (const child of node.namedChildren) {
        if (child.type === "comment") continue;
        if (child.type === "pair") {
          const key = stringLiteral(child.childForFieldName("key"));
          if (key === void 0) return void 0;
          keys.add(key);
        } else if (child.type === "dictionary_splat" && child.namedChild(0)) {
          const inner = this.dictKeys(child.namedChild(0), module2, file, depth + 1);
          if (!inner) return void 0;
          for (const key of inner) keys.add(key);
        } else return void 0;
      }
      return keys;
    }
    if (node.type === "call") {
      const callee = node.childForFieldName("function");
      const { positional, keywords } = callArguments(node);
      const args2 = node.childForFieldName("arguments")?.namedChildren ?? [];
      if (args2.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return void 0;
      if (callee.type === "identifier" && callee.text === "dict" && !module2.context.functions.has("dict")) {
        if (positional.length > 1) return void 0;
        const keys = positional[0] ? this.dictKeys(positional[0], module2, file, depth + 1) : /* @__PURE__ */ new Set();
        if (!keys) return void 0;
        for (const key of keywords.keys()) keys.add(key);
        return keys;
      }
      if (callee.type === "attribute" && callee.childForFieldName("attribute")?.text === "copy" && args2.length === 0)
        return this.dictKeys(callee.childForFieldName("object"), module2, file, depth + 1);
      return void 0;
    }
    return node.type === "identifier" ? this.namedDictKeys(node.text, module2, file, depth) : void 0;
  }
  /** `dictKeys` of the dict a name of `module` is bound to (its constant, or the one it imports). */
  namedDictKeys(name2, module2, file, depth) {
    if (depth > MAX_CONSTANT_NESTING || !this.assignedOnce(module2, name2)) return void 0;
    const qualified = module2.context.aliases.get(name2);
    if (qualified === void 0) {
      const constant = module2.context.constants.get(name2);
      return constant ? this.dictKeys(constant, module2, file, depth + 1) : void 0;
    }
    const dot = qualified.lastIndexOf(".");
    if (!this.session || !file || dot < 0) return void 0;
    const target = this.session.modules.module(qualified.slice(0, dot) || ".", file);
    return target ? this.namedDictKeys(qualified.slice(dot + 1), target, target.file, depth + 1) : void 0;
  }
  /**
   * Whether `name` is bound by at most one assignment in the module (or imported) and never
   * changed in place: no `name[k] = …`, `del name[k]`, `name |= …`, `name.update(…)` … .
   */
  assignedOnce(module2, name2) {
    let assignments = 0;
    for (const node of module2.nodes.of("assignment", "augmented_assignment")) {
      const left = node.childForFieldName("left");
      if (left?.type === "identifier" && left.text === name2) {
        if (node.type === "augmented_assignment" || ++assignments > 1) return false;
      }
      if (left?.type === "subscript" && left.childForFieldName("value")?.text === name2) return false;
    }
    for (const node of module2.nodes.of("delete_statement")) if (node.text.includes(name2)) return false;
    for (const call of module2.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type === "attribute" && callee.childForFieldName("object")?.text === name2 && MUTATING_DICT_METHODS.has(callee.childForFieldName("attribute").text))
        return false;
    }
    return true;
  }
  /** Whether the declaration's DAG is made in this file: `with DAG(…)` around it, or `dag=` a `DAG(…)` of this module. */
  inLocalDag(declaration) {
    const isDag = (call) => {
      if (call?.type !== "call") return false;
      const cls = this.module.context.qualify(call.childForFieldName("function"));
      return cls !== void 0 && DAG_CLASSES.has(cls);
    };
    const dag = callArguments(declaration).keywords.get("dag");
    if (dag) {
      const node = unparenthesize(dag);
      if (node.type !== "identifier" || this.module.context.isImported(node)) return false;
      const constant = this.module.context.constants.get(node.text);
      const reaching = this.module.bindings.reaching(node.text, node);
      return reaching.length === 1 && reaching[0].value?.id === constant?.id && this.assignedOnce(this.module, node.text) && isDag(constant);
    }
    for (let current = declaration.parent; current; current = current.parent) {
      if (current.type !== "with_statement") continue;
      for (const item of current.namedChildren.flatMap(
        (c) => c.type === "with_clause" ? c.namedChildren : []
      )) {
        const value = item.childForFieldName("value");
        if (isDag(value?.type === "as_pattern" ? value.namedChild(0) : value)) return true;
      }
    }
    return false;
  }
  computeSummary(ref, values) {
    const chain = this.classChain(ref);
    if (!chain) return void 0;
    const task = summaryTask(ref.cls);
    const { attributes, slots: slots2, defaults, direct } = this.instanceAttributes(chain, 0, task);
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
    const executeModule = chain.find(({ cls }) => classMethods(cls).get("execute") === execute.fn)?.extractor;
    const tested = /* @__PURE__ */ new Map();
    for (const { extractor, cls } of chain) {
      const within = (fn, type) => extractor.module.nodes.within(fn, type);
      const methods = [...classMethods(cls).entries()].filter(([name2]) => name2 !== "__init__").map(([, fn]) => fn);
      const compared = /* @__PURE__ */ new Map();
      for (const attribute of testedAttributes(methods, within, compared)) {
        if (!direct.has(attribute)) continue;
        const keyword = markerName(attributes.get(attribute));
        const slot2 = keyword === void 0 ? void 0 : slots2.get(keyword);
        if (keyword === void 0 || !slot2) continue;
        const entry = tested.get(keyword);
        if (entry) {
          entry.attributes.push(attribute);
          const more = compared.get(attribute) ?? /* @__PURE__ */ new Set();
          entry.compared = entry.compared === "any" || more === "any" ? "any" : /* @__PURE__ */ new Set([...entry.compared, ...more]);
        } else {
          const fallback = defaults.get(keyword);
          tested.set(keyword, {
            keyword,
            slot: slot2,
            attributes: [attribute],
            compared: compared.get(attribute) ?? /* @__PURE__ */ new Set(),
            ...fallback ? { default: fallback } : {}
          });
        }
      }
    }
    const instance2 = {
      attributes,
      key: JSON.stringify([
        [...attributes].map(([name2, place]) => [name2, place ?? null]),
        values ? [...values] : null
      ]),
      method,
      ...values ? { values } : {}
    };
    const frame = {
      fn: execute.fn,
      task,
      depth: 1,
      bound: { places: /* @__PURE__ */ new Map(), key: "execute" },
      instance: instance2
    };
    const previous = capturing;
    const previousCalls = capturingCalls;
    const ops = [];
    const calls = [];
    capturing = ops;
    capturingCalls = calls;
    let returned;
    try {
      execute.collect(frame);
      capturing = [];
      capturingCalls = [];
      returned = (executeModule?.resolver.returnedHandedPlaces(execute.fn, frame) ?? []).map(
        ({ place }) => place
      );
    } finally {
      capturing = previous;
      capturingCalls = previousCalls;
    }
    return { summary: summarize(ops, slots2, calls, returned), tested: [...tested.values()] };
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
    const slots2 = /* @__PURE__ */ new Map();
    const defaults = /* @__PURE__ */ new Map();
    const direct = /* @__PURE__ */ new Set();
    const ref = chain[index];
    if (!ref) return { attributes, slots: slots2, defaults, direct };
    const defined = classMethods(ref.cls).get("__init__");
    const init2 = instanceMethod(defined);
    if (!init2) {
      return defined ? { attributes, slots: slots2, defaults, direct } : this.instanceAttributes(chain, index + 1, task);
    }
    const { parameters, kwargs } = initParameters(init2);
    const places = /* @__PURE__ */ new Map();
    for (const parameter of parameters) {
      places.set(parameter.name, markerPlace(parameter.name));
      if (parameter.default) defaults.set(parameter.name, parameter.default);
      slots2.set(parameter.name, {
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
    const assigned = /* @__PURE__ */ new Set();
    for (const { attribute, value } of selfAssignments(init2, within)) {
      const place = value ? extractor.resolver.place(value, frame) : void 0;
      if (attributes.has(attribute) && JSON.stringify(attributes.get(attribute)) !== JSON.stringify(place))
        attributes.set(attribute, void 0);
      else attributes.set(attribute, place);
      const node = value && unparenthesize(value);
      const plain = node?.type === "identifier" && places.has(node.text) && extractor.module.bindings.reaching(node.text, node).every((b) => b.kind === "parameter");
      if (plain && !assigned.has(attribute)) direct.add(attribute);
      else direct.delete(attribute);
      assigned.add(attribute);
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
          slots2.set(marker, { keyword: marker });
          const fallback = base.defaults.get(marker);
          if (fallback) defaults.set(marker, fallback);
          if (base.direct.has(attribute)) direct.add(attribute);
        } else attributes.set(attribute, void 0);
      }
    }
    return { attributes, slots: slots2, defaults, direct };
  }
  /**
   * A task running a function imported from the repository (`PythonOperator(python_callable=
   * fetch)`, `task(blogs.extract)(…)`, `PythonTask.imported`) or a method of an instance
   * (`python_callable=s3.download_files`, `PythonTask.boundMethod`): what it reads and writes
   * surfaces at the expression naming it, its parameters bound to what the task calls it with
   * (`importedCallArguments`).
   */
  collectImportedCallable(task, factory) {
    const callable = task.imported?.callable ?? task.boundMethod?.callable;
    if (!callable) return;
    const entered = this.enterImportedTask(task, factory);
    entered?.extractor.collect(entered.frame, { node: callable, helper: shortText(callable, 40) });
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
      )) {
        if (access === "run") {
          this.runScript(place, frame, { node: returned, helper: "", script: true });
          continue;
        }
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
  }
  /**
   * `python scripts/export.py …` in a task's command: the repository's script
   * (`ProjectModules.scriptModule`) runs as the task's code — its module-level statements, with
   * the functions they call followed as helpers (`scriptCalls`). Its operations surface at
   * `site`, the command, with the script's own line as their origin; its command-line arguments
   * are not known (`sys.argv`, `argparse` give holes).
   */
  runScript(place, frame, site) {
    if (!this.session || !this.file) return;
    const path6 = scriptPath(place);
    const module2 = path6 === void 0 ? void 0 : this.session.modules.scriptModule(path6, this.file);
    if (!module2 || module2.file === this.file) return;
    const inner = LocationResolver.boundFrame(module2.root, frame, /* @__PURE__ */ new Map());
    if (!inner) return;
    const extractor = this.extractorFor(module2);
    const named = site.helper ? site : { ...site, helper: module2.name };
    extractor.collect(inner, named, extractor.scriptCalls(module2.root));
  }
  /** The calls a module runs when it is run as a script: not those inside its definitions. */
  scriptCalls(root) {
    return this.module.nodes.within(root, "call").filter((call) => {
      for (let node = call.parent; node && node.id !== root.id; node = node.parent)
        if (DEFINITIONS.has(node.type)) return false;
      return true;
    });
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
  collect(frame, site, calls = this.callsIn(frame.fn)) {
    for (const call of calls) {
      const callee = call.childForFieldName("function");
      if (!callee) continue;
      if (this.resolver.branch(call, frame) === "dead") continue;
      const qualified = this.module.context.qualify(callee);
      if (qualified !== void 0 && this.knowledge.sanctioned.has(qualified)) continue;
      const matched = this.match(callee, qualified, frame);
      if (matched) {
        this.record(call, matched, frame, site);
        continue;
      }
      if (this.followPooledCall(call, callee, frame, site)) continue;
      this.followHelper(call, callee, frame, site);
    }
  }
  /**
   * `pool.map(download, keys)` / `pool.submit(download, key)` on a pool that runs functions for
   * the task (`CALLABLE_POOLS`): the function, of this file or a repository module, is read as a
   * helper called there — `submit`'s further arguments bound to its parameters, `map`'s elements
   * unknown.
   */
  followPooledCall(call, callee, frame, site) {
    if (callee.type !== "attribute") return false;
    const method = callee.childForFieldName("attribute").text;
    const submit = POOL_SUBMIT_METHODS.has(method);
    if (!submit && !POOL_MAP_METHODS.has(method)) return false;
    if (!this.isCallablePool(callee.childForFieldName("object"))) return false;
    const { positional, keywords } = callArguments(call);
    const target = positional[0] ? unparenthesize(positional[0]) : void 0;
    if (!target) return true;
    const argument = (name2, index) => submit ? keywords.get(name2) ?? positional[index + 1] : index < positional.length - 1 ? null : void 0;
    this.followFunction(target, frame, site ?? { node: target, helper: shortText(target, 40) }, argument);
    return true;
  }
  /** A name bound once (or by `with … as`) to a pool that runs functions (`CALLABLE_POOLS`). */
  isCallablePool(expression) {
    const node = unparenthesize(expression);
    if (node.type === "call")
      return CALLABLE_POOLS.has(this.module.context.qualify(node.childForFieldName("function")) ?? "");
    if (node.type !== "identifier") return false;
    const reaching = this.module.bindings.reaching(node.text, node);
    const only = reaching.length === 1 ? reaching[0] : void 0;
    if (only?.kind !== "assign" && only?.kind !== "with" || !only.value) return false;
    const value = unparenthesize(only.value);
    return value.type === "call" && CALLABLE_POOLS.has(this.module.context.qualify(value.childForFieldName("function")) ?? "");
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
    const own = callee.type === "attribute" && !frame.instance ? ownMethod(callee, frame.fn) : void 0;
    if (own) {
      const argument = (name2, index) => index === 0 ? void 0 : argumentAt(call, { keyword: name2, index: index - 1 });
      const inner2 = LocationResolver.boundFrame(
        own,
        frame,
        this.resolver.argumentPlaces(own, call, frame, 1),
        this.resolver.boundReceivers(own, frame, argument)
      );
      if (inner2) this.collect(inner2, site ?? { node: call, helper: shortText(callee, 40) });
      return;
    }
    if (callee.type === "attribute" && !this.module.context.isImported(callee) && this.followClassMethod(call, callee, frame, site))
      return;
    if (this.session && this.module.context.isImported(callee)) {
      const qualified = this.module.context.qualify(callee);
      if (qualified === void 0) return;
      const entered = this.enterImported(
        qualified,
        frame,
        (name2, index) => argumentAt(call, { keyword: name2, index })
      );
      entered?.extractor.collect(entered.frame, site ?? { node: call, helper: shortText(callee, 40) });
      return;
    }
    if (callee.type !== "identifier" || this.module.context.isImported(callee)) return;
    const fn = this.module.context.functions.get(callee.text);
    if (!fn && this.session && this.module.bindings.reaching(callee.text, callee).length === 0) {
      for (const qualified of wildcardNames(this.module.context, callee.text)) {
        const entered = this.enterImported(
          qualified,
          frame,
          (name2, index) => argumentAt(call, { keyword: name2, index })
        );
        if (!entered) continue;
        entered.extractor.collect(entered.frame, site ?? { node: call, helper: callee.text });
        return;
      }
      return;
    }
    if (!fn || fn.type !== "function_definition") return;
    if (frame.fn.type !== "module" && encloses(frame.fn, fn) && !hasArguments(call)) return;
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
    let owner;
    const named = object.type === "identifier" ? this.moduleClass(object) : void 0;
    if (named) {
      const found = classMethod(named, name2);
      if (!found || found.kind === "instance") return false;
      method = found.fn;
      skip = found.kind === "class" ? 1 : 0;
    } else {
      const found = this.instanceMethod(object, name2, frame);
      if (!found) return false;
      method = found.fn;
      skip = 1;
      owner = found.extractor;
    }
    if (LocationResolver.entered(method, frame)) return true;
    const places = this.resolver.argumentPlaces(method, call, frame, skip);
    const inner = LocationResolver.boundFrame(method, frame, places);
    if (inner) (owner ?? this).collect(inner, site ?? { node: call, helper: shortText(callee, 40) });
    return true;
  }
  /** A class defined at the top level of this module, named by this identifier (not shadowed by an import). */
  moduleClass(identifier) {
    if (identifier.type !== "identifier" || this.module.context.isImported(identifier)) return void 0;
    return topLevelClasses(this.module.root).get(identifier.text);
  }
  /**
   * The class of the instance an expression holds, a class of this module or of a repository
   * module (with that module's extractor): `Cls(…)`; a name bound once to one (`hook =
   * SwiftHook(conn)`); `self.attr` in a method of a class whose every assignment of `attr` makes
   * the same class (`self.hook = SwiftHook(…)` in each branch of `execute`); `.attr` of an
   * instance, as `__init__` alone assigns it. Anything else (a parameter, an attribute bound to
   * two classes, a base class's attribute): undefined.
   */
  instanceClass(expression, frame, depth) {
    if (depth > 4) return void 0;
    const node = unparenthesize(expression);
    if (node.type === "call") {
      const ref = this.classAt(node.childForFieldName("function"));
      return ref ? { cls: ref.cls, extractor: ref.extractor } : void 0;
    }
    if (node.type === "subscript") return this.passedInstanceClass(node, frame, depth);
    if (node.type === "identifier") {
      const reaching = this.module.bindings.reaching(node.text, node);
      const only = reaching.length === 1 ? reaching[0] : void 0;
      if (only?.kind === "parameter") return this.passedInstanceClass(node, frame, depth);
      if (only?.kind !== "assign" || only.index !== void 0 || !only.value) return void 0;
      return this.instanceClass(only.value, frame, depth + 1);
    }
    if (node.type !== "attribute") return void 0;
    const object = unparenthesize(node.childForFieldName("object"));
    const attribute = node.childForFieldName("attribute").text;
    if (object.type === "identifier" && object.text === firstParameter(frame.fn)) {
      const cls = methodClass(frame.fn);
      return cls ? this.attributeClass(cls, attribute, frame, depth) : void 0;
    }
    const owner = this.instanceClass(object, frame, depth + 1);
    const value = owner ? assignedOnce(owner.cls, attribute) : void 0;
    return value && unparenthesize(value).type === "call" ? owner.extractor.instanceClass(value, frame, depth + 1) : void 0;
  }
  /**
   * `op_kwargs={"collection": Collection("coll")}`: the instance DAG code gives a task's parameter
   * (or `**kwargs` item), read in the DAG file (the root) when the callable is another module's.
   */
  passedInstanceClass(parameter, frame, depth) {
    const passed = this.resolver.passedArgument(parameter, frame);
    const reader = passed?.tree === this.module.root.tree ? this : this.session?.root;
    return passed && reader?.module.root.tree === passed.tree ? reader.instanceClass(passed, frame, depth + 1) : void 0;
  }
  /** The one class every `self.attr = Cls(…)` of a class (of this module) makes, if there is one. */
  attributeClass(cls, attribute, frame, depth) {
    let found;
    const within = (fn, type) => this.module.nodes.within(fn, type);
    for (const method of classMethods(cls).values()) {
      for (const assigned of selfAssignments(method, within)) {
        if (assigned.attribute !== attribute) continue;
        const made = assigned.value ? this.instanceClass(assigned.value, frame, depth + 1) : void 0;
        if (!made || found && found.cls !== made.cls) return void 0;
        found = made;
      }
    }
    if (found || depth > 4) return found;
    const base = this.soleModuleBase(cls);
    return base ? this.attributeClass(base, attribute, frame, depth + 1) : void 0;
  }
  /** The one base of a class, when it is a class of this module (`class TransientLayer(BaseLayer)`). */
  soleModuleBase(cls) {
    const bases = cls.childForFieldName("superclasses")?.namedChildren.filter((b) => b.type !== "comment");
    return bases?.length === 1 ? this.moduleClass(bases[0]) : void 0;
  }
  /** `self.load(path)` in an operator class's method: that method of the class, its parameters bound. */
  followMethod(call, callee, frame) {
    const method = frame.instance.method?.(callee.childForFieldName("attribute").text);
    if (!method) {
      this.captureCall(call, callee, frame);
      return;
    }
    if (LocationResolver.entered(method.fn, frame)) return;
    const places = this.resolver.argumentPlaces(method.fn, call, frame, 1);
    const receivers2 = this.resolver.argumentReceivers(method.fn, call, frame, 1);
    const key = JSON.stringify([
      [...places].map(([name2, place]) => [name2, place ?? null]),
      receivers2.size > 0 ? [...receivers2] : null
    ]);
    method.collect({
      fn: method.fn,
      task: frame.task,
      depth: frame.depth + 1,
      bound: { places, ...receivers2.size > 0 ? { receivers: receivers2 } : {}, key: `${call.id}:${key}` },
      outer: frame,
      instance: frame.instance
    });
  }
  /**
   * `self._output_callable(df, **self._output_callable_kwargs)` while a summary is read: an
   * attribute (not a method) called with exactly one `**` spread of an attribute, and no `*`
   * spread; `summarize` keeps it when both attributes are exactly a keyword's marker.
   */
  captureCall(call, callee, frame) {
    if (!capturingCalls) return;
    let positional = 0;
    const keywords = [];
    let spread;
    for (const argument of call.childForFieldName("arguments")?.namedChildren ?? []) {
      if (argument.type === "comment") continue;
      if (argument.type === "list_splat") return;
      if (argument.type === "dictionary_splat") {
        if (spread) return;
        spread = argument.namedChild(0) ?? void 0;
        continue;
      }
      if (argument.type === "keyword_argument") {
        const name2 = argument.childForFieldName("name")?.text;
        if (name2 === void 0) return;
        keywords.push(name2);
        continue;
      }
      positional++;
    }
    if (!spread) return;
    const callable = this.resolver.place(callee, frame);
    const kwargs = this.resolver.place(spread, frame);
    if (callable && kwargs) capturingCalls.push({ callable, kwargs, positional, keywords });
  }
  /** The configured API a resolved name matches (`configuredCallFor`), and its `call`, if any. */
  configuredApi(qualified) {
    const call = configuredCallFor(qualified, (name2) => this.knowledge.extraApis.has(name2));
    return call === void 0 ? void 0 : { call, api: this.knowledge.extraApis.get(call) };
  }
  match(callee, qualified, frame) {
    if (qualified !== void 0) {
      const configured2 = this.configuredApi(qualified);
      if (configured2)
        return {
          api: configured2.api,
          name: qualified.split(".").slice(-2).join("."),
          row: configuredRow(configured2.call)
        };
      const known2 = STORAGE_FUNCTIONS.get(qualified) ?? STORAGE_OPERATORS.get(qualified);
      if (known2 && !this.isLocalFunction(callee))
        return {
          api: known2,
          name: shortText(callee, 40),
          row: catalogRow(
            qualified,
            `Python storage, ${STORAGE_FUNCTIONS.has(qualified) ? "functions and classes" : "operators"}`
          )
        };
    }
    if (callee.type !== "attribute") return void 0;
    const known = this.storageMethod(callee);
    if (known === void 0) return void 0;
    const { method, name: name2, object, configured } = known;
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
  /**
   * The method a callee calls (`x.y.write_text`), when some storage API has a method of that
   * name: its name, how a finding names the call, its receiver, the configured API. The same for
   * every frame (a helper's calls are matched at every call of the helper): asked once per callee.
   */
  storageMethod(callee) {
    if (callee.tree !== this.module.root.tree) return this.readStorageMethod(callee);
    let known = this.storageMethods.get(callee.id);
    if (known === void 0) {
      known = this.readStorageMethod(callee) ?? null;
      this.storageMethods.set(callee.id, known);
    }
    return known ?? void 0;
  }
  readStorageMethod(callee) {
    const attribute = callee.childForFieldName("attribute");
    const method = TRAILING_NAME.exec(attribute ? attribute.text : callee.text)?.[0];
    if (method === void 0) return void 0;
    const configured = this.knowledge.extraApis.get(`.${method}`);
    if (!configured && !KNOWN_METHOD_NAMES.has(method)) return void 0;
    const object = callee.childForFieldName("object");
    const name2 = dottedParts(object) || callee.endIndex - callee.startIndex <= 40 ? shortText(callee, 40) : `\u2026.${method}`;
    return { method, name: name2, object, ...configured ? { configured } : {} };
  }
  /** `open` defined in this file is not the builtin. */
  isLocalFunction(callee) {
    return callee.type === "identifier" && this.module.context.functions.has(callee.text);
  }
  record(call, matched, frame, site) {
    const { api, receiver } = matched;
    const guess = (place) => api.guessed ? { ...place, guessed: true } : place;
    let openerAccess;
    if (api.opener) {
      const modeNode = argumentAt(call, api.opener.mode);
      const mode = modeNode ? stringLiteral(modeNode) ?? (frame.call ? this.resolver.knownText(modeNode, frame) : void 0) : api.opener.defaultMode;
      if (mode === void 0) return;
      openerAccess = /[wax+]/.test(mode.split(/[:|]/)[0]) ? "write" : "read";
    }
    const effects = api.choice ? [...api.effects, ...this.resolver.chosenEffects(call, api.choice, frame)] : api.effects;
    for (const effect of effects) {
      const places = this.resolver.effectPlaces(call, effect, frame, receiver, api.scheme);
      if (places.length === 0)
        this.noteUnplaced(call, effect, openerAccess ?? effect.access, matched, frame, site);
      for (const { place, written } of places) {
        if (place.handle) continue;
        this.push(openerAccess ?? effect.access, guess(place), written ?? call, call, matched, frame, site);
      }
    }
    if (api.program) {
      const written = argumentAt(call, api.program.argument) ?? call;
      for (const { access, place, at: at2 } of this.resolver.programPlaces(call, api.program, frame)) {
        if (access === "run")
          this.runScript(place, frame, site ?? { node: written, helper: "", script: true });
        else this.push(access, guess(place), at2 ?? written, call, matched, frame, site);
      }
      if (api.program.database && receiver?.place) {
        const tables = this.resolver.programTables(call, api.program, frame);
        if (tables.writes) this.push("write", receiver.place, written, call, matched, frame, site);
        if (tables.reads) this.push("read", receiver.place, written, call, matched, frame, site);
      }
    }
  }
  /**
   * A task's own call of a known API whose place argument names nothing the resolver can follow:
   * recorded for `--explain` (`TransportModel.unplacedStorage`), never a finding.
   */
  noteUnplaced(call, effect, access, matched, frame, site) {
    if (capturing || this.imported || site || matched.api.guessed) return;
    const argument = argumentAt(call, effect.path ?? effect.key);
    if (!argument) return;
    (this.model.unplacedStorage ??= []).push({
      taskId: frame.task.fact.id,
      access,
      api: matched.name,
      matchedBy: matched.row,
      span: spanOf(argument)
    });
  }
  push(access, place, written, call, matched, frame, site) {
    if (capturing) {
      capturing.push({ access, place });
      return;
    }
    const location = this.resolver.toLocation(place, written);
    if (matched.api.guessed && !isPathLike(location.pattern)) return;
    const madeBy = access === "write" ? this.madeByTask(location, written, frame) : void 0;
    const madeIn = access === "write" && madeBy === void 0 ? this.madeInTask(location, written, frame) : void 0;
    this.ops.push({
      taskId: frame.task.fact.id,
      ...frame.task.fact.dagId !== void 0 ? { dagId: frame.task.fact.dagId } : {},
      access,
      api: site ? `${site.helper}${site.script ? "" : "()"} \u2192 ${matched.name}` : matched.name,
      matchedBy: matched.row,
      location: madeBy !== void 0 || madeIn !== void 0 ? { ...location, ...madeBy !== void 0 ? { madeBy } : { madeIn } } : location,
      // An operator's declaration is long: its finding points at the argument that names the place.
      // A same-file helper's write is reported at the helper's own line (once, whichever tasks
      // call it); an imported helper's, at the call in the linted file; a read, at the call.
      span: spanOf(
        site && (this.imported || access === "read") ? site.node : matched.declaration ? written : call
      ),
      ...site && !this.imported && access === "write" ? { calledAt: spanOf(site.node) } : {},
      ...site && !this.imported && !site.script && frame.call?.id === site.node.id ? { inHelper: spanOf(call) } : {},
      ...this.imported ? { origin: { file: this.imported.file, name: this.imported.name, span: spanOf(call) } } : {}
    });
  }
  /**
   * `Location.madeBy` for a place none of whose parts we can name: `expression` is a name bound
   * once, in the task's own function, to a value that code builds (a call, a string, a `/` join)
   * — not a parameter, a loop variable or a value from elsewhere, which may be anyone's place
   * (the staging volume another task named). Undefined otherwise.
   */
  madeByTask(location, expression, frame) {
    if (hasLiteral(location.pattern) && !location.pattern.startsWith("{")) return void 0;
    return this.boundInTask(expression, frame);
  }
  /**
   * `Location.madeIn` for a write whose path starts unknown: `os.path.join(folder, …)` (or
   * `f"{folder}/…"`) in the task's own code, `folder` a name bound once there to a value it builds.
   */
  madeInTask(location, expression, frame) {
    if (!location.pattern.startsWith("{")) return void 0;
    const node = unparenthesize(expression);
    let first;
    if (node.type === "call" && this.module.context.qualifiedCallee(node) === "os.path.join")
      first = callArguments(node).positional[0];
    else if (node.type === "string") {
      const parts2 = node.namedChildren.filter((part) => part.type !== "string_start");
      const [head, next] = parts2;
      if (head?.type === "interpolation" && next?.type === "string_content" && next.text.startsWith("/"))
        first = head.childForFieldName("expression") ?? void 0;
    }
    return first ? this.boundInTask(first, frame) : void 0;
  }
  /** A name bound once, in the task's own function, to a value that code builds: `name@offset`. */
  boundInTask(expression, frame) {
    if (this.imported || frame.call || frame.fn.id !== frame.task.fn?.id) return void 0;
    const node = unparenthesize(expression);
    if (node.type !== "identifier") return void 0;
    const value = onlyAssignedValue(this.module.bindings.reaching(node.text, node));
    if (!value || !MADE_VALUE_TYPES.has(value.type)) return void 0;
    if (value.startIndex < frame.fn.startIndex || value.endIndex > frame.fn.endIndex) return void 0;
    return `${node.text}@${value.startIndex}`;
  }
  /** The places each handoff refers to: the value itself, or paths inside a dict / list it builds. */
  fillHandoffLocations() {
    for (const { fact, value, task, helper } of this.module.handoffValues) {
      const seen = /* @__PURE__ */ new Set();
      const handed = helper ? this.helperHandedPlaces(task, helper, fact.key, value) : this.handedPlaces(task, fact.channel, value, fact.key);
      for (const { place, node, frame } of handed) {
        const location = this.resolver.toLocation(place, node);
        const madeBy = frame && this.madeByTask(location, node, frame);
        if (madeBy !== void 0) {
          fact.locations.push({ ...location, madeBy });
          continue;
        }
        if (seen.has(location.pattern) || !isPathLike(location.pattern)) continue;
        seen.add(location.pattern);
        fact.locations.push(location);
      }
    }
  }
  /**
   * The places a task's handed-on value refers to, for each call of its factory: read in the
   * task's code (`LocationResolver.handedPlaces`), or — for a task running an imported function
   * or a bound method — what that function returns or pushes under `key`, read there (no frame of
   * this file: standing for `value`).
   */
  handedPlaces(task, channel, value, key) {
    const factories = this.taskFactories(task) ?? [void 0];
    if (!task.fn) {
      const places = factories.flatMap(
        (f) => channel === "return" ? this.importedTaskReturns(task, f) : channel === "xcom-push" ? this.importedTaskPushes(task, key, f) : []
      );
      return places.map((place) => ({ place, node: value }));
    }
    return factories.flatMap(
      (f) => this.taskFrames(task, f).flatMap((frame) => this.resolver.handedPlaces(value, frame))
    );
  }
  /** What a helper the task's code calls pushes under `key`, for each call of its factory. */
  helperHandedPlaces(task, helper, key, call) {
    const factories = this.taskFactories(task) ?? [void 0];
    return factories.flatMap(
      (f) => this.taskFrames(task, f).flatMap(
        (frame) => this.helperPushedPlaces(helper, key, frame).map((place) => ({ place, node: call }))
      )
    );
  }
};
var DEFINITIONS = /* @__PURE__ */ new Set(["function_definition", "class_definition", "lambda"]);
function scriptPath(place) {
  let text2 = "";
  for (const piece of place.pieces) text2 = "text" in piece ? text2 + piece.text : "";
  return text2.endsWith(".py") ? text2 : void 0;
}
var MADE_VALUE_TYPES = /* @__PURE__ */ new Set(["call", "string", "concatenated_string", "binary_operator"]);
function literalKeywords(expression) {
  const dict = unparenthesize(expression);
  if (dict.type !== "dictionary") return void 0;
  const values = /* @__PURE__ */ new Map();
  for (const pair of dict.namedChildren) {
    if (pair.type === "comment") continue;
    if (pair.type !== "pair") return void 0;
    const key = stringLiteral(pair.childForFieldName("key"));
    const value = pair.childForFieldName("value");
    if (key === void 0 || !value) return void 0;
    values.set(key, value);
  }
  return values;
}
var topLevelClassCache = new NodeMemo();
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
var LOOP_SCOPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
function extractStorage(module2, model) {
  if (module2.tasks.length === 0) return;
  const session = module2.project && module2.filePath ? { modules: module2.project, file: module2.filePath, extractors: /* @__PURE__ */ new Map() } : void 0;
  new StorageExtractor(module2, model, session).run();
}
function hasArguments(call) {
  const list2 = call.childForFieldName("arguments");
  return !!list2 && list2.namedChildren.some((child) => child.type !== "comment");
}

// packages/python/src/index.ts
var extractors = [
  extractHandoffs,
  extractConsumptions,
  extractStorage,
  extractRunOrder,
  extractEnvReads
];
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
function analyzePython(source, filePath, options = {}, project, incremental) {
  if (!mayConcernRules(source, options)) return emptyModel(filePath, "python");
  return analyzePythonFully(source, filePath, options, project, incremental);
}
function analyzePythonFully(source, filePath, options = {}, project, incremental) {
  const model = emptyModel(filePath, "python");
  source = source.includes("\r") ? source.replace(/\r(?!\n)/g, "\n") : source;
  try {
    const tree = parseSkippingDataLiterals(source, incremental);
    const root = tree.rootNode;
    const syntaxError = syntaxErrorDiagnostic(root);
    if (syntaxError) model.diagnostics.push(syntaxError);
    const tooDeep = tree.rootNode.hasError || tree.depth > MAX_BRACKET_NESTING ? nestingDiagnostic(source) : void 0;
    if (tooDeep) model.diagnostics.push(tooDeep);
    const nodes = new NodeIndex(root);
    const context = new ModuleContext(tree, nodes);
    const configured = new Set(readStorageKnowledge(options).apis.map((api) => api.call));
    const modules = project ? new ProjectModules(project) : void 0;
    const absolute = import_node_path5.default.resolve(filePath);
    for (const name2 of repositoryOperatorNames(root, context, nodes, modules, absolute)) configured.add(name2);
    const callables = repositoryCallables(context, nodes, modules, absolute, configured);
    const { dags, tasks } = discoverTasks(root, context, nodes, configured, callables);
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
      options,
      handoffValues: [],
      ...modules ? { project: modules, filePath: absolute } : {}
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
var pythonFrontend = {
  language: "python",
  extensions: PYTHON_EXTENSIONS,
  analyze: analyzePython
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Bindings,
  CATALOG_TRIGGER_NAMES,
  IncrementalParse,
  ModuleContext,
  NodeIndex,
  PARSER_ENV,
  SCOPE_TYPES,
  SUPPRESSION_MARKER,
  SyntaxNode,
  SyntaxTree,
  analyzePython,
  analyzePythonFully,
  freePythonTree,
  initPythonParser,
  mayConcernRules,
  ownDescendantsOfType,
  parsePython,
  parseSuppression,
  parseSyntaxTree,
  pythonFrontend,
  pythonParserInfo,
  selectPythonParser,
  textEdit
});
