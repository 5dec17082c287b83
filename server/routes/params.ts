/**
 * Zod building blocks for path and query parameters, which arrive as strings:
 * bounded integers with defaults, and lists given as `a,b` or repeated `?x=a&x=b`.
 */
import { z } from 'zod';

/** An integer between `min` and `max`, `fallback` when absent. */
export function integerParam(min: number, max: number, fallback: number) {
  return z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .default(fallback)
    .describe(`An integer from ${min} to ${max} (default ${fallback}).`);
}

/** A list of enum values, comma-separated or repeated. */
export function listParam<T extends z.ZodEnum>(values: T) {
  return z
    .preprocess(
      (raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean),
      z.array(values),
    )
    .optional()
    .describe(`One or more of ${values.options.join(', ')}, comma-separated or repeated.`);
}

/** An entity id such as `person:唐大军`; URL-encode it in paths. */
export const entityIdParam = z
  .string()
  .min(1)
  .max(500)
  .meta({ description: 'An entity id such as person:唐大军 (URL-encoded in paths).', examples: ['person:唐大军'] });

/** A string parameter with a description and an example value (shown on the reference page). */
export function textParam(description: string, example: string) {
  return z.string().min(1).max(500).meta({ description, examples: [example] });
}

/** A calendar date such as 2025-03-04 (compared with evidence dates). */
export function dateParam(what: string) {
  return z.iso.date().optional().describe(`${what}, as YYYY-MM-DD.`);
}

/** Requires `until` not to come before `since` when both are given. */
export function checkDateRange(value: { since?: string | undefined; until?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.since !== undefined && value.until !== undefined && value.until < value.since) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: `until (${value.until}) comes before since (${value.since})` });
  }
}
