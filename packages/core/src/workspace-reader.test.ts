import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clearListings, noteListing } from "./listings.js";
import { relativeInside } from "./paths.js";
import { MAX_FILE_BYTES, isInside, readWorkspaceBytes, readWorkspaceText } from "./workspace-reader.js";

const dirs: string[] = [];
function temp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dag-transport-reader-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the guarded workspace reader", () => {
  it("reads a regular file, and one reached through a link that stays inside the root", () => {
    const root = temp();
    writeFileSync(path.join(root, "dag.py"), "x = 1\n");
    mkdirSync(path.join(root, "dags"));
    symlinkSync("../dag.py", path.join(root, "dags", "linked.py"));
    expect(readWorkspaceText(path.join(root, "dag.py"), { root })).toEqual({ text: "x = 1\n" });
    expect(readWorkspaceText(path.join(root, "dags", "linked.py"), { root })).toEqual({ text: "x = 1\n" });
  });

  it("refuses a link out of the root without reading it, and never quotes what is there", () => {
    const root = temp();
    const outside = path.join(temp(), "secret");
    writeFileSync(outside, "AWS_SECRET_ACCESS_KEY=canary\n");
    symlinkSync(outside, path.join(root, "pyproject.toml"));
    symlinkSync("/proc/self/environ", path.join(root, "environ.toml"));
    for (const name of ["pyproject.toml", "environ.toml"]) {
      const read = readWorkspaceText(path.join(root, name), { root });
      expect(read).toEqual({ problem: "File is a link to something outside the workspace; not analysed." });
    }
    // A path that climbs out with `..` is refused the same way.
    expect(
      readWorkspaceText(path.join(root, "..", path.basename(path.dirname(outside)), "secret"), { root }),
    ).toHaveProperty("problem");
  });

  it("reads a file the walk listed as regular without resolving it, and resolves one swapped for a link since", () => {
    const root = temp();
    const outside = path.join(temp(), "secret");
    writeFileSync(outside, "AWS_SECRET_ACCESS_KEY=canary\n");
    writeFileSync(path.join(root, "dag.py"), "x = 1\n");
    writeFileSync(path.join(root, "swapped.py"), "y = 2\n");
    const real = realpathSync(root);
    try {
      noteListing(root, ["dag.py", "swapped.py"], real, new Set(["dag.py", "swapped.py"]));
      rmSync(path.join(root, "swapped.py"));
      symlinkSync(outside, path.join(root, "swapped.py"));
      expect(readWorkspaceText(path.join(root, "dag.py"), { root })).toEqual({ text: "x = 1\n" });
      expect(readWorkspaceText(path.join(root, "dag.py"), { root, expected: true })).toEqual({
        text: "x = 1\n",
      });
      expect(readWorkspaceText(path.join(root, "swapped.py"), { root })).toEqual({
        problem: "File is a link to something outside the workspace; not analysed.",
      });
      // Gone since the walk: missing, as without the listing.
      rmSync(path.join(root, "dag.py"));
      expect(readWorkspaceText(path.join(root, "dag.py"), { root })).toEqual({
        problem: "Cannot read file: ENOENT.",
        missing: true,
      });
    } finally {
      clearListings();
    }
  });

  it("refuses devices and FIFOs at once, even without a root", () => {
    const root = temp();
    const fifo = path.join(root, "fifo.toml");
    execFileSync("mkfifo", [fifo]);
    const started = performance.now();
    expect(readWorkspaceBytes("/dev/zero")).toEqual({ problem: "Not a regular file; not analysed." });
    expect(readWorkspaceBytes(fifo, { root })).toEqual({ problem: "Not a regular file; not analysed." });
    expect(readWorkspaceBytes(root, { root })).toHaveProperty("problem");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a file over the limit before reading it, and bounds a file that claims no size", () => {
    const root = temp();
    const big = path.join(root, "big.py");
    writeFileSync(big, "");
    truncateSync(big, MAX_FILE_BYTES + 1);
    expect(readWorkspaceBytes(big, { root })).toEqual({
      problem: "File is 5.0 MiB, over the 5 MiB limit; not analysed.",
    });
    // Files under /proc claim size 0; the read is still capped.
    const read = readWorkspaceBytes("/proc/self/status", { maxBytes: 16 });
    expect(read).toHaveProperty("problem");
    expect((read as { problem: string }).problem).toMatch(/over the .* MiB limit/);
    expect(readWorkspaceBytes(path.join(root, "exactly.py"))).toMatchObject({ missing: true });
  });

  it("says a missing file is missing (discovery moves on), and a dangling link too", () => {
    const root = temp();
    symlinkSync(path.join(root, "nowhere"), path.join(root, "dangling.toml"));
    expect(readWorkspaceText(path.join(root, "absent.toml"), { root })).toEqual({
      problem: "Cannot read file: ENOENT.",
      missing: true,
    });
    expect(readWorkspaceText(path.join(root, "dangling.toml"), { root })).toMatchObject({ missing: true });
  });

  it("isInside: the root itself and paths below it, never siblings that share a prefix", () => {
    expect(isInside("/w/repo", "/w/repo")).toBe(true);
    expect(isInside("/w/repo", "/w/repo/dags/a.py")).toBe(true);
    expect(isInside("/w/repo", "/w/repo-evil/a.py")).toBe(false);
    expect(isInside("/w/repo", "/w")).toBe(false);
    expect(isInside("C:\\w\\repo", "D:\\w\\repo\\a.py", path.win32)).toBe(false);
    expect(isInside("/", "/w")).toBe(true);
    expect(isInside("/w/repo", "/w/repo/")).toBe(true);
    expect(isInside("/w/repo/", "/w/repo/a")).toBe(true);
    expect(isInside("/w/repo", "/w/repo/../repo-evil")).toBe(false);
    for (const [root, target] of [
      ["/w/repo", "/w/repo/a"],
      ["/w/repo", "/w/repox"],
      ["/", "/"],
      ["/w", "/w/..x/a"],
    ] as const)
      expect(isInside(root, target)).toBe(relativeInside(root, target) !== undefined);
  });
});
