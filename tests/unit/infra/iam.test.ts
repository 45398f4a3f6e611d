import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { concretize, evaluate, type Statement } from './support/policy';
import {
  resourceNamed,
  synthesize,
} from './support/stack';

const SENDER = 'alerts@mail.example.org';

let template: Template;
let ids: Record<'table' | 'function' | 'deliveryLogs' | 'apiLogs', string>;

beforeAll(async () => {
  // GIVEN the real bundles and a configured sender
  // WHEN the stack is synthesized
  ({ template } = synthesize({ senderEmail: SENDER }));
  ids = {
    table: resourceNamed(template, 'AWS::DynamoDB::Table', 'Messages')
      .logicalId,
    function: resourceNamed(
      template,
      'AWS::Lambda::Function',
      'DeliveryFunction',
    ).logicalId,
    deliveryLogs: resourceNamed(
      template,
      'AWS::Logs::LogGroup',
      'DeliveryLogGroup',
    ).logicalId,
    apiLogs: resourceNamed(template, 'AWS::Logs::LogGroup', 'ApiLogGroup')
      .logicalId,
  };
});

const arn = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
const identityArn = (identity: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':ses:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:identity/${identity}`,
    ],
  ],
});
const appsyncTrust = {
  Statement: [
    {
      Action: 'sts:AssumeRole',
      Effect: 'Allow',
      Principal: { Service: 'appsync.amazonaws.com' },
      Condition: {
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      },
    },
  ],
  Version: '2012-10-17',
};

function inlinePolicies(prefix: string) {
  return resourceNamed(template, 'AWS::IAM::Role', prefix).resource.Properties;
}

describe('the delivery function role', () => {
  it('holds exactly the email, SMS, log and trace statements', () => {
    const role = inlinePolicies('DeliveryRole');

    expect(role.Policies).toEqual([
      {
        PolicyName: 'Delivery',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'SendEmailAsSender',
              Effect: 'Allow',
              Action: 'ses:SendEmail',
              Resource: [identityArn(SENDER), identityArn('mail.example.org')],
              Condition: { StringEquals: { 'ses:FromAddress': SENDER } },
            },
            {
              Sid: 'PublishSms',
              Effect: 'Allow',
              Action: 'sns:Publish',
              Resource: '*',
            },
            {
              Sid: 'DenyTopicAndEndpointPublish',
              Effect: 'Deny',
              Action: 'sns:Publish',
              Resource: {
                'Fn::Join': [
                  '',
                  ['arn:', { Ref: 'AWS::Partition' }, ':sns:*:*:*'],
                ],
              },
            },
            {
              Sid: 'WriteOwnLogs',
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: arn(ids.deliveryLogs),
            },
            {
              Sid: 'WriteTraces',
              Effect: 'Allow',
              Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
              Resource: '*',
            },
          ],
        },
      },
    ]);
    expect(role.ManagedPolicyArns).toBeUndefined();
  });

  it('is the only policy attached to the function: no grant widened it', () => {
    const roleId = resourceNamed(
      template,
      'AWS::IAM::Role',
      'DeliveryRole',
    ).logicalId;

    const attached = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    });

    expect(attached).toEqual({});
  });

  it.each([
    ['a topic', 'arn:aws:sns:eu-west-1:111122223333:orders'],
    ['a topic in another account', 'arn:aws:sns:us-east-1:444455556666:alerts'],
    [
      'a platform endpoint',
      'arn:aws:sns:eu-west-1:111122223333:endpoint/GCM/app/id',
    ],
  ])('denies publishing to %s', (_, topicArn) => {
    const statements = snsStatements();

    expect(evaluate(statements, 'sns:Publish', topicArn)).toBe('ExplicitDeny');
  });

  it('allows publishing an SMS, which has no resource ARN', () => {
    const statements = snsStatements();

    expect(evaluate(statements, 'sns:Publish', '*')).toBe('Allow');
  });

  it('reads the sender from SSM at deploy time and scopes SES to it', () => {
    // GIVEN a sender parameter instead of an address
    const { template: fromParameter } = synthesize({
      senderEmailParameter: '/messaging/sender',
    });

    // THEN the address and its domain come from the parameter's value
    const [parameterName] = Object.entries(
      fromParameter.toJSON().Parameters,
    ).find(([, p]: [string, any]) => p.Default === '/messaging/sender')!;
    const address = { Ref: parameterName };
    const identity = (name: unknown) => ({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':ses:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':identity/',
          name,
        ],
      ],
    });
    fromParameter.hasResourceProperties('AWS::IAM::Role', {
      Policies: [
        {
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Sid: 'SendEmailAsSender',
                Resource: [
                  identity(address),
                  identity({
                    'Fn::Select': [1, { 'Fn::Split': ['@', address] }],
                  }),
                ],
                Condition: { StringEquals: { 'ses:FromAddress': address } },
              }),
            ]),
          },
        },
      ],
    });
  });
});

describe('the AppSync data source roles', () => {
  it('let the table data source use four item actions on the table alone', () => {
    const role = inlinePolicies('PipelinesTableDataSourceRole');

    expect(role.AssumeRolePolicyDocument).toEqual(appsyncTrust);
    expect(role.Policies).toEqual([
      {
        PolicyName: 'DataSource',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'ReadWriteMessages',
              Effect: 'Allow',
              Action: [
                'dynamodb:GetItem',
                'dynamodb:PutItem',
                'dynamodb:UpdateItem',
                'dynamodb:Query',
              ],
              Resource: arn(ids.table),
            },
          ],
        },
      },
    ]);
  });

  it('let the delivery data source invoke the delivery function alone', () => {
    const role = inlinePolicies('PipelinesDeliveryDataSourceRole');

    expect(role.AssumeRolePolicyDocument).toEqual(appsyncTrust);
    expect(role.Policies).toEqual([
      {
        PolicyName: 'DataSource',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'InvokeDelivery',
              Effect: 'Allow',
              Action: 'lambda:InvokeFunction',
              Resource: [
                arn(ids.function),
                { 'Fn::Join': ['', [arn(ids.function), ':*']] },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('let AppSync write request logs to the API log group alone', () => {
    const policy = resourceNamed(
      template,
      'AWS::IAM::Policy',
      'ApiLoggingPolicy',
    );

    expect(policy.resource.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'WriteApiLogs',
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: arn(ids.apiLogs),
        },
      ],
    });
  });
});

describe('every policy in the stack', () => {
  it('names its actions without wildcards and attaches no managed policy', () => {
    const actions = allStatements().flatMap((s) => [s.Action].flat());

    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    template.allResources('AWS::IAM::Role', {
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('allows Resource "*" only for SMS publishes and X-Ray', () => {
    const wildcards = allStatements()
      .filter((s) => s.Effect === 'Allow' && [s.Resource].flat().includes('*'))
      .map((s) => [s.Action].flat());

    expect(wildcards).toEqual([
      ['sns:Publish'],
      ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
    ]);
  });
});

function allStatements(): Statement[] {
  const resources = Object.values(template.toJSON().Resources) as any[];
  return resources.flatMap((r) => {
    if (r.Type === 'AWS::IAM::Policy')
      return r.Properties.PolicyDocument.Statement;
    if (r.Type === 'AWS::IAM::Role') {
      return (r.Properties.Policies ?? []).flatMap(
        (p: any) => p.PolicyDocument.Statement,
      );
    }
    return [];
  });
}

function snsStatements(): Statement[] {
  const statements =
    inlinePolicies('DeliveryRole').Policies[0].PolicyDocument.Statement;
  return concretize(
    statements.filter((s: any) => [s.Action].flat().includes('sns:Publish')),
  );
}
