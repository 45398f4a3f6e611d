import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { DeliveryRequest } from '../contract';

const CHARSET = 'UTF-8';

/** A message whose email address has been checked to be present. */
export type EmailMessage = DeliveryRequest['message'] & {
  emailAddress: string;
};

/**
 * Sends the message as a plain-text email from the configured sender and
 * returns SES's message id. SENT means SES accepted the email; a bounce or
 * a complaint arrives later, through SES's own notifications.
 */
export async function sendEmail(
  ses: SESClient,
  senderEmail: string,
  message: EmailMessage,
): Promise<string> {
  const output = await ses.send(
    new SendEmailCommand({
      Source: senderEmail,
      Destination: { ToAddresses: [message.emailAddress] },
      Message: {
        Subject: { Data: message.subject, Charset: CHARSET },
        Body: { Text: { Data: message.body, Charset: CHARSET } },
      },
    }),
  );
  // SES always returns an id on success; the SDK types every output field
  // as optional. An answer without one is still an accepted email.
  return output.MessageId ?? '';
}
