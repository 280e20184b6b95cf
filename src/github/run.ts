import * as core from '@actions/core';
import { CancelledError, isCancelled } from '../core/cancel.js';
import { ConfigError, UserError, describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { watchCancel } from './cancel-signals.js';
import { githubLogger } from './logger.js';
import type { ActionSpec } from './specs/types.js';

/** Collects one job summary; written once, on success and on failure alike. */
export class Summary {
  private readonly sections: string[] = [];
  constructor(readonly title: string) {}
  add(markdown: string): this {
    this.sections.push(markdown);
    return this;
  }
  get markdown(): string {
    return [`## ${this.title}`, ...this.sections].join('\n\n') + '\n';
  }
}

export interface ActionContext {
  logger: Logger;
  summary: Summary;
  /** Outputs are strings; booleans become "true"/"false". Never pass a secret here. */
  setOutput(name: string, value: string | number | boolean): void;
  exportVariable(name: string, value: string): void;
  /** Aborted when the runner cancels the step (SIGINT or SIGTERM); hand it to core. */
  signal: AbortSignal;
}

/**
 * Runs one action: user errors fail the step with their message (config errors
 * also as annotations at file:line:col); anything else is a bug whose stack
 * shows under debug logging. The summary is written either way. A cancelled step (see
 * cancel-signals.ts) fails with "Cancelled" in its summary, also when it finished its work.
 */
export async function runAction(spec: ActionSpec, body: (ctx: ActionContext) => Promise<void>): Promise<void> {
  const summary = new Summary(spec.title);
  const cancel = watchCancel(githubLogger);
  const ctx: ActionContext = {
    signal: cancel.signal,
    logger: githubLogger,
    summary,
    setOutput: (name, value) => {
      if (!(name in spec.outputs)) throw new Error(`${spec.name} sets output "${name}", which its action.yml does not declare`);
      core.setOutput(name, typeof value === 'string' ? value : String(value));
    },
    exportVariable: (name, value) => core.exportVariable(name, value),
  };
  try {
    await Promise.race([body(ctx), cancel.overdue.catch((error: unknown) => Promise.reject(new CancelledError(`Cancelled, and ${describeError(error)}: what it was doing may be unfinished`)))]);
    if (cancel.signal.aborted) throw new CancelledError('Cancelled after its work was done: nothing was left unfinished');
  } catch (error) {
    fail(error, summary, cancel.signal.aborted);
  } finally {
    cancel.dispose();
  }
  await writeSummary(summary);
  // A cancelled step must be gone before the runner's kill, even if some socket lingers.
  if (cancel.signal.aborted) setTimeout(() => process.exit(), 500).unref();
}

function fail(error: unknown, summary: Summary, cancelled: boolean): void {
  // A failure the cancel caused (a promotion that moved live back, say) reads as the cancel it is.
  if (isCancelled(error) || (cancelled && error instanceof UserError && !(error instanceof ConfigError))) {
    core.setFailed(error.message);
    summary.add(`### ⏹️ Cancelled\n\n${error.message}`);
    return;
  }
  if (error instanceof ConfigError) {
    for (const issue of error.issues) {
      core.error(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
        title: 'agentcore config',
        file: issue.file,
        startLine: issue.line,
        startColumn: issue.column,
      });
    }
    core.setFailed(error.message);
  } else if (error instanceof UserError) {
    if (error.location) {
      core.error(error.message, {
        file: error.location.file,
        startLine: error.location.line,
        startColumn: error.location.column,
      });
      process.exitCode = 1;
    } else {
      core.setFailed(error.message);
    }
  } else {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(`Unexpected error (a bug in agentcore-actions, please report it): ${describeError(error)}`);
  }
  const message = error instanceof Error ? error.message : describeError(error);
  // A summary that already states the failure (promote-endpoint's, rollback's) does not repeat it.
  if (!summary.markdown.includes(message)) summary.add(`### ❌ Failed\n\n${'```'}text\n${message}\n${'```'}`);
}

async function writeSummary(summary: Summary): Promise<void> {
  // Outside a runner (or with the file unset) there is nowhere to write; that is not an error.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(summary.markdown).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${describeError(error)}`);
  }
}
