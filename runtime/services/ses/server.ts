/**
 * A local SES endpoint for the v1 `SendEmail` call, over the query
 * protocol `@aws-sdk/client-ses` speaks. Each instance keeps its own
 * emails, so parallel tests never see each other's mail.
 *
 * It is written here rather than wrapping `aws-ses-v2-local`, which can be
 * imported and started on port 0 but keeps one store for the whole
 * process, answers errors with JSON bodies the SES SDK cannot parse,
 * never answers a POST with an unknown Action, and stamps emails to the
 * second. Fixing that around it would leave it nothing to do.
 */
import { randomUUID } from 'node:crypto';
import { invalidAction, missingAction, requestTooLarge, toServiceError } from '../errors';
import { reportingHandler, type ServiceAnswer } from '../events';
import { startHttpService } from '../http/server';
import type { HttpRequest } from '../http/types';
import { parseQuery } from '../query/form';
import { element, queryError, queryResult } from '../query/xml';
import { sendEmail } from './send-email';
import type { EmailRecord, LocalSes, LocalSesOptions } from './types';

const XMLNS = 'http://ses.amazonaws.com/doc/2010-12-01/';
const SUPPORTED = 'SendEmail';
/** Used in messages when the request is unsigned and names no region. */
const DEFAULT_REGION = 'us-east-1';

export async function startLocalSes(
  options: LocalSesOptions = {},
): Promise<LocalSes> {
  const accepted: EmailRecord[] = [];
  const handler = reportingHandler(
    'ses',
    (request) => answer(request, accepted),
    options.onRequest,
  );
  const service = await startHttpService(handler, options);

  return {
    endpoint: service.endpoint,
    emails: () => [...accepted],
    clear: () => {
      accepted.length = 0;
    },
    close: () => service.close(),
  };
}

function answer(request: HttpRequest, accepted: EmailRecord[]): ServiceAnswer {
  const requestId = randomUUID();
  const params = parseQuery(request.body || request.url.search);
  const action = params.get('Action');
  try {
    if (request.bodyTooLarge) throw requestTooLarge();
    if (!action) throw missingAction();
    if (action !== 'SendEmail') throw invalidAction(action, SUPPORTED);

    const email = sendEmail(params, signingRegion(request), new Date());
    accepted.push(email);
    const result = element('MessageId', email.messageId);
    return { response: queryResult('SendEmail', XMLNS, result, requestId), action };
  } catch (thrown) {
    const error = toServiceError(thrown);
    return { response: queryError(error, XMLNS, requestId), action, error };
  }
}

/** The region in the SigV4 credential scope, as SES names it in errors. */
function signingRegion(request: HttpRequest): string {
  const authorization = request.headers.authorization ?? '';
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(authorization);
  return scope?.[1] ?? DEFAULT_REGION;
}
