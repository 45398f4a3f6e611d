import { existsSync } from 'node:fs';
import path from 'node:path';

/** Thrown when the stack is synthesized before the bundles it deploys exist. */
export class MissingBundleError extends Error {
  readonly bundle: string;

  constructor(bundle: string) {
    super(
      `Bundle not found: ${bundle}. Run \`npx tsx scripts/build.ts\` ` +
        'before synthesizing, or pass the directory that holds dist/ as ' +
        '`bundleRoot`.',
    );
    this.name = 'MissingBundleError';
    this.bundle = bundle;
  }
}

/**
 * The absolute path of a bundle that scripts/build.ts writes, checked to
 * exist, so a missing build fails with what to run rather than an asset
 * error deep inside CDK.
 */
export function requireBundle(
  bundleRoot: string,
  relativePath: string,
): string {
  const file = path.resolve(bundleRoot, relativePath);
  if (!existsSync(file)) throw new MissingBundleError(file);
  return file;
}
