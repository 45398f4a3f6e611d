/** Inputs and result of running a pipeline resolver. */
import type { CompiledResolver, ErrorEntry, ExtensionCall, LogLine } from '../types';

/** One pipeline function: its name, its data source, its compiled code. */
export interface PipelineStep {
  name: string;
  dataSource: string;
  /**
   * The kind of data source. A `NONE` source is handled in the executor
   * and never reaches `invokeDataSource`.
   * @default undefined, so every call goes to invokeDataSource
   */
  dataSourceKind?: string;
  code: CompiledResolver;
}

export interface PipelineDefinition {
  /** The resolver's own request and response handlers. */
  resolver: CompiledResolver;
  /** Functions in the order the pipeline runs them (at most 10 on AppSync). */
  functions: readonly PipelineStep[];
}

/** `ctx.info`, as AppSync fills it for the field being resolved. */
export interface FieldInfo {
  fieldName: string;
  parentTypeName: string;
  /** @default {} */
  variables?: Record<string, unknown>;
  /** @default [] */
  selectionSetList?: string[];
  /** @default '' */
  selectionSetGraphQL?: string;
}

export interface FieldRequest {
  arguments: Record<string, unknown>;
  /** @default null, as for API key requests */
  identity?: unknown;
  /** The parent field's result. @default null */
  source?: unknown;
  /** @default {} */
  headers?: Record<string, string>;
  /** @default null */
  domainName?: string | null;
  info: FieldInfo;
  /** @default {} */
  env?: Record<string, string>;
}

export type DataSourceResult = { result: unknown } | { error: { message: string; type: string } };

export type InvokeDataSource = (
  dataSourceName: string,
  request: unknown,
  ctx: Record<string, unknown>,
) => Promise<DataSourceResult>;

export interface RunPipelineInput {
  pipeline: PipelineDefinition;
  request: FieldRequest;
  invokeDataSource: InvokeDataSource;
}

/** Which handler ran, in order; useful for logs and tests. */
export interface HandlerTrace {
  step: string;
  handler: 'request' | 'response';
  outcome: 'returned' | 'earlyReturn' | 'error' | 'codeError';
}

export interface PipelineResult {
  /** The field's value: the resolver response's return, or null on error. */
  data: unknown;
  /** Appended errors in order, then the error that stopped the field. */
  errors: ErrorEntry[];
  extensions: ExtensionCall[];
  logs: LogLine[];
  trace: HandlerTrace[];
}
