import { describe, expect, it } from "vitest";
import {
  airflowHomeOwnDisk,
  describePattern,
  freshToken,
  hasLiteral,
  isPathLike,
  literalPrefix,
  normalizePieces,
  parsePattern,
  patternOf,
  startsWithToken,
} from "./location-pattern.js";

describe("location patterns", () => {
  it("reads and writes holes and fresh names", () => {
    const pattern = `/tmp/${freshToken(3, 9)}/{*}.npy`;
    const pieces = parsePattern(pattern);
    expect(pieces).toEqual([
      { text: "/tmp/" },
      { fresh: "3:9" },
      { text: "/" },
      { hole: true },
      { text: ".npy" },
    ]);
    expect(patternOf(pieces)).toBe(pattern);
  });

  it("reads and writes wildcards, shown to users as a glob's star", () => {
    const pieces = parsePattern("/d/{any}.csv");
    expect(pieces).toEqual([{ text: "/d/" }, { any: true }, { text: ".csv" }]);
    expect(patternOf(pieces)).toBe("/d/{any}.csv");
    expect(describePattern("/d/{any}.csv")).toBe("/d/*.csv");
    expect(hasLiteral("{any}/{*}")).toBe(false);
    expect(literalPrefix("/d/{any}.csv")).toBe("/d/");
    expect(startsWithToken("{any}/x")).toBe(true);
  });

  it("merges a hole and a wildcard side by side into a wildcard", () => {
    expect(normalizePieces([{ text: "/d/" }, { hole: true }, { any: true }, { hole: true }])).toEqual([
      { text: "/d/" },
      { any: true },
    ]);
  });

  it("merges adjacent literals and holes", () => {
    expect(
      normalizePieces([
        { text: "/a" },
        { text: "" },
        { text: "/b" },
        { hole: true },
        { hole: true },
        { text: "x" },
      ]),
    ).toEqual([{ text: "/a/b" }, { hole: true }, { text: "x" }]);
  });

  it.each([
    ["/tmp/x.csv", true, "/tmp/x.csv", false],
    ["{*}/{*}", false, "", true],
    ["{fresh:1:2}/x", true, "", true],
    ["s3://b/{*}.json", true, "s3://b/", false],
  ])("%s: literal %s, prefix %j, starts with a token %s", (pattern, literal, prefix, token) => {
    expect(hasLiteral(pattern)).toBe(literal);
    expect(literalPrefix(pattern)).toBe(prefix);
    expect(startsWithToken(pattern)).toBe(token);
  });

  it.each([
    ["/tmp/raw.parquet", true],
    ["done", false],
    ["{*}/{*}", false],
    ["{*}/{fresh:4:5}", true],
  ])("%s looks like a place: %s", (pattern, expected) => {
    expect(isPathLike(pattern)).toBe(expected);
  });

  it("shows fresh names as temp names", () => {
    expect(describePattern("/tmp/{fresh:3:9}/x.npy")).toBe("/tmp/{temp name}/x.npy");
    expect(describePattern("/tmp/x/{fresh:member:3:9}")).toBe("/tmp/x/{*}");
  });
});

describe("airflowHomeOwnDisk", () => {
  it("takes a file directly in AIRFLOW_HOME as the worker's own", () => {
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/yellow.csv")).toBeDefined();
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/output_{*}.csv")).toBeDefined();
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/{*}.parquet")).toBeDefined();
  });

  it("leaves its folders (they may be mounted), a run-time name, other variables and paths alone", () => {
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/dags/output/x.csv")).toBeUndefined();
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/data/raw/x.csv")).toBeUndefined();
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/raw_data")).toBeUndefined();
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}/{*}")).toBeUndefined();
    expect(airflowHomeOwnDisk("${AIRFLOW_HOME}")).toBeUndefined();
    expect(airflowHomeOwnDisk("${DATA_DIR}/x.csv")).toBeUndefined();
    expect(airflowHomeOwnDisk("/opt/airflow/x.csv")).toBeUndefined();
  });
});
