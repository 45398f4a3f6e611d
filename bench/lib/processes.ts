/**
 * Services the benchmark runs in processes of their own, as they are on
 * AWS: the engine, and each runtime (`npm start`'s entry). On two cores,
 * one process for everything would make the load generator, the runtime
 * and the engine queue for one event loop, and measure their sum instead
 * of the API's throughput against the database's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { root } from '../../scripts/build';

export interface Service {
  /** The fields of its `ready` log line. */
  ready: Record<string, string>;
  /** CPU time the process has used so far, in ms; NaN where /proc is absent. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The node flags `npm start` gives the runtime (package.json), so that the
 * benchmark runs the runtime exactly as a user does.
 */
export function startScriptNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return manifest.scripts.start!.match(/--(?!import\b)[\w-]+=\S+/g) ?? [];
}

/** Runs a TypeScript entry and waits for the JSON line whose event is "ready". */
export function spawnService(
  entry: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<Service> {
  // node itself, with tsx as a loader, so that the pid is the service's own.
  // BENCH_CPU_PROFILE_DIR=dir writes each service's CPU profile there on exit.
  const profile = process.env.BENCH_CPU_PROFILE_DIR;
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const args = [...profiling, ...nodeFlags, '--import', 'tsx', path.join(root, entry)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      const fields = JSON.parse(line) as Record<string, string>;
      if (fields.event === 'ready') {
        resolve({ ready: fields, cpuMs: () => cpuMsOf(child.pid!), stop: () => stop(child) });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${entry} exited with ${code} before it was ready: ${stderr}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms. */
export function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
