import { Annotations, Token } from 'aws-cdk-lib';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { InvalidSettingError } from './errors';

/**
 * The sender used when none is configured, so that synthesis works on a
 * fresh clone. Nothing can be delivered from it: example.com is reserved
 * and cannot be verified in SES.
 */
export const PLACEHOLDER_SENDER = 'no-reply@example.com';

export interface SenderSettings {
  /**
   * The address every email is sent from (CDK context `senderEmail`).
   *
   * @default - taken from `senderEmailParameter`
   */
  readonly senderEmail?: string;

  /**
   * The name of an SSM String parameter that holds the address (CDK
   * context `senderEmailParameter`). It is read by CloudFormation at
   * deploy time, so synthesis needs no credentials.
   *
   * @default - PLACEHOLDER_SENDER, with a warning
   */
  readonly senderEmailParameter?: string;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
const PARAMETER_NAME = /^[\w.\-/]+$/;

/**
 * The sender address for the delivery function and its SES permission.
 *
 * Precedence: `senderEmail` when set (a `senderEmailParameter` given as
 * well is ignored, with a warning); else the value of the SSM parameter
 * named by `senderEmailParameter`, resolved at deploy time; else
 * PLACEHOLDER_SENDER, with a warning that email delivery will fail.
 */
export function resolveSenderEmail(
  scope: Construct,
  settings: SenderSettings,
): string {
  const { senderEmail, senderEmailParameter } = settings;

  if (senderEmail !== undefined) {
    if (!Token.isUnresolved(senderEmail) && !EMAIL_SHAPE.test(senderEmail)) {
      throw new InvalidSettingError(
        'senderEmail',
        'an email address such as "no-reply@mail.example.org"',
        JSON.stringify(senderEmail),
      );
    }
    if (senderEmailParameter !== undefined) {
      warn(
        scope,
        'senderBothSet',
        `senderEmail (${senderEmail}) is used; senderEmailParameter ` +
          `(${senderEmailParameter}) is ignored.`,
      );
    }
    return senderEmail;
  }

  if (senderEmailParameter !== undefined) {
    if (!PARAMETER_NAME.test(senderEmailParameter)) {
      throw new InvalidSettingError(
        'senderEmailParameter',
        'an SSM parameter name such as "/messaging/sender-email"',
        JSON.stringify(senderEmailParameter),
      );
    }
    return StringParameter.valueForStringParameter(scope, senderEmailParameter);
  }

  warn(
    scope,
    'senderPlaceholder',
    `No sender configured: emails are sent from ${PLACEHOLDER_SENDER}, ` +
      'which SES will refuse. Pass -c senderEmail=<verified address> or ' +
      '-c senderEmailParameter=<SSM parameter name>.',
  );
  return PLACEHOLDER_SENDER;
}

function warn(scope: Construct, id: string, message: string): void {
  Annotations.of(scope).addWarningV2(`messaging:${id}`, message);
}
