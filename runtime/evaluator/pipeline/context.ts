/** Builds the `ctx` objects that handlers receive. */
import type { ResolverContext } from '../types';
import type { FieldRequest } from './types';

/**
 * The parts of ctx shared by every handler of one field. `stash` is one
 * object for the whole pipeline, so what a handler puts there the next
 * handler reads.
 */
export function baseContext(request: FieldRequest): ResolverContext {
  return {
    arguments: request.arguments,
    args: request.arguments,
    identity: request.identity ?? null,
    source: request.source ?? null,
    stash: {},
    request: { headers: request.headers ?? {}, domainName: request.domainName ?? null },
    info: {
      fieldName: request.info.fieldName,
      parentTypeName: request.info.parentTypeName,
      variables: request.info.variables ?? {},
      selectionSetList: request.info.selectionSetList ?? [],
      selectionSetGraphQL: request.info.selectionSetGraphQL ?? '',
    },
    env: request.env ?? {},
  };
}

/** A handler's own view: the shared parts plus what is particular to it. */
export function handlerContext(base: ResolverContext, own: ResolverContext): ResolverContext {
  return { ...base, ...own };
}
