import { CfnOutput, Stack, type Duration, type StackProps } from 'aws-cdk-lib';
import type { CfnGraphQLApi, FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessagingApi } from './constructs/api';
import { DeliveryFunction } from './constructs/delivery';
import { Pipelines } from './constructs/pipelines';
import { MessagesTable } from './constructs/table';
import { RateLimit } from './constructs/waf';
import { resolveSenderEmail, type SenderSettings } from './sender';

/** The repository root: where schema.graphql and the build's dist/ live. */
export const REPOSITORY_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);

export interface MessagingStackProps extends StackProps, SenderSettings {
  /**
   * The directory that holds the build's `dist/` (scripts/build.ts writes
   * it). Every resolver, pipeline function and the delivery function are
   * deployed from there.
   *
   * @default REPOSITORY_ROOT
   */
  readonly bundleRoot?: string;

  /**
   * The GraphQL schema to deploy.
   *
   * @default schema.graphql in REPOSITORY_ROOT
   */
  readonly schemaFile?: string;

  /**
   * How long the API key is valid, 1 to 365 days.
   *
   * @default Duration.days(365)
   */
  readonly apiKeyExpiry?: Duration;

  /**
   * Which field resolutions AppSync logs.
   *
   * @default FieldLogLevel.ERROR
   */
  readonly fieldLogLevel?: FieldLogLevel;

  /**
   * Leaves headers, context (the arguments: addresses, numbers, bodies) and
   * evaluated code out of the API's logs.
   *
   * @default true
   */
  readonly excludeVerboseContent?: boolean;

  /**
   * How long the API's and the delivery function's logs are kept.
   *
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;

  /**
   * Requests one IP address may make in 5 minutes before WAF blocks it.
   *
   * @default 1000
   */
  readonly rateLimit?: number;
}

/**
 * The messaging API: the table, the delivery function, the AppSync API with
 * every resolver that api-definition.ts declares, and a rate-limiting WAF.
 *
 * The stack is environment-agnostic unless `env` is given, and performs no
 * context lookups, so it synthesizes offline without credentials.
 */
export class MessagingStack extends Stack {
  readonly api: MessagingApi;
  readonly table: MessagesTable;
  readonly delivery: DeliveryFunction;
  readonly pipelines: Pipelines;
  readonly rateLimit: RateLimit;

  constructor(scope: Construct, id: string, props: MessagingStackProps = {}) {
    super(scope, id, props);

    const bundleRoot = props.bundleRoot ?? REPOSITORY_ROOT;
    const senderEmail = resolveSenderEmail(this, props);

    this.table = new MessagesTable(this, 'Messages');
    this.delivery = new DeliveryFunction(this, 'Delivery', {
      bundleRoot,
      senderEmail,
      logRetention: props.logRetention,
    });
    this.api = new MessagingApi(this, 'Api', {
      schemaFile:
        props.schemaFile ?? path.join(REPOSITORY_ROOT, 'schema.graphql'),
      name: `${this.stackName}-api`,
      apiKeyExpiry: props.apiKeyExpiry,
      fieldLogLevel: props.fieldLogLevel,
      excludeVerboseContent: props.excludeVerboseContent,
      logRetention: props.logRetention,
    });
    this.pipelines = new Pipelines(this, 'Pipelines', {
      api: this.api.api,
      bundleRoot,
      table: this.table.table,
      deliveryFunction: this.delivery.function,
    });
    this.rateLimit = new RateLimit(this, 'RateLimit', {
      resourceArn: this.api.api.arn,
      limit: props.rateLimit,
    });

    this.addOutputs();
  }

  private addOutputs(): void {
    const cfnApi = this.api.api.node.defaultChild as CfnGraphQLApi;
    new CfnOutput(this, 'GraphqlUrl', {
      description: 'The GraphQL endpoint (POST, x-api-key header)',
      value: this.api.api.graphqlUrl,
    });
    new CfnOutput(this, 'RealtimeUrl', {
      description: 'The real-time WebSocket endpoint for subscriptions',
      value: cfnApi.attrRealtimeUrl,
    });
    new CfnOutput(this, 'ApiKeyId', {
      description: 'The id of the default API key',
      value: this.api.apiKey.attrApiKeyId,
    });
  }
}
