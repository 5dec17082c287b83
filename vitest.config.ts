// Test projects: `unit` (logic beside its code, embedded store, API over HTTP),
// `neo4j` (against a real Neo4j the setup starts when NEO4J_URI is not set),
// `e2e` (the explorer in Debian Chromium), `e2e-neo4j` (the explorer's Cypher
// console against a served Neo4j).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        // Inline projects do not inherit the root test options in vitest 4 without this.
        extends: true,
        test: {
          name: 'unit',
          include: ['schema/**/*.test.ts', 'ingest/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/**/*.neo4j.test.ts', 'tests/e2e/**', 'tests/e2e-neo4j/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/**/*.neo4j.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          // One database for the project: files run one after another, each test on an emptied database.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e-neo4j',
          include: ['tests/e2e-neo4j/**/*.e2e.test.ts'],
          // Starts Neo4j (tests/setup/neo4j.ts) and one server seeded into it.
          globalSetup: ['tests/e2e-neo4j/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
