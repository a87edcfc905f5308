/**
 * Value kinds: what is known of the type of an expression that becomes an XCom.
 * (First cut: the interface only; the inference follows.)
 */
import type { ValueFact } from "@dag-transport/core";
import type { PythonModule } from "./index.js";
import type { SyntaxNode } from "./parse.js";

export class ValueAnalysis {
  private constructor(private readonly module: PythonModule) {}

  /** One analysis per module, shared by every extractor that asks about values. */
  static of(module: PythonModule): ValueAnalysis {
    return new ValueAnalysis(module);
  }

  /** The non-JSON content of a handed-off expression; empty when it is JSON or unknown. */
  factsOf(node: SyntaxNode): ValueFact[] {
    void node;
    void this.module;
    return [];
  }
}
