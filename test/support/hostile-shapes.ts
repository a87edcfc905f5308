/** Hostile configuration shapes shared by the CLI/ESLint sweep and the gate's sweep. */

/** 100,000 levels: far past any parser's recursion limit, well under the 5 MiB cap. */
export const DEEP = 100_000;

/** Brackets are counted before any parser recurses into them (core/nesting.ts). */
export const NESTED_TOO_DEEP = /^cannot parse: nested more than 100 levels deep at line 1, column \d+$/;

/** The YAML alias bomb: nine levels of nine aliases each, the first list holding `canary`. */
export function billionLaughs(canary: string): string {
  let text = `a: &a ["${canary}", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n`;
  let previous = "a";
  for (const name of "bcdefghi") {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]\n`;
    previous = name;
  }
  return text;
}
