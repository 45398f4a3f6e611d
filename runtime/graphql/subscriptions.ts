/**
 * The engine's side of subscriptions: accepting a `start` (validate the
 * document, run the field's subscription resolver, read @aws_subscribe), and
 * turning each executed mutation into events for the real-time endpoint.
 */
import { getArgumentValues, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';

import type {
  Headers,
  MutationEvent,
  SubscriptionEngine,
  SubscriptionRequest,
  WireError,
} from '../realtime/index';
import type { Engine, ExecutedOperation } from './engine';
import type { ErrorEntry } from './errors';
import { subscriptionTriggers } from './schema';

export function createSubscriptionEngine(
  engine: Engine,
  isAuthorized: (headers: Headers) => boolean,
): SubscriptionEngine {
  const triggers = subscriptionTriggers(engine.schema);

  async function prepareSubscription(request: SubscriptionRequest) {
    const prepared = engine.prepare(request.query);
    if (!('kind' in prepared)) {
      return { errors: prepared.map((e) => ({ errorType: 'ValidationError', message: e.message })) };
    }
    const operation = engine.pickOperation(prepared, request.operationName);
    const field = operation?.selectionSet.selections[0];
    if (
      operation?.operation !== 'subscription' ||
      operation.selectionSet.selections.length !== 1 ||
      field?.kind !== Kind.FIELD
    ) {
      return {
        errors: [
          {
            errorType: 'ValidationError',
            message: 'Send exactly one subscription operation selecting one field.',
          },
        ],
      };
    }

    const { response } = await engine.run({ ...request, variables: request.variables ?? {} });
    if (response.errors) {
      return { errors: response.errors.map(toWireError) };
    }
    const definition = engine.schema.getSubscriptionType()!.getFields()[field.name.value];
    return {
      subscription: {
        fieldName: field.name.value,
        alias: field.alias?.value ?? field.name.value,
        arguments: getArgumentValues(definition, field, request.variables ?? {}),
        mutations: triggers.get(field.name.value) ?? [],
        selection: field.selectionSet!,
        fragments: engine.fragmentsOf(prepared),
      },
    };
  }

  return { isAuthorized, prepareSubscription };
}

function toWireError(entry: ErrorEntry): WireError {
  return { errorType: entry.errorType ?? 'ValidationError', message: entry.message };
}

/** One event per mutation field that returned data. */
export function mutationEvents({ response, operation }: ExecutedOperation): MutationEvent[] {
  if (operation?.operation !== 'mutation' || response.data == null) return [];
  return rootFields(operation).flatMap((field) => {
    const data = response.data?.[field.alias?.value ?? field.name.value];
    return data == null
      ? []
      : [{ fieldName: field.name.value, data: data as Record<string, unknown> }];
  });
}

function rootFields(operation: OperationDefinitionNode): FieldNode[] {
  return operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
}
