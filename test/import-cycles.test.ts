/**
 * No import cycles (issue 16): the repository's eslint.config.js runs `import-x/no-cycle` on the
 * product's sources, so `pnpm test`'s `eslint .` fails on one. These check that the rule is on
 * and resolves the sources' `./x.js` imports to their `.ts` files.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/cli.js";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

async function cycles(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === "import-x/no-cycle").length;
}

describe("lint: no import cycles", () => {
  it("reports a module that imports one that imports it back", async () => {
    // packages/engine/src/index.ts re-exports frontends.ts: frontends.ts may not import it.
    const code = `import { lintText } from "./index.js";\nexport const again = lintText;\n`;
    expect(await cycles(code, "packages/engine/src/frontends.ts")).toBe(1);
    expect(await cycles(code, "packages/engine/src/not-imported-by-index.ts")).toBe(0);
  });
});
