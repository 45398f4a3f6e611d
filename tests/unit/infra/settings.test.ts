import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import { describe, expect, it } from 'vitest';
import { settingsFromContext } from '../../../infra/context';
import { PLACEHOLDER_SENDER } from '../../../infra/sender';
import { synthesize } from './support/stack';

function senderVariable(props: Parameters<typeof synthesize>[0]) {
  const { stack, template } = synthesize(props);
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
  return {
    sender: fn.Properties.Environment.Variables.SENDER_EMAIL,
    annotations: Annotations.fromStack(stack),
    template,
  };
}

describe('the sender address', () => {
  it('is the senderEmail setting when given, even with a parameter', () => {
    const { sender, annotations } = senderVariable({
      senderEmail: 'alerts@mail.example.org',
      senderEmailParameter: '/messaging/sender',
    });

    expect(sender).toBe('alerts@mail.example.org');
    annotations.hasWarning(
      '*',
      Match.stringLikeRegexp('senderEmailParameter .* is ignored'),
    );
  });

  it('is read from the SSM parameter at deploy time when only that is given', () => {
    const { sender, template } = senderVariable({
      senderEmailParameter: '/messaging/sender',
    });

    const parameters = template.toJSON().Parameters;
    expect(parameters[sender.Ref]).toEqual(
      expect.objectContaining({
        Type: 'AWS::SSM::Parameter::Value<String>',
        Default: '/messaging/sender',
      }),
    );
  });

  it('is the placeholder, with a warning, when nothing is configured', () => {
    const { sender, annotations } = senderVariable({});

    expect(sender).toBe(PLACEHOLDER_SENDER);
    annotations.hasWarning('*', Match.stringLikeRegexp('No sender configured'));
  });

  it('rejects a sender that is not an address, naming it', () => {
    expect(() => synthesize({ senderEmail: 'example.org' })).toThrow(
      'senderEmail must be an email address such as "no-reply@mail.example.org". ' +
        'Received: "example.org"',
    );
  });

  it('rejects a parameter name SSM would not accept, naming it', () => {
    expect(() => synthesize({ senderEmailParameter: 'my sender' })).toThrow(
      'Received: "my sender"',
    );
  });
});

describe('CDK context', () => {
  it('parses command-line strings into stack settings', () => {
    const app = new App({
      context: {
        senderEmail: 'alerts@mail.example.org',
        apiKeyExpiryDays: '30',
        fieldLogLevel: 'ALL',
        excludeVerboseContent: 'false',
        rateLimit: '500',
      },
    });

    const settings = settingsFromContext(app.node);

    expect(settings).toEqual({
      senderEmail: 'alerts@mail.example.org',
      senderEmailParameter: undefined,
      apiKeyExpiry: expect.objectContaining({}),
      fieldLogLevel: FieldLogLevel.ALL,
      excludeVerboseContent: false,
      rateLimit: 500,
    });
    expect(settings.apiKeyExpiry?.toDays()).toBe(30);
  });

  it.each([
    [
      'apiKeyExpiryDays',
      'soon',
      'apiKeyExpiryDays must be a number. Received: "soon"',
    ],
    ['rateLimit', 'lots', 'rateLimit must be a number. Received: "lots"'],
    [
      'excludeVerboseContent',
      'yes',
      'excludeVerboseContent must be true or false. Received: "yes"',
    ],
    [
      'fieldLogLevel',
      'WARN',
      'fieldLogLevel must be one of NONE, ERROR, INFO, DEBUG, ALL. Received: "WARN"',
    ],
  ])('rejects %s=%s, naming the value', (key, value, message) => {
    const app = new App({ context: { [key]: value } });

    expect(() => settingsFromContext(app.node)).toThrow(message);
  });
});

describe('the bundles', () => {
  it('must be built before synthesis, and a missing one is named', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-bundles-'));

    expect(() => synthesize({ bundleRoot: empty })).toThrow(
      `Bundle not found: ${path.join(
        empty,
        'dist/functions/deliver/index.mjs',
      )}`,
    );
  });
});
