import { describe, expect, it } from 'vitest';
import { compareStrings } from './string-order.ts';

const byCodePoint = (a: string, b: string): number => {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
};

describe('compareStrings', () => {
  it('puts a character beyond U+FFFF after fullwidth punctuation, as Neo4j does and `<` does not', () => {
    expect('place:庚𠀀区' < 'place:庚（东）区').toBe(true);
    expect(compareStrings('place:庚𠀀区', 'place:庚（东）区')).toBeGreaterThan(0);
    expect(compareStrings('place:庚（东）区', 'place:庚𠀀区')).toBeLessThan(0);
  });

  it('orders as code points do, and as `<` does wherever the two agree', () => {
    const strings = ['', 'a', 'ab', 'b', '甲', '甲区', '乙', '（', '𠀀', '𠀁', '\uffff', '\ud7ff', 'z𠀀', 'z（', 'z\ue000', 'place:甲区', 'place:甲区|', 'place:甲区|x'];
    for (const a of strings) {
      for (const b of strings) {
        expect(Math.sign(compareStrings(a, b)), `${a} ${b}`).toBe(Math.sign(byCodePoint(a, b)));
      }
    }
    expect([...strings].sort(compareStrings)).toEqual([...strings].sort(byCodePoint));
  });
});
