export { readConfigText, MAX_CONFIG_BYTES, type ConfigRead } from "./read.js";
export {
  analyzeDeployment,
  deploymentFrontend,
  deploymentKindByName,
  DEFAULT_DEPLOYMENT_FILES,
  DEPLOYMENT_FILE_ENDINGS,
  type DeploymentKind,
} from "./frontend.js";
export { neighbourSettings, type NeighbourCache } from "./neighbours.js";
export {
  findLeoflowProject,
  parseLeoflow,
  readLeoflow,
  LEOFLOW_FILE,
  DEFAULT_DAG_SOURCE,
  newLeoflowCache,
  type LeoflowCache,
} from "./leoflow.js";
export {
  detectAirflowVersion,
  lowestVersion,
  versionFromPyproject,
  versionFromRequirements,
  type VersionCache,
} from "./version.js";
export {
  envNameOf,
  parseEnvName,
  ENV_PREFIX,
  XCOM_BACKEND,
  XCOM_PICKLING,
  OBJECTSTORAGE_PATH,
  OBJECTSTORAGE_THRESHOLD,
  OBJECT_STORAGE_BACKEND,
} from "./settings.js";
export { imageVersion } from "./parsers.js";
