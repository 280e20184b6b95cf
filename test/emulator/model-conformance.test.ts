/**
 * The emulator against AWS's published models: every answer the SDK-client conformance suites
 * (test/emulator/services/) receive is recorded on the wire and checked against botocore's
 * service-2.json for its operation — successes against the output shape, refusals against the
 * error codes and statuses the model lists. botocore comes with the AWS CLI; without it the
 * block is skipped with a notice naming what is missing.
 */
import type { Exchange } from '../../src/emulator/types.js';
import { botocoreDataDir, loadModel, type Findings, type ServiceModel } from '../helpers/botocore-model.js';
import { recordExchanges } from '../helpers/emulator.js';
import { checkRequest } from '../helpers/model-request.js';
import { checkExchange } from '../helpers/model-wire.js';

/** Emulator module → botocore service. The OCI registry has no AWS model. */
const MODEL_OF: Record<string, string> = {
  agentcore: 'bedrock-agentcore-control',
  'agentcore-runtime': 'bedrock-agentcore',
  'agentcore-gateway': 'bedrock-agentcore-control',
  ecr: 'ecr',
  ssm: 'ssm',
  sts: 'sts',
  'cognito-idp': 'cognito-idp',
  cloudwatch: 'cloudwatch',
  cloudformation: 'cloudformation',
  iam: 'iam',
};

/**
 * Where botocore's model is stale or wrong and AWS's documentation decides. Each is a row of
 * "Deviations from the published models" in src/emulator/README.md; a waiver no answer needs
 * any more fails the test, so the list cannot outlive its reasons.
 */
const MODEL_DEFECTS: Array<{ problem: RegExp; why: string }> = [
  { problem: /AgentRuntimeArn's pattern/, why: 'runtime ARNs are runtime/<id> (API reference); the model says agent/<uuid>:<version>' },
  { problem: /AgentRuntimeEndpointArn's pattern/, why: 'endpoint ARNs are runtime/<id>/runtime-endpoint/<name>; the model says agentEndpoint/<uuid>' },
  { problem: /ListAgentRuntime(s|Versions) .*\.description: length 0 is below Description's min 1/, why: 'summaries require description; AWS sends "" when there is none' },
  { problem: /DeleteAgentRuntime .*member agentRuntimeVersion is not in the model/, why: "the SDK's newer model deletes one version (agentRuntimeVersion); botocore's has no such member" },
  {
    problem: /(Create|Update)AgentRuntime accepted a request the model refuses: input: required member networkConfiguration is missing/,
    why: "networkConfiguration is optional in AWS's current model (the SDK's); botocore's older copy requires it",
  },
  { problem: /ssm (GetParameterHistory|LabelParameterVersion) .*Labels: 0 items, below the min 1/, why: 'AWS CLI examples show "Labels": [] and "InvalidLabels": []' },
  {
    problem: /sts AssumeRole \(HTTP 403\) AccessDenied is neither in the model's errors/,
    why: 'AWS refuses an untrusted or missing role with AccessDenied 403 (STS API reference, AssumeRole; IAM troubleshooting); the model lists no such error',
  },
  { problem: /DescribeStackEvents .*ResourceStatus: "UPDATE(_ROLLBACK)?_COMPLETE_CLEANUP_IN_PROGRESS"/, why: "the stack's own events carry stack statuses (AWS CLI describe-stack-events example)" },
];

/** Operations the emulator serves that AWS models nowhere (Cognito's unsigned OIDC documents and OAuth token endpoint, a gateway's own URL). */
const OUTSIDE_THE_MODELS = new Set(['cognito-idp GetOpenIdConfiguration', 'cognito-idp GetJwks', 'cognito-idp Token', 'bedrock-agentcore-control InvokeGateway']);

const dataDir = botocoreDataDir();
const models = new Map<string, ServiceModel>();
const missing: string[] = [];
for (const service of new Set(Object.values(MODEL_OF))) {
  const model = dataDir ? loadModel(dataDir, service) : undefined;
  if (model) models.set(service, model);
  else missing.push(service);
}

if (missing.length > 0) {
  const notice = `botocore models not found (${dataDir ?? 'no botocore: install the AWS CLI or pip install botocore'}): ${missing.join(', ')}; skipping the model conformance test`;
  console.warn(notice);
  describe.skip(notice, () => {
    test('model conformance', () => undefined);
  });
} else {
  const exchanges: Exchange[] = [];
  recordExchanges((exchange) => exchanges.push(exchange));
  // The scenarios themselves: each file registers its describe blocks, which run before ours below.
  await import('./services/agentcore/agentcore.test.js');
  await import('./services/agentcore/invoke.test.js');
  await import('./services/agentcore/gateway/gateway.test.js');
  await import('./services/ecr/ecr.test.js');
  await import('./services/ssm/ssm.test.js');
  await import('./services/sts/sts.test.js');
  await import('./services/cognito/cognito.test.js');
  await import('./services/cloudwatch/cloudwatch.test.js');
  await import('./services/cloudformation/cloudformation.test.js');
  await import('./services/cloudformation/gateway.test.js');
  await import('./services/iam/iam.test.js');

  describe('answers against botocore models', () => {
    const seen = new Map<string, { answers: number; refusals: number }>();
    const findings: Findings = { problems: [], uncompiledPatterns: new Set() };
    const unmodelled = new Set<string>();

    beforeAll(() => {
      for (const exchange of exchanges) {
        const service = MODEL_OF[exchange.service];
        if (!service) continue;
        // "Unknown" is the emulator's answer to an operation it does not have: nothing to look up.
        if (exchange.operation === 'Unknown') continue;
        const key = `${service} ${exchange.operation}`;
        const operation = models.get(service)!.operations[exchange.operation];
        if (!operation) {
          unmodelled.add(key);
          continue;
        }
        const counts = seen.get(key) ?? { answers: 0, refusals: 0 };
        if (exchange.response.status >= 300) counts.refusals++;
        else counts.answers++;
        seen.set(key, counts);
        checkExchange(models.get(service)!, operation, exchange, findings);
        // An accepted request the input shape refuses is validation AWS does and the emulator does not.
        if (exchange.response.status < 300) checkRequest(models.get(service)!, operation, exchange, findings);
      }
      const total = [...seen.values()].reduce((sum, c) => sum + c.answers + c.refusals, 0);
      console.log(
        `model conformance: ${total} answers of ${seen.size} operations checked` +
          (findings.uncompiledPatterns.size ? `; ${findings.uncompiledPatterns.size} model patterns JS cannot compile were not checked` : ''),
      );
    });

    test('the scenarios reached every service the emulator models', () => {
      const services = new Set([...seen.keys()].map((key) => key.split(' ')[0]));
      expect([...new Set(Object.values(MODEL_OF))].filter((service) => !services.has(service))).toEqual([]);
    });

    test('every operation answered is one the model has', () => {
      expect([...unmodelled].filter((key) => !OUTSIDE_THE_MODELS.has(key))).toEqual([]);
    });

    test('every answer and refusal conforms to its operation in the model, or to a documented model defect', () => {
      const undocumented = findings.problems.filter((problem) => !MODEL_DEFECTS.some((defect) => defect.problem.test(problem)));
      // One line per distinct problem, so a deviation shows once however many scenarios hit it.
      expect([...new Set(undocumented)]).toEqual([]);
    });

    test('every documented model defect is still seen in the answers', () => {
      const unused = MODEL_DEFECTS.filter((defect) => !findings.problems.some((problem) => defect.problem.test(problem)));
      expect(unused.map((defect) => defect.why)).toEqual([]);
    });
  });
}
