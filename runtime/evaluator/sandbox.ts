/**
 * The global environment resolver code runs in: a fresh `node:vm` context
 * trimmed to what APPSYNC_JS offers. Node's host globals (`process`,
 * `require`, `setTimeout`, `fetch`, `Buffer`, ...) never exist in a new
 * context; the ECMAScript built-ins that APPSYNC_JS leaves out are deleted,
 * and `eval` / `new Function` are disabled.
 *
 * This is isolation for fidelity, not a security boundary: objects passed
 * in from the host (ctx, util) still lead back to the host realm.
 */
import vm from 'node:vm';
import type { LogLine } from './types';
import { currentInvocation } from './invocation';

/**
 * Built-ins present in V8 but not in APPSYNC_JS. `Date` is among them:
 * resolver code reads the clock through `util.time`.
 */
export const REMOVED_GLOBALS = [
  'Date',
  'Promise',
  'Proxy',
  'Reflect',
  'WeakRef',
  'FinalizationRegistry',
  'SharedArrayBuffer',
  'Atomics',
  'WebAssembly',
  'eval',
  'Function',
  'AsyncFunction',
  'Intl',
] as const;

const LEVELS: LogLine['level'][] = ['log', 'info', 'warn', 'error', 'debug'];

/** `console.*` writes to the running handler's outcome, never to stdout. */
function sandboxConsole(): Record<string, (...args: unknown[]) => void> {
  return Object.fromEntries(
    LEVELS.map((level) => [
      level,
      (...args: unknown[]) => currentInvocation(`console.${level}`).logs.push({ level, args }),
    ]),
  );
}

export function createSandbox(): vm.Context {
  const context = vm.createContext(
    { console: sandboxConsole() },
    { codeGeneration: { strings: false, wasm: false } },
  );
  const removal = REMOVED_GLOBALS.map((name) => `delete globalThis.${name};`).join('\n');
  vm.runInContext(removal, context);
  return context;
}
