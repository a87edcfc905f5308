import type { AnyRule } from "@dag-transport/core";
import { noUnserializableXcom } from "./no-unserializable-xcom/rule.js";

/** Every rule, in documentation order. Ids are contracts: CLI, ESLint, docs and the PR bot use them. */
export const allRules: readonly AnyRule[] = [noUnserializableXcom];

export { noUnserializableXcom };
