import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDemoRun, type DemoRun } from './demo-run.js';

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
      /promote-endpoint dev \(bad version\)\s+smoke test fails, live stays 1\s+exit 1, live 1\s.*\sok$/m,
      /promote-endpoint dev \(alarm during bake\)\s+rolled back to 1\s+exit 1, rolled-back true, live 1\s.*\sok$/m,
      /rollback dev \(manual\)\s.*exit 0, version 1, live 1\s.*\sok$/m,
      /drift-check \(pull request\)\s.*exit 0, drifted true, .*comment on #7\s.*\sok$/m,
    ]) {
      expect(table).toMatch(row);
    }
    expect(table).not.toContain('FAILED');
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
