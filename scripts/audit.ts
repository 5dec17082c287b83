/**
 * `npm run audit`: the production dependencies checked against the npm advisory
 * database (`npm audit --omit=dev`), failing on any high or critical advisory.
 * `--audit=true` is passed explicitly because an .npmrc may turn auditing off.
 * When the advisory endpoint cannot be reached (offline, or a registry mirror
 * without it) nothing is known: that is said loudly and the run does not fail,
 * unless POLICYGRAPH_AUDIT_REQUIRED=1.
 */
import { spawnSync } from 'node:child_process';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  message?: string;
  statusCode?: number;
}

const run = spawnSync('npm', ['audit', '--audit=true', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  report = { message: run.stderr.trim() || 'npm audit printed no report' };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? `status ${report.statusCode ?? 'unknown'}`;
  process.stderr.write(`npm audit: the advisory endpoint could not be used (${why}); production dependencies were NOT checked.\n`);
  process.exit(process.env.POLICYGRAPH_AUDIT_REQUIRED === '1' ? 1 : 0);
}

const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
for (const [name, v] of serious) process.stderr.write(`npm audit: ${v.severity} in ${name} (fix: ${JSON.stringify(v.fixAvailable)})\n`);
process.stdout.write(`npm audit (production dependencies): ${JSON.stringify(counts)}\n`);
process.exit(serious.length > 0 ? 1 : 0);
