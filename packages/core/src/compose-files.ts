/**
 * Docker Compose's default file names, in Compose's own order of preference: the deployment
 * frontend lints them (its file endings), and the Python frontend reads the ones in a DAG's
 * folder and above for the module folders and environment they give its code.
 */
export const COMPOSE_FILE_NAMES: readonly string[] = [
  "compose.yaml",
  "compose.yml",
  "docker-compose.yaml",
  "docker-compose.yml",
];
