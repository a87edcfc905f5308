import type { FrontendOptions, TransportModel } from "@dag-transport/core";
import type { Bindings } from "./bindings.js";
import type { HandoffValue } from "./handoffs.js";
import type { ModuleContext } from "./module-context.js";
import type { NodeIndex } from "./node-index.js";
import type { ProjectModules } from "./project.js";
import type { SyntaxNode } from "./syntax-tree.js";
import type { PythonTask } from "./tasks.js";

/** Everything an extractor may use about one parsed module. */
export interface PythonModule {
  source: string;
  root: SyntaxNode;
  context: ModuleContext;
  /** Nodes of the module by type, from one walk: use it instead of `root.descendantsOfType`. */
  nodes: NodeIndex;
  /** Which assignments reach a use of a name: follow values through local variables with it. */
  bindings: Bindings;
  tasks: PythonTask[];
  options: FrontendOptions;
  /**
   * Every handoff with the expression it hands off, filled by the handoff extractor (which runs
   * first). An extractor that needs the handed-off value (e.g. a path passed on by XCom, for
   * `HandoffFact.locations`) reads the value node here and fills the fact in place.
   */
  handoffValues: HandoffValue[];
  /** The linted file (absolute) and its repository's modules, when imports may be followed. */
  filePath?: string;
  project?: ProjectModules;
  /** Caches about this module (`memo.ts`): they die with it. Never copied to another module. */
  memos?: unknown[];
}

/** Adds one kind of fact (handoffs, storage operations, consumptions) to the model. */
export type FactExtractor = (module: PythonModule, model: TransportModel) => void;
