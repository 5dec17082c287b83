/**
 * The registry of extractors. Each rule is a descriptor (id, description, what
 * it produces, run), so rules can be listed, tested and switched off one by one.
 */
import type { ExtractorDescriptor, Findings, SentenceContext } from './types.ts';
import { ValidationError } from '../../schema/errors.ts';
import { officeExtractor } from './offices.ts';
import { placeExtractor } from './places.ts';
import { namedThingExtractor } from './named.ts';

export type { ExtractorDescriptor, Findings, SentenceContext } from './types.ts';

/** Every extractor, in the order they run. */
export const EXTRACTORS: readonly ExtractorDescriptor[] = [officeExtractor, placeExtractor, namedThingExtractor];

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

/** Runs `extractors` over one sentence and merges what they find. */
export function extractSentence(ctx: SentenceContext, extractors: readonly ExtractorDescriptor[]): Findings {
  const out: Findings = { mentions: [], relations: [] };
  for (const extractor of extractors) {
    const found = extractor.run(ctx);
    out.mentions.push(...found.mentions);
    out.relations.push(...found.relations);
  }
  return out;
}
