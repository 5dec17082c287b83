// Entry of an ingest worker thread. Where the parent's TypeScript loader
// reaches workers, the body loads as it is; where it does not (Node 20 keeps
// module hooks off worker threads), tsx is registered here, as
// bin/policygraph.mjs does, and the body is loaded again under a fresh URL
// (the failed first load stays cached under the plain one).
try {
  await import('./parallel-worker.ts');
} catch (err) {
  if (err?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw err;
  const { register } = await import('tsx/esm/api');
  register();
  await import('./parallel-worker.ts?registered');
}
