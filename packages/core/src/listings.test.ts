import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  clearListings,
  listedHas,
  listedMissing,
  listedNames,
  listedRealFile,
  listedRealPath,
  noteListing,
} from "./listings.js";
import { isNormalizedAbsolute, resolvedPath } from "./paths.js";

afterEach(clearListings);

const root = path.resolve("/repo");
const at = (...parts: string[]) => path.join(root, ...parts);

describe("folder listings", () => {
  it("answer 'missing' only for a name the listed folder does not hold", () => {
    noteListing(at("dags"), ["etl.py", "helpers"], "/real/dags");
    expect(listedMissing(at("dags", "leoflow.yaml"))).toBe(true);
    expect(listedMissing(at("dags", "etl.py"))).toBe(false);
    // Below a listed folder: missing when the step down is.
    expect(listedMissing(at("dags", "airflow", "__init__.py"))).toBe(true);
    expect(listedMissing(at("dags", "helpers", "__init__.py"))).toBe(false);
    // A folder nobody listed: unknown.
    expect(listedMissing(at("other", "x.py"))).toBe(false);
    expect(listedNames(at("dags"))).toEqual(["etl.py", "helpers"]);
    expect(listedRealPath(at("dags"))).toBe("/real/dags");
  });

  it("say of a listed folder's entry whether it is there (listedHas), folded as the probes are", () => {
    noteListing(at("dags"), ["Leoflow.YAML", "helpers"]);
    expect(listedHas(at("dags"), "helpers")).toBe(true);
    expect(listedHas(at("dags"), "leoflow.yaml")).toBe(true);
    expect(listedHas(at("dags"), "airflow")).toBe(false);
    expect(listedHas(at("other"), "x.py")).toBeUndefined();
  });

  it("never call missing what a case- or normalization-insensitive file system would find", () => {
    noteListing(at("dags"), ["Leoflow.YAML", "caf\u00e9.py"]);
    expect(listedMissing(at("dags", "leoflow.yaml"))).toBe(false);
    expect(listedMissing(at("dags", "cafe\u0301.py"))).toBe(false);
  });

  it("answer nothing for a path that is not absolute and normalized (a link's `..` is the kernel's)", () => {
    noteListing(at("dags"), []);
    if (path.sep === "/") {
      expect(listedMissing("dags/x.py")).toBe(false);
      expect(listedMissing(`${at("dags", "link")}/../x.py`)).toBe(false);
      expect(listedMissing(`${at("dags")}//x.py`)).toBe(false);
      expect(listedMissing(`${at("dags")}/./x.py`)).toBe(false);
    }
    expect(listedMissing(at("dags", "x.py"))).toBe(true);
  });

  it("give a listed regular file's real path only where the walk proved its folder's", () => {
    const real = path.resolve("/real/dags");
    noteListing(at("dags"), ["etl.py", "link.py", "helpers"], real, new Set(["etl.py"]));
    expect(listedRealFile(at("dags", "etl.py"))).toBe(path.join(real, "etl.py"));
    // A symlink, a folder, a name not listed, another case: resolve it.
    expect(listedRealFile(at("dags", "link.py"))).toBeUndefined();
    expect(listedRealFile(at("dags", "helpers"))).toBeUndefined();
    expect(listedRealFile(at("dags", "ETL.py"))).toBeUndefined();
    expect(listedRealFile(at("dags", "helpers", "etl.py"))).toBeUndefined();
    // A folder whose real path the walk did not prove: its regular files are not kept either.
    noteListing(at("other"), ["x.py"], undefined, new Set(["x.py"]));
    expect(listedRealFile(at("other", "x.py"))).toBeUndefined();
    clearListings();
    expect(listedRealFile(at("dags", "etl.py"))).toBeUndefined();
  });

  it("are forgotten at the end of a run", () => {
    noteListing(at("dags"), []);
    clearListings();
    expect(listedMissing(at("dags", "x.py"))).toBe(false);
    expect(listedNames(at("dags"))).toBeUndefined();
  });

  it("answer from the nearest listed folder up to eight steps above, and from the root folder", () => {
    noteListing(path.parse(root).root, ["repo"]);
    expect(listedMissing(path.join(path.parse(root).root, "x.py"))).toBe(true);
    expect(listedMissing(at("dags", "x.py"))).toBe(false);
    expect(listedMissing(path.join(path.parse(root).root, "other", "x.py"))).toBe(true);
    expect(listedMissing(path.parse(root).root)).toBe(false);
    expect(
      listedMissing(path.join(path.parse(root).root, "a", "b", "c", "d", "e", "f", "g", "h", "i.py")),
    ).toBe(false);
  });

  it("answer probes under a folder that is not listed from what was listed when asked (kept until a listing is added)", () => {
    const top = path.parse(root).root;
    noteListing(top, ["repo"]);
    const probe = path.join(top, "other", "a", "x.py");
    expect(listedMissing(probe)).toBe(true);
    expect(listedMissing(path.join(top, "other", "a", "y.py"))).toBe(true);
    // `other` listed since (with `a`): the folders kept as missing are asked again.
    noteListing(path.join(top, "other"), ["a"]);
    expect(listedMissing(probe)).toBe(false);
    expect(listedMissing(path.join(top, "other", "b", "x.py"))).toBe(true);
    clearListings();
    expect(listedMissing(path.join(top, "other", "b", "x.py"))).toBe(false);
  });
});

describe("resolvedPath", () => {
  const odd = ["/a/b.", "/a/.b", "/a/..b", "/a/...", "/...", "/.", "/..", "/a/b/..", "/./a", "//a", "/a//"];
  it.each(["/a/b", "/", "/a/b/", "/a//b", "/a/./b", "/a/../b", "/a/..", "/a/.", "a/b", ".", "", ...odd])(
    "is path.resolve of %j",
    (p) => {
      expect(resolvedPath(p)).toBe(path.resolve(p));
      if (isNormalizedAbsolute(p)) expect(path.resolve(p)).toBe(p);
    },
  );
});
