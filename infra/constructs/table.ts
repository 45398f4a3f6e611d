import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { table as tableDefinition } from '../api-definition';

/**
 * The one table that holds messages and idempotency records, keyed as
 * api-definition's `table` declares.
 *
 * It is built to outlive the stack: on-demand billing, point-in-time
 * recovery, deletion protection, and `RemovalPolicy.RETAIN`, so deleting the
 * stack leaves the data in place. Expired idempotency records are removed by
 * DynamoDB's TTL on `table.timeToLiveAttribute`. Items are encrypted with the
 * AWS managed key (`aws/dynamodb`), which callers need no KMS grant to use.
 */
export class MessagesTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    const { partitionKey, sortKey, timeToLiveAttribute } = tableDefinition;
    this.table = new Table(this, 'Resource', {
      partitionKey: {
        name: partitionKey.name,
        type: attributeType(partitionKey.type),
      },
      sortKey: { name: sortKey.name, type: attributeType(sortKey.type) },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute,
      encryption: TableEncryption.AWS_MANAGED,
    });
  }
}

const attributeTypes = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
} as const;

function attributeType(type: keyof typeof attributeTypes): AttributeType {
  return attributeTypes[type];
}
