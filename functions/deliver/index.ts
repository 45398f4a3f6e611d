/**
 * The Lambda entry point (scripts/build.ts bundles this file), and the
 * delivery function's public surface.
 *
 * `handler` is built when the module loads, so configuration is read and
 * checked once a container and a bad setting fails the cold start. Code
 * that builds its own handler with explicit configuration, such as the
 * offline runtime, imports `createHandler` from './handler' instead and
 * so never reads this environment.
 */
import { configFromEnv } from './config';
import { createHandler } from './handler';

export type { DeliveryConfig } from './config';
export type {
  ChannelOutcome,
  DeliveryRequest,
  DeliveryResponse,
} from './contract';
export { DeliveryConfigurationError, DeliveryRequestError } from './errors';
export { createHandler, type DeliveryHandler } from './handler';

export const handler = createHandler(configFromEnv(process.env));
