/**
 * Where recorded state lives in SSM Parameter Store, under sync_config.parameter_store_prefix:
 *
 *   <prefix>/<env>/config                       the environment's resolved settings (sync-config)
 *   <prefix>/<env>/config/runtimes/<runtime>    one runtime's resolved config (sync-config)
 *   <prefix>/<env>/runtimes/<runtime>/ledger    versions deployed, promotions, rollbacks
 *   <prefix>/<env>/runtimes/<runtime>/lock      the lease mutating actions hold
 *
 * Config copies sit under config/ so that pruning them can never touch a ledger or a lease.
 */
export function configRoot(prefix: string, environment: string): string {
  return `${prefix}/${environment}/config`;
}

export function runtimeConfigPath(prefix: string, environment: string, runtime: string): string {
  return `${configRoot(prefix, environment)}/runtimes/${runtime}`;
}

export function ledgerPath(prefix: string, environment: string, runtime: string): string {
  return `${prefix}/${environment}/runtimes/${runtime}/ledger`;
}

export function lockPath(prefix: string, environment: string, runtime: string): string {
  return `${prefix}/${environment}/runtimes/${runtime}/lock`;
}
