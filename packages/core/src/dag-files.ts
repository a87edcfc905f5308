/**
 * Which files are DAG sources, by ending: the one list every surface selects by (the engine's
 * frontends and so the CLI and the PR gate, the ESLint plugin's configurations, the pre-commit
 * hook's pattern, checked by test/pre-commit-files.test.ts).
 *
 * TypeScript and JavaScript: the endings of DAG code for the Airflow TypeScript SDK, `.ts`,
 * `.mts`, `.cts`, `.js`, `.mjs`. Not `.tsx` / `.jsx` (JSX is UI code; a DAG module never renders
 * an element, and in `.tsx` `<T>value` is an element, not a cast) and not `.cjs` (the SDK loads
 * DAG modules as ES modules or through TypeScript; CommonJS written as TypeScript is `.cts`).
 */

/** Python DAG files. */
export const PYTHON_EXTENSIONS = [".py"] as const;

/** DAG files in TypeScript syntax: ESLint's default parser cannot read them. */
export const TYPESCRIPT_SYNTAX_EXTENSIONS = [".ts", ".mts", ".cts"] as const;

/** DAG files in JavaScript. */
export const JAVASCRIPT_EXTENSIONS = [".js", ".mjs"] as const;

/** The endings the TypeScript frontend takes (TypeScript and JavaScript). */
export const TYPESCRIPT_EXTENSIONS = [...TYPESCRIPT_SYNTAX_EXTENSIONS, ...JAVASCRIPT_EXTENSIONS] as const;

/** Every DAG source ending. */
export const DAG_EXTENSIONS = [...PYTHON_EXTENSIONS, ...TYPESCRIPT_EXTENSIONS] as const;

/** True when the path ends with one of the endings (default: any DAG source ending). */
export function hasDagEnding(filePath: string, extensions: readonly string[] = DAG_EXTENSIONS): boolean {
  return extensions.some((ending) => filePath.endsWith(ending));
}

/** The endings as one glob over every folder, as ESLint's `files` takes it: `**\/*.{ts,mts}`. */
export function endingsGlob(extensions: readonly string[]): string {
  const names = extensions.map((ending) => ending.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(",")}}`;
}
