/**
 * A stack prop or CDK context value that cannot be deployed. Carries the
 * setting's name and the value received, and says what would be valid.
 */
export class InvalidSettingError extends Error {
  readonly setting: string;
  readonly received: unknown;

  constructor(setting: string, expected: string, received: unknown) {
    super(`${setting} must be ${expected}. Received: ${String(received)}`);
    this.name = 'InvalidSettingError';
    this.setting = setting;
    this.received = received;
  }
}
