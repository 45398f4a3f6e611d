/**
 * Wires the offline API from infra/api-definition.ts, the declaration the
 * CDK stack deploys: each resolver's bundle, its functions in order, and the
 * data source each function uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  bundlePaths,
  dataSources,
  functions,
  resolvers,
  type DataSourceName,
} from '../infra/api-definition';
import {
  loadResolverCode,
  runPipeline,
  type DataSourceResult,
  type PipelineDefinition,
} from './evaluator/index';
import type { RootFieldCall, RootFieldResult } from './graphql/engine';

export type DataSourceInvoker = (request: unknown) => Promise<DataSourceResult>;

/** Every data source the definition names, except NONE, which the evaluator runs. */
export type DataSourceInvokers = Record<Exclude<DataSourceName, 'none'>, DataSourceInvoker>;

function load(root: string, relative: string) {
  const file = path.join(root, relative);
  return loadResolverCode(readFileSync(file, 'utf8'), relative);
}

/** Loads and compiles every bundle once, keyed "Type.field". */
export function loadPipelines(root: string): Map<string, PipelineDefinition> {
  const pipelines = new Map<string, PipelineDefinition>();
  for (const resolver of resolvers) {
    pipelines.set(`${resolver.typeName}.${resolver.fieldName}`, {
      resolver: load(root, bundlePaths.resolver(resolver)),
      functions: resolver.pipeline.map((name) => ({
        name,
        dataSource: functions[name].dataSource,
        dataSourceKind: dataSources[functions[name].dataSource].kind,
        code: load(root, bundlePaths.function(name)),
      })),
    });
  }
  return pipelines;
}

export function createRootFieldResolver(
  pipelines: Map<string, PipelineDefinition>,
  invokers: DataSourceInvokers,
) {
  return async (call: RootFieldCall): Promise<RootFieldResult> => {
    const pipeline = pipelines.get(`${call.typeName}.${call.fieldName}`);
    if (!pipeline) {
      // A field with no resolver resolves to null on AppSync too.
      return { data: null, errors: [], failed: false };
    }
    const result = await runPipeline({
      pipeline,
      request: {
        arguments: call.arguments,
        headers: call.headers as Record<string, string>,
        info: call.info,
      },
      invokeDataSource: (name, request) => {
        const invoke = invokers[name as keyof DataSourceInvokers];
        return invoke
          ? invoke(request)
          : Promise.resolve({ error: { type: 'Unknown', message: `No data source ${name}` } });
      },
    });
    const last = result.trace.at(-1)?.outcome;
    return {
      data: result.data,
      errors: result.errors.map((e) => ({
        message: e.message,
        errorType: e.errorType ?? undefined,
        errorInfo: e.errorInfo,
        data: e.data,
      })),
      failed: last === 'error' || last === 'codeError',
    };
  };
}
