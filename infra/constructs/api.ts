import { Aws, Duration, Expiration, Validations } from 'aws-cdk-lib';
import {
  AuthorizationType,
  CfnApiKey,
  CfnGraphQLApi,
  Definition,
  FieldLogLevel,
  GraphqlApi,
} from 'aws-cdk-lib/aws-appsync';
import {
  Policy,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { InvalidSettingError } from '../errors';

export interface MessagingApiProps {
  /** The GraphQL schema file to deploy. */
  readonly schemaFile: string;

  /**
   * The API's name in the AppSync console.
   *
   * @default - the construct's path
   */
  readonly name?: string;

  /**
   * How long the API key is valid from the time of synthesis. AppSync
   * accepts 1 to 365 days. Every deployment moves the expiry forward.
   *
   * @default Duration.days(365)
   */
  readonly apiKeyExpiry?: Duration;

  /**
   * Which field resolutions AppSync logs. ERROR logs only fields that fail,
   * which is what an operator needs to diagnose a failed request without
   * logging every successful one.
   *
   * @default FieldLogLevel.ERROR
   */
  readonly fieldLogLevel?: FieldLogLevel;

  /**
   * Leaves headers, context and evaluated resolver code out of the logs.
   * The context holds the arguments: recipients' addresses, phone numbers
   * and message bodies, which do not belong in logs by default.
   *
   * @default true
   */
  readonly excludeVerboseContent?: boolean;

  /**
   * How long the API's request logs are kept.
   *
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
}

const MIN_API_KEY_EXPIRY = Duration.days(1);
const MAX_API_KEY_EXPIRY = Duration.days(365);

/**
 * The AppSync GraphQL API: the schema, API-key authorization, X-Ray tracing
 * and request logging into a log group of its own.
 *
 * Logging is configured on the underlying CfnGraphQLApi rather than through
 * GraphqlApi's `logConfig`, which would attach the AWS managed
 * AWSAppSyncPushToCloudWatchLogs policy (logs:* on every log group) and set
 * retention through a custom-resource Lambda. Instead, the stack owns the
 * log group AppSync writes to (`/aws/appsync/apis/<apiId>`) with its
 * retention, and the logging role may write to that group only.
 */
export class MessagingApi extends Construct {
  readonly api: GraphqlApi;
  readonly apiKey: CfnApiKey;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: MessagingApiProps) {
    super(scope, id);

    const expiry = props.apiKeyExpiry ?? MAX_API_KEY_EXPIRY;
    assertApiKeyExpiry(expiry);
    const excludeVerboseContent = props.excludeVerboseContent ?? true;

    this.api = new GraphqlApi(this, 'Api', {
      name: props.name ?? this.node.path.replace(/\//g, '-'),
      definition: Definition.fromFile(props.schemaFile),
      authorizationConfig: {
        defaultAuthorization: {
          authorizationType: AuthorizationType.API_KEY,
          apiKeyConfig: {
            description: 'Default key for the messaging API',
            expires: Expiration.after(expiry),
          },
        },
      },
      xrayEnabled: true,
    });
    this.apiKey = this.api.node.findChild('DefaultApiKey') as CfnApiKey;

    this.logGroup = new LogGroup(this, 'LogGroup', {
      logGroupName: `/aws/appsync/apis/${this.api.apiId}`,
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });
    const logsRole = this.loggingRole();
    const cfnApi = this.api.node.defaultChild as CfnGraphQLApi;
    cfnApi.logConfig = {
      cloudWatchLogsRoleArn: logsRole.roleArn,
      fieldLogLevel: props.fieldLogLevel ?? FieldLogLevel.ERROR,
      excludeVerboseContent,
    };

    if (excludeVerboseContent) {
      Validations.of(cfnApi).acknowledge({
        id: 'AwsSolutions-ASC3',
        reason:
          'Request-level logging is on (field log level ERROR by default); ' +
          'only verbose content is excluded, because it would copy the ' +
          'arguments (recipient addresses, phone numbers, message bodies) ' +
          'into the logs. Set excludeVerboseContent to false to include it.',
      });
    }
  }

  /**
   * The role AppSync logs with. Its policy is a separate resource: the log
   * group's name holds the API id, and the API holds the role's ARN.
   */
  private loggingRole(): Role {
    const role = new Role(this, 'LoggingRole', {
      assumedBy: new ServicePrincipal('appsync.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'AppSync request logging into the API log group only',
    });
    new Policy(this, 'LoggingPolicy', {
      roles: [role],
      statements: [
        new PolicyStatement({
          sid: 'WriteApiLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [this.logGroup.logGroupArn],
        }),
      ],
    });
    return role;
  }
}

function assertApiKeyExpiry(expiry: Duration): void {
  const seconds = expiry.toSeconds();
  if (
    seconds < MIN_API_KEY_EXPIRY.toSeconds() ||
    seconds > MAX_API_KEY_EXPIRY.toSeconds()
  ) {
    throw new InvalidSettingError(
      'apiKeyExpiry',
      'between 1 and 365 days',
      expiry.toHumanString(),
    );
  }
}
