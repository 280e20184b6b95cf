import { AwsError } from '../../../types.js';
import {
  attachRolePolicy,
  checkPolicyDocument,
  checkThumbprints,
  createOidcProvider,
  createPolicy,
  createRole,
  deleteOidcProvider,
  deletePolicy,
  deleteRole,
  deleteRolePolicy,
  detachRolePolicy,
  getOidcProvider,
  getPolicy,
  getRole,
  putRolePolicy,
} from '../../iam/store.js';
import type { Json } from '../template/types.js';
import { ResourceFailure, generatedName, propertySpecs, type Props, type ProviderContext, type ResourceProvider } from './provider.js';

/** AWS::IAM::Role, Policy, ManagedPolicy and OIDCProvider, provisioned into the emulated IAM. */

/** A policy document property, checked as IAM checks it. */
function policyDocument(props: Props, key: string): string {
  const document = props.optDocument(key);
  if (document === undefined) return props.string(key);
  checkPolicyDocument(document);
  return document;
}

function inlinePolicies(props: Props): Map<string, string> {
  const policies = new Map<string, string>();
  for (const policy of props.optObjectList('Policies') ?? []) policies.set(policy.string('PolicyName'), policyDocument(policy, 'PolicyDocument'));
  return policies;
}

/** Ignores NoSuchEntity: the thing to remove is already gone. */
function ignoreMissing(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof AwsError && error.code === 'NoSuchEntity')) throw error;
  }
}

function applyRoleSettings(ctx: ProviderContext, name: string, props: Props, previous: Props | undefined): void {
  const role = getRole(ctx.state, ctx.account, name);
  role.assumeRolePolicyDocument = policyDocument(props, 'AssumeRolePolicyDocument');
  const description = props.optString('Description');
  if (description !== undefined) role.description = description;
  else delete role.description;
  role.maxSessionDuration = props.optInteger('MaxSessionDuration') ?? 3600;
  const boundary = props.optString('PermissionsBoundary');
  if (boundary !== undefined) role.permissionsBoundary = boundary;
  else delete role.permissionsBoundary;
  role.tags = props.optTags('Tags') ?? [];
  const policies = inlinePolicies(props);
  for (const old of previous ? inlinePolicies(previous).keys() : []) {
    if (!policies.has(old)) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, name, old));
  }
  for (const [policyName, document] of policies) putRolePolicy(ctx.state, ctx.account, name, policyName, document);
  const managed = props.optStringList('ManagedPolicyArns') ?? [];
  for (const old of previous?.optStringList('ManagedPolicyArns') ?? []) {
    if (!managed.includes(old)) ignoreMissing(() => detachRolePolicy(ctx.state, ctx.account, name, old));
  }
  for (const arn of managed) attachRolePolicy(ctx.state, ctx.account, name, arn);
}

function removeRole(ctx: ProviderContext, name: string): void {
  const role = getRole(ctx.state, ctx.account, name);
  role.inlinePolicies = {};
  role.attachedPolicies = [];
  deleteRole(ctx.state, ctx.account, name);
}

export const iamRole: ResourceProvider = {
  properties: propertySpecs(
    ['AssumeRolePolicyDocument', 'RoleName', 'Path', 'Description', 'MaxSessionDuration', 'PermissionsBoundary', 'Policies', 'ManagedPolicyArns', 'Tags'],
    { required: ['AssumeRolePolicyDocument'], replaces: ['RoleName', 'Path'] },
  ),
  attributes: ['Arn', 'RoleId'],
  nameProperty: 'RoleName',
  create(ctx, props) {
    const name = props.optString('RoleName') ?? generatedName(ctx, 64);
    const path = props.optString('Path');
    const role = createRole(
      ctx.state,
      ctx.account,
      { name, assumeRolePolicyDocument: policyDocument(props, 'AssumeRolePolicyDocument'), ...(path !== undefined ? { path } : {}) },
      ctx.now,
    );
    try {
      applyRoleSettings(ctx, name, props, undefined);
    } catch (error) {
      removeRole(ctx, name);
      throw error;
    }
    return { physicalId: name, attributes: { Arn: role.arn, RoleId: role.id } };
  },
  update(ctx, current, props, previous) {
    applyRoleSettings(ctx, current.physicalId, props, previous);
    return current;
  },
  delete(ctx, current) {
    ignoreMissing(() => removeRole(ctx, current.physicalId));
  },
};

/** The emulated IAM keeps policies on roles only; users and groups are refused rather than ignored. */
function rolesOnly(props: Props): string[] {
  for (const key of ['Users', 'Groups']) {
    if ((props.optStringList(key) ?? []).length > 0) {
      throw new ResourceFailure(`${key} are not supported by the emulator's IAM (resource ${props.logicalId}): attach the policy to Roles.`);
    }
  }
  return props.optStringList('Roles') ?? [];
}

export const iamPolicy: ResourceProvider = {
  properties: propertySpecs(['PolicyName', 'PolicyDocument', 'Roles', 'Users', 'Groups'], { required: ['PolicyName', 'PolicyDocument'] }),
  attributes: ['Id'],
  create(ctx, props) {
    const roles = rolesOnly(props);
    const name = props.string('PolicyName');
    const document = policyDocument(props, 'PolicyDocument');
    const done: string[] = [];
    try {
      for (const role of roles) {
        putRolePolicy(ctx.state, ctx.account, role, name, document);
        done.push(role);
      }
    } catch (error) {
      for (const role of done) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, role, name));
      throw error;
    }
    const physicalId = generatedName(ctx, 128);
    return { physicalId, attributes: { Id: physicalId } };
  },
  update(ctx, current, props, previous) {
    const roles = rolesOnly(props);
    const name = props.string('PolicyName');
    const document = policyDocument(props, 'PolicyDocument');
    const oldName = previous.string('PolicyName');
    for (const role of previous.optStringList('Roles') ?? []) {
      if (!roles.includes(role) || oldName !== name) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, role, oldName));
    }
    for (const role of roles) putRolePolicy(ctx.state, ctx.account, role, name, document);
    return current;
  },
  delete(ctx, _current, props) {
    const name = props.string('PolicyName');
    for (const role of props.optStringList('Roles') ?? []) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, role, name));
  },
};

function attachToRoles(ctx: ProviderContext, arn: string, roles: string[], previous: string[]): void {
  for (const role of previous) if (!roles.includes(role)) ignoreMissing(() => detachRolePolicy(ctx.state, ctx.account, role, arn));
  for (const role of roles) attachRolePolicy(ctx.state, ctx.account, role, arn);
}

export const iamManagedPolicy: ResourceProvider = {
  properties: propertySpecs(['ManagedPolicyName', 'Path', 'Description', 'PolicyDocument', 'Roles', 'Users', 'Groups'], {
    required: ['PolicyDocument'],
    replaces: ['ManagedPolicyName', 'Path', 'Description'],
  }),
  attributes: ['PolicyArn', 'PolicyId', 'DefaultVersionId', 'AttachmentCount', 'CreateDate', 'UpdateDate', 'IsAttachable'],
  nameProperty: 'ManagedPolicyName',
  create(ctx, props) {
    const roles = rolesOnly(props);
    const path = props.optString('Path');
    const description = props.optString('Description');
    const policy = createPolicy(
      ctx.state,
      ctx.account,
      {
        name: props.optString('ManagedPolicyName') ?? generatedName(ctx, 128),
        document: policyDocument(props, 'PolicyDocument'),
        ...(path !== undefined ? { path } : {}),
        ...(description !== undefined ? { description } : {}),
      },
      ctx.now,
    );
    try {
      attachToRoles(ctx, policy.arn, roles, []);
    } catch (error) {
      attachToRoles(ctx, policy.arn, [], roles);
      deletePolicy(ctx.state, ctx.account, policy.arn);
      throw error;
    }
    return { physicalId: policy.arn, attributes: managedPolicyAttributes(ctx, policy.arn, roles.length) };
  },
  update(ctx, current, props, previous) {
    const roles = rolesOnly(props);
    getPolicy(ctx.state, ctx.account, current.physicalId).document = policyDocument(props, 'PolicyDocument');
    attachToRoles(ctx, current.physicalId, roles, previous.optStringList('Roles') ?? []);
    return { physicalId: current.physicalId, attributes: managedPolicyAttributes(ctx, current.physicalId, roles.length) };
  },
  delete(ctx, current, props) {
    attachToRoles(ctx, current.physicalId, [], props.optStringList('Roles') ?? []);
    ignoreMissing(() => deletePolicy(ctx.state, ctx.account, current.physicalId));
  },
};

function managedPolicyAttributes(ctx: ProviderContext, arn: string, attachments: number): Record<string, Json> {
  const policy = getPolicy(ctx.state, ctx.account, arn);
  const created = new Date(policy.createdAt).toISOString();
  return {
    PolicyArn: arn,
    PolicyId: policy.id,
    DefaultVersionId: 'v1',
    AttachmentCount: attachments,
    CreateDate: created,
    UpdateDate: new Date(ctx.now).toISOString(),
    IsAttachable: true,
  };
}

export const iamOidcProvider: ResourceProvider = {
  properties: propertySpecs(['Url', 'ClientIdList', 'ThumbprintList', 'Tags'], { replaces: ['Url'] }),
  attributes: ['Arn'],
  create(ctx, props) {
    const provider = createOidcProvider(
      ctx.state,
      ctx.account,
      {
        url: props.string('Url'),
        clientIds: props.optStringList('ClientIdList') ?? [],
        thumbprints: props.optStringList('ThumbprintList') ?? [],
        tags: props.optTags('Tags') ?? [],
      },
      ctx.now,
    );
    return { physicalId: provider.arn, attributes: { Arn: provider.arn } };
  },
  update(ctx, current, props) {
    const provider = getOidcProvider(ctx.state, ctx.account, current.physicalId);
    const thumbprints = props.optStringList('ThumbprintList') ?? [];
    checkThumbprints(thumbprints);
    provider.clientIds = props.optStringList('ClientIdList') ?? [];
    provider.thumbprints = thumbprints;
    provider.tags = props.optTags('Tags') ?? [];
    return current;
  },
  delete(ctx, current) {
    ignoreMissing(() => deleteOidcProvider(ctx.state, ctx.account, current.physicalId));
  },
};
