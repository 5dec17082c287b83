/**
 * Looking up UI strings: `translate(locale, key, values)` fills `{name}` slots.
 * Entity and relation type names go through the same tables.
 */
import type { Direction } from '../../../schema/api.ts';
import type { EntityType, RelationType } from '../../../schema/model.ts';
import { LOCALES, MESSAGES, type Locale, type MessageKey } from './messages.ts';

export { LOCALES, type Locale, type MessageKey };

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** Returns the string for `key` in `locale` with `{name}` slots filled from `values`. */
export function translate(
  locale: Locale,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

/** A translate function bound to one locale, handed to the panels. */
export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

/** Message key naming an entity type. */
export function entityTypeKey(type: EntityType): MessageKey {
  return `entity.${type}`;
}

/** Message key naming a relation type on its own (filters, paths). */
export function relationTypeKey(type: RelationType): MessageKey {
  return `relationType.${type}`;
}

/** Message key naming a relation type seen from one end (out: the subject; in: the object). */
export function relationKey(type: RelationType, direction: Direction): MessageKey {
  return `relation.${type}.${direction}`;
}

/** Parses a locale from user input (URL, storage, navigator); undefined when not one we ship. */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const base = value.toLowerCase().split('-')[0];
  return LOCALES.find((locale) => locale === base);
}
