import { describe, expect, it } from 'vitest';
import type { RelationView } from '../../schema/api.ts';
import { compareRelationViews } from './relation-order.ts';

function view(key: string, direction: RelationView['direction'], type: RelationView['type'], other: string, title?: string): RelationView {
  return { key, type, direction, other: { id: other, type: 'Organization', name: other }, confidence: 1, rule: 'r', evidence: [], ...(title ? { title } : {}) };
}

describe('compareRelationViews', () => {
  it('puts outgoing relations first, then orders by type, other end and title', () => {
    const views = [
      view('in', 'in', 'HOLDS_POSITION', 'org:a'),
      view('leads', 'out', 'LEADS', 'org:a'),
      view('b-主任', 'out', 'HOLDS_POSITION', 'org:b', '主任'),
      view('b-书记', 'out', 'HOLDS_POSITION', 'org:b', '书记'),
      view('a', 'out', 'HOLDS_POSITION', 'org:a'),
    ];
    expect(views.sort(compareRelationViews).map((v) => v.key)).toEqual(['a', 'b-主任', 'b-书记', 'leads', 'in']);
  });
});
