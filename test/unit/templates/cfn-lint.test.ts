import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onPath } from '../../helpers/targets.js';

/**
 * cfn-lint (AWS's CloudFormation linter) on every template of templates/. Where it is not
 * installed the tests say so and are skipped visibly; CI installs it (pip install cfn-lint).
 */
const run = promisify(execFile);
const CFN_LINT_MISSING = 'cfn-lint not on PATH: skipping the CloudFormation lint (pip install cfn-lint)';
const cfnLint = onPath('cfn-lint');
const templates = readdirSync('templates')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => join('templates', name));

async function lint(files: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(cfnLint!, ['--', ...files]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

if (!cfnLint) {
  console.warn(CFN_LINT_MISSING);
  test.skip(CFN_LINT_MISSING, () => undefined);
} else {
  test('cfn-lint finds nothing in templates/*.yaml', async () => {
    expect(templates).toEqual(expect.arrayContaining(['templates/gateway.yaml', 'templates/github-oidc-deploy-role.yaml']));
    expect(templates.length).toBeGreaterThanOrEqual(5);
    expect(await lint(templates)).toEqual({ code: 0, output: '' });
  });

  test('cfn-lint does fail a broken template (the lint really runs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfn-lint-'));
    try {
      const file = join(dir, 'broken.yaml');
      writeFileSync(file, 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: SOMETIMES\n');
      const result = await lint([file]);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('SOMETIMES');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
