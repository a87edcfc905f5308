/**
 * How `--explain` names what made a call storage (`StorageOp.matchedBy`): a row of the generated
 * docs/knowledge.md, by its section, or an API the team configured. One wording for both frontends.
 */
export const catalogRow = (api: string, section: string): string =>
  `\`${api}\` in docs/knowledge.md, ${section}`;

export const configuredRow = (api: string): string => `\`${api}\` (configured writeApis / readApis)`;

/** An operator class of the repository's own code, summarized where it is defined. */
export const repositoryClassRow = (name: string, file: string, line: number): string =>
  `\`${name}\` (an operator class of the repository, ${file}:${line}, read by dag-transport)`;

/** An operator or TaskFlow decorator nobody catalogued, read by the unknown-program convention. */
export const conventionRow = (api: string): string =>
  `\`${api}\` (not catalogued: its \`target\` / \`output_path\`-like keyword is taken as its write, its \`sql\` and other paths as reads, matched only exactly)`;
