/**
 * An evidence sentence as a button that opens its source article: the
 * sentence with entity names marked, where it comes from, and the rule,
 * confidence and date of this sighting. Shared by the entity panel and the
 * paths panel.
 */
import type { Evidence } from '../../../schema/model.ts';
import type { Translate } from '../i18n/index.ts';
import { h } from './dom.ts';
import { markTerms, sourceName } from './relations.ts';
import { evidenceTrustLine, type RelationTrust } from './trust.ts';

/** One evidence entry of `relation`; clicking the sentence calls `open`. */
export function evidenceItem(
  evidence: Evidence,
  relation: RelationTrust,
  terms: readonly string[],
  t: Translate,
  open: (evidence: Evidence) => void,
): HTMLElement {
  const sentence = markTerms(evidence.text, terms).map((segment) => (segment.marked ? h('mark', {}, segment.text) : segment.text));
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'evidence-sentence',
        'data-focus': `evidence:${evidence.source}:${evidence.start}`,
        title: t('panel.openSource'),
        on: { click: () => open(evidence) },
      },
      h('blockquote', {}, ...sentence),
    ),
    h('p', { class: 'source' }, t('panel.source', { source: sourceName(evidence) })),
    evidenceTrustLine(relation, evidence, t),
  );
}
