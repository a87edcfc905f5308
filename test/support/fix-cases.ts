/**
 * Python files for `eslint --fix` (issue 11: ESLint's fix for unused disable directives assumes
 * JavaScript comments). Every fixture with a suppression, and hostile cases: unused rules in
 * lists, whole unused suppressions on a line of code and on a line of their own, each beside
 * another tool's directive that must survive.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURES_DIR } from "./expectations.js";
import { INCIDENT_DAG } from "./incident.js";

const WRITE_LINE = "        np.savez(SCORES, scores=np.random.default_rng(0).normal(size=100))";

function incidentWith(writeLine: string, header = ""): string {
  if (!INCIDENT_DAG.includes(WRITE_LINE)) throw new Error("the incident DAG changed: update fix-cases.ts");
  return header + INCIDENT_DAG.replace(WRITE_LINE, writeLine);
}

/** name → source. */
export function fixCases(): Map<string, string> {
  const cases = new Map<string, string>();
  for (const entry of readdirSync(FIXTURES_DIR, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".py")) continue;
    const text = readFileSync(path.join(FIXTURES_DIR, entry), "utf8");
    if (text.includes("dag-transport:")) cases.set(entry.replaceAll(path.sep, "__"), text);
  }
  cases.set(
    "one_of_two_unused.py",
    incidentWith(
      `${WRITE_LINE}  # dag-transport: ignore[no-tmp-staging, no-bespoke-transport] -- same pod  # noqa: E501`,
    ),
  );
  cases.set(
    "first_of_two_unused.py",
    incidentWith(
      `${WRITE_LINE}  # dag-transport: ignore[no-bespoke-transport, no-tmp-staging] -- same pod  # noqa: E501`,
    ),
  );
  cases.set(
    "all_unused_on_code.py",
    incidentWith(
      `${WRITE_LINE}  # noqa: S108`,
      "import os  # dag-transport: ignore[no-tmp-staging, no-unserializable-xcom] -- stale  # noqa: F401\n",
    ),
  );
  cases.set(
    "unused_on_own_line.py",
    incidentWith(
      `${WRITE_LINE}  # dag-transport: ignore[dag-transport/no-tmp-staging] -- same pod`,
      "# dag-transport: ignore[no-tmp-staging] -- stale  # noqa: E501\nimport os  # noqa: F401\n",
    ),
  );
  // Windows line endings: the same edits, and the `\r` stays with its line.
  for (const name of ["one_of_two_unused.py", "unused_on_own_line.py"])
    cases.set(`crlf_${name}`, cases.get(name)!.replaceAll("\n", "\r\n"));
  return cases;
}

/** Other tools' directives in a source, in order. */
export function otherDirectives(source: string): string[] {
  return source.match(/#\s*(?:noqa|nosec|type:|pylint:)[^\n#]*/g) ?? [];
}
