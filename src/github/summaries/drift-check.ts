/** drift-check's job summary and its pull-request comment, from the same report. */
import { code, details, escapeCell, excerpt, raw, table } from '../../core/markdown.js';
import { FINDING_KINDS, type DriftReport, type EnvironmentReport, type Finding, type JsonValue } from '../../core/drift/report.js';

/** The hidden first line that finds a config file's drift comment again on the next run. */
export function driftCommentMarker(configFile: string): string {
  // "--" may not appear inside an HTML comment; no real path needs it.
  return `<!-- agentcore-drift: ${configFile.replace(/--+/g, '-')} -->`;
}

/** A value in a table cell: blank when not compared, "(absent)" for null, else inline code. */
export function formatValue(value: JsonValue | undefined): ReturnType<typeof raw> {
  if (value === undefined) return raw('');
  if (value === null) return raw('_(absent)_');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return raw(code(excerpt(text, 120)).replace(/\r?\n/g, ' '));
}

function findingsTable(findings: Finding[], withEnvironment = false): string {
  const headers = [...(withEnvironment ? ['Environment'] : []), 'Runtime', 'Kind', 'Path', 'Repo', 'SSM', 'AWS'];
  const rows = findings.map((f) => [
    ...(withEnvironment ? [f.environment] : []),
    f.runtime ?? '',
    FINDING_KINDS[f.kind],
    raw(code(f.path)),
    formatValue(f.repo),
    formatValue(f.ssm),
    formatValue(f.aws),
  ]);
  return table(headers, rows);
}

/** Each distinct suggested action once, with the findings it answers. */
function actionList(findings: Finding[]): string {
  const byAction = new Map<string, string[]>();
  for (const f of findings) {
    const where = [f.runtime, f.path].filter(Boolean).join(' ');
    byAction.set(f.action, [...(byAction.get(f.action) ?? []), where]);
  }
  return [...byAction.entries()]
    .map(([action, where]) => `- ${escapeCell(action)} (${where.map((w) => code(w)).join(', ')})`)
    .join('\n');
}

function statusText(env: EnvironmentReport): string {
  if (env.status === 'skipped') return `⏭️ skipped: ${env.reason ?? ''}`;
  if (env.status === 'error') return `❌ error: ${env.reason ?? ''}`;
  return env.findings.length === 0 ? '✅ no drift' : `⚠️ ${plural(env.findings.length, 'finding')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function overview(report: DriftReport): string {
  return table(
    ['Environment', 'Region', 'Account', 'Runtimes', 'Status'],
    report.environments.map((env) => [env.name, env.region, env.account ?? '', env.runtimes.length, statusText(env)]),
  );
}

function headline(report: DriftReport): string {
  const errors = report.environments.filter((env) => env.status === 'error').length;
  const checked = report.environments.filter((env) => env.status === 'checked').map((env) => env.name);
  const skipped = report.environments.filter((env) => env.status === 'skipped').map((env) => env.name);
  const file = code(report.config_file);
  const parts = [
    report.drifted
      ? `⚠️ **${plural(report.drift_count, 'drift finding')}** in ${file}: the repo, SSM and AgentCore disagree.`
      : checked.length
        ? `✅ **No drift** in ${file}: the repo, SSM and AgentCore agree for ${checked.join(', ')}.`
        : `⏭️ **Nothing checked** in ${file}: no environment could be compared.`,
  ];
  // "No drift" speaks only for the environments checked: the others are named.
  if (skipped.length) parts.push(`⏭️ Not checked (skipped): ${skipped.join(', ')}.`);
  if (errors) parts.push(`❌ ${plural(errors, 'environment')} could not be checked.`);
  return parts.join(' ');
}

function footer(report: DriftReport): string {
  const bits = [`schema v${report.schema_version}`, report.commit ? `commit ${code(report.commit.slice(0, 7))}` : '', report.run_url ? `[run](${report.run_url})` : ''];
  return `<sub>agentcore drift-check · ${bits.filter(Boolean).join(' · ')}</sub>`;
}

function environmentSection(env: EnvironmentReport, open: boolean): string {
  const body: string[] = [];
  if (env.findings.length) body.push(findingsTable(env.findings), `**Suggested actions**\n\n${actionList(env.findings)}`);
  else if (env.status === 'checked') body.push('No drift.');
  else body.push(escapeCell(env.reason ?? ''));
  if (env.notes.length) body.push(env.notes.map((note) => `- ℹ️ ${escapeCell(note)}`).join('\n'));
  return details(`${env.name}: ${statusText(env)}`, body.join('\n\n'), open);
}

/** The job summary: the overview table, then a collapsible section per environment (open when it drifted). */
export function renderSummary(report: DriftReport): string {
  return [
    headline(report),
    overview(report),
    ...report.environments.map((env) => `### ${escapeCell(env.name)}\n\n${environmentSection(env, env.findings.length > 0)}`),
    footer(report),
  ].join('\n\n');
}

/** The pull-request comment: headline, overview, and details only for environments with something to say. */
export function renderComment(report: DriftReport): string {
  const sections = report.environments.filter((env) => env.findings.length > 0 || env.status === 'error').map((env) => environmentSection(env, false));
  return [`### AgentCore drift: ${code(report.config_file)}`, headline(report), overview(report), ...sections, footer(report)].join('\n\n');
}
