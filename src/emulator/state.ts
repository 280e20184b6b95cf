/**
 * All emulator state, isolated per account and region as in AWS. Plain data only,
 * so GET /_emulator/state can show it as JSON.
 */
export interface Settings {
  /** How long a runtime version, endpoint or stack stays CREATING/UPDATING before READY. */
  provisioningDelayMs: number;
  /** Seeds the draws of gateway weighted routes, so a split is repeatable; absent, draws are random. */
  gatewaySeed?: number;
}

export interface RequestLogEntry {
  time: string;
  service: string;
  operation: string;
  account: string;
  region: string;
  status: number;
  fault?: string;
}

export interface FaultRule {
  id: number;
  service: string;
  /** Operation name; omitted means every operation of the service. */
  operation?: string;
  kind: 'throttle' | 'error500' | 'drop' | 'latency';
  /** Probability 0..1 that a matching request is hit; default 1. */
  rate?: number;
  /** Hit at most this many requests, then the rule retires. */
  count?: number;
  latencyMs?: number;
  hits: number;
}

/** Credentials issued by STS AssumeRole: the key id resolves to the role's account. */
export interface IssuedCredentials {
  accessKeyId: string;
  account: string;
  arn: string;
  userId: string;
}

export class EmulatorState {
  settings: Settings = { provisioningDelayMs: 0 };
  faults: FaultRule[] = [];
  requests: RequestLogEntry[] = [];
  credentials: Record<string, IssuedCredentials> = {};
  /** Draws made from settings.gatewaySeed; setting a seed starts them again at 0. */
  gatewayDraws = 0;
  /** services[name]["<account>/<region>"] = that service's data there. */
  private services: Record<string, Record<string, unknown>> = {};
  /** Data that is not per account and region (the registry's blobs, say). */
  private globals: Record<string, unknown> = {};
  private nextFaultId = 1;

  /** The service's data for one account and region, made by init the first time. */
  scope<T>(service: string, account: string, region: string, init: () => T): T {
    const byScope = (this.services[service] ??= {});
    const key = `${account}/${region}`;
    return (byScope[key] ??= init()) as T;
  }

  /** Every account/region scope a service has data in. */
  scopes<T>(service: string): Array<{ account: string; region: string; data: T }> {
    return Object.entries(this.services[service] ?? {}).map(([key, data]) => {
      const [account, region] = key.split('/') as [string, string];
      return { account, region, data: data as T };
    });
  }

  global<T>(name: string, init: () => T): T {
    return (this.globals[name] ??= init()) as T;
  }

  addFault(rule: Omit<FaultRule, 'id' | 'hits'>): FaultRule {
    const full: FaultRule = { ...rule, id: this.nextFaultId++, hits: 0 };
    this.faults.push(full);
    return full;
  }

  /** The account a key id stands for: issued credentials first, then the 12-digit convention. */
  accountFor(accessKeyId: string): string {
    const issued = this.credentials[accessKeyId];
    if (issued) return issued.account;
    return /^\d{12}$/.test(accessKeyId) ? accessKeyId : '000000000000';
  }

  reset(): void {
    this.settings = { provisioningDelayMs: 0 };
    this.faults = [];
    this.requests = [];
    this.credentials = {};
    this.gatewayDraws = 0;
    this.services = {};
    this.globals = {};
  }

  toJSON(): unknown {
    return {
      settings: this.settings,
      faults: this.faults,
      services: this.services,
      requests: this.requests,
    };
  }
}
