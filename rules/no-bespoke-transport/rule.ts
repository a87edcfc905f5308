/**
 * no-bespoke-transport — a task writes to object storage or a shared filesystem and another
 * task of the same DAG consumes that location. The policy (docs/policy.md): inter-task data moves by
 * `return` / `xcom_pull` (large values with the object-storage XCom backend) or by an explicit, reviewed
 * pass-by-reference — never by a per-task, hand-rolled storage target.
 *
 * Not this rule: a handoff through pod-local temp storage (`no-tmp-staging` reports it, once),
 * and the run's staging volume named without a fallback (Leoflow's sanctioned shared
 * filesystem).
 */
import {
  STORAGE_KNOWLEDGE_DEFAULTS,
  STORAGE_KNOWLEDGE_PROPERTIES,
  type RuleDefinition,
  type StorageKnowledgeOptions,
} from "@dag-transport/core";
import {
  describeConsumers,
  describeLocation,
  describeOtherWrites,
  handoffRelated,
  storageHandoffs,
} from "../storage-handoffs.js";

export type NoBespokeTransportOptions = StorageKnowledgeOptions;

export const noBespokeTransport: RuleDefinition<
  NoBespokeTransportOptions,
  "objectStore" | "filesystem" | "filesystemFolderUnknown"
> = {
  id: "no-bespoke-transport",
  meta: {
    description:
      "Data handed from one task to another must go through XCom (return / xcom_pull) or a reviewed pass-by-reference, not a task's own object-store or shared-filesystem location.",
    recommendedSeverity: "error",
    messages: {
      objectStore:
        "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}: hand-rolled object storage between tasks. Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference.",
      filesystem:
        "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}: a hand-rolled shared-filesystem handoff between tasks. Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference.",
      filesystemFolderUnknown:
        "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}: a hand-rolled filesystem handoff between tasks, in a folder known only at run time (on a pod's own disk the other task finds nothing; on a shared volume it is storage outside XCom). Return the value instead if XCom can hold it (large values only with the object-storage XCom backend configured); for numpy arrays, large ML objects or large data without that backend, use an explicit, reviewed pass-by-reference.",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: STORAGE_KNOWLEDGE_PROPERTIES,
    },
  },
  defaultOptions: STORAGE_KNOWLEDGE_DEFAULTS,
  check(model, _options, report) {
    for (const handoff of storageHandoffs(model)) {
      const { write, consumers } = handoff;
      if (write.location.temp || write.location.staging) continue;
      report({
        messageId:
          write.location.medium === "object-store"
            ? "objectStore"
            : // (`{*}/out.csv`: a folder from configuration, a parameter, the DAG file's own;
              // `${var.DATA_DIR}/out.csv`, `${AIRFLOW_HOME}/…`: a variable's.)
              /^\$?\{/.test(write.location.pattern)
              ? "filesystemFolderUnknown"
              : "filesystem",
        data: {
          api: write.api,
          location: describeLocation(write.location),
          more: describeOtherWrites(handoff),
          consumer: describeConsumers(consumers),
        },
        span: write.span,
        taskId: write.taskId,
        related: handoffRelated(handoff),
      });
    }
  },
};
