import { describe, expect, it } from "vitest";
import { consumption, handoff, judge, location, model, op, tmp } from "../test-support/storage-model.js";
import { atomicStagingWrite, writesByRename } from "./rule.js";

const staged = (name: string) =>
  location(`\${LEOFLOW_STAGING_DIR}/${name}`, { staging: { variable: "LEOFLOW_STAGING_DIR" } });

describe("atomic-staging-write", () => {
  it("flags a staging file written in place and read by another task", () => {
    const { findings, messages } = judge(
      atomicStagingWrite,
      model({
        tasks: { extract: "d", load: "d" },
        storage: [
          op("write", "extract", staged("raw.parquet"), 5, "df.to_parquet"),
          op("read", "load", staged("raw.parquet"), 12),
        ],
      }),
    );
    expect(findings).toEqual(["5:inPlace"]);
    expect(messages[0]!.relatedLocations?.[0]?.line).toBe(12);
  });

  it("a temp name renamed into place is not a finding", () => {
    const { findings } = judge(
      atomicStagingWrite,
      model({
        tasks: { extract: "d", load: "d" },
        storage: [
          op("write", "extract", staged("raw.tmp"), 4),
          op("read", "extract", staged("raw.tmp"), 5, "os.replace"),
          op("write", "extract", staged("raw.npy"), 5, "os.replace"),
          op("read", "load", staged("raw.npy"), 12),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("not: staging files nobody else reads, handoffs elsewhere (/tmp is no-tmp-staging's)", () => {
    const { findings } = judge(
      atomicStagingWrite,
      model({
        tasks: { extract: "d", load: "d" },
        storage: [
          op("write", "extract", staged("only-mine.npy"), 4),
          op("read", "extract", staged("only-mine.npy"), 5),
          op("write", "extract", tmp("/tmp/x.npy"), 6),
          op("read", "load", tmp("/tmp/x.npy"), 12),
        ],
        handoffs: [handoff("extract", [], 7)],
        consumptions: [consumption("extract", "load", 11)],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("knows renames by the API's last part", () => {
    for (const api of [
      "os.replace",
      "os.rename",
      "tmp.replace",
      "Path.rename",
      "shutil.move",
      "fs.renameSync",
      "rename",
    ])
      expect(writesByRename(api)).toBe(true);
    for (const api of ["np.save", "shutil.copy", "open", "fs.writeFile"])
      expect(writesByRename(api)).toBe(false);
  });
});
