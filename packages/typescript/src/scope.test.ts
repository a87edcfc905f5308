import { analyze } from "@typescript-eslint/scope-manager";
import { parse } from "@typescript-eslint/typescript-estree";
import type { TSESTree } from "@typescript-eslint/types";
import { describe, expect, it } from "vitest";
import { SyntaxIndex } from "./ast.js";
import { analyzeTypeScript } from "./index.js";
import { Scopes, type ScopeManagerLike } from "./scope.js";

const HEADER = `import { Dag } from "apache-airflow-ts-sdk";\nconst dag = new Dag("d");\n`;

/** The kinds of what the handler returns, `body` being the handler's body. */
function returned(body: string, prelude = ""): string[] {
  const model = analyzeTypeScript(`${HEADER}${prelude}\ndag.task("t", async () => {\n${body}\n});`, "dag.ts");
  return model.handoffs.flatMap((h) => h.values.map((v) => v.kind));
}

describe("what a name refers to (typescript-eslint's scopes)", () => {
  it("a `var` declared in a block is the function's: its value reaches a return after the block", () => {
    expect(returned(`if (Date.now() > 0) { var ids = new Set([1]); }\nreturn ids;`)).toEqual(["set"]);
  });

  it("a `let` declared in a block is not the name returned outside it", () => {
    expect(
      returned(`const ids = [1];\nif (Date.now() > 0) { let ids = new Set([1]); void ids; }\nreturn ids;`),
    ).toEqual([]);
  });

  it("a type-only name does not hide the value of that name; a local class does", () => {
    expect(returned(`return new Set([1]);`, `type Set = string;`)).toEqual(["set"]);
    expect(returned(`return new Set([1]);`, `class Set { toJSON() { return []; } }`)).not.toEqual(["set"]);
  });

  it("a name reassigned anywhere is not followed from its declaration", () => {
    expect(returned(`var ids = new Set([1]);\nids = Array.from(ids);\nreturn ids;`)).toEqual([]);
  });

  it("uses the scopes it is given (ESLint's) instead of analysing the tree again", () => {
    const code = `${HEADER}const seen = new Set([1]);\ndag.task("t", async () => seen);`;
    const ast = parse(code, { range: true, loc: true }) as TSESTree.Program;
    const scopeManager = analyze(ast, { sourceType: "module" });
    let acquired = 0;
    const counting: ScopeManagerLike = {
      globalScope: scopeManager.globalScope,
      scopes: scopeManager.scopes,
      acquire: (node, inner) => {
        acquired++;
        return scopeManager.acquire(node, inner);
      },
    };
    const scopes = new Scopes(new SyntaxIndex(ast), counting);
    const task = (ast.body[3] as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression;
    const handler = task.arguments[1] as TSESTree.ArrowFunctionExpression;
    expect(scopes.resolve(handler.body as TSESTree.Identifier)?.kind).toBe("const");
    expect(acquired).toBeGreaterThan(0);
  });

  it("globals and unknown names have no binding", () => {
    const ast = parse(`Map; undeclared;`, { range: true, loc: true }) as TSESTree.Program;
    const scopes = new Scopes(new SyntaxIndex(ast));
    for (const statement of ast.body) {
      const id = (statement as TSESTree.ExpressionStatement).expression as TSESTree.Identifier;
      expect(scopes.resolve(id)).toBeUndefined();
    }
  });
});
