export { createRealtimeServer } from './server';
export { RealtimeProtocolError } from './errors';
export type {
  AcceptedSubscription,
  Headers,
  MutationEvent,
  RealtimeServer,
  RealtimeServerOptions,
  RealtimeStats,
  SubscriptionEngine,
  SubscriptionRequest,
  WireError,
} from './types';
