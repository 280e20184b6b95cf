import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import fc from 'fast-check';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';
import { ROLE_ARN, putImage } from './services/agentcore/fixtures.js';

/**
 * Hostile input to every service: whatever arrives, the emulator answers in the service's own
 * error shape with a 4xx, never a 5xx, never a dropped connection, and keeps serving.
 */
const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

type Kind = 'restJson' | 'json' | 'query' | 'registry';
interface Target {
  service: string;
  kind: Kind;
  /** SigV4 signing name; undefined for the registry, which takes Basic credentials. */
  signing?: string;
  /** X-Amz-Target prefix of the awsJson services. */
  targetPrefix?: string;
  /** Operations (awsJson/query) or "METHOD path" pairs (restJson/registry) the fuzzer aims at. */
  operations: string[];
}

const TARGETS: Target[] = [
  {
    service: 'agentcore',
    kind: 'restJson',
    signing: 'bedrock-agentcore',
    operations: [
      'PUT /runtimes/',
      'POST /runtimes/',
      'PUT /runtimes/{id}',
      'POST /runtimes/{id}/versions/',
      'PUT /runtimes/{id}/runtime-endpoints/',
      'POST /runtimes/{id}/runtime-endpoints/',
      'PUT /runtimes/{id}/runtime-endpoints/DEFAULT',
      'POST /tags/{arn}',
    ],
  },
  { service: 'agentcore-runtime', kind: 'restJson', signing: 'bedrock-agentcore', operations: ['POST /runtimes/{arn}/invocations', 'POST /runtimes/{id}/invocations'] },
  {
    service: 'agentcore-gateway',
    kind: 'restJson',
    signing: 'bedrock-agentcore',
    // Bodies are validated before the gateway is looked up, so a gateway that does not exist still reaches the checks.
    operations: ['POST /gateways/', 'POST /gateways/fuzz-0123456789/targets/', 'POST /gateways/fuzz-0123456789/rules', 'POST /gateway/fuzz-0123456789/invocations'],
  },
  {
    service: 'ecr',
    kind: 'json',
    signing: 'ecr',
    targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
    operations: ['CreateRepository', 'DescribeRepositories', 'DescribeImages', 'BatchGetImage', 'PutImage', 'SetRepositoryPolicy', 'PutLifecyclePolicy', 'TagResource', 'BatchCheckLayerAvailability'],
  },
  {
    service: 'ssm',
    kind: 'json',
    signing: 'ssm',
    targetPrefix: 'AmazonSSM',
    operations: ['PutParameter', 'GetParameter', 'GetParameters', 'GetParametersByPath', 'DescribeParameters', 'LabelParameterVersion', 'AddTagsToResource', 'DeleteParameters'],
  },
  {
    service: 'cognito-idp',
    kind: 'json',
    signing: 'cognito-idp',
    targetPrefix: 'AWSCognitoIdentityProviderService',
    operations: ['CreateUserPool', 'ListUserPools', 'CreateUserPoolClient', 'UpdateUserPoolClient', 'CreateUserPoolDomain', 'DescribeUserPool'],
  },
  {
    service: 'cloudwatch',
    kind: 'json',
    signing: 'monitoring',
    targetPrefix: 'GraniteServiceVersion20100801',
    operations: ['PutMetricAlarm', 'DescribeAlarms', 'SetAlarmState', 'DeleteAlarms', 'DescribeAlarmHistory'],
  },
  { service: 'sts', kind: 'query', signing: 'sts', operations: ['AssumeRole', 'AssumeRoleWithWebIdentity', 'GetCallerIdentity'] },
  {
    service: 'cloudformation',
    kind: 'query',
    signing: 'cloudformation',
    operations: ['CreateStack', 'UpdateStack', 'DescribeStacks', 'ValidateTemplate', 'CreateChangeSet', 'ExecuteChangeSet', 'DescribeStackEvents'],
  },
  { service: 'iam', kind: 'query', signing: 'iam', operations: ['CreateRole', 'GetRole', 'PutRolePolicy', 'ListRoles', 'GetOpenIDConnectProvider'] },
  {
    service: 'registry',
    kind: 'registry',
    operations: ['PUT /v2/fuzz/manifests/latest', 'PUT /v2/fuzz/manifests/{digest}', 'POST /v2/fuzz/blobs/uploads/', 'GET /v2/fuzz/manifests/{garbage}', 'GET /v2/fuzz/blobs/{garbage}', 'GET /v2/{garbage}/tags/list'],
  },
];

const ONE_MB = 'n'.repeat(1024 * 1024);
/** Bytes that are not UTF-8: a lone continuation byte, an overlong encoding, a truncated sequence. */
const INVALID_UTF8 = Buffer.from([0xff, 0xfe, 0x80, 0xc0, 0xaf, 0xe2, 0x82]);
const JSON_TYPES = ['application/json', 'application/x-amz-json-1.1', 'application/x-amz-json-1.0'];
const ODD_TYPES = ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', ''];

let emulator: RunningEmulator;
let basicAuth: string;
let runtimeId: string;
let runtimeArn: string;

useTestEmulator(async (started) => {
  emulator = started;
  const image = putImage(emulator, ACCOUNT, REGION, 'fuzz', 'v1');
  const agentcore = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
  const runtime = await agentcore.send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: 'fuzz_target',
      agentRuntimeArtifact: { containerConfiguration: { containerUri: image.uri } },
      roleArn: ROLE_ARN,
      networkConfiguration: { networkMode: 'PUBLIC' },
    }),
  );
  runtimeId = runtime.agentRuntimeId!;
  runtimeArn = runtime.agentRuntimeArn!;
  agentcore.destroy();
  const ecr = new ECRClient(clientOptions(emulator, ACCOUNT, REGION));
  const { authorizationData } = await ecr.send(new GetAuthorizationTokenCommand({}));
  basicAuth = `Basic ${authorizationData![0]!.authorizationToken!}`;
  ecr.destroy();
});

function signature(service: string): string {
  return `AWS4-HMAC-SHA256 Credential=${ACCOUNT}/20260101/${REGION}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;
}

/** Fills the path placeholders with the seeded runtime, or with garbage. */
function concretePath(template: string, garbage: string): string {
  return template
    .replace('{id}', runtimeId)
    .replace('{arn}', encodeURIComponent(runtimeArn))
    .replace('{digest}', `sha256:${'a'.repeat(64)}`)
    .replace('{garbage}', encodeURIComponent(garbage));
}

interface Probe {
  target: Target;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Sends a probe; a dropped connection rejects, which fails the property. */
async function send(probe: Probe): Promise<{ status: number; errorType: string | undefined }> {
  const bodyAllowed = probe.method !== 'GET' && probe.method !== 'HEAD';
  const response = await fetch(`${emulator.url}${probe.path}`, {
    method: probe.method,
    headers: probe.headers,
    ...(bodyAllowed && probe.body ? { body: probe.body } : {}),
  });
  const text = await response.text();
  return { status: response.status, errorType: errorType(response.headers, text) };
}

/** The error's name wherever the protocol puts it: header, JSON __type/code, XML <Code>, registry errors[].code. */
function errorType(headers: Headers, text: string): string | undefined {
  const header = headers.get('x-amzn-errortype');
  if (header) return header;
  const xml = /<Code>([^<]+)<\/Code>/.exec(text);
  if (xml) return xml[1];
  try {
    const body = JSON.parse(text) as { __type?: string; code?: string; errors?: Array<{ code?: string }> };
    return body.__type ?? body.code ?? body.errors?.[0]?.code;
  } catch {
    return undefined;
  }
}

function summary(probe: Probe): string {
  return `${probe.target.service} ${probe.method} ${probe.path.slice(0, 120)} [${probe.headers['content-type'] ?? ''}] ${probe.body?.subarray(0, 80).toString('utf8') ?? ''}`;
}

function headersFor(target: Target, contentType: string, operation: string | undefined): Record<string, string> {
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  if (target.signing) headers.authorization = signature(target.signing);
  else headers.authorization = basicAuth;
  if (target.targetPrefix && operation !== undefined) headers['x-amz-target'] = `${target.targetPrefix}.${operation}`;
  return headers;
}

function splitRoute(route: string, garbage = ''): { method: string; path: string } {
  const [method, template] = route.split(' ') as [string, string];
  return { method, path: concretePath(template, garbage) };
}

const targetArb = fc.constantFrom(...TARGETS);
const garbageText = fc.string({ unit: 'binary', maxLength: 40 });
/** Deep nesting: a top-level array, which no JSON operation accepts as its input. */
const deepArray = fc.integer({ min: 1, max: 20_000 }).map((depth) => Buffer.from('['.repeat(depth) + ']'.repeat(depth)));
/** JSON cut short, or carrying bytes that are not UTF-8. */
const brokenJson = fc.oneof(
  fc.json().map((text) => Buffer.from(text.length > 1 ? text.slice(0, -1) + '{' : '{"')),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.concat([Buffer.from('{"Name": "'), INVALID_UTF8, Buffer.from(bytes), Buffer.from('"')])),
  fc.constant(Buffer.concat([INVALID_UTF8, INVALID_UTF8])),
  fc.constant(Buffer.from(`{"name": "${ONE_MB}`)),
);

/** Requests that are wrong whatever their details: each must be refused with a 4xx naming an error. */
const malformedProbe: fc.Arbitrary<Probe> = targetArb.chain((target): fc.Arbitrary<Probe> => {
  const contentType = fc.constantFrom(...JSON_TYPES, ...ODD_TYPES);
  switch (target.kind) {
    case 'json':
      return fc.oneof(
        // A real operation with a body that is not a JSON object.
        fc.record({ operation: fc.constantFrom(...target.operations), body: fc.oneof(brokenJson, deepArray), contentType }).map(({ operation, body, contentType }) => ({
          target,
          method: 'POST',
          path: '/',
          headers: headersFor(target, contentType, operation),
          body,
        })),
        // An operation the service does not have, or a target of another service.
        fc.record({ operation: fc.string({ maxLength: 30 }).map((s) => `Fuzz${s}`), body: fc.json().map((t) => Buffer.from(t)), contentType }).map(({ operation, body, contentType }) => ({
          target,
          method: 'POST',
          path: '/',
          headers: headersFor(target, contentType, operation),
          body,
        })),
        // No target at all, or another HTTP method.
        fc.record({ method: fc.constantFrom('GET', 'PUT', 'DELETE', 'POST'), path: garbageText.map((s) => `/${encodeURIComponent(s)}`) }).map(({ method, path }) => ({
          target,
          method,
          path,
          headers: headersFor(target, 'application/x-amz-json-1.1', undefined),
          body: Buffer.from('{}'),
        })),
      );
    case 'query':
      return fc
        .record({
          action: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 }).map((s) => `Fuzz${s}`)),
          extra: fc.oneof(fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), brokenJson, fc.constant(Buffer.from(`Name=${ONE_MB}`))),
          contentType,
        })
        // Random bytes never spell a real Action here: the prefix makes every Action unknown.
        .filter(({ extra }) => !extra.toString('latin1').includes('Action='))
        .map(({ action, extra, contentType }) => ({
          target,
          method: 'POST',
          path: '/',
          headers: headersFor(target, contentType, undefined),
          body: Buffer.concat([Buffer.from(action !== undefined ? `Action=${encodeURIComponent(action)}&Version=2011-06-15&` : ''), extra]),
        }));
    case 'restJson':
      return fc.oneof(
        // Real routes whose bodies are not JSON objects (the List operations, POSTs under
        // /runtimes, read only the query string, and an invocation payload may be anything, so the data
        // plane gets a bad qualifier or session id instead).
        target.service === 'agentcore'
          ? fc.record({ route: fc.constantFrom(...target.operations.filter((r) => !r.startsWith('POST /runtimes'))), body: fc.oneof(brokenJson, deepArray), contentType }).map(({ route, body, contentType }) => ({
              target,
              ...splitRoute(route),
              headers: headersFor(target, contentType, undefined),
              body,
            }))
          : fc
              .record({ route: fc.constantFrom(...target.operations), qualifier: garbageText.filter((q) => !/^[a-zA-Z0-9_]+$/.test(q)), session: fc.string({ maxLength: 32 }), body: brokenJson })
              .chain(({ route, qualifier, session, body }) =>
                fc.constantFrom(
                  { target, ...splitRoute(route), headers: headersFor(target, 'application/octet-stream', undefined), body, query: `?qualifier=${encodeURIComponent(qualifier)}` },
                  { target, ...splitRoute(route), headers: { ...headersFor(target, 'application/octet-stream', undefined), 'x-amzn-bedrock-agentcore-runtime-session-id': session.replace(/[^\x20-\x7e]/g, '') }, body, query: '' },
                ),
              )
              .map(({ query, ...probe }) => ({ ...probe, path: probe.path + query })),
        // Paths no operation has, including bad percent-encoding and 1 MB labels.
        fc
          .record({
            method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH'),
            path: fc.oneof(
              garbageText.map((s) => `/zz/${encodeURIComponent(s)}`),
              fc.constant('/runtimes/%E0%A4%A/versions/%zz'),
              fc.constant(`/runtimes/${ONE_MB}/runtime-endpoints/x/y`),
              fc.constant(`/runtimes/${runtimeId}/unknown`),
            ),
          })
          .map(({ method, path }) => ({ target, method, path, headers: headersFor(target, 'application/json', undefined), body: Buffer.from('{}') })),
      );
    case 'registry':
      return fc.oneof(
        // Manifests that are not manifests, pushed with a valid token.
        fc.record({ route: fc.constantFrom(target.operations[0]!, target.operations[1]!), body: fc.oneof(brokenJson, deepArray, fc.json().map((t) => Buffer.from(t))), contentType }).map(({ route, body, contentType }) => ({
          target,
          ...splitRoute(route),
          headers: headersFor(target, contentType, undefined),
          body,
        })),
        // References and paths that are wrong, with a valid token.
        fc.record({ route: fc.constantFrom(...target.operations.slice(3)), garbage: garbageText }).map(({ route, garbage }) => ({
          target,
          ...splitRoute(route, `zz${garbage}`),
          headers: headersFor(target, '', undefined),
        })),
        fc.record({ method: fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'POST'), path: garbageText.map((s) => `/v2/${encodeURIComponent(s)}/zz/${encodeURIComponent(s)}`) }).map(({ method, path }) => ({
          target,
          method,
          path,
          headers: headersFor(target, '', undefined),
          body: Buffer.from('x'),
        })),
        // Credentials that are not an ECR token.
        fc.record({ route: fc.constantFrom(...target.operations), auth: fc.oneof(garbageText, garbageText.map((s) => `Basic ${Buffer.from(`AWS:${s}`).toString('base64')}`)) }).map(({ route, auth }) => ({
          target,
          ...splitRoute(route, 'x'),
          headers: { authorization: auth.replace(/[^\t\x20-\x7e]/g, '') },
          body: Buffer.from('{}'),
        })),
      );
  }
});

/** Well-formed JSON with hostile member values, to real operations: any refusal names its error; none is a 5xx. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constant(ONE_MB),
  fc.constant(INVALID_UTF8.toString('latin1')),
  fc.integer({ min: 1, max: 2000 }).map((depth) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown),
);
const memberNames = ['Name', 'Names', 'Value', 'Type', 'Tier', 'Path', 'Filters', 'ParameterFilters', 'MaxResults', 'NextToken', 'repositoryName', 'imageIds', 'imageManifest', 'policyText', 'lifecyclePolicyText', 'tags', 'Tags', 'PoolName', 'UserPoolId', 'ClientName', 'ClientId', 'AllowedOAuthFlows', 'Domain', 'AlarmName', 'AlarmNames', 'StateValue', 'MetricName', 'agentRuntimeName', 'agentRuntimeArtifact', 'roleArn', 'networkConfiguration', 'environmentVariables', 'agentRuntimeVersion', 'name', 'description', 'maxResults', 'nextToken', 'clientToken'];
const hostileObject = fc.dictionary(fc.constantFrom(...memberNames), hostileValue, { maxKeys: 5 });

const hostileProbe: fc.Arbitrary<Probe> = fc.record({ target: targetArb, object: hostileObject, raw: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.oneof(brokenJson, deepArray), weight: 1 }), pick: fc.nat(), text: garbageText }).map(({ target, object, raw, pick, text }): Probe => {
  const operation = target.operations[pick % target.operations.length]!;
  const body = raw ?? Buffer.from(JSON.stringify(object));
  if (target.kind === 'json') return { target, method: 'POST', path: '/', headers: headersFor(target, JSON_TYPES[1]!, operation), body };
  if (target.kind === 'query') {
    const form = new URLSearchParams({ Action: operation, Version: '2011-06-15' });
    for (const [key, value] of Object.entries(object)) form.set(key, typeof value === 'string' ? value : JSON.stringify(value) ?? '');
    return { target, method: 'POST', path: '/', headers: headersFor(target, 'application/x-www-form-urlencoded', undefined), body: Buffer.from(form.toString()) };
  }
  return { target, ...splitRoute(operation, text), headers: headersFor(target, 'application/json', undefined), body };
});

/** Runs probes one after another (fast-check runs async properties sequentially). */
function fuzz(name: string, probes: fc.Arbitrary<Probe>, numRuns: number, check: (result: { status: number; errorType: string | undefined }, probe: Probe) => void) {
  test(`${name} (${numRuns} requests)`, async () => {
    // fc.check rather than fc.assert: a counterexample holds megabytes, the summary says enough.
    const details = await fc.check(
      fc.asyncProperty(probes, async (probe) => {
        const result = await send(probe);
        try {
          check(result, probe);
        } catch (error) {
          throw new Error(`${summary(probe)} -> ${result.status} ${result.errorType ?? '(no error type)'}: ${(error as Error).message.split('\n')[0]}`);
        }
      }),
      { numRuns, endOnFailure: true },
    );
    if (details.failed) throw new Error(`seed ${details.seed}: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
    expect((await control<{ status: string }>(emulator, 'GET', 'health')).status).toBe('ok');
  }, 60_000);
}

fuzz('malformed requests to every service are refused with a 4xx naming the error', malformedProbe, 300, ({ status, errorType }) => {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(errorType).toEqual(expect.any(String));
});

fuzz('hostile member values never produce a 5xx, and every refusal names its error', hostileProbe, 200, ({ status, errorType }) => {
  expect(status).toBeLessThan(500);
  if (status >= 400) expect(errorType).toEqual(expect.any(String));
});

test('a request for an unknown signing name or with no credentials at all is refused in AWS shape', async () => {
  for (const headers of [{ authorization: signature('fuzz-service') }, {} as Record<string, string>]) {
    const response = await fetch(`${emulator.url}/anything`, { method: 'POST', headers, body: INVALID_UTF8 });
    expect(response.status === 400 || response.status === 403).toBe(true);
    expect(errorType(response.headers, await response.text())).toMatch(/UnknownServiceException|MissingAuthenticationTokenException/);
  }
});

test('an injected registry throttle is a 429 TOOMANYREQUESTS that registry clients retry', async () => {
  await control(emulator, 'POST', 'faults', { service: 'registry', kind: 'throttle', count: 1 });
  const response = await fetch(`${emulator.url}/v2/`, { headers: { authorization: basicAuth } });
  expect(response.status).toBe(429);
  expect(((await response.json()) as { errors: Array<{ code: string }> }).errors[0]!.code).toBe('TOOMANYREQUESTS');
  expect((await fetch(`${emulator.url}/v2/`, { headers: { authorization: basicAuth } })).status).toBe(200);
});

test('the request log names the account and region of a registry request from its token', async () => {
  await control(emulator, 'DELETE', 'requests');
  await fetch(`${emulator.url}/v2/fuzz/tags/list`, { headers: { authorization: basicAuth } });
  await fetch(`${emulator.url}/v2/fuzz/tags/list`);
  const log = await control<Array<{ account: string; region: string; operation: string }>>(emulator, 'GET', 'requests?service=registry');
  expect(log.map((r) => `${r.operation} ${r.account}/${r.region}`)).toEqual([`ListTags ${ACCOUNT}/${REGION}`, 'ListTags 000000000000/us-east-1']);
});
