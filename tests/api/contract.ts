/**
 * The HTTP API contract: every endpoint over a real port, on whatever store the
 * factory gives (embedded in tests/api-contract.test.ts, Neo4j in
 * tests/api-contract.neo4j.test.ts), so both stores answer the same requests the
 * same way. `createStore` must return an opened, empty store; the suite closes it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { describeExportCases } from './export-cases.ts';
import { DATED_JIANGJIN, DATED_TONGNAN, TEST_KEY } from './fixtures.ts';
import { listen, stop, type Running } from './http.ts';
import { describeReadCases } from './read-cases.ts';
import { describeWriteCases } from './write-cases.ts';

/** What the cases get: the running API and the store behind it. */
export interface ApiContext {
  api(): Running;
  store(): GraphStore;
}

interface Fixture {
  store?: GraphStore;
  api?: Running;
}

async function start(fixture: Fixture, createStore: () => Promise<GraphStore>): Promise<void> {
  const store = await createStore();
  fixture.store = store;
  await store.upsertDocument(DATED_JIANGJIN);
  await store.upsertDocument(DATED_TONGNAN);
  fixture.api = await listen(createApp({ store, webRoot: '/nonexistent', http: { apiKey: TEST_KEY } }));
}

async function finish(fixture: Fixture): Promise<void> {
  if (fixture.api) await stop(fixture.api);
  await fixture.store?.close();
  fixture.api = undefined;
  fixture.store = undefined;
}

function contextOf(fixture: Fixture): ApiContext {
  return {
    api: () => fixture.api ?? fail('the API contract has no running server'),
    store: () => fixture.store ?? fail('the API contract has no open store'),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Registers the API contract for one store. */
export function describeApiContract(label: string, createStore: () => Promise<GraphStore>): void {
  describe(`HTTP API contract: ${label}`, () => {
    describe('reads and exports (both fixtures loaded)', () => {
      const fixture: Fixture = {};
      beforeAll(() => start(fixture, createStore));
      afterAll(() => finish(fixture));
      describeReadCases(contextOf(fixture));
      describeExportCases(contextOf(fixture));
    });

    describe('writes (a fresh store per case)', () => {
      const fixture: Fixture = {};
      beforeEach(() => start(fixture, createStore));
      afterEach(() => finish(fixture));
      describeWriteCases(contextOf(fixture));
    });
  });
}
