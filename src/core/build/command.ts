import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * How core runs external programs (buildah, docker) without knowing about GitHub: the action
 * passes an implementation on @actions/exec, tests pass a fake.
 */
export interface CommandRunner {
  /** Runs a program; resolves with its exit code. Every line of stdout and stderr goes to onLine. Rejects when it cannot start. */
  run(program: string, args: string[], options: { onLine(line: string): void }): Promise<number>;
  /** Is the program on PATH? */
  has(program: string): Promise<boolean>;
}

/** How many of a failed command's last lines its error shows. */
export const TAIL_LINES = 20;

export interface Command {
  program: string;
  args: string[];
  /** What the command does, for its error: "buildah build". */
  step: string;
  /** What to do when it fails. */
  advice: string;
}

/**
 * Runs a command, streaming its output through the logger line by line. A non-zero exit is a
 * UserError with the command's last lines and the advice, never a stack trace.
 */
export async function runStreaming(runner: CommandRunner, logger: Logger, { program, args, step, advice }: Command): Promise<void> {
  const tail: string[] = [];
  logger.info(`$ ${[program, ...args].join(' ')}`);
  const onLine = (line: string) => {
    logger.info(line);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  let code: number;
  try {
    code = await runner.run(program, args, { onLine });
  } catch (error) {
    throw new UserError(`Could not start ${program}: ${error instanceof Error ? error.message : String(error)}. ${advice}`);
  }
  if (code !== 0) {
    const last = tail.length ? `\nIts last lines:\n${tail.map((line) => `  ${line}`).join('\n')}` : '';
    throw new UserError(`${step} failed with exit code ${code}. ${advice}${last}`);
  }
}
