/** Producers for the interface itself: language, the source list, and the notice the user must read. */
import type { Source } from '../../../schema/model.ts';
import type { Locale } from '../i18n/index.ts';
import type { Notice, Producer } from './types.ts';

/** Switches the interface language. */
export const setLocale = (locale: Locale): Producer => (state) =>
  state.locale === locale ? state : { ...state, locale };

/** The list of ingested sources arrived. */
export const sourcesLoaded = (sources: readonly Source[]): Producer => (state) => ({ ...state, sources });

/** Shows a notice (a failed request); it replaces the one shown. */
export const showNotice = (notice: Notice): Producer => (state) => ({ ...state, notice });

/** Hides the notice. */
export const dismissNotice = (): Producer => (state) => (state.notice === null ? state : { ...state, notice: null });
