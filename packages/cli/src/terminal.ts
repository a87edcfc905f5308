/**
 * What the CLI does for a person at a terminal, decided from the flags, the environment and
 * whether the streams are terminals: colour in the report, and progress while it runs.
 */
import type { Format } from "./options.js";

export interface ColorInputs {
  /** `--color` (true), `--no-color` (false), neither (undefined). */
  flag?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the report goes to a terminal (standard output, no `--output-file`). */
  stdoutIsTTY: boolean;
  /** The report is written to a file (`--output-file`). */
  toFile: boolean;
}

/**
 * Colour or not. A flag decides first. Then `FORCE_COLOR` (any value but `0`/`false` forces it
 * on, also when piped; `0`/`false` turns it off), then `NO_COLOR` (any non-empty value turns it
 * off, no-color.org), then whether standard output is a terminal. A report file is coloured
 * only when `--color` asks for it: the environment speaks about terminals.
 */
export function colorEnabled({ flag, env, stdoutIsTTY, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  if (env.NO_COLOR) return false;
  return stdoutIsTTY;
}

/** Formats a program reads: progress text must never be mixed into, or around, them. */
export const MACHINE_FORMATS: ReadonlySet<Format> = new Set(["json", "sarif", "github", "gitlab", "junit"]);

/**
 * Whether a run may show progress on standard error: only for a person watching a terminal —
 * standard error is a terminal, the format is for people, and the run lints files (not
 * standard input). It then appears only once the run has taken `PROGRESS_DELAY_MS`.
 */
export function progressAllowed(inputs: { format: Format; stderrIsTTY: boolean; stdin: boolean }): boolean {
  return inputs.stderrIsTTY && !MACHINE_FORMATS.has(inputs.format) && !inputs.stdin;
}

export const PROGRESS_DELAY_MS = 1000;

/** Environment override of the delay before progress shows, in milliseconds. */
export const PROGRESS_DELAY_ENV = "DAG_TRANSPORT_PROGRESS_DELAY_MS";

/** The delay before progress shows: `DAG_TRANSPORT_PROGRESS_DELAY_MS` when it is a whole number. */
export function progressDelay(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[PROGRESS_DELAY_ENV];
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : PROGRESS_DELAY_MS;
}

export interface Progress {
  /** One more file is done. */
  tick(): void;
  /** Clears the line, if one was shown. */
  stop(): void;
}

/**
 * A progress line on `stream` (`\r`-rewritten, cleared at the end), shown only after
 * `delayMs` and redrawn at most ten times a second.
 */
export function startProgress(
  total: number,
  stream: { write(text: string): unknown },
  delayMs = PROGRESS_DELAY_MS,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let done = 0;
  let shown = false;
  let lastDraw = 0;
  const draw = () => {
    const text = `dag-transport: ${done}/${total} files`;
    stream.write(`\r${text}\u001b[K`);
    shown = true;
    lastDraw = now();
  };
  const timer = setTimeout(draw, delayMs);
  timer.unref();
  return {
    tick() {
      done++;
      const t = now();
      if (t - started >= delayMs && t - lastDraw >= 100) draw();
    },
    stop() {
      clearTimeout(timer);
      if (shown) stream.write("\r\u001b[K");
    },
  };
}
