import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesToCheck, formatDiagnostic, githubDiagnostics } from '../../scripts/check-workflows.js';

const root = resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** GitHub's diagnostics as `file:line:col: severity: message`; `text` is checked under the name `file`. */
async function diagnostics(file: string, text?: string): Promise<string[]> {
  return (await githubDiagnostics(root, file, text)).map((diagnostic) => formatDiagnostic(file, diagnostic));
}

/** A copy of `file` with each `from` replaced by its `to` (once), under a name of its own: the service caches by name. */
function broken(file: string, name: string, ...replacements: [from: string, to: string][]): [string, string] {
  let text = read(file);
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${file} no longer holds ${JSON.stringify(from)}: update this test`);
    text = text.replace(from, to);
  }
  const copy = file.replace(/[^/]+$/, (base) => (base === 'action.yml' ? `${name}/action.yml` : `${name}-${base}`));
  return [copy, text];
}

describe("GitHub's workflow parser and language service", () => {
  it('check every manifest and workflow of the repository', () => {
    const actions = ['build-push', 'deploy-version', 'drift-check', 'promote-endpoint', 'rollback', 'setup-env', 'sync-config'];
    const examples = ['drift-nightly', 'pipeline', 'pr-drift', 'promote', 'rollback', 'sync-config'];
    expect(filesToCheck(root)).toEqual([
      'action.yml',
      ...actions.map((name) => `actions/${name}/action.yml`),
      ...examples.map((name) => `workflows-examples/${name}.yml`),
      '.github/workflows/ci.yml',
    ]);
  });

  it.each(filesToCheck(root))('report nothing on %s', async (file) => {
    expect(await diagnostics(file)).toEqual([]);
  });
});

describe('the check bites', () => {
  const pipeline = 'workflows-examples/pipeline.yml';
  const ci = '.github/workflows/ci.yml';
  const cases: [string, [string, string], string[]][] = [
    [
      'a bad expression',
      broken(pipeline, 'bad-expression', ['version: ${{ steps.deploy.outputs.version }}', 'version: ${{ steps.deploy.outputs.version == }}']),
      ["workflows-examples/bad-expression-pipeline.yml:84:20: error: Unexpected end of expression: '=='"],
    ],
    [
      'an unknown step key',
      broken(pipeline, 'step-key', ['      - id: deploy\n', '      - id: deploy\n        timeout: 5\n']),
      ["workflows-examples/step-key-pipeline.yml:73:9: error: Unexpected value 'timeout'"],
    ],
    [
      'a needs naming a missing job',
      broken(pipeline, 'needs', ['needs: [runtimes, dev]', 'needs: [runtimes, qa]']),
      [
        "workflows-examples/needs-pipeline.yml:91:23: error: Value 'qa' is not valid",
        "workflows-examples/needs-pipeline.yml:91:23: error: Job 'staging' depends on unknown job 'qa'.",
        "workflows-examples/needs-pipeline.yml:131:23: error: Job 'prod' depends on job 'staging' which creates a cycle in the dependency graph.",
      ],
    ],
    [
      'a misspelt input of our action',
      broken(pipeline, 'our-input', ['image-uri: ${{ steps.build.outputs.image-uri }}', 'image-url: ${{ steps.build.outputs.image-uri }}']),
      ["workflows-examples/our-input-pipeline.yml:77:11: error: Invalid action input 'image-url'"],
    ],
    [
      'a misspelt input of a third-party action',
      broken(pipeline, 'their-input', ['role-to-assume:', 'role-to-asume:']),
      ["workflows-examples/their-input-pipeline.yml:57:11: error: Invalid action input 'role-to-asume'"],
    ],
    [
      'a misspelt output of our action',
      broken(pipeline, 'our-output', ['${{ steps.deploy.outputs.version }}', '${{ steps.deploy.outputs.versoin }}']),
      ['workflows-examples/our-output-pipeline.yml:84:20: warning: Context access might be invalid: versoin'],
    ],
    [
      'a misspelt output of a third-party action',
      broken(
        pipeline,
        'their-output',
        ['      - uses: actions/checkout@v4\n      # A matrix', '      - id: checkout\n        uses: actions/checkout@v4\n      # A matrix'],
        ['run: echo "runtimes=', 'run: echo "${{ steps.checkout.outputs.comit }}runtimes='],
      ),
      ['workflows-examples/their-output-pipeline.yml:39:20: warning: Context access might be invalid: comit'],
    ],
    [
      'a missing required input of a third-party action',
      broken(pipeline, 'required', ['          aws-region: ${{ vars.AWS_REGION }}\n', '']),
      ['workflows-examples/required-pipeline.yml:56:9: error: Missing required input `aws-region`'],
    ],
    [
      'a version of a third-party action we have no facts about',
      broken(pipeline, 'version', ['actions/checkout@v4', 'actions/checkout@v9']),
      ['workflows-examples/version-pipeline.yml:34:15: error: Unable to resolve action `actions/checkout@v9`, repository or version not found'],
    ],
    [
      'a misspelt job output',
      broken(pipeline, 'job-output', ['fromJSON(needs.runtimes.outputs.runtimes)', 'fromJSON(needs.runtimes.outputs.runtime)']),
      ['workflows-examples/job-output-pipeline.yml:52:18: warning: Context access might be invalid: runtime'],
    ],
    [
      'a misspelt input of an action from the checkout',
      broken(ci, 'local-input', ['oci-layout: agent-layout', 'oci-layuot: agent-layout']),
      [".github/workflows/local-input-ci.yml:81:11: error: Invalid action input 'oci-layuot'"],
    ],
    [
      'a misspelt output of an action from the checkout',
      broken(ci, 'local-output', ['${{ steps.setup.outputs.agent-runtime-name }}', '${{ steps.setup.outputs.runtime-name }}']),
      ['.github/workflows/local-output-ci.yml:94:20: warning: Context access might be invalid: runtime-name'],
    ],
    [
      'an action of the checkout that does not exist',
      broken(ci, 'local-action', ['uses: ./actions/promote-endpoint', 'uses: ./actions/promote']),
      [".github/workflows/local-action-ci.yml:88:15: error: Unable to resolve action `./actions/promote`, no 'action.yml' or 'action.yaml' found in 'actions/promote'"],
    ],
    [
      "a manifest's description holding an expression (the defect that kept the runner from loading 4 of our manifests)",
      broken('actions/rollback/action.yml', 'description-expression', ["Usually the workflow's own token, github.token.", 'Usually ${{ github.token }}.']),
      ["actions/rollback/description-expression/action.yml:30:89: error: Unrecognized named-value: 'github'"],
    ],
    [
      "a manifest's input default holding an expression: allowed, nothing to report",
      broken('actions/rollback/action.yml', 'default-expression', ['  github-token:\n', '  github-token:\n    default: ${{ github.token }}\n']),
      [],
    ],
  ];

  it.each(cases)('reports %s', async (_name, [file, text], expected) => {
    expect(await diagnostics(file, text)).toEqual(expected);
  });
});

// These broken workflows are the ones the home-made check (workflows.test.ts) was proven on; GitHub's
// check now reports each of its findings, and that file keeps only the root action's command check.
describe('what the home-made check caught, GitHub reports', () => {
  const workflow = (withBlock: string) => `on: push
jobs:
  one:
    runs-on: ubuntu-latest
    outputs:
      v: \${{ steps.deploy.outputs.version }}
    steps:
      - id: deploy
        uses: acme/agentcore-actions/actions/deploy-version@v0
        with:
${withBlock}
`;

  it('passes a correct workflow', async () => {
    expect(await diagnostics('workflows-examples/homemade-correct.yml', workflow('          environment: dev'))).toEqual([]);
  });

  it('bites on an undeclared input', async () => {
    expect(await diagnostics('workflows-examples/homemade-input.yml', workflow('          environment: dev\n          image: x'))).toEqual([
      "workflows-examples/homemade-input.yml:12:11: error: Invalid action input 'image'",
    ]);
  });

  it('bites on an unknown action, a missing required input, an unknown step output and a job output never declared', async () => {
    const text = `on: push
jobs:
  one:
    runs-on: ubuntu-latest
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
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ needs.one.outputs.version }} \${{ needs.three.outputs.a }}
`;
    expect(await diagnostics('workflows-examples/homemade-all.yml', text)).toEqual([
      'workflows-examples/homemade-all.yml:7:15: error: Unable to resolve action `acme/agentcore-actions/actions/no-such-action@v0`, repository or version not found',
      'workflows-examples/homemade-all.yml:10:9: error: Missing required input `command`',
      'workflows-examples/homemade-all.yml:14:19: warning: Context access might be invalid: digest',
      'workflows-examples/homemade-all.yml:14:54: warning: Context access might be invalid: nope',
      'workflows-examples/homemade-all.yml:19:19: warning: Context access might be invalid: version',
      'workflows-examples/homemade-all.yml:19:52: warning: Context access might be invalid: three',
    ]);
  });
});
