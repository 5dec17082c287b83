/** `extract --format text`: an extraction as lines a person can read. */
import type { Extraction } from '../../schema/model.ts';

export function formatExtraction(extraction: Extraction): string {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const lines = [`${extraction.source}: ${extraction.entities.length} entities, ${extraction.relations.length} relations`, ''];
  for (const e of extraction.entities) {
    lines.push(`${e.type.padEnd(12)} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`);
  }
  lines.push('');
  for (const r of extraction.relations) {
    const qualifier = r.title ?? r.role ?? r.about;
    const from = names.get(r.from) ?? r.from;
    const to = names.get(r.to) ?? r.to;
    lines.push(`${r.type} ${from} → ${to}${qualifier ? ` [${qualifier}]` : ''}`);
    lines.push(`    «${r.evidence.text}» (${r.evidence.start}–${r.evidence.end})`);
  }
  return `${lines.join('\n')}\n`;
}
