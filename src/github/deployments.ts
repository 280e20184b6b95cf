/**
 * GitHub Deployments for promote-endpoint and rollback: one deployment of the commit to the
 * config's environment when the endpoint starts to move (status in_progress), and its final
 * status (success, failure) when the action ends. Deployments are a record for people: a
 * GitHub error is a warning and never fails the step.
 *
 *   const deployment = await startDeployment({ client, repository, ref, environment, … });
 *   await deployment?.finish('success', 'live serves version 3');
 */
import { UserError, describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RunInfo } from './context.js';
import type { GitHubClient } from './octokit.js';

export type DeploymentState = 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRequest {
  client: GitHubClient;
  /** owner/name */
  repository: string;
  /** The commit being deployed. */
  ref: string;
  environment: string;
  /** e.g. "promote" or "rollback"; GitHub shows it as the deployment's task. */
  task: string;
  description: string;
  payload: Record<string, string>;
  /** The workflow run, shown as the deployment's log. */
  logUrl: string;
  logger: Logger;
}

export interface Deployment {
  id: number;
  finish(state: DeploymentState, description: string): Promise<void>;
}

/** GitHub's limit on a deployment status description. */
const MAX_STATUS_DESCRIPTION = 140;

function short(text: string): string {
  return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}

/** Creates the deployment and marks it in_progress; undefined (after a warning) when GitHub refuses. */
export async function startDeployment(request: DeploymentRequest): Promise<Deployment | undefined> {
  const { client, logger } = request;
  const [owner, repo] = request.repository.split('/');
  if (!owner || !repo) {
    logger.warning('No GitHub deployment recorded: the repository of this run is unknown (GITHUB_REPOSITORY is not set).');
    return undefined;
  }
  let id: number;
  try {
    const created = await client.rest.repos.createDeployment({
      owner,
      repo,
      ref: request.ref,
      environment: request.environment,
      task: request.task,
      description: short(request.description),
      payload: request.payload,
      // A record of what happened, not a request to deploy: no merge of the default branch, no status checks.
      auto_merge: false,
      required_contexts: [],
    });
    if (!('id' in created.data)) throw new Error(created.data.message ?? 'GitHub created no deployment');
    id = created.data.id;
  } catch (error) {
    logger.warning(`Could not create a GitHub deployment for environment "${request.environment}": ${describeError(error)}. The token needs deployments: write.`);
    return undefined;
  }
  const status = async (state: DeploymentState | 'in_progress', description: string) => {
    try {
      await client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state,
        description: short(description),
        environment: request.environment,
        ...(request.logUrl ? { log_url: request.logUrl } : {}),
      });
    } catch (error) {
      logger.warning(`Could not set GitHub deployment ${id} to ${state}: ${describeError(error)}`);
    }
  };
  await status('in_progress', request.description);
  logger.info(`GitHub deployment ${id} of ${request.ref.slice(0, 7)} to environment "${request.environment}" is in progress.`);
  return { id, finish: (state, description) => status(state, description) };
}

export interface DeploymentSettings {
  enabled: boolean;
  token: string | undefined;
  repository: string;
  commit: string;
  runUrl: string;
  environment: string;
  logger: Logger;
}

/**
 * What an action calls when its change starts: creates the deployment when the input
 * "github-deployments" asks for it. Checked up front, so a missing token fails before any change.
 */
export function deploymentStarter(settings: DeploymentSettings): (task: string, description: string, payload: Record<string, string>) => Promise<Deployment | undefined> {
  if (!settings.enabled) return async () => undefined;
  if (!settings.token) throw new UserError('Input "github-deployments" is true, so "github-token" is required (e.g. ${{ github.token }}, with permissions deployments: write).');
  const token = settings.token;
  // Octokit loads only when a deployment is really recorded: it is a large part of a cold start.
  return async (task, description, payload) =>
    startDeployment({
      client: (await import('./octokit.js')).createGitHubClient({ token, logger: settings.logger }),
      repository: settings.repository,
      ref: settings.commit,
      environment: settings.environment,
      task,
      description,
      payload,
      logUrl: settings.runUrl,
      logger: settings.logger,
    });
}

/** The starter for an action with the shared "github-deployments" and "github-token" inputs. */
export function deploymentStarterFor(
  inputs: { 'github-deployments': boolean; 'github-token'?: string | undefined },
  run: RunInfo,
  environment: string,
  logger: Logger,
): ReturnType<typeof deploymentStarter> {
  return deploymentStarter({
    enabled: inputs['github-deployments'],
    token: inputs['github-token'],
    repository: run.repository,
    commit: run.commit,
    runUrl: run.runUrl,
    environment,
    logger,
  });
}
