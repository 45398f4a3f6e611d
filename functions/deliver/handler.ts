import type { Context } from 'aws-lambda';
import { attempt } from './attempt';
import { sendEmail } from './channels/email';
import { sendSms } from './channels/sms';
import { createClients, type DeliveryClients } from './clients';
import { validateConfig, type DeliveryConfig } from './config';
import type {
  ChannelOutcome,
  DeliveryRequest,
  DeliveryResponse,
} from './contract';
import { logger } from './logger';
import { maskEmail, maskPhone } from './mask';
import { parseDeliveryRequest, type Delivery } from './validate';

/** The delivery function, as Lambda and the offline runtime call it. */
export type DeliveryHandler = (
  event: DeliveryRequest,
  context?: Context,
) => Promise<DeliveryResponse>;

/**
 * Builds a delivery handler from explicit configuration. The SES and SNS
 * clients are created here, once, and shared by every invocation.
 *
 * @throws DeliveryConfigurationError when the configuration is invalid
 */
export function createHandler(config: DeliveryConfig): DeliveryHandler {
  const settings = validateConfig(config);
  const clients = createClients(settings);

  return async (event, context) => {
    if (context) logger.addContext(context);
    const deliveries = parseDeliveryRequest(event);
    const outcomes = await Promise.all(
      deliveries.map((delivery) =>
        deliver(delivery, event.message.id, clients, settings),
      ),
    );
    return { outcomes };
  };
}

function deliver(
  delivery: Delivery,
  messageId: string,
  clients: DeliveryClients,
  settings: DeliveryConfig,
): Promise<ChannelOutcome> {
  if (delivery.channel === 'EMAIL') {
    const { message } = delivery;
    return attempt(
      {
        channel: 'EMAIL',
        messageId,
        maskedAddress: maskEmail(message.emailAddress),
      },
      () => sendEmail(clients.ses, settings.senderEmail, message),
    );
  }
  const { message } = delivery;
  return attempt(
    {
      channel: 'SMS',
      messageId,
      maskedAddress: maskPhone(message.phoneNumber),
    },
    () => sendSms(clients.sns, message),
  );
}
