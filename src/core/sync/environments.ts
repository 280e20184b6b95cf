/**
 * Actions that span environments (sync-config, drift-check) run with one set of credentials:
 * each environment is read in its own region, and an environment of another account is
 * skipped with a reason instead of failing the run, unless no environment is left.
 */
import type { STSClient } from '@aws-sdk/client-sts';
import type { ClientFactory } from '../aws/clients.js';
import type { LoadedConfig, ResolvedEnvironment } from '../config/index.js';
import { UserError } from '../errors.js';
import { checkAccount, type CallerIdentity } from '../identity.js';
import type { Logger } from '../logger.js';

/** The environments named (each must exist), or all of them, in the config's order. */
export function selectEnvironments(config: LoadedConfig, names: string[]): ResolvedEnvironment[] {
  if (names.length === 0) return Object.values(config.environments);
  return [...new Set(names)].map((name) => config.environment(name));
}

export type EnvironmentAccess =
  | { environment: ResolvedEnvironment; identity: CallerIdentity }
  | { environment: ResolvedEnvironment; skipped: string };

/**
 * Asks STS (in each environment's region) who the credentials are. An environment whose
 * account_id differs is skipped, saying whose credentials these are; when every environment
 * is skipped this throws the account error of the first, as a single-environment action would.
 */
export async function checkEnvironments(
  environments: ResolvedEnvironment[],
  stsFor: (region: string) => Promise<STSClient>,
  logger: Logger,
): Promise<EnvironmentAccess[]> {
  const results: EnvironmentAccess[] = [];
  for (const environment of environments) {
    // The guard is applied here rather than in checkAccount so a mismatch can be a skip, not a failure.
    const identity = await checkAccount(await stsFor(environment.region), { ...environment, account_id: undefined });
    if (environment.account_id && identity.account !== environment.account_id) {
      const skipped = `credentials are for account ${identity.account}, environment "${environment.name}" is account ${environment.account_id}`;
      logger.warning(`Skipping environment "${environment.name}": ${skipped}. Run this step again with that account's credentials to cover it.`);
      results.push({ environment, skipped });
    } else {
      results.push({ environment, identity });
    }
  }
  if (results.length > 0 && results.every((r) => 'skipped' in r)) {
    const first = results[0]!;
    // checkAccount with the guard on gives the usual single-environment message.
    await checkAccount(await stsFor(first.environment.region), first.environment);
    throw new UserError(`No environment could be checked: ${results.map((r) => ('skipped' in r ? r.skipped : '')).join('; ')}.`);
  }
  return results;
}

/**
 * checkEnvironments on the environments named (or all), with an STS client per region from
 * `clientsFor`. The entries start it before they load their orchestrator, so the first request
 * goes out sooner and that loading overlaps its round trip; the orchestrator awaits it.
 */
export function startEnvironmentChecks(config: LoadedConfig, names: string[], clientsFor: ClientFactory, logger: Logger): Promise<EnvironmentAccess[]> {
  const stsFor = async (region: string) => (await clientsFor({ region }, ['sts'])).sts;
  const access = checkEnvironments(selectEnvironments(config, names), stsFor, logger);
  // Awaited later by the orchestrator; a failure meanwhile is not an unhandled rejection.
  access.catch(() => undefined);
  return access;
}
