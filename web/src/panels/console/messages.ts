/**
 * What the console says above its results: whether the server runs Cypher
 * (and, on the embedded store, that Cypher needs Neo4j with the server's own
 * instruction), and why the last run has no answer (a refused query with the
 * server's reason, parameters that are not JSON, a failure).
 */
import type { Translate } from '../../i18n/index.ts';
import type { CypherAvailability, CypherError } from '../../state/types.ts';
import { h } from '../dom.ts';
import { noticeText } from '../statusPanel.ts';

/** The availability line or box; null when there is nothing to say yet. */
export function availabilityElement(availability: CypherAvailability, t: Translate): HTMLElement | null {
  switch (availability.status) {
    case 'unknown':
      return null;
    case 'checking':
      return h('p', { class: 'hint', role: 'status' }, t('console.checking'));
    case 'available':
      return h('p', { class: 'hint cypher-available' }, t('console.available'));
    case 'unavailable':
      return h(
        'section',
        { class: 'cypher-unavailable', role: 'status', 'aria-labelledby': 'cypher-unavailable-title' },
        h('h3', { id: 'cypher-unavailable-title' }, t('console.unavailableTitle')),
        h('p', {}, t('console.unavailableIntro')),
        h('p', { class: 'server-detail' }, availability.detail),
        h('p', {}, t('console.unavailableExamples')),
      );
  }
}

/** Why the last run has no answer; null when it has one (or the availability box already says why). */
export function errorElement(error: CypherError | null, t: Translate): HTMLElement | null {
  if (error === null || error.kind === 'unavailable') return null;
  const box = (title: string | null, text: string): HTMLElement =>
    h('div', { class: 'cypher-error', role: 'alert', 'data-kind': error.kind }, title === null ? null : h('strong', {}, title), h('p', { class: 'server-detail' }, text));
  switch (error.kind) {
    case 'empty':
      return box(null, t('console.empty'));
    case 'params':
      return box(null, t(error.reason === 'syntax' ? 'console.paramsSyntax' : 'console.paramsNotObject', { message: error.message }));
    case 'refused':
      return box(t('console.refused'), error.detail);
    case 'failed':
      return box(t('console.failed'), noticeText(error.notice, t));
  }
}
