/**
 * The offline runtime's structured log: one JSON object per line on stdout,
 * one line per event (an operation, a connection, start-up).
 * LOG_LEVEL=silent turns it off, as the tests do.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const write = (severity: string, event: string, fields: LogFields = {}) => {
    if (level === 'silent' || (level === 'error' && severity !== 'error')) return;
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: severity, event, ...fields })}\n`,
    );
  };
  return {
    info: (event, fields) => write('info', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = { info() {}, error() {} };
