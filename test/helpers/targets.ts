/**
 * Conformance targets: the same tests, driven by the real SDK clients, run against our
 * emulator and, when `moto_server` (Python moto) is on PATH, against moto too. Where the two
 * answer differently, the test names the target and the emulator README says who matches AWS.
 *
 *   describeTargets('SSM', (target) => {
 *     test('…', async () => { new SSMClient(target().clientOptions('111111111111')) … });
 *   });
 *
 * `conformanceTargets()` lists what is available; `describeTargets` runs a describe block per
 * target (started once in beforeAll, reset before each test, stopped in afterAll) and, with no
 * moto, prints "moto_server not on PATH: skipping the moto tier" and registers a skipped test of
 * that name, so the gap shows in the run's output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { startTestEmulator, clientOptions, control } from './emulator.js';

export type TargetName = 'emulator' | 'moto';

export interface RunningTarget {
  name: TargetName;
  url: string;
  /** Forget every resource (between tests). */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** The account a request signed with this access key id acts in. */
  accountFor(accessKeyId: string): string;
  /** SDK client options for that key id (default: a 12-digit key that is an account on the emulator). */
  clientOptions(accessKeyId?: string, region?: string): ReturnType<typeof clientOptions>;
}

export interface ConformanceTarget {
  name: TargetName;
  start(): Promise<RunningTarget>;
}

export const MOTO_MISSING = 'moto_server not on PATH: skipping the moto tier';
const MOTO_DEFAULT_ACCOUNT = '123456789012';
const DEFAULT_KEY = '111111111111';

/** The executable's path when it is on PATH, else undefined. */
export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const emulatorTarget: ConformanceTarget = {
  name: 'emulator',
  async start() {
    const emulator = await startTestEmulator();
    return {
      name: 'emulator',
      url: emulator.url,
      reset: async () => {
        await control(emulator, 'POST', 'reset');
      },
      stop: () => emulator.stop(),
      accountFor: (keyId) => emulator.state.accountFor(keyId),
      clientOptions: (keyId = DEFAULT_KEY, region) => clientOptions(emulator, keyId, region),
    };
  },
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(`${url}/moto-api/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`moto_server did not answer on ${url} within ${timeoutMs} ms: ${output()}`);
}

function motoTarget(executable: string): ConformanceTarget {
  return {
    name: 'moto',
    async start() {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const child = spawn(executable, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      const keep = (chunk: Buffer) => {
        log = (log + chunk.toString('utf8')).slice(-4000);
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        await waitUntilAnswering(url, child, () => log);
      } catch (error) {
        child.kill('SIGTERM');
        throw error;
      }
      return {
        name: 'moto',
        url,
        reset: async () => {
          const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
          if (!response.ok) throw new Error(`moto reset: ${response.status} ${await response.text()}`);
        },
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
        // moto ignores the 12-digit-key convention: every long-term key is its default account.
        accountFor: () => MOTO_DEFAULT_ACCOUNT,
        clientOptions: (keyId = DEFAULT_KEY, region) => clientOptions({ url }, keyId, region),
      };
    },
  };
}

/** What an SDK call rejected with, typed as SDK service errors are, for asserting class, name, status and `Code` together. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number }; Code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode?: number }; Code?: string };
  }
  throw new Error('expected the call to fail, and it succeeded');
}

/** The emulator, plus moto when `moto_server` is on PATH. */
export function conformanceTargets(): ConformanceTarget[] {
  const moto = onPath('moto_server');
  return moto ? [emulatorTarget, motoTarget(moto)] : [emulatorTarget];
}

/** One describe block per conformance target; `target()` is the running target inside tests. */
export function describeTargets(title: string, body: (target: () => RunningTarget, name: TargetName) => void): void {
  const targets = conformanceTargets();
  if (!targets.some((t) => t.name === 'moto')) {
    console.warn(MOTO_MISSING);
    test.skip(MOTO_MISSING, () => undefined);
  }
  describe.each(targets.map((t) => [t.name, t] as const))(`${title} [%s]`, (name, definition) => {
    let running: RunningTarget | undefined;
    beforeAll(async () => {
      running = await definition.start();
    });
    afterAll(async () => {
      await running?.stop();
    });
    beforeEach(async () => {
      await running?.reset();
    });
    body(() => {
      if (!running) throw new Error(`${name} did not start`);
      return running;
    }, name);
  });
}
