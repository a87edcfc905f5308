import { describe, expect, it } from "vitest";
import {
  configuredCallFor,
  DEFAULT_STAGING_VARIABLE,
  DEFAULT_TEMP_PREFIXES,
  readStorageKnowledge,
} from "./storage-knowledge.js";

describe("readStorageKnowledge", () => {
  it("has the defaults when no rule gives any knowledge", () => {
    const knowledge = readStorageKnowledge({ "no-unserializable-xcom": { registeredSerializers: [] } });
    expect(knowledge.apis).toEqual([]);
    expect([...knowledge.sanctioned]).toEqual([]);
    expect(knowledge.settings).toEqual({
      tempPrefixes: DEFAULT_TEMP_PREFIXES,
      stagingVariables: [DEFAULT_STAGING_VARIABLE],
    });
  });

  it("takes the union of the API lists and helpers of every rule, by option name", () => {
    const knowledge = readStorageKnowledge({
      "no-bespoke-transport": {
        writeApis: [{ call: "team_io.save", path: 1 }],
        sanctionedHelpers: ["team_xcom.put_ref"],
      },
      "no-tmp-staging": {
        readApis: [{ call: "team_ops.LakeImportOperator", path: "source" }],
        writeApis: [{ call: ".save_artifact", bucket: 0, key: 1, scheme: "gs" }],
      },
    });
    expect(knowledge.apis).toEqual([
      { access: "write", call: "team_io.save", path: 1 },
      { access: "write", call: ".save_artifact", bucket: 0, key: 1, scheme: "gs" },
      { access: "read", call: "team_ops.LakeImportOperator", path: "source" },
    ]);
    expect([...knowledge.sanctioned]).toEqual(["team_xcom.put_ref"]);
  });

  it("drops entries that name no place, and malformed ones", () => {
    const knowledge = readStorageKnowledge({
      rule: { writeApis: [{ call: "team_io.ping" }, { path: 0 }, null, "x", { call: "ok", key: "k" }] },
    });
    expect(knowledge.apis).toEqual([{ access: "write", call: "ok", key: "k" }]);
  });

  it("keeps an entry whose only place is the SQL it holds (a team's `@task.duckdb(sql=…)`)", () => {
    const knowledge = readStorageKnowledge({
      rule: {
        readApis: [
          { call: "task.duckdb", sql: "sql" },
          { call: "task.bad", sql: true },
        ],
      },
    });
    expect(knowledge.apis).toEqual([{ access: "read", call: "task.duckdb", sql: "sql" }]);
  });

  it("reads temp prefixes (without a trailing slash) and the staging variable", () => {
    const knowledge = readStorageKnowledge({
      "no-tmp-staging": { tempPrefixes: ["/scratch/", "/"], stagingVariable: "STAGE" },
    });
    expect(knowledge.settings).toEqual({ tempPrefixes: ["/scratch", "/"], stagingVariables: ["STAGE"] });
  });
});

describe("configuredCallFor", () => {
  const configured = new Set(["team_io.save", "GithubToS3Operator", "save", "LakeExport"]);
  const call = (qualified: string) => configuredCallFor(qualified, (name) => configured.has(name));

  it("matches a qualified name, or a class by its bare name wherever it is imported from", () => {
    expect(call("team_io.save")).toBe("team_io.save");
    expect(call("airflow.operators.GithubToS3Operator")).toBe("GithubToS3Operator");
    expect(call("plugins.ops.LakeExport")).toBe("LakeExport");
    expect(call("GithubToS3Operator")).toBe("GithubToS3Operator");
  });

  it("does not match a function by a bare name, nor another class", () => {
    expect(call("json.save")).toBeUndefined();
    expect(call("airflow.operators.GithubToGcsOperator")).toBeUndefined();
    expect(call("team_io.Save")).toBeUndefined();
  });
});
