/**
 * Storage operations of each task: `node:fs` / `fs/promises` writes and reads, S3 commands sent
 * through an AWS SDK v3 client, `@aws-sdk/lib-storage` uploads and `@google-cloud/storage`
 * file saves and downloads — each with its normalized location (see `locations.ts`). An
 * operation whose location is entirely unknown is not recorded: an unknown path would compare
 * equal to every other unknown path.
 */
import { catalogRow, configuredRow, type Location, type Span, type StorageOp } from "@dag-transport/core";
import type { TSESTree } from "@typescript-eslint/types";
import {
  objectProperties,
  propertyName,
  propertyValue,
  shortText,
  spanOf,
  unwrap,
  type Node,
} from "./ast.js";
import {
  FILE_APIS,
  GCS,
  S3_CLIENT_CLASSES,
  S3_CLIENT_METHODS,
  S3_COMMANDS,
  S3_SEND_METHOD,
  S3_UPLOAD_CLASSES,
  type ObjectStoreCommand,
} from "./catalogs/storage.js";
import { HOLE, type Folded } from "./locations.js";
import type { FactExtractor, LocatedOperation, TsModule } from "./module.js";
import { initializerOf, type TsTask } from "./tasks.js";

/** An expression, or what the constant it names was initialized with. */
function valueOf(node: Node, module: TsModule): Node {
  const init = initializerOf(node, module.context);
  return unwrap(init ?? node);
}

function objectLocation(
  module: TsModule,
  scheme: string,
  bucketNode: Node | undefined,
  keyNode: Node | undefined,
): { location: Location; bindings: LocatedOperation["bindings"]; node: Node } | undefined {
  if (!bucketNode || !keyNode) return undefined;
  const bucket = module.locations.fold(bucketNode);
  const key = module.locations.fold(keyNode);
  if (bucket.pattern === HOLE && key.pattern === HOLE) return undefined;
  const pattern = `${scheme}${bucket.pattern}/${key.pattern.replace(/^\/+/, "")}`;
  const folded: Folded = { pattern, bindings: [...bucket.bindings, ...key.bindings] };
  const location = module.locations.toLocation(folded, pattern, "object-store");
  return location ? { location, bindings: folded.bindings, node: keyNode } : undefined;
}

function commandLocation(module: TsModule, command: ObjectStoreCommand, input: Node | undefined) {
  if (!input) return undefined;
  const properties = objectProperties(valueOf(input, module));
  return objectLocation(
    module,
    "s3://",
    propertyValue(properties, command.bucket),
    propertyValue(properties, command.key),
  );
}

/** `storage.bucket(name)` where `storage` is a `new Storage()`: the bucket's name expression. */
function gcsBucketName(expression: Node, module: TsModule): Node | undefined {
  const bucket = valueOf(expression, module);
  if (bucket.type !== "CallExpression" || bucket.callee.type !== "MemberExpression") return undefined;
  if (propertyName(bucket.callee) !== GCS.bucketMethod) return undefined;
  const storage = valueOf(bucket.callee.object, module);
  if (storage.type !== "NewExpression") return undefined;
  const cls = module.context.qualify(storage.callee);
  return cls && GCS.storageClasses.has(cls) ? bucket.arguments[0] : undefined;
}

function isS3Client(expression: Node, module: TsModule): boolean {
  const client = valueOf(expression, module);
  if (client.type !== "NewExpression") return false;
  const cls = module.context.qualify(client.callee);
  return cls !== undefined && S3_CLIENT_CLASSES.has(cls);
}

type Found = Omit<StorageOp, "taskId"> & LocatedOperation;

/** The argument a configured API names: a position, or a property of an options object. */
function configuredArgument(
  call: TSESTree.CallExpression,
  slot: number | string | undefined,
  module: TsModule,
) {
  if (slot === undefined) return undefined;
  if (typeof slot === "number") {
    const argument = call.arguments[slot];
    return argument && argument.type !== "SpreadElement" ? argument : undefined;
  }
  const first = call.arguments[0];
  return first && first.type !== "SpreadElement"
    ? propertyValue(objectProperties(valueOf(first, module)), slot)
    : undefined;
}

/** A team's own helpers, from the storage rules' options. */
function configuredOperations(
  call: TSESTree.CallExpression,
  module: TsModule,
  api: string,
  span: Span,
): Found[] {
  const callee = unwrap(call.callee);
  const qualified = module.context.qualify(callee);
  const method = callee.type === "MemberExpression" ? propertyName(callee) : undefined;
  const local = callee.type === "Identifier" ? callee.name : undefined;
  const found: Found[] = [];
  for (const configured of module.knowledge.apis) {
    const matches =
      configured.call === qualified ||
      configured.call === local ||
      (method !== undefined && configured.call === `.${method}`);
    if (!matches) continue;
    if (configured.path !== undefined) {
      const argument = configuredArgument(call, configured.path, module);
      if (!argument) continue;
      const folded = module.locations.fold(argument);
      const location = module.locations.toLocation(folded, shortText(module.source, argument));
      if (location)
        found.push({
          access: configured.access,
          api,
          matchedBy: configuredRow(configured.call),
          location,
          span,
          bindings: folded.bindings,
          node: argument,
        });
    } else {
      const located = objectLocation(
        module,
        `${configured.scheme ?? "s3"}://`,
        configuredArgument(call, configured.bucket, module),
        configuredArgument(call, configured.key, module),
      );
      if (located)
        found.push({
          access: configured.access,
          api,
          matchedBy: configuredRow(configured.call),
          span,
          ...located,
        });
    }
  }
  return found;
}

/**
 * Whether a call can be a storage operation at all (a configured API, a file API, or a method
 * of the object-storage catalogs): most calls of a file are not, and are dismissed before their
 * text and span are made.
 */
function mayBeOperation(call: TSESTree.CallExpression, module: TsModule): boolean {
  if (module.knowledge.apis.length > 0) return true;
  const qualified = module.context.qualify(call.callee);
  if (qualified !== undefined && FILE_APIS[qualified]) return true;
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return false;
  const method = propertyName(callee);
  return (
    method !== undefined &&
    (method === S3_SEND_METHOD ||
      !!S3_CLIENT_METHODS[method] ||
      !!GCS.fileMethods[method] ||
      method === GCS.uploadMethod)
  );
}

function operationsOfCall(call: TSESTree.CallExpression, module: TsModule): Found[] {
  if (!mayBeOperation(call, module)) return [];
  const found: Found[] = [];
  const api = shortText(module.source, call.callee, 40);
  const span = spanOf(call);
  const configured = configuredOperations(call, module, api, span);
  if (configured.length > 0) return configured;

  const qualified = module.context.qualify(call.callee);
  const fileOps = qualified !== undefined ? FILE_APIS[qualified] : undefined;
  if (fileOps) {
    for (const op of fileOps) {
      const argument = call.arguments[op.argument];
      if (!argument || argument.type === "SpreadElement") continue;
      const folded = module.locations.fold(argument);
      const location = module.locations.toLocation(folded, shortText(module.source, argument), "filesystem");
      if (location)
        found.push({
          access: op.access,
          api,
          matchedBy: catalogRow(qualified!, "TypeScript, files"),
          location,
          span,
          bindings: folded.bindings,
          node: argument,
        });
    }
    return found;
  }

  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return found;
  const method = propertyName(callee);
  if (method === undefined) return found;

  // `client.send(new PutObjectCommand({ Bucket, Key }))`, also with the command in a constant.
  if (method === S3_SEND_METHOD && call.arguments[0]) {
    const command = valueOf(call.arguments[0], module);
    if (command.type === "NewExpression") {
      const name = module.context.qualify(command.callee);
      const known = name !== undefined ? S3_COMMANDS[name] : undefined;
      const located = known && commandLocation(module, known, command.arguments[0]);
      if (known && located) {
        const commandName = shortText(module.source, command.callee, 40);
        found.push({
          access: known.access,
          api: `${api}(${commandName})`,
          matchedBy: catalogRow(`client.send(new ${name}(…))`, "TypeScript, object storage"),
          span,
          ...located,
        });
      }
    }
    return found;
  }

  // `s3.putObject({ Bucket, Key })` on an aggregated client.
  const clientMethod = S3_CLIENT_METHODS[method];
  if (clientMethod && isS3Client(callee.object, module)) {
    const located = commandLocation(module, clientMethod, call.arguments[0]);
    if (located)
      found.push({
        access: clientMethod.access,
        api,
        matchedBy: catalogRow(`.${method}({ … })`, "TypeScript, object storage"),
        span,
        ...located,
      });
    return found;
  }

  // `bucket.file(path).save(data)` / `.download()` / streams.
  const fileAccess = GCS.fileMethods[method];
  if (fileAccess) {
    const file = valueOf(callee.object, module);
    if (
      file.type === "CallExpression" &&
      file.callee.type === "MemberExpression" &&
      propertyName(file.callee) === GCS.fileMethod
    ) {
      const located = objectLocation(
        module,
        "gs://",
        gcsBucketName(file.callee.object, module),
        file.arguments[0],
      );
      if (located)
        found.push({
          access: fileAccess,
          api,
          matchedBy: catalogRow(`.bucket(b).file(f).${method}()`, "TypeScript, object storage"),
          span,
          ...located,
        });
    }
    return found;
  }

  // `bucket.upload(localPath, { destination })`.
  if (method === GCS.uploadMethod) {
    const bucketName = gcsBucketName(callee.object, module);
    const options = call.arguments[1] ? objectProperties(valueOf(call.arguments[1], module)) : new Map();
    const located = objectLocation(
      module,
      "gs://",
      bucketName,
      propertyValue(options, GCS.uploadDestinationOption),
    );
    if (located)
      found.push({
        access: "write",
        api,
        matchedBy: catalogRow(".bucket(b).upload(local, { destination })", "TypeScript, object storage"),
        span,
        ...located,
      });
  }
  return found;
}

function operationsOfNew(construction: TSESTree.NewExpression, module: TsModule): Found[] {
  const name = module.context.qualify(construction.callee);
  const upload = name !== undefined ? S3_UPLOAD_CLASSES[name] : undefined;
  if (!upload || !construction.arguments[0]) return [];
  const options = objectProperties(valueOf(construction.arguments[0], module));
  const params = propertyValue(options, upload.paramsProperty);
  const located = commandLocation(module, upload, params);
  if (!located) return [];
  return [
    {
      access: upload.access,
      api: `new ${shortText(module.source, construction.callee, 40)}`,
      matchedBy: catalogRow(`new ${name}(…)`, "TypeScript, object storage"),
      span: spanOf(construction),
      ...located,
    },
  ];
}

/** What a helper does surfaces at the handler's call of it: `save() → writeFileSync`. */
function atCallSite(task: TsTask, node: Node, found: Found[], module: TsModule): Found[] {
  const site = module.code.regionOf(task, node)?.site;
  if (!site) return found;
  // A write is reported at the helper's own line (once, whichever handlers call it), a read at the call.
  return found.map((op) => ({
    ...op,
    api: `${site.helper}() → ${op.api}`,
    ...(op.access === "write" ? { calledAt: spanOf(site.call) } : { span: spanOf(site.call) }),
  }));
}

export const extractStorage: FactExtractor = (module, model) => {
  for (const task of module.tasks) {
    const located = [
      ...module.code
        .calls(task)
        .filter((call) => !module.code.isSanctioned(call))
        .flatMap((call) => atCallSite(task, call, operationsOfCall(call, module), module)),
      ...module.code
        .news(task)
        .flatMap((construction) =>
          atCallSite(task, construction, operationsOfNew(construction, module), module),
        ),
    ].sort((a, b) => {
      const [x, y] = [a.calledAt ?? a.span, b.calledAt ?? b.span];
      return x.line - y.line || x.column - y.column;
    });
    record(task, located, module, model);
  }
};

function record(task: TsTask, located: Found[], module: TsModule, model: Parameters<FactExtractor>[1]): void {
  const operations: LocatedOperation[] = [];
  for (const { access, api, matchedBy, location, span, calledAt, bindings, node } of located) {
    model.storage.push({
      taskId: task.fact.id,
      ...(task.fact.dagId !== undefined ? { dagId: task.fact.dagId } : {}),
      access,
      api,
      ...(matchedBy ? { matchedBy } : {}),
      location,
      span,
      ...(calledAt ? { calledAt } : {}),
    });
    operations.push({ location, bindings, node });
  }
  module.operations.set(task.fact.id, operations);
}
