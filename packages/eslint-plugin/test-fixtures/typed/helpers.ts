// Functions a typed DAG imports: the frontend cannot see their bodies, only their types.
export function loadIndex(): Map<string, number> {
  return new Map([["a", 1]]);
}

export async function loadCounts(): Promise<Record<string, number>> {
  return { a: 1 };
}

export class Report {
  constructor(readonly rows: number) {}
}

export function latestReport(): Report {
  return new Report(1);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the typed tests need an `any` to show it is never a finding
export function parsed(text: string): any {
  return JSON.parse(text);
}
