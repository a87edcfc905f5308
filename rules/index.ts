import type { AnyRule } from "@dag-transport/core";
import { atomicStagingWrite } from "./atomic-staging-write/rule.js";
import { noBespokeTransport } from "./no-bespoke-transport/rule.js";
import { noTmpStaging } from "./no-tmp-staging/rule.js";
import { noUnserializableXcom } from "./no-unserializable-xcom/rule.js";
import { stagingRequiresVolume } from "./staging-requires-volume/rule.js";
import { xcomBackendConfig } from "./xcom-backend-config/rule.js";

/** Every rule, in documentation order. Ids are contracts: CLI, ESLint, docs and the PR bot use them. */
export const allRules: readonly AnyRule[] = [
  noUnserializableXcom,
  noBespokeTransport,
  noTmpStaging,
  stagingRequiresVolume,
  atomicStagingWrite,
  xcomBackendConfig,
];

export {
  atomicStagingWrite,
  noBespokeTransport,
  noTmpStaging,
  noUnserializableXcom,
  stagingRequiresVolume,
  xcomBackendConfig,
};
export { NEWEST_AIRFLOW_VERSION, effectiveAirflowVersion } from "./airflow-version.js";
