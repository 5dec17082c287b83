/**
 * A minimal observable store: holds one immutable state, applies producers,
 * and tells listeners. `watch` narrows a listener to one slice of the state.
 */
import type { Producer } from './types.ts';

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Applies a producer; listeners run only when it returned a different state. */
  update(producer: Producer<S>): void;
  /** Returns a function that removes the listener. */
  subscribe(listener: Listener<S>): () => void;
}

/** Creates a store holding `initial`. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      const next = producer(previous);
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Calls `onChange(value, previous)` whenever `select(state)` changes (by `Object.is`).
 * With `immediate`, it also runs once now with the current value.
 */
export function watch<S, T>(
  store: Store<S>,
  select: (state: S) => T,
  onChange: (value: T, previous: T | undefined) => void,
  options: { immediate?: boolean } = {},
): () => void {
  let current = select(store.get());
  if (options.immediate) onChange(current, undefined);
  return store.subscribe((state) => {
    const next = select(state);
    if (Object.is(next, current)) return;
    const previous = current;
    current = next;
    onChange(next, previous);
  });
}
