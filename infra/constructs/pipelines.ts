import { Aws, Stack, Validations } from 'aws-cdk-lib';
import {
  AppsyncFunction,
  type BaseDataSource,
  Code,
  DynamoDbDataSource,
  FunctionRuntime,
  type GraphqlApi,
  LambdaDataSource,
  NoneDataSource,
  Resolver,
} from 'aws-cdk-lib/aws-appsync';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import {
  PolicyDocument,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import type {
  CfnFunction,
  Function as LambdaFunction,
} from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import {
  bundlePaths,
  dataSources,
  functions,
  resolvers,
  type DataSourceKind,
  type DataSourceName,
  type FunctionName,
  type ResolverDefinition,
} from '../api-definition';
import { requireBundle } from './bundles';

export interface PipelinesProps {
  /** The API the data sources, functions and resolvers belong to. */
  readonly api: GraphqlApi;

  /** The directory that holds the build's `dist/`. */
  readonly bundleRoot: string;

  /** What a DYNAMODB data source reads and writes. */
  readonly table: ITable;

  /** What a LAMBDA data source invokes. */
  readonly deliveryFunction: LambdaFunction;
}

/**
 * The DynamoDB actions the resolvers' requests use: GetItem (loads, and
 * AppSync's read-back when a condition fails), PutItem, UpdateItem, Query.
 */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:Query',
] as const;

/**
 * Every data source, pipeline function and resolver that api-definition.ts
 * declares, built from that declaration alone: nothing here names a
 * function or a field.
 *
 * Each backed data source gets a role of its own whose policy is written
 * here and handed over without policy updates, so the broad grants that
 * CDK's data sources would add (every read and write action on the table)
 * never reach the template.
 */
export class Pipelines extends Construct {
  readonly dataSources: Record<DataSourceName, BaseDataSource>;
  readonly functions: Record<FunctionName, AppsyncFunction>;
  readonly resolvers: Resolver[];

  constructor(scope: Construct, id: string, props: PipelinesProps) {
    super(scope, id);

    this.dataSources = mapEntries(dataSources, (name, { kind }) =>
      this.dataSource(name, kind, props),
    );
    this.functions = mapEntries(functions, (name, { dataSource }) =>
      this.pipelineFunction(name, this.dataSources[dataSource], props),
    );
    this.resolvers = resolvers.map((definition) =>
      this.resolver(definition, props),
    );
  }

  private dataSource(
    name: DataSourceName,
    kind: DataSourceKind,
    props: PipelinesProps,
  ): BaseDataSource {
    const id = `${pascal(name)}DataSource`;
    const { api } = props;
    switch (kind) {
      case 'DYNAMODB':
        return new DynamoDbDataSource(this, id, {
          api,
          name,
          table: props.table,
          serviceRole: this.dataSourceRole(id, [
            new PolicyStatement({
              sid: 'ReadWriteMessages',
              actions: [...TABLE_ACTIONS],
              resources: [props.table.tableArn],
            }),
          ]).withoutPolicyUpdates(),
        });
      case 'LAMBDA':
        return this.lambdaDataSource(id, name, props);
      case 'NONE':
        return new NoneDataSource(this, id, { api, name });
    }
  }

  private lambdaDataSource(
    id: string,
    name: DataSourceName,
    props: PipelinesProps,
  ): LambdaDataSource {
    const fn = props.deliveryFunction;
    const role = this.dataSourceRole(id, [
      new PolicyStatement({
        sid: 'InvokeDelivery',
        actions: ['lambda:InvokeFunction'],
        resources: [fn.functionArn, `${fn.functionArn}:*`],
      }),
    ]);
    const functionLogicalId = Stack.of(this).resolve(
      Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnFunction),
    );
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
      reason:
        'The wildcard is the version/alias qualifier of the one delivery ' +
        'function ("<function ARN>:*"), so a qualified invoke of this ' +
        'function is allowed and no other function is.',
    });
    return new LambdaDataSource(this, id, {
      api: props.api,
      name,
      lambdaFunction: fn,
      serviceRole: role.withoutPolicyUpdates(),
    });
  }

  /** A role only AppSync in this account assumes, limited to `statements`. */
  private dataSourceRole(id: string, statements: PolicyStatement[]): Role {
    return new Role(this, `${id}Role`, {
      assumedBy: new ServicePrincipal('appsync.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      inlinePolicies: { DataSource: new PolicyDocument({ statements }) },
    });
  }

  private pipelineFunction(
    name: FunctionName,
    dataSource: BaseDataSource,
    props: PipelinesProps,
  ): AppsyncFunction {
    return new AppsyncFunction(this, `${pascal(name)}Function`, {
      api: props.api,
      name,
      dataSource,
      runtime: FunctionRuntime.JS_1_0_0,
      code: Code.fromAsset(
        requireBundle(props.bundleRoot, bundlePaths.function(name)),
      ),
    });
  }

  private resolver(
    definition: ResolverDefinition,
    props: PipelinesProps,
  ): Resolver {
    const { typeName, fieldName, pipeline } = definition;
    return new Resolver(this, `${typeName}${pascal(fieldName)}Resolver`, {
      api: props.api,
      typeName,
      fieldName,
      runtime: FunctionRuntime.JS_1_0_0,
      code: Code.fromAsset(
        requireBundle(props.bundleRoot, bundlePaths.resolver(definition)),
      ),
      pipelineConfig: pipeline.map((name) => this.functions[name]),
    });
  }
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Builds a record with the same keys as `source`, one value per entry. */
function mapEntries<K extends string, V, R>(
  source: Record<K, V>,
  build: (key: K, value: V) => R,
): Record<K, R> {
  const entries = Object.entries(source) as [K, V][];
  return Object.fromEntries(
    entries.map(([key, value]) => [key, build(key, value)]),
  ) as Record<K, R>;
}
