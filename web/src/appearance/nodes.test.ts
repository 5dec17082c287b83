import { describe, expect, it } from 'vitest';
import { gao, jiangjin, ndrc, npc, tang } from '../testing/fixtures.ts';
import { legendEntries, NODE_SIZES, nodeColor, scaleSize } from './nodes.ts';
import { ENTITY_COLORS } from './palette.ts';

describe('nodeColor', () => {
  it('gives each entity type its own colour', () => {
    expect(nodeColor('Person')).toBe(ENTITY_COLORS.Person);
    expect(new Set(Object.values(ENTITY_COLORS)).size).toBe(Object.keys(ENTITY_COLORS).length);
  });
});

describe('scaleSize', () => {
  it('maps the domain onto the size range by square root', () => {
    const domain = { min: 0, max: 100 };
    expect(scaleSize(0, domain)).toBe(NODE_SIZES.min);
    expect(scaleSize(100, domain)).toBe(NODE_SIZES.max);
    expect(scaleSize(25, domain)).toBeCloseTo(NODE_SIZES.min + 0.5 * (NODE_SIZES.max - NODE_SIZES.min));
  });

  it('clamps values outside the domain and uses the middle size for a flat domain', () => {
    expect(scaleSize(-5, { min: 0, max: 10 })).toBe(NODE_SIZES.min);
    expect(scaleSize(50, { min: 0, max: 10 })).toBe(NODE_SIZES.max);
    expect(scaleSize(3, { min: 3, max: 3 })).toBe((NODE_SIZES.min + NODE_SIZES.max) / 2);
  });
});

describe('legendEntries', () => {
  it('lists present types in legend order with counts', () => {
    expect(legendEntries([jiangjin, tang, npc, gao, ndrc])).toEqual([
      { type: 'Person', color: ENTITY_COLORS.Person, count: 2 },
      { type: 'Organization', color: ENTITY_COLORS.Organization, count: 3 },
    ]);
    expect(legendEntries([])).toEqual([]);
  });
});
