/**
 * `npm start`: the offline API on this machine, configured from the
 * environment (see the README), until SIGINT or SIGTERM.
 */
import { readFileSync } from 'node:fs';

import { startRuntime } from './app';
import { createLogger } from './log';

const logger = createLogger();
const env = process.env;

if (Boolean(env.TLS_CERT_FILE) !== Boolean(env.TLS_KEY_FILE)) {
  throw new Error(
    'Set both TLS_CERT_FILE and TLS_KEY_FILE to serve https:// and wss://, or neither. ' +
      `Received: TLS_CERT_FILE=${env.TLS_CERT_FILE ?? ''}, TLS_KEY_FILE=${env.TLS_KEY_FILE ?? ''}.`,
  );
}

const runtime = await startRuntime({
  port: env.PORT ? Number(env.PORT) : 4000,
  host: env.HOST,
  dataDir: env.DATA_DIR,
  apiKey: env.API_KEY,
  dynamodbEndpoint: env.DYNAMODB_ENDPOINT,
  tableName: env.TABLE_NAME,
  senderEmail: env.SENDER_EMAIL,
  tls: env.TLS_CERT_FILE && env.TLS_KEY_FILE
    ? { cert: readFileSync(env.TLS_CERT_FILE, 'utf8'), key: readFileSync(env.TLS_KEY_FILE, 'utf8') }
    : undefined,
  logger,
});

// Installed before the ready line: whoever waits for that line may signal
// at once, and must find the runtime ready to stop cleanly.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    runtime.close().then(
      () => {
        logger.info('stopped', { signal });
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('stop.failed', { signal, error: String(error) });
        process.exit(1);
      },
    );
  });
}

// Where everything is, whatever LOG_LEVEL asks of the per-operation lines.
const origin = new URL(runtime.url).origin;
createLogger(env.LOG_LEVEL === 'silent' ? 'silent' : 'info').info('ready', {
  graphql: runtime.url,
  realtime: runtime.realtimeUrl,
  playground: `${origin}/`,
  outbox: `${origin}/outbox`,
  apiKey: runtime.apiKey,
  dynamodb: runtime.dynamodbEndpoint,
});
