import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeResult } from "@dag-transport/core";
import {
  cleanResult,
  recordedReadDigest,
  ResultCache,
  settledIdentity,
  splitReadDigest,
  type RecordChecks,
} from "./result-cache.js";

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

describe("ResultCache.lookup (packed entries, per-folder checks)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dag-transport-cache-"));
  const file = path.join(dir, "cache");
  const [a, b] = [path.join(dir, "dags", "a.py"), path.join(dir, "dags", "b.py")];
  const helper = path.join(dir, "dags", "helpers.py");
  const result = (filePath: string) => makeResult(filePath, []);

  /** Checks that answer from `state`, and count what they were asked. */
  function checksOf(state: { identity: string; context: string; digests: Map<string, string> }) {
    const asked = { file: 0, context: 0, reads: [] as string[] };
    const checks: RecordChecks = {
      file: (_, f) => (asked.file++, f.identity === state.identity),
      context: () => (asked.context++, state.context),
      read: (_, read) => (asked.reads.push(read), state.digests.get(read) ?? "missing"),
    };
    return { checks, asked };
  }

  function saved(): ResultCache {
    rmSync(file, { force: true });
    const cache = ResultCache.load(file, "test");
    for (const filePath of [a, b])
      cache.store(
        filePath,
        "options",
        { content: "c", identity: "i", context: "ctx", reads: [[helper, "missing"]] },
        result(filePath),
      );
    expect(cache.save()).toBeUndefined();
    return ResultCache.load(file, "test");
  }

  it("reuses both files of a folder, asking their shared reads once, by absolute path", () => {
    const cache = saved();
    const { checks, asked } = checksOf({ identity: "i", context: "ctx", digests: new Map() });
    expect(cache.lookup(a, "options", checks)).toEqual(result(a));
    expect(JSON.stringify(cache.lookup(b, "options", checks))).toBe(JSON.stringify(result(b)));
    expect(asked.reads).toEqual([helper]);
    expect(asked.file).toBe(2);
    expect(cache.stats.reused).toBe(2);
  });

  it("checks a read set once per folder (without readScope), and other sets apart, each path read once", () => {
    rmSync(file, { force: true });
    const store = ResultCache.load(file, "test");
    const c = path.join(dir, "other", "c.py");
    const d = path.join(dir, "dags", "d.py");
    const otherHelper = path.join(dir, "other", "helpers.py");
    const record = (reads: [string, string][]) => ({ content: "c", identity: "i", context: "ctx", reads });
    store.store(a, "options", record([[helper, "missing"]]), result(a));
    store.store(c, "options", record([[otherHelper, "missing"]]), result(c));
    store.store(
      d,
      "options",
      record([
        [helper, "missing"],
        [otherHelper, "missing"],
      ]),
      result(d),
    );
    expect(store.save()).toBeUndefined();
    const cache = ResultCache.load(file, "test");
    const { checks, asked } = checksOf({
      identity: "i",
      context: "ctx",
      digests: new Map([[otherHelper, "appeared"]]),
    });
    expect(cache.lookup(a, "options", checks)).toEqual(result(a));
    expect(cache.lookup(c, "options", checks)).toBeUndefined();
    expect(cache.lookup(d, "options", checks)).toBeUndefined();
    // `d`'s set is checked apart from `a`'s, but `helper` was read for this folder already.
    expect(asked.reads).toEqual([helper, otherHelper, otherHelper]);
  });

  it("checks a read set once per read scope, across folders", () => {
    rmSync(file, { force: true });
    const store = ResultCache.load(file, "test");
    const c = path.join(dir, "other", "c.py");
    for (const filePath of [a, b, c])
      store.store(
        filePath,
        "options",
        { content: "c", identity: "i", context: "ctx", reads: [[helper, "missing"]] },
        result(filePath),
      );
    expect(store.save()).toBeUndefined();
    const cache = ResultCache.load(file, "test");
    const { checks, asked } = checksOf({ identity: "i", context: "ctx", digests: new Map() });
    const scopes: string[] = [];
    checks.readScope = (filePath) => (scopes.push(filePath), "repository");
    for (const filePath of [a, c, b])
      expect(cache.lookup(filePath, "options", checks)).toEqual(result(filePath));
    expect(asked.reads).toEqual([helper]);
    expect(scopes).toEqual([a, c, b]);
    // Another scope (another repository root) checks it again, and a change there misses there only.
    const other = checksOf({ identity: "i", context: "ctx", digests: new Map([[helper, "appeared"]]) });
    other.checks.readScope = (filePath) => (filePath === b ? "elsewhere" : "repository");
    const again = ResultCache.load(file, "test");
    expect(again.lookup(a, "options", other.checks)).toBeUndefined();
    expect(again.lookup(b, "options", other.checks)).toBeUndefined();
    expect(other.asked.reads).toEqual([helper, helper]);
  });

  it("answers from the folder listings (`listed`) what they prove missing, and reads the rest", () => {
    rmSync(file, { force: true });
    const store = ResultCache.load(file, "test");
    const dags = path.join(dir, "dags");
    const deep = path.join(dags, "pkg", "sub", "helpers.py");
    const present = path.join(dags, "present.py");
    const unlisted = path.join(dir, "elsewhere", "z.py");
    const reads: [string, string][] = [
      [deep, "missing"],
      [present, "d"],
      [unlisted, "missing"],
    ];
    store.store(a, "options", { content: "c", identity: "i", context: "ctx", reads }, result(a));
    expect(store.save()).toBeUndefined();
    const run = (listing: string[]) => {
      const { checks, asked } = checksOf({
        identity: "i",
        context: "ctx",
        digests: new Map([[present, "d"]]),
      });
      const listed: [string, string][] = [];
      checks.listed = (folder, name) => {
        listed.push([folder, name]);
        return folder === dags ? listing.includes(name) : undefined;
      };
      return { found: ResultCache.load(file, "test").lookup(a, "options", checks), asked, listed };
    };
    // `pkg` is not in the listing of dags/: everything below it is missing, unread.
    const first = run(["present.py", "a.py"]);
    expect(first.found).toEqual(result(a));
    expect(first.asked.reads).toEqual([present, unlisted]);
    expect(first.listed).toContainEqual([dags, "pkg"]);
    // `pkg` appeared: its path is read, and found missing by the read.
    const second = run(["present.py", "a.py", "pkg"]);
    expect(second.found).toEqual(result(a));
    expect(second.asked.reads).toEqual([deep, present, unlisted]);
    // The listing lost present.py: missing, so the record no longer holds.
    expect(run(["a.py"]).found).toBeUndefined();
  });

  it("misses, and drops the entry, when a module recorded as missing now reads (a file appeared)", () => {
    const cache = saved();
    const { checks } = checksOf({ identity: "i", context: "ctx", digests: new Map([[helper, "abc"]]) });
    expect(cache.lookup(a, "options", checks)).toBeUndefined();
    expect(cache.lookup(b, "options", checks)).toBeUndefined();
    // Dropped: a second look-up finds nothing to check.
    const again = checksOf({ identity: "i", context: "ctx", digests: new Map() });
    expect(cache.lookup(a, "options", again.checks)).toBeUndefined();
    expect(again.asked.file).toBe(0);
  });

  it("misses on other options, another context or another file, before reading anything it need not", () => {
    const cache = saved();
    const other = checksOf({ identity: "i", context: "ctx", digests: new Map() });
    expect(cache.lookup(a, "other options", other.checks)).toBeUndefined();
    expect(other.asked).toEqual({ file: 0, context: 0, reads: [] });
    const context = checksOf({ identity: "i", context: "changed", digests: new Map() });
    expect(cache.lookup(b, "options", context.checks)).toBeUndefined();
    expect(context.asked.reads).toEqual([]);
    const touched = checksOf({ identity: "other", context: "ctx", digests: new Map() });
    expect(ResultCache.load(file, "test").lookup(a, "options", touched.checks)).toBeUndefined();
  });

  it("keeps the new metadata of a file hashed the same (and saves it)", () => {
    const cache = saved();
    const checks: RecordChecks = {
      file: (_, f) => ((f.identity = "new"), true),
      context: () => "ctx",
      read: () => "missing",
    };
    expect(cache.lookup(a, "options", checks)).toEqual(result(a));
    expect(cache.save()).toBeUndefined();
    const { checks: strict } = checksOf({ identity: "new", context: "ctx", digests: new Map() });
    expect(ResultCache.load(file, "test").lookup(a, "options", strict)).toEqual(result(a));
  });

  it("trusts a read's identity where `readUnchanged` holds it, else compares the read's digest", () => {
    rmSync(file, { force: true });
    const store = ResultCache.load(file, "test");
    const reads: [string, string][] = [[helper, "d@ident"]];
    store.store(a, "options", { content: "c", identity: "i", context: "ctx", reads }, result(a));
    expect(store.save()).toBeUndefined();
    const run = (identity: string, digest: string) => {
      const { checks, asked } = checksOf({
        identity: "i",
        context: "ctx",
        digests: new Map([[helper, digest]]),
      });
      const unchanged: string[] = [];
      checks.readUnchanged = (_, read, recorded) => (
        unchanged.push(`${read} ${recorded}`),
        recorded === identity
      );
      return { found: ResultCache.load(file, "test").lookup(a, "options", checks), asked, unchanged };
    };
    const same = run("ident", "other");
    expect(same.found).toEqual(result(a));
    expect(same.unchanged).toEqual([`${helper} ident`]);
    expect(same.asked.reads).toEqual([]);
    // Touched (another identity): read, and the same digest holds; another digest does not.
    const touched = run("new", "d");
    expect(touched.found).toEqual(result(a));
    expect(touched.asked.reads).toEqual([helper]);
    expect(run("new", "e").found).toBeUndefined();
  });

  it("records a read's identity only for a text read whose file had settled", () => {
    const settled = `1:2:3:4:${BigInt(Date.now() - 10_000) * 1_000_000n}`;
    const recent = `1:2:3:4:${BigInt(Date.now()) * 1_000_000n}`;
    expect(recordedReadDigest("abc", settled)).toBe(`abc@${settled}`);
    expect(recordedReadDigest("abc", recent)).toBe("abc");
    expect(recordedReadDigest("abc", undefined)).toBe("abc");
    expect(recordedReadDigest("missing", settled)).toBe("missing");
    expect(recordedReadDigest("problem:x@y", settled)).toBe("problem:x@y");
    expect(splitReadDigest(`abc@${settled}`)).toEqual(["abc", settled]);
    expect(splitReadDigest("problem:x@y")).toEqual(["problem:x@y", undefined]);
  });

  it("writes an ASCII-only file, and reads back any text a message holds", () => {
    rmSync(file, { force: true });
    const store = ResultCache.load(file, "test");
    const text = "caf\u00e9 \u2026 \u{1f600} \u2028 \ud800 \\u00e9";
    const flagged = makeResult(a, [{ ruleId: "r", severity: 2, message: text, line: 1, column: 1 }]);
    store.store(a, "options", { content: "c", identity: "i", context: "ctx", reads: [] }, flagged);
    expect(store.save()).toBeUndefined();
    expect(readFileSync(file).every((byte) => byte < 0x80)).toBe(true);
    const { checks } = checksOf({ identity: "i", context: "ctx", digests: new Map() });
    expect(ResultCache.load(file, "test").lookup(a, "options", checks)?.messages[0]?.message).toBe(text);
  });

  it("a clean result is makeResult's, field for field and in its order", () => {
    expect(JSON.stringify(cleanResult("/x.py"))).toBe(JSON.stringify(makeResult("/x.py", [])));
    expect(cleanResult("/x.py").messages).not.toBe(cleanResult("/y.py").messages);
  });
});
