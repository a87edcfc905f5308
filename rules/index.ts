import type { AnyRule } from "@dag-transport/core";
import { noBespokeTransport } from "./no-bespoke-transport/rule.js";
import { noTmpStaging } from "./no-tmp-staging/rule.js";
import { noUnserializableXcom } from "./no-unserializable-xcom/rule.js";

/** Every rule, in documentation order. Ids are contracts: CLI, ESLint, docs and the PR bot use them. */
export const allRules: readonly AnyRule[] = [noUnserializableXcom, noBespokeTransport, noTmpStaging];

export { noBespokeTransport, noTmpStaging, noUnserializableXcom };
