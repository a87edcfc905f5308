import { describe, expect, it } from "vitest";
import { addedLinesIn, hunkContaining, isCommentableRange, parsePatch } from "./diff.js";

// Two hunks: the first adds line 11 and replaces old 12 with new 12-13; the second only deletes.
const PATCH = [
  "@@ -8,6 +8,8 @@ def extract():",
  " a = 1",
  " b = 2",
  " c = 3",
  "+d = 4",
  "-e = 5",
  "+e = 50",
  "+f = 6",
  " g = 7",
  " h = 8",
  " i = 9",
  "@@ -40,4 +42,3 @@ def load():",
  " x = 1",
  "-y = 2",
  " z = 3",
  " w = 4",
  "\\ No newline at end of file",
].join("\n");

describe("parsePatch", () => {
  it("maps each hunk to the new file's lines it shows and the lines it adds", () => {
    const hunks = parsePatch(PATCH);
    expect(hunks.map((h) => [h.start, h.end, [...h.added]])).toEqual([
      [8, 16, [11, 12, 13]],
      [42, 44, []],
    ]);
  });

  it("treats a final newline as the end of the last line, not another context line", () => {
    expect(parsePatch("@@ -0,0 +1,2 @@\n+a\n+b\n").map((h) => [h.start, h.end])).toEqual([[1, 2]]);
  });

  it("gives a hunk that only deletes no lines on the right", () => {
    const [hunk] = parsePatch("@@ -5,2 +4,0 @@\n-a\n-b");
    expect(hunk!.end).toBeLessThan(hunk!.start);
    expect(hunkContaining(parsePatch("@@ -5,2 +4,0 @@\n-a\n-b"), 4)).toBeUndefined();
  });

  it("reads a patch with CRLF line breaks, an empty context line without its space included", () => {
    const hunks = parsePatch("@@ -1,3 +1,4 @@\r\n a\r\n\r\n+b\r\n c\r\n");
    expect(hunks.map((h) => [h.start, h.end, [...h.added]])).toEqual([[1, 4, [3]]]);
  });

  it("ignores a hunk whose start is past any line number it could count exactly", () => {
    const hunks = parsePatch("@@ -1 +1 @@\n+a\n@@ -0 +9007199254740992 @@\n+b\n@@ -3 +3 @@\n+c");
    expect(hunks.map((h) => [h.start, h.end, [...h.added]])).toEqual([
      [1, 1, [1]],
      [3, 3, [3]],
    ]);
  });
});

describe("what GitHub accepts", () => {
  const hunks = parsePatch(PATCH);

  it("finds added lines in a range across hunks", () => {
    expect(addedLinesIn(hunks, 1, 100)).toEqual([11, 12, 13]);
    expect(addedLinesIn(hunks, 14, 44)).toEqual([]);
  });

  it("accepts a range inside one hunk, context lines included, and nothing else", () => {
    expect(isCommentableRange(hunks, 9, 14)).toBe(true);
    expect(isCommentableRange(hunks, 16, 16)).toBe(true);
    expect(isCommentableRange(hunks, 17, 17)).toBe(false);
    expect(isCommentableRange(hunks, 12, 43)).toBe(false);
    expect(isCommentableRange(hunks, 14, 12)).toBe(false);
  });

  it("accepts a range inside a later hunk when a malformed patch's hunks overlap", () => {
    // Lying headers: the first hunk shows line 8 only, the second 3-8.
    const overlapping = parsePatch("@@ -1 +8 @@\n+a\n@@ -1 +3 @@\n c\n+d\n c\n c\n+e\n+f");
    expect(overlapping.map((h) => [h.start, h.end])).toEqual([
      [8, 8],
      [3, 8],
    ]);
    expect(isCommentableRange(overlapping, 3, 8)).toBe(true);
    expect(isCommentableRange(overlapping, 2, 8)).toBe(false);
  });
});
