import { describe, expect, it } from 'vitest';
import { addToHistory, parseHistory, recallPosition, serializeHistory, type HistoryEntry } from './history.ts';

const q = (query: string, params = ''): HistoryEntry => ({ query, params });

describe('addToHistory', () => {
  it('ignores a blank query', () => {
    expect(addToHistory([q('MATCH (n) RETURN n')], q('   '))).toEqual([q('MATCH (n) RETURN n')]);
  });

  it('puts the newest first and moves an equal earlier entry up instead of repeating it', () => {
    const history = [q('B'), q('A')];
    expect(addToHistory(history, q('C'))).toEqual([q('C'), q('B'), q('A')]);
    expect(addToHistory(history, q('A'))).toEqual([q('A'), q('B')]);
  });

  it('keeps the same query with other parameters as its own entry, and trims both', () => {
    const history = [q('MATCH (o {name: $n}) RETURN o', '{"n":"a"}')];
    const next = addToHistory(history, q('  MATCH (o {name: $n}) RETURN o\n', ' {"n":"b"} '));
    expect(next).toEqual([q('MATCH (o {name: $n}) RETURN o', '{"n":"b"}'), q('MATCH (o {name: $n}) RETURN o', '{"n":"a"}')]);
  });

  it('keeps at most `limit` entries, dropping the oldest', () => {
    const history = [q('3'), q('2'), q('1')];
    expect(addToHistory(history, q('4'), 3)).toEqual([q('4'), q('3'), q('2')]);
  });
});

describe('parseHistory', () => {
  it('gives an empty history for nothing stored, unreadable text or a non-list', () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory('{not json')).toEqual([]);
    expect(parseHistory('{"query":"MATCH (n) RETURN n"}')).toEqual([]);
  });

  it('drops entries that are not {query, params} strings and reads back what it wrote', () => {
    const stored = JSON.stringify([{ query: 'A', params: '{}' }, { query: 5 }, null, 'B', { query: ' ' }, { query: 'C' }]);
    expect(parseHistory(stored)).toEqual([q('A', '{}'), q('C')]);
    const history = [q('MATCH (n) RETURN n', '{"limit": 5}'), q('RETURN 1')];
    expect(parseHistory(serializeHistory(history))).toEqual(history);
  });

  it('keeps at most `limit` entries', () => {
    expect(parseHistory(serializeHistory([q('1'), q('2'), q('3')]), 2)).toEqual([q('1'), q('2')]);
  });
});

describe('recallPosition', () => {
  it('steps back through the history and forward to the editor text (-1), within bounds', () => {
    expect(recallPosition(-1, true, 3)).toBe(0);
    expect(recallPosition(2, true, 3)).toBe(2);
    expect(recallPosition(0, false, 3)).toBe(-1);
    expect(recallPosition(-1, false, 3)).toBe(-1);
    expect(recallPosition(-1, true, 0)).toBe(-1);
  });
});
