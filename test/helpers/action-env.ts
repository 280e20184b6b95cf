/** The environment a runner gives a step, pointed at the emulator: shared by the process-level tests. */
import { FIXTURE_SHA } from '../../src/testing/github-fixture.js';

/** The AWS part: the emulator as the SDK's endpoint and a key id that is `account` there. */
export function emulatorAwsEnv(emulator: { url: string }, account: string, secret = 'x'): Record<string, string> {
  return { AWS_ENDPOINT_URL: emulator.url, AWS_ACCESS_KEY_ID: account, AWS_SECRET_ACCESS_KEY: secret };
}

/** The GitHub part: run `runId` of octo/agents at `sha`, started by octocat. */
export function githubRunEnv(runId = '4242', sha = FIXTURE_SHA): Record<string, string> {
  return { GITHUB_SHA: sha, GITHUB_REPOSITORY: 'octo/agents', GITHUB_RUN_ID: runId, GITHUB_ACTOR: 'octocat', GITHUB_SERVER_URL: 'https://github.com' };
}

/** Both, with `extra` over them; the run id is always `runId`, so a re-run test cannot lose it to `extra`. */
export function actionEnv(emulator: { url: string }, account: string, runId = '4242', extra: Record<string, string> = {}): Record<string, string> {
  return { ...emulatorAwsEnv(emulator, account), ...githubRunEnv(runId), ...extra, GITHUB_RUN_ID: runId };
}
