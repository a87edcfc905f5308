/**
 * Caches that live exactly as long as the object they belong to — a tree, a module, its context —
 * held by that object, for what extractors remember about one module (a call's arguments, a
 * class's summary, a module's value analysis).
 *
 * Not module-level `WeakMap`s. V8 (Node 20's V8 11) keeps an old `WeakMap`'s entries whose keys are
 * young through every scavenge, until the next full collection: a module-level cache keyed by a
 * linted file's nodes kept that file's whole tree (node objects, child lists, every cache of it)
 * alive at each minor GC, which copied it and then promoted it. On the real corpus's even half
 * that was 88 MB survived and 81 MB promoted a run, half a second of scavenges; held by their
 * owners, the caches die with them (bench/README.md, 2026-12-07, night).
 */
import type { SyntaxNode, SyntaxTree } from "./syntax-tree.js";

/** An object that holds caches of its own: one slot per `Memo`, made on first use. Never copy it. */
export interface MemoOwner {
  memos?: unknown[];
}

let slots = 0;

/** A cache of one value per owner, stored in the owner (`MemoOwner.memos`). */
export class Memo<K extends MemoOwner, V> {
  private readonly slot = slots++;

  get(owner: K): V | undefined {
    return owner.memos?.[this.slot] as V | undefined;
  }

  set(owner: K, value: V): void {
    (owner.memos ??= [])[this.slot] = value;
  }
}

/** A cache of one value per node, held by the node's tree (by node id). */
export class NodeMemo<V> {
  private readonly byTree = new Memo<SyntaxTree, Map<number, V>>();

  get(node: SyntaxNode): V | undefined {
    return this.byTree.get(node.tree)?.get(node.id);
  }

  set(node: SyntaxNode, value: V): void {
    let byId = this.byTree.get(node.tree);
    if (!byId) this.byTree.set(node.tree, (byId = new Map()));
    byId.set(node.id, value);
  }
}
