/**
 * The registry of extractors. Each rule is a descriptor (id, description, what
 * it produces, run), so rules can be listed, tested and switched off one by one.
 */
import type { ExtractorDescriptor } from './types.ts';
import { ValidationError } from '../../schema/errors.ts';
import { officeExtractor } from './offices.ts';
import { placeExtractor } from './places.ts';
import { namedThingExtractor } from './named.ts';
import { bodiesExtractor } from './bodies.ts';
import { listedExtractor } from './listed.ts';
import { participationExtractor } from './relations/participation.ts';
import { implementsExtractor } from './relations/implements.ts';
import { leadsExtractor } from './relations/leads.ts';
import { hostsExtractor } from './relations/hosts.ts';
import { cooperationExtractor } from './relations/cooperation.ts';
import { structureExtractor } from './relations/structure.ts';
import { partOfExtractor } from './relations/parts.ts';

export type { ExtractorDescriptor, Findings, SentenceContext } from './types.ts';

/** Every extractor, in the order they run. */
export const EXTRACTORS: readonly ExtractorDescriptor[] = [
  officeExtractor,
  placeExtractor,
  namedThingExtractor,
  bodiesExtractor,
  listedExtractor,
  participationExtractor,
  leadsExtractor,
  implementsExtractor,
  hostsExtractor,
  cooperationExtractor,
  structureExtractor,
  partOfExtractor,
];

export interface ExtractOptions {
  /** Ids of extractors to leave out. */
  disabled?: readonly string[];
}

/** The extractors that are switched on. */
export function activeExtractors(options: ExtractOptions = {}): ExtractorDescriptor[] {
  const off = new Set(options.disabled ?? []);
  const unknown = [...off].filter((id) => !EXTRACTORS.some((e) => e.id === id));
  if (unknown.length > 0) {
    throw new ValidationError(`unknown extractor id(s): ${unknown.join(', ')}; use one of: ${EXTRACTORS.map((e) => e.id).join(', ')}`, 'disabled');
  }
  return EXTRACTORS.filter((e) => !off.has(e.id));
}
