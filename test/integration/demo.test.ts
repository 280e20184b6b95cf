import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBundle, sharedDemoRun, type DemoRun } from './demo-run.js';

describe('npm run demo', () => {
  let result: DemoRun;
  let outDir: string;

  beforeAll(async () => {
    result = await sharedDemoRun();
    outDir = result.outDir;
  }, 150_000);

  it('passes, with every expected outcome observed', () => {
    if (result.code !== 0) throw new Error(`demo exited ${result.code}\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}`);
    expect(result.stdout).toMatch(/^(\d+)\/\1 steps as expected in [\d.]+ s/m);
  });

  it('ends with the table of what happened', () => {
    const table = result.stdout.slice(result.stdout.lastIndexOf('\n#   step'));
    expect(table).toMatch(/^#\s+step\s+expected\s+observed\s+time\s+ok$/m);
    for (const row of [
      /setup-env prod\s+prod provisioned in 333333333333\/us-east-1\s+exit 0, account 333333333333, region us-east-1\s.*\sok$/m,
      /one digest everywhere\s.*\sok$/m,
      /promote-endpoint prod \(canary, alarm at 10 %\)\s+aborted at 10 %, 50 % never set, live stays 1, no split left\s+exit 1, rolled-back true, splits seen 10 %, live 1, split left false\s.*\sok$/m,
      /promote-endpoint prod \(canary\)\s+10 % → 50 % → live on 2, static route left\s+exit 0, splits seen 10 % → 50 %, live 2, split left false\s.*\sok$/m,
      /promote-endpoint dev \(bad version\)\s+smoke test fails, live stays 1\s+exit 1, live 1\s.*\sok$/m,
      /promote-endpoint dev \(alarm during bake\)\s+rolled back to 1\s+exit 1, rolled-back true, live 1\s.*\sok$/m,
      /rollback dev \(manual\)\s.*exit 0, version 1, live 1\s.*\sok$/m,
      /drift-check \(pull request\)\s.*exit 0, drifted true, .*comment on #7\s.*\sok$/m,
    ]) {
      expect(table).toMatch(row);
    }
    expect(table).not.toContain('FAILED');
  });

  it('times each step by its own run, parallel jobs included', () => {
    const table = result.stdout.slice(result.stdout.lastIndexOf('\n#   step'));
    for (const title of ['setup-env dev', 'setup-env staging', 'setup-env prod', 'sync-config dev', 'sync-config staging', 'sync-config prod']) {
      const row = table.split('\n').find((line) => line.includes(`${title} `))!;
      expect(row).toMatch(/\s(\d+\.\d) s\s+ok$/);
      expect(row).not.toMatch(/\s0\.0 s\s+ok$/);
    }
  });

  it('explains every drift finding, the change inherited through extends included', () => {
    expect(result.stdout).toMatch(/drift-check \(pull request\)\s.*3 finding\(s\), each explained, comment on #7/);
    expect(result.stdout).toContain('    why: prod deployed-config environment_variables.LOG_LEVEL: changed by hand in prod');
    expect(result.stdout).toContain(
      "    why: prod deployed-config environment_variables.PROMPT_STYLE: PROMPT_STYLE was added to dev's runtime for the bad and the fixed version; " +
        'prod extends staging, which extends dev, so the repo config of prod has it too',
    );
    expect(result.stdout).toContain("    why: prod ssm-copy environment_variables.PROMPT_STYLE: the same inherited PROMPT_STYLE is missing from prod's config copy in SSM");
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<ul class="why"><li>prod ssm-copy environment_variables.PROMPT_STYLE: ');
  });

  it("creates the reader role prod's deploy assumes, trusting prod's account", () => {
    expect(result.stdout).toContain("… created arn:aws:iam::222222222222:role/agentcore-demo-reader, trusting account 333333333333: prod's deploy reads staging through it");
    expect(result.stdout).toContain('Reading environment "staging" as arn:aws:iam::222222222222:role/agentcore-demo-reader');
  });

  it('wraps wide tables and shows each failure message once on the page', () => {
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toMatch(/th, td \{[^}]*overflow-wrap: anywhere;/);
    expect(page).toContain('<th>Runtime ARN</th>');
    // promote-endpoint's summary states its failure; the run wrapper does not repeat it.
    expect(page.split('Live was not touched.')).toHaveLength(2);
    expect(page.split('Rolled back: endpoint')).toHaveLength(2);
    expect(page).not.toContain('❌ Failed');
  });

  it('removes its temporary workspace, and no SDK Node-version warning reaches its output', () => {
    const workspace = /workspace (\S+)$/m.exec(result.stdout)?.[1];
    expect(workspace).toMatch(/agentcore-demo-/);
    expect(existsSync(workspace!)).toBe(false);
    expect(`${result.stdout}\n${result.stderr}`).not.toContain('NodeVersionSupportWarning');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('NodeVersionSupportWarning');
  });

  it('writes every summary, the pull-request comment and the page', () => {
    const files = readdirSync(outDir).sort();
    expect(files).toEqual(expect.arrayContaining(['01-setup-env-dev.md', '04-build-push.md', 'index.html', 'mermaid.min.js']));
    const comment = files.find((f) => f.endsWith('-pr-comment.md'))!;
    expect(readFileSync(join(outDir, comment), 'utf8')).toContain('<!-- agentcore-drift: agentcore.json -->');
    expect(readFileSync(join(outDir, files.find((f) => f.endsWith('-promote-dev-alarm.md'))!), 'utf8')).toContain('support-bot-errors');
    // prod's runtime is behind its managed Cognito authorizer: its smoke test ran, with a token.
    expect(readFileSync(join(outDir, files.find((f) => f.endsWith('-promote-prod.md'))!), 'utf8')).toMatch(/smoke test passed/);
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toContain('<pre class="mermaid">');
    expect(page).toContain('<script src="mermaid.min.js"></script>');
    expect(page.match(/<section /g)).toHaveLength(files.filter((f) => f.endsWith('.md')).length);
  });
});

test('without node_modules and the bundled actions, the demo says what is missing and runs no step', () => {
  // A clone that skipped "npm ci" and "npm run build": only the demo's own bundle, nowhere near a node_modules.
  const clone = mkdtempSync(join(tmpdir(), 'demo-clone-'));
  try {
    cpSync(join(demoBundle, '..'), join(clone, 'dist', 'demo'), { recursive: true });
    const started = Date.now();
    const run = spawnSync(process.env.ACTION_NODE || process.execPath, [join(clone, 'dist', 'demo', 'index.js'), '--out', join(clone, 'out')], { cwd: clone, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.stderr).toContain('The demo cannot start; missing:');
    expect(run.stderr).toContain(`  - node_modules/mermaid/dist/mermaid.min.js (the page's diagrams): run "npm ci" in ${clone}`);
    expect(run.stderr).toContain('dist/setup-env/index.js, dist/build-push/index.js, dist/deploy-version/index.js');
    expect(run.stderr).toContain(`(the bundled actions): run "npm ci" and then "npm run build" in ${clone}`);
    expect(run.stdout).not.toContain('✔');
    expect(existsSync(join(clone, 'out'))).toBe(false);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
});
