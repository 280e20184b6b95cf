/**
 * The demo's story: the whole pipeline of examples/agentcore.json (blue-green, and prod by canary) against an
 * in-process emulator, every action run from dist/ as a process, and the failures a team
 * meets (bad version, alarm during bake, manual rollback, drift) provoked on purpose.
 * Each step states what it expects; the report says whether it happened.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BedrockAgentCoreControlClient, GetAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudWatchClient, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { gatewayName } from '../core/naming.js';
import { writeOciLayout } from '../core/registry/index.js';
import { startEmulator, type RunningEmulator } from '../emulator/server.js';
import { runDistAction, type ActionRun } from '../testing/action-process.js';
import { startGitHubFixture, type GitHubFixture } from '../testing/github-fixture.js';
import { exampleAgentImage } from '../testing/example-agent.js';
import { canaryStory } from './canary.js';
import { explainDrift, type DriftFinding } from './drift-explanations.js';
import { changeVariableByHand, demoEnvironments, setUpPlatform } from './platform.js';
import { canBuildWithBuildah } from './preflight.js';

/** The parts of examples/agentcore.json the story reads and edits. */
type Variables = { environment_variables?: Record<string, string> };
type DemoConfig = { environments: Record<string, Variables & { region?: string; account_id?: string; agent_runtimes?: Record<string, Variables> }> };

export interface DemoEnvironment {
  name: string;
  account: string;
  region: string;
}

/** What one step expected and what it saw. */
export interface StepResult {
  /** Two-digit order, also the prefix of its file in the output directory. */
  number: string;
  /** kebab-case, for the file name. */
  slug: string;
  title: string;
  expected: string;
  observed: string;
  ok: boolean;
  /** The step's own time: its action's run, or for a check, since the step before it ended. */
  seconds: number;
  run?: ActionRun;
  /** Why the step saw what it saw, for a newcomer (the drift step's findings). */
  explanation?: string[];
  /** Markdown written to <number>-<slug>.md: the job summary, or the pull-request comment. */
  markdown: string;
}

export interface DemoOptions {
  /** Called as each step finishes, so the log streams. */
  onStep: (step: StepResult) => void;
  /** Progress lines between steps. */
  onNote: (text: string) => void;
}

/** Two levels up from src/demo/ and from dist/demo/ (the bundle) alike. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');
const RUNTIME = 'support-bot';
const ALARM = 'support-bot-errors';
const SECRET = '/demo/support-bot/api-key';
const READER_ROLE = 'agentcore-demo-reader';
const PULL_REQUEST = 7;
/** The key of global_resources.gateways prod's canary goes through. */
const GATEWAY_KEY = 'front';
/** The config bakes 6 s; promotions that are not about the bake take half that, to keep the demo under a minute. */
const QUICK_BAKE_MINUTES = '0.05';
/** Short enough for a one-minute demo, long enough to watch CREATING → READY go by. */
const PROVISIONING_DELAY_MS = 300;

export async function runDemo(options: DemoOptions): Promise<StepResult[]> {
  const workspace = mkdtempSync(join(tmpdir(), 'agentcore-demo-'));
  const configPath = join(workspace, 'agentcore.json');
  cpSync(join(repoRoot, 'examples', 'agentcore.json'), configPath);
  cpSync(join(repoRoot, 'examples', 'agent'), join(workspace, 'agent'), { recursive: true });
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as DemoConfig;
  const [dev, staging, prod] = demoEnvironments(config) as [DemoEnvironment, DemoEnvironment, DemoEnvironment];

  const emulator = await startEmulator({ port: 0 });
  emulator.state.settings.provisioningDelayMs = PROVISIONING_DELAY_MS;
  const github = await startGitHubFixture();
  options.onNote(`emulator on ${emulator.url}, GitHub REST fixture on ${github.url}, workspace ${workspace}`);
  const results: StepResult[] = [];
  try {
    await story({ ...options, results, emulator, github, workspace, configPath, config, dev, staging, prod });
  } catch (error) {
    // A step whose predecessor failed may have nothing to work on: stop, but keep what happened.
    const step: StepResult = {
      number: String(results.length + 1).padStart(2, '0'),
      slug: 'aborted',
      title: 'demo aborted',
      expected: 'every step runs',
      observed: error instanceof Error ? error.message : String(error),
      ok: false,
      seconds: 0,
      markdown: '',
    };
    results.push(step);
    options.onStep(step);
  } finally {
    await github.stop();
    await emulator.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
  return results;
}

interface StoryContext extends DemoOptions {
  results: StepResult[];
  emulator: RunningEmulator;
  github: GitHubFixture;
  workspace: string;
  configPath: string;
  config: DemoConfig;
  dev: DemoEnvironment;
  staging: DemoEnvironment;
  prod: DemoEnvironment;
}

async function story(ctx: StoryContext): Promise<void> {
  const { emulator, github, workspace, dev, staging, prod, results } = ctx;
  const clientConfig = (env: DemoEnvironment) => ({
    endpoint: emulator.url,
    region: env.region,
    maxAttempts: 1,
    credentials: { accessKeyId: env.account, secretAccessKey: 'demo' },
  });
  const control = (env: DemoEnvironment) => new BedrockAgentCoreControlClient(clientConfig(env));

  const runSeconds = new Map<ActionRun, number>();
  // Each phase of the story is its own workflow run, as on GitHub: actions tell a re-run from a new run by its id.
  let runId = 4200;
  const newWorkflowRun = () => runId++;
  /** Runs one action for an environment, with that environment's credentials: the account id as access key. */
  const act = async (name: string, env: DemoEnvironment, inputs: Record<string, string>, extra: { onStdout?: (chunk: string) => void; pullRequest?: number } = {}) => {
    const started = Date.now();
    const run = await runDistAction(name, {
      cwd: workspace,
      inputs: { 'config-file': 'agentcore.json', ...inputs },
      env: {
        ...github.actionEnv(extra.pullRequest !== undefined ? { pullRequest: extra.pullRequest } : {}),
        AWS_ENDPOINT_URL: emulator.url,
        AWS_ACCESS_KEY_ID: env.account,
        AWS_SECRET_ACCESS_KEY: 'demo',
        AWS_REGION: env.region,
        AWS_DEFAULT_REGION: env.region,
        GITHUB_RUN_ID: String(runId),
      },
      ...(extra.onStdout ? { onStdout: extra.onStdout } : {}),
    });
    // Jobs run side by side (setup-env, sync-config), so each step is timed by its own run.
    runSeconds.set(run, (Date.now() - started) / 1000);
    return run;
  };

  let stepStarted = Date.now();
  const record = (
    slug: string,
    title: string,
    expected: string,
    outcome: { ok: boolean; observed: string; run?: ActionRun; markdown?: string; explanation?: string[] },
  ) => {
    const step: StepResult = {
      number: String(results.length + 1).padStart(2, '0'),
      slug,
      title,
      expected,
      observed: outcome.observed,
      ok: outcome.ok,
      seconds: (outcome.run && runSeconds.get(outcome.run)) ?? (Date.now() - stepStarted) / 1000,
      ...(outcome.run ? { run: outcome.run } : {}),
      ...(outcome.explanation ? { explanation: outcome.explanation } : {}),
      markdown: outcome.markdown ?? outcome.run?.summary ?? '',
    };
    results.push(step);
    ctx.onStep(step);
    stepStarted = Date.now();
    return step;
  };
  const exit = (run: ActionRun) => `exit ${run.code}`;
  const succeeded = (run: ActionRun) => run.code === 0;

  const liveVersion = async (env: DemoEnvironment, runtimeId: string) =>
    (await control(env).send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }))).liveVersion ?? '';

  /** Sets a variable of dev's runtime (`environment` undefined) or of an environment, in the workspace's config. */
  const setVariable = (name: string, value: string, environment?: string) => {
    const owner = environment ? ctx.config.environments[environment] : ctx.config.environments.dev?.agent_runtimes?.[RUNTIME];
    if (!owner) throw new Error(`examples/agentcore.json: ${environment ? `environments.${environment}` : `environments.dev.agent_runtimes.${RUNTIME}`} is missing`);
    owner.environment_variables = { ...owner.environment_variables, [name]: value };
    writeFileSync(ctx.configPath, JSON.stringify(ctx.config, null, 2));
  };

  // What a platform team has before the first run.
  const readerRoleArn = await setUpPlatform(clientConfig, [dev, staging, prod], {
    secret: SECRET,
    alarm: ALARM,
    readerRole: { name: READER_ROLE, readFrom: staging, readBy: prod },
  });
  ctx.onNote(`seeded ${SECRET} (SecureString) and alarm ${ALARM} in ${[dev, staging, prod].map((e) => `${e.account}/${e.region}`).join(', ')}`);
  ctx.onNote(`created ${readerRoleArn}, trusting account ${prod.account}: prod's deploy reads staging through it`);

  // 1. Environments: the pipeline's first run.
  newWorkflowRun();
  // Three GitHub environments, three jobs side by side; their logs print in order.
  const setups = await Promise.all([dev, staging, prod].map((env) => act('setup-env', env, { environment: env.name })));
  for (const [index, env] of [dev, staging, prod].entries()) {
    const run = setups[index]!;
    record(`setup-env-${env.name}`, `setup-env ${env.name}`, `${env.name} provisioned in ${env.account}/${env.region}`, {
      ok: succeeded(run) && run.outputs['account-id'] === env.account && run.outputs.region === env.region,
      observed: `${exit(run)}, account ${run.outputs['account-id'] ?? '?'}, region ${run.outputs.region ?? '?'}`,
      run,
    });
  }

  // 2. One image, built once.
  const buildah = canBuildWithBuildah();
  let buildInputs: Record<string, string>;
  if (buildah) {
    buildInputs = { builder: 'buildah', context: 'agent' };
  } else {
    // The same image the Dockerfile describes, assembled in process.
    await writeOciLayout(join(workspace, 'agent-layout'), await exampleAgentImage(join(workspace, 'agent')));
    buildInputs = { builder: 'oci-layout', 'oci-layout': 'agent-layout' };
  }
  const build = await act('build-push', dev, { environment: dev.name, ...buildInputs });
  const imageUri = build.outputs['image-uri'] ?? '';
  record('build-push', `build-push (${buildInputs.builder})`, 'image pushed to dev by digest', {
    ok: succeeded(build) && /@sha256:[0-9a-f]{64}$/.test(imageUri),
    observed: `${exit(build)}, ${imageUri ? imageUri.replace(/@sha256:(.{12}).*$/, '@sha256:$1…') : 'no image-uri'}, pushed ${build.outputs.pushed ?? '?'}`,
    run: build,
  });

  // 3. Through the environments, by digest.
  const deploy = async (env: DemoEnvironment, inputs: Record<string, string>, expected: string, slug = `deploy-${env.name}`) => {
    const run = await act('deploy-version', env, { environment: env.name, ...inputs });
    record(slug, `deploy-version ${env.name}`, expected, {
      ok: succeeded(run) && run.outputs.created === 'true',
      observed: `${exit(run)}, version ${run.outputs.version ?? '?'}, created ${run.outputs.created ?? '?'}`,
      run,
    });
    return run;
  };
  const promote = async (env: DemoEnvironment, version: string, slug = `promote-${env.name}`) => {
    const run = await act('promote-endpoint', env, { environment: env.name, version, 'bake-minutes': QUICK_BAKE_MINUTES });
    record(slug, `promote-endpoint ${env.name}`, `live → version ${version}`, {
      ok: succeeded(run) && run.outputs.version === version && run.outputs.changed === 'true',
      observed: `${exit(run)}, live ${run.outputs.version ?? '?'}, changed ${run.outputs.changed ?? '?'}`,
      run,
    });
    return run;
  };

  const devDeploy = await deploy(dev, { 'image-uri': imageUri }, 'a new version in dev');
  const runtimeId = devDeploy.outputs['agent-runtime-id'] ?? '';
  const goodVersion = devDeploy.outputs.version ?? '';
  await promote(dev, goodVersion);
  const stagingDeploy = await deploy(staging, { 'image-uri': imageUri }, 'dev image copied to staging, same digest');
  await promote(staging, stagingDeploy.outputs.version ?? '');
  const prodDeploy = await deploy(
    prod,
    { 'from-environment': staging.name, 'from-role-arn': readerRoleArn },
    'what staging serves, copied to prod',
  );
  // prod's managed Cognito makes its runtime accept JWT bearer tokens only: the smoke test takes one from the pool's app client.
  await promote(prod, prodDeploy.outputs.version ?? '', 'promote-prod');
  const digest = imageUri.slice(imageUri.indexOf('@'));
  const sameDigest = [stagingDeploy, prodDeploy].every((run) => run.outputs['image-uri']?.endsWith(digest));
  record('same-digest', 'one digest everywhere', 'dev, staging and prod run the same digest', {
    ok: sameDigest,
    observed: [devDeploy, stagingDeploy, prodDeploy].map((run) => run.outputs['image-uri']?.replace(/^[^@]*@sha256:(.{12}).*$/, '$1…') ?? '?').join(', '),
    markdown: `Every environment runs \`${digest}\`.\n`,
  });

  // prod by canary: a prod-only setting makes a new version, which goes through the gateway's steps.
  newWorkflowRun();
  setVariable('RELEASE_CHANNEL', 'stable', prod.name);
  const prodNext = await deploy(prod, { 'from-environment': staging.name, 'from-role-arn': readerRoleArn }, 'a new prod version (a prod-only setting)', 'deploy-prod-next');
  await canaryStory(
    {
      control: control(prod),
      runtimeId: prodDeploy.outputs['agent-runtime-id'] ?? '',
      gateway: gatewayName(prod.name, GATEWAY_KEY),
      promote: (inputs) => act('promote-endpoint', prod, { environment: prod.name, ...inputs }),
      setAlarm: (state, reason) => new CloudWatchClient(clientConfig(prod)).send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: state, StateReason: reason })),
      record,
      note: ctx.onNote,
      newWorkflowRun,
    },
    prodNext.outputs.version ?? '',
    prodDeploy.outputs.version ?? '',
  );

  // 4. Recorded state.
  newWorkflowRun();
  // One account's credentials reach one environment, so a workflow syncs each with its own role.
  const syncs = await Promise.all([dev, staging, prod].map((env) => act('sync-config', env, { environments: env.name })));
  for (const [index, env] of [dev, staging, prod].entries()) {
    const sync = syncs[index]!;
    record(`sync-config-${env.name}`, `sync-config ${env.name}`, `config copied to SSM in ${env.name}`, {
      ok: succeeded(sync),
      observed: `${exit(sync)}, written ${sync.outputs.written ?? '?'}`,
      run: sync,
    });
  }

  // 5. A bad version: a second build of the agent with a real defect (it reads the payload's
  // "input", so every invocation fails with a KeyError); the smoke test on the candidate catches it.
  newWorkflowRun();
  await writeOciLayout(join(workspace, 'agent-layout-defective'), await exampleAgentImage(join(workspace, 'agent'), 'defective'));
  // A later commit, so its own tag: the repository's tags are immutable.
  const badBuild = await act('build-push', dev, { environment: dev.name, builder: 'oci-layout', 'oci-layout': 'agent-layout-defective', tag: 'next-commit' });
  const badImageUri = badBuild.outputs['image-uri'] ?? '';
  record('build-push-defective', 'build-push (defective build)', 'a second image pushed to dev', {
    ok: succeeded(badBuild) && /@sha256:[0-9a-f]{64}$/.test(badImageUri) && badImageUri !== imageUri,
    observed: `${exit(badBuild)}, ${badImageUri ? badImageUri.replace(/@sha256:(.{12}).*$/, '@sha256:$1…') : 'no image-uri'}`,
    run: badBuild,
  });
  const bad = await deploy(dev, { 'image-uri': badImageUri }, 'a new version (defective build)', 'deploy-dev-bad');
  const badVersion = bad.outputs.version ?? '';
  const smoke = await act('promote-endpoint', dev, { environment: dev.name, version: badVersion });
  const liveAfterSmoke = await liveVersion(dev, runtimeId);
  record('promote-dev-bad', 'promote-endpoint dev (bad version)', `smoke test fails, live stays ${goodVersion}`, {
    ok: smoke.code !== 0 && liveAfterSmoke === goodVersion,
    observed: `${exit(smoke)}, live ${liveAfterSmoke}`,
    run: smoke,
  });

  // 6. A good version (the first build, new config), but the alarm fires during bake: set it as soon as live moves.
  newWorkflowRun();
  setVariable('PROMPT_STYLE', 'friendly');
  const fixed = await deploy(dev, { 'image-uri': imageUri }, 'a new version (good build, new env var)', 'deploy-dev-fixed');
  const fixedVersion = fixed.outputs.version ?? '';
  const cloudwatch = new CloudWatchClient(clientConfig(dev));
  const setAlarm = (state: 'ALARM' | 'OK', reason: string) => cloudwatch.send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: state, StateReason: reason }));
  let alarmSet = false;
  const watcher = (async () => {
    for (let i = 0; i < 600 && !alarmSet; i++) {
      if ((await liveVersion(dev, runtimeId)) === fixedVersion) {
        await setAlarm('ALARM', 'Demo: error rate above threshold during bake');
        alarmSet = true;
        ctx.onNote(`live serves ${fixedVersion}: alarm ${ALARM} set to ALARM`);
      } else {
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  })();
  const baked = await act('promote-endpoint', dev, { environment: dev.name, version: fixedVersion });
  alarmSet = true;
  await watcher;
  const liveAfterBake = await liveVersion(dev, runtimeId);
  record('promote-dev-alarm', 'promote-endpoint dev (alarm during bake)', `rolled back to ${goodVersion}`, {
    ok: baked.code !== 0 && baked.outputs['rolled-back'] === 'true' && liveAfterBake === goodVersion,
    observed: `${exit(baked)}, rolled-back ${baked.outputs['rolled-back'] ?? '?'}, live ${liveAfterBake}`,
    run: baked,
  });
  await setAlarm('OK', 'Demo: recovered');

  // 7. The alarm cleared: promote again, then an on-call engineer rolls back by hand.
  newWorkflowRun();
  await promote(dev, fixedVersion, 'promote-dev-again');
  newWorkflowRun();
  const manual = await act('rollback', dev, { environment: dev.name, reason: 'Demo: on-call rollback after customer reports' });
  const liveAfterRollback = await liveVersion(dev, runtimeId);
  record('rollback-dev', 'rollback dev (manual)', `live back on ${goodVersion}, skipping the rolled-back promotion`, {
    ok: succeeded(manual) && manual.outputs.version === goodVersion && liveAfterRollback === goodVersion,
    observed: `${exit(manual)}, version ${manual.outputs.version ?? '?'}, live ${liveAfterRollback}`,
    run: manual,
  });

  // 8. Someone changes prod by hand; drift-check finds it on the next pull request.
  const changed = await changeVariableByHand(control(prod), prodDeploy.outputs['agent-runtime-id'] ?? '', 'LOG_LEVEL', 'debug');
  ctx.onNote(`out of band: UpdateAgentRuntime on ${changed} in prod with LOG_LEVEL=debug`);
  newWorkflowRun();
  const drift = await act('drift-check', prod, { environments: prod.name, comment: 'auto', 'github-token': 'demo-token' }, { pullRequest: PULL_REQUEST });
  const comment = github.comments(PULL_REQUEST).at(-1)?.body ?? '';
  const report = drift.outputs['report-file'] ? (JSON.parse(readFileSync(resolve(workspace, drift.outputs['report-file']), 'utf8')) as { environments: Array<{ findings: DriftFinding[] }> }) : undefined;
  const explained = explainDrift(report?.environments.flatMap((environment) => environment.findings) ?? []);
  record('drift-check', 'drift-check (pull request)', 'drift found in prod, each finding explained, PR comment written', {
    ok: succeeded(drift) && drift.outputs.drifted === 'true' && comment.includes('prod') && report !== undefined && explained.unexplained.length === 0,
    observed:
      `${exit(drift)}, drifted ${drift.outputs.drifted ?? '?'}, ${drift.outputs['drift-count'] ?? '?'} finding(s)` +
      `${explained.unexplained.length ? ` (${explained.unexplained.join('; ')})` : ', each explained'}, ${comment ? 'comment on #' + PULL_REQUEST : 'no comment'}`,
    run: drift,
    explanation: explained.lines,
  });
  record('pr-comment', `pull-request comment on #${PULL_REQUEST}`, 'one sticky comment', {
    ok: github.comments(PULL_REQUEST).length === 1,
    observed: `${github.comments(PULL_REQUEST).length} comment(s)`,
    markdown: comment,
  });
}
