/**
 * Storage facts: every read and write of a file or an object a task's code does, with its
 * location normalized (`locations.ts`), attributed to the task. Helper functions defined in the
 * file and called by a task carry their reads and writes to the call site. Also fills
 * `HandoffFact.locations`: the places a task hands on by XCom (a path, a URI).
 *
 * Team knowledge (extra write/read APIs, sanctioned pass-by-reference helpers, temp prefixes and
 * the staging variable) comes from the options, read by core (`readStorageKnowledge`).
 */
import {
  hasLiteral,
  isPathLike,
  readStorageKnowledge,
  type ArgumentRef,
  type FrontendOptions,
  type HandoffChannel,
  type Location,
  type LocationSettings,
  type StorageOp,
  type TransportModel,
  catalogRow,
  configuredCallFor,
  configuredRow,
  conventionRow,
  repositoryClassRow,
} from "@dag-transport/core";
import {
  ANY_RECEIVER_METHODS,
  CALLABLE_POOLS,
  POOL_MAP_METHODS,
  POOL_SUBMIT_METHODS,
  KNOWN_METHOD_NAMES,
  RECEIVER_METHODS,
  RECEIVER_NAMES,
  STORAGE_FUNCTIONS,
  STORAGE_OPERATORS,
  PROGRAM_TASKS,
  type Access,
  type ArgSlot,
  type StorageApi,
  type StorageEffect,
} from "./catalogs/storage.js";
import { onlyAssignedValue } from "./bindings.js";
import { contextParameter, pulledProducers, taskById, taskInputs } from "./consumptions.js";
import { NodeMemo } from "./memo.js";
import type { PythonModule } from "./module.js";
import type { PushingHelper } from "./handoffs.js";
import {
  concatenated,
  enclosingFunction,
  ownMethod,
  LocationResolver,
  type FactoryCall,
  type Frame,
  type HandoffLookup,
  type Place,
  type Receiver,
  startsWithScheme,
} from "./locations.js";
import {
  baseExpressions,
  classMethods,
  assignedOnce,
  classMethod,
  firstParameter,
  methodClass,
  hasMarker,
  initParameters,
  isBaseInit,
  markerName,
  markerPlace,
  MAX_BASE_LEVELS,
  selfAssignments,
  instanceMethod,
  summarize,
  literalValue,
  testedAttributes,
  type ArgValue,
  type OperatorSummary,
  type SummaryCall,
  type SummaryCallable,
  type SummaryOp,
  type SummaryTemplate,
  type TemplatePart,
} from "./operator-classes.js";
import {
  mayBeRepositoryName,
  namedClass,
  type ModuleLookup,
  type ProjectModule,
  type ProjectModules,
  wildcardNames,
} from "./project.js";
import { pushedIn } from "./push-wrappers.js";
import type { SyntaxNode } from "./syntax-tree.js";
import { importedCallArguments, type PythonTask } from "./tasks.js";
import { taskMethod } from "./bound-methods.js";
import { conventionalApi, conventionalOutput } from "./unknown-operators.js";
import { DAG_CLASSES, TASK_GROUP_CLASSES } from "./catalogs/airflow.js";
import {
  callArguments,
  dottedParts,
  encloses,
  shortText,
  spanOf,
  stringLiteral,
  unparenthesize,
  parameterNames,
  argumentAt,
} from "./syntax.js";

interface StorageKnowledge {
  /** Qualified function (or operator class) → API; `.method` keys match a method on any receiver. */
  extraApis: Map<string, StorageApi>;
  /** Qualified names (or local function names) never treated as storage, nor followed into. */
  sanctioned: ReadonlySet<string>;
  settings: LocationSettings;
}

function slot(value: ArgumentRef | undefined): ArgSlot | undefined {
  if (value === undefined) return undefined;
  return typeof value === "number" ? { index: value } : { keyword: value };
}

/** The team's storage knowledge (core reads it from the options) as catalog rows. */
export function storageKnowledge(options: FrontendOptions): StorageKnowledge {
  const { apis, sanctioned, settings } = readStorageKnowledge(options);
  const extraApis = new Map<string, StorageApi>();
  for (const api of apis) {
    const effect: StorageEffect = { access: api.access };
    const path = slot(api.path);
    const bucket = slot(api.bucket);
    const key = slot(api.key);
    if (path) effect.path = path;
    if (bucket) effect.bucket = bucket;
    if (key) effect.key = key;
    const existing = extraApis.get(api.call);
    // A row giving only `sql` has no effect of its own: its SQL says what it reads and writes.
    const effects = [...(existing?.effects ?? []), ...(path || key ? [effect] : [])];
    const scheme = api.scheme ?? existing?.scheme;
    const sql = slot(api.sql);
    const program = sql ? { argument: sql, language: "sql" as const } : existing?.program;
    extraApis.set(api.call, { effects, ...(scheme ? { scheme } : {}), ...(program ? { program } : {}) });
  }
  return { extraApis, sanctioned, settings };
}

/** The name an attribute's text ends with: its attribute. */
const TRAILING_NAME = /[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/** A method call some storage API may be (`storageMethod`): what matching it needs beyond the receiver. */
interface StorageMethod {
  method: string;
  /** How a finding names the call. */
  name: string;
  /** The receiver expression. */
  object: SyntaxNode;
  configured?: StorageApi;
}

/** A call recognised as storage: the API, how it is named in messages, its receiver. */
interface MatchedCall {
  api: StorageApi;
  name: string;
  /** Which catalog row or configured API matched, for `--explain`. */
  row: string;
  receiver?: Receiver;
  /** The call declares an operator task (its arguments are the task's storage). */
  declaration?: true;
}

/** Where a helper's operations surface: the call in the task that led to them. */
/**
 * What a call passes a function's parameters, by name and position (null: a value passed that is
 * not known; undefined: not passed, so its default); `keywords`, when the caller can list them,
 * are every keyword passed (those no named parameter takes land in `**kwargs`).
 */
type PassedArguments = ((name: string, index: number) => SyntaxNode | null | undefined) & {
  keywords?: ReadonlyMap<string, SyntaxNode>;
};

interface CallSite {
  node: SyntaxNode;
  helper: string;
  /** The helper is a Python script a command runs (`python scripts/export.py`), not a function. */
  script?: true;
}

/** What the extractors of one linted file share: its repository's modules and their extractors. */
interface ProjectSession {
  modules: ProjectModules;
  /** The linted file (absolute). */
  file: string;
  /** One extractor per imported module, for this linted file (its resolver caches per task). */
  extractors: Map<string, StorageExtractor>;
  /** The linted file's extractor: it resolves what code in other modules pulls by XCom. */
  root?: StorageExtractor;
}

/** The most elements of a literal loop a task's own code is read once each for (`taskFrames`). */
const MAX_ELEMENT_FRAMES = 8;
/** Calls of one TaskFlow function read one by one (`taskflowCalls`); more stay one reading. */
const MAX_TASKFLOW_CALLS = 16;
/** Modules deep an imported constant is followed (`common` importing it from `settings` …). */
const MAX_CONSTANT_NESTING = 4;
let constantNesting = 0;

/** Set while an operator class's summary is computed: operations go here, as places. */
let capturing: SummaryOp[] | undefined;
/** Set with `capturing`: calls of callable keywords with a keyword's dict spread. */
let capturingCalls: SummaryCall[] | undefined;

/** A class defined in the repository: the extractor of its module, its definition. */
interface ClassRef {
  extractor: StorageExtractor;
  cls: SyntaxNode;
  name: string;
}

/** An operator class's summary: its row (none: unknown), and the module lookups it depended on. */
interface CachedSummary {
  api: OperatorSummary | undefined;
  lookups: readonly ModuleLookup[];
  /**
   * The keywords whose values the class's `if`s test (through the attribute `__init__` gives
   * them): their slots and defaults as written. A declaration giving literal values for some
   * has a summary of its own (`specialised`).
   */
  tested?: readonly TestedKeyword[];
}

/** A keyword an operator class's `if`s test: its slot, and its default in `__init__` when it has one. */
interface TestedKeyword {
  keyword: string;
  slot: ArgSlot;
  default?: SyntaxNode;
  /** The attributes holding its value. */
  attributes: readonly string[];
  /**
   * The strings conditions compare it with (`== "PGDump"`), "any" when compared otherwise;
   * empty when only its truth and `None` matter.
   */
  compared: ReadonlySet<string> | "any";
}

/** A string no condition of a class compares with (it is not valid Python text). */
const OTHER_STRING = "\uE001other";

/** Methods that change a dict in place. */
const MUTATING_DICT_METHODS = new Set(["update", "setdefault", "pop", "popitem", "clear", "__setitem__"]);

/** Summaries per class definition (parsed modules are shared per content), per storage knowledge. */
const summaries = new NodeMemo<Map<string, CachedSummary>>();

/** The stand-in task a summary's frames belong to: no id, no arguments, no XComs. */
function summaryTask(cls: SyntaxNode): PythonTask {
  return {
    fact: { id: "", span: spanOf(cls), style: "", returnRole: "discarded", multipleOutputs: false },
    declaration: cls,
    keywords: new Map(),
  };
}

/** No tasks, no XComs: what a repository module's code sees of the linted file's task graph. */
const NO_HANDOFFS: HandoffLookup = {
  inputsOf: () => [],
  handedOff: () => [],
  taskById: () => undefined,
};

class StorageExtractor {
  private readonly resolver: LocationResolver;
  private readonly knowledge: StorageKnowledge;
  private readonly callsByFn = new Map<number, SyntaxNode[]>();
  private readonly factoryCallsByFn = new Map<number, SyntaxNode[]>();
  /** Per callee id: `storageMethod`'s answer (null: none). */
  private readonly storageMethods = new Map<number, StorageMethod | null>();

  constructor(
    private readonly module: PythonModule,
    private readonly model: TransportModel,
    private readonly session: ProjectSession | undefined,
    /** Set for a repository module imported by the linted file: its operations carry this origin. */
    private readonly imported?: ProjectModule,
    private readonly ops: StorageOp[] = [],
    knowledge?: StorageKnowledge,
  ) {
    this.knowledge = knowledge ?? storageKnowledge(module.options);
    let lookup = NO_HANDOFFS;
    // Code of another module pulls what the linted file's tasks handed on (`ti.xcom_pull`).
    const root = session?.root;
    if (imported && root)
      lookup = { ...NO_HANDOFFS, pulled: (pull, frame) => root.resolver.pulledPlaceOf(pull, frame) };
    if (!imported) {
      const inputs = taskInputs(module);
      lookup = {
        inputsOf: (task, parameter) =>
          (inputs.byTask.get(task) ?? []).filter((i) => i.parameter === parameter),
        handedOff: (producer, key) =>
          module.handoffValues
            .filter((h) => h.task === producer && h.fact.key === key && !h.helper)
            .map((h) => h.value),
        helperPushed: (producer, key, frame) => {
          for (const { task, fact, helper } of module.handoffValues)
            if (task === producer && fact.key === key && helper) {
              const place = this.helperPushedPlaces(helper, key, frame)[0];
              if (place) return place;
            }
          return undefined;
        },
        taskById: (id, dagId) => taskById(module.tasks, id, dagId),
        argumentsOf: (task, parameter) => inputs.arguments.get(task)?.get(parameter) ?? [],
        pulledFrom: (pull, dagId) => pulledProducers(module, pull, dagId),
        importedReturn: (task) => this.importedTaskReturns(task)[0],
        importedPushed: (task, key) => this.importedTaskPushed(task, key),
        conventionalOutput: (task) => {
          const decorator = task.providerDecorator;
          // A configured decorator says what it writes; what it pushes it does not.
          if (!decorator || this.knowledge.extraApis.has(decorator.name)) return undefined;
          return conventionalOutput(decorator.name, decorator.call);
        },
      };
      if (session) session.root = this;
    }
    this.resolver = new LocationResolver(
      module.context,
      module.bindings,
      this.knowledge.settings,
      lookup,
      session
        ? {
            constant: (qualified, frame) => this.importedConstant(qualified, frame),
            returned: (qualified, call, frame, element) =>
              this.importedReturn(qualified, call, frame, element),
            returnedElement: (qualified, call, frame) => {
              const entered = this.enterImportedCall(qualified, call, frame);
              return entered?.extractor.resolver.returnedElement(entered.fn, entered.frame);
            },
            returnedHanded: (qualified, call, frame, depth) =>
              this.importedReturnedHanded(qualified, call, frame, depth),
            methodReturnedHanded: (call, frame, depth) => this.methodReturnedHanded(call, frame, depth),
            methodReturned: (call, frame, element) => this.methodReturned(call, frame, element),
            inRepository: (qualified) => this.inRepository(qualified),
            shellScript: (scriptPath) =>
              this.file ? this.session!.modules.shellScript(scriptPath, this.file) : undefined,
            environment: (variable) =>
              this.file ? this.session!.modules.composeEnvironment(variable, this.file) : undefined,
            constantReceiver: (qualified, frame) => this.importedConstantReceiver(qualified, frame),
            returnedReceiver: (qualified, call, frame) => {
              // Most imported calls are a library's (`pd.read_csv(…)`): no module to enter.
              if (!mayBeRepositoryName(qualified)) return undefined;
              const entered = this.enterImportedCall(qualified, call, frame);
              return entered?.extractor.resolver.returnedReceiver(entered.fn, entered.frame);
            },
          }
        : undefined,
      imported?.file,
    );
  }

  /**
   * `from common import SHARED_DIR`: the place a module-level constant of a repository module
   * names, read in that module (its own constants, environment reads, imports). Unknown past
   * `MAX_CONSTANT_NESTING` modules (a cycle of re-exports ends there too).
   */
  private importedConstant(qualified: string, frame: Frame): Place | undefined {
    return this.readImportedConstant(qualified, 0, (extractor, value, target) =>
      extractor.resolver.moduleConstantPlace(value, {
        fn: target.root,
        task: frame.task,
        depth: frame.depth,
      }),
    );
  }

  /**
   * `from lib.tasks.public_data import s3`: the client a module-level name of a repository module
   * holds (`s3 = S3Hook(config.s3_conn_id)`), read in that module; unknown for a name assigned
   * more than once there, or a library's.
   */
  private importedConstantReceiver(qualified: string, frame: Frame): Receiver | undefined {
    if (!mayBeRepositoryName(qualified)) return undefined;
    return this.readImportedConstant(qualified, 0, (extractor, value, target, name) =>
      this.assignedOnce(target, name)
        ? extractor.resolver.receiver(value, { fn: target.root, task: frame.task, depth: frame.depth })
        : undefined,
    );
  }

  /**
   * What `read` makes of the module-level value a repository module binds to the imported name,
   * in that module's extractor; followed through re-exports (`from .settings import SHARED_DIR`
   * in a package's `__init__.py`). Unknown past `MAX_CONSTANT_NESTING` modules (a cycle of
   * re-exports ends there too).
   */
  private readImportedConstant<T>(
    qualified: string,
    hops: number,
    read: (
      extractor: StorageExtractor,
      value: SyntaxNode,
      target: ProjectModule,
      name: string,
    ) => T | undefined,
  ): T | undefined {
    if (
      !this.session ||
      !this.file ||
      constantNesting >= MAX_CONSTANT_NESTING ||
      hops >= MAX_CONSTANT_NESTING
    )
      return undefined;
    const dot = qualified.lastIndexOf(".");
    if (dot < 0) return undefined;
    const name = qualified.slice(dot + 1);
    const target = this.session.modules.module(qualified.slice(0, dot) || ".", this.file);
    if (!target || !name) return undefined;
    const extractor = this.extractorFor(target);
    const value = target.context.constants.get(name);
    constantNesting++;
    try {
      if (value) return read(extractor, value, target, name);
      const reexported = target.context.aliases.get(name);
      return reexported === undefined
        ? undefined
        : extractor.readImportedConstant(reexported, hops + 1, read);
    } finally {
      constantNesting--;
    }
  }

  /**
   * `path = save_rows(rows)` with `save_rows` from a repository module: the place it returns,
   * read in its module with its parameters bound to the call's arguments (as `followImported`
   * enters it for its reads and writes). Unknown when the module or function is not found, or
   * the call is too deep or a cycle.
   */
  private importedReturn(
    qualified: string,
    call: SyntaxNode,
    frame: Frame,
    element?: number,
  ): Place | undefined {
    const entered = this.enterImportedCall(qualified, call, frame);
    return entered?.extractor.resolver.returnedPlace(entered.fn, entered.frame, element);
  }

  /** `enterImported` for a call of this file: its parameters bound to the call's arguments. */
  private enterImportedCall(qualified: string, call: SyntaxNode, frame: Frame) {
    return this.enterImported(qualified, frame, (name, index) => argumentAt(call, { keyword: name, index }));
  }

  /** Every place what an imported function returns refers to (`LocationResolver.handedPlaces`). */
  private importedReturnedHanded(qualified: string, call: SyntaxNode, frame: Frame, depth: number): Place[] {
    const entered = this.enterImportedCall(qualified, call, frame);
    if (!entered) return [];
    return entered.extractor.resolver
      .returnedHandedPlaces(entered.fn, entered.frame, depth)
      .map((h) => h.place);
  }

  /**
   * What `loader.write_raw(df)` returns, when `loader` is an instance of a class of this module
   * or of a repository module (`instanceClass`): the method's return read in its module, its
   * parameters after `self` bound to the call's arguments (as `followClassMethod` reads its
   * writes). None otherwise.
   */
  private methodReturnedHanded(call: SyntaxNode, frame: Frame, depth: number): Place[] {
    const entered = this.enterInstanceMethod(call, frame);
    return entered
      ? entered.resolver.returnedHandedPlaces(entered.fn, entered.frame, depth).map((h) => h.place)
      : [];
  }

  private methodReturned(call: SyntaxNode, frame: Frame, element?: number): Place | undefined {
    const entered = this.enterInstanceMethod(call, frame);
    return entered ? entered.resolver.returnedPlace(entered.fn, entered.frame, element) : undefined;
  }

  /** `obj.method(…)` on an instance of a repository class: the method, entered with its arguments bound. */
  private enterInstanceMethod(
    call: SyntaxNode,
    frame: Frame,
  ): { fn: SyntaxNode; frame: Frame; resolver: LocationResolver } | undefined {
    const callee = call.childForFieldName("function");
    if (callee?.type !== "attribute") return undefined;
    const object = unparenthesize(callee.childForFieldName("object")!);
    const method = this.instanceMethod(object, callee.childForFieldName("attribute")!.text, frame);
    if (!method || LocationResolver.entered(method.fn, frame)) return undefined;
    const places = this.resolver.argumentPlaces(method.fn, call, frame, 1);
    const inner = LocationResolver.boundFrame(method.fn, frame, places);
    return inner ? { fn: method.fn, frame: inner, resolver: method.extractor.resolver } : undefined;
  }

  /**
   * The instance method `name` of the class `object` is an instance of (`instanceClass`), with
   * the extractor of the class's module. Undefined for anything else.
   */
  private instanceMethod(
    object: SyntaxNode,
    name: string,
    frame: Frame,
  ): { fn: SyntaxNode; extractor: StorageExtractor } | undefined {
    const instance = this.instanceClass(object, frame, 0);
    const found = instance ? classMethod(instance.cls, name) : undefined;
    return found?.kind === "instance" ? { fn: found.fn, extractor: instance!.extractor } : undefined;
  }

  /**
   * How a task's code is read: once per call of the factory it is declared in (`factoryCalls`),
   * else once per call of its TaskFlow function (`taskflowCalls`); undefined: once.
   */
  private taskFactories(task: PythonTask): FactoryCall[] | undefined {
    return this.factoryCalls(task) ?? this.taskflowCalls(task);
  }

  /**
   * The places what a task running a repository module's function or a bound method
   * (`PythonTask.imported`, `PythonTask.boundMethod`) returns refers to, its parameters bound to
   * what the task passes (`importedCallArguments`).
   */
  private importedTaskReturns(task: PythonTask, factory?: FactoryCall): Place[] {
    const entered = this.enterImportedTask(task, factory);
    if (!entered) return [];
    return entered.extractor.resolver.returnedHandedPlaces(entered.fn, entered.frame).map((h) => h.place);
  }

  /**
   * The code a task runs that is not its own function — an imported function (`enterImported`)
   * or a method of an instance (`enterTaskMethod`) — entered with what the task passes it.
   */
  private enterImportedTask(task: PythonTask, factory?: FactoryCall) {
    const frame = this.declarationFrame(task, factory);
    if (task.imported)
      return this.enterImported(task.imported.qualified, frame, this.importedTaskArgument(task));
    return task.boundMethod ? this.enterTaskMethod(task, frame) : undefined;
  }

  /**
   * The method a task runs (`taskMethod`), read by its class's module's extractor: what the
   * operator passes binds the parameters after `self`; `self.X` is read as in any method entered
   * on an instance (`__init__`'s constant attributes and clients).
   */
  private enterTaskMethod(
    task: PythonTask,
    frame: Frame,
  ): { extractor: StorageExtractor; fn: SyntaxNode; frame: Frame } | undefined {
    const method = taskMethod(task, this.module);
    if (!method) return undefined;
    const passed = this.importedTaskArgument(task);
    // Position 0 is `self`, which the instance gives, not the operator.
    const argument = Object.assign(
      (name: string, index: number) => (index === 0 ? undefined : passed(name, index - 1)),
      { keywords: passed.keywords },
    );
    const inner = LocationResolver.boundFrame(
      method.fn,
      frame,
      this.boundPlaces(method.fn, frame, argument),
      this.resolver.boundReceivers(method.fn, frame, argument),
    );
    const extractor = method.module ? this.extractorFor(method.module) : this;
    return inner ? { extractor, fn: method.fn, frame: inner } : undefined;
  }

  /**
   * The first place the imported function or bound method a task runs pushes under `key`
   * (`kwargs["ti"].xcom_push(key="filename", value=filename)`, or the module's push wrapper),
   * read in its module.
   */
  private importedTaskPushed(task: PythonTask, key: string): Place | undefined {
    return this.importedTaskPushes(task, key)[0];
  }

  /** Every place the imported function or bound method a task runs pushes under `key`, for one call of its factory. */
  private importedTaskPushes(task: PythonTask, key: string, factory?: FactoryCall): Place[] {
    const entered = this.enterImportedTask(task, factory);
    return entered ? StorageExtractor.pushedPlaces(entered, key) : [];
  }

  /**
   * The places a helper a task's code calls pushes under `key` (`HandoffValue.helper`), read in
   * the helper entered from the task's `frame` with the call's arguments.
   */
  private helperPushedPlaces(helper: PushingHelper, key: string, frame: Frame): Place[] {
    if (helper.qualified !== undefined) {
      const entered = this.enterImportedCall(helper.qualified, helper.call, frame);
      return entered ? StorageExtractor.pushedPlaces(entered, key) : [];
    }
    const inner = LocationResolver.helperFrame(helper.fn, helper.call, frame);
    return inner ? StorageExtractor.pushedPlaces({ extractor: this, fn: helper.fn, frame: inner }, key) : [];
  }

  /**
   * The places an entered function pushes under `key` (`kwargs["ti"].xcom_push(key="filename",
   * value=filename)`, or its module's push wrapper), read in its module.
   */
  private static pushedPlaces(
    entered: { extractor: StorageExtractor; fn: SyntaxNode; frame: Frame },
    key: string,
  ): Place[] {
    const places: Place[] = [];
    for (const pushed of pushedIn(entered.fn, entered.extractor.module)) {
      if (pushed.key !== key) continue;
      const place = entered.extractor.resolver.place(pushed.value, entered.frame);
      if (place) places.push(place);
    }
    return places;
  }

  /** What a task running an imported function passes its parameters (`importedCallArguments`). */
  private importedTaskArgument(task: PythonTask): PassedArguments {
    const { positional, keywords } = importedCallArguments(task, this.module.context);
    // `op_kwargs` the function takes in its `**kwargs` (`kwargs["data_path"]`) too.
    return Object.assign((name: string, index: number) => keywords.get(name) ?? positional[index], {
      keywords,
    });
  }

  /**
   * A function of a repository module, entered from `frame`: its module's extractor and the
   * frame its parameters are bound in (to what `argument(name, index)` gives, read in this file).
   * Undefined when the module or function is not found, or the call is too deep or a cycle.
   */
  private enterImported(
    qualified: string,
    frame: Frame,
    argument: PassedArguments,
  ): { extractor: StorageExtractor; fn: SyntaxNode; frame: Frame } | undefined {
    if (!this.session || !this.file) return undefined;
    const target = this.session.modules.resolveFunction(qualified, this.file);
    if (!target) return undefined;
    const inner = LocationResolver.boundFrame(
      target.fn,
      frame,
      this.boundPlaces(target.fn, frame, argument),
      this.resolver.boundReceivers(target.fn, frame, argument),
    );
    return inner ? { extractor: this.extractorFor(target.module), fn: target.fn, frame: inner } : undefined;
  }

  /** The file this extractor reads: the linted file, or an imported module. */
  private get file(): string | undefined {
    return this.imported?.file ?? this.session?.file;
  }

  /** The extractor of an imported repository module (one per module for this linted file). */
  private extractorFor(target: ProjectModule): StorageExtractor {
    const session = this.session!;
    let extractor = session.extractors.get(target.file);
    if (!extractor) {
      const module = session.modules.pythonModule(target, this.module);
      extractor = new StorageExtractor(module, this.model, session, target, this.ops, this.knowledge);
      session.extractors.set(target.file, extractor);
    }
    return extractor;
  }

  /**
   * A function imported from the repository's own modules, called from `frame` (or run as the
   * task's callable): its reads and writes surface at `site`, its parameters bound to what the
   * caller passes (`argument(name, index)`, read in the caller's file). Unknown — nothing
   * recorded — when the module is not found, not readable, does not parse, or the call is
   * too deep or a cycle.
   */
  private followImported(qualified: string, frame: Frame, site: CallSite, argument: PassedArguments): void {
    const entered = this.enterImported(qualified, frame, argument);
    entered?.extractor.collect(entered.frame, site);
  }

  run(): void {
    for (const task of this.module.tasks) {
      const factories = this.taskFactories(task);
      const first = this.ops.length;
      let frames = 0;
      for (const factory of factories ?? [undefined]) {
        const own = this.taskFrames(task, factory);
        for (const frame of own) {
          this.collect(frame, undefined);
          this.collectReturnedProgram(task, frame);
        }
        if (own.length === 0) this.collectImportedCallable(task, factory);
        this.collectDeclaration(task, factory);
        frames += Math.max(own.length, 1);
      }
      // A place that does not depend on the factory's arguments (or the loop's element) is the
      // same operation each time.
      if (frames > 1) this.dropRepeatedOps(first);
    }
    this.model.storage.push(...this.ops);
    this.fillHandoffLocations();
  }

  /**
   * `FactoryCall`s of a task declared in a factory function: a function at the module's top
   * level, undecorated, not a task's own code, called by name at the module's top level (in a
   * loop or an `if` too) 1–8 times, at least once with arguments. Undefined otherwise: the
   * factory's parameters stay what they were (their defaults).
   */
  private factoryCalls(task: PythonTask): FactoryCall[] | undefined {
    const fn = enclosingFunction(task.declaration);
    if (!fn || fn.type !== "function_definition" || fn.parent?.type !== "module") return undefined;
    let calls = this.factoryCallsByFn.get(fn.id);
    if (calls === undefined) {
      calls = this.callsOfFactory(fn);
      this.factoryCallsByFn.set(fn.id, calls);
    }
    // The calls are module-level code: read in the module's frame, as this task's.
    const at: Frame = { fn: this.module.root, task, depth: 0 };
    return calls.length ? calls.map((call) => ({ fn, call, at, key: `${call.id}` })) : undefined;
  }

  /**
   * A TaskFlow function DAG code calls 1–`MAX_TASKFLOW_CALLS` times by its name, at least once
   * with arguments, and never through `.expand` / `.partial` / `.override`: read once per call,
   * its parameters that call's arguments, read where the call is (a task group's local
   * `file = "clinvar.vcf.gz"`; `download(url=f"https://…/{file}")` in several groups is one
   * task per group at run time, each its own URL). An argument that is another task's XCom is
   * read as such (`LocationResolver.parameterPlace`). Undefined otherwise.
   */
  private taskflowCalls(task: PythonTask): FactoryCall[] | undefined {
    const fn = task.fn;
    if (fn?.type !== "function_definition" || !task.fact.style.startsWith("@")) return undefined;
    const calls = this.taskflowCallsOf().get(task);
    if (!calls || calls.length > MAX_TASKFLOW_CALLS) return undefined;
    if (calls.some((call) => call.childForFieldName("function")?.type !== "identifier")) return undefined;
    const passes = (call: SyntaxNode) => {
      const { positional, keywords } = callArguments(call);
      return positional.length > 0 || keywords.size > 0;
    };
    if (!calls.some(passes)) return undefined;
    return calls.map((call) => ({
      fn,
      call,
      at: { fn: enclosingFunction(call) ?? this.module.root, task, depth: 0 },
      key: `call:${call.id}`,
      taskCall: true as const,
    }));
  }

  /** Each TaskFlow task's calls in DAG code, in source order (once per extractor). */
  private taskflowCallsOf(): Map<PythonTask, SyntaxNode[]> {
    if (!this.callsByTask) {
      this.callsByTask = new Map();
      for (const [call, task] of taskInputs(this.module).calls) {
        const list = this.callsByTask.get(task);
        if (list) list.push(call);
        else this.callsByTask.set(task, [call]);
      }
    }
    return this.callsByTask;
  }

  private callsByTask: Map<PythonTask, SyntaxNode[]> | undefined;

  /** The module-level calls of a function that make it a factory (`factoryCalls`), or none. */
  private callsOfFactory(fn: SyntaxNode): SyntaxNode[] {
    const name = fn.childForFieldName("name")?.text;
    if (!name || this.module.context.functions.get(name)?.id !== fn.id) return [];
    if (this.module.tasks.some((task) => task.fn?.id === fn.id)) return [];
    const calls: SyntaxNode[] = [];
    for (const call of this.module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (callee?.type !== "identifier" || callee.text !== name || enclosingFunction(call)) continue;
      calls.push(call);
    }
    if (calls.length === 0 || calls.length > 8) return [];
    const passes = (call: SyntaxNode) => {
      const { positional, keywords } = callArguments(call);
      return positional.length > 0 || keywords.size > 0;
    };
    return calls.some(passes) ? calls : [];
  }

  /** Drops the operations recorded since `first` that repeat an earlier one exactly. */
  private dropRepeatedOps(first: number): void {
    const seen = new Set<string>();
    const kept = this.ops.slice(0, first);
    for (const op of this.ops.slice(first)) {
      const key = JSON.stringify(op);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(op);
    }
    this.ops.length = 0;
    this.ops.push(...kept);
  }

  /**
   * An operator whose arguments are files or objects (catalog rows, or a team's operator given
   * as `call` in `writeApis` / `readApis`): what the task reads and writes is in its declaration.
   */
  private collectDeclaration(task: PythonTask, factory: FactoryCall | undefined): void {
    if (task.providerDecorator) {
      const { name, call } = task.providerDecorator;
      const configured = this.knowledge.extraApis.get(name);
      const api = configured ?? conventionalApi(name, call);
      if (!api) return;
      const row = configured ? configuredRow(name) : conventionRow(name);
      this.record(
        call,
        { api, name: `@${name}`, row, declaration: true },
        this.declarationFrame(task, factory),
        undefined,
      );
      return;
    }
    const declaration = task.declaration;
    if (declaration.type !== "call") return;
    // An operator made inside a task's own code runs there; that task's code is read already.
    if (this.module.tasks.some((other) => other !== task && other.fn && encloses(other.fn, declaration)))
      return;
    const callee = declaration.childForFieldName("function")!;
    const frame = this.declarationFrame(task, factory);
    if (task.factoryOperator) {
      // The operator an imported factory returns: its arguments read in the factory's module,
      // its parameters what this call passes; what it reads and writes surfaces at this call.
      const { qualified, factory: made } = task.factoryOperator;
      const entered = this.enterImportedCall(qualified, declaration, frame);
      entered?.extractor.collectCatalogOperator(made.operator, entered.frame, {
        node: declaration,
        helper: shortText(callee, 40),
      });
      return;
    }
    if (this.collectCatalogOperator(declaration, frame, undefined)) return;
    const qualified = this.module.context.qualify(callee);
    if (qualified === undefined) return;
    const name = shortText(callee, 40);
    // An operator class of the repository's own code: its summary is the row.
    const ref = this.classAt(callee);
    if (!ref) {
      // A package's operator nobody catalogued (a private provider's): its arguments by convention.
      // Not Airflow's own providers (the catalog is their knowledge), not the repository's (a
      // module that does not parse is unknown), not a sensor (it waits; it moves nothing).
      const foreign =
        this.module.context.isImported(callee) &&
        mayBeRepositoryName(qualified) &&
        !this.inRepository(qualified) &&
        !qualified.endsWith("Sensor");
      const guessed = foreign ? conventionalApi(qualified, declaration) : undefined;
      if (guessed)
        this.record(
          declaration,
          { api: guessed, name, row: conventionRow(qualified), declaration: true },
          frame,
          undefined,
        );
      return;
    }
    const summary = this.operatorSummary(ref, declaration);
    if (!summary) return;
    const row = repositoryClassRow(
      ref.name,
      ref.extractor.imported?.name ?? "this file",
      ref.cls.startPosition.row + 1,
    );
    const matched: MatchedCall = { api: summary.api ?? { effects: [] }, name, row, declaration: true };
    if (summary.api) this.record(declaration, matched, frame, undefined);
    for (const template of summary.templates) this.applyTemplate(template, declaration, matched, frame);
    for (const callable of summary.callables ?? []) this.applyCallable(callable, declaration, frame);
    if (summary.returns && task.fact.returnRole !== "discarded")
      this.applyReturns(summary.returns, task, declaration, frame);
  }

  /**
   * A catalogued operator's declaration (`STORAGE_OPERATORS`), or a team's configured one: what
   * its arguments name, read in `frame` (once per element of a literal `for` around it), surfacing
   * at `site` when it was made by a factory of this module called elsewhere. False when the
   * operator is neither.
   */
  private collectCatalogOperator(declaration: SyntaxNode, frame: Frame, site: CallSite | undefined): boolean {
    const callee = declaration.childForFieldName("function")!;
    const qualified = this.module.context.qualify(callee);
    if (qualified === undefined) return false;
    const configured = this.configuredApi(qualified);
    const api = configured?.api ?? STORAGE_OPERATORS.get(qualified);
    if (!api) return false;
    const name = shortText(callee, 40);
    const row = configured
      ? configuredRow(configured.call)
      : catalogRow(qualified, "Python storage, operators");
    const frames = this.elementFrames(declaration, frame);
    for (const each of frames ?? [frame])
      this.record(declaration, { api, name, row, declaration: true }, each, site);
    return true;
  }

  /**
   * `execute` of a repository operator returns a place it builds from its keywords: the task
   * hands that path on as its XCom `return_value` (a handoff at the declaration, as a
   * TaskFlow task's `return path` is one at the return).
   */
  private applyReturns(
    returns: readonly TemplatePart[][],
    task: PythonTask,
    declaration: SyntaxNode,
    frame: Frame,
  ): void {
    const locations: Location[] = [];
    // A bare file name (`wages_v3.csv`) is a path when the task writes that very place.
    const written = new Set(
      this.ops.flatMap((op) =>
        op.taskId === task.fact.id && op.access === "write" ? [op.location.pattern] : [],
      ),
    );
    for (const parts of returns) {
      const place = this.templatePlace(parts, declaration, frame)?.place;
      const location = place && this.resolver.toLocation(place, declaration);
      if (location && (isPathLike(location.pattern) || written.has(location.pattern)))
        locations.push(location);
    }
    if (locations.length === 0) return;
    const callee = declaration.childForFieldName("function")!;
    this.model.handoffs.push({
      taskId: task.fact.id,
      ...(task.fact.dagId !== undefined ? { dagId: task.fact.dagId } : {}),
      channel: "return",
      key: "return_value",
      expression: shortText(callee, 40),
      span: spanOf(callee),
      values: [],
      locations,
    });
  }

  /**
   * The frames a task's own code is read in: one, or — for a task declared in a `for` over a
   * literal list of at most `MAX_ELEMENT_FRAMES` strings — one per element, the loop variable
   * bound to it as for the declaration's arguments (`elementFrames`), so that what the code
   * writes and what an operator of the same loop reads are named alike. None without own code.
   */
  private taskFrames(task: PythonTask, factory: FactoryCall | undefined): Frame[] {
    const frame = LocationResolver.taskFrame(task, factory);
    if (!frame) return [];
    const elements = this.elementFrames(task.declaration, this.declarationFrame(task, factory));
    if (!elements || elements.length > MAX_ELEMENT_FRAMES) return [frame];
    return elements.map(({ element }) => ({ ...frame, element: element! }));
  }

  /** The frame a task's declaration is read in: the function (or module) around it. */
  private declarationFrame(task: PythonTask, factory: FactoryCall | undefined): Frame {
    const fn = enclosingFunction(task.declaration) ?? this.module.root;
    return factory ? { fn, task, depth: 0, factory } : { fn, task, depth: 0 };
  }

  /**
   * `PandasOperator(output_callable=write_object, output_callable_kwargs={"path": "x/{{ ds }}"})`
   * of a class whose `execute` calls `self._output_callable(df, **self._output_callable_kwargs)`:
   * the function given is read as a helper of the task, its parameters bound to the literal
   * dict's values (the call's other arguments to unknown values). Its operations surface as a
   * helper's do, the argument naming the function standing for the call. Unknown (nothing read):
   * a keyword not given, a dict that is not a literal or spreads another, a callable that is not
   * a function of this file or of a repository module (a lambda, `functools.partial`, a library
   * function).
   */
  private applyCallable(callable: SummaryCallable, declaration: SyntaxNode, frame: Frame): void {
    const given = argumentAt(declaration, callable.callable);
    const kwargs = argumentAt(declaration, callable.kwargs);
    if (!given || !kwargs) return;
    const values = literalKeywords(kwargs);
    if (!values) return;
    const node = unparenthesize(given);
    const unknown = (name: string, index: number) =>
      index < callable.positional || callable.keywords.includes(name);
    const argument = (name: string, index: number): SyntaxNode | null | undefined =>
      unknown(name, index) ? null : values.get(name);
    this.followFunction(node, frame, { node, helper: shortText(node, 40) }, argument);
  }

  /**
   * A function named by `node` (one of this file, or of a repository module), run for the task
   * somewhere else than a call of it — an operator's callable keyword, a pool's `map`: read as a
   * helper whose reads and writes surface at `site`, its parameters bound by `argument` (null: a
   * value passed that is not known; undefined: not passed, so its default).
   */
  private followFunction(
    node: SyntaxNode,
    frame: Frame,
    site: CallSite,
    argument: (name: string, index: number) => SyntaxNode | null | undefined,
  ): void {
    if (node.type === "identifier" && !this.module.context.isImported(node)) {
      const fn = this.module.context.functions.get(node.text);
      if (fn?.type !== "function_definition") return;
      const inner = LocationResolver.boundFrame(fn, frame, this.boundPlaces(fn, frame, argument));
      if (inner) this.collect(inner, site);
      return;
    }
    if ((node.type !== "identifier" && node.type !== "attribute") || !this.module.context.isImported(node))
      return;
    const qualified = this.module.context.qualify(node);
    if (qualified !== undefined && mayBeRepositoryName(qualified))
      this.followImported(qualified, frame, site, argument);
  }

  /**
   * A function's parameters as places, computed in `frame`: the node `argument` gives (null: a
   * value passed that is not known; undefined: not passed, so its default).
   */
  private boundPlaces(
    fn: SyntaxNode,
    frame: Frame,
    argument: PassedArguments,
  ): Map<string, Place | undefined> {
    const places = new Map<string, Place | undefined>();
    const names = parameterNames(fn);
    names.forEach((name, index) => {
      const node = argument(name, index);
      if (node === null) places.set(name, undefined);
      else if (node) places.set(name, this.resolver.place(node, frame));
    });
    // The keywords no named parameter takes are items of `**kwargs`: bound as `kwargs[key]`.
    const splat = contextParameter(fn);
    if (splat && argument.keywords)
      for (const [key, node] of argument.keywords)
        if (!names.includes(key)) places.set(`${splat}[${key}]`, this.resolver.place(node, frame));
    return places;
  }

  /**
   * `for name in ["a", "b"]: Op(task_id=f"x_{name}", key=f"data/{name}.json")`: one frame per
   * element, the loop variable bound to it (the nearest `for` of the declaration's own scope, its
   * target one name, its iterable a list or tuple of at most 32 string literals, directly or as a
   * module constant). Anything else: undefined, the variable stays a hole.
   */
  private elementFrames(declaration: SyntaxNode, frame: Frame): Frame[] | undefined {
    let loop: SyntaxNode | undefined;
    for (let current = declaration.parent; current && current.id !== frame.fn.id; current = current.parent) {
      if (LOOP_SCOPES.has(current.type)) return undefined;
      if (current.type === "for_statement") {
        loop = current;
        break;
      }
    }
    let target = loop?.childForFieldName("left");
    let iterable = loop?.childForFieldName("right");
    if (!target || !iterable) return undefined;
    iterable = unparenthesize(iterable);
    // `for key, value in D.items()`, `for key in D.keys()`: the keys of a dict literal.
    let method: string | undefined;
    if (iterable.type === "call") {
      const callee = iterable.childForFieldName("function");
      method = callee?.type === "attribute" ? callee.childForFieldName("attribute")!.text : undefined;
      if ((method !== "items" && method !== "keys") || callArguments(iterable).positional.length > 0)
        return undefined;
      iterable = callee!.childForFieldName("object")!;
    }
    if (method === "items") {
      const first =
        target.type === "pattern_list" || target.type === "tuple_pattern" ? target.namedChild(0) : null;
      if (target.namedChildCount !== 2 || first?.type !== "identifier") return undefined;
      target = first;
    }
    if (target.type !== "identifier") return undefined;
    if (iterable.type === "identifier") {
      const constant = this.module.context.constants.get(iterable.text);
      iterable = constant ? unparenthesize(constant) : undefined;
    }
    const isDict = iterable?.type === "dictionary";
    if (!iterable || (method !== undefined && !isDict)) return undefined;
    if (!isDict && iterable.type !== "list" && iterable.type !== "tuple") return undefined;
    const elements = isDict
      ? iterable.namedChildren.map((pair) => (pair.type === "pair" ? pair.childForFieldName("key") : pair))
      : iterable.namedChildren;
    if (elements.length === 0 || elements.length > 32) return undefined;
    const literals = elements.map((element) => (element ? stringLiteral(element) : undefined));
    if (literals.some((literal) => literal === undefined)) return undefined;
    return literals.map((literal) => ({
      ...frame,
      element: { target, place: { pieces: [{ text: literal! }] }, key: `${target.id}=${literal}` },
    }));
  }

  /** A place a repository operator builds from its keywords, with the values the declaration gives. */
  private applyTemplate(
    template: SummaryTemplate,
    declaration: SyntaxNode,
    matched: MatchedCall,
    frame: Frame,
  ): void {
    const built = this.templatePlace(template.parts, declaration, frame);
    if (built) this.push(template.access, built.place, built.written, declaration, matched, frame, undefined);
  }

  /**
   * A template's place with the declaration's values, and the first keyword argument it takes
   * (the declaration itself for a literal path); undefined when a keyword is not given.
   */
  private templatePlace(
    template: readonly TemplatePart[],
    declaration: SyntaxNode,
    frame: Frame,
  ): { place: Place; written: SyntaxNode } | undefined {
    const parts: Place[] = [];
    let written: SyntaxNode | undefined;
    for (const part of template) {
      if ("piece" in part) {
        parts.push({ pieces: [part.piece] });
        continue;
      }
      // A keyword not given is its default: unknown.
      const argument = argumentAt(declaration, part.slot);
      const place = argument && this.resolver.place(argument, frame);
      if (!place || place.handle) return undefined;
      written ??= argument;
      // An object's key that is already a URI (`source_s3_key="s3://b/k"` for `S3Hook().get_key(
      // self.source_s3_key)`) is the whole place, the bucket before it ignored — as S3Hook does.
      if (parts.length > 0 && startsWithScheme(parts[0]!.pieces) && startsWithScheme(place.pieces))
        parts.length = 0;
      parts.push(place);
    }
    const place = concatenated(parts);
    return place ? { place, written: written ?? declaration } : undefined;
  }

  /** Whether a qualified name lives in a module file of the repository, usable or not. */
  private inRepository(qualified: string): boolean {
    if (!this.session || !this.file || !mayBeRepositoryName(qualified)) return false;
    return this.session.modules.hasModuleOf(qualified, this.file);
  }

  /**
   * The class an expression of this module names, when the repository defines it: a class of
   * this module, or one imported from a repository module the resolver finds (`namedClass`), with
   * the extractor of its module. Undefined otherwise (Airflow's and providers' classes,
   * unreadable or unparsable modules).
   */
  private classAt(expression: SyntaxNode): ClassRef | undefined {
    const found = namedClass(expression, this.module, this.session?.modules, this.file);
    if (!found) return undefined;
    const extractor = found.module ? this.extractorFor(found.module) : this;
    return { extractor, cls: found.cls, name: found.name };
  }

  /** The knowledge a summary depends on, as a cache key. */
  private knowledgeKey?: string;

  /**
   * What an instance of a repository operator class reads and writes, as a row on its keywords
   * (`operator-classes.ts`); undefined when nothing is known. Cached per class definition and
   * storage knowledge, while the modules it looked up are the same. When the class's `if`s test
   * keywords the declaration gives literal values (or leaves at a literal default that no
   * `default_args` may set), the summary is the one for those values (`Frame.instance.values`),
   * cached per class and values.
   */
  private operatorSummary(ref: ClassRef, declaration: SyntaxNode): OperatorSummary | undefined {
    const generic = this.cachedSummary(ref, undefined);
    if (!generic?.tested?.length) return generic?.api;
    const values = new Map<string, ArgValue>();
    const byKeyword: [string, ArgValue][] = [];
    for (const tested of generic.tested) {
      let value = this.declaredValue(declaration, tested);
      if (!value) continue;
      // A non-empty string none of the class's conditions compares it with decides like any other
      // such string: one summary for all of them.
      if (tested.compared !== "any" && "str" in value && value.str && !tested.compared.has(value.str))
        value = tested.compared.size === 0 ? { nonEmpty: true } : { str: OTHER_STRING };
      byKeyword.push([tested.keyword, value]);
      for (const attribute of tested.attributes) values.set(attribute, value);
    }
    if (values.size === 0) return generic.api;
    return this.cachedSummary(ref, { values, key: JSON.stringify(byKeyword) })?.api;
  }

  private cachedSummary(
    ref: ClassRef,
    specialised: { values: ReadonlyMap<string, ArgValue>; key: string } | undefined,
  ): CachedSummary | undefined {
    this.knowledgeKey ??= JSON.stringify([[...this.knowledge.extraApis], [...this.knowledge.sanctioned]]);
    let perClass = summaries.get(ref.cls);
    if (!perClass) {
      perClass = new Map();
      summaries.set(ref.cls, perClass);
    }
    const key = specialised ? `${this.knowledgeKey}\u0000${specialised.key}` : this.knowledgeKey;
    const cached = perClass.get(key);
    const modules = this.session?.modules;
    if (cached && (!modules || modules.replays(cached.lookups))) return cached;
    let tested: TestedKeyword[] | undefined;
    const compute = () => {
      const result = this.computeSummary(ref, specialised?.values);
      tested = result?.tested;
      return result?.summary;
    };
    const { value, lookups } = modules ? modules.recording(compute) : { value: compute(), lookups: [] };
    const entry: CachedSummary = { api: value, lookups, ...(tested ? { tested } : {}) };
    perClass.set(key, entry);
    return entry;
  }

  /**
   * What a declaration gives a keyword the class tests: a literal argument (or a module constant
   * of the linted file bound to one), else — no argument, no `*` / `**` splat, and no
   * `default_args` that may set it — its literal default. Anything else: undefined.
   */
  private declaredValue(declaration: SyntaxNode, tested: TestedKeyword): ArgValue | undefined {
    const argument = argumentAt(declaration, tested.slot);
    if (argument) {
      const node = unparenthesize(argument);
      if (node.type === "identifier" && !this.module.context.isImported(node)) {
        const constant = this.module.context.constants.get(node.text);
        // Bound once at the module's top level, and nowhere else; not shadowed where it is used.
        const reaching = this.module.bindings.reaching(node.text, node);
        const bound = reaching.length === 1 && reaching[0]!.value?.id === constant?.id;
        return constant && bound && this.assignedOnce(this.module, node.text)
          ? literalValue(constant)
          : undefined;
      }
      return literalValue(node);
    }
    if (!tested.default) return undefined;
    const args = declaration.childForFieldName("arguments")?.namedChildren ?? [];
    if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
    if (this.mayBeDefaulted(declaration, tested.keyword)) return undefined;
    return literalValue(tested.default);
  }

  /**
   * Whether Airflow may fill `keyword` of this declaration from `default_args` (it fills any
   * constructor parameter the declaration does not give): unless the declaration's DAG is made
   * in this file (`with DAG(…)`, or `dag=` a variable bound to `DAG(…)` here) and every
   * `default_args=` of the file — the DAG's, a task group's, an operator's — is a dict whose
   * keys are known and do not include it, yes.
   */
  private mayBeDefaulted(declaration: SyntaxNode, keyword: string): boolean {
    if (!this.inLocalDag(declaration)) return true;
    const keys = this.defaultArgKeys();
    return keys === undefined || keys.has(keyword);
  }

  private defaultKeys?: { keys: Set<string> | undefined };

  /** The keys every `default_args=` of the linted file may set; undefined when not known. */
  private defaultArgKeys(): Set<string> | undefined {
    if (this.defaultKeys) return this.defaultKeys.keys;
    let keys: Set<string> | undefined = new Set<string>();
    for (const call of this.module.nodes.of("call")) {
      const cls = this.module.context.qualify(call.childForFieldName("function")!);
      const args = call.childForFieldName("arguments")?.namedChildren ?? [];
      // `DAG(**config)`: its default_args are not known.
      if (
        cls &&
        (DAG_CLASSES.has(cls) || TASK_GROUP_CLASSES.has(cls)) &&
        args.some((a) => a.type === "dictionary_splat")
      )
        keys = undefined;
    }
    for (const argument of this.module.nodes.of("keyword_argument")) {
      if (!keys) break;
      if (argument.childForFieldName("name")?.text !== "default_args") continue;
      const value = argument.childForFieldName("value");
      const found = value ? this.dictKeys(value, this.module, this.file, 0) : undefined;
      if (found) for (const key of found) keys.add(key);
      else keys = undefined;
    }
    this.defaultKeys = { keys };
    return keys;
  }

  /**
   * The keys of a dict an expression of `module` names: a literal with literal keys (`**`
   * others followed), `dict(…)` with keywords, `.copy()`, a module constant bound once and never
   * changed in place (`d["k"] = …`, `d.update(…)`), or one imported from a repository module.
   */
  private dictKeys(
    expression: SyntaxNode,
    module: { context: PythonModule["context"]; nodes: PythonModule["nodes"] },
    file: string | undefined,
    depth: number,
  ): Set<string> | undefined {
    if (depth > MAX_CONSTANT_NESTING) return undefined;
    const node = unparenthesize(expression);
    if (node.type === "dictionary") {
      const keys = new Set<string>();
      for (const child of node.namedChildren) {
        if (child.type === "comment") continue;
        if (child.type === "pair") {
          const key = stringLiteral(child.childForFieldName("key"));
          if (key === undefined) return undefined;
          keys.add(key);
        } else if (child.type === "dictionary_splat" && child.namedChild(0)) {
          const inner = this.dictKeys(child.namedChild(0)!, module, file, depth + 1);
          if (!inner) return undefined;
          for (const key of inner) keys.add(key);
        } else return undefined;
      }
      return keys;
    }
    if (node.type === "call") {
      const callee = node.childForFieldName("function")!;
      const { positional, keywords } = callArguments(node);
      const args = node.childForFieldName("arguments")?.namedChildren ?? [];
      if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return undefined;
      if (callee.type === "identifier" && callee.text === "dict" && !module.context.functions.has("dict")) {
        if (positional.length > 1) return undefined;
        const keys = positional[0]
          ? this.dictKeys(positional[0], module, file, depth + 1)
          : new Set<string>();
        if (!keys) return undefined;
        for (const key of keywords.keys()) keys.add(key);
        return keys;
      }
      if (
        callee.type === "attribute" &&
        callee.childForFieldName("attribute")?.text === "copy" &&
        args.length === 0
      )
        return this.dictKeys(callee.childForFieldName("object")!, module, file, depth + 1);
      return undefined;
    }
    return node.type === "identifier" ? this.namedDictKeys(node.text, module, file, depth) : undefined;
  }

  /** `dictKeys` of the dict a name of `module` is bound to (its constant, or the one it imports). */
  private namedDictKeys(
    name: string,
    module: { context: PythonModule["context"]; nodes: PythonModule["nodes"] },
    file: string | undefined,
    depth: number,
  ): Set<string> | undefined {
    if (depth > MAX_CONSTANT_NESTING || !this.assignedOnce(module, name)) return undefined;
    const qualified = module.context.aliases.get(name);
    if (qualified === undefined) {
      const constant = module.context.constants.get(name);
      return constant ? this.dictKeys(constant, module, file, depth + 1) : undefined;
    }
    // `from common import default_args`: the constant of that repository module.
    const dot = qualified.lastIndexOf(".");
    if (!this.session || !file || dot < 0) return undefined;
    const target = this.session.modules.module(qualified.slice(0, dot) || ".", file);
    return target ? this.namedDictKeys(qualified.slice(dot + 1), target, target.file, depth + 1) : undefined;
  }

  /**
   * Whether `name` is bound by at most one assignment in the module (or imported) and never
   * changed in place: no `name[k] = …`, `del name[k]`, `name |= …`, `name.update(…)` … .
   */
  private assignedOnce(module: { nodes: PythonModule["nodes"] }, name: string): boolean {
    let assignments = 0;
    for (const node of module.nodes.of("assignment", "augmented_assignment")) {
      const left = node.childForFieldName("left");
      if (left?.type === "identifier" && left.text === name) {
        if (node.type === "augmented_assignment" || ++assignments > 1) return false;
      }
      if (left?.type === "subscript" && left.childForFieldName("value")?.text === name) return false;
    }
    for (const node of module.nodes.of("delete_statement")) if (node.text.includes(name)) return false;
    for (const call of module.nodes.of("call")) {
      const callee = call.childForFieldName("function");
      if (
        callee?.type === "attribute" &&
        callee.childForFieldName("object")?.text === name &&
        MUTATING_DICT_METHODS.has(callee.childForFieldName("attribute")!.text)
      )
        return false;
    }
    return true;
  }

  /** Whether the declaration's DAG is made in this file: `with DAG(…)` around it, or `dag=` a `DAG(…)` of this module. */
  private inLocalDag(declaration: SyntaxNode): boolean {
    const isDag = (call: SyntaxNode | null | undefined) => {
      if (call?.type !== "call") return false;
      const cls = this.module.context.qualify(call.childForFieldName("function")!);
      return cls !== undefined && DAG_CLASSES.has(cls);
    };
    const dag = callArguments(declaration).keywords.get("dag");
    if (dag) {
      const node = unparenthesize(dag);
      if (node.type !== "identifier" || this.module.context.isImported(node)) return false;
      const constant = this.module.context.constants.get(node.text);
      const reaching = this.module.bindings.reaching(node.text, node);
      return (
        reaching.length === 1 &&
        reaching[0]!.value?.id === constant?.id &&
        this.assignedOnce(this.module, node.text) &&
        isDag(constant)
      );
    }
    for (let current = declaration.parent; current; current = current.parent) {
      if (current.type !== "with_statement") continue;
      for (const item of current.namedChildren.flatMap((c) =>
        c.type === "with_clause" ? c.namedChildren : [],
      )) {
        const value = item.childForFieldName("value");
        if (isDag(value?.type === "as_pattern" ? value.namedChild(0) : value)) return true;
      }
    }
    return false;
  }

  private computeSummary(
    ref: ClassRef,
    values: ReadonlyMap<string, ArgValue> | undefined,
  ): { summary: OperatorSummary | undefined; tested: TestedKeyword[] } | undefined {
    const chain = this.classChain(ref);
    if (!chain) return undefined;
    const task = summaryTask(ref.cls);
    const { attributes, slots, defaults, direct } = this.instanceAttributes(chain, 0, task);
    // Attributes any other method assigns change while the task runs: unknown.
    for (const { extractor, cls } of chain) {
      for (const [name, method] of classMethods(cls)) {
        if (name === "__init__") continue;
        const within = (fn: SyntaxNode, type: string) => extractor.module.nodes.within(fn, type);
        for (const { attribute } of selfAssignments(method, within)) attributes.set(attribute, undefined);
      }
    }
    const method = (name: string) => {
      for (const { extractor, cls } of chain) {
        const defined = classMethods(cls).get(name);
        // A static or class method has no `self`: unknown.
        const fn = instanceMethod(defined);
        if (defined) return fn && { fn, collect: (frame: Frame) => extractor.collect(frame, undefined) };
      }
      return undefined;
    };
    const execute = method("execute");
    if (!execute) return undefined;
    const executeModule = chain.find(({ cls }) => classMethods(cls).get("execute") === execute.fn)?.extractor;
    // The keywords the class's `if`s test, through the attribute holding each one's value.
    const tested = new Map<string, TestedKeyword>();
    for (const { extractor, cls } of chain) {
      const within = (fn: SyntaxNode, type: string) => extractor.module.nodes.within(fn, type);
      const methods = [...classMethods(cls).entries()]
        .filter(([name]) => name !== "__init__")
        .map(([, fn]) => fn);
      const compared = new Map<string, Set<string> | "any">();
      for (const attribute of testedAttributes(methods, within, compared)) {
        // Only `self.mode = mode`: `mode or "PGDump"`, `a if mode else b` are not the argument's value.
        if (!direct.has(attribute)) continue;
        const keyword = markerName(attributes.get(attribute));
        const slot = keyword === undefined ? undefined : slots.get(keyword);
        if (keyword === undefined || !slot) continue;
        const entry = tested.get(keyword);
        if (entry) {
          (entry.attributes as string[]).push(attribute);
          const more = compared.get(attribute) ?? new Set<string>();
          entry.compared =
            entry.compared === "any" || more === "any" ? "any" : new Set([...entry.compared, ...more]);
        } else {
          const fallback = defaults.get(keyword);
          tested.set(keyword, {
            keyword,
            slot,
            attributes: [attribute],
            compared: compared.get(attribute) ?? new Set<string>(),
            ...(fallback ? { default: fallback } : {}),
          });
        }
      }
    }
    const instance = {
      attributes,
      key: JSON.stringify([
        [...attributes].map(([name, place]) => [name, place ?? null]),
        values ? [...values] : null,
      ]),
      method,
      ...(values ? { values } : {}),
    };
    const frame: Frame = {
      fn: execute.fn,
      task,
      depth: 1,
      bound: { places: new Map(), key: "execute" },
      instance,
    };
    const previous = capturing;
    const previousCalls = capturingCalls;
    const ops: SummaryOp[] = [];
    const calls: SummaryCall[] = [];
    capturing = ops;
    capturingCalls = calls;
    let returned: Place[];
    try {
      execute.collect(frame);
      // What `execute` returns becomes the XCom `return_value`; its operations were captured above.
      capturing = [];
      capturingCalls = [];
      returned = (executeModule?.resolver.returnedHandedPlaces(execute.fn, frame) ?? []).map(
        ({ place }) => place,
      );
    } finally {
      capturing = previous;
      capturingCalls = previousCalls;
    }
    return { summary: summarize(ops, slots, calls, returned), tested: [...tested.values()] };
  }

  /**
   * The class and its repository bases, nearest first (`MAX_BASE_LEVELS` above it); undefined
   * for a cycle or several repository bases (which attribute wins is the MRO's business).
   */
  private classChain(ref: ClassRef): ClassRef[] | undefined {
    const chain = [ref];
    const key = (r: ClassRef) => `${r.extractor.file ?? ""}:${r.cls.startIndex}`;
    const seen = new Set([key(ref)]);
    for (let level = 0; level < MAX_BASE_LEVELS; level++) {
      const current = chain[chain.length - 1]!;
      const bases = baseExpressions(current.cls).flatMap((b) => current.extractor.classAt(b) ?? []);
      if (bases.length === 0) break;
      if (bases.length > 1) return undefined;
      if (seen.has(key(bases[0]!))) return undefined;
      seen.add(key(bases[0]!));
      chain.push(bases[0]!);
    }
    return chain;
  }

  /**
   * The attributes `__init__` gives an instance of `chain[index]`, as places of markers of the
   * instance's keywords, and each keyword's slot at the instantiation.
   */
  private instanceAttributes(
    chain: readonly ClassRef[],
    index: number,
    task: PythonTask,
  ): {
    attributes: Map<string, Place | undefined>;
    slots: Map<string, ArgSlot>;
    defaults: Map<string, SyntaxNode>;
    /** The attributes assigned a parameter as it is (`self.mode = mode`), not an expression of it. */
    direct: Set<string>;
  } {
    const attributes = new Map<string, Place | undefined>();
    const slots = new Map<string, ArgSlot>();
    const defaults = new Map<string, SyntaxNode>();
    const direct = new Set<string>();
    const ref = chain[index];
    if (!ref) return { attributes, slots, defaults, direct };
    const defined = classMethods(ref.cls).get("__init__");
    const init = instanceMethod(defined);
    if (!init) {
      // No constructor of its own: the base's, with the same keywords.
      return defined
        ? { attributes, slots, defaults, direct }
        : this.instanceAttributes(chain, index + 1, task);
    }
    const { parameters, kwargs } = initParameters(init);
    const places = new Map<string, Place | undefined>();
    for (const parameter of parameters) {
      places.set(parameter.name, markerPlace(parameter.name));
      if (parameter.default) defaults.set(parameter.name, parameter.default);
      slots.set(parameter.name, {
        keyword: parameter.name,
        ...(parameter.index !== undefined ? { index: parameter.index } : {}),
      });
    }
    const extractor = ref.extractor;
    const frame: Frame = {
      fn: init,
      task,
      depth: 1,
      bound: { places, key: `init:${index}` },
    };
    const within = (fn: SyntaxNode, type: string) => extractor.module.nodes.within(fn, type);
    const assigned = new Set<string>();
    for (const { attribute, value } of selfAssignments(init, within)) {
      const place = value ? extractor.resolver.place(value, frame) : undefined;
      // Assigned twice in `__init__` to different places: unknown.
      if (attributes.has(attribute) && JSON.stringify(attributes.get(attribute)) !== JSON.stringify(place))
        attributes.set(attribute, undefined);
      else attributes.set(attribute, place);
      // `self.mode = mode`, the parameter itself (no other binding of the name reaches it), once.
      const node = value && unparenthesize(value);
      const plain =
        node?.type === "identifier" &&
        places.has(node.text) &&
        extractor.module.bindings.reaching(node.text, node).every((b) => b.kind === "parameter");
      if (plain && !assigned.has(attribute)) direct.add(attribute);
      else direct.delete(attribute);
      assigned.add(attribute);
    }
    // `super().__init__(…)`: the base's attributes, its keywords given here or passed through.
    const baseNames = new Set(baseExpressions(ref.cls).map((b) => b.text));
    const call = within(init, "call").find((c) => isBaseInit(c, baseNames));
    if (call && chain[index + 1]) {
      const base = this.instanceAttributes(chain, index + 1, task);
      const { positional, keywords } = callArguments(call);
      const explicit = isBaseInit(call, baseNames) === "explicit";
      const passesKwargs =
        kwargs !== undefined &&
        call
          .childForFieldName("arguments")
          ?.namedChildren.some((a) => a.type === "dictionary_splat" && a.namedChild(0)?.text === kwargs);
      for (const [attribute, place] of base.attributes) {
        // Assigned by both constructors: which runs last is the order of the code — unknown.
        if (attributes.has(attribute)) {
          attributes.set(attribute, undefined);
          continue;
        }
        const marker = markerName(place);
        if (place && marker === undefined) {
          attributes.set(attribute, hasMarker(place) ? undefined : place);
          continue;
        }
        if (marker === undefined) {
          attributes.set(attribute, undefined);
          continue;
        }
        const slot = base.slots.get(marker);
        const byPosition =
          slot?.index !== undefined ? positional[slot.index + (explicit ? 1 : 0)] : undefined;
        const argument = keywords.get(marker) ?? (byPosition?.type === "list_splat" ? undefined : byPosition);
        if (argument) attributes.set(attribute, extractor.resolver.place(argument, frame));
        else if (passesKwargs && !places.has(marker)) {
          // Passed through `**kwargs`: the instance's own keyword.
          attributes.set(attribute, markerPlace(marker));
          slots.set(marker, { keyword: marker });
          const fallback = base.defaults.get(marker);
          if (fallback) defaults.set(marker, fallback);
          if (base.direct.has(attribute)) direct.add(attribute);
        } else attributes.set(attribute, undefined);
      }
    }
    return { attributes, slots, defaults, direct };
  }

  /**
   * A task running a function imported from the repository (`PythonOperator(python_callable=
   * fetch)`, `task(blogs.extract)(…)`, `PythonTask.imported`) or a method of an instance
   * (`python_callable=s3.download_files`, `PythonTask.boundMethod`): what it reads and writes
   * surfaces at the expression naming it, its parameters bound to what the task calls it with
   * (`importedCallArguments`).
   */
  private collectImportedCallable(task: PythonTask, factory: FactoryCall | undefined): void {
    const callable = task.imported?.callable ?? task.boundMethod?.callable;
    if (!callable) return;
    const entered = this.enterImportedTask(task, factory);
    entered?.extractor.collect(entered.frame, { node: callable, helper: shortText(callable, 40) });
  }

  /** `@task.bash`: the command its function returns is what the task runs. */
  private collectReturnedProgram(task: PythonTask, frame: Frame): void {
    const program = PROGRAM_TASKS.get(task.fact.style);
    if (!program) return;
    const env = program.env ? task.keywords.get(program.env) : undefined;
    const cwd = program.cwd ? task.keywords.get(program.cwd) : undefined;
    for (const returned of this.resolver.returnedValues(frame.fn)) {
      for (const { access, place } of this.resolver.programText(
        returned,
        program.language,
        env,
        cwd,
        task.declaration,
        frame,
      )) {
        if (access === "run") {
          this.runScript(place, frame, { node: returned, helper: "", script: true });
          continue;
        }
        this.ops.push({
          taskId: task.fact.id,
          ...(task.fact.dagId !== undefined ? { dagId: task.fact.dagId } : {}),
          access,
          api: task.fact.style,
          location: this.resolver.toLocation(place, returned),
          span: spanOf(returned),
        });
      }
    }
  }

  /**
   * `python scripts/export.py …` in a task's command: the repository's script
   * (`ProjectModules.scriptModule`) runs as the task's code — its module-level statements, with
   * the functions they call followed as helpers (`scriptCalls`). Its operations surface at
   * `site`, the command, with the script's own line as their origin; its command-line arguments
   * are not known (`sys.argv`, `argparse` give holes).
   */
  private runScript(place: Place, frame: Frame, site: CallSite): void {
    if (!this.session || !this.file) return;
    const path = scriptPath(place);
    const module = path === undefined ? undefined : this.session.modules.scriptModule(path, this.file);
    if (!module || module.file === this.file) return;
    const inner = LocationResolver.boundFrame(module.root, frame, new Map());
    if (!inner) return;
    const extractor = this.extractorFor(module);
    const named = site.helper ? site : { ...site, helper: module.name };
    extractor.collect(inner, named, extractor.scriptCalls(module.root));
  }

  /** The calls a module runs when it is run as a script: not those inside its definitions. */
  private scriptCalls(root: SyntaxNode): SyntaxNode[] {
    return this.module.nodes.within(root, "call").filter((call) => {
      for (let node = call.parent; node && node.id !== root.id; node = node.parent)
        if (DEFINITIONS.has(node.type)) return false;
      return true;
    });
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

  private collect(frame: Frame, site: CallSite | undefined, calls = this.callsIn(frame.fn)): void {
    for (const call of calls) {
      const callee = call.childForFieldName("function");
      if (!callee) continue;
      // A branch the task cannot take does nothing: an operator class's method read for one
      // declaration, or a function run with literal `op_kwargs` (`dest_file=None`).
      if (this.resolver.branch(call, frame) === "dead") continue;
      const qualified = this.module.context.qualify(callee);
      if (qualified !== undefined && this.knowledge.sanctioned.has(qualified)) continue;
      const matched = this.match(callee, qualified, frame);
      if (matched) {
        this.record(call, matched, frame, site);
        continue;
      }
      if (this.followPooledCall(call, callee, frame, site)) continue;
      this.followHelper(call, callee, frame, site);
    }
  }

  /**
   * `pool.map(download, keys)` / `pool.submit(download, key)` on a pool that runs functions for
   * the task (`CALLABLE_POOLS`): the function, of this file or a repository module, is read as a
   * helper called there — `submit`'s further arguments bound to its parameters, `map`'s elements
   * unknown.
   */
  private followPooledCall(
    call: SyntaxNode,
    callee: SyntaxNode,
    frame: Frame,
    site: CallSite | undefined,
  ): boolean {
    if (callee.type !== "attribute") return false;
    const method = callee.childForFieldName("attribute")!.text;
    const submit = POOL_SUBMIT_METHODS.has(method);
    if (!submit && !POOL_MAP_METHODS.has(method)) return false;
    if (!this.isCallablePool(callee.childForFieldName("object")!)) return false;
    const { positional, keywords } = callArguments(call);
    const target = positional[0] ? unparenthesize(positional[0]) : undefined;
    if (!target) return true;
    // `map(fn, xs, ys)` passes an element of each iterable (unknown), the rest keep their defaults.
    const argument = (name: string, index: number): SyntaxNode | null | undefined =>
      submit
        ? (keywords.get(name) ?? positional[index + 1])
        : index < positional.length - 1
          ? null
          : undefined;
    this.followFunction(target, frame, site ?? { node: target, helper: shortText(target, 40) }, argument);
    return true;
  }

  /** A name bound once (or by `with … as`) to a pool that runs functions (`CALLABLE_POOLS`). */
  private isCallablePool(expression: SyntaxNode): boolean {
    const node = unparenthesize(expression);
    if (node.type === "call")
      return CALLABLE_POOLS.has(this.module.context.qualify(node.childForFieldName("function")!) ?? "");
    if (node.type !== "identifier") return false;
    const reaching = this.module.bindings.reaching(node.text, node);
    const only = reaching.length === 1 ? reaching[0] : undefined;
    if ((only?.kind !== "assign" && only?.kind !== "with") || !only.value) return false;
    const value = unparenthesize(only.value);
    return (
      value.type === "call" &&
      CALLABLE_POOLS.has(this.module.context.qualify(value.childForFieldName("function")!) ?? "")
    );
  }

  /** A function defined in this file, called from the task: its operations surface at the call. */
  private followHelper(call: SyntaxNode, callee: SyntaxNode, frame: Frame, site: CallSite | undefined): void {
    if (frame.instance && callee.type === "attribute") {
      const object = callee.childForFieldName("object")!;
      if (object.type === "identifier" && object.text === firstParameter(frame.fn)) {
        this.followMethod(call, callee, frame);
        return;
      }
    }
    // `self._save(bucket, csv)` in a method of a plain class (a loader a task runs): that method
    // of the same class, its parameters after `self` bound to the call's arguments.
    const own = callee.type === "attribute" && !frame.instance ? ownMethod(callee, frame.fn) : undefined;
    if (own) {
      // Clients passed too (`self._save(bucket, …)` with `bucket = storage.Client().bucket(B)`).
      const argument = (name: string, index: number) =>
        index === 0 ? undefined : argumentAt(call, { keyword: name, index: index - 1 });
      const inner = LocationResolver.boundFrame(
        own,
        frame,
        this.resolver.argumentPlaces(own, call, frame, 1),
        this.resolver.boundReceivers(own, frame, argument),
      );
      if (inner) this.collect(inner, site ?? { node: call, helper: shortText(callee, 40) });
      return;
    }
    if (
      callee.type === "attribute" &&
      !this.module.context.isImported(callee) &&
      this.followClassMethod(call, callee, frame, site)
    )
      return;
    if (this.session && this.module.context.isImported(callee)) {
      const qualified = this.module.context.qualify(callee);
      if (qualified === undefined) return;
      // Most imported names are not the repository's: the site is named only for one that is.
      const entered = this.enterImported(qualified, frame, (name, index) =>
        argumentAt(call, { keyword: name, index }),
      );
      entered?.extractor.collect(entered.frame, site ?? { node: call, helper: shortText(callee, 40) });
      return;
    }
    if (callee.type !== "identifier" || this.module.context.isImported(callee)) return;
    const fn = this.module.context.functions.get(callee.text);
    if (!fn && this.session && this.module.bindings.reaching(callee.text, callee).length === 0) {
      // Bound by nothing here: a function of a repository module imported with `*`.
      for (const qualified of wildcardNames(this.module.context, callee.text)) {
        const entered = this.enterImported(qualified, frame, (name, index) =>
          argumentAt(call, { keyword: name, index }),
        );
        if (!entered) continue;
        entered.extractor.collect(entered.frame, site ?? { node: call, helper: callee.text });
        return;
      }
      return;
    }
    if (!fn || fn.type !== "function_definition") return;
    // A function nested in the current one is read as part of it, its parameters unknown (or
    // their defaults); a call here that passes arguments enters it again with them
    // (`load_from_csv("data/tmp/prices.csv")`), which may name what that reading could not. A
    // script's module is read without its definitions (`scriptCalls`): there, calls enter them.
    if (frame.fn.type !== "module" && encloses(frame.fn, fn) && !hasArguments(call)) return;
    const inner = LocationResolver.helperFrame(fn, call, frame);
    if (inner) this.collect(inner, site ?? { node: call, helper: callee.text });
  }

  /**
   * A method of a class defined at this module's top level, called on the class
   * (`Storage.save_jsonl(data, path)`, a `@staticmethod`) or on an instance the code makes
   * (`Integration(config).merchants.fetch_and_save()`: `Integration(…)` is an instance, and
   * `.merchants` the instance of the one class `__init__` assigns it, `self.merchants =
   * MerchantsEndpoint(client)`, when no other line of the class assigns it). The method's
   * parameters are bound to the call's arguments; `self.X` stays unknown. Anything else
   * (a local variable, a base class, an attribute assigned twice): not followed.
   */
  private followClassMethod(
    call: SyntaxNode,
    callee: SyntaxNode,
    frame: Frame,
    site: CallSite | undefined,
  ): boolean {
    const object = unparenthesize(callee.childForFieldName("object")!);
    const name = callee.childForFieldName("attribute")!.text;
    let method: SyntaxNode | undefined;
    let skip: number;
    // The extractor of the module the class is in (another repository module's, or undefined: this one).
    let owner: StorageExtractor | undefined;
    const named = object.type === "identifier" ? this.moduleClass(object) : undefined;
    if (named) {
      const found = classMethod(named, name);
      if (!found || found.kind === "instance") return false;
      method = found.fn;
      skip = found.kind === "class" ? 1 : 0;
    } else {
      const found = this.instanceMethod(object, name, frame);
      if (!found) return false;
      method = found.fn;
      skip = 1;
      owner = found.extractor;
    }
    if (LocationResolver.entered(method, frame)) return true;
    const places = this.resolver.argumentPlaces(method, call, frame, skip);
    const inner = LocationResolver.boundFrame(method, frame, places);
    // A method of a class in another repository module is read by that module's extractor.
    if (inner) (owner ?? this).collect(inner, site ?? { node: call, helper: shortText(callee, 40) });
    return true;
  }

  /** A class defined at the top level of this module, named by this identifier (not shadowed by an import). */
  private moduleClass(identifier: SyntaxNode): SyntaxNode | undefined {
    if (identifier.type !== "identifier" || this.module.context.isImported(identifier)) return undefined;
    return topLevelClasses(this.module.root).get(identifier.text);
  }

  /**
   * The class of the instance an expression holds, a class of this module or of a repository
   * module (with that module's extractor): `Cls(…)`; a name bound once to one (`hook =
   * SwiftHook(conn)`); `self.attr` in a method of a class whose every assignment of `attr` makes
   * the same class (`self.hook = SwiftHook(…)` in each branch of `execute`); `.attr` of an
   * instance, as `__init__` alone assigns it. Anything else (a parameter, an attribute bound to
   * two classes, a base class's attribute): undefined.
   */
  private instanceClass(
    expression: SyntaxNode,
    frame: Frame,
    depth: number,
  ): { cls: SyntaxNode; extractor: StorageExtractor } | undefined {
    if (depth > 4) return undefined;
    const node = unparenthesize(expression);
    if (node.type === "call") {
      const ref = this.classAt(node.childForFieldName("function")!);
      return ref ? { cls: ref.cls, extractor: ref.extractor } : undefined;
    }
    // `kwargs["collection"]` of the task's `**kwargs`: what `op_kwargs` passes (`passedInstanceClass`).
    if (node.type === "subscript") return this.passedInstanceClass(node, frame, depth);
    if (node.type === "identifier") {
      const reaching = this.module.bindings.reaching(node.text, node);
      const only = reaching.length === 1 ? reaching[0] : undefined;
      if (only?.kind === "parameter") return this.passedInstanceClass(node, frame, depth);
      if (only?.kind !== "assign" || only.index !== undefined || !only.value) return undefined;
      return this.instanceClass(only.value, frame, depth + 1);
    }
    if (node.type !== "attribute") return undefined;
    const object = unparenthesize(node.childForFieldName("object")!);
    const attribute = node.childForFieldName("attribute")!.text;
    if (object.type === "identifier" && object.text === firstParameter(frame.fn)) {
      const cls = methodClass(frame.fn);
      return cls ? this.attributeClass(cls, attribute, frame, depth) : undefined;
    }
    const owner = this.instanceClass(object, frame, depth + 1);
    const value = owner ? assignedOnce(owner.cls, attribute) : undefined;
    return value && unparenthesize(value).type === "call"
      ? owner!.extractor.instanceClass(value, frame, depth + 1)
      : undefined;
  }

  /**
   * `op_kwargs={"collection": Collection("coll")}`: the instance DAG code gives a task's parameter
   * (or `**kwargs` item), read in the DAG file (the root) when the callable is another module's.
   */
  private passedInstanceClass(
    parameter: SyntaxNode,
    frame: Frame,
    depth: number,
  ): { cls: SyntaxNode; extractor: StorageExtractor } | undefined {
    const passed = this.resolver.passedArgument(parameter, frame);
    const reader = passed?.tree === this.module.root.tree ? this : this.session?.root;
    return passed && reader?.module.root.tree === passed.tree
      ? reader.instanceClass(passed, frame, depth + 1)
      : undefined;
  }

  /** The one class every `self.attr = Cls(…)` of a class (of this module) makes, if there is one. */
  private attributeClass(
    cls: SyntaxNode,
    attribute: string,
    frame: Frame,
    depth: number,
  ): { cls: SyntaxNode; extractor: StorageExtractor } | undefined {
    let found: { cls: SyntaxNode; extractor: StorageExtractor } | undefined;
    const within = (fn: SyntaxNode, type: string) => this.module.nodes.within(fn, type);
    for (const method of classMethods(cls).values()) {
      for (const assigned of selfAssignments(method, within)) {
        if (assigned.attribute !== attribute) continue;
        const made = assigned.value ? this.instanceClass(assigned.value, frame, depth + 1) : undefined;
        if (!made || (found && found.cls !== made.cls)) return undefined;
        found = made;
      }
    }
    if (found || depth > 4) return found;
    // Assigned by none of its methods: the base's (`self.s3 = S3Client(conn)` in `BaseLayer.__init__`).
    const base = this.soleModuleBase(cls);
    return base ? this.attributeClass(base, attribute, frame, depth + 1) : undefined;
  }

  /** The one base of a class, when it is a class of this module (`class TransientLayer(BaseLayer)`). */
  private soleModuleBase(cls: SyntaxNode): SyntaxNode | undefined {
    const bases = cls.childForFieldName("superclasses")?.namedChildren.filter((b) => b.type !== "comment");
    return bases?.length === 1 ? this.moduleClass(bases[0]!) : undefined;
  }

  /** `self.load(path)` in an operator class's method: that method of the class, its parameters bound. */
  private followMethod(call: SyntaxNode, callee: SyntaxNode, frame: Frame): void {
    const method = frame.instance!.method?.(callee.childForFieldName("attribute")!.text);
    if (!method) {
      this.captureCall(call, callee, frame);
      return;
    }
    if (LocationResolver.entered(method.fn, frame)) return;
    const places = this.resolver.argumentPlaces(method.fn, call, frame, 1);
    // The clients it is passed (`self.upload_file(hook, name)` with `hook = WasbHook(…)`).
    const receivers = this.resolver.argumentReceivers(method.fn, call, frame, 1);
    const key = JSON.stringify([
      [...places].map(([name, place]) => [name, place ?? null]),
      receivers.size > 0 ? [...receivers] : null,
    ]);
    method.collect({
      fn: method.fn,
      task: frame.task,
      depth: frame.depth + 1,
      bound: { places, ...(receivers.size > 0 ? { receivers } : {}), key: `${call.id}:${key}` },
      outer: frame,
      instance: frame.instance!,
    });
  }

  /**
   * `self._output_callable(df, **self._output_callable_kwargs)` while a summary is read: an
   * attribute (not a method) called with exactly one `**` spread of an attribute, and no `*`
   * spread; `summarize` keeps it when both attributes are exactly a keyword's marker.
   */
  private captureCall(call: SyntaxNode, callee: SyntaxNode, frame: Frame): void {
    if (!capturingCalls) return;
    let positional = 0;
    const keywords: string[] = [];
    let spread: SyntaxNode | undefined;
    for (const argument of call.childForFieldName("arguments")?.namedChildren ?? []) {
      if (argument.type === "comment") continue;
      if (argument.type === "list_splat") return;
      if (argument.type === "dictionary_splat") {
        if (spread) return;
        spread = argument.namedChild(0) ?? undefined;
        continue;
      }
      if (argument.type === "keyword_argument") {
        const name = argument.childForFieldName("name")?.text;
        if (name === undefined) return;
        keywords.push(name);
        continue;
      }
      positional++;
    }
    if (!spread) return;
    const callable = this.resolver.place(callee, frame);
    const kwargs = this.resolver.place(spread, frame);
    if (callable && kwargs) capturingCalls.push({ callable, kwargs, positional, keywords });
  }

  /** The configured API a resolved name matches (`configuredCallFor`), and its `call`, if any. */
  private configuredApi(qualified: string): { call: string; api: StorageApi } | undefined {
    const call = configuredCallFor(qualified, (name) => this.knowledge.extraApis.has(name));
    return call === undefined ? undefined : { call, api: this.knowledge.extraApis.get(call)! };
  }

  private match(callee: SyntaxNode, qualified: string | undefined, frame: Frame): MatchedCall | undefined {
    if (qualified !== undefined) {
      const configured = this.configuredApi(qualified);
      if (configured)
        return {
          api: configured.api,
          name: qualified.split(".").slice(-2).join("."),
          row: configuredRow(configured.call),
        };
      // An operator run from a task's code (`EmailOperator(…).execute(context)`) does its storage there.
      const known = STORAGE_FUNCTIONS.get(qualified) ?? STORAGE_OPERATORS.get(qualified);
      if (known && !this.isLocalFunction(callee))
        return {
          api: known,
          name: shortText(callee, 40),
          row: catalogRow(
            qualified,
            `Python storage, ${STORAGE_FUNCTIONS.has(qualified) ? "functions and classes" : "operators"}`,
          ),
        };
    }
    if (callee.type !== "attribute") return undefined;
    const known = this.storageMethod(callee);
    if (known === undefined) return undefined;
    const { method, name, object, configured } = known;
    if (configured) return { api: configured, name, row: configuredRow(`.${method}`) };
    const receiver = this.resolver.receiver(object, frame);
    if (receiver) {
      const api = RECEIVER_METHODS[receiver.kind][method];
      return api
        ? {
            api,
            name,
            receiver,
            row: catalogRow(`.${method}`, `Python storage, methods of: ${RECEIVER_NAMES[receiver.kind]}`),
          }
        : undefined;
    }
    const any = ANY_RECEIVER_METHODS.get(method);
    return any
      ? { api: any, name, row: catalogRow(`.${method}`, "Python storage, methods on any receiver") }
      : undefined;
  }

  /**
   * The method a callee calls (`x.y.write_text`), when some storage API has a method of that
   * name: its name, how a finding names the call, its receiver, the configured API. The same for
   * every frame (a helper's calls are matched at every call of the helper): asked once per callee.
   */
  private storageMethod(callee: SyntaxNode): StorageMethod | undefined {
    if (callee.tree !== this.module.root.tree) return this.readStorageMethod(callee);
    let known = this.storageMethods.get(callee.id);
    if (known === undefined) {
      known = this.readStorageMethod(callee) ?? null;
      this.storageMethods.set(callee.id, known);
    }
    return known ?? undefined;
  }

  private readStorageMethod(callee: SyntaxNode): StorageMethod | undefined {
    // The method is the last name of the callee's text (the attribute's, which ends it after a
    // dot, a space or a line break), and the receiver matters only for a method some storage
    // API has (most method calls, `np.zeros`, have none).
    const attribute = callee.childForFieldName("attribute");
    const method = TRAILING_NAME.exec(attribute ? attribute.text : callee.text)?.[0];
    if (method === undefined) return undefined;
    const configured = this.knowledge.extraApis.get(`.${method}`);
    if (!configured && !KNOWN_METHOD_NAMES.has(method)) return undefined;
    const object = callee.childForFieldName("object")!;
    // `s3.put_object`, `Path(OUT).write_text`; a long receiver expression is elided.
    const name =
      dottedParts(object) || callee.endIndex - callee.startIndex <= 40
        ? shortText(callee, 40)
        : `….${method}`;
    return { method, name, object, ...(configured ? { configured } : {}) };
  }

  /** `open` defined in this file is not the builtin. */
  private isLocalFunction(callee: SyntaxNode): boolean {
    return callee.type === "identifier" && this.module.context.functions.has(callee.text);
  }

  private record(call: SyntaxNode, matched: MatchedCall, frame: Frame, site: CallSite | undefined): void {
    const { api, receiver } = matched;
    const guess = (place: Place): Place => (api.guessed ? { ...place, guessed: true } : place);
    let openerAccess: Access | undefined;
    if (api.opener) {
      const modeNode = argumentAt(call, api.opener.mode);
      // `open(path, mode=mode)` in a helper a task calls (`def load(p, mode="r")`): the mode the
      // call gives or leaves at its default. A task's own parameter is the DAG's to give.
      const mode = modeNode
        ? (stringLiteral(modeNode) ?? (frame.call ? this.resolver.knownText(modeNode, frame) : undefined))
        : api.opener.defaultMode;
      if (mode === undefined) return;
      // `tarfile` modes name a compression after `:` or `|` (`"r:xz"` reads).
      openerAccess = /[wax+]/.test(mode.split(/[:|]/)[0]!) ? "write" : "read";
    }
    const effects = api.choice
      ? [...api.effects, ...this.resolver.chosenEffects(call, api.choice, frame)]
      : api.effects;
    for (const effect of effects) {
      const places = this.resolver.effectPlaces(call, effect, frame, receiver, api.scheme);
      if (places.length === 0)
        this.noteUnplaced(call, effect, openerAccess ?? effect.access, matched, frame, site);
      for (const { place, written } of places) {
        // Writes through an open handle belong to the call that opened it.
        if (place.handle) continue;
        this.push(openerAccess ?? effect.access, guess(place), written ?? call, call, matched, frame, site);
      }
    }
    if (api.program) {
      const written = argumentAt(call, api.program.argument) ?? call;
      for (const { access, place, at } of this.resolver.programPlaces(call, api.program, frame)) {
        if (access === "run")
          this.runScript(place, frame, site ?? { node: written, helper: "", script: true });
        else this.push(access, guess(place), at ?? written, call, matched, frame, site);
      }
      // A statement on a connection to a database file reads or writes that file's tables.
      if (api.program.database && receiver?.place) {
        const tables = this.resolver.programTables(call, api.program, frame);
        if (tables.writes) this.push("write", receiver.place, written, call, matched, frame, site);
        if (tables.reads) this.push("read", receiver.place, written, call, matched, frame, site);
      }
    }
  }

  /**
   * A task's own call of a known API whose place argument names nothing the resolver can follow:
   * recorded for `--explain` (`TransportModel.unplacedStorage`), never a finding.
   */
  private noteUnplaced(
    call: SyntaxNode,
    effect: StorageEffect,
    access: Access,
    matched: MatchedCall,
    frame: Frame,
    site: CallSite | undefined,
  ): void {
    if (capturing || this.imported || site || matched.api.guessed) return;
    const argument = argumentAt(call, effect.path ?? effect.key);
    if (!argument) return;
    (this.model.unplacedStorage ??= []).push({
      taskId: frame.task.fact.id,
      access,
      api: matched.name,
      matchedBy: matched.row,
      span: spanOf(argument),
    });
  }

  private push(
    access: Access,
    place: Place,
    written: SyntaxNode,
    call: SyntaxNode,
    matched: MatchedCall,
    frame: Frame,
    site: CallSite | undefined,
  ): void {
    if (capturing) {
      capturing.push({ access, place });
      return;
    }
    const location = this.resolver.toLocation(place, written);
    // A convention's guess names a place only when its value is a path (not a table, not a word).
    if (matched.api.guessed && !isPathLike(location.pattern)) return;
    const madeBy = access === "write" ? this.madeByTask(location, written, frame) : undefined;
    const madeIn =
      access === "write" && madeBy === undefined ? this.madeInTask(location, written, frame) : undefined;
    this.ops.push({
      taskId: frame.task.fact.id,
      ...(frame.task.fact.dagId !== undefined ? { dagId: frame.task.fact.dagId } : {}),
      access,
      api: site ? `${site.helper}${site.script ? "" : "()"} → ${matched.name}` : matched.name,
      matchedBy: matched.row,
      location:
        madeBy !== undefined || madeIn !== undefined
          ? { ...location, ...(madeBy !== undefined ? { madeBy } : { madeIn: madeIn! }) }
          : location,
      // An operator's declaration is long: its finding points at the argument that names the place.
      // A same-file helper's write is reported at the helper's own line (once, whichever tasks
      // call it); an imported helper's, at the call in the linted file; a read, at the call.
      span: spanOf(
        site && (this.imported || access === "read") ? site.node : matched.declaration ? written : call,
      ),
      ...(site && !this.imported && access === "write" ? { calledAt: spanOf(site.node) } : {}),
      ...(site && !this.imported && !site.script && frame.call?.id === site.node.id
        ? { inHelper: spanOf(call) }
        : {}),
      ...(this.imported
        ? { origin: { file: this.imported.file, name: this.imported.name, span: spanOf(call) } }
        : {}),
    });
  }

  /**
   * `Location.madeBy` for a place none of whose parts we can name: `expression` is a name bound
   * once, in the task's own function, to a value that code builds (a call, a string, a `/` join)
   * — not a parameter, a loop variable or a value from elsewhere, which may be anyone's place
   * (the staging volume another task named). Undefined otherwise.
   */
  private madeByTask(location: Location, expression: SyntaxNode, frame: Frame): string | undefined {
    // (A pattern that starts at a known root matches by its text: `madeBy` is for what that cannot.)
    if (hasLiteral(location.pattern) && !location.pattern.startsWith("{")) return undefined;
    return this.boundInTask(expression, frame);
  }

  /**
   * `Location.madeIn` for a write whose path starts unknown: `os.path.join(folder, …)` (or
   * `f"{folder}/…"`) in the task's own code, `folder` a name bound once there to a value it builds.
   */
  private madeInTask(location: Location, expression: SyntaxNode, frame: Frame): string | undefined {
    if (!location.pattern.startsWith("{")) return undefined;
    const node = unparenthesize(expression);
    let first: SyntaxNode | undefined;
    if (node.type === "call" && this.module.context.qualifiedCallee(node) === "os.path.join")
      first = callArguments(node).positional[0];
    else if (node.type === "string") {
      // `f"{folder}/{name}.sql"`: the first part an interpolation, a `/` right after it.
      const parts = node.namedChildren.filter((part) => part.type !== "string_start");
      const [head, next] = parts;
      if (head?.type === "interpolation" && next?.type === "string_content" && next.text.startsWith("/"))
        first = head.childForFieldName("expression") ?? undefined;
    }
    return first ? this.boundInTask(first, frame) : undefined;
  }

  /** A name bound once, in the task's own function, to a value that code builds: `name@offset`. */
  private boundInTask(expression: SyntaxNode, frame: Frame): string | undefined {
    if (this.imported || frame.call || frame.fn.id !== frame.task.fn?.id) return undefined;
    const node = unparenthesize(expression);
    if (node.type !== "identifier") return undefined;
    const value = onlyAssignedValue(this.module.bindings.reaching(node.text, node));
    if (!value || !MADE_VALUE_TYPES.has(value.type)) return undefined;
    if (value.startIndex < frame.fn.startIndex || value.endIndex > frame.fn.endIndex) return undefined;
    return `${node.text}@${value.startIndex}`;
  }

  /** The places each handoff refers to: the value itself, or paths inside a dict / list it builds. */
  private fillHandoffLocations(): void {
    for (const { fact, value, task, helper } of this.module.handoffValues) {
      const seen = new Set<string>();
      const handed = helper
        ? this.helperHandedPlaces(task, helper, fact.key, value)
        : this.handedPlaces(task, fact.channel, value, fact.key);
      for (const { place, node, frame } of handed) {
        const location = this.resolver.toLocation(place, node);
        const madeBy = frame && this.madeByTask(location, node, frame);
        if (madeBy !== undefined) {
          fact.locations.push({ ...location, madeBy });
          continue;
        }
        if (seen.has(location.pattern) || !isPathLike(location.pattern)) continue;
        seen.add(location.pattern);
        fact.locations.push(location);
      }
    }
  }

  /**
   * The places a task's handed-on value refers to, for each call of its factory: read in the
   * task's code (`LocationResolver.handedPlaces`), or — for a task running an imported function
   * or a bound method — what that function returns or pushes under `key`, read there (no frame of
   * this file: standing for `value`).
   */
  private handedPlaces(
    task: PythonTask,
    channel: HandoffChannel,
    value: SyntaxNode,
    key: string,
  ): { place: Place; node: SyntaxNode; frame?: Frame }[] {
    const factories = this.taskFactories(task) ?? [undefined];
    if (!task.fn) {
      const places = factories.flatMap((f) =>
        channel === "return"
          ? this.importedTaskReturns(task, f)
          : channel === "xcom-push"
            ? this.importedTaskPushes(task, key, f)
            : [],
      );
      return places.map((place) => ({ place, node: value }));
    }
    return factories.flatMap((f) =>
      this.taskFrames(task, f).flatMap((frame) => this.resolver.handedPlaces(value, frame)),
    );
  }

  /** What a helper the task's code calls pushes under `key`, for each call of its factory. */
  private helperHandedPlaces(
    task: PythonTask,
    helper: PushingHelper,
    key: string,
    call: SyntaxNode,
  ): { place: Place; node: SyntaxNode; frame?: Frame }[] {
    const factories = this.taskFactories(task) ?? [undefined];
    return factories.flatMap((f) =>
      this.taskFrames(task, f).flatMap((frame) =>
        this.helperPushedPlaces(helper, key, frame).map((place) => ({ place, node: call })),
      ),
    );
  }
}

/** Code that runs only when called: not part of a script's own run. */
const DEFINITIONS = new Set(["function_definition", "class_definition", "lambda"]);

/**
 * A script's path as text for the look-up: the literal text after the last part the analysis
 * cannot name (`{dag_folder}/create_tf_record.py` gives `create_tf_record.py`).
 */
function scriptPath(place: Place): string | undefined {
  let text = "";
  for (const piece of place.pieces) text = "text" in piece ? text + piece.text : "";
  return text.endsWith(".py") ? text : undefined;
}

/** Expressions that build a place (`madeByTask`). */
const MADE_VALUE_TYPES = new Set(["call", "string", "concatenated_string", "binary_operator"]);

/**
 * A dict literal's string keys and their values (`{"path": "x", "bucket": B}`); undefined for
 * anything else, or a dict with a `**` spread or a key that is not a string literal (which
 * keywords it passes is then not known).
 */
function literalKeywords(expression: SyntaxNode): Map<string, SyntaxNode> | undefined {
  const dict = unparenthesize(expression);
  if (dict.type !== "dictionary") return undefined;
  const values = new Map<string, SyntaxNode>();
  for (const pair of dict.namedChildren) {
    if (pair.type === "comment") continue;
    if (pair.type !== "pair") return undefined;
    const key = stringLiteral(pair.childForFieldName("key"));
    const value = pair.childForFieldName("value");
    if (key === undefined || !value) return undefined;
    values.set(key, value);
  }
  return values;
}

const topLevelClassCache = new NodeMemo<Map<string, SyntaxNode>>();

/** The classes defined at a module's top level, by name (a name defined twice: neither). */
function topLevelClasses(root: SyntaxNode): Map<string, SyntaxNode> {
  let classes = topLevelClassCache.get(root);
  if (classes) return classes;
  classes = new Map();
  const twice = new Set<string>();
  for (const child of root.namedChildren) {
    const cls = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (cls?.type !== "class_definition") continue;
    const name = cls.childForFieldName("name")!.text;
    if (classes.has(name)) twice.add(name);
    classes.set(name, cls);
  }
  for (const name of twice) classes.delete(name);
  topLevelClassCache.set(root, classes);
  return classes;
}

/** Scopes a declaration's `for` must not lie beyond: the loop variable would be another's. */
const LOOP_SCOPES = new Set(["function_definition", "lambda", "class_definition"]);

export function extractStorage(module: PythonModule, model: TransportModel): void {
  if (module.tasks.length === 0) return;
  const session: ProjectSession | undefined =
    module.project && module.filePath
      ? { modules: module.project, file: module.filePath, extractors: new Map() }
      : undefined;
  new StorageExtractor(module, model, session).run();
}

/** Whether a call passes any argument (`f()` passes none). */
function hasArguments(call: SyntaxNode): boolean {
  const list = call.childForFieldName("arguments");
  return !!list && list.namedChildren.some((child) => child.type !== "comment");
}
