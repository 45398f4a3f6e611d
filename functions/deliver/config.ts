import type { AwsCredentialIdentity } from '@aws-sdk/types';

import { DeliveryConfigurationError } from './errors';

/** What the delivery function needs to know about its environment. */
export interface DeliveryConfig {
  /** The verified SES identity that every email is sent from. */
  senderEmail: string;
  /** The AWS region of the SES and SNS endpoints. */
  region: string;
  /**
   * An SES endpoint to use instead of AWS's, such as a local emulator.
   * @default the regional SES endpoint
   */
  sesEndpoint?: string;
  /**
   * An SNS endpoint to use instead of AWS's, such as a local emulator.
   * @default the regional SNS endpoint
   */
  snsEndpoint?: string;
  /**
   * Fixed credentials, for local emulators that need none of the host's.
   * @default the SDK's provider chain (the function's role on Lambda)
   */
  credentials?: AwsCredentialIdentity;
}

type Environment = Record<string, string | undefined>;

// Deliberately loose: SES is the judge of an address. This only catches a
// setting that is plainly not an address, such as a domain or an ARN.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/**
 * Reads and checks the configuration, once, at cold start.
 *
 * SENDER_EMAIL is required although a request may ask for SMS only: the
 * API offers EMAIL on every message, so a deployment without a sender is
 * broken, and saying so on the first invocation beats failing every email.
 */
export function configFromEnv(env: Environment): DeliveryConfig {
  return validateConfig({
    senderEmail: env.SENDER_EMAIL ?? '',
    region: env.AWS_REGION ?? '',
    sesEndpoint: env.SES_ENDPOINT || undefined,
    snsEndpoint: env.SNS_ENDPOINT || undefined,
  });
}

/** Rejects a configuration the function could not deliver with. */
export function validateConfig(config: DeliveryConfig): DeliveryConfig {
  if (!EMAIL_SHAPE.test(config.senderEmail)) {
    throw new DeliveryConfigurationError(
      'SENDER_EMAIL',
      `must be an email address verified in SES. Received: "${config.senderEmail}"`,
    );
  }
  if (config.region.trim() === '') {
    throw new DeliveryConfigurationError(
      'AWS_REGION',
      'must name an AWS region, such as "eu-west-1". Received nothing.',
    );
  }
  assertEndpoint('SES_ENDPOINT', config.sesEndpoint);
  assertEndpoint('SNS_ENDPOINT', config.snsEndpoint);
  return config;
}

function assertEndpoint(setting: string, value: string | undefined): void {
  if (value === undefined) return;
  const protocol = URL.canParse(value) ? new URL(value).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new DeliveryConfigurationError(
      setting,
      `must be an http(s) URL, such as "http://localhost:4566". Received: "${value}"`,
    );
  }
}
