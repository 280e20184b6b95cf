/**
 * The drift report: what drift-check found, per environment, as one JSON document
 * (written to `report-file`, schema in docs/ssm-layout.md) that the job summary and
 * the pull-request comment are rendered from.
 *
 * Values on a finding are JSON values: omitted = that side was not compared,
 * null = absent there. A secret's values are never in a report: they read SECRET_HIDDEN.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
export const DRIFT_REPORT_SCHEMA_VERSION = 1;

export const SECRET_HIDDEN = 'changed, value hidden';

export const FINDING_KINDS = {
  'ssm-copy': 'repo ≠ SSM copy',
  'deployed-config': 'repo ≠ deployed',
  'not-deployed': 'not deployed',
  'endpoint-moved': 'endpoint moved outside the pipeline',
  'unmanaged-runtime': 'unmanaged runtime',
  'missing-version': 'recorded version gone',
  'canary-interrupted': 'interrupted canary',
  'gateway-route': 'gateway rule changed by hand',
  'gateway-missing': 'gateway missing',
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Finding {
  kind: FindingKind;
  environment: string;
  /** The runtime's key in the config; for an unmanaged runtime, its AWS name. */
  runtime?: string;
  /** Where the difference is, e.g. `environment_variables.LOG_LEVEL` or `endpoints.live.live_version`. */
  path: string;
  repo?: JsonValue;
  ssm?: JsonValue;
  aws?: JsonValue;
  /** The values are a secret's: shown as SECRET_HIDDEN everywhere. */
  secret?: boolean;
  /** What to do about it. */
  action: string;
}

export type EnvironmentStatus = 'checked' | 'skipped' | 'error';

export interface EnvironmentReport {
  name: string;
  region: string;
  /** The account the credentials are for (checked against account_id). */
  account?: string;
  status: EnvironmentStatus;
  /** Why the environment was skipped or what failed. */
  reason?: string;
  /** Runtime keys compared. */
  runtimes: string[];
  /** Comparisons not made, and why (e.g. cloud_config_enabled is false). */
  notes: string[];
  findings: Finding[];
}

export interface DriftReport {
  schema_version: typeof DRIFT_REPORT_SCHEMA_VERSION;
  config_file: string;
  generated_at: string;
  commit?: string;
  run_url?: string;
  drifted: boolean;
  drift_count: number;
  environments: EnvironmentReport[];
}

/** A finding whose values are a secret's: every compared side reads SECRET_HIDDEN, absent sides stay null. */
export function hideSecret(finding: Finding): Finding {
  const hide = (value: JsonValue | undefined) => (value === undefined ? undefined : value === null ? null : SECRET_HIDDEN);
  const { repo, ssm, aws, ...rest } = finding;
  return {
    ...rest,
    ...(repo !== undefined ? { repo: hide(repo) } : {}),
    ...(ssm !== undefined ? { ssm: hide(ssm) } : {}),
    ...(aws !== undefined ? { aws: hide(aws) } : {}),
    secret: true,
  };
}

export function buildReport(
  configFile: string,
  environments: EnvironmentReport[],
  meta: { generatedAt: string; commit?: string; runUrl?: string },
): DriftReport {
  const count = environments.reduce((sum, env) => sum + env.findings.length, 0);
  return {
    schema_version: DRIFT_REPORT_SCHEMA_VERSION,
    config_file: configFile,
    generated_at: meta.generatedAt,
    ...(meta.commit ? { commit: meta.commit } : {}),
    ...(meta.runUrl ? { run_url: meta.runUrl } : {}),
    drifted: count > 0,
    drift_count: count,
    environments,
  };
}

/** Writes the report as JSON (making its directory); returns the absolute path. */
export async function writeReportFile(report: DriftReport, file: string): Promise<string> {
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
