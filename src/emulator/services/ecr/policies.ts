import { AwsError } from '../../types.js';
import type { JsonHandler } from '../../protocols/json-rpc.js';
import type { EcrRepository } from './store.js';
import { invalid, reader, resolve } from './inputs.js';

/** Repository policies and lifecycle policies: validated as ECR validates them, stored, never applied. */

function validPolicy(text: string, member: string, check: (policy: Record<string, unknown>) => string | undefined): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(member, 'Invalid JSON syntax');
  }
  const problem = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? check(parsed as Record<string, unknown>) : 'must be a JSON object';
  if (problem) throw invalid(member, problem);
}

function repositoryPolicyProblem(policy: Record<string, unknown>): string | undefined {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
  if (statements.length === 0) return 'Invalid repository policy provided';
  const bad = statements.some((s: unknown) => {
    const statement = s as Record<string, unknown> | null;
    return !statement || (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') || !statement.Action || !statement.Principal;
  });
  return bad ? 'Invalid repository policy provided' : undefined;
}

function lifecyclePolicyProblem(policy: Record<string, unknown>): string | undefined {
  const rules = policy.rules;
  if (!Array.isArray(rules) || rules.length === 0) return 'Lifecycle policy validation failure: object has missing required properties (["rules"])';
  const priorities = new Set<unknown>();
  for (const raw of rules as Array<Record<string, unknown> | null>) {
    const rule = raw ?? {};
    const selection = (rule.selection ?? {}) as Record<string, unknown>;
    const action = (rule.action ?? {}) as Record<string, unknown>;
    if (!Number.isInteger(rule.rulePriority) || (rule.rulePriority as number) < 1) return 'Lifecycle policy validation failure: rulePriority must be an integer >= 1';
    if (priorities.has(rule.rulePriority)) return `Lifecycle policy validation failure: rulePriority ${String(rule.rulePriority)} is used by more than one rule`;
    priorities.add(rule.rulePriority);
    if (!['tagged', 'untagged', 'any'].includes(String(selection.tagStatus))) return 'Lifecycle policy validation failure: selection.tagStatus must be tagged, untagged or any';
    if (!['imageCountMoreThan', 'sinceImagePushed'].includes(String(selection.countType))) {
      return 'Lifecycle policy validation failure: selection.countType must be imageCountMoreThan or sinceImagePushed';
    }
    if (!Number.isInteger(selection.countNumber) || (selection.countNumber as number) < 1) return 'Lifecycle policy validation failure: selection.countNumber must be an integer >= 1';
    if (selection.countType === 'sinceImagePushed' && selection.countUnit !== 'days') return 'Lifecycle policy validation failure: selection.countUnit must be days for sinceImagePushed';
    if (selection.tagStatus === 'tagged' && !Array.isArray(selection.tagPrefixList) && !Array.isArray(selection.tagPatternList)) {
      return 'Lifecycle policy validation failure: tagPrefixList or tagPatternList is required when tagStatus is tagged';
    }
    if (action.type !== 'expire') return 'Lifecycle policy validation failure: action.type must be expire';
  }
  return undefined;
}

/** One kind of policy a repository holds, and its put, get and delete operations. */
interface PolicyKind {
  /** The request and response member, which is also the repository's field. */
  member: 'policyText' | 'lifecyclePolicyText';
  /** The member as validation messages name it. */
  label: string;
  problem: (policy: Record<string, unknown>) => string | undefined;
  /** "Repository policy" or "Lifecycle policy", and the exception when there is none. */
  what: string;
  notFound: string;
  operations: { put: string; get: string; delete: string };
}

function policyOperations(kind: PolicyKind): Record<string, JsonHandler> {
  const missing = (repository: EcrRepository) =>
    new AwsError(kind.notFound, `${kind.what} does not exist for the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`);
  const answer = (repository: EcrRepository, text: string) => ({ registryId: repository.registryId, repositoryName: repository.name, [kind.member]: text });
  return {
    [kind.operations.put]: (input, req, ctx) => {
      const r = reader(input);
      const { repository } = resolve(ctx.state, req, r, kind.operations.put);
      const text = r.string(kind.member);
      validPolicy(text, kind.label, kind.problem);
      repository[kind.member] = text;
      return answer(repository, text);
    },
    [kind.operations.get]: (input, req, ctx) => {
      const { repository } = resolve(ctx.state, req, reader(input), kind.operations.get);
      const text = repository[kind.member];
      if (text === undefined) throw missing(repository);
      return answer(repository, text);
    },
    [kind.operations.delete]: (input, req, ctx) => {
      const { repository } = resolve(ctx.state, req, reader(input), kind.operations.delete);
      const text = repository[kind.member];
      if (text === undefined) throw missing(repository);
      delete repository[kind.member];
      return answer(repository, text);
    },
  };
}

export const policyHandlers: Record<string, JsonHandler> = {
  ...policyOperations({
    member: 'policyText',
    label: 'PolicyText',
    problem: repositoryPolicyProblem,
    what: 'Repository policy',
    notFound: 'RepositoryPolicyNotFoundException',
    operations: { put: 'SetRepositoryPolicy', get: 'GetRepositoryPolicy', delete: 'DeleteRepositoryPolicy' },
  }),
  ...policyOperations({
    member: 'lifecyclePolicyText',
    label: 'LifecyclePolicyText',
    problem: lifecyclePolicyProblem,
    what: 'Lifecycle policy',
    notFound: 'LifecyclePolicyNotFoundException',
    operations: { put: 'PutLifecyclePolicy', get: 'GetLifecyclePolicy', delete: 'DeleteLifecyclePolicy' },
  }),
};
