import { afterEach, describe, expect, it, vi } from "vitest";
import { colorEnabled, progressAllowed, progressDelay, startProgress } from "./terminal.js";

describe("colorEnabled", () => {
  const tty = { env: {}, stdoutIsTTY: true, toFile: false };
  const piped = { env: {}, stdoutIsTTY: false, toFile: false };

  it("colours a terminal and nothing else by default", () => {
    expect(colorEnabled(tty)).toBe(true);
    expect(colorEnabled(piped)).toBe(false);
    expect(colorEnabled({ ...tty, toFile: true })).toBe(false);
  });

  it("FORCE_COLOR turns it on when piped, and 0/false turn it off", () => {
    expect(colorEnabled({ ...piped, env: { FORCE_COLOR: "1" } })).toBe(true);
    expect(colorEnabled({ ...piped, env: { FORCE_COLOR: "" } })).toBe(true);
    expect(colorEnabled({ ...piped, env: { FORCE_COLOR: "3" } })).toBe(true);
    expect(colorEnabled({ ...tty, env: { FORCE_COLOR: "0" } })).toBe(false);
    expect(colorEnabled({ ...tty, env: { FORCE_COLOR: "false" } })).toBe(false);
  });

  it("NO_COLOR (non-empty) turns it off on a terminal; FORCE_COLOR outranks it", () => {
    expect(colorEnabled({ ...tty, env: { NO_COLOR: "1" } })).toBe(false);
    expect(colorEnabled({ ...tty, env: { NO_COLOR: "" } })).toBe(true);
    expect(colorEnabled({ ...piped, env: { NO_COLOR: "1", FORCE_COLOR: "1" } })).toBe(true);
  });

  it("a flag outranks the environment; a report file is coloured only by --color", () => {
    expect(colorEnabled({ ...piped, flag: true, env: { NO_COLOR: "1" } })).toBe(true);
    expect(colorEnabled({ ...tty, flag: false, env: { FORCE_COLOR: "1" } })).toBe(false);
    expect(colorEnabled({ ...piped, toFile: true, env: { FORCE_COLOR: "1" } })).toBe(false);
    expect(colorEnabled({ ...piped, toFile: true, flag: true })).toBe(true);
  });
});

describe("progressAllowed", () => {
  it("only for stylish output, on a terminal's standard error, when linting files", () => {
    expect(progressAllowed({ format: "stylish", stderrIsTTY: true, stdin: false })).toBe(true);
    expect(progressAllowed({ format: "stylish", stderrIsTTY: false, stdin: false })).toBe(false);
    expect(progressAllowed({ format: "stylish", stderrIsTTY: true, stdin: true })).toBe(false);
    for (const format of ["json", "sarif", "github"] as const)
      expect(progressAllowed({ format, stderrIsTTY: true, stdin: false })).toBe(false);
  });
});

describe("startProgress", () => {
  afterEach(() => void vi.useRealTimers());

  it("shows nothing for a run shorter than the delay", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const progress = startProgress(3, { write: (t: string) => written.push(t) }, 1000);
    progress.tick();
    vi.advanceTimersByTime(500);
    progress.tick();
    progress.tick();
    progress.stop();
    vi.advanceTimersByTime(2000);
    expect(written).toEqual([]);
  });

  it("counts files once past the delay, and clears its line at the end", () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const progress = startProgress(2000, { write: (t: string) => written.push(t) }, 1000);
    for (let i = 0; i < 10; i++) progress.tick();
    vi.advanceTimersByTime(1000);
    expect(written.at(-1)).toBe("\rdag-transport: 10/2000 files\u001b[K");
    vi.advanceTimersByTime(200);
    progress.tick();
    expect(written.at(-1)).toBe("\rdag-transport: 11/2000 files\u001b[K");
    progress.stop();
    expect(written.at(-1)).toBe("\r\u001b[K");
  });
});

describe("progressDelay", () => {
  it("is a second, unless DAG_TRANSPORT_PROGRESS_DELAY_MS is a whole number", () => {
    expect(progressDelay({})).toBe(1000);
    expect(progressDelay({ DAG_TRANSPORT_PROGRESS_DELAY_MS: "250" })).toBe(250);
    expect(progressDelay({ DAG_TRANSPORT_PROGRESS_DELAY_MS: "soon" })).toBe(1000);
    expect(progressDelay({ DAG_TRANSPORT_PROGRESS_DELAY_MS: "-5" })).toBe(1000);
  });
});
