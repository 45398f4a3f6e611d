/**
 * The executable schema: the deployed schema.graphql plus the scalar and
 * directive declarations AppSync provides itself, with AppSync's scalar
 * checks attached. Built once at start-up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  GraphQLScalarType,
  isScalarType,
  type GraphQLSchema,
} from 'graphql';

import { appsyncScalars } from './scalars';

export function loadSchema(root: string): GraphQLSchema {
  const sdl = ['codegen/appsync.graphql', 'schema.graphql']
    .map((file) => readFileSync(path.join(root, file), 'utf8'))
    .join('\n');
  const schema = buildSchema(sdl);
  for (const [name, implementation] of Object.entries(appsyncScalars)) {
    const declared = schema.getType(name);
    if (declared && isScalarType(declared)) {
      attach(declared, implementation);
    }
  }
  return schema;
}

/** buildSchema makes placeholder scalars; give them AppSync's behaviour. */
function attach(target: GraphQLScalarType, source: GraphQLScalarType): void {
  target.serialize = source.serialize;
  target.parseValue = source.parseValue;
  target.parseLiteral = source.parseLiteral;
}

/** The mutations that trigger each subscription field (@aws_subscribe). */
export function subscriptionTriggers(schema: GraphQLSchema): Map<string, string[]> {
  const triggers = new Map<string, string[]>();
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const directive = field.astNode?.directives?.find((d) => d.name.value === 'aws_subscribe');
    const list = directive?.arguments?.find((a) => a.name.value === 'mutations')?.value;
    if (list?.kind === 'ListValue') {
      triggers.set(
        field.name,
        list.values.flatMap((v) => (v.kind === 'StringValue' ? [v.value] : [])),
      );
    }
  }
  return triggers;
}
