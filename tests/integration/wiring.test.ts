/**
 * The deployed stack and the offline runtime must attach the same code, in
 * the same order, to the same data sources: this synthesizes the stack and
 * compares its template, asset by asset, with what the runtime loads.
 */
import { App } from 'aws-cdk-lib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { bundlePaths, resolvers } from '../../infra/api-definition';
import { MessagingStack } from '../../infra/stack';
import { root } from '../../scripts/build';
import { loadPipelines } from '../../runtime/wiring';

type Resource = { Type: string; Properties: Record<string, any> };

let outdir: string;
let resources: Record<string, Resource>;

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), 'wiring-'));
  const app = new App({ outdir });
  new MessagingStack(app, 'Wiring', { bundleRoot: root });
  const assembly = app.synth();
  resources = assembly.getStackByName('Wiring').template.Resources;
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function ofType(type: string) {
  return Object.entries(resources).filter(([, r]) => r.Type === type);
}

/** The asset file a CodeS3Location points at, as deployed. */
function deployedCode(location: { 'Fn::Sub': string }): string {
  const file = location['Fn::Sub'].split('/').pop()!;
  return readFileSync(path.join(outdir, `asset.${file}`), 'utf8');
}

function deployedPipelines() {
  const dataSources = new Map(
    ofType('AWS::AppSync::DataSource').map(([, r]) => [r.Properties.Name, r.Properties.Type]),
  );
  const functions = new Map(ofType('AWS::AppSync::FunctionConfiguration'));
  return new Map(
    ofType('AWS::AppSync::Resolver').map(([, r]) => {
      const steps = r.Properties.PipelineConfig.Functions.map((ref: any) => {
        const fn = functions.get(ref['Fn::GetAtt'][0])!.Properties;
        return {
          name: fn.Name,
          dataSource: fn.DataSourceName,
          dataSourceType: dataSources.get(fn.DataSourceName),
          code: deployedCode(fn.CodeS3Location),
        };
      });
      const key = `${r.Properties.TypeName}.${r.Properties.FieldName}`;
      return [key, { code: deployedCode(r.Properties.CodeS3Location), steps }];
    }),
  );
}

const KIND_TO_CFN = { DYNAMODB: 'AMAZON_DYNAMODB', LAMBDA: 'AWS_LAMBDA', NONE: 'NONE' } as const;

describe('the stack and the offline runtime', () => {
  it('attach the same resolvers, each with the same functions in the same order', () => {
    const deployed = deployedPipelines();
    const offline = loadPipelines(root);
    expect([...deployed.keys()].sort()).toEqual([...offline.keys()].sort());
    for (const [key, pipeline] of offline) {
      expect(deployed.get(key)!.steps.map((s: any) => s.name), key).toEqual(
        pipeline.functions.map((f) => f.name),
      );
    }
  });

  it('put each function on the same data source, of the same kind', () => {
    const deployed = deployedPipelines();
    for (const [key, pipeline] of loadPipelines(root)) {
      const steps = deployed.get(key)!.steps;
      pipeline.functions.forEach((step, i) => {
        expect(steps[i].dataSource, `${key} ${step.name}`).toBe(step.dataSource);
        expect(steps[i].dataSourceType).toBe(
          KIND_TO_CFN[step.dataSourceKind as keyof typeof KIND_TO_CFN],
        );
      });
    }
  });

  it('deploy exactly the bundles the runtime runs', () => {
    const deployed = deployedPipelines();
    for (const resolver of resolvers) {
      const key = `${resolver.typeName}.${resolver.fieldName}`;
      const local = readFileSync(path.join(root, bundlePaths.resolver(resolver)), 'utf8');
      expect(deployed.get(key)!.code, key).toBe(local);
      for (const step of deployed.get(key)!.steps) {
        const file = path.join(root, bundlePaths.function(step.name));
        expect(step.code, step.name).toBe(readFileSync(file, 'utf8'));
      }
    }
  });
});
