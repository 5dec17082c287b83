/** Producers for the source reader: the article an evidence sentence comes from. */
import type { SourceDetail } from '../../../schema/api.ts';
import type { Evidence } from '../../../schema/model.ts';
import type { Notice, Producer, ReaderState } from './types.ts';

export const CLOSED_READER: ReaderState = { evidence: null, status: 'idle', data: null };

/** Opens the reader on `evidence`; the source's text is loading unless it is already at hand. */
export const openEvidence = (evidence: Evidence, cached: SourceDetail | null = null): Producer => (state) => ({
  ...state,
  reader: { evidence, status: cached === null ? 'loading' : 'ready', data: cached },
});

/** The source arrived (dropped if the reader moved on to another source). */
export const sourceLoaded = (source: SourceDetail): Producer => (state) =>
  state.reader.evidence?.source !== source.source.id ? state : { ...state, reader: { ...state.reader, status: 'ready', data: source } };

/** Loading the source failed. */
export const sourceFailed = (sourceId: string, notice: Notice): Producer => (state) =>
  state.reader.evidence?.source !== sourceId ? state : { ...state, reader: { ...state.reader, status: 'error' }, notice };

/** Closes the reader. */
export const closeReader = (): Producer => (state) => (state.reader === CLOSED_READER ? state : { ...state, reader: CLOSED_READER });
