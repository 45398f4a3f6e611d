import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { root } from '../../../../scripts/build';
import {
  MessagingStack,
  type MessagingStackProps,
} from '../../../../infra/stack';

export interface Synthesized {
  readonly app: App;
  readonly stack: MessagingStack;
  readonly template: Template;
}

/** A MessagingStack from the built bundles, synthesized into a template. */
export function synthesize(props: MessagingStackProps = {}): Synthesized {
  const app = new App();
  const stack = new MessagingStack(app, 'Test', { bundleRoot: root, ...props });
  return { app, stack, template: Template.fromStack(stack) };
}

/** The one resource of `type` whose logical id starts with `prefix`. */
export function resourceNamed(
  template: Template,
  type: string,
  prefix: string,
): { logicalId: string; resource: Record<string, any> } {
  const matches = Object.entries(template.findResources(type)).filter(
    ([logicalId]) => logicalId.startsWith(prefix),
  );
  if (matches.length !== 1) {
    throw new Error(
      `Expected one ${type} named ${prefix}*. Found: ${
        matches.map(([id]) => id).join(', ') || 'none'
      }`,
    );
  }
  const [[logicalId, resource]] = matches;
  return { logicalId, resource };
}
