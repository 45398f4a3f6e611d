/**
 * The watched recipient's messages: pages loaded through nextToken, newest
 * first, merged with those that arrive live or come back from a retry.
 */
import type { Message, MessagingClient } from '../../../client/index';
import { byId, showBanner } from './dom';
import { describeError } from './errors';
import { messageCard } from './message-card';

const PAGE_SIZE = 10;

export interface MessageList {
  /** Clears the list and loads the first page for this recipient. */
  show(recipient: string): Promise<void>;
  /** Adds a message, or replaces the one with its id. */
  upsert(message: Message): void;
  readonly recipient: string;
}

export function createMessageList(client: MessagingClient): MessageList {
  const list = byId<HTMLOListElement>('message-list');
  const empty = byId('empty');
  const loadMore = byId<HTMLButtonElement>('load-more');
  const error = byId('list-error');
  const messages = new Map<string, Message>();
  let recipient = '';
  let nextToken: string | null = null;
  /** Ids that arrived live since the last render, to highlight once. */
  const arrived = new Set<string>();
  // Bumped on each show(), so a page that was in flight for the previous
  // recipient is dropped instead of mixed in.
  let generation = 0;

  const retry = async (message: Message) => {
    upsert(await client.retryDelivery({ recipient: message.recipient, id: message.id }));
  };

  const render = () => {
    // Ids sort by creation time, so sorting them puts the newest first.
    const ordered = [...messages.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
    list.replaceChildren(...ordered.map((m) => messageCard(m, retry, arrived.has(m.id))));
    arrived.clear();
    empty.hidden = messages.size > 0 || nextToken !== null;
    loadMore.hidden = nextToken === null;
  };

  const upsert = (message: Message) => {
    if (message.recipient !== recipient) return;
    if (!messages.has(message.id)) arrived.add(message.id);
    messages.set(message.id, message);
    render();
  };

  const loadPage = async (token: string | null) => {
    const mine = generation;
    loadMore.disabled = true;
    showBanner(error, null);
    try {
      const page = await client.listMessages({ recipient, limit: PAGE_SIZE, nextToken: token });
      if (mine !== generation) return;
      for (const message of page.items) messages.set(message.id, message);
      nextToken = page.nextToken;
      render();
    } catch (failure) {
      if (mine === generation) showBanner(error, describeError(failure));
    } finally {
      loadMore.disabled = false;
    }
  };

  loadMore.addEventListener('click', () => void loadPage(nextToken));

  return {
    async show(next) {
      generation += 1;
      recipient = next;
      messages.clear();
      nextToken = null;
      list.replaceChildren();
      empty.hidden = true;
      loadMore.hidden = true;
      await loadPage(null);
    },
    upsert,
    get recipient() {
      return recipient;
    },
  };
}
