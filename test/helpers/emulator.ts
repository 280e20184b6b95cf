import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import type { Exchange } from '../../src/emulator/types.js';

let recorder: ((exchange: Exchange) => void) | undefined;

/** Every emulator started after this call (in this test file) hands each answered request to `sink`. */
export function recordExchanges(sink: (exchange: Exchange) => void): void {
  recorder = sink;
}

/** Starts an in-process emulator on a free port. */
export async function startTestEmulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, ...(recorder ? { onExchange: recorder } : {}) });
}

/** SDK client options for one emulated account and region (12-digit key id = that account). */
export function clientOptions(emulator: { url: string }, account = '000000000000', region = 'us-east-1') {
  return {
    endpoint: emulator.url,
    region,
    maxAttempts: 1,
    credentials: { accessKeyId: account, secretAccessKey: 'emulator' },
  };
}

/** Calls the emulator's control API. */
export async function control<T = unknown>(emulator: { url: string }, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface TestEmulatorOptions {
  /** Forget every resource before each test. */
  reset?: boolean;
  /**
   * Point AWS_ENDPOINT_URL at the emulator for the block, restored after: the product's own
   * clients (the registry client, the client factory) find it that way, as the actions do.
   */
  endpointEnv?: boolean;
  /** Set before `ready`: how long stack operations and resources take to settle, as against AWS (a reset sets it back to 0). */
  provisioningDelayMs?: number;
  /** Runs before the emulator stops (to destroy clients made in `ready`). */
  stopping?: () => void;
}

/**
 * Starts an emulator before the tests of the current file or describe block and stops it after;
 * `ready` receives it (the caller keeps it) and may set up what every test needs.
 */
export function useTestEmulator(ready: (emulator: RunningEmulator) => unknown, options: TestEmulatorOptions = {}): void {
  let emulator: RunningEmulator;
  const savedEndpoint = process.env.AWS_ENDPOINT_URL;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    if (options.endpointEnv) process.env.AWS_ENDPOINT_URL = emulator.url;
    if (options.provisioningDelayMs !== undefined) await control(emulator, 'POST', 'settings', { provisioningDelayMs: options.provisioningDelayMs });
    await ready(emulator);
  });
  afterAll(async () => {
    if (options.endpointEnv) {
      if (savedEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = savedEndpoint;
    }
    options.stopping?.();
    await emulator.stop();
  });
  if (options.reset) beforeEach(() => control(emulator, 'POST', 'reset'));
}
