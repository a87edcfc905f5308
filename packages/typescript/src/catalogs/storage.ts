/**
 * Which calls read and write files and object storage, and which expressions name pod-local
 * temporary storage — as data, matched against qualified names (see `module-context.ts`).
 */

export interface PathOperation {
  access: "write" | "read";
  /** Which argument is the path. */
  argument: number;
}

const write: readonly PathOperation[] = [{ access: "write", argument: 0 }];
const read: readonly PathOperation[] = [{ access: "read", argument: 0 }];
const copy: readonly PathOperation[] = [
  { access: "read", argument: 0 },
  { access: "write", argument: 1 },
];
/**
 * A rename reads its source and writes its destination (the data ends up at the new name);
 * write-then-rename inside one task is its own scratch, which the rules see.
 */
const rename = copy;

/** `node:fs`, `fs/promises` (and `fs.promises`): qualified function → what it does to which path. */
export const FILE_APIS: Readonly<Record<string, readonly PathOperation[]>> = {
  "fs.writeFile": write,
  "fs.writeFileSync": write,
  "fs.appendFile": write,
  "fs.appendFileSync": write,
  "fs.createWriteStream": write,
  "fs.readFile": read,
  "fs.readFileSync": read,
  "fs.createReadStream": read,
  "fs.copyFile": copy,
  "fs.copyFileSync": copy,
  "fs.cpSync": copy,
  "fs.rename": rename,
  "fs.renameSync": rename,
  "fs/promises.writeFile": write,
  "fs/promises.appendFile": write,
  "fs/promises.readFile": read,
  "fs/promises.copyFile": copy,
  "fs/promises.cp": copy,
  "fs/promises.rename": rename,
};

/**
 * Listing a directory reads no file (a cleanup task that lists and deletes consumes nothing);
 * code that reads what it listed reads each element, `for (const name of await readdir(dir))`:
 * a name with a wildcard, `{any}`, which joined to the directory matches the files written there.
 */
export const LISTING_APIS = new Set(["fs.readdir", "fs.readdirSync", "fs/promises.readdir"]);

/** Functions that compose a path from parts. */
export const PATH_JOINERS = new Set(["path.join", "path.resolve", "path.normalize"]);

/** `os.tmpdir()`: the pod's local temporary directory. */
export const TEMP_DIR_FUNCTIONS = new Set(["os.tmpdir"]);
/** What `os.tmpdir()` is on a Linux pod (unless TMPDIR says otherwise — still local to the pod). */
export const TEMP_DIR_PATTERN = "/tmp";

/** `os.homedir()`: the pod's own home directory, `~`. */
export const HOME_DIR_FUNCTIONS = new Set(["os.homedir"]);

/** `mkdtemp(prefix)` returns `prefix` plus random characters (the sync and promise forms return it). */
export const MKDTEMP_FUNCTIONS = new Set(["fs.mkdtempSync", "fs/promises.mkdtemp"]);

/** Environment variables that name the pod's own temporary directory. */
export const TEMP_ENV_VARIABLES = new Set(["TMPDIR", "TEMP", "TMP"]);

/** How TypeScript code reads an environment variable that must be set (no fallback): for advice in messages. */
export function requiredEnvRead(variable: string): string {
  return `process.env.${variable}`;
}

/** `client.getVariable("name")`: an Airflow Variable, the same for every task: `${var.name}`. */
export const VARIABLE_GETTERS = ["getVariable", "getVariableOrThrow"] as const;

export interface ObjectStoreCommand {
  access: "write" | "read";
  /** Properties of the command's input that name the bucket and the key. */
  bucket: string;
  key: string;
}

/** `client.send(new PutObjectCommand({ Bucket, Key }))` (AWS SDK v3). */
export const S3_COMMANDS: Readonly<Record<string, ObjectStoreCommand>> = {
  "@aws-sdk/client-s3.PutObjectCommand": { access: "write", bucket: "Bucket", key: "Key" },
  "@aws-sdk/client-s3.GetObjectCommand": { access: "read", bucket: "Bucket", key: "Key" },
};

/** The method that runs an S3 command. */
export const S3_SEND_METHOD = "send";

/** Aggregated S3 clients whose methods take the command input directly: `s3.putObject({ Bucket, Key })`. */
export const S3_CLIENT_CLASSES = new Set(["@aws-sdk/client-s3.S3", "aws-sdk.S3"]);
export const S3_CLIENT_METHODS: Readonly<Record<string, ObjectStoreCommand>> = {
  putObject: { access: "write", bucket: "Bucket", key: "Key" },
  upload: { access: "write", bucket: "Bucket", key: "Key" },
  getObject: { access: "read", bucket: "Bucket", key: "Key" },
};

/** `new Upload({ client, params: { Bucket, Key, Body } })` (`@aws-sdk/lib-storage`). */
export const S3_UPLOAD_CLASSES: Readonly<Record<string, { paramsProperty: string } & ObjectStoreCommand>> = {
  "@aws-sdk/lib-storage.Upload": { paramsProperty: "params", access: "write", bucket: "Bucket", key: "Key" },
};

/** `new Storage().bucket(name).file(path).save(data)` (`@google-cloud/storage`). */
export const GCS = {
  storageClasses: new Set(["@google-cloud/storage.Storage"]),
  bucketMethod: "bucket",
  fileMethod: "file",
  fileMethods: {
    save: "write",
    createWriteStream: "write",
    download: "read",
    createReadStream: "read",
  } as Readonly<Record<string, "write" | "read">>,
  /** `bucket.upload(localPath, { destination })`: writes the object named by `destination`. */
  uploadMethod: "upload",
  uploadDestinationOption: "destination",
} as const;

export const URI_SCHEMES: Readonly<Record<string, "object-store" | "filesystem">> = {
  "s3://": "object-store",
  "gs://": "object-store",
  "gcs://": "object-store",
  "az://": "object-store",
  "abfs://": "object-store",
  "file://": "filesystem",
};
