// Lints this repository's own TypeScript. (How users configure the plugin is in the README.)
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/**
 * One reader for the workspace (issue 10): everything the product reads from a scanned
 * repository goes through packages/core/src/workspace-reader.ts (regular files only, real path
 * inside the root, size-capped, never a device or FIFO). So the product's sources may not read
 * file contents through node:fs themselves. Listing and stat-ing (readdirSync, statSync,
 * existsSync, realpathSync) read no content and stay allowed, and so do writes.
 */
const FS_MODULES = ["fs", "node:fs", "fs/promises", "node:fs/promises"];
const FS_MODULE_PATTERN = "/^(node:)?fs(\\/promises)?$/";
/** What reads a file's bytes, by name in `fs` or `fs/promises` (`promises` is the whole API again). */
const FS_CONTENT_READS = [
  "readFile",
  "readFileSync",
  "read",
  "readSync",
  "readv",
  "readvSync",
  "open",
  "openSync",
  "openAsBlob",
  "createReadStream",
  "promises",
  "default",
];
const USE_THE_WORKSPACE_READER =
  "Read workspace files with readWorkspaceText / readWorkspaceBytes from @dag-transport/core (workspace-reader.ts), " +
  "the one guarded reader. A read of the tool's own files (its package.json, its docs, standard input, the " +
  "runner's event payload) disables this rule on that line, with the reason: `-- <why this is not workspace input>`.";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "bundle/**",
      "**/node_modules/**",
      "fixtures/**",
      "bench/.generated/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // No import cycles (issue 16): a module's imports never lead back to it, within a package
  // (`./x.js` resolves to `./x.ts`). Between packages, tsc -b's project references refuse a cycle.
  {
    files: ["packages/*/src/**/*.ts", "rules/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createNodeResolver({ extensionAlias: { ".js": [".ts", ".js"] } })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // The ESLint plugin is linted as one: rule metadata, RuleTester suites.
  {
    files: ["packages/eslint-plugin/src/**/*.ts"],
    ...eslintPlugin.configs.recommended,
  },
  {
    files: ["packages/*/src/**/*.{ts,js,mjs}", "rules/**/*.{ts,js,mjs}"],
    ignores: ["packages/core/src/workspace-reader.ts", "**/*.test.ts", "**/test-support/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: FS_MODULES.map((name) => ({
            name,
            importNames: FS_CONTENT_READS,
            message: USE_THE_WORKSPACE_READER,
          })),
        },
      ],
      // The same module reached another way: require(), import(), or an `fs` object's methods.
      "no-restricted-syntax": [
        "error",
        {
          selector: `ImportExpression[source.value=${FS_MODULE_PATTERN}]`,
          message: USE_THE_WORKSPACE_READER,
        },
        {
          selector: `CallExpression[callee.name="require"][arguments.0.value=${FS_MODULE_PATTERN}]`,
          message: USE_THE_WORKSPACE_READER,
        },
      ],
      "no-restricted-properties": [
        "error",
        ...FS_CONTENT_READS.filter((name) => name !== "default").map((property) => ({
          object: "fs",
          property,
          message: USE_THE_WORKSPACE_READER,
        })),
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
