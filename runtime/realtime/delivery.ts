/**
 * What one subscription receives for one mutation: nothing when the mutation
 * is not in its @aws_subscribe list or its arguments do not match, otherwise
 * a `data` frame with its own selection set, unless that frame is over
 * AppSync's 240 KB limit.
 */
import { matchesArguments } from './filter';
import { frames } from './frames';
import { MAX_MESSAGE_BYTES } from './limits';
import { shapeSelection } from './shape';
import type { AcceptedSubscription, MutationEvent } from './types';

export interface ActiveSubscription {
  id: string;
  accepted: AcceptedSubscription;
  variables: Record<string, unknown>;
}

export type Delivery =
  | { outcome: 'skipped' }
  | { outcome: 'send'; frame: string }
  | { outcome: 'too-large'; bytes: number };

export function deliveryFor(subscription: ActiveSubscription, event: MutationEvent): Delivery {
  const { accepted, variables, id } = subscription;
  if (!accepted.mutations.includes(event.fieldName)) return { outcome: 'skipped' };
  if (!matchesArguments(accepted.arguments, event.data)) return { outcome: 'skipped' };

  const shaped = shapeSelection(accepted.selection, event.data, {
    fragments: accepted.fragments,
    variables,
  });
  const frame = frames.data(id, { [accepted.alias]: shaped });

  const bytes = Buffer.byteLength(frame, 'utf8');
  if (bytes > MAX_MESSAGE_BYTES) return { outcome: 'too-large', bytes };
  return { outcome: 'send', frame };
}
