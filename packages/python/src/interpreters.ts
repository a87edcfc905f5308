/**
 * Small interpreters of what an argument holds, named from storage catalog rows: the direction
 * of a SQL `COPY` (`PostgresHook.copy_expert`), the files a SQL query reads and writes (DuckDB),
 * and the files a shell command reads and writes (`BashOperator.bash_command`).
 *
 * They read text, not Python: the caller hands over the argument as fragments — runs of text and
 * opaque values it resolved itself (an f-string field, a constant) — and gets back mentions made
 * of the same fragments, so what it knew about a value (a staging variable, a temp directory)
 * survives the scan. Each interpreter is an under-approximation: what it cannot read says
 * nothing, and it never guesses a direction it cannot see.
 */
import { UNKNOWN_PROGRAM_OUTPUT_OPTIONS, UNKNOWN_PROGRAM_OUTPUT_WORDS } from "./catalogs/storage.js";

/** A run of text, or an opaque value of the caller's. */
export type Fragment<T> = string | T;

export interface Mention<T> {
  /** `run`: a Python script the command runs (`python scripts/export.py`), as written. */
  access: "read" | "write" | "run";
  parts: Fragment<T>[];
  /**
   * Read from a program we do not know by convention alone (a plain path is a read, an output
   * option's value a write): the place may be taken only where another task names exactly it.
   */
  guessed?: true;
  /** A read that is a glob pattern (`read_parquet('dir/*.parquet')`). */
  glob?: true;
  /** A copy's destination, which may be a directory the files land in (`cp a b DIR`). */
  intoDirectory?: true;
}

/**
 * Text with each opaque value replaced by one private-use character, so the interpreters can
 * scan a plain string and map what they find back to the fragments.
 */
class Encoded<T> {
  readonly text: string;
  private readonly values: T[] = [];

  constructor(fragments: readonly Fragment<T>[], hole: T) {
    let text = "";
    for (const fragment of fragments) {
      if (typeof fragment === "string") text += fragment.replace(/[\uE000-\uF8FF]/g, "");
      else text += this.add(fragment, hole);
    }
    this.text = text;
  }

  /** The character standing for a value (the hole once the private-use area is used up). */
  add(value: T, hole: T): string {
    if (this.values.length >= 0xf8ff - 0xe000) value = hole;
    this.values.push(value);
    return String.fromCharCode(0xe000 + this.values.length - 1);
  }

  isValue(char: string): boolean {
    const code = char.charCodeAt(0);
    return code >= 0xe000 && code < 0xe000 + this.values.length;
  }

  /** The value a character stands for, if it stands for one. */
  valueOf(char: string): T | undefined {
    return this.isValue(char) ? this.values[char.charCodeAt(0) - 0xe000] : undefined;
  }

  /** A run of the encoded text as fragments. */
  decode(text: string): Fragment<T>[] {
    const parts: Fragment<T>[] = [];
    let run = "";
    for (const char of text) {
      if (this.isValue(char)) {
        if (run) parts.push(run);
        run = "";
        parts.push(this.values[char.charCodeAt(0) - 0xe000]!);
      } else run += char;
    }
    if (run) parts.push(run);
    return parts;
  }
}

/** Jinja expressions and statements are run-time text: holes. */
const JINJA = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/**
 * A program's text with its Jinja as holes, before the program's own syntax is read: a Jinja
 * expression may hold the program's quotes (`'{{ ti.xcom_pull(task_ids='t') }}/x.parquet'`).
 */
function jinjaAsHoles<T>(program: readonly Fragment<T>[], hole: T): Fragment<T>[] {
  return program.flatMap((fragment): Fragment<T>[] => {
    if (typeof fragment !== "string" || !fragment.includes("{")) return [fragment];
    const parts: Fragment<T>[] = [];
    let last = 0;
    for (const match of fragment.matchAll(JINJA)) {
      parts.push(fragment.slice(last, match.index), hole);
      last = match.index + match[0].length;
    }
    parts.push(fragment.slice(last));
    return parts;
  });
}

// ---- SQL ----------------------------------------------------------------------------------------

/** `COPY … TO STDOUT` writes the file the caller gives; `COPY … FROM STDIN` reads it. */
export function copyDirection<T>(sql: readonly Fragment<T>[], hole: T): "to" | "from" | undefined {
  const text = new Encoded(sql, hole).text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  if (!/^\s*\(?\s*COPY\b/i.test(text)) return undefined;
  if (/\bTO\s+STDOUT\b/i.test(text)) return "to";
  if (/\bFROM\s+STDIN\b/i.test(text)) return "from";
  return undefined;
}

/** DuckDB table functions whose first argument (a path, a glob or a list of them) is read. */
const SQL_READ_FUNCTIONS = new Set([
  "read_parquet",
  "parquet_scan",
  "read_csv",
  "read_csv_auto",
  "read_json",
  "read_json_auto",
  "read_json_objects",
  "read_ndjson",
  "read_ndjson_auto",
  "read_text",
  "read_blob",
  "read_xlsx",
  "delta_scan",
  "iceberg_scan",
]);

type SqlToken =
  | { kind: "word"; upper: string }
  | { kind: "string"; start: number; end: number }
  | { kind: "punct"; char: string };

function sqlTokens(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) i++;
    else if (char === "-" && text[i + 1] === "-") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (char === "'") {
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "'" && text[j + 1] === "'") j++;
        else if (text[j] === "'") break;
      }
      tokens.push({ kind: "string", start: i + 1, end: j });
      i = j + 1;
    } else if (/[\p{L}\p{N}_$]/u.test(char)) {
      let j = i;
      while (j < text.length && /[\p{L}\p{N}_$.]/u.test(text[j]!)) j++;
      tokens.push({ kind: "word", upper: text.slice(i, j).toUpperCase() });
      i = j;
    } else {
      tokens.push({ kind: "punct", char });
      i++;
    }
  }
  return tokens;
}

/**
 * The files a SQL text reads and writes: `COPY … TO 'f'`, `COPY t FROM 'f'`, `FROM 'f'`, `JOIN 'f'`,
 * `read_parquet('f')`, and Snowflake's `PUT file://f @stage`.
 */
export function scanSql<T>(sql: readonly Fragment<T>[], hole: T): Mention<T>[] {
  const encoded = new Encoded(jinjaAsHoles(sql, hole), hole);
  const text = encoded.text;
  const tokens = sqlTokens(text);
  const mentions: Mention<T>[] = [];
  let statementStart = 0;
  const word = (index: number) => {
    const token = tokens[index];
    return token?.kind === "word" ? token.upper : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "punct" && token.char === ";") statementStart = i + 1;
    if (token.kind !== "string") continue;
    const literal = text.slice(token.start, token.end).replace(/''/g, "'");
    if (literal.trim() === "") continue;
    const parts = encoded.decode(literal);
    const isCopy = word(statementStart) === "COPY";
    const previous = word(i - 1);
    if (previous === "TO" && isCopy) mentions.push({ access: "write", parts });
    else if (previous === "FROM" || previous === "JOIN") mentions.push({ access: "read", parts, glob: true });
    else if (readFunctionArgument(tokens, i)) mentions.push({ access: "read", parts, glob: true });
  }
  // Snowflake's `PUT file:///data/x.csv @stage` uploads a file of the client's disk: a read of it.
  for (const match of text.matchAll(SNOWFLAKE_PUT))
    mentions.push({ access: "read", parts: encoded.decode(match[1]!), glob: true });
  return mentions;
}

/** A statement (or a line) starting `PUT file://PATH`, the path quoted or not. */
const SNOWFLAKE_PUT = /(?:^|[;\n])\s*PUT\s+'?file:\/\/([^\s';]+)/gi;

/** Is the string at `index` the first argument of a read function, alone or in a list? */
function readFunctionArgument(tokens: readonly SqlToken[], index: number): boolean {
  let i = index - 1;
  // Earlier items of a list: `read_parquet(['a', 'b'])`.
  while (i >= 1) {
    const token = tokens[i]!;
    if (token.kind === "punct" && token.char === "," && tokens[i - 1]?.kind === "string") i -= 2;
    else break;
  }
  if (tokens[i]?.kind === "punct" && (tokens[i] as { char: string }).char === "[") i--;
  const open = tokens[i];
  const name = tokens[i - 1];
  return (
    open?.kind === "punct" &&
    open.char === "(" &&
    name?.kind === "word" &&
    SQL_READ_FUNCTIONS.has(name.upper.slice(name.upper.lastIndexOf(".") + 1).toLowerCase())
  );
}

/** SQL functions whose arguments say `FROM` without naming a table: `EXTRACT(year FROM ts)`. */
const FROM_SYNTAX_FUNCTIONS = new Set(["EXTRACT", "TRIM", "SUBSTRING", "SUBSTR", "OVERLAY", "POSITION"]);

/**
 * What a SQL text does to the tables of the database it runs on: `reads` when a statement reads a
 * table by name (`FROM t`, `JOIN t`, not a table function, a quoted file, a run-time name or a
 * `WITH` name of the query), `writes` when one makes or changes a stored table (`CREATE [OR
 * REPLACE] TABLE|VIEW`, not `TEMP`; `INSERT`, `UPDATE`, `MERGE`, `COPY t FROM`).
 */
export function sqlTableAccess<T>(
  sql: readonly Fragment<T>[],
  hole: T,
  isTableName: (value: T) => boolean = (value) => value === hole,
): { reads: boolean; writes: boolean } {
  const encoded = new Encoded(jinjaAsHoles(sql, hole), hole);
  const tokens = sqlTokens(encoded.text);
  // `FROM {table}` of an f-string whose value may be a table's name (`isTableName`: the caller
  // knows its values); a path or a subquery stays the file scan's business.
  const tableValue = (index: number) => {
    const token = tokens[index];
    return (
      token?.kind === "punct" && encoded.isValue(token.char) && isTableName(encoded.valueOf(token.char)!)
    );
  };
  const word = (index: number) => {
    const token = tokens[index];
    return token?.kind === "word" ? token.upper : undefined;
  };
  const punct = (index: number, char: string) => {
    const token = tokens[index];
    return token?.kind === "punct" && token.char === char;
  };
  // Names a `WITH` clause defines (`name AS (`) are the query's own, not the database's.
  const defined = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++)
    if (word(i) !== undefined && word(i + 1) === "AS" && punct(i + 2, "(")) defined.add(word(i)!);
  let reads = false;
  let writes = false;
  let start = 0;
  const parens: boolean[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || punct(i, ";")) {
      writes ||= statementWrites(tokens.slice(start, i));
      start = i + 1;
      parens.length = 0;
      continue;
    }
    if (punct(i, "(")) parens.push(FROM_SYNTAX_FUNCTIONS.has(word(i - 1) ?? ""));
    else if (punct(i, ")")) parens.pop();
    // `DELETE FROM t` changes the table, reads nothing out of it.
    else if (
      (word(i) === "FROM" || word(i) === "JOIN") &&
      word(i - 1) !== "DELETE" &&
      !parens.includes(true)
    ) {
      const name = word(i + 1);
      if (name !== undefined && !punct(i + 2, "(") && !defined.has(name) && !SQL_NOT_TABLES.has(name))
        reads = true;
      else if (tableValue(i + 1) && !punct(i + 2, "(")) reads = true;
    }
  }
  return { reads, writes };
}

/** Words after `FROM` that name no table of the database. */
const SQL_NOT_TABLES = new Set(["SELECT", "VALUES", "LATERAL", "STDIN"]);

function statementWrites(tokens: readonly SqlToken[]): boolean {
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === "word") words.push(token.upper);
    else if (token.kind === "punct" && token.char === "(" && words.length === 0) continue;
    else break;
  }
  const [first, ...rest] = words;
  if (first === "INSERT" || first === "UPDATE" || first === "MERGE") return true;
  if (first === "CREATE") {
    const object = rest.findIndex((w) => w === "TABLE" || w === "VIEW");
    return object >= 0 && !rest.slice(0, object).some((w) => w === "TEMP" || w === "TEMPORARY");
  }
  if (first === "COPY") {
    // `COPY t FROM 'f'` loads a table; `COPY t TO 'f'` and `COPY (query) TO` read.
    const name = tokens.findIndex((t) => t.kind === "word" && t.upper !== "COPY");
    const next = tokens[name + 1];
    return name === 1 && next?.kind === "word" && next.upper === "FROM";
  }
  return false;
}

// ---- shell --------------------------------------------------------------------------------------

export interface ShellContext<T> {
  /** What an unknown run of text is. */
  hole: T;
  /** The value of an environment variable the command reads (`$OUT`): the caller's knowledge. */
  env(name: string): Fragment<T>[];
  /** The directory relative paths start from (BashOperator runs in a fresh temp directory). */
  cwd?: Fragment<T>[];
  /** Whether an opaque value names a place, for arguments of programs we do not know. */
  isPlace(value: T): boolean;
  /**
   * Whether an opaque value is a path at all, its root unknown (`{*}/full_{*}`): enough for the
   * value of an option named like an output (`--out=`), which says it is the program's output.
   * Absent: as `isPlace`.
   */
  isPathValue?(value: T): boolean;
  /**
   * The name of a member an archive's extraction writes (`unzip … -d DIR`): the same place only
   * as itself, which a listing of DIR reads. Absent: extractions write nothing we can name.
   */
  member?: T;
  /** An opaque value as text and opaque pieces (a URL the code built), when the caller can tell. */
  spell?(value: T): Fragment<T>[];
}

/** Commands whose every argument is a file they read. */
const READ_COMMANDS = new Set(
  "cat tac head tail wc zcat bzcat xzcat less more md5sum sha1sum sha256sum sha512sum sort uniq cut paste diff cmp xxd od base64 csvlook csvcut csvstat iconv".split(
    " ",
  ),
);
/** Commands whose first argument is a pattern or a program, the rest files they read. */
const PATTERN_COMMANDS = new Set("grep egrep fgrep awk gawk sed jq".split(" "));
/** Commands that write every file they are given (`… | tee out.log`). */
const WRITE_COMMANDS = new Set(["tee"]);
/**
 * Version control that takes a file's content in: `dvc add PATH…` and `git add PATH…` read every
 * path they are given (`.` or `-A` is a whole working tree: no file named).
 */
const ADD_COMMANDS = new Set(["dvc", "git"]);
/** Commands that copy their sources to the last argument. */
const COPY_COMMANDS = new Set("cp mv rsync scp install".split(" "));
/** Compressors: `gzip f` reads `f` and writes `f.gz` (`-d` the other way round, `-c` to stdout). */
const COMPRESSORS: Readonly<Record<string, { suffix: string; decompress?: true }>> = {
  gzip: { suffix: ".gz" },
  gunzip: { suffix: ".gz", decompress: true },
  bzip2: { suffix: ".bz2" },
  bunzip2: { suffix: ".bz2", decompress: true },
  xz: { suffix: ".xz" },
  unxz: { suffix: ".xz", decompress: true },
  zstd: { suffix: ".zst" },
  unzstd: { suffix: ".zst", decompress: true },
};
/** Commands that move no data of a file (creating, removing, listing, printing). */
const NO_DATA_COMMANDS = new Set(
  "echo printf mkdir rm rmdir touch chmod chown chgrp ls cd pushd popd export unset set test [ [[ sleep true false exit kill pwd source . date env which whoami hostname wait trap read find du df stat".split(
    " ",
  ),
);
/** Programs whose first argument is the script they run (not data). */
const SCRIPT_RUNNERS = new Set(
  "python python2 python3 bash sh zsh Rscript node ruby perl php spark-submit java".split(" "),
);
/** Runners whose script the analysis can read: the repository's own Python scripts. */
const PYTHON_RUNNERS = new Set(["python", "python2", "python3"]);
/** Shells, whose script (`bash scripts/extract.sh`) the analysis reads as more commands. */
const SHELL_RUNNERS = new Set(["bash", "sh", "zsh"]);
const SHELL_SCRIPT = /\.(sh|bash)$/;
const SCRIPT_FILE = /^[\w./-]+\.(py|sh|bash|r|R|js|mjs|rb|pl|php|jar)$/;
/**
 * Programs whose operands are a destination, then a source (`ogr2ogr [options] DST SRC
 * [layers…]`): the options that take one value, and those that take none. An option in neither
 * list (a newer one, `-spat`'s four numbers, `-clipsrc`'s one-or-four, or `-dim 2` passed as
 * one word) makes the operands unknown: nothing is read or written.
 */
const DESTINATION_FIRST: Readonly<
  Record<string, { values: ReadonlySet<string>; flags: ReadonlySet<string> }>
> = {
  ogr2ogr: {
    values: new Set(
      "-f -of -lco -dsco -oo -doo -nln -nlt -s_srs -t_srs -a_srs -ct -s_coord_epoch -t_coord_epoch -a_coord_epoch -sql -where -dialect -select -spat_srs -geomfield -clipsrcsql -clipsrclayer -clipsrcwhere -clipdstsql -clipdstlayer -clipdstwhere -dim -gt -fid -simplify -segmentize -mapFieldType -fieldTypeToString -fieldmap -zfield -maxsubfields -datelineoffset -mo -xyRes -zRes -mRes -limit -if".split(
        " ",
      ),
    ),
    flags: new Set(
      "-overwrite -append -update -upsert -skipfailures -progress -preserve_fid -unsetFid -makevalid -skipinvalid -splitlistfields -wrapdateline -explodecollections -forceNullable -unsetDefault -unsetFieldWidth -emptyStrAsNull -nomd -noNativeData -relaxedFieldNameMatch -addfields -q -quiet".split(
        " ",
      ),
    ),
  },
};
/** GDAL's virtual file systems (`/vsicurl/…`, `/vsis3/…`): not a path on the pod's disk. */
const GDAL_VIRTUAL = /^\/vsi/;
/** Words that run the rest of the line as a command. */
const PREFIX_COMMANDS = new Set(["sudo", "time", "exec", "nohup", "nice", "timeout", "xargs", "command"]);
/** Options whose value is where a program we do not know writes (catalog data). */
const OUTPUT_OPTIONS = new Set(UNKNOWN_PROGRAM_OUTPUT_OPTIONS);
const OUTPUT_WORDS = new Set(UNKNOWN_PROGRAM_OUTPUT_WORDS);
const isOutputOption = (option: string) => {
  const name = option.replace(/^--?/, "").toLowerCase().replace(/-/g, "_");
  return OUTPUT_OPTIONS.has(name) || name.split("_").some((word) => OUTPUT_WORDS.has(word));
};
/** Options whose value is code, not a file: `python -c "…"`. */
const CODE_OPTIONS = new Set(["-c", "-e", "--command", "--eval"]);

interface Word<T> {
  parts: Fragment<T>[];
}

interface SimpleCommand<T> {
  words: Word<T>[];
  redirects: { access: "read" | "write"; target: Word<T> }[];
  /** `NAME=value` before the command word (or a bare assignment). */
  assignments: { name: string; value: Word<T> }[];
}

const OPERATORS = ["&&", "||", ";", "|", "&", "\n"];
/** Characters with no meaning to the shell scan, and the same inside double quotes. */
const PLAIN_RUN = /[^\s'"\\$`#<>&|;(){}\uE000-\uF8FF]+/y;
const QUOTED_RUN = /[^"\\$`\uE000-\uF8FF]+/y;
const PRIVATE_USE = /[\uE000-\uF8FF]/;

/**
 * Splits a command line into simple commands, expanding variables as it goes. Quotes are
 * honoured; `$(…)` and backticks are holes; heredoc bodies are skipped.
 */
function parseShell<T>(encoded: Encoded<T>, context: ShellContext<T>): SimpleCommand<T>[] {
  const text = encoded.text;
  const commands: SimpleCommand<T>[] = [];
  const local = new Map<string, Fragment<T>[]>();
  let current: SimpleCommand<T> = { words: [], redirects: [], assignments: [] };
  let word: Fragment<T>[] | undefined;
  let pendingRedirect: "read" | "write" | undefined;
  let heredocs: string[] = [];

  const push = (fragment: Fragment<T>) => {
    word ??= [];
    const last = word.at(-1);
    if (typeof fragment === "string" && typeof last === "string") word[word.length - 1] = last + fragment;
    else word.push(fragment);
  };
  /** Literal text, with the caller's values decoded. */
  const pushText = (run: string) => {
    if (!PRIVATE_USE.test(run)) push(run);
    else for (const fragment of encoded.decode(run)) push(fragment);
  };
  const expand = (name: string) => {
    const value = local.get(name) ?? context.env(name);
    push("");
    for (const fragment of value) push(fragment);
  };
  const endWord = () => {
    if (!word) return;
    const parts = word.filter((p) => p !== "");
    word = undefined;
    if (pendingRedirect) {
      current.redirects.push({ access: pendingRedirect, target: { parts } });
      pendingRedirect = undefined;
      return;
    }
    const first = parts[0];
    if (current.words.length === 0 && typeof first === "string" && /^[A-Za-z_]\w*=/.test(first)) {
      // `NAME=value cmd` or a bare assignment: later `$NAME` is this value.
      const name = first.slice(0, first.indexOf("="));
      const value = [first.slice(first.indexOf("=") + 1), ...parts.slice(1)].filter((p) => p !== "");
      current.assignments.push({ name, value: { parts: value } });
      local.set(name, value);
      return;
    }
    current.words.push({ parts });
  };
  const endCommand = () => {
    endWord();
    pendingRedirect = undefined;
    if (current.words.length > 0 || current.redirects.length > 0) commands.push(current);
    current = { words: [], redirects: [], assignments: [] };
  };

  let i = 0;
  while (i < text.length) {
    // Most of a command is plain word characters: take them as one run.
    PLAIN_RUN.lastIndex = i;
    const plain = PLAIN_RUN.exec(text);
    if (plain) {
      push(plain[0]);
      i += plain[0].length;
      continue;
    }
    const char = text[i]!;
    if (char === "\n" && heredocs.length > 0) {
      // Skip each heredoc's body, up to its delimiter line.
      endCommand();
      for (const delimiter of heredocs) {
        const match = new RegExp(`\\n[\\t ]*${delimiter}[\\t ]*(?=\\n|$)`).exec(text.slice(i));
        i = match ? i + match.index + match[0].length : text.length;
      }
      heredocs = [];
      continue;
    }
    if (char === "\\") {
      // `\` + newline continues the line; `\x` is x.
      if (i + 1 < text.length && text[i + 1] !== "\n") pushText(text[i + 1]!);
      i += 2;
      continue;
    }
    if (char === "#" && word === undefined) {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (char === "'") {
      const end = text.indexOf("'", i + 1);
      pushText(text.slice(i + 1, end < 0 ? text.length : end));
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (char === '"') {
      push("");
      for (i++; i < text.length && text[i] !== '"';) {
        QUOTED_RUN.lastIndex = i;
        const run = QUOTED_RUN.exec(text);
        if (run) {
          push(run[0]);
          i += run[0].length;
          continue;
        }
        const inner = text[i]!;
        if (inner === "\\" && i + 1 < text.length) {
          if (text[i + 1] !== "\n") pushText(text[i + 1]!);
          i += 2;
        } else if (inner === "$" || inner === "`") i = readExpansion(text, i, push, expand, context.hole);
        else {
          pushText(inner);
          i++;
        }
      }
      i++;
      continue;
    }
    if (char === "$" || char === "`") {
      i = readExpansion(text, i, push, expand, context.hole);
      continue;
    }
    const heredoc = /^<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(text.slice(i, i + 80));
    if (heredoc) {
      endWord();
      heredocs.push(heredoc[2]!);
      i += heredoc[0].length;
      continue;
    }
    const duplicate = /^[0-9]?[<>]&[0-9-]/.exec(text.slice(i, i + 4));
    if (duplicate) {
      if (word && wordText(word) !== undefined && /^[0-9]$/.test(wordText(word)!)) word = undefined;
      endWord();
      i += duplicate[0].length;
      continue;
    }
    const redirect = /^(?:>>|>\|?|&>>?|<(?![<(]))/.exec(text.slice(i, i + 3));
    if (redirect) {
      // The `2` of `2>` is the descriptor, not a word.
      if (word && /^[0-9]$/.test(wordText(word) ?? "")) word = undefined;
      endWord();
      pendingRedirect = redirect[0].startsWith("<") ? "read" : "write";
      i += redirect[0].length;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      endCommand();
      i += operator.length;
      continue;
    }
    if (word === undefined && (char === "(" || char === ")" || char === "{" || char === "}")) {
      i++;
      continue;
    }
    if (/\s/.test(char)) {
      endWord();
      i++;
      continue;
    }
    pushText(char);
    i++;
  }
  endCommand();
  return commands;
}

/** A word's text, when it is all text. */
function wordText<T>(word: readonly Fragment<T>[]): string | undefined {
  return word.every((p) => typeof p === "string") ? word.join("") : undefined;
}

/** `$NAME`, `${NAME}`, `$(…)`, `` `…` ``, `$1`: reads one expansion at `i`, returns the next index. */
function readExpansion<T>(
  text: string,
  i: number,
  push: (fragment: Fragment<T>) => void,
  expand: (name: string) => void,
  hole: T,
): number {
  if (text[i] === "`") {
    const end = text.indexOf("`", i + 1);
    push(hole);
    return end < 0 ? text.length : end + 1;
  }
  const rest = text.slice(i + 1);
  if (rest.startsWith("(")) {
    let depth = 0;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "(") depth++;
      else if (text[j] === ")" && --depth === 0) {
        push(hole);
        return j + 1;
      }
    }
    push(hole);
    return text.length;
  }
  const braced = /^\{([A-Za-z_]\w*)\}/.exec(rest);
  if (braced) {
    expand(braced[1]!);
    return i + 1 + braced[0].length;
  }
  if (rest.startsWith("{")) {
    // `${X:-default}` and friends: we cannot tell which.
    const end = text.indexOf("}", i);
    push(hole);
    return end < 0 ? text.length : end + 1;
  }
  const name = /^[A-Za-z_]\w*/.exec(rest);
  if (name) {
    expand(name[0]);
    return i + 1 + name[0].length;
  }
  if (/^[0-9@*#?$!-]/.test(rest)) {
    push(hole);
    return i + 2;
  }
  push("$");
  return i + 1;
}

function text<T>(word: Word<T>): string | undefined {
  const first = word.parts[0];
  return word.parts.length === 1 && typeof first === "string" ? first : undefined;
}

/**
 * The file name a download saves a URL under (`https://h/a/clinvar.vcf.gz?x=1` gives
 * `clinvar.vcf.gz`): the parts after the URL's last `/`, without a query; undefined when that
 * name has no literal text (a name known only at run time matches nothing it should).
 */
function remoteFileName<T>(url: Word<T>): Word<T> | undefined {
  const slashAt = url.parts.findLastIndex((part) => typeof part === "string" && part.includes("/"));
  if (slashAt < 0) return undefined;
  const last = url.parts[slashAt] as string;
  const parts: (string | T)[] = [last.slice(last.lastIndexOf("/") + 1), ...url.parts.slice(slashAt + 1)];
  const queryAt = parts.findIndex((part) => typeof part === "string" && /[?#]/.test(part));
  if (queryAt >= 0) {
    const cut = parts[queryAt] as string;
    parts.splice(queryAt, parts.length - queryAt, cut.slice(0, cut.search(/[?#]/)));
  }
  const named = parts.filter((part) => part !== "");
  if (!named.some((part) => typeof part === "string")) return undefined;
  return { parts: named };
}

function isOption<T>(word: Word<T>): boolean {
  const first = word.parts[0];
  return typeof first === "string" && first.startsWith("-") && first !== "-";
}

/** The program's name: `/usr/bin/gzip` is gzip. */
function commandName<T>(word: Word<T>): string | undefined {
  const name = text(word);
  return name?.slice(name.lastIndexOf("/") + 1);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const WEB = /^https?:\/\//i;
/** Devices and kernel files are not storage (`2>/dev/null`); `/dev/shm` is, and a temp prefix. */
const DEVICE = /^\/(dev\/(?!shm\b)|proc\/|sys\/)/;

/** `cd /data/downloads/`: the directory without its trailing `/`, so a relative path joins with one. */
function withoutTrailingSlash<T>(parts: Fragment<T>[] | undefined): Fragment<T>[] | undefined {
  const last = parts?.at(-1);
  if (typeof last !== "string" || !/.\/+$/.test(last)) return parts;
  return [...parts!.slice(0, -1), last.replace(/\/+$/, "")];
}

/** Whether a `run` mention's script is a shell script (read as more commands, not as Python). */
export function isShellScript(parts: readonly Fragment<unknown>[]): boolean {
  const last = parts.at(-1);
  return typeof last === "string" && SHELL_SCRIPT.test(last);
}

/** The files a shell command reads and writes. */
export function scanShell<T>(command: readonly Fragment<T>[], context: ShellContext<T>): Mention<T>[] {
  const encoded = new Encoded(jinjaAsHoles(command, context.hole), context.hole);
  const mentions: Mention<T>[] = [];
  let cwd = context.cwd;

  /** A path as the command means it: a relative one is under the working directory. */
  const place = (word: Word<T>): Fragment<T>[] | undefined => {
    const first = word.parts[0];
    if (first === undefined) return undefined;
    if (typeof first === "string" && (first === "-" || WEB.test(first) || DEVICE.test(first)))
      return undefined;
    if (
      typeof first === "string" &&
      !first.startsWith("/") &&
      !first.startsWith("~") &&
      !SCHEME.test(first) &&
      cwd
    )
      return [...cwd, `/${first.replace(/^\.\//, "")}`, ...word.parts.slice(1)];
    // A value the code built that is a relative name (`gzip -d {file_name}`): under it too.
    const spelled =
      typeof first !== "string" && first !== context.hole ? context.spell?.(first)[0] : undefined;
    if (cwd && typeof spelled === "string" && /^(?![/~$.]|[a-z][a-z0-9+.-]*:\/\/)[\w-]/i.test(spelled))
      return [...cwd, "/", ...word.parts];
    return word.parts;
  };
  /** For programs we do not know: only words that plainly are paths. */
  const plainPath = (word: Word<T>): boolean => {
    const first = word.parts[0];
    if (first === undefined) return false;
    if (typeof first !== "string") return context.isPlace(first);
    return (
      (first.startsWith("/") && first.length > 1) ||
      first.startsWith("~/") ||
      first.startsWith("./") ||
      first.startsWith("../") ||
      (SCHEME.test(first) && !WEB.test(first))
    );
  };
  /** An output option's value: a plain path, or one whose root the analysis cannot name. */
  const outputPath = (word: Word<T>): boolean => {
    const first = word.parts[0];
    return (
      plainPath(word) ||
      (first !== undefined &&
        typeof first !== "string" &&
        word.parts.length === 1 &&
        context.isPathValue?.(first) === true)
    );
  };
  const add = (
    access: "read" | "write",
    parts: Fragment<T>[] | undefined,
    guessed?: true,
    intoDirectory?: true,
  ) => {
    if (!parts || parts.length === 0) return;
    // A `*` in a path a command reads is a pattern, the shell's or the program's own (`gsutil cp
    // 'gs://b/*.csv'`): every name there.
    const glob = access === "read" && parts.some((p) => typeof p === "string" && p.includes("*"));
    mentions.push({
      access,
      parts,
      ...(guessed ? { guessed } : {}),
      ...(glob ? { glob } : {}),
      ...(intoDirectory ? { intoDirectory } : {}),
    });
  };

  for (const simple of parseShell(encoded, context)) {
    for (const redirect of simple.redirects) add(redirect.access, place(redirect.target));
    let words = simple.words;
    while (words.length > 0 && PREFIX_COMMANDS.has(commandName(words[0]!) ?? "")) {
      words = words.slice(1);
      while (words.length > 0 && (isOption(words[0]!) || /^[0-9.]+[smhd]?$/.test(text(words[0]!) ?? "")))
        words = words.slice(1);
    }
    const name = words[0] ? commandName(words[0]) : undefined;
    if (name === undefined) continue;
    // A script run as a command (`./scripts/extract.sh`, `/opt/airflow/scripts/x.sh arg`).
    const lastOfName = words[0]!.parts.at(-1);
    if (typeof lastOfName === "string" && SHELL_SCRIPT.test(lastOfName)) {
      mentions.push({ access: "run", parts: words[0]!.parts });
      continue;
    }
    const args = words.slice(1);
    const operands = args.filter((w) => !isOption(w));
    if (name === "cd") {
      const target = operands[0];
      cwd = target ? withoutTrailingSlash(place(target)) : undefined;
      continue;
    }
    if (NO_DATA_COMMANDS.has(name)) continue;
    if (WRITE_COMMANDS.has(name)) {
      for (const operand of operands) add("write", place(operand));
    } else if (READ_COMMANDS.has(name)) {
      for (const operand of operands) add("read", place(operand));
    } else if (PATTERN_COMMANDS.has(name)) {
      const scriptFile = args.some((w) => text(w) === "-f");
      for (const operand of scriptFile ? operands : operands.slice(1)) add("read", place(operand));
    } else if (ADD_COMMANDS.has(name) && text(operands[0] ?? { parts: [] }) === "add") {
      for (const operand of operands.slice(1)) if (text(operand) !== ".") add("read", place(operand));
    } else if (COPY_COMMANDS.has(name)) {
      if (operands.length >= 2) {
        for (const source of operands.slice(0, -1)) add("read", place(source));
        add("write", place(operands.at(-1)!), undefined, true);
      }
    } else if (COMPRESSORS[name]) {
      const { suffix, decompress } = COMPRESSORS[name];
      const toStdout = args.some((w) => /^-[a-z]*c/i.test(text(w) ?? "") || text(w) === "--stdout");
      const backwards =
        decompress || args.some((w) => /^-[a-z]*d/i.test(text(w) ?? "") || text(w) === "--decompress");
      for (const operand of operands) {
        const source = place(operand);
        if (!source) continue;
        add("read", source);
        if (toStdout) continue;
        const last = source.at(-1);
        if (!backwards) add("write", [...source, suffix]);
        else if (typeof last === "string" && last.endsWith(suffix))
          add(
            "write",
            [...source.slice(0, -1), last.slice(0, -suffix.length)].filter((p) => p !== ""),
          );
      }
    } else if (DESTINATION_FIRST[name]) {
      const { values, flags } = DESTINATION_FIRST[name];
      const found: Word<T>[] = [];
      let known = true;
      for (let index = 0; index < args.length; index++) {
        const word = args[index]!;
        if (!isOption(word)) {
          // A value nobody knows may be an option at run time: the operands' order is lost.
          if (found.length < 2 && word.parts.every((part) => part === context.hole)) {
            known = false;
            break;
          }
          found.push(word);
          continue;
        }
        const option = text(word);
        if (option !== undefined && values.has(option)) index++;
        else if (option === undefined || !flags.has(option)) {
          known = false;
          break;
        }
      }
      // A dataset: a plain path, or a value the caller resolved (a connection string such as
      // `PG:host=…` or a GDAL virtual path is not a file).
      const filePath = (word: Word<T> | undefined) => {
        const first = word?.parts[0];
        if (word === undefined || first === undefined) return false;
        if (typeof first === "string") return plainPath(word) && !GDAL_VIRTUAL.test(first);
        return first !== context.hole;
      };
      if (known && found.length >= 2) {
        if (filePath(found[0])) add("write", place(found[0]!));
        if (filePath(found[1])) add("read", place(found[1]!));
      }
    } else if (name === "unzip") {
      // `unzip [-o -q …] ARCHIVE [members] [-d DIR]`: reads the archive and writes its members
      // under DIR — names only the archive knows (`member`).
      let archive = false;
      for (let index = 0; index < args.length; index++) {
        const option = text(args[index]!);
        if (option === "-d" && args[index + 1]) {
          const dir = place(args[++index]!);
          const last = dir?.at(-1);
          const slash = typeof last === "string" && last.endsWith("/") ? [] : ["/"];
          if (dir && context.member !== undefined) add("write", [...dir, ...slash, context.member]);
        } else if (option === "-P" || option === "-x") index++;
        else if (!archive && !isOption(args[index]!)) {
          add("read", place(args[index]!));
          archive = true;
        }
      }
    } else if (name === "curl" || name === "wget") {
      // `curl -O URL` and `wget [-P DIR] URL` (no output named) save under the URL's last name,
      // in the working directory (wget: DIR); `-J` takes the name from the response: unknown.
      const options = args.map((w) => text(w) ?? "");
      const remoteName =
        name === "curl"
          ? options.some((o) => o === "--remote-name" || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(o)) &&
            !options.some((o) => o === "--remote-header-name" || /^-[a-zA-Z]*J/.test(o))
          : !options.some((o) => /^-[a-zA-Z]*[Oi]|^--(output-document|input-file|spider)\b/.test(o));
      if (remoteName) {
        const prefixAt = name === "wget" ? options.indexOf("-P") : -1;
        const prefix =
          prefixAt >= 0 && args[prefixAt + 1] ? withoutTrailingSlash(place(args[prefixAt + 1]!)) : undefined;
        for (const word of operands) {
          const operand = {
            parts: word.parts.flatMap((part) =>
              typeof part === "string" || part === context.hole ? [part] : (context.spell?.(part) ?? [part]),
            ),
          };
          const first = operand.parts[0];
          if (typeof first !== "string" || !(WEB.test(first) || /^ftps?:\/\//i.test(first))) continue;
          const file = remoteFileName(operand);
          if (!file) continue;
          if (prefixAt >= 0) {
            if (prefix) add("write", [...prefix, "/", ...file.parts]);
          } else add("write", place(file));
        }
      }
      args.forEach((w, index) => {
        const option = text(w);
        const value = args[index + 1];
        if (!value) return;
        if (
          (name === "curl" && (option === "-o" || option === "--output")) ||
          (name === "wget" && (option === "-O" || option === "--output-document"))
        )
          add("write", place(value));
        else if (name === "curl" && (option === "-T" || option === "--upload-file"))
          add("read", place(value));
        else if (name === "curl" && /^(-d|--data|--data-binary|--data-raw|-F|--form)$/.test(option ?? "")) {
          const data = text(value);
          const at = data?.match(/^(?:[\w-]+=)?@(.+)$/);
          if (at) add("read", place({ parts: [at[1]!] }));
        }
      });
    } else if (
      (name === "aws" && text(args[0] ?? { parts: [] }) === "s3") ||
      name === "gsutil" ||
      name === "gcloud"
    ) {
      // `aws s3 cp SRC DST`, `gsutil [-m] cp SRC… DST`, `gcloud storage cp SRC DST`.
      const verbAt = operands.findIndex((w) => ["cp", "mv", "sync", "rsync"].includes(text(w) ?? ""));
      const paths = verbAt < 0 ? [] : operands.slice(verbAt + 1);
      if (paths.length >= 2) {
        for (const source of paths.slice(0, -1)) add("read", place(source));
        add("write", place(paths.at(-1)!), undefined, true);
      }
    } else {
      // A program we do not know: plain paths are what it reads, unless an output option names them.
      let skipScript = SCRIPT_RUNNERS.has(name);
      for (let index = 0; index < args.length; index++) {
        const word = args[index]!;
        const option = text(word);
        if (option !== undefined && CODE_OPTIONS.has(option)) {
          index++;
          skipScript = false;
          continue;
        }
        if (isOption(word)) {
          const inline = /^(--?[\w-]+)=(.*)$/.exec(typeof word.parts[0] === "string" ? word.parts[0] : "");
          if (inline) {
            const value: Word<T> = { parts: [inline[2]!, ...word.parts.slice(1)].filter((p) => p !== "") };
            const output = isOutputOption(inline[1]!);
            if (output ? outputPath(value) : plainPath(value))
              add(output ? "write" : "read", place(value), true);
          } else if (
            option !== undefined &&
            isOutputOption(option) &&
            args[index + 1] &&
            outputPath(args[index + 1]!)
          ) {
            add("write", place(args[++index]!), true);
          }
          continue;
        }
        // The script a runner runs is code, not data: the first path or file name after its options.
        if (skipScript && (plainPath(word) || SCRIPT_FILE.test(option ?? ""))) {
          skipScript = false;
          const last = word.parts.at(-1);
          if (PYTHON_RUNNERS.has(name) && typeof last === "string" && last.endsWith(".py"))
            mentions.push({ access: "run", parts: word.parts });
          if (SHELL_RUNNERS.has(name) && typeof last === "string" && SHELL_SCRIPT.test(last))
            mentions.push({ access: "run", parts: word.parts });
          continue;
        }
        if (plainPath(word)) add("read", place(word), true);
      }
    }
  }
  return mentions;
}
