/**
 * The two ways the delivery function refuses to work. Both are thrown, and
 * AppSync hands them to the resolver as `Lambda:Unhandled`; a channel that
 * fails to send is never one of these, it is a FAILED outcome.
 */

/** The event does not say what to deliver, or where. */
export class DeliveryRequestError extends Error {
  readonly errorType = 'MalformedDeliveryRequest';
  /** The path of the offending field, e.g. `message.phoneNumber`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`Malformed delivery request: ${field} ${problem}`);
    this.name = 'DeliveryRequestError';
    this.field = field;
  }
}

/** The function's configuration is missing or invalid. */
export class DeliveryConfigurationError extends Error {
  readonly errorType = 'InvalidDeliveryConfiguration';
  /** The setting at fault, named as its environment variable. */
  readonly setting: string;

  constructor(setting: string, problem: string) {
    super(`Invalid delivery configuration: ${setting} ${problem}`);
    this.name = 'DeliveryConfigurationError';
    this.setting = setting;
  }
}
