/**
 * Leoflow projects (neochaotic/leoflow, tag v0.0.1-prealpha.17): a directory with a
 * `leoflow.yaml` (`internal/cli/helpers.go`: `projectConfigPath` is always `leoflow.yaml`)
 * whose `dag_source` names the DAG file, `dag.py` by default, relative to the yaml
 * (`dagSourcePath`; `docs/api/leoflow-yaml-schema.json`). `staging.enabled: true` asks for the
 * run's staging volume; only then does the executor mount it at `/staging` and set
 * `LEOFLOW_STAGING_DIR` (`internal/executor/kubernetes.go`: `podEnv`, `mountStagingVolume`).
 */
import path from "node:path";
import {
  entryPath,
  findRepositoryRoot,
  resolvedPath,
  yamlModule,
  type LeoflowProject,
  type Span,
} from "@dag-transport/core";
import type * as Yaml from "yaml";
import type { Document } from "yaml";
import { readConfigText } from "./read.js";
import { pointSpan } from "./text.js";
import { get, mapPairs, nodeSpan, pairSpan, parseYaml, scalarText } from "./yaml-nodes.js";

// The YAML package loads on first use (lazy-modules.ts in core).
const isMap = ((node: unknown) => yamlModule().isMap(node)) as typeof Yaml.isMap;
const isScalar = ((node: unknown) => yamlModule().isScalar(node)) as typeof Yaml.isScalar;

export const LEOFLOW_FILE = "leoflow.yaml";
export const DEFAULT_DAG_SOURCE = "dag.py";

/**
 * `enabled` as Leoflow's Go decoder (go.yaml.in/yaml/v3, into a `bool`) takes it: YAML 1.1
 * spellings of a boolean count when the target is a bool.
 */
function yamlBool(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (["true", "yes", "on", "y"].includes(lower)) return true;
  if (["false", "no", "off", "n"].includes(lower)) return false;
  return undefined;
}

/** Parses a `leoflow.yaml`; a file that is not the schema's shape comes back with a `problem`. */
export function parseLeoflow(text: string, filePath: string): LeoflowProject {
  const dir = path.dirname(filePath);
  const base: LeoflowProject = {
    filePath,
    dagSource: path.join(dir, DEFAULT_DAG_SOURCE),
    stagingEnabled: false,
    taskEnv: {},
  };
  const parsed = parseYaml(text);
  if ("problem" in parsed) return { ...base, problem: parsed.problem };
  const doc = parsed.file.docs[0] as Document.Parsed | undefined;
  if (!doc || doc.contents === null) return base;
  const lines = parsed.file.lines;
  const root = doc.contents;
  const problem = (message: string, span: Span | undefined): LeoflowProject => ({
    ...base,
    problem: { message, span: span ?? pointSpan(1) },
  });
  if (!isMap(root)) return problem("the top level is not a mapping", nodeSpan(root, lines));
  const project: LeoflowProject = { ...base };
  const top = mapPairs(root, doc);
  const dagId = top.get("dag_id");
  if (dagId) project.stagingSpan = pairSpan(dagId, lines);

  const dagSource = top.get("dag_source");
  if (dagSource) {
    const value = scalarText(dagSource.value, doc);
    if (value === undefined || !isScalar(dagSource.value))
      return problem("`dag_source` is not a string", pairSpan(dagSource, lines));
    if (value) project.dagSource = path.resolve(dir, value);
  }

  const staging = top.get("staging");
  if (staging && staging.value !== null && !(isScalar(staging.value) && staging.value.value === null)) {
    if (!isMap(staging.value)) return problem("`staging` is not a mapping", pairSpan(staging, lines));
    const enabled = mapPairs(staging.value, doc).get("enabled");
    const where = enabled ?? staging;
    project.stagingSpan = pairSpan(where, lines);
    project.stagingLine = project.stagingSpan?.line;
    if (enabled) {
      const value = isScalar(enabled.value) ? yamlBool(scalarText(enabled.value, doc)) : undefined;
      if (value === undefined)
        return problem("`staging.enabled` is not true or false", pairSpan(enabled, lines));
      project.stagingEnabled = value;
    }
  } else if (staging) {
    project.stagingSpan = pairSpan(staging, lines);
    project.stagingLine = project.stagingSpan?.line;
  }

  const tasks = top.get("tasks");
  if (tasks && isMap(tasks.value)) {
    for (const [taskId, taskPair] of mapPairs(tasks.value, doc)) {
      const env = get(taskPair.value, doc, "env");
      for (const [variable] of mapPairs(env, doc)) (project.taskEnv[variable] ??= []).push(taskId);
    }
  }
  return project;
}

/** Reads and parses a `leoflow.yaml`; undefined when there is none. */
export function readLeoflow(filePath: string): LeoflowProject | undefined {
  const read = readConfigText(filePath);
  if (read === undefined) return undefined;
  if ("problem" in read)
    return {
      filePath,
      dagSource: path.join(path.dirname(filePath), DEFAULT_DAG_SOURCE),
      stagingEnabled: false,
      taskEnv: {},
      problem: { message: read.problem, span: pointSpan(1) },
    };
  return parseLeoflow(read.text, filePath);
}

/** How far up from a DAG file a `leoflow.yaml` is looked for (a project is one folder, its DAG inside it). */
const MAX_LEVELS = 4;

/** leoflow.yaml files read (by path), and what each folder found (the project and how far up). */
export interface LeoflowCache {
  files: Map<string, LeoflowProject | null>;
  folders: Map<string, { project: LeoflowProject; level: number } | null>;
}

export function newLeoflowCache(): LeoflowCache {
  return { files: new Map(), folders: new Map() };
}

/**
 * The Leoflow project of a DAG file: the nearest `leoflow.yaml` in its folder or above (up to
 * the repository root) — when that file's `dag_source` names this DAG file. A DAG file with no
 * such `leoflow.yaml` is not a Leoflow DAG. A `leoflow.yaml` that cannot be parsed is returned
 * with its problem when it sits beside the DAG file (it might have named it).
 */
export function findLeoflowProject(dagFile: string, cache?: LeoflowCache): LeoflowProject | undefined {
  const target = resolvedPath(dagFile);
  const start = path.dirname(target);
  // Every DAG file of a folder finds the same leoflow.yaml: remember it per folder.
  let found = cache?.folders.get(start);
  if (found === undefined) {
    found = null;
    let dir = start;
    for (let level = 0; level <= MAX_LEVELS; level++) {
      // `dir` is normalized (the resolved file's folder, then its parents): no `join`.
      const candidate = entryPath(dir, LEOFLOW_FILE);
      let project = cache?.files.get(candidate);
      if (project === undefined) {
        project = readLeoflow(candidate) ?? null;
        cache?.files.set(candidate, project);
      }
      if (project) {
        found = { project, level };
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || isRepositoryRoot(dir)) break;
      dir = parent;
    }
    cache?.folders.set(start, found);
  }
  if (!found) return undefined;
  const { project, level } = found;
  if (project.problem) return level === 0 ? project : undefined;
  return project.dagSource === target ? project : undefined;
}

function isRepositoryRoot(dir: string): boolean {
  // findRepositoryRoot's answers are kept per folder: this is asked for every folder of a run.
  return findRepositoryRoot(dir) === resolvedPath(dir);
}
