/**
 * The one event each local service emits per request, for the runtime to
 * log through its own logger. The services never write to the console.
 */
import type { AwsServiceError } from './errors';
import type { HttpHandler, HttpRequest, HttpResponse } from './http/types';

export interface ServiceRequestEvent {
  service: 'sns' | 'ses';
  /** The action asked for, or undefined when the request named none. */
  action: string | undefined;
  outcome: 'success' | 'error';
  /** The wire error code, when the outcome is an error. */
  errorCode?: string;
  status: number;
  durationMs: number;
}

export type ServiceRequestListener = (event: ServiceRequestEvent) => void;

/** A service's answer to one request, with what the event reports. */
export interface ServiceAnswer {
  response: HttpResponse;
  action: string | undefined;
  error?: AwsServiceError;
}

/** Turns `answer` into an HTTP handler that reports each request. */
export function reportingHandler(
  service: ServiceRequestEvent['service'],
  answer: (request: HttpRequest) => ServiceAnswer,
  onRequest: ServiceRequestListener = () => {},
): HttpHandler {
  return (request) => {
    const started = performance.now();
    const { response, action, error } = answer(request);
    onRequest({
      service,
      action,
      outcome: error ? 'error' : 'success',
      errorCode: error?.code,
      status: response.status,
      durationMs: performance.now() - started,
    });
    return response;
  };
}
