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

/** Where a call passes something: by position, by keyword (or one of its `aliases`), or either. */
export interface ArgSlot {
  index?: number;
  keyword?: string;
  /** Other keywords for the same argument across library versions or siblings. */
  aliases?: readonly string[];
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
  /** The argument may be a list of paths (`EmailOperator(files=[…])`): each element is a place. */
  each?: true;
  /**
   * The call picks a fresh file name in the directory this argument names, or in the pod's temp
   * directory when it is not given (`S3Hook.download_file(local_path=…)`).
   */
  freshUnder?: ArgSlot;
  /**
   * The path is on a remote server reached by this scheme (SFTP, FTP, a database server):
   * `sftp://HOST/path`, the host being the connection id (`host`, or the receiver's), else a hole.
   */
  remote?: string;
  host?: ArgSlot;
  /** The call returns this place (`download_file` returns the path of the file it wrote). */
  result?: true;
  /**
   * The path names a directory the call writes files into (an archive's members,
   * `SevenZipFile.extractall(path=…)`): each is one name under it, known only at run time.
   */
  under?: true;
  /**
   * With `under`: the argument listing the names written there (py7zr's `targets=`). A list
   * literal names each; a list variable names its elements, which the code may iterate again
   * (`[dir / n for n in names]` names the same files). Without it, or when it says nothing, the
   * names are the extraction's own (matched only by themselves or a listing of the directory).
   */
  members?: ArgSlot;
  /**
   * With `path`: the place sits inside the argument's value, at these dict keys in turn (`*`:
   * each element of a list), as in a job description an operator sends to a cloud API
   * (`config={"InputDataConfig": [{"DataSource": {"S3DataSource": {"S3Uri": …}}}]}`). Dict and
   * list literals, also through a name bound to one; anything else names nothing.
   */
  within?: readonly string[];
  /**
   * With `within`: list elements (`*`) to pass over, dicts whose `key` item is one of these
   * string literals (a SageMaker processing job's `InputName: "code"`, its own script).
   */
  skipElements?: { key: string; values: readonly string[] };
  /**
   * The path may name a directory the file is written into under its own name
   * (`shutil.copy(src, dst_dir)`): `Location.intoDirectory`.
   */
  intoDirectory?: true;
  /**
   * The path is on the worker's own disk whatever the receiver's store (`fs.put(lpath, rpath)`
   * of an `s3fs` filesystem): not read with the receiver's scheme.
   */
  local?: true;
  /** Literal values of the path argument that name no file (DuckDB's `:memory:`). */
  notFiles?: readonly string[];
}

/** Interpreters of what an argument's text says (`interpreters.ts`), named from catalog rows. */
export type ProgramLanguage = "sql" | "shell";

export interface StorageApi {
  effects: StorageEffect[];
  /**
   * Only a convention says what this call reads and writes (an operator or TaskFlow decorator
   * nobody catalogued: `unknown-operators.ts`): every place it names is `Location.exact`, and a
   * value that names no path is not a place at all.
   */
  guessed?: true;
  /** URI scheme for bucket/key effects without a receiver to say it (default `s3`). */
  scheme?: string;
  /**
   * The call opens a file and returns a handle (`open`, `Path.open`, `fsspec.open`): the mode
   * decides between read and write, and writes through the handle belong to this call.
   */
  opener?: { mode: ArgSlot; defaultMode: string };
  /**
   * The effects depend on what an argument says: its literal value (`operation="get"`,
   * `SFTPOperation.GET`, lower-cased), or with an interpreter, what it reads in the argument
   * (`copy-direction`: `to` for `COPY … TO STDOUT`, `from` for `COPY … FROM STDIN`). `absent`
   * is the case when the argument is not given; a value we cannot read has no effect.
   */
  choice?: {
    argument: ArgSlot;
    interpreter?: "copy-direction";
    cases: Readonly<Record<string, StorageEffect[]>>;
    absent?: string;
  };
  /**
   * An argument holding a program whose text names what it reads and writes: SQL (`COPY … TO
   * 'f'`, `read_parquet('f')`) or a shell command (redirections, `cat`, `cp`, `gzip`, `curl -o`,
   * paths). For a shell command, `env` is the argument holding its environment (a dict) and
   * `cwd` its working directory; without one, the command runs in a fresh temporary directory
   * (what `BashOperator` does) — or, with `processCwd`, in the calling process's own working
   * directory (`subprocess.run`, `os.system`), where a relative path is the one Python code names.
   */
  program?: {
    argument: ArgSlot;
    language: ProgramLanguage;
    env?: ArgSlot;
    cwd?: ArgSlot;
    processCwd?: true;
    /**
     * The receiver is a connection to a database file (`ReceiverConstructor.database`): a
     * statement that reads a table reads that file, one that makes or changes a table writes it.
     */
    database?: true;
    /**
     * The program runs in a container (`DockerOperator(command=…)`): its paths are the
     * container's, and only those under a bind mount of a host directory name a place outside
     * it (the host's path). A path under no bind mount (the container's own disk, a named
     * volume), a relative path, or any path when the daemon is not the worker's own, names
     * nothing: unknown, silent.
     */
    container?: ContainerMounts;
  };
}

/**
 * Where a container operator's arguments say what is mounted: `volumes=["host:container[:mode]"]`
 * (docker-py's bind strings) and `mounts=[Mount(target, source, type="bind")]` (the classes of
 * `MOUNT_CLASSES`); `daemon` is the Docker daemon's address, the worker's own when absent or
 * starting with one of `localDaemons` (then a host path is on the worker's own disk).
 */
export interface ContainerMounts {
  volumes?: ArgSlot;
  mounts?: ArgSlot;
  /** The working directory relative paths start from (a container path), else unknown. */
  cwd?: ArgSlot;
  /** The container's environment (a dict), for `$NAME` in a shell command. */
  env?: ArgSlot;
  daemon?: ArgSlot;
  localDaemons: readonly string[];
}

/**
 * Mount descriptions (`docker.types.Mount(target, source, type="volume")`): which argument is
 * the container path, which the host path or volume name, and the types that bind a host path.
 */
export interface MountClass {
  target: ArgSlot;
  source: ArgSlot;
  type: ArgSlot;
  defaultType: string;
  bindTypes: readonly string[];
}

const at = (index: number, keyword?: string, ...aliases: string[]): ArgSlot => ({
  index,
  ...(keyword ? { keyword } : {}),
  ...(aliases.length ? { aliases } : {}),
});
const kw = (keyword: string, ...aliases: string[]): ArgSlot => ({
  keyword,
  ...(aliases.length ? { aliases } : {}),
});
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
  ...withEach(["smart_open.open", "smart_open.smart_open"], opens(at(0, "uri"), at(1, "mode"), "r")),
  ["h5py.File", opens(at(0, "name"), at(1, "mode"), "r")],
  // Archives: the archive file is opened by its mode (`"w"`, `"w:gz"`); its members are the
  // receiver's (`zip-tar`). `unpack_archive` writes the members under `extract_dir`.
  ["zipfile.ZipFile", opens(at(0, "file"), at(1, "mode"), "r")],
  ...withEach(["tarfile.open", "tarfile.TarFile.open"], opens(at(0, "name"), at(1, "mode"), "r")),
  [
    "shutil.unpack_archive",
    { effects: [read(at(0, "filename")), write(at(1, "extract_dir"), { under: true })] },
  ],
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
  // GeoPandas (its `to_file` is a method on any receiver).
  ["geopandas.read_file", reads(at(0, "filename"))],
  // xarray: NetCDF, Zarr and GRIB files (`Dataset.to_netcdf` / `to_zarr` are methods on any receiver).
  ...withEach(
    ["xarray.open_dataset", "xarray.open_dataarray", "xarray.load_dataset", "xarray.load_dataarray"],
    reads(at(0, "filename_or_obj")),
  ),
  ["xarray.open_mfdataset", { effects: [read(at(0, "paths"), { glob: true, each: true })] }],
  ["xarray.open_zarr", reads(at(0, "store"))],
  ["pyarrow.parquet.write_table", writes(at(1, "where"))],
  ["pyarrow.parquet.write_to_dataset", writes(at(1, "root_path"))],
  ["pyarrow.parquet.read_table", reads(at(0, "source"))],
  ["pyarrow.parquet.ParquetFile", reads(at(0, "source"))],
  ["pyarrow.parquet.ParquetDataset", reads(at(0, "path_or_paths"))],
  ["pyarrow.feather.write_feather", writes(at(1, "dest"))],
  ["pyarrow.feather.read_feather", reads(at(0, "source"))],
  ["pyarrow.csv.write_csv", writes(at(1, "output_file"))],
  ["pyarrow.csv.read_csv", reads(at(0, "input_file"))],
  ["pyarrow.dataset.write_dataset", writes(at(1, "base_dir"))],
  ["pyarrow.dataset.dataset", reads(at(0, "source"))],
  // Delta Lake (delta-rs): a table is a directory of Parquet files and a log.
  ...withEach(
    ["deltalake.write_deltalake", "deltalake.writer.write_deltalake"],
    writes(at(0, "table_or_uri")),
  ),
  ...withEach(["deltalake.DeltaTable", "deltalake.table.DeltaTable"], reads(at(0, "table_uri"))),

  // DuckDB: queries name the files they read and write (`COPY … TO`, `read_parquet(…)`).
  ...withEach(["duckdb.sql", "duckdb.query", "duckdb.execute"], {
    effects: [],
    program: { argument: at(0, "query"), language: "sql" },
  }),
  // A DuckDB database file is storage too: one opened `read_only=True` reads it; a read-write
  // connection does what its statements do (`program.database` on the connection's methods:
  // `CREATE TABLE` writes the file, `SELECT … FROM t` reads it). No argument and `:memory:` are
  // no file.
  [
    "duckdb.connect",
    {
      effects: [],
      choice: {
        argument: kw("read_only"),
        absent: "false",
        cases: {
          false: [],
          true: [read(at(0, "database"), { notFiles: [":memory:"] })],
        },
      },
    },
  ],
  ...withEach(["duckdb.read_parquet", "duckdb.from_parquet"], {
    effects: [read(at(0, "file_glob"), { glob: true })],
  }),
  ...withEach(["duckdb.read_csv", "duckdb.from_csv_auto", "duckdb.read_json"], {
    effects: [read(at(0, "path_or_buffer"), { glob: true })],
  }),

  // object serialisation
  ...withEach(["pickle.dump", "cloudpickle.dump", "dill.dump"], writes(at(1, "file"))),
  ...withEach(["pickle.load", "cloudpickle.load", "dill.load"], reads(at(0, "file"))),
  ["joblib.dump", writes(at(1, "filename"))],
  ["joblib.load", reads(at(0, "filename"))],
  ...withEach(["torch.save", "torch.jit.save"], writes(at(1, "f"))),
  ...withEach(["torch.load", "torch.jit.load"], reads(at(0, "f"))),
  ["safetensors.torch.save_file", writes(at(1, "filename"))],
  ["safetensors.torch.load_file", reads(at(0, "filename"))],
  // Keras and TensorFlow models (a `.keras` file, an H5 file or a SavedModel directory).
  ...withEach(
    ["keras.models.save_model", "keras.saving.save_model", "tensorflow.keras.models.save_model"],
    writes(at(1, "filepath")),
  ),
  ...withEach(
    ["keras.models.load_model", "keras.saving.load_model", "tensorflow.keras.models.load_model"],
    reads(at(0, "filepath")),
  ),
  ["tensorflow.saved_model.save", writes(at(1, "export_dir"))],
  ["tensorflow.saved_model.load", reads(at(0, "export_dir"))],
  // Boosters loaded from a model file: `lgb.Booster(model_file=…)`, `xgb.Booster(model_file=…)`.
  ...withEach(["lightgbm.Booster", "xgboost.Booster"], reads(kw("model_file"))),
  ["json.dump", writes(at(1, "fp"))],
  ["json.load", reads(at(0, "fp"))],
  ...withEach(["yaml.dump", "yaml.safe_dump"], writes(at(1, "stream"))),

  // moving files around
  // `copy`, `copy2` and `move` put the file inside `dst` when it is a directory.
  ...withEach(["shutil.copy", "shutil.copy2", "shutil.move"], {
    effects: [read(at(0, "src")), write(at(1, "dst"), { intoDirectory: true })],
  }),
  ...withEach(["shutil.copyfile", "shutil.copytree"], copies(at(0, "src"), at(1, "dst"))),
  ...withEach(["os.rename", "os.replace"], copies(at(0, "src"), at(1, "dst"))),

  // downloads from the web
  ["urllib.request.urlretrieve", writes(at(1, "filename"))],
  // PDF reports rendered by wkhtmltopdf (pdfkit): `output_path` is the file written.
  ...withEach(["pdfkit.from_string", "pdfkit.from_url"], writes(at(1, "output_path"))),
  ["pdfkit.from_file", copies(at(0, "input"), at(1, "output_path"))],

  // Programs run from Python: the command (a list of words, or a string) is read by the shell
  // interpreter BashOperator's `bash_command` uses (`ogr2ogr DST SRC`, `cat`, `cp`, `curl -o` …).
  // A list is one word per element, as `subprocess` passes it; a list variable built by
  // `append` / `extend` in the same block of the same function is followed (`locations.ts`,
  // `argvFragments`). Without `cwd=` a relative path is read as under a fresh directory (the
  // worker's working directory is not known): it never names another task's file.
  ...withEach(
    [
      "subprocess.run",
      "subprocess.call",
      "subprocess.check_call",
      "subprocess.check_output",
      "subprocess.Popen",
    ],
    {
      effects: [],
      program: {
        argument: at(0, "args"),
        language: "shell",
        env: kw("env"),
        cwd: kw("cwd"),
        processCwd: true,
      },
    },
  ),
  [
    "os.system",
    { effects: [], program: { argument: at(0, "command"), language: "shell", processCwd: true } },
  ],

  // Listing a directory (`os.listdir`, `os.scandir`, `os.walk`) reads no file — nor does listing a
  // bucket's keys (`list_keys`, `list_objects_v2`, `list_blobs`; no rows): a cleanup task
  // that lists and deletes (`os.unlink`, `os.remove`, `shutil.rmtree`: no rows either) is not
  // a consumer. Nor is a glob (`glob.glob`, `glob.iglob`). Code that reads what it listed
  // reads each element: a path under the directory with a wildcard (`locations.ts`,
  // `elementPlace`), which matches the files another task wrote there.
]);

/**
 * Object-store listings, by method, and where they take the prefix: they read no object (their
 * rows have no effect), but each key they list is an object under that prefix — `for key in
 * hook.list_keys(bucket, prefix=p): hook.read_key(key, bucket)` reads `p*` (`elementPlace`).
 */
export const LISTED_PREFIX: ReadonlyMap<string, ArgSlot> = new Map([
  // Those that yield key strings (`S3Hook.list_keys`, `GCSHook.list`); boto3's and MinIO's yield
  // dicts and objects, whose key attributes are not followed.
  ["list_keys", at(1, "prefix")],
  ["list", kw("prefix")],
]);

/**
 * Pools that run a function for the task (`with ThreadPoolExecutor() as pool: pool.map(download,
 * keys)`): what the function reads and writes is the task's. `map`-like methods pass each element
 * of an iterable (unknown); `submit` passes the arguments after the function.
 */
export const CALLABLE_POOLS: ReadonlySet<string> = new Set([
  "concurrent.futures.ThreadPoolExecutor",
  "concurrent.futures.ProcessPoolExecutor",
  "concurrent.futures.thread.ThreadPoolExecutor",
  "concurrent.futures.process.ProcessPoolExecutor",
  "multiprocessing.Pool",
  "multiprocessing.pool.Pool",
  "multiprocessing.pool.ThreadPool",
]);
export const POOL_MAP_METHODS: ReadonlySet<string> = new Set(["map", "imap", "imap_unordered", "map_async"]);
export const POOL_SUBMIT_METHODS: ReadonlySet<string> = new Set(["submit"]);

/**
 * Methods whose name alone says they write or read a path given as an argument, whatever the
 * receiver: DataFrame writers (pandas, polars), `ndarray.tofile`. `df.to_csv()` with no path
 * returns a string and is no storage at all.
 */
export const ANY_RECEIVER_METHODS: ReadonlyMap<string, StorageApi> = new Map<string, StorageApi>([
  ...withEach(["to_parquet", "to_pickle", "to_feather", "to_orc"], writes(at(0, "path"))),
  ...withEach(["to_csv", "to_json", "to_hdf"], writes(at(0, "path_or_buf"))),
  ["to_excel", writes(at(0, "excel_writer"))],
  // GeoPandas' `GeoDataFrame.to_file`, Fiona's drivers: the path is the first argument.
  ["to_file", writes(at(0, "filename"))],
  ["tofile", writes(at(0, "fid"))],
  ...withEach(
    ["write_csv", "write_parquet", "write_ipc", "write_json", "write_ndjson", "write_avro"],
    writes(at(0, "file")),
  ),
  ["write_excel", writes(at(0, "workbook"))],
  // xarray's Dataset / DataArray
  ["to_netcdf", writes(at(0, "path"))],
  ["to_zarr", writes(at(0, "store"))],
  ["write_delta", writes(at(0, "target"))],
  // polars LazyFrame sinks
  ...withEach(["sink_parquet", "sink_csv", "sink_ipc", "sink_ndjson"], writes(at(0, "path"))),
  // Models: Keras `model.save(path)`, LightGBM / XGBoost / CatBoost boosters, Hugging Face.
  ["save", writes(at(0, "filepath"))],
  ["save_model", writes(at(0, "fname", "filename"))],
  ["load_model", reads(at(0, "fname", "filename"))],
  ["save_pretrained", writes(at(0, "save_directory"))],
  ["from_pretrained", reads(at(0, "pretrained_model_name_or_path"))],
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
  | "gcs-client"
  | "gcs-bucket"
  | "gcs-blob"
  | "wasb-hook"
  | "azure-service"
  | "azure-container"
  | "azure-blob"
  | "minio"
  | "postgres-hook"
  | "mysql-hook"
  | "sftp-hook"
  | "ftp-hook"
  | "ssh-hook"
  | "ssh-client"
  | "sftp-client"
  | "duckdb"
  | "filesystem"
  | "archive"
  | "zip-tar"
  | "swift-service"
  | "duckdb-hook"
  | "webhdfs-hook"
  | "hdfs-client"
  | "snowflake"
  | "spark-reader"
  | "spark-writer"
  | "bigquery-client"
  | "sqlite";

/** What each receiver kind is, for messages and the knowledge page. */
export const RECEIVER_NAMES: Readonly<Record<ReceiverKind, string>> = {
  path: "Path objects: `pathlib.Path`, Airflow's `ObjectStoragePath`, `UPath`, `cloudpathlib`",
  "s3-client": "boto3 S3 client (`boto3.client('s3')`, `S3Hook.get_conn()`)",
  "s3-resource": "boto3 S3 resource (`boto3.resource('s3')`)",
  "s3-object": "boto3 S3 Object (`s3.Object(bucket, key)`, `S3Hook.get_key(…)`)",
  "s3-bucket": "boto3 S3 Bucket (`s3.Bucket(name)`)",
  "s3-hook": "Airflow `S3Hook`",
  "gcs-hook": "Airflow `GCSHook`",
  "gcs-client": "google-cloud-storage `Client`",
  "gcs-bucket": "google-cloud-storage `Bucket` (`client.bucket(name)`)",
  "gcs-blob": "google-cloud-storage `Blob` (`bucket.blob(name)`)",
  "wasb-hook": "Airflow `WasbHook`",
  "azure-service": "azure-storage-blob `BlobServiceClient`",
  "azure-container": "azure-storage-blob `ContainerClient`",
  "azure-blob": "azure-storage-blob `BlobClient`",
  minio: "MinIO client (`Minio(...)`)",
  "postgres-hook": "Airflow `PostgresHook`",
  "mysql-hook": "Airflow `MySqlHook`",
  "sftp-hook": "Airflow `SFTPHook`",
  "ftp-hook": "Airflow `FTPHook` / `FTPSHook`",
  "ssh-hook": "Airflow `SSHHook`",
  "ssh-client": "paramiko `SSHClient` (`SSHHook.get_conn()`)",
  "sftp-client": "paramiko `SFTPClient` (`ssh.open_sftp()`, `SFTPHook.get_conn()`)",
  duckdb: "DuckDB connection (`duckdb.connect()`)",
  sqlite:
    "SQLite connection (`sqlite3.connect(path)`) and its cursors: the database file is read or written by its statements",
  filesystem: "fsspec filesystems: `s3fs`, `gcsfs`, `adlfs`, `fsspec.filesystem(protocol)`",
  archive: "7-Zip archives (`py7zr.SevenZipFile`)",
  "zip-tar": "Zip and tar archives (`zipfile.ZipFile`, `tarfile.open`)",
  "swift-service": "OpenStack Swift `SwiftService` (python-swiftclient)",
  "bigquery-client":
    "google-cloud-bigquery `Client` (a load job reads its `gs://` source URIs, an extract job writes its destination URIs)",
  snowflake:
    "Snowflake: Airflow `SnowflakeHook`, a `snowflake.connector` connection and its cursors (`PUT file://…` uploads a local file)",
  "webhdfs-hook": "Airflow `WebHDFSHook`",
  "hdfs-client": "HdfsCLI client (`hdfs.InsecureClient`, `WebHDFSHook.get_conn()`)",
  "duckdb-hook":
    "an imported Airflow hook nobody catalogued that runs DuckDB (named so, or given a `duckdb_conn_id`): its SQL by convention, matched only exactly",
  "spark-reader":
    "Spark `DataFrameReader` (`spark.read`, `spark.readStream`, after `.format(…)`, `.option(…)`, `.schema(…)`)",
  "spark-writer":
    "Spark `DataFrameWriter` (`df.write`, `df.writeStream`, after `.format(…)`, `.mode(…)`, `.option(…)`, `.partitionBy(…)`)",
};

/** Attributes that are a Spark reader or writer (`spark.read`, `df.write`), whatever their object. */
export const SPARK_IO_ATTRIBUTES: ReadonlyMap<string, ReceiverKind> = new Map([
  ["read", "spark-reader"],
  ["readStream", "spark-reader"],
  ["write", "spark-writer"],
  ["writeStream", "spark-writer"],
]);

/**
 * A class or factory whose result is a receiver we know: `scheme` for bucket/key joins, and the
 * arguments that name its bucket (container) or object when it stands for one.
 */
export interface ReceiverConstructor {
  kind: ReceiverKind;
  scheme?: string;
  bucket?: ArgSlot;
  key?: ArgSlot;
  /**
   * The receiver is a connection to the database file this argument names (literal values in
   * `notFiles` name none): what its statements do to tables they do to that file.
   */
  database?: { path: ArgSlot; notFiles?: readonly string[] };
  /** The bucket (a hook's connection id) when its argument is not given: the hook's default. */
  defaultBucket?: string;
  /**
   * A path class whose objects name remote storage when made with a connection
   * (`ObjectStoragePath(url, conn_id=…)`): this keyword.
   */
  connection?: string;
}

const receivers = (names: readonly string[], made: ReceiverConstructor): [string, ReceiverConstructor][] =>
  names.map((name) => [name, made]);

/** Classes and factories whose result is a receiver we know. */
export const RECEIVER_CONSTRUCTORS: ReadonlyMap<string, ReceiverConstructor> = new Map<
  string,
  ReceiverConstructor
>([
  ...receivers(
    [
      "pathlib.Path",
      "pathlib.PurePath",
      "pathlib.PosixPath",
      "pathlib.PurePosixPath",
      "upath.UPath",
      "cloudpathlib.CloudPath",
      "cloudpathlib.AnyPath",
    ],
    { kind: "path" },
  ),
  ...receivers(
    [
      "airflow.io.path.ObjectStoragePath",
      "airflow.io.store.path.ObjectStoragePath",
      "airflow.sdk.ObjectStoragePath",
      "airflow.sdk.io.ObjectStoragePath",
    ],
    { kind: "path", connection: "conn_id" },
  ),
  ["cloudpathlib.S3Path", { kind: "path", scheme: "s3" }],
  // The Astro SDK's file (`File("gs://bucket/raw/games.csv", conn_id="gcp")`).
  ["astro.files.File", { kind: "path", connection: "conn_id" }],
  ["cloudpathlib.GSPath", { kind: "path", scheme: "gs" }],
  ...receivers(
    [
      "airflow.providers.amazon.aws.hooks.s3.S3Hook",
      "airflow.hooks.S3_hook.S3Hook",
      "airflow.hooks.s3_hook.S3Hook",
    ],
    { kind: "s3-hook", scheme: "s3" },
  ),
  ...receivers(
    [
      "airflow.providers.google.cloud.hooks.gcs.GCSHook",
      "airflow.contrib.hooks.gcs_hook.GoogleCloudStorageHook",
    ],
    { kind: "gcs-hook", scheme: "gs" },
  ),
  ...receivers(["google.cloud.storage.Client", "google.cloud.storage.client.Client"], {
    kind: "gcs-client",
    scheme: "gs",
  }),
  ...receivers(["google.cloud.bigquery.Client", "google.cloud.bigquery.client.Client"], {
    kind: "bigquery-client",
    scheme: "gs",
  }),
  ...receivers(["google.cloud.storage.Bucket", "google.cloud.storage.bucket.Bucket"], {
    kind: "gcs-bucket",
    scheme: "gs",
    bucket: at(1, "name"),
  }),
  ...receivers(
    ["airflow.providers.microsoft.azure.hooks.wasb.WasbHook", "airflow.contrib.hooks.wasb_hook.WasbHook"],
    { kind: "wasb-hook", scheme: "wasb" },
  ),
  ...receivers(
    ["azure.storage.blob.BlobServiceClient", "azure.storage.blob.BlobServiceClient.from_connection_string"],
    { kind: "azure-service", scheme: "wasb" },
  ),
  [
    "azure.storage.blob.ContainerClient",
    { kind: "azure-container", scheme: "wasb", bucket: at(1, "container_name") },
  ],
  [
    "azure.storage.blob.ContainerClient.from_connection_string",
    { kind: "azure-container", scheme: "wasb", bucket: at(1, "container_name") },
  ],
  ...receivers(["azure.storage.blob.BlobClient", "azure.storage.blob.BlobClient.from_connection_string"], {
    kind: "azure-blob",
    scheme: "wasb",
    bucket: at(1, "container_name"),
    key: at(2, "blob_name"),
  }),
  // MinIO objects are S3 objects: another task may read them with boto3.
  ["minio.Minio", { kind: "minio", scheme: "s3" }],
  ...receivers(
    ["airflow.providers.postgres.hooks.postgres.PostgresHook", "airflow.hooks.postgres_hook.PostgresHook"],
    { kind: "postgres-hook" },
  ),
  ...receivers(["airflow.providers.mysql.hooks.mysql.MySqlHook", "airflow.hooks.mysql_hook.MySqlHook"], {
    kind: "mysql-hook",
  }),
  // Remote servers are named by their connection id.
  ...receivers(["airflow.providers.sftp.hooks.sftp.SFTPHook", "airflow.contrib.hooks.sftp_hook.SFTPHook"], {
    kind: "sftp-hook",
    bucket: at(0, "ssh_conn_id", "ftp_conn_id"),
  }),
  ...receivers(
    [
      "airflow.providers.ftp.hooks.ftp.FTPHook",
      "airflow.providers.ftp.hooks.ftp.FTPSHook",
      "airflow.contrib.hooks.ftp_hook.FTPHook",
      "airflow.contrib.hooks.ftp_hook.FTPSHook",
    ],
    { kind: "ftp-hook", bucket: at(0, "ftp_conn_id") },
  ),
  ...receivers(["airflow.providers.ssh.hooks.ssh.SSHHook", "airflow.contrib.hooks.ssh_hook.SSHHook"], {
    kind: "ssh-hook",
    bucket: at(0, "ssh_conn_id"),
  }),
  ...receivers(
    [
      "airflow.providers.snowflake.hooks.snowflake.SnowflakeHook",
      "airflow.contrib.hooks.snowflake_hook.SnowflakeHook",
      "snowflake.connector.connect",
    ],
    { kind: "snowflake" },
  ),
  // HDFS: a path there is `hdfs://CONNECTION/path` (the hook's connection, the client's URL).
  ...receivers(
    ["airflow.providers.apache.hdfs.hooks.webhdfs.WebHDFSHook", "airflow.hooks.webhdfs_hook.WebHDFSHook"],
    { kind: "webhdfs-hook", bucket: at(0, "webhdfs_conn_id"), defaultBucket: "webhdfs_default" },
  ),
  ...receivers(
    [
      "hdfs.InsecureClient",
      "hdfs.Client",
      "hdfs.TokenClient",
      "hdfs.client.InsecureClient",
      "hdfs.client.Client",
      "hdfs.ext.kerberos.KerberosClient",
    ],
    { kind: "hdfs-client", bucket: at(0, "url") },
  ),
  ["paramiko.SSHClient", { kind: "ssh-client" }],
  ["paramiko.client.SSHClient", { kind: "ssh-client" }],
  ["paramiko.SFTPClient.from_transport", { kind: "sftp-client" }],
  ["swiftclient.service.SwiftService", { kind: "swift-service" }],
  ["duckdb.connect", { kind: "duckdb", database: { path: at(0, "database"), notFiles: [":memory:"] } }],
  ["sqlite3.connect", { kind: "sqlite", database: { path: at(0, "database"), notFiles: [":memory:", ""] } }],
  ...receivers(["s3fs.S3FileSystem", "s3fs.core.S3FileSystem"], { kind: "filesystem", scheme: "s3" }),
  ["gcsfs.GCSFileSystem", { kind: "filesystem", scheme: "gs" }],
  ...receivers(["py7zr.SevenZipFile", "py7zr.py7zr.SevenZipFile"], { kind: "archive" }),
  ...receivers(["zipfile.ZipFile", "tarfile.open", "tarfile.TarFile.open"], { kind: "zip-tar" }),
  ["adlfs.AzureBlobFileSystem", { kind: "filesystem", scheme: "az" }],
]);

/**
 * Folders of a worker that are object storage mounted by the platform: a path under `path` is
 * the object `keyPrefix` + the rest of the path in that bucket. Cloud Composer mounts its
 * environment bucket's `data/` folder at `/home/airflow/gcs/data` with Cloud Storage FUSE
 * ("Data | gs://bucket-name/data | /home/airflow/gcs/data | Stores the data that tasks produce
 * and use", https://cloud.google.com/composer/docs/composer-1/cloud-storage). Only `data/`:
 * `dags/` and `plugins/` are synchronized one way, from the bucket.
 */
export interface ObjectStoreMount {
  path: string;
  scheme: string;
  keyPrefix: string;
  /** The bucket as users read it: the analysis never knows its name. */
  bucket: string;
}

export const OBJECT_STORE_MOUNTS: readonly ObjectStoreMount[] = [
  {
    path: "/home/airflow/gcs/data/",
    scheme: "gs",
    keyPrefix: "data/",
    bucket: "the Cloud Composer environment's bucket",
  },
];

/** `fsspec.filesystem("s3")`: a filesystem whose protocol is the first argument. */
export const FILESYSTEM_FACTORIES = new Set(["fsspec.filesystem"]);

/** `boto3.client("s3")`, `session.client("s3")`: on any receiver, the service name decides. */
export const BOTO3_FACTORY_METHODS: Readonly<Record<string, ReceiverKind>> = {
  client: "s3-client",
  resource: "s3-resource",
};

/**
 * Methods of a known receiver that return another receiver (`s3.Object(bucket, key)`): with a
 * `key`, the new receiver stands for that object (its bucket from `bucket`, or the receiver's
 * own); with only a `bucket`, for that bucket.
 */
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
  "s3-hook": {
    get_conn: { kind: "s3-client" },
    get_client_type: { kind: "s3-client" },
    get_key: { kind: "s3-object", key: at(0, "key"), bucket: at(1, "bucket_name") },
  },
  "gcs-hook": { get_conn: { kind: "gcs-client" } },
  "gcs-client": {
    bucket: { kind: "gcs-bucket", bucket: at(0, "bucket_name") },
    get_bucket: { kind: "gcs-bucket", bucket: at(0, "bucket_or_name") },
    lookup_bucket: { kind: "gcs-bucket", bucket: at(0, "bucket_name") },
  },
  "gcs-bucket": {
    blob: { kind: "gcs-blob", key: at(0, "blob_name") },
    get_blob: { kind: "gcs-blob", key: at(0, "blob_name") },
  },
  "wasb-hook": { get_conn: { kind: "azure-service" } },
  "azure-service": {
    get_container_client: { kind: "azure-container", bucket: at(0, "container") },
    get_blob_client: { kind: "azure-blob", bucket: at(0, "container"), key: at(1, "blob") },
  },
  "azure-container": { get_blob_client: { kind: "azure-blob", key: at(0, "blob") } },
  "sftp-hook": { get_conn: { kind: "sftp-client" } },
  "ssh-hook": { get_conn: { kind: "ssh-client" } },
  "webhdfs-hook": { get_conn: { kind: "hdfs-client" } },
  snowflake: { get_conn: { kind: "snowflake" }, cursor: { kind: "snowflake" } },
  "ssh-client": { open_sftp: { kind: "sftp-client" } },
  // Spark's builders return themselves.
  "spark-reader": Object.fromEntries(
    ["format", "option", "options", "schema"].map((method) => [method, { kind: "spark-reader" as const }]),
  ),
  "spark-writer": Object.fromEntries(
    ["format", "mode", "option", "options", "partitionBy", "bucketBy", "sortBy", "outputMode", "trigger"].map(
      (method) => [method, { kind: "spark-writer" as const }],
    ),
  ),
};

/**
 * Methods of path objects (`pathlib.Path`, `ObjectStoragePath`, `UPath`): the receiver is the location.
 * `iterdir` only lists (as `os.listdir`): a read is where the code reads one of its paths.
 */
const PATH_METHODS: Record<string, StorageApi> = {
  write_text: { effects: [{ access: "write", receiver: true }] },
  write_bytes: { effects: [{ access: "write", receiver: true }] },
  read_text: { effects: [{ access: "read", receiver: true }] },
  read_bytes: { effects: [{ access: "read", receiver: true }] },
  // `ObjectStoragePath.read_block(offset, length)` (fsspec).
  read_block: { effects: [{ access: "read", receiver: true }] },
  open: { effects: [{ access: "read", receiver: true }], opener: { mode: at(0, "mode"), defaultMode: "r" } },
  rename: { effects: [{ access: "read", receiver: true }, write(at(0, "target"))] },
  replace: { effects: [{ access: "read", receiver: true }, write(at(0, "target"))] },
  // `ObjectStoragePath.copy(dst)` / `.move(path)` (and `Path.copy` in Python 3.14).
  copy: { effects: [{ access: "read", receiver: true }, write(at(0, "dst", "target"))] },
  move: { effects: [{ access: "read", receiver: true }, write(at(0, "path", "target"))] },
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
    // The source is a `CopySource` dict; the destination is what another task may read.
    copy_object: { effects: [{ access: "write", bucket: kw("Bucket"), key: kw("Key") }] },
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
    // Downloads into a fresh temp file (in `local_path`, else the pod's temp directory) and returns its path.
    download_file: {
      effects: [
        { access: "read", key: at(0, "key"), bucket: at(1, "bucket_name") },
        { access: "write", freshUnder: at(2, "local_path"), result: true },
      ],
    },
    copy_object: {
      effects: [
        { access: "read", key: at(0, "source_bucket_key"), bucket: at(2, "source_bucket_name") },
        { access: "write", key: at(1, "dest_bucket_key"), bucket: at(3, "dest_bucket_name") },
      ],
    },
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
        // With a file name it writes the file and returns its name (else the bytes).
        write(at(2, "filename"), { result: true }),
      ],
    },
  },
  "gcs-client": {},
  "gcs-bucket": {},
  "gcs-blob": {
    upload_from_filename: { effects: [read(at(0, "filename")), { access: "write", receiver: true }] },
    upload_from_string: { effects: [{ access: "write", receiver: true }] },
    upload_from_file: { effects: [{ access: "write", receiver: true }] },
    download_to_filename: { effects: [{ access: "read", receiver: true }, write(at(0, "filename"))] },
    download_to_file: { effects: [{ access: "read", receiver: true }] },
    download_as_bytes: { effects: [{ access: "read", receiver: true }] },
    download_as_string: { effects: [{ access: "read", receiver: true }] },
    download_as_text: { effects: [{ access: "read", receiver: true }] },
    open: {
      effects: [{ access: "read", receiver: true }],
      opener: { mode: at(0, "mode"), defaultMode: "r" },
    },
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
    upload: { effects: [{ access: "write", bucket: at(0, "container_name"), key: at(1, "blob_name") }] },
    download: { effects: [{ access: "read", bucket: at(0, "container_name"), key: at(1, "blob_name") }] },
  },
  "azure-service": {},
  "azure-container": {
    upload_blob: { effects: [{ access: "write", receiver: true, key: at(0, "name") }] },
    download_blob: { effects: [{ access: "read", receiver: true, key: at(0, "blob") }] },
  },
  "azure-blob": {
    upload_blob: { effects: [{ access: "write", receiver: true }] },
    download_blob: { effects: [{ access: "read", receiver: true }] },
  },
  minio: {
    put_object: { effects: [{ access: "write", bucket: at(0, "bucket_name"), key: at(1, "object_name") }] },
    fput_object: {
      effects: [
        read(at(2, "file_path")),
        { access: "write", bucket: at(0, "bucket_name"), key: at(1, "object_name") },
      ],
    },
    get_object: { effects: [{ access: "read", bucket: at(0, "bucket_name"), key: at(1, "object_name") }] },
    fget_object: {
      effects: [
        { access: "read", bucket: at(0, "bucket_name"), key: at(1, "object_name") },
        write(at(2, "file_path")),
      ],
    },
  },
  "postgres-hook": {
    // `COPY … TO STDOUT` writes the file, `COPY … FROM STDIN` reads it.
    copy_expert: {
      effects: [],
      choice: {
        argument: at(0, "sql"),
        interpreter: "copy-direction",
        cases: { to: [write(at(1, "filename"))], from: [read(at(1, "filename"))] },
      },
    },
    bulk_load: reads(at(1, "tmp_file")),
    bulk_dump: writes(at(1, "tmp_file")),
  },
  "mysql-hook": {
    // `LOAD DATA LOCAL INFILE` reads the worker's file; `SELECT … INTO OUTFILE` writes on the database server.
    bulk_load: reads(at(1, "tmp_file")),
    bulk_load_custom: reads(at(1, "tmp_file")),
    bulk_dump: { effects: [write(at(1, "tmp_file"), { remote: "mysql" })] },
  },
  "sftp-hook": {
    store_file: {
      effects: [read(at(1, "local_full_path")), write(at(0, "remote_full_path"), { remote: "sftp" })],
    },
    retrieve_file: {
      effects: [read(at(0, "remote_full_path"), { remote: "sftp" }), write(at(1, "local_full_path"))],
    },
  },
  "ftp-hook": {
    store_file: {
      effects: [
        read(at(1, "local_full_path_or_buffer")),
        write(at(0, "remote_full_path"), { remote: "ftp" }),
      ],
    },
    retrieve_file: {
      effects: [
        read(at(0, "remote_full_path"), { remote: "ftp" }),
        write(at(1, "local_full_path_or_buffer")),
      ],
    },
  },
  "ssh-hook": {},
  "ssh-client": {},
  // Jobs between a table and objects of GCS: a load reads its source URIs (a `*` is a wildcard),
  // an extract writes its destination URIs.
  "bigquery-client": {
    load_table_from_uri: { effects: [read(at(0, "source_uris"), { each: true, glob: true })] },
    extract_table: { effects: [write(at(1, "destination_uris"), { each: true })] },
  },
  // What a statement reads of the client's disk (`PUT file://…`); its tables are the server's.
  snowflake: {
    run: { effects: [], program: { argument: at(0, "sql"), language: "sql" } },
    execute: { effects: [], program: { argument: at(0, "command"), language: "sql" } },
  },
  "webhdfs-hook": {
    load_file: { effects: [read(at(0, "source")), write(at(1, "destination"), { remote: "hdfs" })] },
  },
  "hdfs-client": {
    upload: { effects: [read(at(1, "local_path")), write(at(0, "hdfs_path"), { remote: "hdfs" })] },
    download: { effects: [read(at(0, "hdfs_path"), { remote: "hdfs" }), write(at(1, "local_path"))] },
    read: { effects: [read(at(0, "hdfs_path"), { remote: "hdfs" })] },
  },
  "sftp-client": {
    put: { effects: [read(at(0, "localpath")), write(at(1, "remotepath"), { remote: "sftp" })] },
    putfo: { effects: [write(at(1, "remotepath"), { remote: "sftp" })] },
    get: { effects: [read(at(0, "remotepath"), { remote: "sftp" }), write(at(1, "localpath"))] },
    getfo: { effects: [read(at(0, "remotepath"), { remote: "sftp" })] },
  },
  // A statement on a database file's connection reads or writes the file (`CREATE`, `INSERT` …).
  sqlite: Object.fromEntries(
    ["execute", "executemany", "executescript"].map((method) => [
      method,
      {
        effects: [],
        program: { argument: at(0, "sql"), language: "sql", database: true },
      } satisfies StorageApi,
    ]),
  ),
  duckdb: {
    ...Object.fromEntries(
      ["sql", "execute", "query"].map((method) => [
        method,
        {
          effects: [],
          program: { argument: at(0, "query"), language: "sql", database: true },
        } satisfies StorageApi,
      ]),
    ),
    ...Object.fromEntries(
      ["read_parquet", "from_parquet", "read_csv", "from_csv_auto", "read_json"].map((method) => [
        method,
        { effects: [read(at(0), { glob: true })] } satisfies StorageApi,
      ]),
    ),
  },
  // A provider's or a package's DuckDB hook (`DuckLakeHook(…).sql("SELECT … FROM 'f.parquet'")`):
  // the SQL it runs by DbApiHook's method names, its files read (or written) as DuckDB names them.
  "duckdb-hook": Object.fromEntries(
    ["sql", "run", "execute", "query", "get_records", "get_first", "get_pandas_df", "get_df"].map(
      (method) => [
        method,
        {
          effects: [],
          guessed: true,
          program: { argument: at(0, "sql"), language: "sql" },
        } satisfies StorageApi,
      ],
    ),
  ),
  // `put` / `get` move a file between the worker's own disk (`lpath`) and the filesystem's store.
  filesystem: {
    open: opens(at(0, "path"), at(1, "mode"), "rb"),
    ...Object.fromEntries(
      ["put", "put_file", "upload"].map((method) => [
        method,
        { effects: [read(at(0, "lpath"), { local: true }), write(at(1, "rpath"))] },
      ]),
    ),
    ...Object.fromEntries(
      ["get", "get_file", "download"].map((method) => [
        method,
        { effects: [read(at(0, "rpath")), write(at(1, "lpath"), { local: true })] },
      ]),
    ),
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
  // Extracting writes the archive's members under `path` (py7zr: `extract(path=…, targets=…)`).
  archive: {
    extractall: { effects: [write(at(0, "path"), { under: true })] },
    extract: { effects: [write(at(0, "path"), { under: true, members: at(1, "targets") })] },
  },
  // The local side only: `download` writes the file its options name (`out_file`), `upload`
  // reads the local files it is given (paths; `SwiftUploadObject`s name nothing we read).
  // The standard library's archives: `extract(member, path)` takes the member first; `write` /
  // `add` read the file they put into the archive (the archive file itself is the opener's).
  "zip-tar": {
    extractall: { effects: [write(at(0, "path"), { under: true })] },
    extract: { effects: [write(at(1, "path"), { under: true })] },
    write: { effects: [read(at(0, "filename"))] },
    add: { effects: [read(at(0, "name"))] },
  },
  "swift-service": {
    download: { effects: [write(kw("options"), { within: ["out_file"] })] },
    upload: { effects: [read(at(1, "objects"), { each: true })] },
  },
  // A file format's method names the path (a directory of parts, for most): `spark.read.parquet(p)`,
  // `df.write.mode("overwrite").csv(p)`; `load` / `save` with the format set before.
  "spark-reader": Object.fromEntries(
    ["parquet", "csv", "json", "orc", "text", "load"].map((method) => [method, reads(at(0, "path"))]),
  ),
  "spark-writer": Object.fromEntries(
    ["parquet", "csv", "json", "orc", "text", "save"].map((method) => [method, writes(at(0, "path"))]),
  ),
};

/**
 * Operators whose arguments are files or objects: where the task is declared
 * (`LocalFilesystemToS3Operator(filename=…, dest_key=…)`), its keyword arguments name what the
 * task reads and writes. A team declares its own operators the same way (`writeApis`,
 * `readApis` with the class as `call`); an operator nobody declared is unknown, never a finding.
 */
const operators = (names: readonly string[], api: StorageApi): [string, StorageApi][] =>
  names.map((name) => [name, api]);

export const STORAGE_OPERATORS: ReadonlyMap<string, StorageApi> = new Map<string, StorageApi>([
  ...operators(
    [
      "airflow.operators.bash.BashOperator",
      "airflow.operators.bash_operator.BashOperator",
      "airflow.providers.standard.operators.bash.BashOperator",
    ],
    {
      effects: [],
      program: { argument: kw("bash_command"), language: "shell", env: kw("env"), cwd: kw("cwd") },
    },
  ),
  // A container's command (a string, or a list of words): the same shell interpreter, its paths
  // mapped to the host through the bind mounts (`volumes=["/tmp/airflow/data:/data"]`,
  // `mounts=[Mount(target="/data", source="/tmp/airflow/data", type="bind")]`).
  ...operators(
    [
      "airflow.providers.docker.operators.docker.DockerOperator",
      "airflow.operators.docker_operator.DockerOperator",
    ],
    {
      effects: [],
      program: {
        argument: kw("command"),
        language: "shell",
        container: {
          volumes: kw("volumes"),
          mounts: kw("mounts"),
          cwd: kw("working_dir"),
          env: kw("environment"),
          daemon: kw("docker_url"),
          localDaemons: ["unix://"],
        },
      },
    },
  ),
  ...operators(
    [
      "airflow.operators.email.EmailOperator",
      "airflow.operators.email_operator.EmailOperator",
      "airflow.providers.smtp.operators.smtp.EmailOperator",
    ],
    { effects: [read(kw("files"), { each: true })] },
  ),
  [
    "airflow.providers.amazon.aws.transfers.local_to_s3.LocalFilesystemToS3Operator",
    { effects: [read(kw("filename")), { access: "write", key: kw("dest_key"), bucket: kw("dest_bucket") }] },
  ],
  [
    "airflow.providers.amazon.aws.operators.s3.S3CreateObjectOperator",
    { effects: [{ access: "write", key: kw("s3_key"), bucket: kw("s3_bucket") }] },
  ],
  // The Astro SDK's operator functions (`aql.load_file(task_id=…, input_file=File("gs://…"))`):
  // a call of one declares a task, as an operator class does.
  ["astro.sql.load_file", { effects: [read(kw("input_file"))] }],
  ...operators(["astro.sql.export_file", "astro.sql.export_to_file"], {
    effects: [{ access: "write", path: kw("output_file") }],
  }),
  // Also under the module names of Amazon provider releases before 4.0 and of Airflow 1.10.
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.s3.S3CopyObjectOperator",
      "airflow.providers.amazon.aws.operators.s3_copy_object.S3CopyObjectOperator",
      "airflow.contrib.operators.s3_copy_object_operator.S3CopyObjectOperator",
    ],
    {
      effects: [
        { access: "read", key: kw("source_bucket_key"), bucket: kw("source_bucket_name") },
        { access: "write", key: kw("dest_bucket_key"), bucket: kw("dest_bucket_name") },
      ],
    },
  ),
  // A SageMaker job reads its input data from S3 URIs inside its job description (`config=`);
  // an `S3Prefix` URI names every object under it. Only inputs: where a job writes its output
  // (a model artifact under `S3OutputPath`) is SageMaker's own layout, and the next SageMaker
  // step reading it is the service's plumbing, not a hand-rolled handoff. A processing job's
  // `ProcessingInputs` carry its own script beside its data: the input SageMaker's SDK names
  // `code` is the program (uploading the code a job runs is deployment, not a handoff).
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerProcessingOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_processing.SageMakerProcessingOperator",
      "airflow.contrib.operators.sagemaker_processing_operator.SageMakerProcessingOperator",
    ],
    {
      effects: [
        read(kw("config"), {
          within: ["ProcessingInputs", "*", "S3Input", "S3Uri"],
          skipElements: { key: "InputName", values: ["code"] },
        }),
      ],
    },
  ),
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerTrainingOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_training.SageMakerTrainingOperator",
      "airflow.contrib.operators.sagemaker_training_operator.SageMakerTrainingOperator",
    ],
    {
      effects: [
        read(kw("config"), { within: ["InputDataConfig", "*", "DataSource", "S3DataSource", "S3Uri"] }),
      ],
    },
  ),
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerTuningOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_tuning.SageMakerTuningOperator",
      "airflow.contrib.operators.sagemaker_tuning_operator.SageMakerTuningOperator",
    ],
    {
      effects: [
        read(kw("config"), {
          within: ["TrainingJobDefinition", "InputDataConfig", "*", "DataSource", "S3DataSource", "S3Uri"],
        }),
      ],
    },
  ),
  // A transform job's description is `config` itself, or its `Transform` beside a `Model`.
  ...operators(
    [
      "airflow.providers.amazon.aws.operators.sagemaker.SageMakerTransformOperator",
      "airflow.providers.amazon.aws.operators.sagemaker_transform.SageMakerTransformOperator",
      "airflow.contrib.operators.sagemaker_transform_operator.SageMakerTransformOperator",
    ],
    {
      effects: [
        read(kw("config"), { within: ["TransformInput", "DataSource", "S3DataSource", "S3Uri"] }),
        read(kw("config"), {
          within: ["Transform", "TransformInput", "DataSource", "S3DataSource", "S3Uri"],
        }),
      ],
    },
  ),
  // A warehouse load of a location another task wrote is a handoff too (the key is a prefix).
  ...operators(
    [
      "airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator",
      "airflow.operators.s3_to_redshift_operator.S3ToRedshiftTransfer",
      "airflow.providers.amazon.aws.transfers.s3_to_sql.S3ToSqlOperator",
    ],
    { effects: [{ access: "read", key: kw("s3_key"), bucket: kw("s3_bucket") }] },
  ),
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.local_to_gcs.LocalFilesystemToGCSOperator",
      "airflow.contrib.operators.file_to_gcs.FileToGoogleCloudStorageOperator",
      // Airflow 2's deprecated shim re-exports the provider's class under its new name.
      "airflow.contrib.operators.file_to_gcs.LocalFilesystemToGCSOperator",
    ],
    {
      effects: [
        read(kw("src"), { each: true, glob: true }),
        { access: "write", bucket: kw("bucket"), key: kw("dst") },
      ],
      scheme: "gs",
    },
  ),
  // A BigQuery load job reads each source object of the bucket (`source_objects=[…]`).
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.gcs_to_bigquery.GCSToBigQueryOperator",
      "airflow.contrib.operators.gcs_to_bq.GoogleCloudStorageToBigQueryOperator",
    ],
    {
      effects: [{ access: "read", bucket: kw("bucket"), key: kw("source_objects"), each: true }],
      scheme: "gs",
    },
  ),
  // An external table over objects of the bucket reads them when queried: `bucket` with
  // `source_objects=[…]`, or the table resource's `sourceUris` (a `*` in a URI is a wildcard).
  ...operators(
    [
      "airflow.providers.google.cloud.operators.bigquery.BigQueryCreateExternalTableOperator",
      "airflow.contrib.operators.bigquery_operator.BigQueryCreateExternalTableOperator",
    ],
    {
      effects: [
        { access: "read", bucket: kw("bucket"), key: kw("source_objects"), each: true },
        read(kw("table_resource"), { within: ["externalDataConfiguration", "sourceUris", "*"], glob: true }),
      ],
      scheme: "gs",
    },
  ),
  // A BigQuery job: a load reads its `sourceUris`, an extract writes its `destinationUris`.
  ...operators(["airflow.providers.google.cloud.operators.bigquery.BigQueryInsertJobOperator"], {
    effects: [
      read(kw("configuration"), { within: ["load", "sourceUris", "*"], glob: true }),
      write(kw("configuration"), { within: ["extract", "destinationUris", "*"] }),
    ],
  }),
  // A database table exported to the bucket (`filename`, its `{}` the chunk number).
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.postgres_to_gcs.PostgresToGCSOperator",
      "airflow.providers.google.cloud.transfers.mysql_to_gcs.MySQLToGCSOperator",
      "airflow.providers.google.cloud.transfers.mssql_to_gcs.MSSQLToGCSOperator",
      "airflow.providers.google.cloud.transfers.oracle_to_gcs.OracleToGCSOperator",
      "airflow.providers.google.cloud.transfers.trino_to_gcs.TrinoToGCSOperator",
      "airflow.providers.google.cloud.transfers.presto_to_gcs.PrestoToGCSOperator",
      "airflow.contrib.operators.postgres_to_gcs_operator.PostgresToGoogleCloudStorageOperator",
      "airflow.contrib.operators.mysql_to_gcs.MySqlToGoogleCloudStorageOperator",
    ],
    { effects: [{ access: "write", bucket: kw("bucket"), key: kw("filename") }], scheme: "gs" },
  ),
  // A BigQuery extract job writes each `gs://` URI it is given.
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.bigquery_to_gcs.BigQueryToGCSOperator",
      "airflow.contrib.operators.bigquery_to_gcs.BigQueryToCloudStorageOperator",
    ],
    { effects: [{ access: "write", path: kw("destination_cloud_storage_uris"), each: true }] },
  ),
  // A copy between buckets reads each source object and writes the destination.
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.gcs_to_gcs.GCSToGCSOperator",
      "airflow.contrib.operators.gcs_to_gcs.GoogleCloudStorageToGoogleCloudStorageOperator",
    ],
    {
      effects: [
        {
          access: "read",
          bucket: kw("source_bucket"),
          key: kw("source_objects", "source_object"),
          each: true,
        },
        { access: "write", bucket: kw("destination_bucket", "source_bucket"), key: kw("destination_object") },
      ],
      scheme: "gs",
    },
  ),
  ...operators(
    [
      "airflow.providers.google.cloud.transfers.gcs_to_local.GCSToLocalFilesystemOperator",
      "airflow.contrib.operators.gcs_download_operator.GoogleCloudStorageDownloadOperator",
    ],
    {
      effects: [
        { access: "read", bucket: kw("bucket"), key: kw("object_name", "object") },
        write(kw("filename")),
      ],
      scheme: "gs",
    },
  ),
  ...operators(
    [
      "airflow.providers.sftp.operators.sftp.SFTPOperator",
      "airflow.contrib.operators.sftp_operator.SFTPOperator",
    ],
    {
      effects: [],
      choice: {
        argument: kw("operation"),
        absent: "put",
        cases: {
          put: [
            read(kw("local_filepath"), { each: true }),
            write(kw("remote_filepath"), {
              each: true,
              remote: "sftp",
              host: kw("ssh_conn_id", "sftp_conn_id"),
            }),
          ],
          get: [
            read(kw("remote_filepath"), {
              each: true,
              remote: "sftp",
              host: kw("ssh_conn_id", "sftp_conn_id"),
            }),
            write(kw("local_filepath"), { each: true }),
          ],
        },
      },
    },
  ),
]);

export const MOUNT_CLASSES: ReadonlyMap<string, MountClass> = new Map([
  [
    "docker.types.Mount",
    {
      target: at(0, "target"),
      source: at(1, "source"),
      type: at(2, "type"),
      defaultType: "volume",
      bindTypes: ["bind"],
    },
  ],
]);

/**
 * Programs nobody catalogued (a repository's own `fetch-ratings`, a container's entry point,
 * `python etl.py`): by convention, the value of one of these options is where the program
 * writes (`--output_path /data/x.json`, `--output-path=…`, `-o …`; compared without the leading
 * dashes, lower-cased, `-` read as `_`); every other plain path it is given (`/data/x.json`,
 * `./x`, `--input_path /data/x.json`) is taken as a read, so input options need no row. Neither
 * is ever a finding by itself: such a place is `Location.exact` and matches only the very same
 * location another task names, never a directory above it or a glob (`rules/storage-handoffs.ts`).
 */
/**
 * Words that make an option of a program nobody catalogued an output wherever they stand in its
 * name (`--model-save-dir`, `--model-output-dir`, `--out-path`).
 */
export const UNKNOWN_PROGRAM_OUTPUT_WORDS: readonly string[] = [
  "output",
  "out",
  "save",
  "dest",
  "destination",
];

export const UNKNOWN_PROGRAM_OUTPUT_OPTIONS: readonly string[] = [
  "o",
  "out",
  "output",
  "output_file",
  "outputfile",
  "output_path",
  "outputpath",
  "output_dir",
  "outputdir",
  "dest",
  "destination",
  "target",
  "to",
  "save",
  "save_to",
  "saveto",
  "save_path",
  "savepath",
];

/**
 * Task decorators whose function returns a program the task runs (`@task.bash` returns a shell
 * command): the returned text is read like `BashOperator.bash_command`, with the decorator's
 * `env` and `cwd`.
 */
export const PROGRAM_TASKS: ReadonlyMap<string, { language: ProgramLanguage; env?: string; cwd?: string }> =
  new Map([["@task.bash", { language: "shell", env: "env", cwd: "cwd" }]]);

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
  // A Delta Lake table handle names its table's directory (Airflow 2.8+ hands one on by XCom).
  "deltalake.DeltaTable",
  "deltalake.table.DeltaTable",
]);

/**
 * Functions that return the worker's working directory: a name nobody can know, on the pod's own
 * disk (as a relative path is). `true`: a path object.
 */
export const WORKING_DIRECTORY_FUNCTIONS: ReadonlyMap<string, boolean> = new Map([
  ["os.getcwd", false],
  ["pathlib.Path.cwd", true],
]);

/** `os.path.join(a, b, …)` and friends. */
export const PATH_JOIN_FUNCTIONS = new Set(["os.path.join", "posixpath.join"]);

/** `os.path.dirname(p)`: the directory containing a path. */
export const PATH_DIRNAME_FUNCTIONS = new Set(["os.path.dirname", "posixpath.dirname"]);

/** `os.path.basename(p)`: a path's last name (the key an upload helper builds from a local file). */
export const PATH_BASENAME_FUNCTIONS = new Set(["os.path.basename", "posixpath.basename"]);

/** Reading an environment variable: `os.environ.get(name, default)`, `os.getenv(name, default)`. */
export const ENV_GET_FUNCTIONS = new Set(["os.environ.get", "os.getenv", "os.environ.setdefault"]);
/**
 * Objects whose calls read an environment variable the way `os.environ.get(name, default)` does:
 * environs' `env = Env()` (a module-level name), then `env("X", default)` and the typed readers
 * `env.str("X", default)`, `env.path("X", default)` (the name at 0, the default at 1 or `default=`).
 */
export const ENV_READER_CLASSES: ReadonlyMap<string, { unset: string }> = new Map([
  // What a read without a default does when the variable is unset (for rule messages).
  ["environs.Env", { unset: "this raises `environs.EnvError`" }],
]);
/** The reader methods, by what they give: text, or a `pathlib.Path` (`env.path`). */
export const ENV_READER_METHODS: ReadonlyMap<string, "text" | "path"> = new Map([
  ["str", "text"],
  ["path", "path"],
]);
/** `os.environ[name]`. */
export const ENV_MAPPINGS = new Set(["os.environ"]);

/** Environment variables that name the pod's temporary directory. */
export const TEMP_ENV_VARIABLES = new Set(["TMPDIR", "TEMP", "TMP"]);

/** How Python code reads an environment variable that must be set (no fallback): for advice in messages. */
export function requiredEnvRead(variable: string): string {
  return `os.environ["${variable}"]`;
}

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

/** Methods whose result is a place they name (`S3Hook.download_file` returns the file it wrote). */
export const RESULT_METHOD_NAMES: ReadonlySet<string> = new Set(
  Object.values(RECEIVER_METHODS).flatMap((methods) =>
    Object.entries(methods)
      .filter(([, api]) => api.effects.some((effect) => effect.result))
      .map(([name]) => name),
  ),
);

/** Every method name some receiver kind knows: calls of other methods need no receiver analysis. */
export const KNOWN_METHOD_NAMES: ReadonlySet<string> = new Set([
  ...ANY_RECEIVER_METHODS.keys(),
  ...Object.values(RECEIVER_METHODS).flatMap((methods) => Object.keys(methods)),
]);
