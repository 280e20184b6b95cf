/** The local GitHub REST fixture answers the deployment calls promote-endpoint and rollback make, as GitHub does. */
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { startGitHubFixture, type GitHubFixture } from '../helpers/github-fixture.js';

let github: GitHubFixture;
beforeAll(async () => {
  github = await startGitHubFixture();
});
afterAll(() => github.stop());

test('deployments and their statuses: create, list newest first by environment, older successes go inactive', async () => {
  const client = createGitHubClient({ token: 't', logger: new RecordingLogger(), baseUrl: github.url });
  const repo = { owner: 'octo-org', repo: 'agents' };
  const first = await client.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'prod', auto_merge: false, required_contexts: [], payload: { version: '1' } });
  const firstId = (first.data as { id: number }).id;
  await client.rest.repos.createDeploymentStatus({ ...repo, deployment_id: firstId, state: 'success', log_url: 'https://example.test/run/1' });
  const second = await client.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'prod', auto_merge: false, required_contexts: [] });
  const secondId = (second.data as { id: number }).id;
  await client.rest.repos.createDeploymentStatus({ ...repo, deployment_id: secondId, state: 'success' });
  await client.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'dev', auto_merge: false, required_contexts: [] });

  const prod = await client.rest.repos.listDeployments({ ...repo, environment: 'prod' });
  expect(prod.data.map((d) => d.id)).toEqual([secondId, firstId]);
  expect(prod.data[1]!.payload).toEqual({ version: '1' });
  const statuses = await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: firstId });
  expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
  expect(github.deploymentStatuses(secondId).map((s) => s.state)).toEqual(['success']);
  await expect(client.rest.repos.createDeploymentStatus({ ...repo, deployment_id: 999999, state: 'success' })).rejects.toMatchObject({ status: 404 });
  expect(github.requests.map((r) => `${r.method} ${r.status}`).slice(0, 2)).toEqual(['POST 201', 'POST 201']);
});
