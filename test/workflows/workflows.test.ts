import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const examplesDir = join(repoRoot, 'workflows-examples');

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs?: Record<string, { steps?: Step[] }>;
}

const ROOT_ACTION = /^[^/]+\/agentcore-actions@/;

/**
 * What GitHub's checks (github-parser.test.ts) cannot see: the value of the root action's command
 * input, which must name one of our actions. Everything else about a workflow is theirs to check.
 */
export function checkWorkflow(text: string): string[] {
  const problems: string[] = [];
  const workflow = parse(text) as Workflow;
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (!step.uses || !ROOT_ACTION.test(step.uses)) continue;
      const command = step.with?.command;
      if (typeof command !== 'string' || !existsSync(join(repoRoot, 'actions', command, 'action.yml'))) {
        problems.push(`jobs.${jobName}.steps[${index}]${step.id ? ` (${step.id})` : ''}: command "${String(command)}" is not an action`);
      }
    }
  }
  return problems;
}

const files = readdirSync(examplesDir).filter((f) => f.endsWith('.yml'));

describe('workflows-examples', () => {
  it('has the six workflows of the issue', () => {
    expect(files.sort()).toEqual(['drift-nightly.yml', 'pipeline.yml', 'pr-drift.yml', 'promote.yml', 'rollback.yml', 'sync-config.yml']);
  });

  it.each(files)('%s parses and gives the root action a command that is one of ours', (file) => {
    const text = readFileSync(join(examplesDir, file), 'utf8');
    expect(() => parse(text)).not.toThrow();
    expect(checkWorkflow(text)).toEqual([]);
  });

  it('pipeline.yml promotes by digest through GitHub environments, with OIDC and per-runtime concurrency', () => {
    const workflow = parse(readFileSync(join(examplesDir, 'pipeline.yml'), 'utf8')) as { permissions: Record<string, string>; jobs: Record<string, Record<string, unknown> & { steps: Step[] }> };
    expect(workflow.permissions['id-token']).toBe('write');
    for (const environment of ['dev', 'staging', 'prod']) {
      const job = workflow.jobs[environment]!;
      expect(job.environment).toBe(environment);
      expect((job.concurrency as { group: string }).group).toBe(`agentcore-${environment}-\${{ matrix.runtime }}`);
      expect(job.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with?.['role-to-assume']).toBeTruthy();
    }
    expect(workflow.jobs.staging!.steps.find((s) => s.id === 'deploy')?.with?.['from-environment']).toBe('dev');
    expect(workflow.jobs.prod!.steps.find((s) => s.id === 'deploy')?.with?.['from-environment']).toBe('staging');
  });
});

describe('the root action command check', () => {
  const step = (withBlock: string) => `
jobs:
  one:
    steps:
      - id: root
        uses: acme/agentcore-actions@v0
${withBlock}`;

  it('passes a command that is one of our actions', () => {
    expect(checkWorkflow(step('        with:\n          command: deploy-version'))).toEqual([]);
  });

  it('bites on a missing or unknown command', () => {
    expect(checkWorkflow(step('        with:\n          environment: dev'))).toEqual(['jobs.one.steps[0] (root): command "undefined" is not an action']);
    expect(checkWorkflow(step('        with:\n          command: deploy'))).toEqual(['jobs.one.steps[0] (root): command "deploy" is not an action']);
  });
});
