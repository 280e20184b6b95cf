import type { EmuResponse } from '../../types.js';
import { FieldErrors, jsonBody, validationError } from '../../protocols/rest-json.js';
import type { Call } from './calls.js';
import { notFound, parseRuntimeArn, quotaExceeded } from './store.js';
import { tagMap } from './validate.js';

/** Tags on runtimes and endpoints, named by ARN. */

/** The runtime or endpoint a tagging ARN names, in the caller's account and region. */
function taggable(call: Call, arn: string): { tags: Record<string, string> } {
  const parts = parseRuntimeArn(arn);
  const runtime = parts && parts.account === call.req.account && parts.region === call.req.region ? call.data.runtimes[parts.id] : undefined;
  const resource = parts?.endpoint !== undefined ? runtime?.endpoints[parts.endpoint] : runtime;
  if (!resource) throw notFound(`The resource '${arn}' was not found.`);
  return resource;
}

export function tagResource(call: Call, arn: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  if (body.tags === undefined) errors.constraint('tags', undefined, 'Member must not be null');
  const tags = tagMap(errors, 'tags', body.tags);
  errors.throwIfAny();
  const resource = taggable(call, arn);
  const merged = { ...resource.tags, ...tags };
  if (Object.keys(merged).length > 50) throw quotaExceeded(`The resource '${arn}' would have more than 50 tags.`);
  resource.tags = merged;
  return { status: 204 };
}

export function untagResource(call: Call, arn: string): EmuResponse {
  const keys = call.req.query.getAll('tagKeys');
  if (keys.length === 0) throw validationError('tagKeys is required.', [{ name: 'tagKeys', message: 'Member must not be null' }]);
  const resource = taggable(call, arn);
  for (const key of keys) delete resource.tags[key];
  return { status: 204 };
}

export function listTags(call: Call, arn: string): EmuResponse {
  return { status: 200, body: { tags: taggable(call, arn).tags } };
}
