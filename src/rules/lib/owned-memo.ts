/**
 * A fact derived from a workspace or a policy, remembered on that object itself (under a
 * private symbol) instead of in a module-level `WeakMap`.
 *
 * Why not a WeakMap: a module-level map lives in V8's old generation, and its young-generation
 * collector (the scavenger, which runs every few megabytes of allocation) treats the values of
 * such a map as reachable until the next full collection. Keyed by objects of one lint run, a
 * WeakMap so kept every policy and document the run touched alive past the run: each was copied
 * and promoted to the old generation, and died there. `tpc compile` of 1,000 clinics (which
 * lints its output 25 sites at a time) promoted ~65 MB of such dead artifacts and spent ~30% of
 * its time in the garbage collector. Held by its owner, the fact dies young with the owner.
 *
 * For values shared across runs (frozen, interned actions; src/ngrok/immutable.ts) a WeakMap is
 * right: they live long anyway.
 * @internal
 */
export function ownedMemo<O extends object, V>(description: string): (owner: O, make: () => V) => V {
  const key = Symbol(description);
  return (owner, make) => {
    const slots = owner as unknown as Record<symbol, V | undefined>;
    let v = slots[key];
    if (v !== undefined) return v;
    v = make();
    // A frozen owner cannot hold the fact: it is derived again on the next call.
    if (Object.isExtensible(owner)) slots[key] = v;
    return v;
  };
}
