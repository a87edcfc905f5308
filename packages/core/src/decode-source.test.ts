import { describe, expect, it } from "vitest";
import { codingDeclaration, decodeSource, eslintTextProblem } from "./workspace-reader.js";

const bytes = (text: string, encoding: BufferEncoding = "utf8") =>
  new Uint8Array(Buffer.from(text, encoding));

describe("codingDeclaration (PEP 263)", () => {
  it.each([
    ["# -*- coding: latin-1 -*-\nx = 1\n", "latin-1"],
    ["#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n", "cp1252"],
    ["\n# coding=utf-8\n", "utf-8"],
    ["x = 1  # coding: latin-1\n", undefined],
    ["import os\n# coding: latin-1\n", undefined],
    ["# a comment\n\n# coding: latin-1\n", undefined],
    ["#!/usr/bin/env python\r# coding: latin-1\r", "latin-1"],
  ])("%j → %s", (text, expected) => {
    expect(codingDeclaration(text)).toBe(expected);
  });
});

describe("decodeSource", () => {
  it("decodes Python by its declaration, byte for byte for Latin-1 (not windows-1252)", () => {
    const source = bytes("# coding: latin-1\ns = '\u00e9\u0080'\n", "latin1");
    expect(decodeSource(source, { python: true })).toEqual({
      text: "# coding: latin-1\ns = '\u00e9\u0080'\n",
    });
    // Without Python's rules (another language), the same bytes are not UTF-8.
    expect(decodeSource(source)).toEqual({ problem: "File is not valid UTF-8; not analysed." });
  });

  it("decodes other codecs the runtime knows (windows-1251, Shift JIS)", () => {
    const cp1251 = Buffer.concat([Buffer.from("# coding: cp1251\n# "), Buffer.from([0xcf, 0xf0, 0xe8])]);
    expect(decodeSource(cp1251, { python: true })).toEqual({
      text: "# coding: cp1251\n# \u041f\u0440\u0438",
    });
    const sjis = Buffer.concat([Buffer.from("# -*- coding: shift_jis -*-\n# "), Buffer.from([0x82, 0xa0])]);
    expect(decodeSource(sjis, { python: true })).toEqual({ text: "# -*- coding: shift_jis -*-\n# \u3042" });
  });

  it("drops a UTF-8 byte-order mark, and refuses one with another declaration as Python does", () => {
    expect(decodeSource(bytes("\ufeffx = 1\n"), { python: true })).toEqual({ text: "x = 1\n" });
    expect(decodeSource(bytes("\ufeff# coding: utf-8\n"), { python: true })).toEqual({
      text: "# coding: utf-8\n",
    });
    expect(decodeSource(bytes("\ufeff# coding: latin-1\n"), { python: true })).toEqual({
      problem: expect.stringMatching(/byte-order mark but declares encoding 'latin-1'/),
    });
  });

  it("keeps line endings as they are", () => {
    expect(decodeSource(bytes("a = 1\rb = 2\r\nc = 3\n"), { python: true })).toEqual({
      text: "a = 1\rb = 2\r\nc = 3\n",
    });
  });

  it("says which declaration it cannot decode, without quoting a long one", () => {
    const problem = (
      decodeSource(bytes(`# coding: ${"x".repeat(100)}\n`), { python: true }) as { problem: string }
    ).problem;
    expect(problem).toMatch(/^File declares encoding 'x{40}…' \(PEP 263 coding declaration\)/);
    expect(decodeSource(bytes("# coding: utf-16\n"), { python: true })).toEqual({
      problem: expect.stringMatching(/'utf-16'.*cannot decode/),
    });
  });
});

describe("eslintTextProblem", () => {
  const none = () => undefined;

  it("accepts UTF-8 text, and ASCII text whatever it declares", () => {
    expect(eslintTextProblem("s = '\u00e9'\n", { python: true, bytesOnDisk: none })).toBeUndefined();
    expect(
      eslintTextProblem("# coding: latin-1\nx = 1\n", { python: true, bytesOnDisk: none }),
    ).toBeUndefined();
  });

  it("refuses non-ASCII text of a file that declares another encoding", () => {
    expect(
      eslintTextProblem("# coding: latin-1\ns = '\ufffd'\n", { python: true, bytesOnDisk: none }),
    ).toMatch(/^File declares encoding 'latin-1' \(PEP 263\), and ESLint reads files as UTF-8/);
  });

  it("tells a replacement character written in the file from an undecodable byte", () => {
    const written = () => bytes("s = '\ufffd'\n");
    expect(eslintTextProblem("s = '\ufffd'\n", { python: true, bytesOnDisk: written })).toBeUndefined();
    const broken = () => new Uint8Array([0x73, 0x20, 0xff, 0x0a]);
    expect(eslintTextProblem("s \ufffd\n", { python: true, bytesOnDisk: broken })).toBe(
      "File is not valid UTF-8; not analysed.",
    );
  });
});
