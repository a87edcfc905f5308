/**
 * Storage facts: every read and write of a file or an object a task's code does, with its
 * location normalized (`locations.ts`), attributed to the task. Helper functions defined in the
 * file and called by a task carry their reads and writes to the call site. Also fills
 * `HandoffFact.locations`: the places a task hands on by XCom (a path, a URI).
 *
 * Team knowledge comes from the rules' options (`module.options[ruleId]`): extra write/read
 * APIs and sanctioned pass-by-reference helpers (from either storage rule), temp prefixes and
 * the staging variable (from `no-tmp-staging`).
 */
import type { FrontendOptions, Location, StorageOp, TransportModel } from "@dag-transport/core";
import {
  ANY_RECEIVER_METHODS,
  DEFAULT_STAGING_VARIABLE,
  DEFAULT_TEMP_PREFIXES,
  KNOWN_METHOD_NAMES,
  RECEIVER_METHODS,
  STORAGE_FUNCTIONS,
  type Access,
  type ArgSlot,
  type StorageApi,
  type StorageEffect,
} from "./catalogs/storage.js";
import { taskById, taskInputs } from "./consumptions.js";
import type { PythonModule } from "./index.js";
import {
  argumentAt,
  LocationResolver,
  pathOnly,
  type Frame,
  type HandoffLookup,
  type LocationSettings,
  type Place,
  type Receiver,
} from "./locations.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { dottedParts, shortText, spanOf, stringLiteral, unparenthesize } from "./syntax.js";

/** The rules whose options carry storage knowledge. */
const STORAGE_RULES = ["no-bespoke-transport", "no-tmp-staging"] as const;
const TMP_RULE = "no-tmp-staging";

/** A team's own API, as configured: `{ call: "team_io.save_array", path: 1 }`. */
interface ConfiguredApi {
  call: string;
  path?: number | string;
  bucket?: number | string;
  key?: number | string;
  scheme?: string;
}

interface StorageKnowledge {
  /** Qualified function → API; `.method` keys match a method on any receiver. */
  extraApis: Map<string, StorageApi & { scheme?: string }>;
  /** Qualified names (or local function names) never treated as storage, nor followed into. */
  sanctioned: Set<string>;
  settings: LocationSettings;
}

function slot(value: number | string | undefined): ArgSlot | undefined {
  if (value === undefined) return undefined;
  return typeof value === "number" ? { index: value } : { keyword: value };
}

function configuredApis(value: unknown): ConfiguredApi[] {
  return Array.isArray(value) ? (value as ConfiguredApi[]).filter((v) => typeof v?.call === "string") : [];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Reads the storage rules' options into what the extractor needs. */
export function storageKnowledge(options: FrontendOptions): StorageKnowledge {
  const extraApis = new Map<string, StorageApi & { scheme?: string }>();
  const sanctioned = new Set<string>();
  const add = (api: ConfiguredApi, access: Access) => {
    const effect: StorageEffect = { access };
    const path = slot(api.path);
    const bucket = slot(api.bucket);
    const key = slot(api.key);
    if (path) effect.path = path;
    if (bucket) effect.bucket = bucket;
    if (key) effect.key = key;
    if (!path && !key) return;
    const existing = extraApis.get(api.call);
    const effects = [...(existing?.effects ?? []), effect];
    extraApis.set(api.call, { effects, ...(api.scheme ? { scheme: api.scheme } : {}) });
  };
  for (const rule of STORAGE_RULES) {
    const ruleOptions = options[rule];
    if (!ruleOptions) continue;
    for (const api of configuredApis(ruleOptions.writeApis)) add(api, "write");
    for (const api of configuredApis(ruleOptions.readApis)) add(api, "read");
    for (const name of stringList(ruleOptions.sanctionedHelpers)) sanctioned.add(name);
  }
  const tmp = options[TMP_RULE];
  const tempPrefixes =
    tmp && Array.isArray(tmp.tempPrefixes) ? stringList(tmp.tempPrefixes) : [...DEFAULT_TEMP_PREFIXES];
  const staging = tmp?.stagingVariable;
  const stagingVariables = [typeof staging === "string" ? staging : DEFAULT_STAGING_VARIABLE];
  return {
    extraApis,
    sanctioned,
    settings: { tempPrefixes: tempPrefixes.map((p) => p.replace(/\/+$/, "") || "/"), stagingVariables },
  };
}

/** The name an attribute's text ends with: its attribute. */
const TRAILING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/** A call recognised as storage: the API, how it is named in messages, its receiver. */
interface MatchedCall {
  api: StorageApi & { scheme?: string };
  name: string;
  receiver?: Receiver;
}

/** Where a helper's operations surface: the call in the task that led to them. */
interface CallSite {
  node: SyntaxNode;
  helper: string;
}

class StorageExtractor {
  private readonly resolver: LocationResolver;
  private readonly knowledge: StorageKnowledge;
  private readonly ops: StorageOp[] = [];
  private readonly callsByFn = new Map<number, SyntaxNode[]>();

  constructor(
    private readonly module: PythonModule,
    private readonly model: TransportModel,
  ) {
    this.knowledge = storageKnowledge(module.options);
    const inputs = taskInputs(module);
    const lookup: HandoffLookup = {
      inputsOf: (task, parameter) => (inputs.byTask.get(task) ?? []).filter((i) => i.parameter === parameter),
      handedOff: (producer, key) =>
        module.handoffValues.filter((h) => h.task === producer && h.fact.key === key).map((h) => h.value),
      taskById: (id, dagId) => taskById(module.tasks, id, dagId),
    };
    this.resolver = new LocationResolver(module.context, module.bindings, this.knowledge.settings, lookup);
  }

  run(): void {
    for (const task of this.module.tasks) {
      const frame = LocationResolver.taskFrame(task);
      if (frame) this.collect(frame, undefined);
    }
    this.model.storage.push(...this.ops);
    this.fillHandoffLocations();
  }

  /** The calls in a function's code, nested functions included (they run in the same task). */
  private callsIn(fn: SyntaxNode): SyntaxNode[] {
    let calls = this.callsByFn.get(fn.id);
    if (!calls) {
      calls = this.module.nodes.within(fn, "call");
      this.callsByFn.set(fn.id, calls);
    }
    return calls;
  }

  private collect(frame: Frame, site: CallSite | undefined): void {
    for (const call of this.callsIn(frame.fn)) {
      const callee = call.childForFieldName("function");
      if (!callee) continue;
      const qualified = this.module.context.qualify(callee);
      if (qualified !== undefined && this.knowledge.sanctioned.has(qualified)) continue;
      const matched = this.match(callee, qualified, frame);
      if (matched) {
        this.record(call, matched, frame, site);
        continue;
      }
      this.followHelper(call, callee, frame, site);
    }
  }

  /** A function defined in this file, called from the task: its operations surface at the call. */
  private followHelper(call: SyntaxNode, callee: SyntaxNode, frame: Frame, site: CallSite | undefined): void {
    if (callee.type !== "identifier" || this.module.context.isImported(callee)) return;
    const fn = this.module.context.functions.get(callee.text);
    if (!fn || fn.type !== "function_definition") return;
    // Functions nested in the current one are already read as part of it.
    if (fn.startIndex >= frame.fn.startIndex && fn.endIndex <= frame.fn.endIndex) return;
    const inner = LocationResolver.helperFrame(fn, call, frame);
    if (inner) this.collect(inner, site ?? { node: call, helper: callee.text });
  }

  private match(callee: SyntaxNode, qualified: string | undefined, frame: Frame): MatchedCall | undefined {
    if (qualified !== undefined) {
      const configured = this.knowledge.extraApis.get(qualified);
      if (configured) return { api: configured, name: qualified.split(".").slice(-2).join(".") };
      const known = STORAGE_FUNCTIONS.get(qualified);
      if (known && !this.isLocalFunction(callee)) return { api: known, name: shortText(callee, 40) };
    }
    if (callee.type !== "attribute") return undefined;
    // The method is the last name of the callee's text: read it there, and fetch the receiver
    // only for a method some storage API has (most method calls, `np.zeros`, have none).
    const calleeText = callee.text;
    const method = TRAILING_NAME.exec(calleeText)![0];
    const configured = this.knowledge.extraApis.get(`.${method}`);
    if (!configured && !KNOWN_METHOD_NAMES.has(method)) return undefined;
    const object = callee.childForFieldName("object")!;
    // `s3.put_object`, `Path(OUT).write_text`; a long receiver expression is elided.
    const name = dottedParts(object) || calleeText.length <= 40 ? shortText(callee, 40) : `….${method}`;
    if (configured) return { api: configured, name };
    const receiver = this.resolver.receiver(object, frame);
    if (receiver) {
      const api = RECEIVER_METHODS[receiver.kind][method];
      return api ? { api, name, receiver } : undefined;
    }
    const any = ANY_RECEIVER_METHODS.get(method);
    return any ? { api: any, name } : undefined;
  }

  /** `open` defined in this file is not the builtin. */
  private isLocalFunction(callee: SyntaxNode): boolean {
    return callee.type === "identifier" && this.module.context.functions.has(callee.text);
  }

  private record(call: SyntaxNode, matched: MatchedCall, frame: Frame, site: CallSite | undefined): void {
    const { api, receiver } = matched;
    let openerAccess: Access | undefined;
    if (api.opener) {
      const modeNode = argumentAt(call, api.opener.mode);
      const mode = modeNode ? stringLiteral(modeNode) : api.opener.defaultMode;
      if (mode === undefined) return;
      openerAccess = /[wax+]/.test(mode) ? "write" : "read";
    }
    for (const effect of api.effects) {
      const written = this.writtenAt(call, effect, receiver);
      const place = this.effectPlace(call, effect, frame, receiver, api.scheme);
      // Writes through an open handle belong to the call that opened it.
      if (!place || place.handle) continue;
      const location: Location = this.resolver.toLocation(place, written ?? call);
      this.ops.push({
        taskId: frame.task.fact.id,
        ...(frame.task.fact.dagId !== undefined ? { dagId: frame.task.fact.dagId } : {}),
        access: openerAccess ?? effect.access,
        api: site ? `${site.helper}() → ${matched.name}` : matched.name,
        location,
        span: spanOf(site?.node ?? call),
      });
    }
  }

  /** The expression that names the place, for messages. */
  private writtenAt(
    call: SyntaxNode,
    effect: StorageEffect,
    receiver: Receiver | undefined,
  ): SyntaxNode | undefined {
    if (effect.path) return argumentAt(call, effect.path);
    if (effect.key) return argumentAt(call, effect.key) ?? undefined;
    if (effect.receiver && receiver)
      return call.childForFieldName("function")!.childForFieldName("object") ?? undefined;
    return undefined;
  }

  private effectPlace(
    call: SyntaxNode,
    effect: StorageEffect,
    frame: Frame,
    receiver: Receiver | undefined,
    configuredScheme: string | undefined,
  ): Place | undefined {
    const scheme = receiver?.scheme ?? configuredScheme ?? "s3";
    if (effect.path) {
      const argument = argumentAt(call, effect.path);
      if (!argument) return undefined;
      if (effect.glob) return this.resolver.globPlace(argument, frame);
      return receiver?.kind === "filesystem"
        ? this.resolver.placeWithScheme(argument, frame, receiver.scheme)
        : this.resolver.place(argument, frame);
    }
    if (effect.made) {
      const made = this.resolver.place(call, frame);
      return made ? pathOnly(made) : undefined;
    }
    if (effect.receiver) {
      if (receiver?.kind === "s3-bucket")
        return this.resolver.bucketKeyPlace(
          undefined,
          argumentAt(call, effect.key),
          frame,
          scheme,
          receiver.bucket,
        );
      return receiver?.place;
    }
    if (effect.bucket || effect.key)
      return this.resolver.bucketKeyPlace(
        argumentAt(call, effect.bucket),
        argumentAt(call, effect.key),
        frame,
        scheme,
      );
    return undefined;
  }

  /** The places each handoff refers to: the value itself, or paths inside a dict / list it builds. */
  private fillHandoffLocations(): void {
    for (const { fact, value, task } of this.module.handoffValues) {
      const frame = LocationResolver.taskFrame(task);
      if (!frame) continue;
      const seen = new Set<string>();
      for (const node of this.candidates(value)) {
        const location = this.resolver.location(node, frame);
        if (!location || seen.has(location.pattern) || !isPathLike(location)) continue;
        seen.add(location.pattern);
        fact.locations.push(location);
      }
    }
  }

  /** A handed-off expression and the entries of a dict, list or tuple literal it is (one level). */
  private candidates(value: SyntaxNode): SyntaxNode[] {
    const node = unparenthesize(value);
    if (node.type === "dictionary")
      return node.namedChildren.flatMap((pair) =>
        pair.type === "pair" ? [pair.childForFieldName("value")!] : [],
      );
    if (node.type === "list" || node.type === "tuple") return [...node.namedChildren];
    return [node];
  }
}

/**
 * A handed-off string that looks like a place: it has a directory part (or a scheme) and says
 * more than holes. `"done"` or `{"status": "ok"}` are not locations.
 */
function isPathLike(location: Location): boolean {
  return location.pattern.includes("/") && /[A-Za-z0-9_]/.test(location.pattern.replace(/\{\*\}/g, ""));
}

export function extractStorage(module: PythonModule, model: TransportModel): void {
  if (module.tasks.length === 0) return;
  new StorageExtractor(module, model).run();
}
