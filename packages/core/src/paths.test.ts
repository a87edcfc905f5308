import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryPath, relativeInside, reportPath } from "./paths.js";

describe("relativeInside", () => {
  it.each([
    ["posix", path.posix, "/repo", "/repo/dags/etl.py", "dags/etl.py"],
    ["posix", path.posix, "/repo", "/repo", ""],
    ["posix", path.posix, "/repo", "/repo/..cache/x.py", "..cache/x.py"],
    ["posix", path.posix, "/repo/dags", "/repo/other.py", undefined],
    ["posix", path.posix, "/repo", "/", undefined],
    ["win32", path.win32, "C:\\repo", "C:\\repo\\dags\\etl.py", "dags/etl.py"],
    ["win32", path.win32, "C:\\repo", "c:\\Repo\\dags\\etl.py", "dags/etl.py"],
    ["win32", path.win32, "C:\\repo", "C:\\repo\\..cache\\x.py", "..cache/x.py"],
    ["win32", path.win32, "C:\\repo\\dags", "C:\\repo\\other.py", undefined],
    ["win32", path.win32, "C:\\repo", "D:\\repo\\dags\\etl.py", undefined],
    ["win32", path.win32, "\\\\server\\share\\repo", "\\\\server\\share\\repo\\dags\\etl.py", "dags/etl.py"],
  ])("%s: %s → %s", (_platform, pathModule, from, to, expected) => {
    expect(relativeInside(from, to, pathModule)).toBe(expected);
  });
});

describe("reportPath", () => {
  it("is relative inside the folder, and the whole path with / outside it (another drive)", () => {
    expect(reportPath("C:\\repo", "C:\\repo\\dags\\etl.py", path.win32)).toBe("dags/etl.py");
    expect(reportPath("C:\\repo", "D:\\elsewhere\\etl.py", path.win32)).toBe("D:/elsewhere/etl.py");
    expect(reportPath("/repo", "/elsewhere/etl.py", path.posix)).toBe("/elsewhere/etl.py");
  });
});

describe("entryPath", () => {
  it("is path.join for a normalized absolute folder and an entry's name", () => {
    for (const [dir, name] of [
      ["/", "a.py"],
      ["/repo", "dags"],
      ["/repo/dags", ".dag-transport.toml"],
      ["/repo/dags", "..hidden"],
      ["/repo/dags", "a b.py"],
    ] as const)
      expect(entryPath(dir, name)).toBe(path.join(dir, name));
  });
});
