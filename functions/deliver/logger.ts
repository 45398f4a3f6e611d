import { Logger } from '@aws-lambda-powertools/logger';

/** The service name every delivery log line carries. */
export const SERVICE_NAME = 'message-delivery';

/** The one logger of the delivery function. */
export const logger = new Logger({ serviceName: SERVICE_NAME });
