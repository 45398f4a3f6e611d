import { SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configFromEnv } from '../../../functions/deliver/config';
import { DeliveryConfigurationError } from '../../../functions/deliver/errors';
import { createHandler } from '../../../functions/deliver/handler';
import { aConfig, aRequest, SENDER } from './fixtures';
import { captureLogs } from './logs';

const validEnv = {
  SENDER_EMAIL: SENDER,
  AWS_REGION: 'eu-west-1',
};

/** What `fn` threw, checked to be a configuration error. */
function configErrorOf(fn: () => unknown): DeliveryConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DeliveryConfigurationError);
    return error as DeliveryConfigurationError;
  }
  throw new Error('expected a DeliveryConfigurationError, nothing was thrown');
}

describe('configFromEnv', () => {
  it('reads the sender, the region and both endpoints', () => {
    expect(
      configFromEnv({
        ...validEnv,
        SES_ENDPOINT: 'http://localhost:4566',
        SNS_ENDPOINT: 'http://localhost:4575',
      }),
    ).toEqual({
      senderEmail: SENDER,
      region: 'eu-west-1',
      sesEndpoint: 'http://localhost:4566',
      snsEndpoint: 'http://localhost:4575',
    });
  });

  it('leaves the endpoints to the SDK when they are unset or empty', () => {
    const config = configFromEnv({ ...validEnv, SES_ENDPOINT: '' });

    expect(config.sesEndpoint).toBeUndefined();
    expect(config.snsEndpoint).toBeUndefined();
  });

  it('refuses to start without SENDER_EMAIL, naming the variable', () => {
    const error = configErrorOf(() =>
      configFromEnv({ AWS_REGION: 'eu-west-1' }),
    );

    expect(error).toMatchObject({
      name: 'DeliveryConfigurationError',
      errorType: 'InvalidDeliveryConfiguration',
      setting: 'SENDER_EMAIL',
    });
  });

  it('refuses a SENDER_EMAIL that is not an address, quoting it', () => {
    const error = configErrorOf(() =>
      configFromEnv({ ...validEnv, SENDER_EMAIL: 'messages.example.com' }),
    );

    expect(error.message).toContain('Received: "messages.example.com"');
  });

  it('refuses to start without AWS_REGION', () => {
    const error = configErrorOf(() => configFromEnv({ SENDER_EMAIL: SENDER }));

    expect(error.setting).toBe('AWS_REGION');
  });

  it('refuses an endpoint that is not an http(s) URL', () => {
    const error = configErrorOf(() =>
      configFromEnv({ ...validEnv, SNS_ENDPOINT: 'localhost:4566' }),
    );

    expect(error.setting).toBe('SNS_ENDPOINT');
    expect(error.message).toContain('Received: "localhost:4566"');
  });
});

describe('createHandler', () => {
  it('checks explicit configuration as strictly as the environment', () => {
    const error = configErrorOf(() =>
      createHandler(aConfig({ sesEndpoint: 'ftp://localhost' })),
    );

    expect(error.setting).toBe('SES_ENDPOINT');
  });
});

describe('the Lambda handler', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('is built from the environment when the module loads', async () => {
    vi.stubEnv('SENDER_EMAIL', 'from-env@messages.example.com');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const ses = mockClient(SESClient);
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-env' });
    captureLogs();
    vi.resetModules();

    const { handler } = await import('../../../functions/deliver/index');
    const { outcomes } = await handler(aRequest(['EMAIL']));

    expect(outcomes[0]).toMatchObject({
      status: 'SENT',
      providerMessageId: 'ses-env',
    });
    expect(ses.commandCalls(SendEmailCommand)[0].args[0].input.Source).toBe(
      'from-env@messages.example.com',
    );
    ses.restore();
  });

  it('fails the cold start when the environment is invalid', async () => {
    vi.stubEnv('SENDER_EMAIL', '');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.resetModules();

    await expect(
      import('../../../functions/deliver/index'),
    ).rejects.toMatchObject({
      name: 'DeliveryConfigurationError',
      setting: 'SENDER_EMAIL',
    });
  });
});
