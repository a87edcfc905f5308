/**
 * The code that runs as a task: its handler, the functions nested in it (callbacks run as part
 * of the task), and the helper functions of the same file it calls, a few levels deep. Facts
 * found anywhere in that code belong to the task; what a helper does surfaces at the call in
 * the handler that led to it (`site`), as in the Python frontend. A team's sanctioned
 * pass-by-reference helpers are not followed into.
 */
import type { TSESTree } from "@typescript-eslint/types";
import { isFunction, unwrap, type FunctionNode, type Node } from "./ast.js";
import type { ModuleContext } from "./module-context.js";
import type { TsTask } from "./tasks.js";

/** Helpers calling helpers deeper than this are not followed. */
const MAX_HELPER_DEPTH = 3;

export interface CallSite {
  /** The call in the handler. */
  call: TSESTree.CallExpression;
  /** The helper it calls, by name. */
  helper: string;
}

export interface Region {
  fn: FunctionNode;
  /** Absent for the handler itself; for a helper, the handler's call that led to it. */
  site?: CallSite;
}

export class TaskCode {
  private readonly cache = new Map<TsTask, Region[]>();

  constructor(
    private readonly context: ModuleContext,
    private readonly sanctioned: ReadonlySet<string> = new Set(),
  ) {}

  /** The handler and the helpers it reaches, outermost first. */
  regions(task: TsTask): Region[] {
    let regions = this.cache.get(task);
    if (regions) return regions;
    regions = [];
    if (task.fn) this.collect(task.fn, 0, regions, undefined);
    this.cache.set(task, regions);
    return regions;
  }

  /** The region a node of the task's code belongs to. */
  regionOf(task: TsTask, node: Node): Region | undefined {
    return this.regions(task).find((r) => this.context.index.isWithin(node, r.fn));
  }

  /** The calls in the task's code, regions in order (kept: three extractors ask per task). */
  calls(task: TsTask): readonly TSESTree.CallExpression[] {
    let calls = this.callsOf.get(task);
    if (!calls) {
      calls = this.regions(task).flatMap((r) => this.context.index.within(this.context.index.calls, r.fn));
      this.callsOf.set(task, calls);
    }
    return calls;
  }

  news(task: TsTask): readonly TSESTree.NewExpression[] {
    return this.regions(task).flatMap((r) => this.context.index.within(this.context.index.news, r.fn));
  }

  private readonly callsOf = new Map<TsTask, TSESTree.CallExpression[]>();

  /** True for a call of a sanctioned helper (by local name or qualified import). */
  isSanctioned(call: TSESTree.CallExpression): boolean {
    if (this.sanctioned.size === 0) return false;
    const callee = unwrap(call.callee);
    const qualified = this.context.qualify(callee);
    if (qualified !== undefined && this.sanctioned.has(qualified)) return true;
    return callee.type === "Identifier" && this.sanctioned.has(callee.name);
  }

  private collect(fn: FunctionNode, depth: number, regions: Region[], site: CallSite | undefined): void {
    if (regions.some((r) => this.context.index.isWithin(fn, r.fn))) return;
    regions.push({ fn, ...(site ? { site } : {}) });
    if (depth >= MAX_HELPER_DEPTH) return;
    for (const call of this.context.index.within(this.context.index.calls, fn)) {
      if (this.isSanctioned(call)) continue;
      const callee = unwrap(call.callee);
      if (callee.type !== "Identifier") continue;
      const binding = this.context.scopes.resolve(callee);
      let helper: FunctionNode | undefined;
      if (binding?.kind === "function" && isFunction(binding.declaration)) helper = binding.declaration;
      else if (binding?.kind === "const" && binding.init && !binding.destructured) {
        const init = unwrap(binding.init);
        if (isFunction(init)) helper = init;
      }
      if (helper) this.collect(helper, depth + 1, regions, site ?? { call, helper: callee.name });
    }
  }
}
