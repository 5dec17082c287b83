/**
 * Vitest global setup of the `e2e` project: builds the web explorer when
 * web/dist is missing (`npm test` builds it first; a lone `vitest --project e2e`
 * may not have), then starts one `policygraph serve --seed data/samples` for
 * every e2e file (seeding takes most of a minute on two cores) and hands its
 * URL to the tests as `inject('serverUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { buildWebIfMissing, startServer } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWebIfMissing();
  const server = await startServer();
  project.provide('serverUrl', server.url);
  return () => server.stop();
}
