/** The API fuzz run against `policygraph serve --seed data/samples` on the embedded store. FUZZ_RUNS sets its size (default 3000). */
import { describeApiFuzz, FUZZ_KEY } from './fuzz/suite.ts';
import { serveSamples } from './fuzz/server.ts';

describeApiFuzz('embedded', () => serveSamples(FUZZ_KEY), Number(process.env.FUZZ_RUNS ?? 3000));
