/**
 * The compose form: sends a message, and shows each violation the API
 * reports next to the field it names (input.body → the body field).
 */
import {
  ApiError,
  violationsByField,
  type Message,
  type MessagingClient,
  type SendMessageInput,
} from '../../../client/index';
import { byId, showBanner } from './dom';
import { describeError } from './errors';

const FIELDS = ['recipient', 'subject', 'body', 'emailAddress', 'phoneNumber'] as const;
type FieldName = (typeof FIELDS)[number];
type FieldElement = HTMLInputElement | HTMLTextAreaElement;

const INPUT_ID: Record<FieldName, string> = {
  recipient: 'compose-recipient',
  subject: 'compose-subject',
  body: 'compose-body',
  emailAddress: 'compose-email',
  phoneNumber: 'compose-phone',
};

export interface ComposeOptions {
  onSent(message: Message): void;
}

export function createCompose(client: MessagingClient, options: ComposeOptions) {
  const form = byId<HTMLFormElement>('compose-form');
  const send = byId<HTMLButtonElement>('compose-send');
  const formError = byId('compose-error');
  const sent = byId('compose-ok');
  const body = byId<HTMLTextAreaElement>('compose-body');
  const count = byId('compose-body-count');
  const input = (name: FieldName) => byId<FieldElement>(INPUT_ID[name]);
  // One key per message being composed: sending it twice (a double click,
  // a retry after a timeout) stores and delivers it once.
  let idempotencyKey = newKey();

  const clearErrors = () => {
    for (const name of FIELDS) setFieldError(name, null);
    showBanner(formError, null);
  };

  const setFieldError = (name: FieldName, message: string | null) => {
    const field = input(name);
    byId(`${INPUT_ID[name]}-error`).textContent = message ?? '';
    field.toggleAttribute('aria-invalid', message !== null);
    if (message) field.setAttribute('aria-describedby', `${INPUT_ID[name]}-error`);
  };

  const showFailure = (error: unknown) => {
    const unplaced: string[] = [];
    for (const [field, messages] of violationsByField(error)) {
      const name = field.replace(/^input\./, '') as FieldName;
      if (FIELDS.includes(name)) setFieldError(name, messages.join(' '));
      else unplaced.push(`${field} ${messages.join(' ')}`);
    }
    const placedAll = error instanceof ApiError && error.violations.length > 0 && !unplaced.length;
    const partial = storedMessage(error);
    if (partial) {
      options.onSent(partial);
      showBanner(formError, `Stored, but not delivered yet: ${describeError(error)}`);
    } else if (!placedAll) {
      showBanner(formError, unplaced.length ? unplaced.join('; ') : describeError(error));
    }
  };

  form.addEventListener('input', (event) => {
    if (event.target !== input('recipient')) idempotencyKey = newKey();
    count.textContent = `${body.value.length.toLocaleString()} characters · at most 1,600 by SMS`;
    showBanner(sent, null);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    send.disabled = true;
    send.textContent = 'Sending…';
    try {
      const message = await client.sendMessage(readInput(input, idempotencyKey));
      options.onSent(message);
      showBanner(sent, `Sent to ${message.recipient}.`);
      body.value = '';
      idempotencyKey = newKey();
    } catch (error) {
      showFailure(error);
    } finally {
      send.disabled = false;
      send.textContent = 'Send message';
    }
  });

  return {
    setRecipient(recipient: string) {
      input('recipient').value = recipient;
    },
  };
}

function readInput(
  input: (name: FieldName) => FieldElement,
  idempotencyKey: string,
): SendMessageInput {
  // An empty optional field means "not given": "" is not a valid AWSEmail.
  const optional = (name: FieldName) => input(name).value.trim() || undefined;
  return {
    recipient: input('recipient').value,
    body: input('body').value,
    subject: optional('subject'),
    emailAddress: optional('emailAddress'),
    phoneNumber: optional('phoneNumber'),
    idempotencyKey,
  };
}

/** The message a DeliveryUnavailable sendMessage stored and returned anyway. */
function storedMessage(error: unknown): Message | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return (error.data as { sendMessage?: Message } | null)?.sendMessage ?? undefined;
}

function newKey(): string {
  // randomUUID needs a secure context; a LAN address over http is not one.
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
