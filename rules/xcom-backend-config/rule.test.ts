import { emptyModel, type ConfigSetting, type SettingSource } from "@dag-transport/core";
import { describe, expect, it } from "vitest";
import { judge, span } from "../test-support/storage-model.js";
import { xcomBackendConfig } from "./rule.js";

const BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend";
let line = 0;
function setting(
  name: string,
  value: string | undefined,
  source: SettingSource = "env",
  filePath = "/d/docker-compose.yaml",
): ConfigSetting {
  line++;
  const dotted = /^AIRFLOW__([^_]+\.[^_]+)__/.exec(name);
  const env = /^AIRFLOW__(.+?)__(.+)$/.exec(name);
  const cfg = /^\[(.+)\] (.+)$/.exec(name);
  const section = cfg ? cfg[1] : env ? env[1]!.toLowerCase().replace("common_io", "common.io") : undefined;
  const key = cfg ? cfg[2] : env?.[2]!.toLowerCase();
  return {
    filePath,
    source,
    name,
    ...(dotted
      ? { ignoredName: { intended: name.replace(dotted[1]!, dotted[1]!.replace(".", "_")) } }
      : { section, key }),
    ...(value !== undefined ? { value } : {}),
    span: span(line, 1),
  };
}

function deployment(own: ConfigSetting[], neighbours: ConfigSetting[] = [], version?: string) {
  const model = emptyModel("/d/docker-compose.yaml", "config");
  model.deployment = { kind: "compose", settings: own, neighbours };
  if (version) model.airflowVersion = { version, from: "repository", reason: "test" };
  return model;
}

const complete = () => [
  setting("AIRFLOW__CORE__XCOM_BACKEND", BACKEND),
  setting("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH", "s3://c@b/xcom"),
  setting("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD", "1048576"),
];

describe("xcom-backend-config", () => {
  it("a complete object-storage configuration is not a finding", () => {
    expect(judge(xcomBackendConfig, deployment(complete())).findings).toEqual([]);
  });

  it("a dotted section is never read; a threshold set only that way is missing", () => {
    line = 0;
    const own = [
      setting("AIRFLOW__CORE__XCOM_BACKEND", BACKEND),
      setting("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH", "s3://c@b/xcom"),
      setting("AIRFLOW__COMMON.IO__XCOM_OBJECTSTORAGE_THRESHOLD", "1000"),
    ];
    const { findings, messages } = judge(xcomBackendConfig, deployment(own));
    expect(findings).toEqual(["1:thresholdIgnored", "3:ignoredName"]);
    expect(messages[1]!.message).toContain("`AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD`");
  });

  it("threshold absent, -1, 0; path absent or empty", () => {
    line = 0;
    const missing = judge(
      xcomBackendConfig,
      deployment([setting("AIRFLOW__CORE__XCOM_BACKEND", BACKEND)]),
    ).findings;
    expect(missing).toEqual(["1:thresholdMissing", "1:pathMissing"]);
    line = 0;
    const never = [
      setting("AIRFLOW__CORE__XCOM_BACKEND", BACKEND),
      setting("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH", ""),
      setting("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD", "-1"),
    ];
    expect(judge(xcomBackendConfig, deployment(never)).findings).toEqual([
      "2:pathMissing",
      "3:thresholdNever",
    ]);
    line = 0;
    const zero = complete();
    zero[2]!.value = "0";
    expect(judge(xcomBackendConfig, deployment(zero)).findings).toEqual(["3:thresholdEverything"]);
  });

  it("the threshold may come from a neighbouring file of the deployment", () => {
    line = 0;
    const own = [setting("AIRFLOW__CORE__XCOM_BACKEND", BACKEND)];
    const neighbours = [
      setting("[common.io] xcom_objectstorage_threshold", "65536", "airflow.cfg", "/d/airflow.cfg"),
      setting("[common.io] xcom_objectstorage_path", "s3://c@b/x", "airflow.cfg", "/d/airflow.cfg"),
    ];
    expect(judge(xcomBackendConfig, deployment(own, neighbours)).findings).toEqual([]);
  });

  it("a backend not object storage, or overridden to another one, asks nothing of threshold and path", () => {
    line = 0;
    expect(
      judge(
        xcomBackendConfig,
        deployment([setting("AIRFLOW__CORE__XCOM_BACKEND", "airflow.models.xcom.BaseXCom")]),
      ).findings,
    ).toEqual([]);
  });

  it("sources that disagree: each reported, the winner named (environment over airflow.cfg)", () => {
    line = 0;
    const cfg = setting("[common.io] xcom_objectstorage_threshold", "0", "airflow.cfg", "/d/airflow.cfg");
    const env = setting("AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD", "65536");
    const onCfg = judge(xcomBackendConfig, { ...deployment([cfg], [env]), filePath: "/d/airflow.cfg" });
    expect(onCfg.findings).toEqual(["1:overridden"]);
    expect(onCfg.messages[0]!.message).toContain("(docker-compose.yaml:2)");
    expect(onCfg.messages[0]!.message).toContain("Airflow reads the environment before airflow.cfg");
    const onEnv = judge(xcomBackendConfig, deployment([env], [cfg]));
    expect(onEnv.findings).toEqual(["2:overrides"]);
    // The same value twice is no disagreement; the image's ENV loses to the container's environment.
    line = 0;
    const same = setting(
      "[common.io] xcom_objectstorage_threshold",
      "65536",
      "airflow.cfg",
      "/d/airflow.cfg",
    );
    expect(judge(xcomBackendConfig, deployment([same], [{ ...env, value: "65536" }])).findings).toEqual([]);
    const image = setting(
      "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD",
      "1",
      "dockerfile",
      "/d/Dockerfile",
    );
    const onImage = judge(xcomBackendConfig, { ...deployment([image], [env]), filePath: "/d/Dockerfile" });
    expect(onImage.messages[0]!.message).toContain("the container's environment overrides the image's ENV");
  });

  it("pickling on: flagged for Airflow 2, not judged for Airflow 3 or the default", () => {
    line = 0;
    const on = [setting("AIRFLOW__CORE__ENABLE_XCOM_PICKLING", "True")];
    expect(judge(xcomBackendConfig, deployment(on, [], "2.10.3")).findings).toEqual(["1:pickling"]);
    expect(judge(xcomBackendConfig, deployment(on, [], "3.0.2")).findings).toEqual([]);
    expect(judge(xcomBackendConfig, deployment(on)).findings).toEqual([]);
    expect(
      judge(xcomBackendConfig, deployment(on), {
        "xcom-backend-config": { severity: "error", options: { airflowVersion: "2.9" } },
      }).findings,
    ).toEqual(["1:pickling"]);
    line = 0;
    expect(
      judge(
        xcomBackendConfig,
        deployment([setting("AIRFLOW__CORE__ENABLE_XCOM_PICKLING", "False")], [], "2.10.3"),
      ).findings,
    ).toEqual([]);
  });
});
