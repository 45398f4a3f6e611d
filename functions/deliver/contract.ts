/**
 * What the deliverMessage pipeline function sends the delivery Lambda, and
 * what the Lambda answers. AppSync passes `DeliveryRequest` as the event
 * payload; the resolvers import these types only, never code.
 */
import type { Channel } from '../../generated/graphql';

export interface DeliveryRequest {
  message: {
    id: string;
    recipient: string;
    body: string;
    subject: string;
    /** Set when EMAIL is among `channels`. */
    emailAddress?: string | null;
    /** E.164. Set when SMS is among `channels`. */
    phoneNumber?: string | null;
  };
  /** The channels to attempt now: each exactly once. */
  channels: Channel[];
}

/** The outcome of one attempt on one channel. */
export type ChannelOutcome =
  | {
      channel: Channel;
      status: 'SENT';
      providerMessageId: string;
      attemptedAt: string;
    }
  | {
      channel: Channel;
      status: 'FAILED';
      errorCode: string;
      errorMessage: string;
      /** True when a later attempt may succeed (throttling, outages). */
      retryable: boolean;
      attemptedAt: string;
    };

export interface DeliveryResponse {
  /** One outcome per requested channel, in the order requested. */
  outcomes: ChannelOutcome[];
}
