/**
 * dynalite in a process of its own, for the benchmark: persisted under
 * DATA_DIR, on a free loopback port, until SIGTERM.
 */
import { startEmbeddedDynamo } from '../../runtime/dynamodb/index';

const engine = await startEmbeddedDynamo({ dataDir: process.env.DATA_DIR ?? '.data/bench' });
process.stdout.write(`${JSON.stringify({ event: 'ready', endpoint: engine.endpoint })}\n`);
process.on('SIGTERM', () => {
  void engine.close().then(() => process.exit(0));
});
