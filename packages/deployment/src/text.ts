/** Positions in a text: offsets to 1-based line/column spans. */
import type { Span } from "@dag-transport/core";

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The span of a whole line (1-based), without its line break. */
  lineSpan(line: number): Span {
    const start = this.starts[line - 1] ?? 0;
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.span(start, end > start && this.text[end - 1] === "\r" ? end - 1 : end);
  }
}

export function pointSpan(line: number, column = 1): Span {
  return { line, column, endLine: line, endColumn: column };
}

/** A value that is filled in at deploy time (`${VAR}`, `{{ .Values.x }}`, `$(VAR)`) is not a literal. */
export function isTemplated(value: string): boolean {
  return /\$\{|\{\{|\$\(/.test(value);
}
