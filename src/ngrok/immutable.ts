/**
 * Deeply frozen JSON values whose derived facts may be computed once and remembered by
 * identity: the canonical JSON text of a value, its YAML text, and "the schema accepted it".
 *
 * A fleet compiled from one template repeats the same actions thousands of times (the same
 * `restrict-ips` ranges, the same `jwt-validation` config in every clinic). The compiler keeps
 * one frozen object per distinct action ({@link Interner}), and the serialisers and the schema
 * validator look each one up instead of redoing the work for every site. Only values registered
 * here are trusted: freezing makes them unchangeable, so a remembered fact stays true.
 * @internal
 */

const IMMUTABLE = new WeakSet<object>();

/** True when `v` is an object or array registered by {@link deepFreeze} (it and everything inside it are frozen). */
export function isImmutable(v: unknown): boolean {
  return v !== null && typeof v === 'object' && IMMUTABLE.has(v);
}

/**
 * Freezes a plain JSON value and everything inside it, and registers every object and array
 * in it as immutable. A value that contains a cycle, or an object that is not a plain object
 * or array, is frozen as far as possible but not registered (facts about it are never cached).
 * Returns the value.
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, []);
  return value;
}

/** Returns true when the subtree is plain, acyclic JSON data (and then registers it). */
function freeze(v: unknown, ancestors: object[]): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint';
  if (IMMUTABLE.has(v)) return true;
  if (ancestors.includes(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  let plain = Array.isArray(v) || proto === Object.prototype || proto === null;
  ancestors.push(v);
  for (const k of Object.keys(v)) if (!freeze((v as Record<string, unknown>)[k], ancestors)) plain = false;
  ancestors.pop();
  Object.freeze(v);
  if (plain) IMMUTABLE.add(v);
  return plain;
}

/**
 * A test "does some string inside this value pass `test`?" answered once per immutable value
 * (others are searched every time). Used by lint rules that scan the strings of every action.
 */
export function memoisedStringSearch(test: (s: string) => boolean): (value: unknown) => boolean {
  const cache = new WeakMap<object, boolean>();
  const search = (value: unknown): boolean => {
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v === 'string') {
        if (test(v)) return true;
      } else if (Array.isArray(v)) {
        for (const x of v as unknown[]) stack.push(x);
      } else if (v !== null && typeof v === 'object') {
        for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
      }
    }
    return false;
  };
  return (value) => {
    if (!isImmutable(value)) return search(value);
    let found = cache.get(value as object);
    if (found === undefined) cache.set(value as object, (found = search(value)));
    return found;
  };
}

/**
 * Hands out one shared, deeply frozen object per distinct JSON value (same keys in the same
 * order, same values). Keys are the values' `JSON.stringify` text, so an interner lives as long
 * as one compilation.
 */
export class Interner {
  private readonly byText = new Map<string, unknown>();
  /** The values handed out: asked again for one of them (an action the compiler built once for every site), no text is needed. */
  private readonly handedOut = new WeakSet<object>();

  /** The shared copy of `value` (`value` itself, frozen, the first time it is seen). */
  intern<T>(value: T): T {
    if (value !== null && typeof value === 'object' && this.handedOut.has(value)) return value;
    const text = JSON.stringify(value);
    if (text === undefined) return value;
    const known = this.byText.get(text);
    if (known !== undefined) return known as T;
    deepFreeze(value);
    this.byText.set(text, value);
    if (value !== null && typeof value === 'object') this.handedOut.add(value);
    return value;
  }
}

/**
 * Hands out one shared, deeply frozen rule per distinct rule of shared parts: the same name, the
 * same expressions, and the same shared action objects (from an {@link Interner}). A fleet's
 * policies repeat every rule but the forward in every site; shared, their YAML and canonical JSON
 * are written once (src/ngrok/immutable.ts facts). Lives as long as one compilation.
 */
export class RuleInterner {
  private readonly byKey = new Map<string, object>();
  /** A number per shared action, for the keys (actions are shared objects, compared by identity). */
  private readonly ids = new WeakMap<object, number>();
  private next = 0;

  private id(o: object): number {
    let n = this.ids.get(o);
    if (n === undefined) this.ids.set(o, (n = ++this.next));
    return n;
  }

  /** The shared rule `{ name, expressions?, actions }` (built by `make` the first time). */
  rule<R extends object>(name: string, expressions: readonly string[], actions: readonly object[], make: () => R): R {
    let key = `${name}\u0000${expressions.join('\u0001')}\u0000`;
    for (const a of actions) key += `${this.id(a)},`;
    const known = this.byKey.get(key);
    if (known) return known as R;
    const r = deepFreeze(make());
    this.byKey.set(key, r);
    return r;
  }
}
