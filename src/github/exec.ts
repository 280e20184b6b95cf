import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import * as exec from '@actions/exec';
import type { CommandRunner } from '../core/build/command.js';

/**
 * Core's CommandRunner on @actions/exec: output is not echoed by exec itself (silent) but
 * handed to core line by line, which logs it and keeps the last lines for errors.
 */
export const actionsCommandRunner: CommandRunner = {
  run: (program, args, options) =>
    exec.exec(program, args, {
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdline: options.onLine, errline: options.onLine },
    }),
  has: async (program) => {
    for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
      if (await access(join(dir, program), constants.X_OK).then(() => true, () => false)) return true;
    }
    return false;
  },
};
