/**
 * A local SNS endpoint for SMS: `Publish` with a `PhoneNumber`, over the
 * query protocol the installed SDK speaks and the JSON protocol SNS's
 * model is ready for. Anything else gets SNS's error, never a crash.
 */
import { randomUUID } from 'node:crypto';
import { invalidAction, missingAction, requestTooLarge, toServiceError } from '../errors';
import { reportingHandler, type ServiceAnswer } from '../events';
import { startHttpService } from '../http/server';
import type { HttpRequest } from '../http/types';
import { isJsonRpc, jsonError, jsonOperation, jsonResult, parseJsonObject } from '../json/rpc';
import { parseQuery } from '../query/form';
import { element, queryError, queryResult } from '../query/xml';
import { publishFromJson, publishFromQuery } from './decode';
import { publishSms } from './publish';
import type { LocalSns, LocalSnsOptions, PublishInput, SmsRecord } from './types';

const XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';
const SERVICE_TARGET = 'AmazonSimpleNotificationService';
const JSON_NAMESPACE = 'com.amazonaws.sns';
const SUPPORTED = 'Publish';

export async function startLocalSns(
  options: LocalSnsOptions = {},
): Promise<LocalSns> {
  const sent: SmsRecord[] = [];
  const handler = reportingHandler(
    'sns',
    (request) => answer(request, sent),
    options.onRequest,
  );
  const service = await startHttpService(handler, options);

  return {
    endpoint: service.endpoint,
    messages: () => [...sent],
    clear: () => {
      sent.length = 0;
    },
    close: () => service.close(),
  };
}

function answer(request: HttpRequest, sent: SmsRecord[]): ServiceAnswer {
  const requestId = randomUUID();
  const json = isJsonRpc(request);
  let action: string | undefined;
  try {
    if (request.bodyTooLarge) throw requestTooLarge();
    const read = json ? readJson(request) : readQuery(request);
    action = read.action;
    if (!action) throw missingAction();
    if (action !== 'Publish') throw invalidAction(action, SUPPORTED);

    const sms = publishSms(read.input(), new Date());
    sent.push(sms);
    const response = json
      ? jsonResult({ MessageId: sms.messageId }, requestId)
      : queryResult('Publish', XMLNS, element('MessageId', sms.messageId), requestId);
    return { response, action };
  } catch (thrown) {
    const error = toServiceError(thrown);
    const response = json
      ? jsonError(error, JSON_NAMESPACE, requestId)
      : queryError(error, XMLNS, requestId);
    return { response, action, error };
  }
}

/** The action a request names, and how to read its Publish input. */
interface ReadRequest {
  action: string | undefined;
  input: () => PublishInput;
}

function readQuery(request: HttpRequest): ReadRequest {
  // SNS takes its parameters from a POST body or, for GET, the URL.
  const params = parseQuery(request.body || request.url.search);
  return { action: params.get('Action'), input: () => publishFromQuery(params) };
}

function readJson(request: HttpRequest): ReadRequest {
  const action = jsonOperation(request, SERVICE_TARGET);
  return { action, input: () => publishFromJson(parseJsonObject(request.body)) };
}
