/** A three-valued truth: true, false, or undefined when it is not known (an open answer). */
export type Truth = boolean | undefined;

/** A tree of `all`, `any` and `not` over leaves of type `L` (a model's rule, or one compiled from it). */
export type TruthTree<L> =
  { readonly all: readonly TruthTree<L>[] } | { readonly any: readonly TruthTree<L>[] } | { readonly not: TruthTree<L> } | L;

/**
 * The truth of a tree in Kleene's three-valued logic, its leaves read by `leaf`: `all` is false
 * when one part is false, `any` true when one part is true, else an unknown part leaves it
 * unknown; `not` of unknown is unknown. Scoring and the model check read rules this way.
 */
export function kleene<L extends object>(node: TruthTree<L>, leaf: (leaf: L) => Truth): Truth {
  const branch = node as {
    readonly all?: readonly TruthTree<L>[];
    readonly any?: readonly TruthTree<L>[];
    readonly not?: TruthTree<L>;
  };
  const parts = branch.all ?? branch.any;
  if (parts) {
    // The value that decides: a false part for `all`, a true one for `any`.
    const decider = branch.all === undefined;
    let open = false;
    for (const part of parts) {
      const truth = kleene(part, leaf);
      if (truth === decider) return decider;
      if (truth === undefined) open = true;
    }
    return open ? undefined : !decider;
  }
  if (branch.not) {
    const truth = kleene(branch.not, leaf);
    return truth === undefined ? undefined : !truth;
  }
  return leaf(node as L);
}
