/**
 * Module names as the catalogs spell them. Node's built-ins are reachable with and without
 * the `node:` scheme, and several libraries ship one API under several package names
 * (`danfojs` for browsers, `danfojs-node` for Node); each spelling lands on one name here.
 */
export const MODULE_ALIASES: Readonly<Record<string, string>> = {
  "danfojs-node": "danfojs",
  "@tensorflow/tfjs-node": "@tensorflow/tfjs",
  "@tensorflow/tfjs-node-gpu": "@tensorflow/tfjs",
  "@tensorflow/tfjs-core": "@tensorflow/tfjs",
  "aws-sdk/clients/s3": "aws-sdk",
};

/** Member paths that are another module: `fs.promises.writeFile` is `fs/promises.writeFile`. */
export const MEMBER_MODULES: Readonly<Record<string, string>> = {
  "fs.promises": "fs/promises",
  "path.posix": "path",
};

export function normalizeModule(specifier: string): string {
  const bare = specifier.startsWith("node:") ? specifier.slice("node:".length) : specifier;
  return MODULE_ALIASES[bare] ?? bare;
}
