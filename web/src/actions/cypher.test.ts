import { describe, expect, it } from 'vitest';
import type { CypherRequest } from '../../../schema/api.ts';
import { ApiError, type Api } from '../api.ts';
import { editParams, editQuery } from '../state/cypher.ts';
import { initialState } from '../state/initial.ts';
import { createStore } from '../state/store.ts';
import { answer } from '../testing/cypherFixtures.ts';
import { cypherActions, cypherErrorOf } from './cypher.ts';

const NO_CYPHER = 'The embedded store does not run Cypher. Run PolicyGraph on Neo4j: set NEO4J_URI…';
const unsupported = new ApiError(501, { kind: 'problem', detail: NO_CYPHER }, '501');
const forbidden = new ApiError(400, { kind: 'problem', detail: 'The query uses CREATE, which writes.' }, '400');

function setup(store: 'embedded' | 'neo4j', cypher: (request: CypherRequest) => Promise<typeof answer>) {
  const requests: CypherRequest[] = [];
  const api = {
    health: async () => ({ status: 'ok' as const, store }),
    cypher: (request: CypherRequest) => {
      requests.push(request);
      return cypher(request);
    },
  } as Pick<Api, 'health' | 'cypher'> as Api;
  const state = createStore(initialState('en'));
  return { state, requests, actions: cypherActions(state, api) };
}

describe('cypherErrorOf', () => {
  it('tells a store without Cypher (501) and a refused query (400) from other failures', () => {
    expect(cypherErrorOf(unsupported)).toEqual({ kind: 'unavailable', detail: NO_CYPHER });
    expect(cypherErrorOf(forbidden)).toEqual({ kind: 'refused', detail: 'The query uses CREATE, which writes.' });
    const busy = new ApiError(429, { kind: 'problem', detail: 'Too many Cypher queries' }, '429');
    expect(cypherErrorOf(busy)).toEqual({ kind: 'failed', notice: { kind: 'problem', detail: 'Too many Cypher queries' } });
    expect(cypherErrorOf(new ApiError(0, { kind: 'network' }, 'down'))).toEqual({ kind: 'failed', notice: { kind: 'network' } });
  });
});

describe('cypherActions', () => {
  it('does not send an empty query or parameters that are not a JSON object', async () => {
    const { state, requests, actions } = setup('neo4j', async () => answer);
    await actions.runCypher();
    expect(state.get().cypher.error).toEqual({ kind: 'empty' });
    state.update(editQuery('RETURN $x'));
    state.update(editParams('{x: 1}'));
    await actions.runCypher();
    expect(state.get().cypher.error).toMatchObject({ kind: 'params', reason: 'syntax' });
    expect(requests).toEqual([]);
  });

  it('sends the query with its parameters parsed and keeps the answer', async () => {
    const { state, requests, actions } = setup('neo4j', async () => answer);
    state.update(editQuery('MATCH (o {name: $org}) RETURN o'));
    state.update(editParams('{"org": "重庆市委"}'));
    await actions.runCypher();
    expect(requests).toEqual([{ query: 'MATCH (o {name: $org}) RETURN o', params: { org: '重庆市委' } }]);
    expect(state.get().cypher).toMatchObject({ status: 'ready', result: answer, history: [{ query: 'MATCH (o {name: $org}) RETURN o', params: '{"org": "重庆市委"}' }] });
  });

  it('shows the reason of a refused query', async () => {
    const { state, actions } = setup('neo4j', () => Promise.reject(forbidden));
    state.update(editQuery('CREATE (n) RETURN n'));
    await actions.runCypher();
    expect(state.get().cypher.error).toEqual({ kind: 'refused', detail: 'The query uses CREATE, which writes.' });
  });

  it('on opening, learns from the embedded store’s 501 that Cypher needs Neo4j, once', async () => {
    const { state, requests, actions } = setup('embedded', () => Promise.reject(unsupported));
    await actions.toggleCypher();
    expect(state.get().cypher).toMatchObject({ open: true, availability: { status: 'unavailable', detail: NO_CYPHER } });
    await actions.toggleCypher();
    await actions.toggleCypher();
    expect(requests).toHaveLength(1);
  });

  it('on opening against Neo4j, knows Cypher runs without sending a query', async () => {
    const { state, requests, actions } = setup('neo4j', async () => answer);
    await actions.toggleCypher(true);
    expect(state.get().cypher.availability).toEqual({ status: 'available' });
    expect(requests).toEqual([]);
  });
});
