/**
 * The client is typed by documents generated from the schema, so a schema
 * change that breaks an operation must break the build. Each case copies
 * the schema, the operations and the client to a temporary directory,
 * changes the copy, regenerates the typed documents with the project's own
 * codegen.yml, and type-checks the client with the project's tsconfig.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const CLIENT_TYPES = 'client/generated/operations.ts';
const copies: string[] = [];

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'client-schema-'));
  copies.push(dir);
  for (const entry of ['schema.graphql', 'codegen', 'client', 'tsconfig.json']) {
    await cp(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  // The copy resolves graphql and the codegen plugins from the project.
  await symlink(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

async function edit(dir: string, file: string, from: RegExp, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  expect(text).toMatch(from);
  await writeFile(target, text.replace(from, to));
}

/** Regenerates the client's typed documents in dir, as `npm run codegen` does. */
async function codegen(dir: string): Promise<void> {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(repo, 'codegen.yml') });
  await generate(
    { ...config, cwd: dir, silent: true, generates: { [CLIENT_TYPES]: config.generates[CLIENT_TYPES] } },
    true,
  );
}

/** The type errors in dir's client module, each as "file: message". */
function typeErrors(dir: string): string[] {
  const configFile = ts.readConfigFile(path.join(dir, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, dir);
  const program = ts.createProgram([path.join(dir, 'client/index.ts')], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const file = d.file ? path.relative(dir, d.file.fileName) : '(project)';
    return `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('the client against a changed schema', () => {
  it('type-checks clean against types regenerated from the unchanged schema', async () => {
    const dir = await copyProject();
    await codegen(dir);
    expect(typeErrors(dir)).toEqual([]);
  }, 60_000);

  it('fails the type check when a query field the client reads is renamed', async () => {
    const dir = await copyProject();
    await edit(dir, 'schema.graphql', /\bmessagesByRecipient\(/, 'messagesForRecipient(');
    await edit(dir, 'client/operations/messages.graphql', /\bmessagesByRecipient\(/, 'messagesForRecipient(');
    await codegen(dir);

    const errors = typeErrors(dir);
    expect(errors.some((e) => /^client\/.*'messagesByRecipient'/.test(e))).toBe(true);
  }, 60_000);

  it('fails the type check when an argument the client passes is renamed', async () => {
    const dir = await copyProject();
    await edit(dir, 'schema.graphql', /("The message's id."\s*)id: ID!/, '$1messageId: ID!');
    await edit(
      dir,
      'client/operations/messages.graphql',
      /\$id: ID!\) \{\n(\s*)retryDelivery\(recipient: \$recipient, id: \$id\)/,
      '$messageId: ID!) {\n$1retryDelivery(recipient: $recipient, messageId: $messageId)',
    );
    await codegen(dir);

    const errors = typeErrors(dir);
    expect(errors.some((e) => /^client\/.*messageId/.test(e))).toBe(true);
  }, 60_000);

  it('stops at codegen when an operation selects a field the schema no longer has', async () => {
    const dir = await copyProject();
    await edit(dir, 'schema.graphql', /^(\s*)errorCode: String$/m, '$1failureCode: String');

    await expect(codegen(dir)).rejects.toThrow(/errorCode/);
  }, 60_000);
});
