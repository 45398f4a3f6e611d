import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { bundlePaths, functions, resolvers, type FunctionName } from '../../../infra/api-definition';
import { APPSYNC_CODE_LIMIT, root } from '../../../scripts/build';

const bundles = [
  ...(Object.keys(functions) as FunctionName[]).map((name) => bundlePaths.function(name)),
  ...resolvers.map((r) => bundlePaths.resolver(r)),
];

describe('resolver bundles', () => {
  it.each(bundles)('%s is under AppSync’s 32,000-character limit', (file) => {
    const code = readFileSync(path.join(root, file), 'utf8');
    expect(code.length).toBeGreaterThan(0);
    expect(code.length).toBeLessThan(APPSYNC_CODE_LIMIT);
  });

  it.each(bundles)('%s leaves @aws-appsync modules to the service', (file) => {
    const code = readFileSync(path.join(root, file), 'utf8');
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.every((name) => name.startsWith('@aws-appsync/utils'))).toBe(true);
    expect(code).toMatch(/^export \{/m);
  });
});
