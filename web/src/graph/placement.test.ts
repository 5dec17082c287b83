import { describe, expect, it } from 'vitest';
import { initialRadius, neighbourRadius, pointInDisc } from './placement.ts';
import { hashString, keyedRandom, mulberry32 } from './random.ts';

describe('seeded randomness', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('hashes Chinese ids stably and distinctly', () => {
    expect(hashString('person:唐大军')).toBe(hashString('person:唐大军'));
    expect(hashString('person:唐大军')).not.toBe(hashString('person:高健'));
    expect(keyedRandom(1, 'x')()).toBe(keyedRandom(1, 'x')());
  });
});

describe('pointInDisc', () => {
  it('depends only on seed and id, and stays in the disc', () => {
    const centre = { x: 10, y: -5 };
    const p = pointInDisc(centre, 3, 7, 'person:唐大军');
    expect(pointInDisc(centre, 3, 7, 'person:唐大军')).toEqual(p);
    expect(pointInDisc(centre, 3, 8, 'person:唐大军')).not.toEqual(p);
    expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThanOrEqual(3);
  });
});

describe('radii', () => {
  it('grows the starting disc with the node count and keeps neighbours close', () => {
    expect(initialRadius(400)).toBeGreaterThan(initialRadius(4));
    expect(neighbourRadius(100, 100)).toBeLessThan(100 / 2);
    expect(neighbourRadius(0, 0)).toBe(1);
  });
});
