import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { table } from '../../../infra/api-definition';
import {
  resourceNamed,
  synthesize,
} from './support/stack';

let template: Template;

beforeAll(async () => {
  // GIVEN the real bundles (tests/setup/build.ts) WHEN the default stack is synthesized
  ({ template } = synthesize());
});

describe('the messages table', () => {
  it('is keyed as api-definition declares', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        {
          AttributeName: table.partitionKey.name,
          AttributeType: table.partitionKey.type,
        },
        {
          AttributeName: table.sortKey.name,
          AttributeType: table.sortKey.type,
        },
      ],
      GlobalSecondaryIndexes: Match.absent(),
    });
  });

  it('bills on demand', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('has point-in-time recovery and deletion protection', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('is retained when the stack is deleted or replaced', () => {
    const { resource } = resourceNamed(
      template,
      'AWS::DynamoDB::Table',
      'Messages',
    );

    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
  });

  it('expires items on the declared TTL attribute', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: {
        AttributeName: table.timeToLiveAttribute,
        Enabled: true,
      },
    });
  });

  it('encrypts items with the AWS managed key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
    });
  });
});
