/**
 * Why the demo's drift-check finds what it finds: each finding the story provokes, with the
 * reason a newcomer needs. A finding without a reason, or a reason without its finding, fails
 * the step, so the story and its explanation cannot drift apart.
 */

export interface DriftFinding {
  kind: string;
  environment: string;
  path: string;
}

interface Explanation {
  kind: string;
  path: string;
  why: string;
}

const EXPLANATIONS: Explanation[] = [
  {
    kind: 'deployed-config',
    path: 'environment_variables.LOG_LEVEL',
    why: 'changed by hand in prod (UpdateAgentRuntime with LOG_LEVEL=debug) while the repo says "warn"',
  },
  {
    kind: 'deployed-config',
    path: 'environment_variables.PROMPT_STYLE',
    why:
      "PROMPT_STYLE was added to dev's runtime for the bad and the fixed version; prod extends staging, which extends dev, " +
      'so the repo config of prod has it too, while prod still runs the version deployed before the change',
  },
  {
    kind: 'ssm-copy',
    path: 'environment_variables.PROMPT_STYLE',
    why: "the same inherited PROMPT_STYLE is missing from prod's config copy in SSM: sync-config wrote it before the change, and the auto-sync after each dev deploy updates dev's copy only",
  },
];

export interface ExplainedDrift {
  /** One line per finding: where, and why. */
  lines: string[];
  /** Findings the story did not expect, and expected findings that did not show. */
  unexplained: string[];
}

/** The findings of a drift report (`agentcore-drift.json`), each with the reason the story gives. */
export function explainDrift(findings: DriftFinding[]): ExplainedDrift {
  const lines: string[] = [];
  const unexplained: string[] = [];
  const seen = new Set<Explanation>();
  for (const finding of findings) {
    const explanation = EXPLANATIONS.find((e) => e.kind === finding.kind && e.path === finding.path);
    const where = `${finding.environment} ${finding.kind} ${finding.path}`;
    if (explanation) {
      seen.add(explanation);
      lines.push(`${where}: ${explanation.why}`);
    } else {
      unexplained.push(`unexpected finding ${where}`);
    }
  }
  for (const explanation of EXPLANATIONS) if (!seen.has(explanation)) unexplained.push(`expected finding ${explanation.kind} ${explanation.path} did not show`);
  return { lines, unexplained };
}
