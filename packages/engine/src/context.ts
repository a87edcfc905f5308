/**
 * What a file's facts are judged against beyond its own text, attached to its model by the
 * engine: the Leoflow project that names a DAG file (and, on a `leoflow.yaml`, what its DAG
 * reads from the environment), the Airflow version the repository pins, and the settings of
 * the deployment files beside a deployment file. Read from disk through the deployment
 * package's one reader, cached per run.
 */
import path from "node:path";
import type { FrontendOptions, RulePlan, TextRead, TransportModel } from "@dag-transport/core";
import {
  detectAirflowVersion,
  findLeoflowProject,
  neighbourSettings,
  newLeoflowCache,
  type LeoflowCache,
  type NeighbourCache,
  type VersionCache,
} from "@dag-transport/deployment";

export interface ContextCaches {
  leoflow: LeoflowCache;
  versions: VersionCache;
  neighbours: NeighbourCache;
  /** Files of the repository read for imported helpers, by root and path. */
  projectReads: Map<string, TextRead>;
  /** The result cache's digest of each of those reads (result-cache.ts). */
  projectDigests: Map<string, string>;
  /**
   * The result cache's context fingerprints, by root, folder and Leoflow project, and by the
   * text hashed (result-cache.ts; the two kinds of key cannot meet: only the first has a NUL).
   */
  fingerprints: Map<string, string>;
  /** The result cache's workspace root per folder (engine.ts, `recordHolds`). */
  roots: Map<string, string>;
  /** The run's rule plan and frontend options (engine.ts, `runPlan`), made by its first file. */
  plan?: RunPlan;
}

/** The rules' plan and the frontend's options of a run, the same for each of its files. */
export interface RunPlan {
  rules: RulePlan;
  frontend: FrontendOptions;
}

const byRun = new WeakMap<object, ContextCaches>();

/** The caches of one run, kept beside (and for as long as) the run's sibling cache. */
export function contextCachesFor(run: object | undefined): ContextCaches | undefined {
  if (!run) return undefined;
  let caches = byRun.get(run);
  if (!caches) {
    caches = {
      leoflow: newLeoflowCache(),
      versions: new Map(),
      neighbours: new Map(),
      projectReads: new Map(),
      projectDigests: new Map(),
      fingerprints: new Map(),
      roots: new Map(),
    };
    byRun.set(run, caches);
  }
  return caches;
}

/** Analyses the DAG file a `leoflow.yaml` names; injected to keep this module free of frontends. */
export type AnalyzeDag = (filePath: string) => TransportModel | { problem: string };

export function attachContext(
  model: TransportModel,
  filePath: string,
  analyzeDag: AnalyzeDag,
  caches?: ContextCaches,
): void {
  const absolute = path.resolve(filePath);
  model.airflowVersion ??= detectAirflowVersion(absolute, caches?.versions);
  if (model.language === "python" || model.language === "typescript") {
    const project = findLeoflowProject(absolute, caches?.leoflow);
    if (project) model.leoflow = project;
    return;
  }
  if (model.leoflow && !model.leoflow.problem) {
    const dag = analyzeDag(model.leoflow.dagSource);
    model.leoflowDag =
      "problem" in dag
        ? { filePath: model.leoflow.dagSource, envReads: [], problem: dag.problem }
        : { filePath: model.leoflow.dagSource, envReads: dag.envReads ?? [] };
  }
  if (model.deployment) model.deployment.neighbours = neighbourSettings(absolute, caches?.neighbours);
}
