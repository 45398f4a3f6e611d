/**
 * `npm run bench`: runs the suite, prints the table, and writes
 * bench/results.json and bench/read-latency.svg (named after the engine,
 * scale and --only when those are not the defaults).
 *
 *   --engine=dynalite|dynamodb-local   @default dynalite
 *   --scale=full|smoke                 @default full
 *   --only=read-path,write-path,...    @default every scenario
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The delivery function logs every attempt through Powertools; thousands of
// lines on stdout would bury the table (and cost both sides of the write
// path alike). Set before the function's logger is created on import.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

const { runBench, SCENARIO_IDS } = await import('./suite');
const { formatTable } = await import('./lib/table');

const here = path.dirname(fileURLToPath(import.meta.url));
const args = new Map(process.argv.slice(2).map((arg) => {
  const [name, value = 'true'] = arg.replace(/^--/, '').split('=');
  return [name!, value];
}));

const engine = args.get('engine') ?? 'dynalite';
const scale = args.get('scale') ?? 'full';
const only = args.get('only')?.split(',');
if (engine !== 'dynalite' && engine !== 'dynamodb-local') {
  throw new Error(`--engine must be dynalite or dynamodb-local. Received: ${engine}`);
}
if (scale !== 'full' && scale !== 'smoke') {
  throw new Error(`--scale must be full or smoke. Received: ${scale}`);
}
const unknown = only?.filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id));
if (unknown?.length) {
  throw new Error(`--only names unknown scenarios: ${unknown.join(', ')}. Known: ${SCENARIO_IDS.join(', ')}`);
}

const results = await runBench({
  engine,
  scale,
  only,
  onScenario: (s) => process.stderr.write(`${s.title}: ${s.met === false ? 'MISSED' : 'done'}\n`),
});
const { latencySvg, ...json } = results;
process.stdout.write(`${formatTable(results)}\n`);

// Only a full run of every scenario on dynalite writes the figures the
// README quotes; any other run writes beside them instead of over them.
const suffix = [
  engine === 'dynalite' ? '' : `.${engine}`,
  scale === 'full' ? '' : `.${scale}`,
  only ? '.partial' : '',
].join('');
const resultsFile = path.join(here, `results${suffix}.json`);
await writeFile(resultsFile, `${JSON.stringify(json, null, 2)}\n`);
if (latencySvg) await writeFile(path.join(here, `read-latency${suffix}.svg`), latencySvg);
process.stdout.write(`\nWrote ${path.relative(process.cwd(), resultsFile)}\n`);
