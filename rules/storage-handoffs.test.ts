import { describe, expect, it } from "vitest";
import type { Location } from "@dag-transport/core";
import {
  describeLocation,
  handedOnMatches,
  locationsMatch,
  mountMatches,
  storageHandoffs,
} from "./storage-handoffs.js";
import {
  consumption,
  handoff,
  location,
  model,
  op,
  ordering,
  span,
  tmp,
} from "./test-support/storage-model.js";

const matches = (write: string, read: string) => locationsMatch(location(write), location(read));

describe("locationsMatch", () => {
  it("matches the same place", () => {
    expect(matches("/tmp/preds.npz", "/tmp/preds.npz")).toBe(true);
    expect(matches("s3://b/preds/{*}.json", "s3://b/preds/{*}.json")).toBe(true);
  });

  it("lets a wildcard in the read (a glob, a listed element) stand for anything the write names", () => {
    expect(matches("/data/out/part-1.parquet", "/data/out/{any}.parquet")).toBe(true);
    expect(matches("/data/out/part-{*}.parquet", "/data/out/{any}")).toBe(true);
    expect(matches("/data/out/part-{*}.parquet", "/data/out/{any}.parquet")).toBe(true);
  });

  it("takes the home directory (`~/…`) and the working directory (a relative path) as roots, an unknown root not", () => {
    expect(matches("~/etl/grids/tas_2020.nc", "~/etl/grids/{any}.nc")).toBe(true);
    expect(matches("etl/grids/tas_2020.nc", "etl/grids/{any}.nc")).toBe(true);
    expect(matches("LocalDataLake/gold/day=1/part.parquet", "LocalDataLake/gold/day=1")).toBe(true);
    expect(matches("etl/grids/tas_2020.nc", "other/grids/{any}.nc")).toBe(false);
    // A whole top folder read is a listing of everything there, as `/tmp/{any}` is.
    expect(matches("etl/tas_2020.nc", "etl/{any}")).toBe(false);
    // On object storage a key without a bucket is no path of the working directory.
    expect(
      locationsMatch(
        { ...location("etl/grids/tas_2020.nc"), medium: "object-store" },
        { ...location("etl/grids/{any}.nc"), medium: "object-store" },
      ),
    ).toBe(false);
    expect(matches("{*}/grids/tas_2020.nc", "{*}/grids/{any}.nc")).toBe(false);
    expect(matches("~/etl/grids/tas_2020.nc", "~/other/{any}.nc")).toBe(false);
  });

  it("matches a hole (one name known at run time) with a hole, never with a concrete name", () => {
    expect(matches("/data/out/part-1.parquet", "/data/out/{*}.parquet")).toBe(false);
    expect(matches("/data/work/settings.csv", "/data/work/{*}.csv")).toBe(false);
    expect(matches("/data/out/part-{*}.parquet", "/data/out/{*}")).toBe(false);
    expect(matches("/data/out/part-{*}.parquet", "/data/out/part-{*}.parquet")).toBe(true);
    expect(matches("/data/{*}/events/{*}.json", "/data/{*}/events/{*}.json")).toBe(true);
    expect(matches("/data/{*}/events/a.json", "/data/{*}/events/{*}.json")).toBe(false);
  });

  it("lets a whole name known at run time carry the extension a read names, when asked", () => {
    const stretched = (write: string, read: string) => locationsMatch(location(write), location(read), true);
    expect(matches("/shared/lines/{*}", "/shared/lines/{*}.shp")).toBe(false);
    // `{file}` from a list of file names, read as `{key}.shp`.
    expect(stretched("/shared/lines/{*}", "/shared/lines/{*}.shp")).toBe(true);
    expect(stretched("/shared/lines/{*}", "/shared/lines/{*}.tar.gz")).toBe(true);
    // Not a read's bare run-time name against a write's extension (a listing's element, the zip's member).
    expect(stretched("/shared/lines/{*}.zip", "/shared/lines/{*}")).toBe(false);
    expect(stretched("/shared/{*}/x.csv", "/shared/{*}.d/x.csv")).toBe(true);
    // Only an extension, only after the hole, only against a whole-segment hole.
    expect(stretched("/shared/lines/{*}", "/shared/lines/{*}_new.shp")).toBe(false);
    expect(stretched("/shared/lines/{*}", "/shared/lines/metro.shp")).toBe(false);
    expect(stretched("/shared/lines/part-{*}", "/shared/lines/{*}.shp")).toBe(false);
    expect(stretched("/shared/lines/{*}.csv", "/shared/lines/{*}.shp")).toBe(false);
    expect(stretched("/shared/lines/{*}", "/shared/lines/{*}.shp/x")).toBe(false);
  });

  it("does not let a hole in the write stand for a literal read", () => {
    expect(matches("/tmp/{*}.csv", "/tmp/settings.csv")).toBe(false);
  });

  it("matches a fresh name only with itself", () => {
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{fresh:3:9}/x.npy")).toBe(true);
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{fresh:7:9}/x.npy")).toBe(false);
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{*}/x.npy")).toBe(false);
  });

  it("lets a copy into a directory (`intoDirectory`) be read there by an unknown name or a listing", () => {
    const into = (pattern: string) => location(pattern, { intoDirectory: true });
    expect(locationsMatch(into("/data/repo/images"), location("/data/repo/images/{any}"))).toBe(true);
    expect(locationsMatch(into("/data/repo/images/"), location("/data/repo/images/{*}"))).toBe(true);
    expect(locationsMatch(into("/data/repo/images"), location("/data/repo/images"))).toBe(true);
    // A named file there is not known to be the copy's; nor is anything deeper, or a sibling.
    expect(locationsMatch(into("/data/repo/images"), location("/data/repo/images/a.png"))).toBe(false);
    expect(locationsMatch(into("/data/repo/images"), location("/data/repo/images/{any}/x.png"))).toBe(false);
    expect(locationsMatch(into("/data/repo/images"), location("/data/repo/images2/{any}"))).toBe(false);
    // Without the flag, a write is one file: nothing below it is read.
    expect(matches("/data/repo/images", "/data/repo/images/{any}")).toBe(false);
  });

  it("matches a place only a convention names (`exact`) with the very same pattern only", () => {
    const exact = (pattern: string) => location(pattern, { exact: true });
    expect(locationsMatch(exact("/tmp/d/ratings/{*}.json"), location("/tmp/d/ratings/{*}.json"))).toBe(true);
    expect(locationsMatch(location("/tmp/d/ratings/{*}.json"), exact("/tmp/d/ratings/{*}.json"))).toBe(true);
    // Not a directory above it, nor a glob: both would match without the flag.
    expect(matches("/tmp/d/ratings/{*}.json", "/tmp/d/ratings")).toBe(true);
    expect(locationsMatch(location("/tmp/d/ratings/{*}.json"), exact("/tmp/d/ratings"))).toBe(false);
    expect(locationsMatch(exact("/tmp/d/ratings/a.json"), location("/tmp/d/ratings/{any}.json"))).toBe(false);
    expect(locationsMatch(exact("/tmp/d/ratings/a.json"), location("/tmp/d/ratings"))).toBe(false);
  });

  it("matches an archive's member names with themselves, a listing or the directory, never with a hole", () => {
    expect(matches("/tmp/x/{fresh:member:3:5}", "/tmp/x/{fresh:member:3:5}")).toBe(true);
    expect(matches("/tmp/x/{fresh:member:3:5}", "/tmp/x/{any}")).toBe(true);
    expect(matches("/tmp/x/{fresh:member:3:5}", "/tmp/x")).toBe(true);
    expect(matches("/tmp/x/{fresh:member:3:5}", "/tmp/x/{*}")).toBe(false);
    expect(matches("/tmp/x/{fresh:member:3:5}", "/tmp/x/{fresh:member:7:5}")).toBe(false);
    // A temp name made at run time is still not known to a listing.
    expect(matches("/tmp/x/{fresh:3:5}", "/tmp/x/{any}")).toBe(false);
  });

  it("matches files written under a directory that is read", () => {
    expect(matches("/mnt/exchange/parts/p1.parquet", "/mnt/exchange/parts")).toBe(true);
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{fresh:3:9}")).toBe(true);
    expect(matches("s3://bucket/prefix/a.json", "s3://bucket/prefix/")).toBe(true);
  });

  it("does not treat a bare root as the directory of everything under it", () => {
    expect(matches("/tmp/x.npy", "/tmp")).toBe(false);
    expect(matches("/tmp/x.npy", "/tmp/{*}")).toBe(false);
    expect(matches("/tmp/x.npy", "/tmp/{any}")).toBe(false);
    expect(matches("s3://bucket/k.json", "s3://bucket/{any}")).toBe(false);
    expect(matches("/tmp/x.npy", "/tmp/{any}.npy")).toBe(true);
    expect(matches("s3://bucket/a.json", "s3://bucket")).toBe(false);
    expect(matches("${LEOFLOW_STAGING_DIR}/raw.parquet", "${LEOFLOW_STAGING_DIR}")).toBe(false);
  });

  it("never matches locations that say nothing", () => {
    expect(matches("{*}", "{*}")).toBe(false);
    expect(matches("/tmp/a.csv", "{*}")).toBe(false);
    expect(matches("{*}/x.csv", "{*}/y.csv")).toBe(false);
    expect(matches("{*}/x.csv", "{*}/x.csv")).toBe(true);
  });
});

describe("storageHandoffs", () => {
  it("finds a write read by another task of the same DAG", () => {
    const handoffs = storageHandoffs(
      model({
        tasks: { a: "d", b: "d" },
        storage: [op("write", "a", tmp("/tmp/x.npy"), 5), op("read", "b", tmp("/tmp/x.npy"), 9)],
      }),
    );
    expect(handoffs.map((h) => [h.write.span.line, h.consumers.map((c) => `${c.taskId}:${c.how}`)])).toEqual([
      [5, ["b:read"]],
    ]);
  });

  it("lets a run-time name carry a read's extension only where no write names that read", () => {
    const consumersOf = (storage: ReturnType<typeof op>[]) =>
      storageHandoffs(model({ tasks: { get: "d", sql: "d", load: "d" }, storage })).map((h) => [
        h.write.span.line,
        h.consumers.map((c) => c.taskId),
      ]);
    // `download_{file}` writes `/shared/x/{*}`; `load_{key}` reads `/shared/x/{*}.shp`.
    expect(
      consumersOf([
        op("write", "get", tmp("/shared/x/{*}"), 5),
        op("read", "load", tmp("/shared/x/{*}.shp"), 9),
      ]),
    ).toEqual([[5, ["load"]]]);
    // `ogr2ogr` writes `/shared/x/{*}.sql` from the download; `psql` reads that `.sql`, not the download.
    expect(
      consumersOf([
        op("write", "get", tmp("/shared/x/{*}"), 5),
        op("read", "sql", tmp("/shared/x/{*}"), 7),
        op("write", "sql", tmp("/shared/x/{*}.sql"), 7),
        op("read", "load", tmp("/shared/x/{*}.sql"), 9),
      ]),
    ).toEqual([
      [5, ["sql"]],
      [7, ["load"]],
    ]);
  });

  it("ignores reads in another DAG, even with the same task ids", () => {
    const built = model({
      tasks: { a: "one", b: "one" },
      storage: [
        { ...op("write", "a", tmp("/tmp/x.npy"), 5), dagId: "one" },
        { ...op("read", "b", tmp("/tmp/x.npy"), 9), dagId: "two" },
      ],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("ignores a reader that wrote the place itself first", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [
        op("write", "a", tmp("/tmp/x.npy"), 5),
        op("write", "b", tmp("/tmp/x.npy"), 9),
        op("read", "b", tmp("/tmp/x.npy"), 10),
      ],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("ignores the same code run as two tasks (one callable, two operators)", () => {
    const built = model({
      tasks: { eu: "d", us: "d" },
      storage: [
        op("read", "eu", tmp("/tmp/cache.npy"), 5),
        op("write", "eu", tmp("/tmp/cache.npy"), 7),
        op("read", "us", tmp("/tmp/cache.npy"), 5),
        op("write", "us", tmp("/tmp/cache.npy"), 7),
      ],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("ignores a reader that runs before the writer (state left by an earlier run)", () => {
    const built = model({
      tasks: { read_watermark: "d", export: "d" },
      storage: [
        op("read", "read_watermark", location("s3://b/state/watermark.txt"), 5),
        op("write", "export", location("s3://b/state/watermark.txt"), 20),
      ],
      consumptions: [consumption("read_watermark", "export", 18, { via: "xcom-pull" })],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("ignores a reader that runs before the writer through a call that is not a known task", () => {
    // gather → combine → (imported upload task) → mark: mark writes what gather read.
    const built = model({
      tasks: { gather: "d", combine: "d", mark: "d" },
      storage: [
        op("read", "gather", location("/data/staged/{*}/status.json"), 5),
        op("write", "mark", location("/data/staged/{*}/status.json"), 20),
      ],
      consumptions: [consumption("gather", "combine", 12)],
      orderings: [ordering("combine", "mark", 30)],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("still finds a read downstream of the writer through such a call, and never hands on by it", () => {
    const built = model({
      tasks: { a: "d", b: "d", c: "d" },
      storage: [
        op("write", "a", tmp("/tmp/x.npy"), 5),
        op("write", "b", tmp("/tmp/y.npy"), 10),
        op("read", "c", tmp("/tmp/x.npy"), 25),
      ],
      handoffs: [handoff("b", [tmp("/tmp/y.npy")], 11)],
      orderings: [ordering("a", "c", 30), ordering("b", "c", 30)],
    });
    // c reads a's file: a handoff. b's returned path reaches c only through the unknown call:
    // b hands it on itself (returned), c is no XCom consumer of it.
    expect(storageHandoffs(built).map((h) => h.consumers.map((c) => `${c.taskId}:${c.how}`))).toEqual([
      ["c:read"],
      ["b:returned"],
    ]);
  });

  it("counts a reader that reads first and then overwrites", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [
        op("write", "a", tmp("/tmp/x.npy"), 5),
        op("read", "b", tmp("/tmp/x.npy"), 9),
        op("write", "b", tmp("/tmp/x.npy"), 10),
      ],
    });
    expect(storageHandoffs(built).map((h) => h.write.span.line)).toEqual([5]);
  });

  it("credits a reader to the last of its upstream tasks that write the very same place", () => {
    // clean >> transform >> load, all on /tmp/data.csv: load reads transform's data, not clean's.
    const built = model({
      tasks: { clean: "d", transform: "d", load: "d" },
      storage: [
        op("write", "clean", tmp("/tmp/data.csv"), 5),
        op("read", "transform", tmp("/tmp/data.csv"), 9),
        op("write", "transform", tmp("/tmp/data.csv"), 10),
        op("read", "load", tmp("/tmp/data.csv"), 15),
      ],
      orderings: [ordering("clean", "transform", 20), ordering("transform", "load", 20)],
    });
    expect(
      storageHandoffs(built).map((h) => [h.write.taskId, h.consumers.map((c) => c.taskId).join()]),
    ).toEqual([
      ["clean", "transform"],
      ["transform", "load"],
    ]);
  });

  /**
   * The tasks whose writes are handed off when `a` writes `first`, `b` writes `second` and `c`
   * reads `read`, ordered by `order` (`[earlier, later]` pairs).
   */
  const writersOf = (first: Location, second: Location, read: Location, order: [string, string][]) =>
    storageHandoffs(
      model({
        tasks: { a: "d", b: "d", c: "d" },
        storage: [op("write", "a", first, 5), op("write", "b", second, 10), op("read", "c", read, 15)],
        orderings: order.map(([earlier, later]) => ordering(earlier, later, 20)),
      }),
    ).map((h) => h.write.taskId);
  const chain: [string, string][] = [
    ["a", "b"],
    ["b", "c"],
  ];

  it("still credits both writers when the later one is not between them, writes elsewhere, or writes names known at run time", () => {
    const data = tmp("/tmp/data.csv");
    // a and b both before c, neither before the other: which one c reads is not known.
    const siblings: [string, string][] = [
      ["a", "c"],
      ["b", "c"],
    ];
    expect(writersOf(data, data, data, siblings)).toEqual(["a", "b"]);
    expect(writersOf(data, tmp("/tmp/other.csv"), data, chain)).toEqual(["a"]);
    // Names known at run time: the two tasks may write two sets of files (`replays/{id}.json`).
    const replays = location("/data/replays/{*}.json");
    expect(writersOf(replays, replays, replays, chain)).toEqual(["a", "b"]);
  });

  it("takes an unknown program's output folder (`exact`) as one place, a guessed write overwriting only a guess", () => {
    const folder = location("/data/processed/{*}", { exact: true });
    expect(writersOf(folder, folder, folder, chain)).toEqual(["b"]);
    // A guessed write (an unknown operator's `target=`, maybe an upload) overwrites no code's write.
    const file = location("/shared/wior.geojson");
    const guessed = location("/shared/wior.geojson", { exact: true });
    expect(writersOf(file, guessed, file, chain)).toEqual(["a", "b"]);
  });

  it("finds a location handed on by XCom to a consumer", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", tmp("/tmp/{fresh:3:9}/x.npy"), 5)],
      handoffs: [handoff("a", [tmp("/tmp/{fresh:3:9}")], 6)],
      consumptions: [consumption("a", "b", 12)],
    });
    expect(storageHandoffs(built)[0]!.consumers).toEqual([
      { taskId: "b", how: "xcom", span: expect.anything() },
    ]);
  });

  it("does not count a consumption of another key (the writer still hands the path on itself)", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", tmp("/tmp/x.npy"), 5)],
      handoffs: [{ ...handoff("a", [tmp("/tmp/x.npy")], 6, "path"), channel: "xcom-push" }],
      consumptions: [consumption("a", "b", 12, { key: "count" })],
    });
    expect(storageHandoffs(built).map((h) => [h.handedOnly, h.consumers])).toEqual([
      [true, [{ taskId: "a", how: "pushed", span: span(6), key: "path" }]],
    ]);
  });

  it("does not let a pull of the return value take a path pushed under another key", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", tmp("/tmp/x.npy"), 5)],
      handoffs: [{ ...handoff("a", [tmp("/tmp/x.npy")], 6, "path"), channel: "xcom-push" }],
      consumptions: [consumption("a", "b", 12)],
    });
    expect(storageHandoffs(built)[0]!.consumers.map((c) => `${c.taskId}:${c.how}`)).toEqual(["a:pushed"]);
  });

  it("does not count a consumption when the handoff carries no matching location", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", location("s3://archive/x.parquet"), 5)],
      handoffs: [handoff("a", [], 6)],
      consumptions: [consumption("a", "b", 12)],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("prefers a read over an XCom hand-over for the same consumer, and reports one write per place", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [
        op("write", "a", tmp("/tmp/x.npy"), 5),
        op("write", "a", tmp("/tmp/x.npy"), 6),
        op("read", "b", tmp("/tmp/x.npy"), 14),
      ],
      handoffs: [handoff("a", [tmp("/tmp/x.npy")], 7)],
      consumptions: [consumption("a", "b", 12)],
    });
    const handoffs = storageHandoffs(built);
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]!.consumers.map((c) => `${c.how}@${c.span.line}`)).toEqual(["read@14"]);
  });
});

describe("storageHandoffs: a path the writer returns or pushes", () => {
  it("is handed off even when no task of the file takes it in", () => {
    const built = model({
      tasks: { a: "d" },
      storage: [op("write", "a", location("s3://b/exports/{*}/rows.json"), 5)],
      handoffs: [handoff("a", [location("s3://b/exports/{*}")], 8)],
    });
    expect(storageHandoffs(built).map((h) => [h.write.span.line, h.handedOnly, h.consumers])).toEqual([
      [5, true, [{ taskId: "a", how: "returned", span: span(8) }]],
    ]);
  });

  it("takes each DAG's own return when two DAGs of the file have a task of one id", () => {
    const built = model({ tasks: { upload: "daily" } });
    built.tasks.push({ ...built.tasks[0]!, dagId: "weekly", span: span(20, 1) });
    const place = location("s3://bkp/backups/{*}.tar.gz");
    built.storage = [
      { ...op("write", "upload", place, 7), dagId: "daily" },
      { ...op("write", "upload", place, 10), dagId: "weekly" },
    ];
    built.handoffs = [
      { ...handoff("upload", [place], 7), dagId: "daily" },
      { ...handoff("upload", [place], 10), dagId: "weekly" },
    ];
    expect(
      storageHandoffs(built).map((h) => [h.write.span.line, h.consumers.map((c) => c.span.line)]),
    ).toEqual([
      [7, [7]],
      [10, [10]],
    ]);
  });

  it("reports a line once when tasks of two DAGs run the same code there", () => {
    const built = model({ tasks: { upload: "daily" } });
    built.tasks.push({ ...built.tasks[0]!, dagId: "weekly", span: span(20, 1) });
    const place = location("s3://bkp/backups/{*}.tar.gz");
    built.storage = ["daily", "weekly"].map((dagId) => ({ ...op("write", "upload", place, 5), dagId }));
    built.handoffs = ["daily", "weekly"].map((dagId) => ({ ...handoff("upload", [place], 8), dagId }));
    expect(storageHandoffs(built).map((h) => [h.write.span.line, h.consumers])).toEqual([
      [5, [{ taskId: "upload", how: "returned", span: span(8) }]],
    ]);
  });

  it("is silent for a write nobody is told about (a final sink returning a count)", () => {
    const built = model({
      tasks: { a: "d" },
      storage: [op("write", "a", location("s3://reports/daily.csv"), 5)],
      handoffs: [handoff("a", [], 8)],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("is silent for a returned path the task never wrote (its input, a constant)", () => {
    const built = model({
      tasks: { a: "d" },
      storage: [
        op("read", "a", location("s3://raw/incoming/latest.csv"), 4),
        op("write", "a", tmp("/tmp/converted.parquet"), 5),
      ],
      handoffs: [handoff("a", [location("s3://raw/incoming/latest.csv"), tmp("/tmp/landing")], 8)],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  it("prefers a consumer in the file over the writer's own hand-over", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", tmp("/tmp/x.npy"), 5), op("read", "b", tmp("/tmp/x.npy"), 12)],
      handoffs: [handoff("a", [tmp("/tmp/x.npy")], 6)],
    });
    expect(storageHandoffs(built).map((h) => [h.handedOnly, h.consumers.map((c) => c.how)])).toEqual([
      [false, ["read"]],
    ]);
  });
});

describe("storageHandoffs: a same-file helper's write", () => {
  const helperWrite = (taskId: string, callLine: number, where = tmp("/tmp/rows.json")) => ({
    ...op("write", taskId, where, 3),
    calledAt: span(callLine),
  });

  it("is one handoff at the helper's line, every calling task a caller", () => {
    const built = model({
      tasks: { a: "d", b: "d", c: "d" },
      storage: [helperWrite("a", 10), helperWrite("b", 14), op("read", "c", tmp("/tmp/rows.json"), 20)],
    });
    expect(
      storageHandoffs(built).map((h) => [
        h.write.span.line,
        h.callers.map((c) => `${c.taskId}:${c.span.line}`),
        h.consumers.map((c) => c.taskId),
      ]),
    ).toEqual([[3, ["a:10", "b:14"], ["c"]]]);
  });

  it("keeps places of different kinds apart (each storage rule judges its own)", () => {
    const built = model({
      tasks: { a: "d", b: "d", c: "d" },
      storage: [
        helperWrite("a", 10),
        helperWrite("b", 14, location("s3://b/rows.json")),
        op("read", "c", tmp("/tmp/rows.json"), 20),
        op("read", "c", location("s3://b/rows.json"), 21),
      ],
    });
    expect(storageHandoffs(built).map((h) => h.write.location.pattern)).toEqual([
      "/tmp/rows.json",
      "s3://b/rows.json",
    ]);
  });

  it("does not make a task that writes and reads back through one helper call a consumer", () => {
    const roundTrip = (taskId: string, line: number) => [
      helperWrite(taskId, line, tmp("/tmp/roundtrip.csv")),
      op("read", taskId, tmp("/tmp/roundtrip.csv"), line),
    ];
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [...roundTrip("a", 10), ...roundTrip("b", 14)],
    });
    expect(storageHandoffs(built)).toEqual([]);
  });

  describe("whose body reads the place before it writes it back (read-modify-write)", () => {
    const status = location("s3://ops/status.csv");
    // The helper reads at its line 3 and writes at its line 5, called by the task at `line`.
    const readModifyWrite = (taskId: string, line: number) => [
      { ...op("read", taskId, status, line), inHelper: span(3) },
      { ...op("write", taskId, status, 5), calledAt: span(line), inHelper: span(5) },
    ];

    it("makes the caller a consumer of an earlier task's write", () => {
      const built = model({
        tasks: { start: "d", end: "d" },
        storage: [op("write", "start", status, 8), ...readModifyWrite("end", 12)],
        orderings: [ordering("start", "end", 20)],
      });
      expect(
        storageHandoffs(built).map((h) => [h.write.span.line, h.consumers.map((c) => c.taskId)]),
      ).toEqual([[8, ["end"]]]);
    });

    it("does not make two callers of that same read consumers of each other's write", () => {
      const built = model({
        tasks: { succeeded: "d", failed: "d" },
        storage: [...readModifyWrite("succeeded", 10), ...readModifyWrite("failed", 14)],
      });
      expect(storageHandoffs(built)).toEqual([]);
    });
  });
});

describe("describeLocation", () => {
  it("shows the pattern, or the code's name for a place of which nothing is known", () => {
    expect(describeLocation({ ...location("/tmp/{*}.npz"), display: "out" })).toBe("/tmp/{*}.npz");
    expect(describeLocation({ ...location("{*}/{*}"), display: "intermediate_file_loc" })).toBe(
      "intermediate_file_loc",
    );
  });
});

describe("handedOnMatches", () => {
  const handedOn = (write: string, handed: string) => handedOnMatches(location(write), location(handed));

  it("matches as a read does", () => {
    expect(handedOn("/tmp/landing/{*}/x.zip", "/tmp/landing/{*}/x.zip")).toBe(true);
    expect(handedOn("/tmp/x.npy", "/tmp/y.npy")).toBe(false);
  });

  it("matches a place nothing of which is known only as the same value the task built", () => {
    const made = (madeBy?: string) => ({ ...location("{*}/{*}"), ...(madeBy ? { madeBy } : {}) });
    expect(handedOnMatches(made("loc@10"), made("loc@10"))).toBe(true);
    expect(handedOnMatches(made("loc@10"), made("loc@99"))).toBe(false);
    expect(handedOnMatches(made("loc@10"), made())).toBe(false);
    expect(handedOnMatches(made(), made())).toBe(false);
  });

  it("matches a file written into the folder the task built and hands on by the same name", () => {
    const written = { ...location("{*}/models/bronze/bronze_{*}.sql"), madeIn: "bronze_folder@40" };
    const folder = (madeBy?: string) => ({ ...location("{*}/models/bronze"), ...(madeBy ? { madeBy } : {}) });
    expect(handedOnMatches(written, folder("bronze_folder@40"))).toBe(true);
    expect(handedOnMatches(written, folder("logs_folder@90"))).toBe(false);
    expect(handedOnMatches(written, folder())).toBe(false);
  });

  it("matches an object's key (or a prefix of it) handed on without its bucket", () => {
    expect(handedOn("s3://datalake/raw/taxi/{*}", "raw/taxi/{*}")).toBe(true);
    expect(handedOn("s3://geo/env={*}/highfreq/version={*}/{*}", "env={*}/highfreq/version={*}")).toBe(true);
  });

  it("does not match another key, a key of one segment, or a filesystem write", () => {
    expect(handedOn("s3://datalake/raw/taxi/{*}", "processed/taxi/{*}")).toBe(false);
    expect(handedOn("s3://datalake/raw/taxi.csv", "raw")).toBe(false);
    expect(handedOn("s3://datalake/raw/{*}", "{*}")).toBe(false);
    expect(handedOn("s3://datalake/raw/taxi/a.csv", "raw/taxi/a")).toBe(false);
    expect(handedOn("/data/raw/taxi/a.csv", "raw/taxi/a.csv")).toBe(false);
  });
});

describe("mountMatches", () => {
  const BUCKET = "the Cloud Composer environment's bucket";
  const mounted = (key: string) =>
    location(`/home/airflow/gcs/${key}`, { mount: { scheme: "gs", key, bucket: BUCKET } });
  const same = (write: ReturnType<typeof location>, read: ReturnType<typeof location>) =>
    mountMatches(write, read);

  it("matches a mounted path and an object of a run-time bucket with the same key, both ways", () => {
    const path = mounted("data/adyen/payment_terminal/merchant_data.json");
    expect(
      same(path, location("gs://${var.composer_bucket}/data/adyen/payment_terminal/merchant_data.json")),
    ).toBe(true);
    expect(same(path, location("gs://{*}/data/adyen/payment_terminal/merchant_data.json"))).toBe(true);
    expect(same(path, location("gs://${COMPOSER_BUCKET}/data/adyen/payment_terminal/{any}.json"))).toBe(true);
    expect(
      same(location("gs://${var.composer_bucket}/data/adyen/payment_terminal/merchant_data.json"), path),
    ).toBe(true);
    expect(
      same(mounted("data/adyen/{*}/terminals.json"), location("gs://{*}/data/adyen/{*}/terminals.json")),
    ).toBe(true);
  });

  it("does not match a named bucket, another key or scheme, or a key that says too little", () => {
    const path = mounted("data/adyen/payment_terminal/merchant_data.json");
    expect(same(path, location("gs://dp_archive/data/adyen/payment_terminal/merchant_data.json"))).toBe(
      false,
    );
    expect(same(path, location("gs://{*}/data/adyen/payment_terminal/store_data.json"))).toBe(false);
    expect(same(path, location("s3://{*}/data/adyen/payment_terminal/merchant_data.json"))).toBe(false);
    expect(same(path, location("gs://{*}/data/adyen/payment_terminal/{*}.json"))).toBe(false);
    expect(same(mounted("data/report.json"), location("gs://{*}/data/report.json"))).toBe(false);
    expect(same(mounted("data/{*}/{*}.json"), location("gs://{*}/data/{*}/{*}.json"))).toBe(false);
    expect(same(path, mounted("data/adyen/payment_terminal/merchant_data.json"))).toBe(false);
    expect(
      same(
        location("/data/adyen/payment_terminal/merchant_data.json"),
        location("gs://{*}/data/adyen/payment_terminal/merchant_data.json"),
      ),
    ).toBe(false);
  });
});
