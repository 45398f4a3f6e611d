/**
 * Live updates for the watched recipient through onMessageSent, with the
 * connection's state in the top bar. A dropped connection is retried with
 * backoff; messages sent while it was down are picked up by reloading.
 */
import { ApiError, type Message, type MessagingClient } from '../../../client/index';
import { byId } from './dom';
import { describeError } from './errors';

type LiveState = 'connecting' | 'live' | 'offline';

export interface LiveOptions {
  onMessage(message: Message): void;
  /** Called when a subscription starts again after a failure. */
  onResumed(): void;
}

const MAX_BACKOFF_MS = 30_000;

export function createLive(client: MessagingClient, options: LiveOptions) {
  const pill = byId('live');
  const text = byId('live-text');
  let stop: (() => void) | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const setState = (state: LiveState, label: string, title = '') => {
    pill.dataset.state = state;
    text.textContent = label;
    pill.title = title;
  };

  const watch = (recipient: string) => {
    stop?.();
    clearTimeout(retryTimer);
    setState('connecting', 'Connecting…');

    stop = client.onMessageSent(recipient, {
      next: options.onMessage,
      started: () => {
        setState('live', 'Live');
        if (failures > 0) options.onResumed();
        failures = 0;
      },
      error: (error) => {
        stop = undefined;
        // A refused key stays refused: retrying would only hammer the API.
        if (error instanceof ApiError && error.errorType === 'UnauthorizedException') {
          return setState('offline', 'Not authorised', describeError(error));
        }
        failures += 1;
        const delay = Math.min(1000 * 2 ** failures, MAX_BACKOFF_MS);
        setState('offline', `Offline · retrying in ${Math.round(delay / 1000)} s`, describeError(error));
        retryTimer = setTimeout(() => watch(recipient), delay);
      },
    });
  };

  return { watch };
}
