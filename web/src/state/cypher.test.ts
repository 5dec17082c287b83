import { describe, expect, it } from 'vitest';
import { answer } from '../testing/cypherFixtures.ts';
import {
  clearHistory,
  cypherFailed,
  cypherInvalid,
  cypherLoaded,
  cypherRequested,
  editParams,
  editQuery,
  historyLoaded,
  loadQuery,
  recallHistory,
  showCypherView,
  toggleCypher,
} from './cypher.ts';
import { initialState } from './initial.ts';
import type { AppState, Producer } from './types.ts';

const apply = (state: AppState, ...producers: Producer[]): AppState => producers.reduce((s, p) => p(s), state);
const start = (): AppState => initialState('zh');
const older = [
  { query: 'MATCH (n) RETURN n LIMIT 5', params: '' },
  { query: 'MATCH (p:Person) RETURN p', params: '' },
];

describe('console producers', () => {
  it('opens, closes and toggles without touching anything else', () => {
    const opened = apply(start(), toggleCypher());
    expect(opened.cypher.open).toBe(true);
    expect(apply(opened, toggleCypher(true))).toBe(opened);
    expect(apply(opened, toggleCypher()).cypher.open).toBe(false);
    const before = start();
    expect(toggleCypher()(before).dataset).toBe(before.dataset);
  });

  it('runs a request: history gains the query, the answer lands, a stale answer is dropped', () => {
    const typed = apply(start(), editQuery('MATCH (n) RETURN n'), editParams('{"x": 1}'));
    const first = apply(typed, cypherRequested({ query: typed.cypher.query, params: typed.cypher.params }));
    expect(first.cypher).toMatchObject({ status: 'loading', request: 1, history: [{ query: 'MATCH (n) RETURN n', params: '{"x": 1}' }] });
    const second = apply(first, cypherRequested({ query: 'RETURN 2', params: '' }));
    expect(apply(second, cypherLoaded(1, answer))).toBe(second);
    const loaded = apply(second, cypherLoaded(2, answer));
    expect(loaded.cypher).toMatchObject({ status: 'ready', result: answer, error: null });
    expect(loaded.cypher.history.map((entry) => entry.query)).toEqual(['RETURN 2', 'MATCH (n) RETURN n']);
  });

  it('keeps the server’s reason for a refused query and drops the last answer', () => {
    const done = apply(start(), cypherRequested({ query: 'RETURN 1', params: '' }), cypherLoaded(1, answer));
    const refused = apply(done, cypherRequested({ query: 'CREATE (n) RETURN n', params: '' }), cypherFailed(2, { kind: 'refused', detail: 'The query uses CREATE, which writes.' }));
    expect(refused.cypher).toMatchObject({ status: 'error', result: null, error: { kind: 'refused', detail: 'The query uses CREATE, which writes.' } });
    expect(refused.cypher.availability).toEqual({ status: 'unknown' });
  });

  it('settles the availability when the server answers that it has no Cypher (501)', () => {
    const failed = apply(start(), cypherRequested({ query: 'RETURN 1', params: '' }), cypherFailed(1, { kind: 'unavailable', detail: 'Run PolicyGraph on Neo4j' }));
    expect(failed.cypher.availability).toEqual({ status: 'unavailable', detail: 'Run PolicyGraph on Neo4j' });
  });

  it('reports editor text that cannot be sent without adding it to the history', () => {
    const state = apply(start(), editQuery('RETURN $x'), editParams('[1]'), cypherInvalid({ kind: 'params', reason: 'notObject', message: 'an array' }));
    expect(state.cypher).toMatchObject({ status: 'error', error: { kind: 'params' }, history: [], request: 0 });
  });

  it('recalls older queries with Alt+↑ and gives the user’s own text back with Alt+↓', () => {
    const typed = apply(start(), historyLoaded(older), editQuery('MATCH (x) RETURN x'), editParams('{}'));
    const back = apply(typed, recallHistory(true));
    expect(back.cypher).toMatchObject({ query: older[0]?.query, recall: 0 });
    const further = apply(back, recallHistory(true), recallHistory(true));
    expect(further.cypher).toMatchObject({ query: older[1]?.query, recall: 1 });
    const forward = apply(further, recallHistory(false), recallHistory(false));
    expect(forward.cypher).toMatchObject({ query: 'MATCH (x) RETURN x', params: '{}', recall: -1, draft: null });
  });

  it('recalling with an empty history changes nothing', () => {
    const typed = apply(start(), editQuery('RETURN 1'));
    expect(apply(typed, recallHistory(true))).toBe(typed);
  });

  it('loads an example or history entry into the editors and clears the history on request', () => {
    const loaded = apply(start(), historyLoaded(older), loadQuery({ query: 'RETURN $n', params: '{"n": 1}' }));
    expect(loaded.cypher).toMatchObject({ query: 'RETURN $n', params: '{"n": 1}', recall: -1 });
    expect(apply(loaded, clearHistory()).cypher.history).toEqual([]);
    expect(apply(loaded, showCypherView('graph')).cypher.view).toBe('graph');
  });
});
