/**
 * Reads a Publish request from either protocol the SNS SDK may speak into
 * one `PublishInput`. Only strings are taken from JSON: a value of another
 * type counts as absent, and the checks in `publish.ts` then reject it.
 */
import { mapEntries, type QueryParams } from '../query/form';
import { invalidParameter } from './errors';
import type { MessageAttribute, PublishInput } from './types';

export function publishFromQuery(params: QueryParams): PublishInput {
  const attributes: Record<string, MessageAttribute> = {};
  for (const entry of mapEntries(params, 'MessageAttributes')) {
    if (!entry.Name) throw invalidParameter('MessageAttributes Reason: an entry has no Name');
    attributes[entry.Name] = {
      dataType: entry['Value.DataType'] ?? '',
      stringValue: entry['Value.StringValue'],
      binaryValue: entry['Value.BinaryValue'],
    };
  }
  return {
    ...destination(params.get('PhoneNumber'), params.get('TopicArn'), params.get('TargetArn')),
    message: params.get('Message'),
    messageStructure: params.get('MessageStructure'),
    attributes,
  };
}

export function publishFromJson(body: Record<string, unknown>): PublishInput {
  const attributes: Record<string, MessageAttribute> = {};
  for (const [name, value] of Object.entries(record(body.MessageAttributes))) {
    const fields = record(value);
    attributes[name] = {
      dataType: text(fields.DataType) ?? '',
      stringValue: text(fields.StringValue),
      binaryValue: text(fields.BinaryValue),
    };
  }
  return {
    ...destination(text(body.PhoneNumber), text(body.TopicArn), text(body.TargetArn)),
    message: text(body.Message),
    messageStructure: text(body.MessageStructure),
    attributes,
  };
}

/** Where the publish goes; an empty value counts as not given, as on SNS. */
function destination(
  phoneNumber: string | undefined,
  topicArn: string | undefined,
  targetArn: string | undefined,
): Pick<PublishInput, 'phoneNumber' | 'topicArn' | 'targetArn'> {
  return {
    phoneNumber: phoneNumber || undefined,
    topicArn: topicArn || undefined,
    targetArn: targetArn || undefined,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
