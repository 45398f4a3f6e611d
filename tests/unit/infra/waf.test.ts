import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  resourceNamed,
  synthesize,
} from './support/stack';

let template: Template;

beforeAll(async () => {
  // GIVEN the real bundles (tests/setup/build.ts) WHEN the default stack is synthesized
  ({ template } = synthesize());
});

describe('the rate limit', () => {
  it('is a regional web ACL that blocks an IP over 1000 requests in 5 minutes', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: [
        {
          Name: 'RateLimitPerIp',
          Priority: 0,
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: {
              Limit: 1000,
              AggregateKeyType: 'IP',
              EvaluationWindowSec: 300,
            },
          },
          VisibilityConfig: {
            CloudWatchMetricsEnabled: true,
            SampledRequestsEnabled: true,
            MetricName: 'TestRateLimitRateLimitPerIp',
          },
        },
      ],
    });
  });

  it('is associated with the GraphQL API', () => {
    const api = resourceNamed(template, 'AWS::AppSync::GraphQLApi', 'Api');
    const acl = resourceNamed(template, 'AWS::WAFv2::WebACL', 'RateLimit');

    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::GetAtt': [api.logicalId, 'Arn'] },
      WebACLArn: { 'Fn::GetAtt': [acl.logicalId, 'Arn'] },
    });
  });

  it('takes its limit from the rateLimit prop', () => {
    const { template: custom } = synthesize({ rateLimit: 250 });

    custom.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: [{ Statement: { RateBasedStatement: { Limit: 250 } } }],
    });
  });

  it.each([9, 2_000_000_001, 100.5])(
    'rejects a limit of %s, naming it',
    (limit) => {
      expect(() => synthesize({ rateLimit: limit })).toThrow(
        `rateLimit must be a whole number of requests from 10 to 2000000000. Received: ${limit}`,
      );
    },
  );
});
