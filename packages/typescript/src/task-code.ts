/**
 * The code that runs as a task: its handler, the functions nested in it (callbacks run as part
 * of the task), and the helper functions of the same file it calls, a few levels deep. Facts
 * found anywhere in that code belong to the task.
 */
import type { TSESTree } from "@typescript-eslint/types";
import { isFunction, unwrap, type FunctionNode } from "./ast.js";
import type { ModuleContext } from "./module-context.js";
import type { TsTask } from "./tasks.js";

/** Helpers calling helpers deeper than this are not followed. */
const MAX_HELPER_DEPTH = 3;

export class TaskCode {
  private readonly cache = new Map<TsTask, FunctionNode[]>();

  constructor(private readonly context: ModuleContext) {}

  /** The handler and the helpers it reaches, outermost first. */
  regions(task: TsTask): FunctionNode[] {
    let regions = this.cache.get(task);
    if (regions) return regions;
    regions = [];
    if (task.fn) this.collect(task.fn, 0, regions);
    this.cache.set(task, regions);
    return regions;
  }

  calls(task: TsTask): TSESTree.CallExpression[] {
    const regions = this.regions(task);
    return this.context.index.calls.filter((call) =>
      regions.some((r) => this.context.index.isWithin(call, r)),
    );
  }

  news(task: TsTask): TSESTree.NewExpression[] {
    const regions = this.regions(task);
    return this.context.index.news.filter((node) =>
      regions.some((r) => this.context.index.isWithin(node, r)),
    );
  }

  private collect(fn: FunctionNode, depth: number, regions: FunctionNode[]): void {
    if (regions.some((r) => this.context.index.isWithin(fn, r))) return;
    regions.push(fn);
    if (depth >= MAX_HELPER_DEPTH) return;
    for (const call of this.context.index.calls) {
      if (!this.context.index.isWithin(call, fn)) continue;
      const callee = unwrap(call.callee);
      if (callee.type !== "Identifier") continue;
      const binding = this.context.scopes.resolve(callee);
      let helper: FunctionNode | undefined;
      if (binding?.kind === "function" && isFunction(binding.declaration)) helper = binding.declaration;
      else if (binding?.kind === "const" && binding.init && !binding.destructured) {
        const init = unwrap(binding.init);
        if (isFunction(init)) helper = init;
      }
      if (helper) this.collect(helper, depth + 1, regions);
    }
  }
}
