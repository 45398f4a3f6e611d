import {
  ArnFormat,
  Aws,
  Duration,
  Fn,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import {
  Effect,
  PolicyDocument,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import path from 'node:path';
import { bundlePaths, deliveryFunction } from '../api-definition';
import { requireBundle } from './bundles';

export interface DeliveryFunctionProps {
  /**
   * The directory that holds the build's `dist/`; the function's code is
   * `dist/functions/deliver/index.mjs` under it.
   */
  readonly bundleRoot: string;

  /**
   * The address every email is sent from. It must be verified in SES, as an
   * address identity or through its domain. May be a token (an SSM value).
   */
  readonly senderEmail: string;

  /**
   * How long the function's logs are kept.
   *
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
}

/**
 * The Lambda function that sends a message by email (SES) and SMS (SNS).
 *
 * Its role is built here, statement by statement, and handed to the function
 * without policy updates, so no grant made elsewhere can widen it:
 * - `ses:SendEmail` on the sender's address identity and on its domain
 *   identity, with `ses:FromAddress` pinned to the sender. SES authorizes
 *   against whichever of the two identities is verified, so both are listed;
 *   the condition keeps a verified domain from letting the function send as
 *   any other address of it.
 * - `sns:Publish` on `*`, because a publish to a phone number has no
 *   resource ARN, with an explicit deny on every SNS ARN (topics and
 *   platform endpoints) of the partition. An explicit deny always wins, so
 *   only phone-number publishes remain allowed.
 * - writing to its own log group, and X-Ray segments (no resource-level
 *   permissions exist for those).
 *
 * Known shortcoming: while the SES account is in the sandbox, SES also
 * authorizes the send against each recipient's (verified) identity, which
 * this policy does not list; sandbox sends to recipients fail with
 * AccessDenied until the account has production access.
 */
export class DeliveryFunction extends Construct {
  readonly function: LambdaFunction;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: DeliveryFunctionProps) {
    super(scope, id);

    const logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Delivery function: send email as the sender, SMS only',
      inlinePolicies: {
        Delivery: new PolicyDocument({
          statements: [
            ...this.sendEmailStatements(props.senderEmail),
            ...publishSmsStatements(),
            new PolicyStatement({
              sid: 'WriteOwnLogs',
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [logGroup.logGroupArn],
            }),
            new PolicyStatement({
              sid: 'WriteTraces',
              actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
              resources: ['*'],
            }),
          ],
        }),
      },
    });

    requireBundle(
      props.bundleRoot,
      `${bundlePaths.deliveryFunction}/index.mjs`,
    );
    const codeDirectory = path.join(
      props.bundleRoot,
      bundlePaths.deliveryFunction,
    );
    this.function = new LambdaFunction(this, 'Function', {
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: Code.fromAsset(codeDirectory),
      timeout: Duration.seconds(deliveryFunction.timeoutSeconds),
      memorySize: deliveryFunction.memoryMiB,
      environment: { SENDER_EMAIL: props.senderEmail },
      tracing: Tracing.ACTIVE,
      logGroup,
      role: this.role.withoutPolicyUpdates(),
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Two statements need Resource "*" because their actions have no ' +
        'resource-level permissions: sns:Publish to a phone number (SMS has ' +
        'no resource ARN; the DenyTopicAndEndpointPublish statement denies ' +
        'every SNS ARN, so topics and endpoints stay unreachable) and ' +
        'xray:PutTraceSegments/PutTelemetryRecords for active tracing.',
    });
  }

  private sendEmailStatements(sender: string): PolicyStatement[] {
    const stack = Stack.of(this);
    const identityArn = (identity: string) =>
      stack.formatArn({
        service: 'ses',
        resource: 'identity',
        resourceName: identity,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
    return [
      new PolicyStatement({
        sid: 'SendEmailAsSender',
        actions: ['ses:SendEmail'],
        resources: [identityArn(sender), identityArn(domainOf(sender))],
        conditions: { StringEquals: { 'ses:FromAddress': sender } },
      }),
    ];
  }
}

function publishSmsStatements(): PolicyStatement[] {
  return [
    new PolicyStatement({
      sid: 'PublishSms',
      actions: ['sns:Publish'],
      resources: ['*'],
    }),
    new PolicyStatement({
      sid: 'DenyTopicAndEndpointPublish',
      effect: Effect.DENY,
      actions: ['sns:Publish'],
      resources: [`arn:${Aws.PARTITION}:sns:*:*:*`],
    }),
  ];
}

/** The domain of an address, in the template when the address is a token. */
function domainOf(address: string): string {
  if (!Token.isUnresolved(address)) return address.split('@')[1];
  return Fn.select(1, Fn.split('@', address));
}
