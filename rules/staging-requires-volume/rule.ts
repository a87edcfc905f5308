/**
 * staging-requires-volume — a Leoflow DAG reads the staging volume's variable, but its
 * `leoflow.yaml` does not enable the volume. Leoflow's staging volume (docs/policy.md): staging is opt-in (`staging.enabled:
 * true`) and there is no silent fallback. Leoflow mounts the volume at `/staging` and sets
 * `LEOFLOW_STAGING_DIR` only for a run whose DAG enables staging (neochaotic/leoflow,
 * `internal/executor/kubernetes.go` at v0.0.1-prealpha.17: `podEnv`, `mountStagingVolume`),
 * so without it `os.environ["LEOFLOW_STAGING_DIR"]` raises `KeyError`, `os.getenv(...)` gives
 * `None`, and a fallback to `/staging` names a folder that is not there.
 *
 * A DAG with no `leoflow.yaml` naming it is not a Leoflow DAG: the rule does not apply. A read
 * with a fallback elsewhere (`/tmp`) is a deliberate fallback, `no-tmp-staging`'s business; a
 * read guarded by `"X" in os.environ` handles the unset case.
 */
import path from "node:path";
import type { EnvRead, LeoflowProject, RuleDefinition } from "@dag-transport/core";

export interface StagingRequiresVolumeOptions {
  /** The staging volume's variable (default `LEOFLOW_STAGING_DIR`). */
  stagingVariable: string;
  /** Where Leoflow mounts the volume (default `/staging`): a fallback to it still needs the volume. */
  mountPath: string;
}

type MessageId = "notEnabled" | "projectUnreadable" | "dagReads";

/** Reads that fail, or name a folder that is not there, when the volume is not mounted. */
export function readsNeedingVolume(
  reads: readonly EnvRead[],
  project: LeoflowProject,
  options: StagingRequiresVolumeOptions,
): EnvRead[] {
  const mount = options.mountPath.replace(/\/+$/, "");
  return reads.filter((read) => {
    if (read.variable !== options.stagingVariable || read.guarded) return false;
    // `tasks.<id>.env` sets the variable itself for that task.
    if (read.taskId !== undefined && project.taskEnv[read.variable]?.includes(read.taskId)) return false;
    if (read.fallback === undefined) return true;
    return read.fallback === mount || read.fallback.startsWith(`${mount}/`);
  });
}

function failure(read: EnvRead, mount: string): string {
  if (read.fallback !== undefined)
    return `the fallback \`${read.fallback}\` is not there either (no volume is mounted at \`${mount}\`)`;
  if (read.whenUnset !== undefined) return read.whenUnset;
  if (read.api.endsWith("[...]")) return "this raises `KeyError`";
  if (read.api === "process.env") return "it is `undefined`";
  return "it is `None`";
}

function relative(from: string, to: string): string {
  const rel = path.relative(path.dirname(from), to).split(path.sep).join("/");
  return rel || path.basename(to);
}

export const stagingRequiresVolume: RuleDefinition<StagingRequiresVolumeOptions, MessageId> = {
  id: "staging-requires-volume",
  meta: {
    description:
      "A Leoflow DAG that reads LEOFLOW_STAGING_DIR must enable the staging volume (staging.enabled: true in its leoflow.yaml).",
    recommendedSeverity: "error",
    messages: {
      notEnabled:
        "`{{api}}` reads `{{variable}}`, but {{project}} does not enable the staging volume: Leoflow then mounts no volume and sets no `{{variable}}`, so {{failure}} and the task fails on its pod. Add `staging: {enabled: true}` to {{project}}.",
      projectUnreadable:
        "`{{api}}` reads `{{variable}}`, but {{project}} cannot be used ({{problem}}, line {{line}}), so whether the staging volume is enabled is unknown. Fix {{project}}.",
      dagReads:
        "{{dag}} reads `{{variable}}` (line {{line}}), but this file does not enable the staging volume: Leoflow then mounts no volume and sets no `{{variable}}`, and that task fails. Set `staging: {enabled: true}` here.",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        stagingVariable: {
          type: "string",
          minLength: 1,
          description: "The staging volume's environment variable (default `LEOFLOW_STAGING_DIR`).",
        },
        mountPath: {
          type: "string",
          pattern: "^/",
          description: "Where Leoflow mounts the staging volume (default `/staging`).",
        },
      },
    },
  },
  defaultOptions: { stagingVariable: "LEOFLOW_STAGING_DIR", mountPath: "/staging" },
  check(model, options, report) {
    const project = model.leoflow;
    if (!project) return;
    if (project.filePath === model.filePath) {
      // The leoflow.yaml itself: report once, where staging is (or would be) declared.
      const dag = model.leoflowDag;
      if (!dag || project.problem || project.stagingEnabled) return;
      const first = readsNeedingVolume(dag.envReads, project, options)[0];
      if (!first) return;
      report({
        messageId: "dagReads",
        data: {
          dag: relative(project.filePath, dag.filePath),
          variable: first.variable,
          line: first.span.line,
        },
        span: project.stagingSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
      });
      return;
    }
    const reads = readsNeedingVolume(model.envReads ?? [], project, options);
    const projectName = `\`${relative(model.filePath, project.filePath)}\``;
    for (const read of reads) {
      if (project.problem) {
        report({
          messageId: "projectUnreadable",
          data: {
            api: read.api,
            variable: read.variable,
            project: projectName,
            problem: project.problem.message,
            line: project.problem.span.line,
          },
          span: read.span,
          ...(read.taskId !== undefined ? { taskId: read.taskId } : {}),
        });
        continue;
      }
      if (project.stagingEnabled) continue;
      report({
        messageId: "notEnabled",
        data: {
          api: read.api,
          variable: read.variable,
          project: projectName,
          failure: failure(read, options.mountPath),
        },
        span: read.span,
        ...(read.taskId !== undefined ? { taskId: read.taskId } : {}),
      });
    }
  },
};
