/**
 * Contract cases for persons who share a name: a person id seen in several
 * sources with positions in unrelated bodies (no common organisation, no common
 * jurisdiction) is flagged `possible_homonym` with its groups; sightings that
 * share a body or a jurisdiction are not; the flag follows replaces and deletes.
 * The affiliations come from the documents' Person attributes, as ingest
 * writes them (schema/affiliations.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { affiliationAttributes } from '../../schema/affiliations.ts';
import { entityId } from '../../schema/ids.ts';
import type { EntityType, IngestDocument } from '../../schema/model.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { buildDocument } from '../fixtures/documents/build.ts';
import type { ContractContext } from './shared.ts';

const WANG = entityId('Person', '王伟');
const CHONGQING = entityId('Place', '重庆市');
const SICHUAN = entityId('Place', '四川省');
const HUBEI = entityId('Place', '湖北省');

/** A one-sentence document in which 王伟 holds `title` at `org`, an organisation of `jurisdiction`. */
function wangAt(file: string, org: string, title: string, jurisdiction: string | undefined): IngestDocument {
  const sentence = `${org}${title}王伟出席会议。`;
  const doc = buildDocument({
    file,
    articles: [{ title: '会议', sentences: [sentence] }],
    entities: [
      ['Person', '王伟'],
      ['Organization', org],
    ],
    relations: [{ type: 'HOLDS_POSITION', from: ['Person', '王伟'], to: ['Organization', org], title, sentence }],
  });
  const orgId = entityId('Organization', org);
  const attributes = affiliationAttributes([orgId], jurisdiction ? [jurisdiction] : []);
  return { ...doc, entities: doc.entities.map((e) => (e.id === WANG ? { ...e, attributes } : e)) };
}

/** A document that names 王伟 without any office. */
function wangMentioned(file: string): IngestDocument {
  const sentence = '王伟在会上发言。';
  const person: [EntityType, string] = ['Person', '王伟'];
  return buildDocument({ file, articles: [{ title: '发言', sentences: [sentence] }], entities: [person], relations: [] });
}

const JIANGJIN = wangAt('h1_jiangjin.txt', '江津区委', '书记', CHONGQING);
const CHENGDU = wangAt('h2_chengdu.txt', '成都市委', '副书记', SICHUAN);
const WUHAN = wangAt('h3_wuhan.txt', '武汉市政府', '副市长', HUBEI);
const JIANGJIN_AGAIN = wangAt('h4_jiangjin.txt', '江津区委', '书记', CHONGQING);
const YUZHONG = wangAt('h5_yuzhong.txt', '渝中区政府', '区长', CHONGQING);
const NATIONAL = wangAt('h6_national.txt', '国家发展改革委', '副主任', undefined);

/** Registers these cases inside the contract suite's describe block. */
export function describeHomonymCases(context: ContractContext): void {
  let store: GraphStore;
  const wang = async () => (await store.getEntity(WANG)).entity.attributes ?? {};

  beforeEach(() => {
    store = context.store();
  });

  describe('persons who share a name', () => {
    it('keeps one person and flags a possible homonym when the bodies share nothing, naming the groups', async () => {
      await store.upsertDocument(JIANGJIN);
      expect(await wang()).not.toHaveProperty('possible_homonym');
      await store.upsertDocument(CHENGDU);
      const attributes = await wang();
      expect(attributes.possible_homonym).toBe(true);
      expect(attributes.homonym_groups).toBe('org:成都市委|place:四川省 ; org:江津区委|place:重庆市');
      expect(attributes.affiliations).toBe('org:成都市委|org:江津区委');
      expect((await store.search({ q: '王伟', limit: 5 })).results.map((r) => r.id)).toEqual([WANG]);
    });

    it('does not flag sightings that share an organisation or a jurisdiction', async () => {
      await store.upsertDocument(JIANGJIN);
      await store.upsertDocument(JIANGJIN_AGAIN);
      expect(await wang()).not.toHaveProperty('possible_homonym');
      await store.upsertDocument(YUZHONG);
      expect(await wang()).not.toHaveProperty('possible_homonym');
      expect((await wang()).jurisdictions).toBe('place:重庆市');
    });

    it('leaves sightings without an office out of the comparison', async () => {
      await store.upsertDocument(JIANGJIN);
      await store.upsertDocument(wangMentioned('h7_mention.txt'));
      expect(await wang()).not.toHaveProperty('possible_homonym');
    });

    it('lists three unrelated groups, whatever order the sources came in', async () => {
      for (const doc of [WUHAN, JIANGJIN, NATIONAL, CHENGDU]) await store.upsertDocument(doc);
      const groups = String((await wang()).homonym_groups).split(' ; ');
      expect(groups).toEqual(['org:国家发展改革委', 'org:成都市委|place:四川省', 'org:武汉市政府|place:湖北省', 'org:江津区委|place:重庆市']);
    });

    it('drops the flag when the source that made it is deleted, and when a replacement links the groups', async () => {
      await store.upsertDocument(JIANGJIN);
      await store.upsertDocument(CHENGDU);
      await store.deleteSource(CHENGDU.source.id);
      expect(await wang()).not.toHaveProperty('possible_homonym');
      expect((await wang()).affiliations).toBe('org:江津区委');
      await store.upsertDocument(CHENGDU);
      expect((await wang()).possible_homonym).toBe(true);
      // The same file, now saying 王伟 of 江津区委 also sits on 成都市委's body: one person after all.
      const linked = wangAt('h1_jiangjin.txt', '江津区委', '书记', CHONGQING);
      const bridge = { ...linked, source: { ...linked.source, sha256: 'changed' } };
      bridge.entities = bridge.entities.map((e) =>
        e.id === WANG ? { ...e, attributes: affiliationAttributes(['org:江津区委', 'org:成都市委'], [CHONGQING, SICHUAN]) } : e,
      );
      expect((await store.upsertDocument(bridge)).status).toBe('replaced');
      expect(await wang()).not.toHaveProperty('possible_homonym');
    });
  });
}
