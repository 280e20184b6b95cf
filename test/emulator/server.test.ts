import { startTestEmulator, control } from '../helpers/emulator.js';
import type { RunningEmulator } from '../../src/emulator/server.js';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());

test('health answers and lists services', async () => {
  const health = await control<{ status: string; services: string[] }>(emulator, 'GET', 'health');
  expect(health.status).toBe('ok');
  expect(Array.isArray(health.services)).toBe(true);
});

test('an unsigned request to no service is a 403 in AWS shape, and the server keeps answering', async () => {
  const response = await fetch(`${emulator.url}/whatever`, { method: 'POST', body: 'x' });
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({ message: expect.stringContaining('SigV4') });
  expect((await control<{ status: string }>(emulator, 'GET', 'health')).status).toBe('ok');
});

test('settings reject a negative delay with a message', async () => {
  await expect(control(emulator, 'POST', 'settings', { provisioningDelayMs: -1 })).rejects.toThrow(/provisioningDelayMs/);
  await expect(control(emulator, 'POST', 'settings', { provisioningDelayMs: 50 })).resolves.toEqual({ provisioningDelayMs: 50 });
  await control(emulator, 'POST', 'reset');
  expect(await control(emulator, 'GET', 'settings')).toEqual({ provisioningDelayMs: 0 });
});
