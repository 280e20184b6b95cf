/**
 * Secret references of a runtime (`secrets: {"API_KEY": "ssm:/team/api-key"}`) resolved to their
 * values for the one place a value may go: the runtime's environment variables in the AWS request.
 * Each value is masked (logger.secret) as soon as SSM returns it, before anything else sees it.
 * Ledger, outputs, summaries and the config hash use the references, never the values.
 */
import { GetParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { UserError, explain, isAwsErrorNamed } from './errors.js';
import type { Logger } from './logger.js';

export const SSM_REFERENCE_PREFIX = 'ssm:';

export interface SecretContext {
  /** e.g. "environments.dev.agent_runtimes.bot", for messages. */
  configPath: string;
  region: string;
  /** The environment a secret's reference is inherited from through `extends`, for messages. */
  inheritedFrom?(variable: string): string | undefined;
  /** The member under configPath that holds the references; default "secrets". */
  field?: string;
}

export interface ResolvedSecrets {
  /** Variable (or field) name → value. */
  values: Record<string, string>;
  /** What was logged as a warning (a secret stored unencrypted), for the job summary too. */
  warnings: string[];
}

/** Reads every referenced SecureString with decryption. */
export async function resolveSecrets(ssm: SSMClient, references: Record<string, string>, logger: Logger, context: SecretContext): Promise<ResolvedSecrets> {
  const values: Record<string, string> = {};
  const warnings: string[] = [];
  for (const [variable, reference] of Object.entries(references)) {
    const from = context.inheritedFrom?.(variable);
    const where = `${context.configPath}.${context.field ?? 'secrets'}.${variable}${from ? ` (inherited from ${from})` : ''}`;
    if (!reference.startsWith(SSM_REFERENCE_PREFIX)) {
      throw new UserError(`${where}: expected an SSM reference such as "ssm:/team/api-key", got "${reference}".`);
    }
    const name = reference.slice(SSM_REFERENCE_PREFIX.length);
    let parameter;
    try {
      parameter = (await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }))).Parameter;
    } catch (error) {
      if (isAwsErrorNamed(error, 'ParameterNotFound')) {
        throw new UserError(
          `${where}: the SSM parameter ${name} does not exist in ${context.region}. ` +
            `Create it as a SecureString in the environment's account and region (aws ssm put-parameter --type SecureString --name ${name} …).`,
        );
      }
      throw explain(
        `${where}: reading the SSM parameter ${name} (GetParameter with decryption)`,
        error,
        'The deploy role needs ssm:GetParameter on it and kms:Decrypt on its key.',
      );
    }
    const value = parameter?.Value ?? '';
    logger.secret(value);
    if (parameter?.Type !== 'SecureString') {
      const warning = `${where}: ${name} is a ${parameter?.Type ?? 'parameter of unknown type'}, not a SecureString; store secrets encrypted.`;
      logger.warning(warning);
      warnings.push(warning);
    }
    values[variable] = value;
  }
  return { values, warnings };
}
