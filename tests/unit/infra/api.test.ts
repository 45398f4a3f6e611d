import { Duration } from 'aws-cdk-lib';
import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import type { Template } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../../infra/stack';
import {
  resourceNamed,
  synthesize,
} from './support/stack';

const DAY_SECONDS = 24 * 60 * 60;

let template: Template;
let synthesizedAt: number;

beforeAll(async () => {
  // GIVEN the real bundles (tests/setup/build.ts) WHEN the default stack is synthesized
  synthesizedAt = Date.now() / 1000;
  ({ template } = synthesize());
});

function apiKeyExpires(t: Template): number {
  return resourceNamed(t, 'AWS::AppSync::ApiKey', 'Api').resource.Properties
    .Expires;
}

describe('the GraphQL API', () => {
  it('deploys schema.graphql, not the codegen schema', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLSchema', {
      Definition: readFileSync(
        path.join(REPOSITORY_ROOT, 'schema.graphql'),
        'utf8',
      ),
    });
  });

  it('authorizes with an API key and traces with X-Ray', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      AuthenticationType: 'API_KEY',
      XrayEnabled: true,
    });
  });

  it('logs failing fields without verbose content, to a log group kept a month', () => {
    const logGroup = resourceNamed(
      template,
      'AWS::Logs::LogGroup',
      'ApiLogGroup',
    );
    const api = resourceNamed(template, 'AWS::AppSync::GraphQLApi', 'Api');
    const role = resourceNamed(template, 'AWS::IAM::Role', 'ApiLoggingRole');

    expect(api.resource.Properties.LogConfig).toEqual({
      CloudWatchLogsRoleArn: { 'Fn::GetAtt': [role.logicalId, 'Arn'] },
      FieldLogLevel: 'ERROR',
      ExcludeVerboseContent: true,
    });
    expect(logGroup.resource.Properties).toEqual({
      LogGroupName: {
        'Fn::Join': [
          '',
          ['/aws/appsync/apis/', { 'Fn::GetAtt': [api.logicalId, 'ApiId'] }],
        ],
      },
      RetentionInDays: 30,
    });
  });

  it('takes the field log level and verbosity from props', () => {
    const { template: verbose } = synthesize({
      fieldLogLevel: FieldLogLevel.ALL,
      excludeVerboseContent: false,
    });

    verbose.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      LogConfig: { FieldLogLevel: 'ALL', ExcludeVerboseContent: false },
    });
  });
});

describe('the API key', () => {
  it('expires 365 days after synthesis by default', () => {
    const expires = apiKeyExpires(template);

    expect(expires).toBeGreaterThanOrEqual(
      Math.floor(synthesizedAt + 365 * DAY_SECONDS) - 60,
    );
    expect(expires).toBeLessThanOrEqual(
      Math.ceil(synthesizedAt + 365 * DAY_SECONDS) + 60,
    );
  });

  it('expires after the configured number of days', () => {
    const before = Date.now() / 1000;

    const { template: shortLived } = synthesize({
      apiKeyExpiry: Duration.days(7),
    });

    expect(apiKeyExpires(shortLived) - before).toBeGreaterThan(
      7 * DAY_SECONDS - 60,
    );
    expect(apiKeyExpires(shortLived) - before).toBeLessThan(
      7 * DAY_SECONDS + 60,
    );
  });

  it.each([
    ['23 hours', Duration.hours(23)],
    ['366 days', Duration.days(366)],
    ['0 days', Duration.days(0)],
  ])('rejects an expiry of %s, naming it', (shown, apiKeyExpiry) => {
    expect(() => synthesize({ apiKeyExpiry })).toThrow(
      `apiKeyExpiry must be between 1 and 365 days. Received: ${shown}`,
    );
  });
});

describe('the outputs', () => {
  it('give the GraphQL URL, the real-time URL and the API key id', () => {
    const api = resourceNamed(template, 'AWS::AppSync::GraphQLApi', 'Api');
    const key = resourceNamed(template, 'AWS::AppSync::ApiKey', 'Api');

    template.hasOutput('GraphqlUrl', {
      Value: { 'Fn::GetAtt': [api.logicalId, 'GraphQLUrl'] },
    });
    template.hasOutput('RealtimeUrl', {
      Value: { 'Fn::GetAtt': [api.logicalId, 'RealtimeUrl'] },
    });
    template.hasOutput('ApiKeyId', {
      Value: { 'Fn::GetAtt': [key.logicalId, 'ApiKeyId'] },
    });
  });
});
