/**
 * A store opened in the background: the server starts and answers (503 from
 * /api/health and every data endpoint) while its store cannot be opened yet —
 * Neo4j still starting or down — and keeps trying until it opens. Calls made
 * before then fail at once with StoreUnavailableError saying why; after, they
 * go straight to the store.
 */
import { StoreUnavailableError } from '../../schema/errors.ts';
import type { GraphStore } from './types.ts';

export interface BackgroundOpen {
  /** The store to serve: fails fast until it is open. */
  readonly store: GraphStore;
  /** Resolves once the store is open (never rejects; closing stops the tries). */
  readonly opened: Promise<void>;
}

export interface BackgroundOpenOptions {
  /** Delay between tries (ms). */
  retryMs: number;
  /** Told about each failed try. */
  onRetry?: (error: unknown, attempt: number) => void;
}

/** Starts opening `store` and returns it wrapped so it can be served right away. */
export function openInBackground(store: GraphStore, options: BackgroundOpenOptions): BackgroundOpen {
  let open = false;
  let closed = false;
  let lastError: unknown = new StoreUnavailableError(`The ${store.kind} store is being opened; try again in a moment.`);
  let timer: NodeJS.Timeout | undefined;
  const opened = new Promise<void>((resolve) => {
    const attempt = async (n: number): Promise<void> => {
      if (closed) return;
      try {
        await store.open();
        open = true;
        resolve();
      } catch (error) {
        lastError = error;
        options.onRetry?.(error, n);
        timer = setTimeout(() => void attempt(n + 1), options.retryMs);
      }
    };
    void attempt(1);
  });
  const unavailable = (): Promise<never> => {
    const why = lastError instanceof Error ? lastError.message : String(lastError);
    return Promise.reject(new StoreUnavailableError(`${why} (the server tries again every ${options.retryMs / 1000} s)`, { cause: lastError }));
  };
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'close') {
        return async () => {
          closed = true;
          clearTimeout(timer);
          if (open) await target.close();
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      if (open || typeof value !== 'function' || property === 'open') return typeof value === 'function' ? value.bind(target) : value;
      return unavailable;
    },
  });
  return { store: wrapped, opened };
}
