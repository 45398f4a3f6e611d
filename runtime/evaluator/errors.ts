/**
 * Errors the evaluator raises to its caller. Faults inside resolver code are
 * not thrown: they come back as a `codeError` outcome.
 */

/** Base class, so a caller can catch everything from the evaluator at once. */
export class EvaluatorError extends Error {
  readonly errorType: string;

  constructor(message: string, errorType: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EvaluatorError';
    this.errorType = errorType;
  }
}

/** The bundle failed to compile or did not export both handlers. */
export class ResolverLoadError extends EvaluatorError {
  readonly filename: string;

  constructor(filename: string, reason: string, options?: ErrorOptions) {
    super(`Cannot load resolver ${filename}: ${reason}`, 'ResolverLoadError', options);
    this.name = 'ResolverLoadError';
    this.filename = filename;
  }
}

/** The bundle imports a module that APPSYNC_JS does not provide. */
export class UnsupportedModuleError extends EvaluatorError {
  readonly moduleName: string;

  constructor(moduleName: string) {
    super(
      `Module '${moduleName}' is not available in APPSYNC_JS; only ` +
        `'@aws-appsync/utils' and '@aws-appsync/utils/dynamodb' can be ` +
        `imported, everything else must be bundled.`,
      'UnsupportedModuleError',
    );
    this.name = 'UnsupportedModuleError';
    this.moduleName = moduleName;
  }
}

/** A util function that needs a running handler was called outside one. */
export class NoActiveHandlerError extends EvaluatorError {
  constructor(utilName: string) {
    super(
      `${utilName} was called outside a request or response handler. ` +
        `Call it from inside request(ctx) or response(ctx).`,
      'NoActiveHandlerError',
    );
    this.name = 'NoActiveHandlerError';
  }
}

/** A util function received an argument it cannot work with. */
export class UtilArgumentError extends EvaluatorError {
  constructor(utilName: string, problem: string) {
    super(`${utilName}: ${problem}`, 'UtilArgumentError');
    this.name = 'UtilArgumentError';
  }
}
