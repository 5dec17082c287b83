/** Runs the HTTP API contract on the embedded store, each store in a fresh data folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { describeApiContract } from './api/contract.ts';

const folders: string[] = [];

describeApiContract('embedded', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-api-contract-'));
  folders.push(dataDir);
  const store = new EmbeddedStore({ dataDir });
  await store.open();
  return store;
});

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});
