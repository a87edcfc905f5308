/**
 * Storage handoffs, shared by `no-bespoke-transport` and `no-tmp-staging`: a write by one task
 * whose location another task of the same DAG consumes — by reading the same place, or by
 * receiving the location through XCom from the writer.
 *
 * Paths match by meaning. A wildcard in a *read* (`{any}`: a glob, an element of a listing)
 * stands for anything the write names there. A hole (`{*}`: a name known only at run time, an
 * f-string field, Jinja) is *one* unknown name, on either side: it matches a hole, never a
 * concrete name (we cannot tell that `f"/tmp/{name}"` is `/tmp/preds.npz`, nor that
 * `f"/data/{ds}.json"` is `/data/settings.json`). A fresh name (`{fresh:…}`, from `mkdtemp()`)
 * matches only itself. A read of a directory matches the files written under it, when the
 * directory says more than a bare root (`/tmp`, `s3://bucket`).
 */
import {
  containsFresh,
  describePattern,
  hasLiteral,
  literalPrefix,
  parsePattern,
  type Location,
  type RelatedLocation,
  type Span,
  type StorageOp,
  type TransportModel,
} from "@dag-transport/core";

export interface Consumer {
  taskId: string;
  /** `read`: the task reads the place itself; `xcom`: it receives the location from the writer. */
  how: "read" | "xcom";
  span: Span;
}

export interface StorageHandoff {
  write: StorageOp;
  consumers: Consumer[];
}

type Atom = { char: string } | { hole: true } | { any: true } | { fresh: string } | { rest: true };

function atoms(pattern: string): Atom[] {
  const out: Atom[] = [];
  for (const piece of parsePattern(pattern)) {
    if ("text" in piece) for (const char of piece.text) out.push({ char });
    else out.push(piece);
  }
  return out;
}

/** A pattern that starts at a known root (absolute path, URI, environment variable). */
function isAnchored(pattern: string): boolean {
  return /^(\/|[a-z][a-z0-9+.-]*:\/\/|\$\{)/i.test(pattern);
}

/**
 * Path segments after the scheme that say something (a literal, or a fresh name): `/tmp` has 1,
 * `s3://b/prefix` has 2, `/tmp/{*}` has 1, `/tmp/{fresh:3:9}` has 2.
 */
function segmentCount(pattern: string): number {
  return pattern
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
    .split("/")
    .filter((segment) => hasLiteral(segment) || containsFresh(segment)).length;
}

/** Does the read pattern name (a superset of) what the write pattern names? */
function atomsMatch(write: readonly Atom[], read: readonly Atom[]): boolean {
  // reachable[i][j]: write[0..i) is matched by read[0..j)
  const rows = write.length + 1;
  const cols = read.length + 1;
  let previous = new Array<boolean>(cols).fill(false);
  previous[0] = true;
  for (let j = 1; j < cols; j++) {
    const atom = read[j - 1]!;
    previous[j] = previous[j - 1]! && ("any" in atom || "rest" in atom);
  }
  for (let i = 1; i < rows; i++) {
    const current = new Array<boolean>(cols).fill(false);
    const w = write[i - 1]!;
    for (let j = 1; j < cols; j++) {
      const r = read[j - 1]!;
      if ("rest" in r) {
        // The rest of a directory read absorbs anything, fresh names included.
        current[j] = current[j - 1]! || previous[j]! || previous[j - 1]!;
      } else if ("any" in r) {
        // A wildcard stands for any run of the write, except a fresh name it cannot know.
        current[j] = current[j - 1]! || (!("fresh" in w) && (previous[j]! || previous[j - 1]!));
      } else if ("hole" in r) {
        // A hole is one unknown name: it matches the write's unknown name, not its literal text.
        current[j] = previous[j - 1]! && ("hole" in w || "any" in w);
      } else if ("char" in r) {
        current[j] = previous[j - 1]! && "char" in w && w.char === r.char;
      } else {
        current[j] = previous[j - 1]! && "fresh" in w && w.fresh === r.fresh;
      }
    }
    previous = current;
  }
  return previous[cols - 1]!;
}

/** Does a read (or a location handed on by XCom) of `read` consume what was written at `write`? */
export function locationsMatch(write: Location, read: Location): boolean {
  if (!hasLiteral(write.pattern) || !hasLiteral(read.pattern)) return false;
  if (write.pattern === read.pattern) return true;
  // Unanchored patterns (`{*}/x.csv`) say too little to match anything but themselves.
  if (!isAnchored(read.pattern) || !isAnchored(write.pattern)) return false;
  // A read that names nothing below a root (`/tmp`, `/tmp/{*}`, `s3://bucket/{*}`) is a listing
  // of everything there, not a read of another task's file.
  if (segmentCount(read.pattern) < 2) return false;
  const writeAtoms = atoms(write.pattern);
  if (atomsMatch(writeAtoms, atoms(read.pattern))) return true;
  const directory = read.pattern.replace(/\/+$/, "");
  return atomsMatch(writeAtoms, [...atoms(directory), { char: "/" }, { rest: true }]);
}

/** The location as users read it: fresh names shown as such. */
export function describeLocation(location: Location): string {
  return describePattern(location.pattern);
}

function spanKey(span: Span): string {
  return `${span.line}:${span.column}`;
}

function precedes(a: Span, b: Span): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * Every write another task consumes, with its consumers (one per task, a read preferred over an
 * XCom hand-over). When one task writes the same place several times, only the first write is
 * kept: one finding per handoff.
 */
const computed = new WeakMap<TransportModel, StorageHandoff[]>();

export function storageHandoffs(model: TransportModel): StorageHandoff[] {
  // Both storage rules ask about the same model: compute once.
  let handoffs = computed.get(model);
  if (!handoffs) {
    handoffs = findStorageHandoffs(model);
    computed.set(model, handoffs);
  }
  return handoffs;
}

function findStorageHandoffs(model: TransportModel): StorageHandoff[] {
  // Task ids are unique only within a DAG; a file may hold several DAGs.
  const dagOfTask = new Map(model.tasks.map((t) => [t.id, t.dagId]));
  const dagOf = (fact: { taskId: string; dagId?: string }) => fact.dagId ?? dagOfTask.get(fact.taskId);
  const taskKey = (fact: { taskId: string; dagId?: string }) => `${dagOf(fact)}\u0000${fact.taskId}`;

  const matchCache = new Map<string, boolean>();
  const matches = (write: Location, read: Location) => {
    const key = `${write.pattern}\u0000${read.pattern}`;
    let result = matchCache.get(key);
    if (result === undefined) {
      result = locationsMatch(write, read);
      matchCache.set(key, result);
    }
    return result;
  };

  const writes = model.storage.filter((op) => op.access === "write");
  const candidateReads = readIndex(model.storage.filter((op) => op.access === "read"));
  const writesByTask = groupBy(writes, taskKey);
  const upstreamOf = upstreamByConsumption(model, taskKey);
  const readsBy = new Map<string, Set<string>>();
  for (const op of model.storage) {
    if (op.access !== "read") continue;
    const key = taskKey(op);
    const spans = readsBy.get(key) ?? new Set<string>();
    spans.add(spanKey(op.span));
    readsBy.set(key, spans);
  }
  const handoffsByTask = groupBy(model.handoffs, (h) => h.taskId);
  const consumptionsByProducer = groupBy(model.consumptions, (c) => c.fromTaskId);

  const handoffs: StorageHandoff[] = [];
  const reported = new Set<string>();
  const ordered = [...writes].sort((a, b) =>
    precedes(a.span, b.span) ? -1 : precedes(b.span, a.span) ? 1 : 0,
  );
  for (const write of ordered) {
    const writer = taskKey(write);
    const dag = dagOf(write);
    const dedupKey = `${writer}\u0000${write.location.pattern}`;
    if (reported.has(dedupKey)) continue;
    const consumers = new Map<string, Consumer>();

    for (const read of candidateReads(write.location.pattern)) {
      const reader = taskKey(read);
      if (reader === writer || dagOf(read) !== dag) continue;
      if (consumers.get(read.taskId)?.how === "read") continue;
      if (!matches(write.location, read.location)) continue;
      // The reader runs before the writer (the writer takes in its XCom, directly or not): it
      // reads what an earlier run left there — state across runs, not a handoff in this run.
      if (upstreamOf(writer).has(reader)) continue;
      // The same code runs as both tasks (one callable, two operators): each reads its own file.
      if (readsBy.get(writer)?.has(spanKey(read.span))) continue;
      // The reader wrote that place itself first: its own scratch, not the writer's data.
      const ownFirst = (writesByTask.get(reader) ?? []).some(
        (own) => precedes(own.span, read.span) && matches(own.location, read.location),
      );
      if (ownFirst) continue;
      consumers.set(read.taskId, { taskId: read.taskId, how: "read", span: read.span });
    }

    for (const handoff of handoffsByTask.get(write.taskId) ?? []) {
      if (!handoff.locations.some((handed) => matches(write.location, handed))) continue;
      for (const consumption of consumptionsByProducer.get(write.taskId) ?? []) {
        if (dagOf(consumption) !== dag || consumption.taskId === write.taskId) continue;
        if (consumers.has(consumption.taskId)) continue;
        if (consumption.key !== undefined && consumption.key !== handoff.key) continue;
        consumers.set(consumption.taskId, {
          taskId: consumption.taskId,
          how: "xcom",
          span: consumption.span,
        });
      }
    }

    if (consumers.size === 0) continue;
    reported.add(dedupKey);
    handoffs.push({ write, consumers: [...consumers.values()] });
  }
  return handoffs;
}

/**
 * The reads that may match a write, found without trying every read: a read without holes
 * matches only its own pattern or a directory above it; a read with holes only writes that
 * start with its literal prefix. `locationsMatch` decides among these.
 */
function readIndex(reads: readonly StorageOp[]): (writePattern: string) => StorageOp[] {
  const byPath = new Map<string, StorageOp[]>();
  const templated: { read: StorageOp; prefix: string }[] = [];
  for (const read of reads) {
    const prefix = literalPrefix(read.location.pattern);
    if (prefix !== read.location.pattern) templated.push({ read, prefix });
    else {
      const key = read.location.pattern.replace(/\/+$/, "");
      const group = byPath.get(key);
      if (group) group.push(read);
      else byPath.set(key, [read]);
    }
  }
  return (writePattern) => {
    const found = templated.filter((t) => writePattern.startsWith(t.prefix)).map((t) => t.read);
    for (
      let path = writePattern.replace(/\/+$/, "");
      path;
      path = path.slice(0, Math.max(path.lastIndexOf("/"), 0))
    ) {
      found.push(...(byPath.get(path) ?? []));
    }
    return found;
  };
}

/** The tasks that run before a task because it takes in their XComs, transitively. */
function upstreamByConsumption(
  model: TransportModel,
  taskKey: (fact: { taskId: string; dagId?: string }) => string,
): (task: string) => ReadonlySet<string> {
  const direct = new Map<string, Set<string>>();
  for (const consumption of model.consumptions) {
    const consumer = taskKey(consumption);
    const producer = taskKey({
      taskId: consumption.fromTaskId,
      ...(consumption.dagId !== undefined ? { dagId: consumption.dagId } : {}),
    });
    const set = direct.get(consumer) ?? new Set<string>();
    set.add(producer);
    direct.set(consumer, set);
  }
  const memo = new Map<string, Set<string>>();
  return (task) => {
    const cached = memo.get(task);
    if (cached) return cached;
    const seen = new Set<string>();
    const stack = [...(direct.get(task) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    memo.set(task, seen);
    return seen;
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** "read by task `transform` at line 41" / "handed by XCom to task `report` at line 20". */
export function describeConsumer(consumer: Consumer): string {
  return consumer.how === "read"
    ? `read by task \`${consumer.taskId}\` at line ${consumer.span.line}`
    : `handed by XCom to task \`${consumer.taskId}\` at line ${consumer.span.line}`;
}

/** The consumers for a message: the first named, the others counted. */
/** The write itself, when an imported helper does it in another file of the repository. */
export function originRelated(write: StorageOp): RelatedLocation[] {
  if (!write.origin) return [];
  return [
    { message: `the write, in \`${write.origin.name}\``, span: write.origin.span, file: write.origin.file },
  ];
}

export function describeConsumers(consumers: readonly Consumer[]): string {
  const first = describeConsumer(consumers[0]!);
  const others = consumers.length - 1;
  return others === 0 ? first : `${first} (and ${others} more task${others === 1 ? "" : "s"})`;
}
