/**
 * Executes GraphQL requests the way AppSync does: parse and validate against
 * the schema, run each root field's pipeline resolver, and shape the answer
 * and its errors as AppSync would. Nested fields resolve from the pipeline's
 * result by name, as with AppSync's default (no resolver) behaviour.
 *
 * graphql-js parses, validates and coerces variables, so every message about
 * the request is its own. A query or mutation sent again then runs as
 * graphql-jit compiled it, once per document: a page of 20 messages is some
 * 500 fields, and graphql-js spends about 0.25 ms walking them generically
 * where the compiled function takes 0.03 ms. Subscriptions, which run once
 * when they start, stay with graphql-js.
 */
import {
  execute,
  getVariableValues,
  GraphQLError,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

import { ResolverError, toErrorEntry, wrongType, type ErrorEntry } from './errors';
import { ScalarParseError } from './scalars';
import { selectionSetGraphQL, selectionSetList } from './selection';

export interface RootFieldCall {
  typeName: string;
  fieldName: string;
  arguments: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  info: {
    fieldName: string;
    parentTypeName: string;
    variables: Record<string, unknown>;
    selectionSetList: string[];
    selectionSetGraphQL: string;
  };
}

/** What a root field's resolver produced: data, and errors beside it. */
export interface RootFieldResult {
  data: unknown;
  /** Appended errors (util.appendError) and at most one final error. */
  errors: Array<{ message: string; errorType?: string; errorInfo?: unknown; data?: unknown }>;
  /** True when the last error failed the field (util.error). */
  failed: boolean;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  headers: Record<string, string | undefined>;
}

export interface GraphQLResponse {
  data: Record<string, unknown> | null;
  errors?: ErrorEntry[];
}

export interface ExecutedOperation {
  response: GraphQLResponse;
  operation: OperationDefinitionNode | null;
}

export interface EngineOptions {
  schema: GraphQLSchema;
  resolveRootField(call: RootFieldCall): Promise<RootFieldResult>;
}

/** Parsed and validated documents, kept so repeats skip both steps. */
const DOCUMENT_CACHE_SIZE = 500;

/** What one request's root resolvers need; graphql's context value. */
interface RequestState {
  request: GraphQLRequest;
  fragments: Record<string, FragmentDefinitionNode>;
  appended: ErrorEntry[];
  resolveRootField: EngineOptions['resolveRootField'];
}

/**
 * Every root field's resolver: the request's own pipeline, from the context.
 * graphql-jit takes resolvers from the schema only, so createEngine sets
 * this on the root fields; being the same for every engine, it is safe on a
 * schema that several engines share.
 */
const resolveFromContext: GraphQLFieldResolver<unknown, RequestState> =
  (_source, args, state, info) => resolveRoot(state, args, info);

async function resolveRoot(
  state: RequestState,
  args: Record<string, unknown>,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const typeName = info.parentType.name;
  const result = await state.resolveRootField({
    typeName,
    fieldName: info.fieldName,
    arguments: args,
    headers: state.request.headers,
    info: {
      fieldName: info.fieldName,
      parentTypeName: typeName,
      variables: info.variableValues,
      selectionSetList: selectionSetList(info.fieldNodes[0], state.fragments),
      selectionSetGraphQL: selectionSetGraphQL(info.fieldNodes[0]),
    },
  });
  const errors = [...result.errors];
  const final = result.failed ? errors.pop() : undefined;
  const locations = info.fieldNodes[0].loc
    ? [{ ...locationOf(info.fieldNodes[0].loc), sourceName: null as null }]
    : null;
  for (const error of errors) {
    state.appended.push({
      path: [info.path.key],
      data: error.data ?? null,
      errorType: error.errorType ?? null,
      errorInfo: error.errorInfo ?? null,
      locations,
      message: error.message,
    });
  }
  if (final) throw new ResolverError(final);
  return result.data;
}

/** Nested fields read the parent's property, as AppSync's default does. */
const readProperty: GraphQLFieldResolver<unknown, RequestState> = (source, _a, _c, info) =>
  // Synchronous: a promise per nested field makes graphql-js await each one.
  (source as Record<string, unknown> | null)?.[info.fieldName];

export function createEngine({ schema, resolveRootField }: EngineOptions) {
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const compiled = new WeakMap<OperationDefinitionNode, CompiledQuery | null>();
  const seenOnce = new WeakSet<OperationDefinitionNode>();
  const serializers = appsyncSerializers(schema);
  const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const type of rootTypes) {
    for (const field of Object.values(type?.getFields() ?? {})) field.resolve = resolveFromContext;
  }

  function prepare(query: string): DocumentNode | readonly GraphQLError[] {
    const cached = documents.get(query);
    if (cached) return cached;
    let prepared: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      prepared = errors.length > 0 ? errors : document;
    } catch (error) {
      prepared = [error as GraphQLError];
    }
    if (documents.size >= DOCUMENT_CACHE_SIZE) {
      documents.delete(documents.keys().next().value as string);
    }
    documents.set(query, prepared);
    return prepared;
  }

  /**
   * The compiled form of a query or mutation; null for what graphql-js runs.
   * An operation is compiled when it comes a second time: compiling costs
   * milliseconds, more than graphql-js takes to run it once, so a document
   * sent only once (a query typed in the playground, one with its values
   * written inline) is not worth it.
   */
  function compiledFor(document: DocumentNode, operation: OperationDefinitionNode) {
    if (compiled.has(operation)) return compiled.get(operation)!;
    if (!seenOnce.has(operation)) {
      seenOnce.add(operation);
      return null;
    }
    let result: CompiledQuery | null = null;
    if (operation.operation !== 'subscription') {
      const compilation = compileQuery(schema, document, operation.name?.value, {
        disablingCapturingStackErrors: true,
        customSerializers: serializers,
      });
      result = isCompiledQuery(compilation) ? compilation : null;
    }
    compiled.set(operation, result);
    return result;
  }

  async function run(request: GraphQLRequest): Promise<ExecutedOperation> {
    const prepared = prepare(request.query);
    if (!('kind' in prepared)) {
      return { response: { data: null, errors: prepared.map(toErrorEntry) }, operation: null };
    }
    const document = prepared as DocumentNode;
    const operation = pickOperation(document, request.operationName);
    const state: RequestState = {
      request, fragments: fragmentsOf(document), appended: [], resolveRootField,
    };
    const variables = request.variables ?? {};

    let result: ExecutionResult;
    const jit = operation && compiledFor(document, operation);
    if (jit) {
      // graphql-js words any variable error; the compiled query then coerces the same values.
      const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      result = errors ? { errors } : await jit.query(undefined, state, variables);
    } else {
      result = await execute({
        schema,
        document,
        operationName: request.operationName ?? undefined,
        variableValues: variables,
        contextValue: state,
        fieldResolver: readProperty,
      });
    }
    const errors = [...(result.errors ?? []).map(toErrorEntry), ...state.appended];
    const response: GraphQLResponse = { data: (result.data as GraphQLResponse['data']) ?? null };
    if (errors.length > 0) response.errors = errors;
    return { response, operation };
  }

  return { schema, prepare, run, fragmentsOf, pickOperation };
}

export type Engine = ReturnType<typeof createEngine>;

function pickOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) {
    return operations.find((o) => o.name?.value === operationName) ?? null;
  }
  return operations.length === 1 ? operations[0] : null;
}

/** Documents are cached (see prepare), so their fragments are gathered once. */
const fragmentsByDocument = new WeakMap<DocumentNode, Record<string, FragmentDefinitionNode>>();

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  let fragments = fragmentsByDocument.get(document);
  if (fragments === undefined) {
    fragments = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments[definition.name.value] = definition;
      }
    }
    fragmentsByDocument.set(document, fragments);
  }
  return fragments;
}

/**
 * The AppSync scalars' serializers for graphql-jit, which keeps only the
 * message of what a serializer throws: the message is worded here, as
 * toErrorEntry words a ScalarParseError for graphql-js.
 */
function appsyncSerializers(schema: GraphQLSchema): Record<string, (value: unknown) => unknown> {
  const serializers: Record<string, (value: unknown) => unknown> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isScalarType(type) || isSpecifiedScalarType(type)) continue;
    serializers[type.name] = (value) => {
      try {
        return type.serialize(value);
      } catch (error) {
        throw error instanceof ScalarParseError ? new Error(wrongType(error.reason)) : error;
      }
    };
  }
  return serializers;
}

function locationOf(loc: { startToken: { line: number; column: number } }) {
  return { line: loc.startToken.line, column: loc.startToken.column };
}
