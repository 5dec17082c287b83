/**
 * What says how far to trust a relation, wherever relations are shown (entity
 * panel, paths): its type, its confidence and the rule that produced it, and
 * for each evidence sentence its own rule and confidence and the date it was
 * reported ("as reported on" for an office, HOLDS_POSITION).
 */
import type { Evidence, RelationType } from '../../../schema/model.ts';
import type { Translate } from '../i18n/index.ts';
import { h } from './dom.ts';

/** The relation-level facts, for trust lines: its aggregated confidence and rule. */
export interface RelationTrust {
  readonly type: RelationType;
  readonly confidence: number;
  readonly rule: string;
}

/** A confidence as shown: two decimals. */
export function formatConfidence(value: number): string {
  return value.toFixed(2);
}

/** The date part of an evidence line: "as reported on" for offices, "dated" otherwise; null when neither applies. */
export function evidenceDateText(type: RelationType, evidence: Pick<Evidence, 'date'>, t: Translate): string | null {
  if (evidence.date) return type === 'HOLDS_POSITION' ? t('trust.reportedOn', { date: evidence.date }) : t('trust.dated', { date: evidence.date });
  return type === 'HOLDS_POSITION' ? t('trust.undated') : null;
}

/** The evidence's own rule and confidence (the relation's when the entry has none). */
export function evidenceTrustText(relation: RelationTrust, evidence: Pick<Evidence, 'rule' | 'confidence'>, t: Translate): string {
  return t('trust.evidence', { rule: evidence.rule || relation.rule, confidence: formatConfidence(evidence.confidence ?? relation.confidence) });
}

/** Chips beside a relation: its type as stored, its confidence, and its rule. */
export function relationTrustChips(relation: RelationTrust, t: Translate): HTMLElement {
  return h(
    'span',
    { class: 'trust' },
    h('code', { class: 'relation-code' }, relation.type),
    h('span', { class: 'confidence' }, t('panel.confidence', { value: formatConfidence(relation.confidence) })),
    h('span', { class: 'rule', title: t('trust.ruleTitle') }, t('trust.rule', { rule: relation.rule })),
  );
}

/** The line under an evidence sentence: rule, confidence, and the date it was reported. */
export function evidenceTrustLine(relation: RelationTrust, evidence: Evidence, t: Translate): HTMLElement {
  const date = evidenceDateText(relation.type, evidence, t);
  return h(
    'p',
    { class: 'evidence-trust' },
    h('span', { class: 'evidence-rule' }, evidenceTrustText(relation, evidence, t)),
    date === null ? null : h('span', { class: evidence.date ? 'evidence-date' : 'evidence-date undated' }, date),
  );
}
