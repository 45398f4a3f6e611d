/** The APPSYNC_JS evaluator: load resolver bundles, run handlers and pipelines. */
export { loadResolverCode } from './load';
export { CODE_ERROR_TYPE } from './outcome';
export { REMOVED_GLOBALS } from './sandbox';
export {
  EvaluatorError,
  NoActiveHandlerError,
  ResolverLoadError,
  UnsupportedModuleError,
  UtilArgumentError,
} from './errors';
export type {
  CompiledResolver,
  ErrorEntry,
  ExtensionCall,
  Handler,
  HandlerOutcome,
  LogLine,
  ResolverContext,
  SideEffects,
  SkipTo,
} from './types';
export { extensions, runtime, util } from './util/index';
export { dynamodbModule } from './dynamodb/index';
export { runPipeline } from './pipeline/run-pipeline';
export { invokeNoneDataSource } from './pipeline/none-data-source';
export type {
  DataSourceResult,
  FieldInfo,
  FieldRequest,
  HandlerTrace,
  InvokeDataSource,
  PipelineDefinition,
  PipelineResult,
  PipelineStep,
  RunPipelineInput,
} from './pipeline/types';
