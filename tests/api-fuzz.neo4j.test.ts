/**
 * The API fuzz run against `policygraph serve --seed data/samples` on the test
 * Neo4j (emptied first, so the server seeds it). FUZZ_RUNS_NEO4J sets its size (default 1000).
 */
import { afterAll, inject } from 'vitest';
import { describeApiFuzz, FUZZ_KEY } from './fuzz/suite.ts';
import { serveSamples } from './fuzz/server.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);

describeApiFuzz(
  'neo4j',
  async () => {
    await emptyDatabase(driver, target);
    return serveSamples(FUZZ_KEY, {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
    });
  },
  Number(process.env.FUZZ_RUNS_NEO4J ?? 1000),
);

afterAll(async () => {
  await driver.close();
});
