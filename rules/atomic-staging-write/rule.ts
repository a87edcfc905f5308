/**
 * atomic-staging-write — a task writes a file on the run's staging volume, at the very path
 * another task reads. Leoflow's staging volume (docs/policy.md): the volume is a shared filesystem, not transactional; it
 * survives retries and clear+re-run, so a write that dies half-way leaves a truncated file
 * that the next attempt of the reader takes for data. Tasks write to a temporary name beside
 * the final one and rename it (`os.replace`, `Path.replace`, `shutil.move`, `fs.rename`): a
 * rename within one filesystem is atomic, the reader sees the old file or the whole new one.
 *
 * Not a finding: the final path written by a rename or move; a scratch file read only by the
 * task that wrote it; staging paths no other task reads.
 */
import type { RuleDefinition } from "@dag-transport/core";
import { describeConsumers, describeLocation, handoffRelated, storageHandoffs } from "../storage-handoffs.js";

/** The last part of an API that writes by renaming or moving a finished file into place. */
const RENAMES = new Set(["replace", "rename", "renameSync", "move", "moveSync"]);

export function writesByRename(api: string): boolean {
  const last = api.slice(api.lastIndexOf(".") + 1);
  return RENAMES.has(last);
}

export const atomicStagingWrite: RuleDefinition<Record<string, never>, "inPlace"> = {
  id: "atomic-staging-write",
  meta: {
    description:
      "A file handed to another task on the staging volume must be written to a temporary name and renamed into place, not written at its final path.",
    recommendedSeverity: "warn",
    messages: {
      inPlace:
        "`{{api}}` writes `{{location}}` on the staging volume in place, {{consumer}}; a write that fails half-way (or a retry) leaves a partial file there for the reader. Write to a temporary name beside it, then rename it into place (`os.replace(tmp, path)` / `fs.rename`) — a rename is atomic.",
    },
    optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(model, _options, report) {
    for (const handoff of storageHandoffs(model)) {
      const { write, consumers } = handoff;
      if (!write.location.staging || write.location.temp) continue;
      // A staged path only handed on (no reader in this file) is the sanctioned pass-by-reference.
      if (handoff.handedOnly) continue;
      if (writesByRename(write.api)) continue;
      report({
        messageId: "inPlace",
        data: {
          api: write.api,
          location: describeLocation(write.location),
          consumer: describeConsumers(consumers),
        },
        span: write.span,
        taskId: write.taskId,
        related: handoffRelated(handoff),
      });
    }
  },
};
