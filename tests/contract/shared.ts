/**
 * Ids, fixtures and helpers the GraphStore contract cases share.
 */
import { entityId, relationKey } from '../../schema/ids.ts';
import type { IngestDocument } from '../../schema/model.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { JIANGJIN as JIANGJIN_DOC, TONGNAN as TONGNAN_DOC } from '../fixtures/documents/index.ts';

/** What the cases get from the suite: the store under test (fresh per test) and a loader. */
export interface ContractContext {
  store(): GraphStore;
  /** Upserts JIANGJIN then TONGNAN. */
  loadBoth(): Promise<void>;
}

export const TANG = entityId('Person', '唐大军');
export const WEN = entityId('Person', '文天平');
export const GAO = entityId('Person', '高健');
export const JIANGJIN_COMMITTEE = entityId('Organization', '江津区委');
export const TONGNAN_COMMITTEE = entityId('Organization', '潼南区委');
export const CONGRESS = entityId('Organization', '重庆市人大');
export const REFORM = entityId('Organization', '重庆市发展改革委');
export const ROUND_TABLE = entityId('Event', '重报圆桌会');
export const JIANGJIN_DISTRICT = entityId('Place', '江津区');
export const TONGNAN_DISTRICT = entityId('Place', '潼南区');
export const CHONGQING = entityId('Place', '重庆市');
export const CORRIDOR = entityId('Corridor', '西部陆海新通道');
export const TANG_SECRETARY = relationKey('HOLDS_POSITION', TANG, JIANGJIN_COMMITTEE, '书记');

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<{ code?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: unknown };
  }
  throw new Error('expected the call to fail');
}

export function mentionsOf(docs: IngestDocument[], id: string): number {
  return docs.flatMap((d) => d.mentions).filter((m) => m.entity === id).reduce((n, m) => n + m.count, 0);
}

/** Upserts the two overlapping fixtures. */
export async function loadBoth(store: GraphStore): Promise<void> {
  await store.upsertDocument(JIANGJIN_DOC);
  await store.upsertDocument(TONGNAN_DOC);
}
