/**
 * One message as a card: subject, body, when, and each channel's delivery
 * status at a glance, with Retry when a channel is not sent.
 */
import type { Delivery, DeliveryStatus, Message } from '../../../client/index';
import { h } from './dom';

export type RetryAction = (message: Message) => Promise<void>;

const STATUS_LABEL: Record<DeliveryStatus, string> = {
  SENT: 'Sent',
  FAILED: 'Failed',
  PENDING: 'Pending',
};
const STATUS_ICON: Record<DeliveryStatus, string> = { SENT: '✓', FAILED: '✕', PENDING: '…' };
const CHANNEL_LABEL = { EMAIL: 'Email', SMS: 'SMS' } as const;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function messageCard(message: Message, retry: RetryAction, arrived = false): HTMLLIElement {
  // A subscriber gets only the fields the sender's mutation selected; a
  // sender that skipped deliveries leaves them null here.
  const deliveries = message.deliveries ?? [];
  const created = message.createdAt ? new Date(message.createdAt) : undefined;

  return h(
    'li',
    { className: arrived ? 'message message-arrived' : 'message', 'data-id': message.id },
    h(
      'div',
      { className: 'message-head' },
      h('h3', { className: 'message-subject' }, message.subject ?? ''),
      created && h('time', { datetime: message.createdAt }, when.format(created)),
    ),
    h('p', { className: 'message-body' }, message.body ?? ''),
    h('ul', { className: 'deliveries' }, ...deliveries.map((d) => deliveryRow(d, message))),
    needsRetry(deliveries) && retryControl(message, retry),
  );
}

function deliveryRow(delivery: Delivery, message: Message): HTMLLIElement {
  const address = delivery.channel === 'EMAIL' ? message.emailAddress : message.phoneNumber;
  const reason = delivery.status === 'FAILED' ? failureReason(delivery) : undefined;
  const attempts = delivery.attempts > 1 ? `${delivery.attempts} attempts` : undefined;

  return h(
    'li',
    { className: 'delivery', 'data-channel': delivery.channel, 'data-status': delivery.status },
    h(
      'span',
      { className: `badge badge-${delivery.status.toLowerCase()}` },
      h('span', { 'aria-hidden': 'true' }, STATUS_ICON[delivery.status]),
      ` ${STATUS_LABEL[delivery.status]}`,
    ),
    h('span', { className: 'delivery-channel' }, CHANNEL_LABEL[delivery.channel]),
    address && h('span', { className: 'delivery-address' }, address),
    attempts && h('span', { className: 'delivery-attempts' }, attempts),
    reason && h('p', { className: 'delivery-reason' }, reason),
  );
}

function failureReason(delivery: Delivery): HTMLElement {
  const code = delivery.errorCode ?? 'Error';
  const text = delivery.errorMessage ?? 'the provider gave no reason';
  return h(
    'span',
    {},
    `${code}: ${text}`,
    delivery.retryable && h('span', { className: 'delivery-hint' }, ' · retrying may help'),
  );
}

function needsRetry(deliveries: Delivery[]): boolean {
  return deliveries.some((d) => d.status !== 'SENT');
}

function retryControl(message: Message, retry: RetryAction): HTMLDivElement {
  const status = h('span', { className: 'retry-error', role: 'alert' });
  const button = h('button', { type: 'button', className: 'button button-small' }, 'Retry');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Retrying…';
    status.textContent = '';
    try {
      await retry(message);
    } catch (error) {
      status.textContent = (error as Error).message;
      button.disabled = false;
      button.textContent = 'Retry';
    }
  });
  return h('div', { className: 'message-actions' }, button, status);
}
