// Runs the `policygraph` command (bin/policygraph.mjs) and, as it exits, writes
// its peak resident memory (worker threads included) as the last stderr line:
// `peak-rss-kb N`. Used by the reliability tests to report memory per run.
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import('../../bin/policygraph.mjs');
