/** Builds every bundle once before the tests that load them run. */
import { buildAll } from '../../scripts/build';

export default async function setup(): Promise<void> {
  await buildAll();
}
