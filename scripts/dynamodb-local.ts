/**
 * `npm run dynamodb-local`: AWS's DynamoDB Local on PORT (default 8000),
 * in memory, until Ctrl-C. Point the runtime at it with
 * DYNAMODB_ENDPOINT=http://127.0.0.1:8000 npm start.
 */
import { startDynamoDbLocal } from '../runtime/dynamodb/index';

const engine = await startDynamoDbLocal({ port: Number(process.env.PORT ?? 8000) });
process.stdout.write(`${JSON.stringify({ event: 'ready', dynamodb: engine.endpoint })}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void engine.close().then(() => process.exit(0));
  });
}
