import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  resourceNamed,
  synthesize,
} from './support/stack';

let template: Template;

beforeAll(async () => {
  // GIVEN the real bundles (tests/setup/build.ts) WHEN the stack is synthesized with a sender
  ({ template } = synthesize({ senderEmail: 'alerts@mail.example.org' }));
});

describe('the delivery function', () => {
  it('runs index.handler on Node.js 22 or later, on arm64', () => {
    const { resource } = resourceNamed(
      template,
      'AWS::Lambda::Function',
      'Delivery',
    );
    const { Runtime, Handler, Architectures } = resource.Properties;

    expect(Runtime).toMatch(/^nodejs\d+\.x$/);
    expect(Number(/\d+/.exec(Runtime)![0])).toBeGreaterThanOrEqual(22);
    expect(Handler).toBe('index.handler');
    expect(Architectures).toEqual(['arm64']);
  });

  it('has a 10 second timeout, modest memory and active tracing', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 10,
      MemorySize: 256,
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('is told the sender in SENDER_EMAIL', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { SENDER_EMAIL: 'alerts@mail.example.org' } },
    });
  });

  it('logs to its own log group, kept for a month', () => {
    const logGroup = resourceNamed(
      template,
      'AWS::Logs::LogGroup',
      'DeliveryLogGroup',
    );

    expect(logGroup.resource.Properties.RetentionInDays).toBe(30);
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroup.logicalId } },
    });
  });

  it('creates no log-retention custom resource', () => {
    template.resourceCountIs('Custom::LogRetention', 0);
    template.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      { Handler: Match.not('index.handler') },
      0,
    );
  });
});
