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
  HOLE,
  hasLiteral,
  isMemberName,
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
  /**
   * `read`: the task reads the place itself; `xcom`: it receives the location from the writer.
   * `returned` / `pushed`: no task of the file takes it in, but the writer itself returns or
   * pushes the location (its `taskId`), so whoever pulls it — another DAG, an Asset's consumer —
   * receives a path to that storage: a handoff by construction.
   */
  how: "read" | "xcom" | "returned" | "pushed";
  span: Span;
  /** The XCom key a `pushed` location goes under. */
  key?: string;
}

/** A task that calls the same-file helper doing the write, and where. */
export interface Caller {
  taskId: string;
  span: Span;
}

export interface StorageHandoff {
  write: StorageOp;
  consumers: Consumer[];
  /**
   * A write by a same-file helper (`write.calledAt`): every task whose call of the helper leads
   * to it (one finding at the helper's line, not one per call). Empty otherwise.
   */
  callers: Caller[];
  /** No task of the file takes it in: the writer only returns or pushes the location. */
  handedOnly: boolean;
  /**
   * The other writes of the same kind an imported helper does for the same call (one per branch
   * of the helper, say), reported with this one: one finding per call line and rule.
   */
  others: StorageOp[];
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

/** A pattern that starts at a known root (absolute path, the home directory, URI, environment variable). */
function isAnchored(pattern: string): boolean {
  return /^(\/|~\/|[a-z][a-z0-9+.-]*:\/\/|\$\{)/i.test(pattern);
}

/**
 * A path that starts at a known root or, on a filesystem, a relative path whose first name is
 * known (`LocalDataLake/Landing/x.csv`): the process's working directory is one folder for the
 * tasks of a deployment (a command's own working directory is already part of its pattern).
 */
function startsKnown(location: Location): boolean {
  return (
    isAnchored(location.pattern) || (location.medium === "filesystem" && /^[^{/]/.test(location.pattern))
  );
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

const isSlash = (atom: Atom | undefined): boolean =>
  atom === undefined || ("char" in atom && atom.char === "/");

/** Is `atoms[at]` a hole that is a whole path segment (`/{*}/`, `/{*}` at the end)? */
function isSegmentHole(atoms: readonly Atom[], at: number): boolean {
  return "hole" in atoms[at]! && at > 0 && isSlash(atoms[at - 1]) && isSlash(atoms[at + 1]);
}

/**
 * For each `k`, whether `atoms[k]` is a character of an extension that ends its segment right
 * after a hole (`{*}.shp`, `{*}.tar.gz`): the name's unknown stem with its known extension.
 */
function extensionAfterHole(atoms: readonly Atom[]): boolean[] {
  const out = new Array<boolean>(atoms.length).fill(false);
  for (let k = 1; k < atoms.length; k++) {
    const dot = atoms[k]!;
    if (!("hole" in atoms[k - 1]!) || !("char" in dot) || dot.char !== ".") continue;
    let end = k;
    while (
      end < atoms.length &&
      "char" in atoms[end]! &&
      /[A-Za-z0-9.]/.test((atoms[end] as { char: string }).char)
    )
      end++;
    if (end > k + 1 && isSlash(atoms[end])) out.fill(true, k, end);
  }
  return out;
}

/**
 * Does the read pattern name (a superset of) what the write pattern names? With `extensions`, a
 * whole segment of the write known only at run time (`/{*}`, a file name from a list) may also
 * carry the extension the read names after its own run-time stem (`/{*}.shp`). Not the other way
 * round: a read's bare run-time name is as often an element of a listing or another file.
 */
function atomsMatch(write: readonly Atom[], read: readonly Atom[], extensions = false): boolean {
  // reachable[i][j]: write[0..i) is matched by read[0..j)
  const rows = write.length + 1;
  const cols = read.length + 1;
  // The write's hole goes on to take in the read's extension.
  const readExtension = extensions ? extensionAfterHole(read) : [];
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
        // A wildcard stands for any run of the write, except a fresh name it cannot know (an
        // archive's extracted member is a name a listing of its directory does know).
        const known = !("fresh" in w) || isMemberName(w.fresh);
        current[j] = current[j - 1]! || (known && (previous[j]! || previous[j - 1]!));
      } else if ("hole" in r) {
        // A hole is one unknown name: it matches the write's unknown name, not its literal text.
        current[j] = previous[j - 1]! && ("hole" in w || "any" in w);
      } else if ("char" in r) {
        current[j] =
          (previous[j - 1]! && "char" in w && w.char === r.char) ||
          (readExtension[j - 1] === true && current[j - 1]! && isSegmentHole(write, i - 1));
      } else {
        current[j] = previous[j - 1]! && "fresh" in w && w.fresh === r.fresh;
      }
    }
    previous = current;
  }
  return previous[cols - 1]!;
}

/**
 * Does a read (or a location handed on by XCom) of `read` consume what was written at `write`?
 * `extensions`: let the write's run-time name carry the read's extension (`atomsMatch`); the
 * caller asks so only for a read no write names without it.
 */
export function locationsMatch(write: Location, read: Location, extensions = false): boolean {
  if (!hasLiteral(write.pattern) || !hasLiteral(read.pattern)) return false;
  if (write.pattern === read.pattern) return true;
  // A place only a convention names (an unknown program's `--output_path`) is the same data
  // only where the other side names exactly it.
  if (write.exact || read.exact) return false;
  // Unanchored patterns (`{*}/x.csv`) say too little to match anything but themselves.
  if (!startsKnown(read) || !startsKnown(write)) return false;
  // A read that names nothing below a root (`/tmp`, `/tmp/{*}`, `s3://bucket/{*}`) is a listing
  // of everything there, not a read of another task's file.
  if (segmentCount(read.pattern) < 2) return false;
  const writeAtoms = atoms(write.pattern);
  const readAtoms = atoms(read.pattern);
  if (atomsMatch(writeAtoms, readAtoms, extensions)) return true;
  const directory = read.pattern.replace(/\/+$/, "");
  if (atomsMatch(writeAtoms, [...atoms(directory), { char: "/" }, { rest: true }], extensions)) return true;
  // A copy into a directory: the file is there under a name the read must not claim to know.
  if (!write.intoDirectory) return false;
  const inside = atoms(write.pattern.replace(/\/+$/, ""));
  return atomsMatch([...inside, { char: "/" }, { hole: true }], readAtoms);
}

/**
 * Does a location the writer itself hands on name what it wrote? The same value the task built
 * (`Location.madeBy`), as for a consumer's read, or —
 * for an object-store write — the object's key (or a prefix of it) handed on without its bucket
 * (`s3_hook.load_string(key=k, bucket_name="lake")` then `return k`), when the key names at
 * least two literal segments of the write.
 */
export function handedOnMatches(write: Location, handed: Location): boolean {
  // The very value the task built, wrote and hands on (`Location.madeBy`), however unknown its parts.
  if (write.madeBy !== undefined && write.madeBy === handed.madeBy) return true;
  // A file written into a folder the task built and hands on by the same name (`Location.madeIn`).
  if (write.madeIn !== undefined && write.madeIn === handed.madeBy) return true;
  if (locationsMatch(write, handed)) return true;
  if (write.medium !== "object-store" || isAnchored(handed.pattern)) return false;
  const key = handed.pattern.replace(/\/+$/, "");
  if (segmentCount(key) < 2) return false;
  const withoutBucket = write.pattern.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\//i, "");
  if (withoutBucket === write.pattern) return false;
  return withoutBucket === key || withoutBucket.startsWith(`${key}/`);
}

/**
 * A path mounted from object storage (`/home/airflow/gcs/data/adyen/terminals.json` on Cloud
 * Composer, `Location.mount`) and an object in a bucket the analysis cannot name
 * (`gs://${var.composer_bucket}/data/adyen/terminals.json`, a run-time bucket) may be one object.
 * They match when the keys match as paths would and each key names at least three literal
 * segments (the mount's folder and two more): `data/out.json` or `data/{*}/{*}` alone says too
 * little about which bucket it is. A bucket named by a literal is some other bucket.
 */
export function mountMatches(write: Location, read: Location): boolean {
  const mounted = write.mount ? write : read.mount ? read : undefined;
  const object = mounted === write ? read : write;
  if (!mounted?.mount || object.mount) return false;
  const key = unnamedBucketKey(object.pattern, mounted.mount.scheme);
  if (key === undefined || segmentCount(key) < 3 || segmentCount(mounted.mount.key) < 3) return false;
  const asPath = (pattern: string, from: Location): Location => ({ ...from, pattern: `/${pattern}` });
  return mounted === write
    ? locationsMatch(asPath(mounted.mount.key, write), asPath(key, read))
    : locationsMatch(asPath(key, write), asPath(mounted.mount.key, read));
}

/** The key of an object whose bucket is a run-time name (`{*}`, `${var.X}`, `${ENV}`), if it is one. */
function unnamedBucketKey(pattern: string, scheme?: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/(.+)$/i.exec(pattern);
  if (!match || (scheme !== undefined && match[1]!.toLowerCase() !== scheme)) return undefined;
  const bucket = match[2]!;
  return bucket === HOLE || /^\$\{[^}]+\}$/.test(bucket) ? match[3] : undefined;
}

/**
 * The location as users read it: fresh names shown as such; a place no part of which is known
 * (`{*}/{*}`, found by `madeBy`) by the code that names it (`intermediate_file_loc`).
 */
export function describeLocation(location: Location): string {
  if (!hasLiteral(location.pattern) && !containsFresh(location.pattern) && location.display)
    return location.display;
  return describePattern(location.pattern);
}

/** Where an imported helper's write really is (`StorageOp.origin`): its file and position. */
function originKey(op: StorageOp): string | undefined {
  return op.origin ? `${op.origin.file}:${spanKey(op.origin.span)}` : undefined;
}

function spanKey(span: Span): string {
  return `${span.line}:${span.column}`;
}

function precedes(a: Span, b: Span): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** Both in the body of one helper call, the read before the write. */
function readsFirstInHelper(read: StorageOp, write: StorageOp): boolean {
  return (
    read.inHelper !== undefined && write.inHelper !== undefined && precedes(read.inHelper, write.inHelper)
  );
}

/** Where an operation happens in its task's order: the call of a same-file helper, or itself. */
function siteOf(op: StorageOp): Span {
  return op.calledAt ?? op.span;
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
  const matches = (write: Location, read: Location, extensions = false) => {
    const key = `${write.pattern}\u0000${read.pattern}\u0000${write.exact ?? ""}${read.exact ?? ""}${write.intoDirectory ?? ""}${extensions}`;
    let result = matchCache.get(key);
    if (result === undefined) {
      result = locationsMatch(write, read, extensions);
      matchCache.set(key, result);
    }
    return result;
  };

  const writes = model.storage.filter((op) => op.access === "write");
  const candidateReads = readIndex(model.storage.filter((op) => op.access === "read"));
  // Reads a mounted path may be the same object as (`mountMatches`): looked at for such writes only.
  const mountable = (location: Location) =>
    location.mount !== undefined || unnamedBucketKey(location.pattern) !== undefined;
  const mountReads = model.storage.filter((op) => op.access === "read" && mountable(op.location));
  // A read some write of its DAG names as it is (`{dir}/{key}.sql` after `ogr2ogr … {dir}/{key}.sql`)
  // reads that write's data, not another's run-time name stretched to its extension.
  const namedByAWrite = new Map<StorageOp, boolean>();
  const isNamedByAWrite = (read: StorageOp) => {
    let named = namedByAWrite.get(read);
    if (named === undefined) {
      named = writes.some((w) => dagOf(w) === dagOf(read) && matches(w.location, read.location));
      namedByAWrite.set(read, named);
    }
    return named;
  };
  // Only a read with a run-time stem and an extension (`{*}.shp`) can be stretched to.
  const sameData = (write: Location, read: StorageOp) =>
    matches(write, read.location) ||
    ((write.mount || read.location.mount) !== undefined && mountMatches(write, read.location)) ||
    (read.location.pattern.includes(`${HOLE}.`) &&
      matches(write, read.location, true) &&
      !isNamedByAWrite(read));
  const writesByTask = groupBy(writes, taskKey);
  const { upstreamOf, mayRunBefore } = runOrder(model, taskKey);
  const placeKey = (op: StorageOp) =>
    `${dagOf(op)}\u0000${op.location.pattern}\u0000${op.location.madeBy ?? ""}`;
  const writesByPlace = groupBy(writes, placeKey);
  // Another task that runs after the writer and before the reader writes the very same place:
  // the reader takes that task's data (`clean >> transform >> load` all on `/tmp/data.csv`).
  // Only for one whole place (`oneWholePlace`).
  const overwrittenBetween = (write: StorageOp, writer: string, reader: string) =>
    (writesByPlace.get(placeKey(write)) ?? []).some((other) => {
      const between = taskKey(other);
      // A write only a convention guesses (an unknown operator's `target=`, often an upload
      // reading the file) overwrites only another such guess, never code's own write.
      if (other.location.exact && !write.location.exact) return false;
      return (
        between !== writer &&
        between !== reader &&
        upstreamOf(between).has(writer) &&
        upstreamOf(reader).has(between)
      );
    });
  const readsBy = new Map<string, Set<string>>();
  for (const op of model.storage) {
    if (op.access !== "read") continue;
    const key = taskKey(op);
    const spans = readsBy.get(key) ?? new Set<string>();
    spans.add(spanKey(op.span));
    if (op.inHelper) spans.add(spanKey(op.inHelper));
    readsBy.set(key, spans);
  }
  const handoffsByTask = groupBy(model.handoffs, taskKey);
  const consumptionsByProducer = groupBy(model.consumptions, (c) => c.fromTaskId);

  const handoffs: StorageHandoff[] = [];
  const reported = new Set<string>();
  const ordered = [...writes].sort((a, b) =>
    precedes(siteOf(a), siteOf(b)) ? -1 : precedes(siteOf(b), siteOf(a)) ? 1 : 0,
  );
  for (const write of ordered) {
    const writer = taskKey(write);
    const dag = dagOf(write);
    const dedupKey = `${writer}\u0000${write.location.pattern}\u0000${write.location.madeBy ?? ""}`;
    if (reported.has(dedupKey)) continue;
    const consumers = new Map<string, Consumer>();
    const overwritable = oneWholePlace(write.location);

    // A copy into a directory is looked up as the directory's contents too (`intoDirectory`).
    const candidates = candidateReads(
      write.location.intoDirectory
        ? `${write.location.pattern.replace(/\/+$/, "")}/`
        : write.location.pattern,
    );
    if (mountable(write.location)) candidates.push(...mountReads);
    for (const read of candidates) {
      const reader = taskKey(read);
      if (reader === writer || dagOf(read) !== dag) continue;
      if (consumers.get(read.taskId)?.how === "read") continue;
      if (!sameData(write.location, read)) continue;
      // The reader runs before the writer (the writer takes in its XCom, or what a call DAG code
      // made of it, directly or not): it reads what an earlier run left there — state across
      // runs, not a handoff in this run.
      if (upstreamOf(writer).has(reader)) continue;
      // Neither runs first (siblings), and no edge out of the writer can be missing: the reader
      // sees what an earlier run left, as above.
      if (!mayRunBefore(writer, reader)) continue;
      if (overwritable && overwrittenBetween(write, writer, reader)) continue;
      // The same code runs as both tasks (one callable, two operators; one helper's
      // read-modify-write, as exclusive branches often do): each reads its own file.
      const readBySameCode = readsBy.get(writer);
      if (readBySameCode?.has(spanKey(read.span))) continue;
      if (read.inHelper && readBySameCode?.has(spanKey(read.inHelper))) continue;
      // The reader wrote that place itself first: its own scratch, not the writer's data. A
      // helper call that both writes and reads the place (a round trip) counts as its own first,
      // unless that helper's own body reads before it writes (read-modify-write).
      const ownFirst = (writesByTask.get(reader) ?? []).some(
        (own) =>
          (precedes(siteOf(own), read.span) ||
            (spanKey(siteOf(own)) === spanKey(read.span) && !readsFirstInHelper(read, own))) &&
          sameData(own.location, read),
      );
      if (ownFirst) continue;
      consumers.set(read.taskId, { taskId: read.taskId, how: "read", span: read.span });
    }

    for (const handoff of handoffsByTask.get(writer) ?? []) {
      if (!handoff.locations.some((handed) => handedOnMatches(write.location, handed))) continue;
      for (const consumption of consumptionsByProducer.get(write.taskId) ?? []) {
        if (dagOf(consumption) !== dag || consumption.taskId === write.taskId) continue;
        if (consumers.has(consumption.taskId)) continue;
        if (consumption.key !== undefined && consumption.key !== handoff.key) continue;
        // A pull of the return value does not take what was pushed under another key.
        if (
          consumption.key === undefined &&
          handoff.channel === "xcom-push" &&
          handoff.key !== "return_value"
        )
          continue;
        consumers.set(consumption.taskId, {
          taskId: consumption.taskId,
          how: "xcom",
          span: consumption.span,
        });
      }
    }

    // No task here takes it in, but the writer returns or pushes the location itself: whoever
    // pulls it receives a path to this storage. A write nobody is told about stays silent.
    const handedOnly = consumers.size === 0;
    if (handedOnly) {
      const handed = (handoffsByTask.get(writer) ?? []).find((handoff) =>
        handoff.locations.some((location) => handedOnMatches(write.location, location)),
      );
      if (handed)
        consumers.set(write.taskId, {
          taskId: write.taskId,
          how: handed.channel === "xcom-push" || handed.channel === "set-xcom" ? "pushed" : "returned",
          span: handed.span,
          ...(handed.key !== "return_value" ? { key: handed.key } : {}),
        });
    }

    if (consumers.size === 0) continue;
    reported.add(dedupKey);
    handoffs.push({ write, consumers: [...consumers.values()], callers: [], handedOnly, others: [] });
  }
  return mergeHelperWrites(handoffs);
}

/** The same task at the same place (a task id alone may be another DAG's task). */
function sameTaskAt(a: Consumer | Caller, b: Consumer | Caller): boolean {
  return a.taskId === b.taskId && spanKey(a.span) === spanKey(b.span);
}

/**
 * One handoff per same-file helper write: the tasks calling the helper become its callers, their
 * consumers are joined (one per task and place). A task's own write line is one handoff too when it is
 * read for several calls of a factory function (one place per call): the first place is named,
 * the consumers are joined.
 */
function mergeHelperWrites(handoffs: readonly StorageHandoff[]): StorageHandoff[] {
  const merged: StorageHandoff[] = [];
  const byWrite = new Map<string, StorageHandoff>();
  for (const handoff of handoffs) {
    const { write } = handoff;
    const caller = write.calledAt ? { taskId: write.taskId, span: write.calledAt } : undefined;
    // One per write line and kind of place (each storage rule judges its own kind); a task's
    // own line, per task.
    const { medium, temp, staging, stagingFallback } = write.location;
    const kind = `${medium}:${temp ? "temp" : ""}:${staging ? "staging" : ""}:${stagingFallback?.variable ?? ""}`;
    const owner = caller ? "" : write.taskId;
    // An imported helper's writes are all reported at the call: one finding for them, naming the
    // first and listing the others (`StorageHandoff.others`). One line is one finding whatever
    // the DAGs its tasks are in (a file's two DAGs, each with an `upload` task of one callable).
    const key = `${owner}\u0000${spanKey(write.span)}\u0000${kind}`;
    const existing = byWrite.get(key);
    if (!existing) {
      const entry = { ...handoff, consumers: [...handoff.consumers], callers: caller ? [caller] : [] };
      byWrite.set(key, entry);
      merged.push(entry);
      continue;
    }
    const origin = originKey(write);
    if (
      origin !== undefined &&
      origin !== originKey(existing.write) &&
      !existing.others.some((other) => originKey(other) === origin)
    )
      existing.others.push(write);
    if (caller && !existing.callers.some((c) => sameTaskAt(c, caller))) existing.callers.push(caller);
    // A task that only hands its own write on is not a consumer of another caller's write.
    const consumers = handoff.handedOnly ? [] : handoff.consumers;
    if (existing.handedOnly && consumers.length > 0) {
      existing.consumers = [];
      existing.handedOnly = false;
    }
    for (const consumer of consumers)
      if (!existing.consumers.some((c) => sameTaskAt(c, consumer))) existing.consumers.push(consumer);
  }
  return merged;
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

/**
 * Whether a location is one whole place a later write replaces: a file named by literals alone,
 * or an unknown program's output folder (`exact`). `replays/{*}.json` written by two tasks may be
 * two sets of files.
 */
function oneWholePlace(location: Location): boolean {
  return location.exact === true || parsePattern(location.pattern).every((piece) => "text" in piece);
}

/**
 * The run order the model knows: the tasks before a task, transitively — it takes in their
 * XComs (`consumptions`), or DAG code orders them (`orderings`: stated dependencies, calls made
 * of their outputs) — and whether a writer may run before a reader. It may unless the reader is
 * not after the writer and every edge out of the writer and out of each task after it is known
 * (`TaskFact.downstreamKnown`, on every declaration of that task id).
 */
function runOrder(
  model: TransportModel,
  taskKey: (fact: { taskId: string; dagId?: string }) => string,
): {
  upstreamOf: (task: string) => ReadonlySet<string>;
  mayRunBefore: (writer: string, reader: string) => boolean;
} {
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, from: string, to: string) => {
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  const edge = (later: string, earlier: string, dagId: string | undefined) => {
    const consumer = taskKey({ taskId: later, ...(dagId !== undefined ? { dagId } : {}) });
    const producer = taskKey({ taskId: earlier, ...(dagId !== undefined ? { dagId } : {}) });
    add(before, consumer, producer);
    add(after, producer, consumer);
  };
  for (const consumption of model.consumptions)
    edge(consumption.taskId, consumption.fromTaskId, consumption.dagId);
  for (const ordering of model.orderings ?? []) edge(ordering.taskId, ordering.afterTaskId, ordering.dagId);
  const known = new Map<string, boolean>();
  for (const task of model.tasks) {
    const key = taskKey({ taskId: task.id, ...(task.dagId !== undefined ? { dagId: task.dagId } : {}) });
    known.set(key, (known.get(key) ?? true) && task.downstreamKnown === true);
  }
  const closure = (direct: Map<string, Set<string>>) => {
    const memo = new Map<string, Set<string>>();
    return (task: string): Set<string> => {
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
  };
  const downstreamOf = closure(after);
  return {
    upstreamOf: closure(before),
    mayRunBefore: (writer, reader) => {
      const later = downstreamOf(writer);
      if (later.has(reader) || known.get(writer) !== true) return true;
      for (const task of later) if (known.get(task) !== true) return true;
      return false;
    },
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

/**
 * "read by task `transform` at line 41" / "handed by XCom to task `report` at line 20" /
 * "its path returned by task `extract` at line 12, so whatever takes its return value (a task, another
 * DAG, an Asset) gets a path to this storage" — said so because no consumer may be in the file.
 */
export function describeConsumer(consumer: Consumer): string {
  const at = `task \`${consumer.taskId}\` at line ${consumer.span.line}`;
  switch (consumer.how) {
    case "read":
      return `read by ${at}`;
    case "xcom":
      return `handed by XCom to ${at}`;
    case "returned":
      return `its path returned by ${at}, so whatever takes its return value (a task, another DAG, an Asset) gets a path to this storage`;
    case "pushed":
      return `its path pushed${consumer.key !== undefined ? ` as XCom \`${consumer.key}\`` : ""} by ${at}, so whatever pulls that XCom gets a path to this storage`;
  }
}

/** The related locations of a handoff: its consumers, the tasks calling the helper, the imported write. */
export function handoffRelated(handoff: StorageHandoff): RelatedLocation[] {
  return [
    ...handoff.consumers.map((consumer) => ({ message: describeConsumer(consumer), span: consumer.span })),
    ...handoff.callers.map((caller) => ({
      message: `written when task \`${caller.taskId}\` calls the helper at line ${caller.span.line}`,
      span: caller.span,
    })),
    ...originRelated(handoff.write),
    ...handoff.others.flatMap((other) =>
      originRelated(other).map((related) => ({
        ...related,
        message: `also writes \`${describeLocation(other.location)}\`, in \`${other.origin!.name}\``,
      })),
    ),
  ];
}

/** ` (and 2 more places)`: the other writes an imported helper does for the same call, counted. */
export function describeOtherWrites(handoff: StorageHandoff): string {
  const patterns = new Set(handoff.others.map((other) => other.location.pattern));
  patterns.delete(handoff.write.location.pattern);
  const count = patterns.size;
  return count === 0 ? "" : ` (and ${count} more place${count === 1 ? "" : "s"})`;
}

/** The write itself, when an imported helper does it in another file of the repository. */
export function originRelated(write: StorageOp): RelatedLocation[] {
  if (!write.origin) return [];
  return [
    { message: `the write, in \`${write.origin.name}\``, span: write.origin.span, file: write.origin.file },
  ];
}

/** The consumers for a message: the first named, the others counted. */
export function describeConsumers(consumers: readonly Consumer[]): string {
  const first = describeConsumer(consumers[0]!);
  const others = consumers.length - 1;
  return others === 0 ? first : `${first} (and ${others} more task${others === 1 ? "" : "s"})`;
}
