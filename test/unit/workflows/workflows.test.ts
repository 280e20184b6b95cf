import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const examplesDir = join(repoRoot, 'workflows-examples');

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}
interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  outputs?: Record<string, string>;
  needs?: string | string[];
  steps?: Step[];
}
interface Workflow {
  jobs?: Record<string, Job>;
}

const OUR_ACTION = /^[^/]+\/agentcore-actions(?:\/actions\/([^@]+))?@/;

function metadata(path: string): ActionMetadata {
  return parse(readFileSync(path, 'utf8')) as ActionMetadata;
}

/** Problems in one workflow: our actions' names, inputs and outputs, and the job outputs it references. */
export function checkWorkflow(text: string): string[] {
  const problems: string[] = [];
  const workflow = parse(text) as Workflow;
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const stepActions = new Map<string, ActionMetadata | undefined>();
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `jobs.${jobName}.steps[${index}]${step.id ? ` (${step.id})` : ''}`;
      const match = step.uses ? OUR_ACTION.exec(step.uses) : null;
      let action: ActionMetadata | undefined;
      if (match) {
        const name = match[1];
        const file = name ? join(repoRoot, 'actions', name, 'action.yml') : join(repoRoot, 'action.yml');
        if (!existsSync(file)) {
          problems.push(`${where}: ${step.uses} names no action (no ${name ? `actions/${name}/` : ''}action.yml)`);
        } else {
          action = metadata(file);
          const inputs = action.inputs ?? {};
          for (const key of Object.keys(step.with ?? {})) {
            if (!(key in inputs)) problems.push(`${where}: input "${key}" is not declared by ${step.uses}`);
          }
          for (const [key, input] of Object.entries(inputs)) {
            if (input.required && input.default === undefined && step.with?.[key] === undefined) problems.push(`${where}: required input "${key}" of ${step.uses} is not given`);
          }
          if (!name) {
            const command = step.with?.command;
            if (typeof command !== 'string' || !existsSync(join(repoRoot, 'actions', command, 'action.yml'))) problems.push(`${where}: command "${String(command)}" is not an action`);
          }
        }
      }
      if (step.id) stepActions.set(step.id, action);
    }
    // Every expression in the job, wherever it sits (with:, run:, outputs:, if:).
    const jobText = JSON.stringify(job);
    for (const [, id, output] of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!stepActions.has(id!)) {
        problems.push(`jobs.${jobName}: steps.${id}.outputs.${output} names no step with that id`);
        continue;
      }
      const action = stepActions.get(id!);
      // Outputs of other actions (or run steps) are theirs to document; ours are checked.
      if (action && !(output! in (action.outputs ?? {}))) problems.push(`jobs.${jobName}: steps.${id}.outputs.${output} is not an output of that step's action`);
    }
    const needs = new Set(typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []));
    for (const [, needed, output] of jobText.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!needs.has(needed!)) problems.push(`jobs.${jobName}: needs.${needed} is not in its needs`);
      else if (!(output! in (workflow.jobs?.[needed!]?.outputs ?? {}))) problems.push(`jobs.${jobName}: needs.${needed}.outputs.${output} is not an output of job ${needed}`);
    }
  }
  return problems;
}

const files = readdirSync(examplesDir).filter((f) => f.endsWith('.yml'));

describe('workflows-examples', () => {
  it('has the six workflows of the issue', () => {
    expect(files.sort()).toEqual(['drift-nightly.yml', 'pipeline.yml', 'pr-drift.yml', 'promote.yml', 'rollback.yml', 'sync-config.yml']);
  });

  it.each(files)('%s parses and uses our actions as declared', (file) => {
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

describe('the workflow check', () => {
  const base = (withBlock: string, extra = '') => `
jobs:
  one:
    outputs:
      v: \${{ steps.deploy.outputs.version }}
    steps:
      - id: deploy
        uses: acme/agentcore-actions/actions/deploy-version@v0
        with:
${withBlock}
${extra}`;

  it('passes a correct workflow', () => {
    expect(checkWorkflow(base('          environment: dev'))).toEqual([]);
  });

  it('bites on an undeclared input', () => {
    expect(checkWorkflow(base('          environment: dev\n          image: x'))).toEqual([
      'jobs.one.steps[0] (deploy): input "image" is not declared by acme/agentcore-actions/actions/deploy-version@v0',
    ]);
  });

  it('bites on an unknown action, a missing required input, an unknown step output and a job output never declared', () => {
    const text = `
jobs:
  one:
    steps:
      - id: x
        uses: acme/agentcore-actions/actions/no-such-action@v0
      - id: root
        uses: acme/agentcore-actions@v0
        with:
          environment: dev
      - id: deploy
        uses: acme/agentcore-actions/actions/deploy-version@v0
      - run: echo \${{ steps.deploy.outputs.digest }} \${{ steps.nope.outputs.a }}
  two:
    needs: one
    steps:
      - run: echo \${{ needs.one.outputs.version }} \${{ needs.three.outputs.a }}
`;
    expect(checkWorkflow(text)).toEqual([
      'jobs.one.steps[0] (x): acme/agentcore-actions/actions/no-such-action@v0 names no action (no actions/no-such-action/action.yml)',
      'jobs.one.steps[1] (root): required input "command" of acme/agentcore-actions@v0 is not given',
      'jobs.one.steps[1] (root): command "undefined" is not an action',
      'jobs.one: steps.deploy.outputs.digest is not an output of that step\'s action',
      'jobs.one: steps.nope.outputs.a names no step with that id',
      'jobs.two: needs.one.outputs.version is not an output of job one',
      'jobs.two: needs.three is not in its needs',
    ]);
  });
});
