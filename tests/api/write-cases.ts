/**
 * API contract cases that write: uploading files through the ingest pipeline,
 * deleting sources, the API key that guards both, the extract endpoint, and
 * ETags that change when the store does.
 */
import { describe, expect, it } from 'vitest';
import { DeleteSourceResponseSchema, IngestResponseSchema, StatsSchema } from '../../schema/api.ts';
import { ExtractionSchema } from '../../schema/model.ts';
import { createApp } from '../../server/app.ts';
import type { ApiContext } from './contract.ts';
import { DATED_JIANGJIN, JIANGJIN_COMMITTEE, LOADED, TANG, TEST_KEY, UPLOAD_TEXT } from './fixtures.ts';
import { call, enc, expectProblem, form, listen, stop } from './http.ts';

const AUTH = { authorization: `Bearer ${TEST_KEY}` };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** Registers these cases inside the contract's describe block. */
export function describeWriteCases(context: ApiContext): void {
  const send = (path: string, init?: RequestInit) => call(context.api(), path, init);
  const upload = (files: { name: string; content: string | Uint8Array }[], headers: Record<string, string> = AUTH) =>
    send('/api/sources', { method: 'POST', headers, body: form('files', files) });

  describe('POST /api/sources', () => {
    it('runs each file through the pipeline and reports created, unchanged and skipped files', async () => {
      const res = await upload([
        { name: 'upload.txt', content: UPLOAD_TEXT },
        { name: 'picture.png', content: PNG },
      ]);
      expect(res.status).toBe(201);
      const body = IngestResponseSchema.parse(res.body);
      expect(body.summary).toEqual({ created: 1, replaced: 0, unchanged: 0, skipped: 1 });
      expect(body.results[0]).toMatchObject({ file: 'upload.txt', status: 'created', source: 'source:upload.txt' });
      expect(body.results[1]).toMatchObject({ file: 'picture.png', status: 'skipped', reason: expect.stringContaining('PNG') });
      const held = (await context.store().getEntity(TANG)).relations.filter((r) => r.other.id === JIANGJIN_COMMITTEE);
      expect(held.flatMap((r) => r.evidence.map((e) => e.source))).toContain('source:upload.txt');
      const again = await upload([{ name: 'upload.txt', content: UPLOAD_TEXT }]);
      expect(again.status).toBe(200);
      expect(IngestResponseSchema.parse(again.body).results[0]?.status).toBe('unchanged');
      const changed = await upload([{ name: 'upload.txt', content: `${UPLOAD_TEXT}江津区委书记唐大军讲话。\n` }]);
      expect(IngestResponseSchema.parse(changed.body).results[0]?.status).toBe('replaced');
    });

    it('answers 400 naming every reason when no file could be ingested, or none was sent', async () => {
      const skipped = await upload([
        { name: 'empty.txt', content: '' },
        { name: 'picture.png', content: PNG },
      ]);
      const problem = expectProblem(skipped, 400);
      expect(problem).toMatchObject({ parameter: 'files', detail: expect.stringContaining('empty.txt') });
      expect(problem.detail).toContain('picture.png');
      expect(expectProblem(await send('/api/sources', { method: 'POST', headers: AUTH }), 400).parameter).toBe('files');
      const wrongField = await send('/api/sources', { method: 'POST', headers: AUTH, body: form('file', [{ name: 'a.txt', content: 'x' }]) });
      expect(expectProblem(wrongField, 400).parameter).toBe('files');
      expect(StatsSchema.parse((await send('/api/stats')).body).sources).toBe(LOADED.sources);
    });

    it('needs the API key: 401 without it or with another, 403 when the server has none', async () => {
      const file = [{ name: 'upload.txt', content: UPLOAD_TEXT }];
      const missing = expectProblem(await upload(file, {}), 401);
      expect(missing.detail).toContain('Authorization: Bearer');
      expectProblem(await upload(file, { authorization: 'Bearer not-the-key-000000000' }), 401);
      expectProblem(await upload(file, { authorization: TEST_KEY }), 401);
      const keyless = await listen(createApp({ store: context.store(), webRoot: '/nonexistent' }));
      try {
        const refused = expectProblem(await call(keyless, '/api/sources', { method: 'POST', headers: AUTH, body: form('files', file) }), 403);
        expect(refused.detail).toContain('POLICYGRAPH_API_KEY');
        expectProblem(await call(keyless, `/api/sources/${enc(DATED_JIANGJIN.source.id)}`, { method: 'DELETE', headers: AUTH }), 403);
      } finally {
        await stop(keyless);
      }
      expect(StatsSchema.parse((await send('/api/stats')).body).sources).toBe(LOADED.sources);
    });
  });

  describe('DELETE /api/sources/{id}', () => {
    it('removes the source and what only it supported; 404 the second time; needs the key', async () => {
      const path = `/api/sources/${enc(DATED_JIANGJIN.source.id)}`;
      expectProblem(await send(path, { method: 'DELETE' }), 401);
      const res = await send(path, { method: 'DELETE', headers: AUTH });
      expect(DeleteSourceResponseSchema.parse(res.body)).toEqual({ deleted: DATED_JIANGJIN.source.id });
      expect(StatsSchema.parse((await send('/api/stats')).body).sources).toBe(LOADED.sources - 1);
      expectProblem(await send(path), 404);
      expectProblem(await send(path, { method: 'DELETE', headers: AUTH }), 404);
    });
  });

  describe('POST /api/extract', () => {
    it('answers what `policygraph extract` prints, storing nothing', async () => {
      const res = await send('/api/extract', { method: 'POST', body: form('file', [{ name: 'upload.txt', content: UPLOAD_TEXT }]) });
      expect(res.status).toBe(200);
      const body = ExtractionSchema.parse(res.body);
      expect(body.source).toBe('upload.txt');
      expect(body.relations).toContainEqual(
        expect.objectContaining({ type: 'HOLDS_POSITION', from: TANG, to: expect.stringContaining('江津区委'), title: '书记' }),
      );
      expect(StatsSchema.parse((await send('/api/stats')).body).sources).toBe(LOADED.sources);
      const two = form('file', [
        { name: 'a.txt', content: UPLOAD_TEXT },
        { name: 'b.txt', content: UPLOAD_TEXT },
      ]);
      expect(expectProblem(await send('/api/extract', { method: 'POST', body: two }), 413).detail).toContain('At most 1 file');
      const bad = expectProblem(await send('/api/extract', { method: 'POST', body: form('file', [{ name: 'p.png', content: PNG }]) }), 400);
      expect(bad.detail).toContain('p.png');
    });
  });

  describe('ETags follow the store', () => {
    it('changes the ETag of a read after a write', async () => {
      const before = await send('/api/stats');
      const etag = before.headers.get('etag')!;
      expect((await send('/api/stats', { headers: { 'if-none-match': etag } })).status).toBe(304);
      await upload([{ name: 'upload.txt', content: UPLOAD_TEXT }]);
      const after = await send('/api/stats', { headers: { 'if-none-match': etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(StatsSchema.parse(after.body).sources).toBe(LOADED.sources + 1);
    });
  });
}
