/**
 * The note a main step leaves for its post step (`post-if: always()`): the runtime's lease while
 * it holds one. A main step the runner killed cannot release its lease; the post step does,
 * only when it is still the one that step took.
 */
import * as core from '@actions/core';
import { describeError } from '../core/errors.js';
import type { HeldLease } from '../core/lease.js';
import { githubLogger } from './logger.js';

const LEASE_STATE = 'lease';

interface LeaseNote extends HeldLease {
  region: string;
}

/** Keeps the runner's state in step with the lease held in `region` (an empty note once it is let go). */
export function noteLease(region: string): (held: HeldLease | undefined) => void {
  return (held) => core.saveState(LEASE_STATE, held ? JSON.stringify({ ...held, region } satisfies LeaseNote) : '');
}

/** The post step: releases the lease the main step noted, if any. Never fails the job. */
export async function runPost(): Promise<void> {
  const text = core.getState(LEASE_STATE);
  if (!text) {
    core.info('No lease left behind by the main step.');
    return;
  }
  try {
    const note = JSON.parse(text) as LeaseNote;
    core.warning(`The main step ended while holding the lease ${note.path}: releasing it.`);
    const { createClients } = await import('../core/aws/clients.js');
    const { releaseHeldLease } = await import('../core/lease.js');
    const { ssm } = await createClients({ region: note.region }, ['ssm']);
    await releaseHeldLease(ssm, { path: note.path, owner: note.owner }, githubLogger);
  } catch (error) {
    core.warning(`Could not release the lease the main step left behind: ${describeError(error)}. It expires on its own within minutes.`);
  }
}
