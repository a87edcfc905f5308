import { describe, expect, it } from "vitest";
import { mountedHostFolder, readCompose } from "./compose.js";

const composePythonPaths = (text: string, dir: string) => readCompose(text, dir).pythonPathFolders;

const DIR = "/repo/deploy";

describe("readCompose: PYTHONPATH folders", () => {
  it("maps each PYTHONPATH folder through the service's bind mounts, defaults of variables read", () => {
    const text = [
      "x-common: &common",
      "  environment:",
      "    PYTHONPATH: /opt/airflow/steps:/opt/airflow/src/lib:/opt/airflow/unmounted",
      "  volumes:",
      "    - ${AIRFLOW_PROJ_DIR:-.}/steps:/opt/airflow/steps:z",
      "    - ../src:/opt/airflow/src",
      "services:",
      "  worker:",
      "    <<: *common",
    ].join("\n");
    expect(composePythonPaths(text, DIR)).toEqual(["/repo/deploy/steps", "/repo/src/lib"]);
  });

  it("reads the list form of environment and the long form of a bind mount", () => {
    const text = [
      "services:",
      "  worker:",
      "    environment:",
      "      - PYTHONPATH=/app/pkg",
      "    volumes:",
      "      - type: bind",
      "        source: ./code",
      "        target: /app",
    ].join("\n");
    expect(composePythonPaths(text, DIR)).toEqual(["/repo/deploy/code/pkg"]);
  });

  it("names nothing for named volumes, variables without a default, `~`, or no PYTHONPATH", () => {
    const service = (volume: string) =>
      `services:\n  w:\n    environment:\n      PYTHONPATH: /app\n    volumes:\n      - "${volume}"\n`;
    expect(composePythonPaths(service("code:/app"), DIR)).toEqual([]);
    expect(composePythonPaths(service("${CODE_DIR}:/app"), DIR)).toEqual([]);
    expect(composePythonPaths(service("~/code:/app"), DIR)).toEqual([]);
    expect(composePythonPaths("services:\n  w:\n    volumes:\n      - ./code:/app\n", DIR)).toEqual([]);
  });

  it("never throws on what is no Compose file", () => {
    expect(composePythonPaths("services: [", DIR)).toEqual([]);
    expect(composePythonPaths("PYTHONPATH", DIR)).toEqual([]);
    expect(composePythonPaths("services:\n  w: 3\n  v:\n    environment: 7\n", DIR)).toEqual([]);
    // An alias bomb is refused by the parser's alias limit, not expanded.
    const bomb = [
      "a: &a [x, x]",
      ...Array.from(
        { length: 12 },
        (_, i) => `b${i}: &b${i} [*${i ? `b${i - 1}` : "a"}, *${i ? `b${i - 1}` : "a"}]`,
      ),
      "services: *b11",
    ].join("\n");
    expect(composePythonPaths(bomb, DIR)).toEqual([]);
  });
});

describe("readCompose: environment", () => {
  it("keeps the variables every service that sets them agrees on, in either form", () => {
    const text = [
      "x-env: &env",
      "  - PROC_DIR=/data/processed/{{ ds }}",
      "  - RAW_DIR=/data/raw",
      "services:",
      "  scheduler:",
      "    environment: *env",
      "  worker:",
      "    environment:",
      "      PROC_DIR: /data/processed/{{ ds }}",
      "      RAW_DIR: /other/raw",
      "      PORT: 8080",
    ].join("\n");
    expect([...readCompose(text, DIR).environment]).toEqual([["PROC_DIR", "/data/processed/{{ ds }}"]]);
  });
});

describe("readCompose: bind mounts", () => {
  it("lists every service's bind mounts of host folders once, named volumes not", () => {
    const text = [
      "services:",
      "  worker:",
      "    volumes:",
      "      - ./scripts:/opt/airflow/scripts",
      "      - logs:/opt/airflow/logs",
      "  scheduler:",
      "    volumes:",
      "      - ./scripts:/opt/airflow/scripts",
      "      - type: bind",
      "        source: ./data",
      "        target: /opt/airflow/data/",
      "",
    ].join("\n");
    expect(readCompose(text, DIR).bindMounts).toEqual([
      { host: "/repo/deploy/scripts", target: "/opt/airflow/scripts" },
      { host: "/repo/deploy/data", target: "/opt/airflow/data" },
    ]);
  });

  it("keeps at most a thousand distinct mounts of a hostile file", () => {
    const volumes = Array.from({ length: 5000 }, (_, i) => `      - ./d${i}:/t${i}`);
    const text = ["services:", "  worker:", "    volumes:", ...volumes, ""].join("\n");
    expect(readCompose(text, DIR).bindMounts).toHaveLength(1000);
  });
});

describe("mountedHostFolder", () => {
  const mounts = [
    { host: "/repo/scripts", target: "/opt/airflow/scripts" },
    { host: "/repo/lib", target: "/opt/airflow/scripts/lib" },
  ];
  it("maps a container path through the deepest mount that covers it", () => {
    expect(mountedHostFolder("/opt/airflow/scripts", mounts)).toBe("/repo/scripts");
    expect(mountedHostFolder("/opt/airflow/scripts/lib/x/", mounts)).toBe("/repo/lib/x");
    expect(mountedHostFolder("/opt/airflow/scriptsX", mounts)).toBeUndefined();
    expect(mountedHostFolder("scripts", mounts)).toBeUndefined();
  });
});
