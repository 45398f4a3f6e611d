/**
 * Bundles every resolver and pipeline function (APPSYNC_JS) and the delivery
 * Lambda into dist/, from the entries that infra/api-definition.ts declares.
 * Both `cdk synth` and the offline runtime load the files written here.
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundlePaths,
  functions,
  resolvers,
  type FunctionName,
} from '../infra/api-definition';

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);

/** AppSync's limit on the code of one resolver or function. */
export const APPSYNC_CODE_LIMIT = 32_000;

const appsyncOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  // The service provides these modules; bundling them would break the code.
  external: ['@aws-appsync/utils', '@aws-appsync/utils/*'],
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
};

/**
 * Builds in memory, then replaces only the files whose content changed, each
 * by an atomic rename: a runtime or test reading dist/ while another process
 * rebuilds it never sees a half-written bundle. A build into an `outdir`
 * then removes what an earlier build left there: chunk names carry their
 * content's hash, and a stale chunk would otherwise ship with the function.
 */
async function build(options: BuildOptions): Promise<void> {
  const result = await esbuild({ ...options, write: false });
  for (const file of result.outputFiles) {
    const current = await readFile(file.path, 'utf8').catch(() => null);
    if (current === file.text) continue;
    await mkdir(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
  }
  if (options.outdir) {
    const written = new Set(result.outputFiles.map((file) => file.path));
    const stale = (await filesUnder(options.outdir)).filter((file) => !written.has(file));
    await Promise.all(stale.map((file) => rm(file)));
  }
}

/** Every file below `dir`, at any depth, as absolute paths. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function buildResolvers(): Promise<string[]> {
  const entries = [
    ...(Object.keys(functions) as FunctionName[]).map((name) => ({
      input: `resolvers/functions/${name}.ts`,
      output: bundlePaths.function(name),
    })),
    ...resolvers.map((r) => ({
      input: `resolvers/pipelines/${r.typeName}.${r.fieldName}.ts`,
      output: bundlePaths.resolver(r),
    })),
  ];
  await Promise.all(
    entries.map(({ input, output }) =>
      build({
        ...appsyncOptions,
        entryPoints: [path.join(root, input)],
        outfile: path.join(root, output),
      }),
    ),
  );
  return entries.map((e) => e.output);
}

async function buildDeliveryFunction(): Promise<string> {
  const outdir = path.join(root, bundlePaths.deliveryFunction);
  await build({
    entryPoints: [path.join(root, 'functions/deliver/index.ts')],
    outdir,
    entryNames: 'index',
    outExtension: { '.js': '.mjs' },
    // What the SDK imports only when it needs it (the SSO, INI-file, process
    // and web-identity credential providers and their STS/SSO clients) goes
    // to chunks of its own. Lambda's credentials come from the environment,
    // so a cold start never compiles them: 240 KiB is loaded at start-up
    // instead of 355 KiB, and the import takes about 9 ms less.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // The SDK is bundled, not left to the runtime's copy: the version the
    // tests ran against is then the one deployed, and a few bundled files
    // load faster at cold start than the runtime's many SDK modules.
    // Measured, as one file: 355 KiB bundled against 29 KiB with @aws-sdk/*
    // external. Preferring each
    // package's ES build lets esbuild shake it: 547 KiB with the default.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
  await refuseRequireShim(outdir);
  return path.join(outdir, 'index.mjs');
}

/**
 * Every package the function bundles has an ES build, so nothing calls
 * require() and the files carry no createRequire banner: run once in each
 * of the eight files an import loads, it cost 4.5 ms of the cold start. A CommonJS dependency added later would be
 * given esbuild's require shim, which throws "Dynamic require of ... is not
 * supported" when called; the build stops here instead.
 */
export async function refuseRequireShim(outdir: string): Promise<void> {
  for (const file of await filesUnder(outdir)) {
    if ((await readFile(file, 'utf8')).includes('Dynamic require of')) {
      throw new Error(
        `${path.relative(root, file)} calls require() through esbuild's shim, which fails in ` +
          'an ES module: bundle that dependency\'s ES build, or give the bundle a require ' +
          '(a createRequire banner).',
      );
    }
  }
}

export async function buildAll(): Promise<{ bundles: string[]; lambda: string }> {
  const [bundles, lambda] = await Promise.all([
    buildResolvers(),
    buildDeliveryFunction(),
  ]);
  return { bundles, lambda };
}

const invokedDirectly =
  process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);

if (invokedDirectly) {
  const { bundles, lambda } = await buildAll();
  const kib = (statSync(lambda).size / 1024).toFixed(1);
  console.log(
    JSON.stringify({
      event: 'build',
      resolverBundles: bundles.length,
      deliveryBundleKiB: Number(kib),
    }),
  );
}
