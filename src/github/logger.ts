import * as core from '@actions/core';
import type { Annotation, Logger } from '../core/logger.js';

/** Masks a secret and the forms it takes when embedded in JSON or base64. */
export function maskSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  const jsonForm = JSON.stringify(value).slice(1, -1);
  if (jsonForm !== value) core.setSecret(jsonForm);
  core.setSecret(Buffer.from(value).toString('base64'));
}

function properties(annotation?: Annotation): core.AnnotationProperties | undefined {
  if (!annotation) return undefined;
  return {
    ...(annotation.title ? { title: annotation.title } : {}),
    ...(annotation.file ? { file: annotation.file } : {}),
    ...(annotation.startLine ? { startLine: annotation.startLine } : {}),
    ...(annotation.startColumn ? { startColumn: annotation.startColumn } : {}),
  };
}

/** The runner's logger: annotations, collapsible groups, masking. */
export const githubLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message, annotation) => core.notice(message, properties(annotation)),
  warning: (message, annotation) => core.warning(message, properties(annotation)),
  error: (message, annotation) => core.error(message, properties(annotation)),
  group: (name, fn) => core.group(name, fn),
  secret: maskSecret,
};
