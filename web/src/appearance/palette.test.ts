import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import {
  BACKGROUND_COLOR,
  COMMUNITY_COLORS,
  ENTITY_COLORS,
  LABEL_COLOR,
  OTHER_COMMUNITY_COLOR,
  OTHER_LABEL_COLORS,
  OTHER_RELATIONSHIP_COLOR,
  PATH_EDGE_COLOR,
  RELATIONSHIP_COLORS,
} from './palette.ts';

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, and rejects other notations', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#4e79a7', '#4e79a7')).toBe(1);
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});

describe('legend colours', () => {
  it('reach 3:1 against the background (WCAG 1.4.11), labels 4.5:1', () => {
    const graphics = [
      ...Object.values(ENTITY_COLORS),
      ...COMMUNITY_COLORS,
      OTHER_COMMUNITY_COLOR,
      PATH_EDGE_COLOR,
      ...Object.values(OTHER_LABEL_COLORS),
      ...Object.values(RELATIONSHIP_COLORS),
      OTHER_RELATIONSHIP_COLOR,
    ];
    const weak = graphics.filter((color) => contrastRatio(color, BACKGROUND_COLOR) < 3);
    expect(weak).toEqual([]);
    expect(contrastRatio(LABEL_COLOR, BACKGROUND_COLOR)).toBeGreaterThanOrEqual(4.5);
  });
});
