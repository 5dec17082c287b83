/**
 * The explorer's entry point: starts it against the server's API, loads the
 * overview (`?top=N` most connected entities, 300 by default) and the source
 * list, then replays the view the URL describes.
 */
import { startExplorer } from './app.ts';
import { createApi } from './api.ts';
import { parseLocale, type Locale } from './i18n/index.ts';
import { installTestHooks } from './testHooks.ts';

function startingLocale(): Locale {
  return parseLocale(new URLSearchParams(location.search).get('lang')) ?? parseLocale(navigator.language) ?? 'zh';
}

/** The overview size asked for in the URL (1–2000), if any. */
function overviewLimit(): number | undefined {
  const top = Number(new URLSearchParams(location.search).get('top'));
  return Number.isInteger(top) && top >= 1 && top <= 2000 ? top : undefined;
}

async function main(): Promise<void> {
  const limit = overviewLimit();
  const explorer = startExplorer(createApi(), { locale: startingLocale(), ...(limit === undefined ? {} : { overviewLimit: limit }) });
  installTestHooks(location.search, explorer);
  await Promise.all([explorer.actions.loadOverview(), explorer.actions.loadSources()]);
  await explorer.url.replay();
}

void main();
