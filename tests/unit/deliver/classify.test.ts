import {
  AccountSendingPausedException,
  ConfigurationSetDoesNotExistException,
  MailFromDomainNotVerifiedException,
  MessageRejected,
  SESServiceException,
} from '@aws-sdk/client-ses';
import {
  InternalErrorException,
  InvalidParameterValueException,
  KMSThrottlingException,
  SNSServiceException,
} from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { classifyProviderError } from '../../../functions/deliver/classify';
import { aSocketError } from './fixtures';

const meta = (httpStatusCode?: number) => ({ $metadata: { httpStatusCode } });

/** An error the SDK did not model, as it raises one: named by its code. */
function unmodelled(name: string, httpStatusCode?: number, fault = 'client') {
  return new SNSServiceException({
    name,
    $fault: fault as 'client' | 'server',
    message: `${name} happened`,
    ...meta(httpStatusCode),
  });
}

describe('classifyProviderError', () => {
  it.each([
    ['MessageRejected', new MessageRejected({ message: 'm', ...meta(400) })],
    [
      'MailFromDomainNotVerifiedException',
      new MailFromDomainNotVerifiedException({ message: 'm', ...meta(400) }),
    ],
    [
      'ConfigurationSetDoesNotExistException',
      new ConfigurationSetDoesNotExistException({ message: 'm', ...meta(400) }),
    ],
    [
      'AccountSendingPausedException',
      new AccountSendingPausedException({ message: 'm', ...meta(400) }),
    ],
    [
      'InvalidParameterValueException',
      new InvalidParameterValueException({ message: 'm', ...meta(400) }),
    ],
  ])('treats %s as permanent and keeps its code', (code, error) => {
    expect(classifyProviderError(error)).toEqual({
      errorCode: code,
      errorMessage: 'm',
      retryable: false,
    });
  });

  it.each([
    [
      'KMSThrottlingException',
      new KMSThrottlingException({ message: 'm', ...meta(400) }),
    ],
    [
      'InternalErrorException',
      new InternalErrorException({ message: 'm', ...meta(500) }),
    ],
    ['ThrottlingException', unmodelled('ThrottlingException', 400)],
    ['ServiceUnavailable', unmodelled('ServiceUnavailable', 503, 'server')],
  ])('treats %s as retryable and keeps its code', (code, error) => {
    expect(classifyProviderError(error)).toMatchObject({
      errorCode: code,
      retryable: true,
    });
  });

  it('treats the wire codes an emulator may send like the SDK names', () => {
    expect(classifyProviderError(unmodelled('OptedOut', 400)).retryable).toBe(
      false,
    );
    expect(classifyProviderError(unmodelled('Throttled', 400)).retryable).toBe(
      true,
    );
  });

  describe('for a code it does not know', () => {
    it('treats a 5xx answer as retryable and keeps the code', () => {
      expect(classifyProviderError(unmodelled('BrandNewOutage', 502))).toEqual({
        errorCode: 'BrandNewOutage',
        errorMessage: 'BrandNewOutage happened',
        retryable: true,
      });
    });

    it('treats a 429 answer as retryable', () => {
      expect(
        classifyProviderError(unmodelled('SlowDownPlease', 429)).retryable,
      ).toBe(true);
    });

    it('treats a 4xx answer as permanent and keeps the code', () => {
      expect(classifyProviderError(unmodelled('BrandNewRefusal', 403))).toEqual(
        {
          errorCode: 'BrandNewRefusal',
          errorMessage: 'BrandNewRefusal happened',
          retryable: false,
        },
      );
    });

    it('trusts the SDK when it marks an error retryable', () => {
      const error = Object.assign(unmodelled('Flaky', 400), {
        $retryable: { throttling: false },
      });
      expect(classifyProviderError(error).retryable).toBe(true);
    });

    it('treats a server fault without a status as retryable', () => {
      expect(
        classifyProviderError(unmodelled('Odd', undefined, 'server')).retryable,
      ).toBe(true);
    });
  });

  describe('for an error that never reached the provider', () => {
    it.each([
      'ECONNRESET',
      'ECONNREFUSED',
      'ETIMEDOUT',
      'ENOTFOUND',
      'EAI_AGAIN',
    ])('treats socket error %s as retryable and reports its code', (code) => {
      expect(classifyProviderError(aSocketError(code))).toMatchObject({
        errorCode: code,
        retryable: true,
      });
    });

    it('treats the SDK request timeout as retryable', () => {
      const timeout = Object.assign(
        new Error('exceeded 5000 ms requestTimeout'),
        {
          name: 'TimeoutError',
          code: 'ETIMEDOUT',
        },
      );
      expect(classifyProviderError(timeout)).toMatchObject({
        errorCode: 'TimeoutError',
        retryable: true,
      });
    });

    it('treats an error with no status, fault or network code as permanent', () => {
      expect(classifyProviderError(new TypeError('x is undefined'))).toEqual({
        errorCode: 'TypeError',
        errorMessage: 'x is undefined',
        retryable: false,
      });
    });

    it('describes a thrown non-error value without failing', () => {
      expect(classifyProviderError('socket hang up')).toEqual({
        errorCode: 'UnknownError',
        errorMessage: 'socket hang up',
        retryable: false,
      });
    });
  });

  it('falls back to the code when the provider sent no message', () => {
    const error = new SESServiceException({
      name: 'Throttling',
      $fault: 'client',
      message: '',
      ...meta(400),
    });
    expect(classifyProviderError(error)).toEqual({
      errorCode: 'Throttling',
      errorMessage: 'Throttling',
      retryable: true,
    });
  });
});
