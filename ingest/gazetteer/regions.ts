/**
 * Places outside China's divisions: countries and territories by their Chinese
 * names (i18n-iso-countries), cities abroad (GeoNames, world-cities.json), and
 * the world regions and Chinese macro-regions that official texts name as places.
 */
import countries from 'i18n-iso-countries';
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { PrefixFilter } from './prefix.ts';
import worldCities from './world-cities.json' with { type: 'json' };

export interface ForeignPlace {
  name: string;
  kind: 'country' | 'region' | 'city';
  /** ISO 3166-1 alpha-2 code of the country (of a city: the country it is in). */
  code?: string;
}

/**
 * Regions within China that official texts name as places of their own
 * (渝东北, 三峡库区). They have no division code; a division said to lie in
 * one (万州地处三峡库区) is taken at its word.
 */
const DOMESTIC_REGIONS = ['长三角', '珠三角', '京津冀', '粤港澳大湾区', '渝东北', '渝东南', '渝西', '川东北', '川南', '川西北', '三峡库区', '江汉平原', '黄河流域', '长江流域'];
const DOMESTIC = new Set(DOMESTIC_REGIONS);

/** Whether `name` is a region within China (渝东北, 长三角). */
export function isDomesticRegion(name: string): boolean {
  return DOMESTIC.has(name);
}

/** Named regions: continents, world regions, Chinese macro-regions. */
const REGIONS = [
  '亚洲', '欧洲', '非洲', '北美洲', '南美洲', '大洋洲', '拉丁美洲', '拉美', '北美', '中东', '东南亚', '南亚', '中亚',
  '西亚', '东亚', '东北亚', '东欧', '西欧', '中东欧', '北欧', '南欧',
  '长江三角洲', '珠江三角洲', ...DOMESTIC_REGIONS,
];

/** The home country frames the texts; it is not recorded as a place of its own. */
const HOME_COUNTRY = 'CN';

let index: Map<string, ForeignPlace> | undefined;

function buildIndex(): Map<string, ForeignPlace> {
  countries.registerLocale(zh);
  const map = new Map<string, ForeignPlace>();
  for (const [code, names] of Object.entries(countries.getNames('zh', { select: 'all' }))) {
    if (code === HOME_COUNTRY) continue;
    for (const name of names) if (name.length >= 2 && !/[（(]/u.test(name)) map.set(name, { name: names[0] ?? name, kind: 'country', code });
  }
  for (const name of REGIONS) map.set(name, { name, kind: 'region' });
  // Cities abroad under their Chinese names (GeoNames, see build-world-cities.ts); a country's name wins.
  for (const [name, [, code]] of Object.entries(worldCities as Record<string, string[]>)) {
    if (!map.has(name)) map.set(name, code ? { name, kind: 'city', code } : { name, kind: 'city' });
  }
  for (const name of map.keys()) foreignPrefixes.add(name);
  return map;
}

/** Whether a country or region name may start like `word` (+ `next` when `word` is one character): a cheap pre-check. */
export function mayNameForeignPlace(word: string, next = ''): boolean {
  index ??= buildIndex();
  return foreignPrefixes.mayStart(word, next);
}

const foreignPrefixes = new PrefixFilter();

/** The country or region called `name`, if any. */
export function foreignPlace(name: string): ForeignPlace | undefined {
  index ??= buildIndex();
  return index.get(name);
}
