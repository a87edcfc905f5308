/**
 * The syntax of a location pattern (`Location.pattern`), in one place: both frontends write it,
 * the storage rules read it. A pattern is literal text with two kinds of token:
 *
 *   - `{*}`, a hole: one name the analysis cannot know (an f-string field, Jinja, a
 *     parameter). It is *some* name, not every name: it matches another hole, never a concrete
 *     name (`/data/{*}.csv` from `f"/data/{table}.csv"` is not `/data/settings.csv`);
 *   - `{any}`, a wildcard: a run that stands for every name there (a glob's `*`, `?`, `[…]`, an
 *     element of a directory listing) — a read through it reads whatever was written there;
 *   - `{fresh:LINE:COLUMN}`: a name made unique at run time by the call at that position
 *     (`mkdtemp()`, `NamedTemporaryFile`), which names the same place only as itself;
 *   - `{fresh:member:LINE:COLUMN}`: one of the names an archive's extraction writes, the members
 *     of the list defined at that position (or of the extraction call there): the same place only
 *     as itself — not an unknown name (`{*}`: the archive's own) — but a listing of the
 *     directory (`{any}`) reads it.
 *
 * `${NAME}` (an environment variable), `${var.NAME}` (an Airflow Variable) and `${module:NAME}` (a
 * module-level name whose value a module-level `if` picks, each on the pod's own disk) are literal
 * text here: the same for every task of a deployment, so they compare like any other text.
 */

/** A piece of a pattern: literal text, a hole, a wildcard, or a fresh name (its `LINE:COLUMN`). */
export type PatternPiece = { text: string } | { hole: true } | { any: true } | { fresh: string };

export const HOLE = "{*}";
export const ANY = "{any}";

const HOLE_PIECE: PatternPiece = { hole: true };
const ANY_PIECE: PatternPiece = { any: true };
const TOKEN = /\{\*\}|\{any\}|\{fresh:([^}]*)\}/g;
const ANY_TOKEN = /\{any\}/g;
const FRESH = /\{fresh:[^}]*\}/g;
const FRESH_MEMBER = /\{fresh:member:[^}]*\}/g;

/** The fresh name made by the call at `line`:`column` (1-based). */
export function freshPiece(line: number, column: number): PatternPiece {
  return { fresh: `${line}:${column}` };
}

/** One of the members named by the list (or extraction) at `line`:`column` (1-based). */
export function memberPiece(line: number, column: number): PatternPiece {
  return { fresh: `member:${line}:${column}` };
}

/**
 * A part built from a previous run's date (`prev_start_date_success`): it matches only another
 * such part, never this run's holes — what an earlier run left is state, not a handoff.
 */
export const PREVIOUS_RUN_PIECE: PatternPiece = { fresh: "previous-run" };
const PREVIOUS_RUN_TOKEN = patternOf([PREVIOUS_RUN_PIECE]);

/** Is this fresh name an archive's member (which a listing of its directory reads)? */
export function isMemberName(fresh: string): boolean {
  return fresh.startsWith("member:");
}

export function freshToken(line: number, column: number): string {
  return `{fresh:${line}:${column}}`;
}

/** Merges adjacent literals and adjacent holes; drops empty literals. */
export function normalizePieces(pieces: readonly PatternPiece[]): PatternPiece[] {
  const out: PatternPiece[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    if ("text" in piece) {
      if (piece.text === "") continue;
      if (previous && "text" in previous) out[out.length - 1] = { text: previous.text + piece.text };
      else out.push(piece);
    } else if ("hole" in piece || "any" in piece) {
      // A run of holes is one hole; a run with a wildcard in it stands for every name.
      if (previous && ("hole" in previous || "any" in previous)) {
        if ("any" in piece) out[out.length - 1] = ANY_PIECE;
      } else out.push("any" in piece ? ANY_PIECE : HOLE_PIECE);
    } else {
      out.push(piece);
    }
  }
  return out;
}

export function patternOf(pieces: readonly PatternPiece[]): string {
  let pattern = "";
  for (const p of pieces)
    pattern += "text" in p ? p.text : "hole" in p ? HOLE : "any" in p ? ANY : `{fresh:${p.fresh}}`;
  return pattern;
}

export function parsePattern(pattern: string): PatternPiece[] {
  const pieces: PatternPiece[] = [];
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    if (match.index > last) pieces.push({ text: pattern.slice(last, match.index) });
    pieces.push(match[1] !== undefined ? { fresh: match[1] } : match[0] === ANY ? ANY_PIECE : HOLE_PIECE);
    last = match.index + match[0].length;
  }
  if (last < pattern.length) pieces.push({ text: pattern.slice(last) });
  return pieces;
}

/** Literal content beyond tokens and separators: a pattern without any says nothing. */
export function hasLiteral(pattern: string): boolean {
  return /[A-Za-z0-9_]/.test(pattern.replace(TOKEN, ""));
}

/** Does the pattern start with a hole or a fresh name (nothing known about its root)? */
export function startsWithToken(pattern: string): boolean {
  return pattern.startsWith(HOLE) || pattern.startsWith(ANY) || pattern.startsWith("{fresh:");
}

export function containsFresh(pattern: string): boolean {
  return pattern.includes("{fresh:");
}

/** The literal text before the first token: every place the pattern names starts with it. */
export function literalPrefix(pattern: string): string {
  TOKEN.lastIndex = 0;
  const first = TOKEN.exec(pattern);
  TOKEN.lastIndex = 0;
  return first ? pattern.slice(0, first.index) : pattern;
}

/**
 * A handed-off string that looks like a place: it has a directory part (or a scheme) and says
 * more than holes (a fresh name says something). `"done"` or `{"status": "ok"}` are not locations.
 */
export function isPathLike(pattern: string): boolean {
  return pattern.includes("/") && (hasLiteral(pattern) || containsFresh(pattern));
}

/** The pattern as users read it: fresh names shown as such, wildcards as a glob's `*`. */
export function describePattern(pattern: string): string {
  return pattern
    .replace(FRESH_MEMBER, HOLE)
    .replaceAll(PREVIOUS_RUN_TOKEN, "{previous run}")
    .replace(FRESH, "{temp name}")
    .replace(ANY_TOKEN, "*");
}

/**
 * `${AIRFLOW_HOME}/x.csv`: `AIRFLOW_HOME` is the Airflow directory of each worker's own container
 * or pod (`/opt/airflow` in the official image, `/usr/local/airflow` on Astro and MWAA), so a file
 * directly in it is on that worker's own disk. Its folders may be mounted (`dags/`, `logs/`, and
 * as often a repository's `data/`): a path below one says nothing, nor does a name known only at
 * run time (`${AIRFLOW_HOME}/{*}`, which may be a folder).
 */
export function airflowHomeOwnDisk(pattern: string): { reason: string } | undefined {
  const match = /^\$\{AIRFLOW_HOME\}\/+([^/]+)$/.exec(pattern);
  if (!match || !/^[^{]*\.[A-Za-z0-9]+$/.test(match[1]!.replace(/\{[^}]*\}/g, "x"))) return undefined;
  return {
    reason:
      "`AIRFLOW_HOME` is each worker's own Airflow directory (the image's `/opt/airflow`), on the pod's own disk",
  };
}
