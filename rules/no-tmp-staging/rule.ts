/**
 * no-tmp-staging — data handed from one task to another through pod-local temp storage
 * (`/tmp`, `tempfile.*`, a variable that falls back to `/tmp`). Each task may run on its own
 * pod: the next task finds an empty directory (the incident behind the policy, docs/policy.md: `np.savez` to a
 * pod's `/tmp`, read on another pod → empty cohort). Leoflow: stage through the run's
 * staging volume, never a pod's `/tmp`, and never with a silent fallback.
 *
 * A temp handoff is reported here only, not also as `no-bespoke-transport`.
 */
import {
  STORAGE_KNOWLEDGE_DEFAULTS,
  STORAGE_KNOWLEDGE_PROPERTIES,
  TEMP_SETTINGS_DEFAULTS,
  TEMP_SETTINGS_PROPERTIES,
  type RuleDefinition,
  type StorageKnowledgeOptions,
  type TempSettingsOptions,
} from "@dag-transport/core";
import {
  describeConsumers,
  describeLocation,
  describeOtherWrites,
  handoffRelated,
  storageHandoffs,
} from "../storage-handoffs.js";

export interface NoTmpStagingOptions extends StorageKnowledgeOptions, TempSettingsOptions {}

export const noTmpStaging: RuleDefinition<NoTmpStagingOptions, "tmp" | "stagingFallback" | "envFallback"> = {
  id: "no-tmp-staging",
  meta: {
    description:
      "Data must not be handed from one task to another through a pod's own temp storage (/tmp, tempfile, a staging variable that falls back to /tmp).",
    recommendedSeverity: "error",
    messages: {
      tmp: "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}; {{reason}}, so a task on another pod finds nothing there. Return the value if XCom can hold it (large values only with the object-storage XCom backend configured), or stage through the run's staging volume or object storage.",
      stagingFallback:
        "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}; `{{variable}}` silently falls back to `{{fallback}}` (the pod's own disk) when the staging volume is not mounted, and the next task finds nothing. Read it without a fallback (`{{required}}`) and enable the staging volume (`staging.enabled: true` in leoflow.yaml), or use object storage.",
      envFallback:
        "`{{api}}` writes `{{location}}`{{more}}, {{consumer}}; `{{variable}}` falls back to `{{fallback}}` (the pod's own disk) when unset, and the next task finds nothing. Require it without a fallback (`{{required}}`), point it at shared storage, or return the value if XCom can hold it (large values only with the object-storage XCom backend configured).",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        ...STORAGE_KNOWLEDGE_PROPERTIES,
        ...TEMP_SETTINGS_PROPERTIES,
      },
    },
  },
  defaultOptions: {
    ...STORAGE_KNOWLEDGE_DEFAULTS,
    ...TEMP_SETTINGS_DEFAULTS,
  },
  check(model, options, report) {
    for (const handoff of storageHandoffs(model)) {
      const { write, consumers } = handoff;
      const { temp, stagingFallback } = write.location;
      if (!temp) continue;
      const common = {
        api: write.api,
        location: describeLocation(write.location),
        more: describeOtherWrites(handoff),
        consumer: describeConsumers(consumers),
      };
      const related = handoffRelated(handoff);
      if (stagingFallback) {
        const isStaging = stagingFallback.variable === options.stagingVariable;
        report({
          messageId: isStaging ? "stagingFallback" : "envFallback",
          data: {
            ...common,
            variable: stagingFallback.variable,
            fallback: stagingFallback.fallback,
            required: stagingFallback.required,
          },
          span: write.span,
          taskId: write.taskId,
          related: [
            ...related,
            {
              message: `\`${stagingFallback.variable}\` falls back to \`${stagingFallback.fallback}\` here`,
              span: stagingFallback.span,
              ...(stagingFallback.file !== undefined ? { file: stagingFallback.file } : {}),
            },
          ],
        });
        continue;
      }
      report({
        messageId: "tmp",
        data: { ...common, reason: temp.reason },
        span: write.span,
        taskId: write.taskId,
        related,
      });
    }
  },
};
