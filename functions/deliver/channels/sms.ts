import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { DeliveryRequest } from '../contract';

/** A message whose phone number has been checked to be present. */
export type SmsMessage = DeliveryRequest['message'] & { phoneNumber: string };

/**
 * Publishes the message body as a transactional SMS and returns SNS's
 * message id.
 *
 * SENT means SNS accepted the SMS, not that a handset received it. In
 * particular SNS accepts a publish to a number that has opted out and
 * drops it afterwards; only SMS delivery status logs show that. Reading
 * them (or calling CheckIfPhoneNumberIsOptedOut first) would close the gap.
 */
export async function sendSms(
  sns: SNSClient,
  message: SmsMessage,
): Promise<string> {
  const output = await sns.send(
    new PublishCommand({
      PhoneNumber: message.phoneNumber,
      Message: message.body,
      MessageAttributes: {
        // Transactional SMS are routed for reliability, as a one-time
        // notification needs, rather than for the lowest cost.
        'AWS.SNS.SMS.SMSType': {
          DataType: 'String',
          StringValue: 'Transactional',
        },
      },
    }),
  );
  // As for SES: the SDK types the id as optional, SNS always sends one.
  return output.MessageId ?? '';
}
