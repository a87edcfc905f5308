import { validateConfig } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { allRules } from "../index.js";
import { consumption, handoff, judge, location, model, op, tmp } from "../test-support/storage-model.js";
import { noBespokeTransport } from "./rule.js";

describe("no-bespoke-transport", () => {
  it("flags an object-store write read by another task, at the write, naming the reader", () => {
    const { findings, messages } = judge(
      noBespokeTransport,
      model({
        tasks: { compute: "d", transform: "d" },
        storage: [
          op("write", "compute", location("s3://bucket/preds/{*}.json"), 12, "s3.put_object"),
          op("read", "transform", location("s3://bucket/preds/{*}.json"), 41, "s3.get_object"),
        ],
      }),
    );
    expect(findings).toEqual(["12:objectStore"]);
    expect(messages[0]!.message).toContain("`s3.put_object` writes `s3://bucket/preds/{*}.json`");
    expect(messages[0]!.message).toContain("read by task `transform` at line 41");
    expect(messages[0]!.message).toContain("Return the value");
    expect(messages[0]!.relatedLocations).toEqual([
      expect.objectContaining({ message: "read by task `transform` at line 41", line: 41 }),
    ]);
  });

  it("flags a shared-filesystem path handed on by XCom", () => {
    const { findings, messages } = judge(
      noBespokeTransport,
      model({
        tasks: { extract: "d", load: "d" },
        storage: [op("write", "extract", location("/mnt/shared/raw.csv"), 8, "to_csv")],
        handoffs: [handoff("extract", [location("/mnt/shared/raw.csv")], 9)],
        consumptions: [consumption("extract", "load", 20)],
      }),
    );
    expect(findings).toEqual(["8:filesystem"]);
    expect(messages[0]!.message).toContain("handed by XCom to task `load` at line 20");
  });

  it("says so when the folder written is known only at run time", () => {
    const { findings, messages } = judge(
      noBespokeTransport,
      model({
        tasks: { extract: "d", load: "d" },
        storage: [
          op("write", "extract", location("{*}/raw/{*}.csv"), 8, "to_csv"),
          op("read", "load", location("{*}/raw/{*}.csv"), 20, "read_csv"),
        ],
      }),
    );
    expect(findings).toEqual(["8:filesystemFolderUnknown"]);
    const variable = judge(
      noBespokeTransport,
      model({
        tasks: { extract: "d", load: "d" },
        storage: [
          op("write", "extract", location("${var.DATA_DIR}/raw.csv"), 8, "to_csv"),
          op("read", "load", location("${var.DATA_DIR}/raw.csv"), 20, "read_csv"),
        ],
      }),
    );
    expect(variable.findings).toEqual(["8:filesystemFolderUnknown"]);
    expect(messages[0]!.message).toContain(
      "a hand-rolled filesystem handoff between tasks, in a folder known only at run time",
    );
    expect(messages[0]!.message).not.toContain("shared-filesystem");
  });

  it("names the first consumer and counts the others", () => {
    const { messages } = judge(
      noBespokeTransport,
      model({
        tasks: { a: "d", b: "d", c: "d" },
        storage: [
          op("write", "a", location("s3://b/k"), 5),
          op("read", "b", location("s3://b/k"), 9),
          op("read", "c", location("s3://b/k"), 13),
        ],
      }),
    );
    expect(messages[0]!.message).toContain("read by task `b` at line 9 (and 1 more task)");
    expect(messages[0]!.relatedLocations).toHaveLength(2);
  });

  it("leaves temp handoffs to no-tmp-staging", () => {
    const { findings } = judge(
      noBespokeTransport,
      model({
        tasks: { a: "d", b: "d" },
        storage: [op("write", "a", tmp("/tmp/x.npy"), 5), op("read", "b", tmp("/tmp/x.npy"), 9)],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("does not flag the staging volume named without a fallback (Leoflow's sanctioned volume)", () => {
    const staged = location("${LEOFLOW_STAGING_DIR}/raw.parquet", {
      staging: { variable: "LEOFLOW_STAGING_DIR" },
    });
    const { findings } = judge(
      noBespokeTransport,
      model({
        tasks: { a: "d", b: "d" },
        storage: [op("write", "a", staged, 5), op("read", "b", staged, 9)],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("does not flag a final sink nobody reads, nor a read of a place nobody writes", () => {
    const { findings } = judge(
      noBespokeTransport,
      model({
        tasks: { export: "d", ingest: "d" },
        storage: [
          op("write", "export", location("s3://exports/daily.csv"), 5),
          op("read", "ingest", location("s3://vendor/drop.csv"), 9),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("does not flag a write read back by the same task", () => {
    const { findings } = judge(
      noBespokeTransport,
      model({
        tasks: { a: "d" },
        storage: [op("write", "a", location("s3://b/k"), 5), op("read", "a", location("s3://b/k"), 9)],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("drops findings from a task with broken syntax", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", location("s3://b/k"), 5), op("read", "b", location("s3://b/k"), 9)],
    });
    built.tasks[0]!.unsound = true;
    expect(judge(noBespokeTransport, built).findings).toEqual([]);
  });

  describe("options", () => {
    it("accepts a team's write/read APIs and sanctioned helpers", () => {
      const config = validateConfig(
        {
          rules: {
            "no-bespoke-transport": [
              "error",
              {
                writeApis: [
                  { call: "team_io.save_array", path: 1 },
                  { call: ".save_artifact", path: "uri" },
                ],
                readApis: [{ call: "team_io.put", bucket: 0, key: 1, scheme: "gs" }],
                sanctionedHelpers: ["team_xcom.put_ref"],
              },
            ],
          },
        },
        allRules,
      );
      expect(config.rules["no-bespoke-transport"]!.options).toMatchObject({
        sanctionedHelpers: ["team_xcom.put_ref"],
      });
    });

    it("names the key of a malformed option", () => {
      expect(() =>
        validateConfig(
          { rules: { "no-bespoke-transport": ["error", { writeApis: [{ path: 1 }] }] } },
          allRules,
          "pyproject.toml",
        ),
      ).toThrow(/rules\.no-bespoke-transport\.1\.writeApis\.0.*call/);
      expect(() =>
        validateConfig(
          { rules: { "no-bespoke-transport": ["error", { sanctionedHelper: ["x"] }] } },
          allRules,
        ),
      ).toThrow(/unknown key 'rules\.no-bespoke-transport\.1\.sanctionedHelper'/);
      expect(() =>
        validateConfig(
          { rules: { "no-bespoke-transport": ["error", { writeApis: [{ call: "x", path: true }] }] } },
          allRules,
        ),
      ).toThrow(/rules\.no-bespoke-transport\.1\.writeApis\.0\.path/);
    });
  });
});
