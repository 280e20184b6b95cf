import type { DeployVersionResult } from '../../../src/core/ops/deploy-version.js';
import { deployVersionSummary } from '../../../src/github/summaries/deploy-version.js';

const IMAGE = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:${'a'.repeat(64)}`;
const base: DeployVersionResult = {
  runtimeId: 'support_bot_dev-abcdefghij',
  runtimeArn: 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/support_bot_dev-abcdefghij',
  version: '2',
  created: false,
  status: 'READY',
  changes: [],
  noopReason: 'version 2 is READY and already runs this image and configuration',
  account: '111111111111',
  image: { imageUri: IMAGE, digest: `sha256:${'a'.repeat(64)}` },
  configHash: 'f'.repeat(64),
  warnings: [],
};

test('a no-op says "no new version" and shows the current version, not "Version 2 | Previous version 2"', () => {
  const text = deployVersionSummary({ ...base, previousVersion: '2' }).join('\n\n');
  expect(text).toContain('✅ No new version: version 2 is READY and already runs this image and configuration.');
  expect(text).toContain('| Current version | Image | Config hash | Runtime ARN |');
  expect(text).toMatch(/^\| 2 \| `111111111111\.dkr/m);
  expect(text).not.toContain('Previous version');
});

test('a new version shows it next to the previous one', () => {
  const text = deployVersionSummary({ ...base, version: '3', previousVersion: '2', created: true, changes: ['image: a → b'] }).join('\n\n');
  expect(text).toContain('✅ Version 3 is READY.');
  expect(text).toContain('| Version | Previous version | Image | Config hash | Runtime ARN |');
  expect(text).toMatch(/^\| 3 \| 2 \| /m);
});

test("a secret stored as a String is warned about in the summary too", () => {
  const warning = 'environments.dev.agent_runtimes.support-bot.secrets.API_KEY: /team/api-key is a String, not a SecureString; store secrets encrypted.';
  expect(deployVersionSummary({ ...base, warnings: [warning] })).toContain(`⚠️ ${warning}`);
});
