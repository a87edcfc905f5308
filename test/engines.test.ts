/**
 * The lockfile agrees with `engines`: every package that the CLI, the ESLint plugin or the
 * committed bundle can load at run time (the workspace packages' dependencies and optional
 * dependencies, and theirs, as pnpm-lock.yaml resolves them) accepts the lowest Node.js the
 * published packages declare. What npm resolves for users is checked by the install test
 * (`npm install --engine-strict`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { minVersion, satisfies } from "semver";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { NODE_ENGINES } from "../scripts/bundle.mjs";
import { REPO_ROOT } from "./support/cli.js";

interface Lockfile {
  importers: Record<string, Record<string, Record<string, { version: string }> | undefined>>;
  packages: Record<string, { engines?: { node?: string } }>;
  snapshots: Record<
    string,
    { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
  >;
}

const lock = parse(readFileSync(path.join(REPO_ROOT, "pnpm-lock.yaml"), "utf8")) as Lockfile;
const RUN_TIME = ["dependencies", "optionalDependencies"] as const;

/** `name@version(peer…)` → the `packages` key `name@version`. */
const packageKey = (snapshot: string) => snapshot.replace(/\(.*$/, "");

function runTimeClosure(): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const [importer, manifest] of Object.entries(lock.importers)) {
    if (!importer.startsWith("packages/") && importer !== "rules") continue;
    for (const kind of RUN_TIME)
      for (const [name, { version }] of Object.entries(manifest[kind] ?? {}))
        if (!version.startsWith("link:")) queue.push(`${name}@${version}`);
  }
  while (queue.length) {
    const snapshot = queue.pop()!;
    if (seen.has(snapshot)) continue;
    seen.add(snapshot);
    const entry = lock.snapshots[snapshot] ?? {};
    for (const kind of RUN_TIME)
      for (const [name, version] of Object.entries(entry[kind] ?? {})) queue.push(`${name}@${version}`);
  }
  return seen;
}

describe("lockfile and engines", () => {
  const lowest = minVersion(NODE_ENGINES)!.version;

  it(`every run-time package in the lockfile accepts Node.js ${lowest} (engines ${NODE_ENGINES})`, () => {
    const closure = runTimeClosure();
    expect(closure.size).toBeGreaterThan(20);
    const refusing = [...closure]
      .map((snapshot) => [packageKey(snapshot), lock.packages[packageKey(snapshot)]?.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !satisfies(lowest, range, { includePrerelease: true }))
      .map(([key, range]) => `${key} wants node ${range}`);
    expect(refusing).toEqual([]);
  });

  it("the packages and the repository declare the same engines", () => {
    const root = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    expect(root.engines.node).toBe(NODE_ENGINES);
  });
});
