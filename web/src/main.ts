/**
 * The explorer's entry point: starts it against the server's API, loads the
 * overview and the source list, then replays the view the URL describes.
 */
import { startExplorer } from './app.ts';
import { createApi } from './api.ts';
import { parseLocale, type Locale } from './i18n/index.ts';
import { installTestHooks } from './testHooks.ts';

function startingLocale(): Locale {
  return parseLocale(new URLSearchParams(location.search).get('lang')) ?? parseLocale(navigator.language) ?? 'zh';
}

async function main(): Promise<void> {
  const explorer = startExplorer(createApi(), startingLocale());
  installTestHooks(location.search, explorer);
  await Promise.all([explorer.actions.loadOverview(), explorer.actions.loadSources()]);
  await explorer.url.replay();
}

void main();
