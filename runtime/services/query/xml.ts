/**
 * The AWS query protocol's response side: `<ActionResponse>` with an
 * `<ActionResult>` and `<ResponseMetadata>`, or an `<ErrorResponse>`.
 */
import type { AwsServiceError } from '../errors';
import type { HttpResponse } from '../http/types';

const XML_HEADERS = { 'content-type': 'text/xml' };

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** `<Name>text</Name>`, with the text escaped. */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export function queryResult(
  action: string,
  xmlns: string,
  resultXml: string,
  requestId: string,
): HttpResponse {
  const body =
    `<${action}Response xmlns="${xmlns}">` +
    `<${action}Result>${resultXml}</${action}Result>` +
    `<ResponseMetadata>${element('RequestId', requestId)}</ResponseMetadata>` +
    `</${action}Response>`;
  return { status: 200, headers: { ...XML_HEADERS, 'x-amzn-requestid': requestId }, body };
}

export function queryError(
  error: AwsServiceError,
  xmlns: string,
  requestId: string,
): HttpResponse {
  const body =
    `<ErrorResponse xmlns="${xmlns}"><Error>` +
    element('Type', error.fault) +
    element('Code', error.code) +
    element('Message', error.message) +
    `</Error>${element('RequestId', requestId)}</ErrorResponse>`;
  return {
    status: error.status,
    headers: { ...XML_HEADERS, 'x-amzn-requestid': requestId },
    body,
  };
}
