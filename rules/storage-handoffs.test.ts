import { describe, expect, it } from "vitest";
import { locationsMatch, storageHandoffs } from "./storage-handoffs.js";
import { consumption, handoff, location, model, op, tmp } from "./test-support/storage-model.js";

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

  it("matches a hole (one name known at run time) with a hole, never with a concrete name", () => {
    expect(matches("/data/out/part-1.parquet", "/data/out/{*}.parquet")).toBe(false);
    expect(matches("/data/work/settings.csv", "/data/work/{*}.csv")).toBe(false);
    expect(matches("/data/out/part-{*}.parquet", "/data/out/{*}")).toBe(false);
    expect(matches("/data/out/part-{*}.parquet", "/data/out/part-{*}.parquet")).toBe(true);
    expect(matches("/data/{*}/events/{*}.json", "/data/{*}/events/{*}.json")).toBe(true);
    expect(matches("/data/{*}/events/a.json", "/data/{*}/events/{*}.json")).toBe(false);
  });

  it("does not let a hole in the write stand for a literal read", () => {
    expect(matches("/tmp/{*}.csv", "/tmp/settings.csv")).toBe(false);
  });

  it("matches a fresh name only with itself", () => {
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{fresh:3:9}/x.npy")).toBe(true);
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{fresh:7:9}/x.npy")).toBe(false);
    expect(matches("/tmp/{fresh:3:9}/x.npy", "/tmp/{*}/x.npy")).toBe(false);
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

  it("does not count a consumption of another key", () => {
    const built = model({
      tasks: { a: "d", b: "d" },
      storage: [op("write", "a", tmp("/tmp/x.npy"), 5)],
      handoffs: [handoff("a", [tmp("/tmp/x.npy")], 6, "path")],
      consumptions: [consumption("a", "b", 12, { key: "count" })],
    });
    expect(storageHandoffs(built)).toEqual([]);
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
