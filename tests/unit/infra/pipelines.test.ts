import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dataSources,
  functions,
  resolvers,
  type FunctionName,
} from '../../../infra/api-definition';
import { synthesize } from './support/stack';

let template: Template;

beforeAll(async () => {
  // GIVEN the real bundles (tests/setup/build.ts) WHEN the default stack is synthesized
  ({ template } = synthesize());
});

/** Function name → its FunctionId token, read from the template. */
function functionIds(): Record<string, unknown> {
  const configs = template.findResources('AWS::AppSync::FunctionConfiguration');
  return Object.fromEntries(
    Object.entries(configs).map(([logicalId, r]) => [
      r.Properties.Name,
      { 'Fn::GetAtt': [logicalId, 'FunctionId'] },
    ]),
  );
}

function resolverFor(typeName: string, fieldName: string) {
  const found = Object.values(
    template.findResources('AWS::AppSync::Resolver', {
      Properties: { TypeName: typeName, FieldName: fieldName },
    }),
  );
  expect(found).toHaveLength(1);
  return found[0].Properties;
}

describe('data sources', () => {
  it('creates one data source per declared name, of the declared kind', () => {
    const declared = Object.entries(dataSources).map(([name, { kind }]) => ({
      Name: name,
      Type:
        kind === 'DYNAMODB'
          ? 'AMAZON_DYNAMODB'
          : kind === 'LAMBDA'
          ? 'AWS_LAMBDA'
          : 'NONE',
    }));

    const actual = Object.values(
      template.findResources('AWS::AppSync::DataSource'),
    ).map((r) => ({ Name: r.Properties.Name, Type: r.Properties.Type }));

    expect(actual).toEqual(expect.arrayContaining(declared));
    expect(actual).toHaveLength(declared.length);
  });
});

describe('pipeline functions', () => {
  it('creates every declared function on its declared data source', () => {
    for (const [name, { dataSource }] of Object.entries(functions)) {
      template.hasResourceProperties('AWS::AppSync::FunctionConfiguration', {
        Name: name,
        DataSourceName: dataSource,
      });
    }
    expect(
      Object.keys(
        template.findResources('AWS::AppSync::FunctionConfiguration'),
      ),
    ).toHaveLength(Object.keys(functions).length);
  });

  it('runs every function on APPSYNC_JS 1.0.0 with code from an asset', () => {
    template.allResourcesProperties('AWS::AppSync::FunctionConfiguration', {
      Runtime: { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' },
      CodeS3Location: Match.anyValue(),
    });
  });
});

describe('resolvers', () => {
  it('creates a pipeline resolver for every declared field and no others', () => {
    const actual = Object.values(
      template.findResources('AWS::AppSync::Resolver'),
    ).map((r) => `${r.Properties.TypeName}.${r.Properties.FieldName}`);

    expect(actual.sort()).toEqual(
      resolvers.map((r) => `${r.typeName}.${r.fieldName}`).sort(),
    );
    template.allResourcesProperties('AWS::AppSync::Resolver', {
      Kind: 'PIPELINE',
      Runtime: { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' },
      CodeS3Location: Match.anyValue(),
    });
  });

  it.each(resolvers.map((r) => [`${r.typeName}.${r.fieldName}`, r] as const))(
    'runs %s functions in the declared order',
    (_, { typeName, fieldName, pipeline }) => {
      const ids = functionIds();

      const { PipelineConfig } = resolverFor(typeName, fieldName);

      expect(PipelineConfig.Functions).toEqual(
        pipeline.map((name: FunctionName) => ids[name]),
      );
    },
  );

  it('runs sendMessage as validate, claim, load, load, store, deliver, record', () => {
    const ids = functionIds();

    const { PipelineConfig } = resolverFor('Mutation', 'sendMessage');

    expect(PipelineConfig.Functions).toEqual([
      ids.validateMessage,
      ids.claimIdempotencyKey,
      ids.loadIdempotencyRecord,
      ids.loadOriginalMessage,
      ids.storeMessage,
      ids.deliverMessage,
      ids.recordDeliveries,
    ]);
  });
});
