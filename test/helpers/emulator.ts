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
