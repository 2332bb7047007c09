// One idle instance of each hot class, kept for the life of the module. V8 drops the hidden class
// of a class none of whose instances is alive at a full garbage collection, and with it the
// optimized code of every function that saw one: between two reports nothing of the last one is
// alive, so each report after a full GC would run its first hundred thousand dossiers
// unoptimized (measured: 40–50 ms per 300,000). The kept instances are empty — never used, no
// cache filled — so that nothing of a caller's data is retained.

type Class<T> = abstract new (...args: never[]) => T

const idle = new Map<Class<object>, object>()

/**
 * Called from the constructor of `cls`: the first time, builds the idle instance with `make`
 * (which runs that same constructor: the entry is taken before, so it does not recurse). @internal
 */
export function keepIdleInstance<T extends object>(cls: Class<T>, make: () => T): void {
  if (idle.has(cls)) return
  idle.set(cls, idle)
  idle.set(cls, make())
}

/** The idle instance of `cls`, once one was built. @internal */
export function idleInstance<T extends object>(cls: Class<T>): T | undefined {
  const kept = idle.get(cls)
  return kept === undefined || kept === idle ? undefined : (kept as T)
}
