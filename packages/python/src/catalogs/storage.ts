/**
 * Which Python APIs read and write files and object storage, as data.
 *
 * Module functions are keyed by their qualified name (after import resolution, so `np.savez`,
 * `numpy.savez` and `from numpy import savez` are one entry). Methods are keyed by the kind of
 * receiver they need: a few method names are distinctive enough on any receiver
 * (`df.to_parquet(path)`), the rest need a receiver we recognised (an `S3Hook`, a boto3 S3
 * client, a `Path`). A team adds its own helpers from configuration (`writeApis`, `readApis`),
 * in the same shape.
 */

/** Where a call passes something: by position, by keyword, or either. */
export interface ArgSlot {
  index?: number;
  keyword?: string;
}

export type Access = "write" | "read";

/** One thing a call does to storage. */
export interface StorageEffect {
  access: Access;
  /** The argument holding the path, URI or open file handle. */
  path?: ArgSlot;
  /** The receiver itself is the location (`Path(p).write_text(...)`, `s3.Object(b, k).put(...)`). */
  receiver?: true;
  /** Bucket and key given apart (boto3, Airflow hooks); joined to `scheme://bucket/key`. */
  bucket?: ArgSlot;
  key?: ArgSlot;
  /** The path is a glob pattern: `*` and `?` become holes. */
  glob?: true;
  /** The call makes the place itself (`NamedTemporaryFile()`): its result names the location. */
  made?: true;
}

export interface StorageApi {
  effects: StorageEffect[];
  /**
   * The call opens a file and returns a handle (`open`, `Path.open`, `fsspec.open`): the mode
   * decides between read and write, and writes through the handle belong to this call.
   */
  opener?: { mode: ArgSlot; defaultMode: string };
}

const at = (index: number, keyword?: string): ArgSlot => (keyword ? { index, keyword } : { index });
const write = (path: ArgSlot, extra: Partial<StorageEffect> = {}): StorageEffect => ({
  access: "write",
  path,
  ...extra,
});
const read = (path: ArgSlot, extra: Partial<StorageEffect> = {}): StorageEffect => ({
  access: "read",
  path,
  ...extra,
});
const writes = (path: ArgSlot): StorageApi => ({ effects: [write(path)] });
const reads = (path: ArgSlot): StorageApi => ({ effects: [read(path)] });
const opens = (path: ArgSlot, mode: ArgSlot, defaultMode: string): StorageApi => ({
  effects: [read(path)],
  opener: { mode, defaultMode },
});
/** `copy(src, dst)`-shaped calls read their source and write their destination. */
const copies = (src: ArgSlot, dst: ArgSlot): StorageApi => ({ effects: [read(src), write(dst)] });

function withEach(names: readonly string[], api: StorageApi): [string, StorageApi][] {
  return names.map((name) => [name, api]);
}

/** Module functions, by qualified name. */
export const STORAGE_FUNCTIONS: ReadonlyMap<string, StorageApi> = new Map<string, StorageApi>([
  ...withEach(["open", "io.open", "builtins.open", "codecs.open"], opens(at(0, "file"), at(1, "mode"), "r")),
  ...withEach(["gzip.open", "bz2.open", "lzma.open"], opens(at(0, "filename"), at(1, "mode"), "rb")),
  ["fsspec.open", opens(at(0, "urlpath"), at(1, "mode"), "rb")],
  ["smart_open.open", opens(at(0, "uri"), at(1, "mode"), "r")],
  ["h5py.File", opens(at(0, "name"), at(1, "mode"), "r")],
  [
    "tempfile.NamedTemporaryFile",
    { effects: [{ access: "write", made: true }], opener: { mode: at(0, "mode"), defaultMode: "w+b" } },
  ],

  // numpy
  ...withEach(["numpy.save", "numpy.savez", "numpy.savez_compressed"], writes(at(0, "file"))),
  ["numpy.savetxt", writes(at(0, "fname"))],
  ...withEach(["numpy.load", "numpy.fromfile"], reads(at(0, "file"))),
  ...withEach(["numpy.loadtxt", "numpy.genfromtxt"], reads(at(0, "fname"))),

  // pandas and polars readers
  ...withEach(
    [
      "pandas.read_csv",
      "pandas.read_table",
      "pandas.read_json",
      "pandas.read_excel",
      "pandas.read_parquet",
      "pandas.read_feather",
      "pandas.read_pickle",
      "pandas.read_orc",
      "pandas.read_hdf",
    ],
    reads(at(0)),
  ),
  ...withEach(
    [
      "polars.read_csv",
      "polars.read_parquet",
      "polars.read_ipc",
      "polars.read_json",
      "polars.read_ndjson",
      "polars.read_excel",
      "polars.read_avro",
      "polars.read_delta",
      "polars.scan_csv",
      "polars.scan_parquet",
      "polars.scan_ipc",
      "polars.scan_ndjson",
    ],
    reads(at(0, "source")),
  ),
  ["pyarrow.parquet.write_table", writes(at(1, "where"))],
  ["pyarrow.parquet.read_table", reads(at(0, "source"))],
  ["pyarrow.feather.write_feather", writes(at(1, "dest"))],
  ["pyarrow.feather.read_feather", reads(at(0, "source"))],

  // object serialisation
  ...withEach(["pickle.dump", "cloudpickle.dump", "dill.dump"], writes(at(1, "file"))),
  ...withEach(["pickle.load", "cloudpickle.load", "dill.load"], reads(at(0, "file"))),
  ["joblib.dump", writes(at(1, "filename"))],
  ["joblib.load", reads(at(0, "filename"))],
  ["torch.save", writes(at(1, "f"))],
  ["torch.load", reads(at(0, "f"))],
  ["json.dump", writes(at(1, "fp"))],
  ["json.load", reads(at(0, "fp"))],
  ...withEach(["yaml.dump", "yaml.safe_dump"], writes(at(1, "stream"))),

  // moving files around
  ...withEach(
    ["shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "shutil.move"],
    copies(at(0, "src"), at(1, "dst")),
  ),
  ...withEach(["os.rename", "os.replace"], copies(at(0, "src"), at(1, "dst"))),

  // listing a directory reads what is under it
  ...withEach(["os.listdir", "os.scandir", "os.walk"], reads(at(0))),
  ...withEach(["glob.glob", "glob.iglob"], { effects: [read(at(0, "pathname"), { glob: true })] }),
]);

/**
 * Methods whose name alone says they write or read a path given as an argument, whatever the
 * receiver: DataFrame writers (pandas, polars), `ndarray.tofile`. `df.to_csv()` with no path
 * returns a string and is no storage at all.
 */
export const ANY_RECEIVER_METHODS: ReadonlyMap<string, StorageApi> = new Map<string, StorageApi>([
  ...withEach(["to_parquet", "to_pickle", "to_feather", "to_orc"], writes(at(0, "path"))),
  ...withEach(["to_csv", "to_json", "to_hdf"], writes(at(0, "path_or_buf"))),
  ["to_excel", writes(at(0, "excel_writer"))],
  ["tofile", writes(at(0, "fid"))],
  ...withEach(
    ["write_csv", "write_parquet", "write_ipc", "write_json", "write_ndjson", "write_avro"],
    writes(at(0, "file")),
  ),
  ["write_excel", writes(at(0, "workbook"))],
  ["write_delta", writes(at(0, "target"))],
]);

/** Receivers we recognise, by what made them. */
export type ReceiverKind =
  | "path"
  | "s3-client"
  | "s3-resource"
  | "s3-object"
  | "s3-bucket"
  | "s3-hook"
  | "gcs-hook"
  | "wasb-hook"
  | "filesystem";

/** Classes and factories whose result is a receiver we know; `scheme` for bucket/key joins. */
export const RECEIVER_CONSTRUCTORS: ReadonlyMap<string, { kind: ReceiverKind; scheme?: string }> = new Map<
  string,
  { kind: ReceiverKind; scheme?: string }
>([
  ...[
    "pathlib.Path",
    "pathlib.PurePath",
    "pathlib.PosixPath",
    "pathlib.PurePosixPath",
    "airflow.io.path.ObjectStoragePath",
    "airflow.io.store.path.ObjectStoragePath",
    "airflow.sdk.ObjectStoragePath",
    "airflow.sdk.io.ObjectStoragePath",
    "upath.UPath",
    "cloudpathlib.CloudPath",
    "cloudpathlib.AnyPath",
  ].map((name) => [name, { kind: "path" as const }] as const),
  ["cloudpathlib.S3Path", { kind: "path", scheme: "s3" }],
  ["cloudpathlib.GSPath", { kind: "path", scheme: "gs" }],
  ...[
    "airflow.providers.amazon.aws.hooks.s3.S3Hook",
    "airflow.hooks.S3_hook.S3Hook",
    "airflow.hooks.s3_hook.S3Hook",
  ].map((name) => [name, { kind: "s3-hook" as const, scheme: "s3" }] as const),
  ...[
    "airflow.providers.google.cloud.hooks.gcs.GCSHook",
    "airflow.contrib.hooks.gcs_hook.GoogleCloudStorageHook",
  ].map((name) => [name, { kind: "gcs-hook" as const, scheme: "gs" }] as const),
  ["airflow.providers.microsoft.azure.hooks.wasb.WasbHook", { kind: "wasb-hook", scheme: "wasb" }],
  ...["s3fs.S3FileSystem", "s3fs.core.S3FileSystem"].map(
    (name) => [name, { kind: "filesystem" as const, scheme: "s3" }] as const,
  ),
  ["gcsfs.GCSFileSystem", { kind: "filesystem", scheme: "gs" }],
  ["adlfs.AzureBlobFileSystem", { kind: "filesystem", scheme: "az" }],
]);

/** `fsspec.filesystem("s3")`: a filesystem whose protocol is the first argument. */
export const FILESYSTEM_FACTORIES = new Set(["fsspec.filesystem"]);

/** `boto3.client("s3")`, `session.client("s3")`: on any receiver, the service name decides. */
export const BOTO3_FACTORY_METHODS: Readonly<Record<string, ReceiverKind>> = {
  client: "s3-client",
  resource: "s3-resource",
};

/** Methods of a known receiver that return another receiver (`s3.Object(bucket, key)`). */
export const RECEIVER_TRANSITIONS: Readonly<
  Partial<
    Record<ReceiverKind, Readonly<Record<string, { kind: ReceiverKind; bucket?: ArgSlot; key?: ArgSlot }>>>
  >
> = {
  "s3-resource": {
    Object: { kind: "s3-object", bucket: at(0, "bucket_name"), key: at(1, "key") },
    Bucket: { kind: "s3-bucket", bucket: at(0, "name") },
  },
  "s3-bucket": { Object: { kind: "s3-object", key: at(0, "key") } },
  "s3-hook": { get_conn: { kind: "s3-client" }, get_client_type: { kind: "s3-client" } },
};

/** Methods of path objects (`pathlib.Path`, `ObjectStoragePath`, `UPath`): the receiver is the location. */
const PATH_METHODS: Record<string, StorageApi> = {
  write_text: { effects: [{ access: "write", receiver: true }] },
  write_bytes: { effects: [{ access: "write", receiver: true }] },
  read_text: { effects: [{ access: "read", receiver: true }] },
  read_bytes: { effects: [{ access: "read", receiver: true }] },
  iterdir: { effects: [{ access: "read", receiver: true }] },
  open: { effects: [{ access: "read", receiver: true }], opener: { mode: at(0, "mode"), defaultMode: "r" } },
  rename: { effects: [{ access: "read", receiver: true }, write(at(0, "target"))] },
  replace: { effects: [{ access: "read", receiver: true }, write(at(0, "target"))] },
};

/** Methods of each kind of receiver, by method name. */
export const RECEIVER_METHODS: Readonly<Record<ReceiverKind, Readonly<Record<string, StorageApi>>>> = {
  path: PATH_METHODS,
  "s3-client": {
    put_object: { effects: [{ access: "write", bucket: { keyword: "Bucket" }, key: { keyword: "Key" } }] },
    upload_file: {
      effects: [read(at(0, "Filename")), { access: "write", bucket: at(1, "Bucket"), key: at(2, "Key") }],
    },
    upload_fileobj: { effects: [{ access: "write", bucket: at(1, "Bucket"), key: at(2, "Key") }] },
    get_object: { effects: [{ access: "read", bucket: { keyword: "Bucket" }, key: { keyword: "Key" } }] },
    download_file: {
      effects: [{ access: "read", bucket: at(0, "Bucket"), key: at(1, "Key") }, write(at(2, "Filename"))],
    },
    download_fileobj: { effects: [{ access: "read", bucket: at(0, "Bucket"), key: at(1, "Key") }] },
    list_objects_v2: {
      effects: [{ access: "read", bucket: { keyword: "Bucket" }, key: { keyword: "Prefix" } }],
    },
    list_objects: {
      effects: [{ access: "read", bucket: { keyword: "Bucket" }, key: { keyword: "Prefix" } }],
    },
  },
  "s3-resource": {},
  "s3-object": {
    put: { effects: [{ access: "write", receiver: true }] },
    upload_file: { effects: [read(at(0, "Filename")), { access: "write", receiver: true }] },
    upload_fileobj: { effects: [{ access: "write", receiver: true }] },
    get: { effects: [{ access: "read", receiver: true }] },
    download_file: { effects: [{ access: "read", receiver: true }, write(at(0, "Filename"))] },
    download_fileobj: { effects: [{ access: "read", receiver: true }] },
  },
  "s3-bucket": {
    put_object: { effects: [{ access: "write", receiver: true, key: { keyword: "Key" } }] },
    upload_file: {
      effects: [read(at(0, "Filename")), { access: "write", receiver: true, key: at(1, "Key") }],
    },
    upload_fileobj: { effects: [{ access: "write", receiver: true, key: at(1, "Key") }] },
    download_file: {
      effects: [{ access: "read", receiver: true, key: at(0, "Key") }, write(at(1, "Filename"))],
    },
  },
  "s3-hook": {
    load_file: {
      effects: [
        read(at(0, "filename")),
        { access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") },
      ],
    },
    load_string: { effects: [{ access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }] },
    load_bytes: { effects: [{ access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }] },
    load_file_obj: { effects: [{ access: "write", key: at(1, "key"), bucket: at(2, "bucket_name") }] },
    read_key: { effects: [{ access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") }] },
    get_key: { effects: [{ access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") }] },
    download_file: { effects: [{ access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") }] },
    list_keys: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: at(1, "prefix") }] },
  },
  "gcs-hook": {
    upload: {
      effects: [
        read(at(2, "filename")),
        { access: "write", bucket: at(0, "bucket_name"), key: at(1, "object_name") },
      ],
    },
    download: {
      effects: [
        { access: "read", bucket: at(0, "bucket_name"), key: at(1, "object_name") },
        write(at(2, "filename")),
      ],
    },
    list: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: { keyword: "prefix" } }] },
  },
  "wasb-hook": {
    load_file: {
      effects: [
        read(at(0, "file_path")),
        { access: "write", bucket: at(1, "container_name"), key: at(2, "blob_name") },
      ],
    },
    load_string: { effects: [{ access: "write", bucket: at(1, "container_name"), key: at(2, "blob_name") }] },
    read_file: { effects: [{ access: "read", bucket: at(0, "container_name"), key: at(1, "blob_name") }] },
    get_file: {
      effects: [
        write(at(0, "file_path")),
        { access: "read", bucket: at(1, "container_name"), key: at(2, "blob_name") },
      ],
    },
  },
  filesystem: {
    open: opens(at(0, "path"), at(1, "mode"), "rb"),
    put: copies(at(0, "lpath"), at(1, "rpath")),
    put_file: copies(at(0, "lpath"), at(1, "rpath")),
    upload: copies(at(0, "lpath"), at(1, "rpath")),
    get: copies(at(0, "rpath"), at(1, "lpath")),
    get_file: copies(at(0, "rpath"), at(1, "lpath")),
    download: copies(at(0, "rpath"), at(1, "lpath")),
    pipe: writes(at(0, "path")),
    pipe_file: writes(at(0, "path")),
    write_text: writes(at(0, "path")),
    write_bytes: writes(at(0, "path")),
    cat: reads(at(0, "path")),
    cat_file: reads(at(0, "path")),
    read_text: reads(at(0, "path")),
    read_bytes: reads(at(0, "path")),
    ls: reads(at(0, "path")),
    glob: { effects: [read(at(0, "path"), { glob: true })] },
  },
};

/** Methods of a path object that return another path of the same place or below it. */
export const PATH_SAME_PLACE_METHODS = new Set(["resolve", "absolute", "expanduser", "as_posix"]);

/** Functions that return their path argument unchanged, as far as where it points is concerned. */
export const PATH_IDENTITY_FUNCTIONS = new Set([
  "str",
  "os.fspath",
  "os.path.abspath",
  "os.path.realpath",
  "os.path.normpath",
  "os.path.expanduser",
]);

/** `os.path.join(a, b, …)` and friends. */
export const PATH_JOIN_FUNCTIONS = new Set(["os.path.join", "posixpath.join"]);

/** `os.path.dirname(p)`: the directory containing a path. */
export const PATH_DIRNAME_FUNCTIONS = new Set(["os.path.dirname", "posixpath.dirname"]);

/** Reading an environment variable: `os.environ.get(name, default)`, `os.getenv(name, default)`. */
export const ENV_GET_FUNCTIONS = new Set(["os.environ.get", "os.getenv", "os.environ.setdefault"]);
/** `os.environ[name]`. */
export const ENV_MAPPINGS = new Set(["os.environ"]);

/** Environment variables that name the pod's temporary directory. */
export const TEMP_ENV_VARIABLES = new Set(["TMPDIR", "TEMP", "TMP"]);

/** `tempfile` functions, by what they give back. */
export const TEMPFILE_APIS: ReadonlyMap<
  string,
  "dir" | "fresh-dir" | "fresh-file" | "fresh-file-handle" | "fresh-dir-handle"
> = new Map([
  ["tempfile.gettempdir", "dir"],
  ["tempfile.gettempdirb", "dir"],
  ["tempfile.mkdtemp", "fresh-dir"],
  // mkstemp returns (fd, path): the path is element 1.
  ["tempfile.mkstemp", "fresh-file"],
  ["tempfile.NamedTemporaryFile", "fresh-file-handle"],
  ["tempfile.TemporaryFile", "fresh-file-handle"],
  ["tempfile.SpooledTemporaryFile", "fresh-file-handle"],
  ["tempfile.TemporaryDirectory", "fresh-dir-handle"],
]);

/** Airflow Variables: the same value for every task, so `Variable.get("x")` is a stable token. */
export const AIRFLOW_VARIABLE_GETTERS = new Set([
  "airflow.models.Variable.get",
  "airflow.models.variable.Variable.get",
  "airflow.sdk.Variable.get",
]);

/** URI schemes of object stores. `file://` and `local://` are the local filesystem. */
export const OBJECT_STORE_SCHEMES = new Set([
  "s3",
  "s3a",
  "s3n",
  "gs",
  "gcs",
  "az",
  "abfs",
  "abfss",
  "adl",
  "wasb",
  "wasbs",
  "oss",
  "r2",
  "hdfs",
  "minio",
]);

/** Every method name some receiver kind knows: calls of other methods need no receiver analysis. */
export const KNOWN_METHOD_NAMES: ReadonlySet<string> = new Set([
  ...ANY_RECEIVER_METHODS.keys(),
  ...Object.values(RECEIVER_METHODS).flatMap((methods) => Object.keys(methods)),
]);
