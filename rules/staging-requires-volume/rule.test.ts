import type { EnvRead, LeoflowProject } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { judge, model, span } from "../test-support/storage-model.js";
import { stagingRequiresVolume } from "./rule.js";

const project = (extra: Partial<LeoflowProject> = {}): LeoflowProject => ({
  filePath: "/p/leoflow.yaml",
  dagSource: "/p/dag.py",
  stagingEnabled: false,
  stagingSpan: span(2, 1),
  taskEnv: {},
  ...extra,
});

const read = (line: number, extra: Partial<EnvRead> = {}): EnvRead => ({
  variable: "LEOFLOW_STAGING_DIR",
  api: "os.environ[...]",
  span: span(line),
  ...extra,
});

function dag(reads: EnvRead[], leoflow?: LeoflowProject) {
  const built = model({ tasks: { extract: "d" } });
  built.filePath = "/p/dag.py";
  built.envReads = reads;
  if (leoflow) built.leoflow = leoflow;
  return built;
}

describe("staging-requires-volume", () => {
  it("flags reads that need the volume when leoflow.yaml does not enable it", () => {
    const { findings, messages } = judge(
      stagingRequiresVolume,
      dag(
        [
          read(3),
          read(5, { api: "os.getenv" }),
          read(7, { api: "os.environ.get", fallback: "/staging" }),
          read(9, { api: "os.environ.get", fallback: "/staging/raw" }),
          read(11, { api: "environs.Env", whenUnset: "this raises `environs.EnvError`" }),
        ],
        project(),
      ),
    );
    expect(findings).toEqual([
      "3:notEnabled",
      "5:notEnabled",
      "7:notEnabled",
      "9:notEnabled",
      "11:notEnabled",
    ]);
    expect(messages[4]!.message).toContain("this raises `environs.EnvError`");
    expect(messages[0]!.message).toContain("this raises `KeyError`");
    expect(messages[1]!.message).toContain("it is `None`");
    expect(messages[2]!.message).toContain("the fallback `/staging` is not there either");
    expect(messages[0]!.message).toContain("Add `staging: {enabled: true}` to `leoflow.yaml`");
  });

  it("does not apply without a leoflow.yaml, or with staging enabled", () => {
    expect(judge(stagingRequiresVolume, dag([read(3)])).findings).toEqual([]);
    expect(judge(stagingRequiresVolume, dag([read(3)], project({ stagingEnabled: true }))).findings).toEqual(
      [],
    );
  });

  it("near-misses: a fallback elsewhere, a guarded read, another variable, a task's own env", () => {
    const reads = [
      read(3, { api: "os.environ.get", fallback: "/tmp" }),
      read(4, { guarded: true }),
      read(5, { variable: "OTHER_DIR" }),
      read(6, { taskId: "extract" }),
      read(7, { fallback: "/stagingx" }),
    ];
    const leoflow = project({ taskEnv: { LEOFLOW_STAGING_DIR: ["extract"] } });
    expect(judge(stagingRequiresVolume, dag(reads, leoflow)).findings).toEqual([]);
  });

  it("a leoflow.yaml that cannot be used: the read says so", () => {
    const broken = project({ problem: { message: "not valid YAML (BAD_INDENT)", span: span(4, 1) } });
    const { findings, messages } = judge(stagingRequiresVolume, dag([read(3)], broken));
    expect(findings).toEqual(["3:projectUnreadable"]);
    expect(messages[0]!.message).toContain("not valid YAML (BAD_INDENT), line 4");
  });

  it("on leoflow.yaml itself: once, where staging is declared", () => {
    const yaml = model({ tasks: {}, language: "config" });
    yaml.filePath = "/p/leoflow.yaml";
    yaml.leoflow = project();
    yaml.leoflowDag = { filePath: "/p/dag.py", envReads: [read(11), read(12)] };
    const { findings, messages } = judge(stagingRequiresVolume, yaml);
    expect(findings).toEqual(["2:dagReads"]);
    expect(messages[0]!.message).toContain("dag.py reads `LEOFLOW_STAGING_DIR` (line 11)");
    yaml.leoflow = project({ stagingEnabled: true });
    expect(judge(stagingRequiresVolume, yaml).findings).toEqual([]);
  });

  it("honours a configured variable and mount path", () => {
    const reads = [read(3, { variable: "TEAM_STAGE", fallback: "/mnt/stage" })];
    const built = dag(reads, project());
    expect(
      judge(stagingRequiresVolume, built, {
        "staging-requires-volume": {
          severity: "error",
          options: { stagingVariable: "TEAM_STAGE", mountPath: "/mnt/stage" },
        },
      }).findings,
    ).toEqual(["3:notEnabled"]);
  });
});
