/**
 * A team's own storage knowledge (`writeApis`, `readApis`, `sanctionedHelpers`, temp prefixes
 * and the staging variable): schema, defaults and reader live in core
 * (`packages/core/src/storage-knowledge.ts`); this is what they mean in TypeScript.
 *
 * A `call` names an import by module and export (`@team/io.saveArray`), a function of the DAG
 * file by its name (`saveArray`), or a method on any receiver (`.saveArtifact`); `path`,
 * `bucket` and `key` are an argument position, or a property of the first argument when it is
 * an options object (`{ path: … }`).
 */
export { readStorageKnowledge as storageKnowledge, type StorageKnowledge } from "@dag-transport/core";
