/**
 * The GraphStore contract: one vitest suite every store must pass (embedded in
 * tests/store.contract.test.ts, Neo4j in its own test file). It talks to the
 * store only through the GraphStore interface and the hand-written fixtures in
 * tests/fixtures/documents, so it cannot depend on how a store keeps its data.
 *
 * `createStore` must return an opened, empty store; the suite closes it.
 */
import { afterEach, beforeEach, describe } from 'vitest';
import type { GraphStore } from '../../server/store/types.ts';
import { describeReadCases } from './read-cases.ts';
import { loadBoth, type ContractContext } from './shared.ts';
import { describeWriteCases } from './write-cases.ts';
import { describeHomonymCases } from './homonym-cases.ts';

/** Registers the contract suite for one store. */
export function describeStoreContract(label: string, createStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${label}`, () => {
    let store: GraphStore | undefined;

    beforeEach(async () => {
      store = await createStore();
    });

    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    const context: ContractContext = {
      store: () => {
        if (!store) throw new Error('the contract suite has no open store');
        return store;
      },
      loadBoth: () => loadBoth(context.store()),
    };
    describeWriteCases(context);
    describeReadCases(context);
    describeHomonymCases(context);
  });
}
