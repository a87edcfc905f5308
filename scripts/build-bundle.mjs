#!/usr/bin/env node
/**
 * `pnpm build:bundle`: regenerates bundle/, the self-contained CLI that the GitHub Action
 * (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml) run without installing anything.
 * It is committed (actions and hooks run from the repository); test/bundle.test.ts fails when it
 * is stale, so run this after changing any package's source or dependencies, and commit bundle/.
 */
import path from "node:path";
import { buildSelfContained, ROOT } from "./bundle.mjs";

const { outDir, bundled } = await buildSelfContained(path.join(ROOT, "bundle"));
console.log(
  `built ${path.relative(process.cwd(), outDir)}/ (${bundled.length} third-party packages bundled)`,
);
