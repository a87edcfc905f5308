import type { FrontendOptions, Location, TransportModel } from "@dag-transport/core";
import type { FunctionNode, Node } from "./ast.js";
import type { StorageKnowledge } from "./knowledge.js";
import type { LocationFolder } from "./locations.js";
import type { ModuleContext } from "./module-context.js";
import type { Binding } from "./scope.js";
import type { SdkNames, TsTask } from "./tasks.js";
import type { TaskCode } from "./task-code.js";
import type { TypeKinds } from "./types.js";
import type { ValueAnalyzer } from "./values.js";

/** A location a task wrote or read, with the variables its path was built from. */
export interface LocatedOperation {
  location: Location;
  /** Variables the path (or bucket/key) came from: handing one of them on hands on the location. */
  bindings: Binding[];
  /** The path argument itself. */
  node: Node;
}

/** Everything an extractor may use about one analysed module. */
export interface TsModule {
  source: string;
  context: ModuleContext;
  sdk: SdkNames;
  tasks: TsTask[];
  /** The tasks' handler functions (a handler's first parameter carries the 0.1 client). */
  handlers: ReadonlySet<FunctionNode>;
  code: TaskCode;
  values: ValueAnalyzer;
  locations: LocationFolder;
  /** Present in typed mode (a TypeScript program is available). */
  types?: TypeKinds;
  options: FrontendOptions;
  /** The team's storage knowledge from the storage rules' options. */
  knowledge: StorageKnowledge;
  /** Storage operations by task id, filled by the storage extractor for the handoff extractor. */
  operations: Map<string, LocatedOperation[]>;
}

/** Adds one kind of fact (storage operations, handoffs, consumptions) to the model. */
export type FactExtractor = (module: TsModule, model: TransportModel) => void;
