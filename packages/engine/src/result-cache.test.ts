import { describe, expect, it } from "vitest";
import path from "node:path";
import { joinRelative, settledIdentity } from "./result-cache.js";

describe("settledIdentity", () => {
  const now = Date.parse("2026-12-06T03:00:00Z");
  const identity = (ctimeMs: number) =>
    `2049:1234:10:${BigInt(ctimeMs) * 1_000_000n}:${BigInt(ctimeMs) * 1_000_000n + 17n}`;

  it("is kept for a file that last changed more than two seconds before it was read", () => {
    expect(settledIdentity(identity(now - 2_001), now)).toBe(identity(now - 2_001));
  });

  it("is dropped for a file changed within two seconds of its read, or in the future (a skewed clock)", () => {
    for (const ctime of [now - 1_999, now, now + 60_000])
      expect(settledIdentity(identity(ctime), now)).toBeUndefined();
  });

  it("is dropped when there is none or it is malformed", () => {
    expect(settledIdentity(undefined, now)).toBeUndefined();
    expect(settledIdentity("1:2:3:4:x", now)).toBeUndefined();
  });
});

describe("joinRelative", () => {
  const dirs = ["/", "/a", "/a/b/c", "/tmp/x y/z"];
  const relatives = [
    "",
    "..",
    "../..",
    "../../../../..",
    "x",
    "x/y.py",
    "../x",
    "../../x/__init__.py",
    "..x",
  ];
  const odd = ["x/..", "x/../y", "./x", "x/./y", "x//y", "x/", "/abs/p", "...", "../.../x"];
  it.each(dirs)("is path.resolve from %j", (dir) => {
    for (const relative of [...relatives, ...odd])
      expect(joinRelative(dir, relative)).toBe(path.resolve(dir, relative));
  });
});
