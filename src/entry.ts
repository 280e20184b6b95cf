import * as core from '@actions/core';
import { actionSpecs } from './github/specs/index.js';

/**
 * The one bundle every action runs from: dist/<name>/index.js calls runEntry(name),
 * and each action's code (with only the AWS clients it uses) loads on demand.
 * A test checks this map against src/actions/*.ts.
 */
export const entries: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  'setup-env': () => import('./actions/setup-env.js'),
  'build-push': () => import('./actions/build-push.js'),
  'deploy-version': () => import('./actions/deploy-version.js'),
  'sync-config': () => import('./actions/sync-config.js'),
  'drift-check': () => import('./actions/drift-check.js'),
  'promote-endpoint': () => import('./actions/promote-endpoint.js'),
  rollback: () => import('./actions/rollback.js'),
};

export async function runEntry(name: string): Promise<void> {
  const load = entries[name];
  if (!load) throw new Error(`no action named ${name}`);
  await (await load()).run();
}

/** The root action.yml: dispatches on the `command` input. */
export async function runCommand(): Promise<void> {
  const command = core.getInput('command').trim();
  const valid = actionSpecs.map((spec) => spec.name).filter((name) => name in entries);
  if (!entries[command]) {
    core.setFailed(
      command
        ? `Input "command": unknown command "${command}". Valid commands: ${valid.join(', ')}.`
        : `Input "command" is required. Valid commands: ${valid.join(', ')}.`,
    );
    return;
  }
  await runEntry(command);
}

/** The post step of every action (dist/<name>/post.js, dist/post.js): releases a lease its killed main step left. */
export async function runPost(): Promise<void> {
  await (await import('./github/lease-note.js')).runPost();
}

/** The root action's run(), the name @github/local-action calls (`local-action run . src/entry.ts …`). */
export const run = runCommand;
