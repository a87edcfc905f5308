/**
 * One deployment is one folder: its compose file, `.env`, `airflow.cfg`, Dockerfile and Helm
 * values are read together, so a rule on one of them knows what the others set (a threshold
 * set in `airflow.cfg` but overridden by the environment in the compose file beside it).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ConfigSetting } from "@dag-transport/core";
import { analyzeDeployment, deploymentKindByName } from "./frontend.js";
import { readConfigText } from "./read.js";

export type NeighbourCache = Map<string, ConfigSetting[]>;

/** Deployment files by name in a folder (airflow.cfg, env files, Dockerfiles, compose, Helm values). */
function isNeighbourName(name: string): boolean {
  const kind = deploymentKindByName(name);
  if (kind === undefined || kind === "leoflow") return false;
  if (kind === "yaml") return /^((docker-)?compose[\w.-]*|values[\w.-]*)\.ya?ml$/.test(name);
  return true;
}

/** The Airflow settings every deployment file in the folder of `filePath` makes, `filePath`'s own excluded. */
export function neighbourSettings(filePath: string, cache?: NeighbourCache): ConfigSetting[] {
  const dir = path.dirname(path.resolve(filePath));
  let all = cache?.get(dir);
  if (!all) {
    all = [];
    let names: string[];
    try {
      names = readdirSync(dir).filter(isNeighbourName).sort().slice(0, 50);
    } catch {
      names = [];
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const read = readConfigText(file);
      if (!read || "problem" in read) continue;
      all.push(...(analyzeDeployment(read.text, file).deployment?.settings ?? []));
    }
    cache?.set(dir, all);
  }
  const own = path.resolve(filePath);
  return all.filter((s) => s.filePath !== own);
}
