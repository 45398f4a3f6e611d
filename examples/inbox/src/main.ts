/**
 * The inbox: pick a recipient, see their messages and each channel's
 * delivery, compose new ones, and watch them arrive live.
 */
import { createMessagingClient, type MessagingClient } from '../../../client/index';
import { createCompose } from './compose';
import { byId, showBanner } from './dom';
import { createLive } from './live';
import { createMessageList } from './message-list';
import { settings } from './settings';

const DEFAULT_RECIPIENT = 'alice';

function connect(): MessagingClient | undefined {
  if (!settings.apiKey) {
    showBanner(
      byId('config-error'),
      `No API key for ${settings.url}. Start the offline API with \`npm start\` ` +
        '(it writes .data/api-key), or set VITE_GRAPHQL_URL and VITE_API_KEY.',
    );
    return undefined;
  }
  return createMessagingClient(settings);
}

function start(client: MessagingClient): void {
  const list = createMessageList(client);
  const live = createLive(client, {
    onMessage: (message) => list.upsert(message),
    onResumed: () => void list.show(list.recipient),
  });
  const compose = createCompose(client, { onSent: (message) => list.upsert(message) });
  const watchForm = byId<HTMLFormElement>('watch-form');
  const watchInput = byId<HTMLInputElement>('watch-recipient');

  // The recipient lives in the URL, so a view can be bookmarked or shared.
  const watch = (recipient: string) => {
    const url = new URL(location.href);
    url.searchParams.set('recipient', recipient);
    history.replaceState(null, '', url);
    watchInput.value = recipient;
    compose.setRecipient(recipient);
    live.watch(recipient);
    void list.show(recipient);
  };

  watchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const recipient = watchInput.value.trim();
    if (recipient) watch(recipient);
  });

  watch(new URL(location.href).searchParams.get('recipient')?.trim() || DEFAULT_RECIPIENT);
}

const client = connect();
if (client) start(client);
