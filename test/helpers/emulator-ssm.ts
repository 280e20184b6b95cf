import { SSMClient } from '@aws-sdk/client-ssm';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { clientOptions, useTestEmulator } from './emulator.js';

/** An emulator for the current block, reset before each test, with an SSM client of dev (111111111111, us-west-2). */
export function useEmulatorSsm(ready: (ssm: SSMClient, emulator: RunningEmulator) => unknown): void {
  let ssm: SSMClient;
  useTestEmulator(
    (emulator) => {
      ssm = new SSMClient(clientOptions(emulator, '111111111111', 'us-west-2'));
      ready(ssm, emulator);
    },
    { reset: true, stopping: () => ssm.destroy() },
  );
}
