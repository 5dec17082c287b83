/**
 * What a whole text says about where it is from: the province-level division
 * it names most, and the city a bare 市 (市委, 市发展改革委) refers to. Pure.
 */
import { divisionByCode, divisionsNamed, mayNameDivision, provinceOf } from './gazetteer/divisions.ts';
import type { WordSpan } from './segment.ts';

export interface DocumentPlace {
  province?: string;
  city?: string;
}

/** Most-named province (cities count for their province) and the city of the text. */
export function documentPlace(sentenceWords: readonly (readonly WordSpan[])[]): DocumentPlace {
  const provinces = new Map<string, number>();
  const cities = new Map<string, number>();
  for (const words of sentenceWords) {
    for (const { word } of words) {
      if (word.length < 2 || !mayNameDivision(word)) continue;
      const division = divisionsNamed(word).find((d) => d.level !== 'district');
      if (!division) continue;
      const province = provinceOf(division);
      provinces.set(province.code, (provinces.get(province.code) ?? 0) + 1);
      if (division.level === 'city') cities.set(division.code, (cities.get(division.code) ?? 0) + 1);
    }
  }
  const provinceCode = top(provinces);
  if (provinceCode === undefined) return {};
  const province = divisionByCode(provinceCode);
  if (!province) return {};
  // A municipality (重庆市) is itself the city; elsewhere the most-named city of the province.
  if (province.name.endsWith('市')) return { province: provinceCode, city: province.short };
  const cityCode = top(new Map([...cities].filter(([code]) => code.startsWith(provinceCode.slice(0, 2)))));
  const city = cityCode ? divisionByCode(cityCode) : undefined;
  return city ? { province: provinceCode, city: city.short } : { province: provinceCode };
}

function top(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
