import { describe, expect, it } from 'vitest';
import { computeLooks, NODE_SIZES, nodeColor, nodeSizeRange, scaleSize } from './nodes.ts';
import { COMMUNITY_COLORS, ENTITY_COLORS, OTHER_COMMUNITY_COLOR } from './palette.ts';

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

describe('nodeSizeRange', () => {
  it('keeps full sizes for small graphs and shrinks them for large ones, never below a pixel', () => {
    expect(nodeSizeRange(300)).toEqual(NODE_SIZES);
    const large = nodeSizeRange(20_000);
    expect(large.max).toBeLessThan(NODE_SIZES.max / 3);
    expect(large.min).toBeGreaterThanOrEqual(1);
    expect(nodeSizeRange(1_000_000).max).toBeGreaterThanOrEqual(2);
  });
});

describe('computeLooks', () => {
  const types = new Map([
    ['a', 'Person'],
    ['b', 'Organization'],
    ['c', 'Person'],
  ] as const);
  const size = new Map([
    ['a', 1],
    ['b', 4],
    ['c', 0],
  ]);

  it('colours by type with a legend of present types in order, and sizes by the metric', () => {
    const looks = computeLooks({ color: 'type', size: 'degree' }, { types, size });
    expect(looks.colors.get('a')).toBe(ENTITY_COLORS.Person);
    expect(looks.legend).toEqual([
      { kind: 'type', type: 'Person', color: ENTITY_COLORS.Person, count: 2 },
      { kind: 'type', type: 'Organization', color: ENTITY_COLORS.Organization, count: 1 },
    ]);
    expect(looks.sizes.get('b')).toBe(NODE_SIZES.max);
    expect(looks.sizes.get('c')).toBe(NODE_SIZES.min);
  });

  it('colours by community, largest first, and pools communities past the palette', () => {
    const many = new Map<string, number>([['x1', 7], ['x2', 7], ['y', 3]]);
    for (let i = 0; i < COMMUNITY_COLORS.length + 2; i += 1) many.set(`z${i}`, 100 + i);
    const looks = computeLooks({ color: 'community', size: 'degree' }, { types, size, communities: many });
    expect(looks.colors.get('x1')).toBe(COMMUNITY_COLORS[0]);
    expect(looks.colors.get('x2')).toBe(COMMUNITY_COLORS[0]);
    expect(looks.legend[0]).toEqual({ kind: 'community', rank: 0, color: COMMUNITY_COLORS[0], count: 2 });
    expect(looks.legend.at(-1)).toEqual({ kind: 'otherCommunities', communities: 4, color: OTHER_COMMUNITY_COLOR, count: 4 });
  });
});
