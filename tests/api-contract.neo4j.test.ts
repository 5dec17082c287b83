/**
 * Runs the HTTP API contract on a real Neo4j (tests/setup/neo4j.ts starts one
 * unless NEO4J_URI names one), each store on an emptied database.
 */
import { afterAll, inject } from 'vitest';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { describeApiContract } from './api/contract.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);

describeApiContract('neo4j', async () => {
  await emptyDatabase(driver, target);
  const store = new Neo4jStore(target);
  await store.open();
  return store;
});

afterAll(async () => {
  await driver.close();
});
