import { describe, expect, it } from 'vitest';
import { createStore, watch } from './store.ts';

describe('createStore', () => {
  it('does not notify when a producer returns the same state', () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.n));
    store.update((state) => state);
    store.update((state) => ({ n: state.n + 1 }));
    expect(seen).toEqual([2]);
    expect(store.get()).toEqual({ n: 2 });
  });

  it('passes the previous state and stops after unsubscribe', () => {
    const store = createStore({ n: 1 });
    const pairs: Array<[number, number]> = [];
    const stop = store.subscribe((state, previous) => pairs.push([previous.n, state.n]));
    store.update(() => ({ n: 5 }));
    stop();
    store.update(() => ({ n: 6 }));
    expect(pairs).toEqual([[1, 5]]);
  });
});

describe('watch', () => {
  it('fires only when the selected slice changes, and once at start when immediate', () => {
    const store = createStore({ a: 1, b: 1 });
    const seen: Array<[number, number | undefined]> = [];
    watch(store, (state) => state.a, (value, previous) => seen.push([value, previous]), { immediate: true });
    store.update((state) => ({ ...state, b: 2 }));
    store.update((state) => ({ ...state, a: 3 }));
    expect(seen).toEqual([
      [1, undefined],
      [3, 1],
    ]);
  });
});
