/**
 * Executes GraphQL requests the way AppSync does: parse and validate against
 * the schema, run each root field's pipeline resolver, and shape the answer
 * and its errors as AppSync would. Nested fields resolve from the pipeline's
 * result by name, as with AppSync's default (no resolver) behaviour.
 */
import {
  execute,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

import { ResolverError, toErrorEntry, type ErrorEntry } from './errors';
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

export function createEngine({ schema, resolveRootField }: EngineOptions) {
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

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

  async function run(request: GraphQLRequest): Promise<ExecutedOperation> {
    const prepared = prepare(request.query);
    if (!('kind' in prepared)) {
      return { response: { data: null, errors: prepared.map(toErrorEntry) }, operation: null };
    }
    const document = prepared as DocumentNode;
    const operation = pickOperation(document, request.operationName);
    const fragments = fragmentsOf(document);
    const appended: ErrorEntry[] = [];

    const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
      if (info.path.prev !== undefined) {
        // Synchronous: a promise per nested field makes graphql-js await each one.
        return (source as Record<string, unknown> | null)?.[info.fieldName];
      }
      return resolveRoot(source, args, context, info);
    };
    const resolveRoot: GraphQLFieldResolver<unknown, unknown> = async (_s, args, _c, info) => {
      const typeName = info.parentType.name;
      const result = await resolveRootField({
        typeName,
        fieldName: info.fieldName,
        arguments: args,
        headers: request.headers,
        info: {
          fieldName: info.fieldName,
          parentTypeName: typeName,
          variables: info.variableValues,
          selectionSetList: selectionSetList(info.fieldNodes[0], fragments),
          selectionSetGraphQL: selectionSetGraphQL(info.fieldNodes[0]),
        },
      });
      const errors = [...result.errors];
      const final = result.failed ? errors.pop() : undefined;
      const locations = info.fieldNodes[0].loc
        ? [{ ...locationOf(info.fieldNodes[0].loc), sourceName: null as null }]
        : null;
      for (const error of errors) {
        appended.push({
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
    };

    const result = await execute({
      schema,
      document,
      operationName: request.operationName ?? undefined,
      variableValues: request.variables ?? undefined,
      fieldResolver,
    });
    const errors = [...(result.errors ?? []).map(toErrorEntry), ...appended];
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

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments[definition.name.value] = definition;
    }
  }
  return fragments;
}

function locationOf(loc: { startToken: { line: number; column: number } }) {
  return { line: loc.startToken.line, column: loc.startToken.column };
}
