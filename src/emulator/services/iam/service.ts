import { AwsError, type ServiceModule } from '../../types.js';
import { isoTime } from '../../protocols/wire.js';
import { decodePageToken, page } from '../../protocols/paging.js';
import {
  createRole,
  deleteRole,
  getOidcProvider,
  getRole,
  iamData,
  putRolePolicy,
  type IamRole,
} from './store.js';
import { queryRouter, type QueryHandler, type QueryInput, type XmlValue } from '../../protocols/query-rpc.js';

/**
 * A minimal IAM (awsQuery, global): enough for an action to check that a role or an OIDC provider
 * given by hand exists and what it allows. Roles are mostly made by CloudFormation (AWS::IAM::Role).
 */
const XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/';

/** IAM returns policy documents URL-encoded (RFC 3986); callers decode them. */
function encodeDocument(document: string): string {
  return encodeURIComponent(document);
}

function roleXml(role: IamRole): XmlValue {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: isoTime(role.createdAt),
    AssumeRolePolicyDocument: encodeDocument(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    PermissionsBoundary: role.permissionsBoundary
      ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: role.permissionsBoundary }
      : undefined,
    Tags: role.tags.length > 0 ? role.tags : undefined,
  };
}

function invalidMarker(): AwsError {
  return new AwsError('ValidationError', 'Invalid Marker.');
}

/** One page of a list in IAM's Marker/IsTruncated form. */
function markerPage<T>(items: T[], input: QueryInput): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const maxItems = input.optInteger('MaxItems') ?? 100;
  if (maxItems < 1 || maxItems > 1000) {
    throw new AwsError('ValidationError', `1 validation error detected: Value '${maxItems}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`);
  }
  const result = page(items, decodePageToken(input.optString('Marker'), invalidMarker), maxItems);
  return { items: result.items, IsTruncated: result.nextToken !== undefined, ...(result.nextToken ? { Marker: result.nextToken } : {}) };
}

const handlers: Record<string, QueryHandler> = {
  GetRole: (input, req, ctx) => ({ Role: roleXml(getRole(ctx.state, req.account, input.string('RoleName'))) }),
  ListRoles: (input, req, ctx) => {
    const prefix = input.optString('PathPrefix') ?? '/';
    const roles = Object.values(iamData(ctx.state, req.account).roles)
      .filter((role) => role.path.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { items, ...rest } = markerPage(roles, input);
    return { Roles: items.map(roleXml), ...rest };
  },
  CreateRole: (input, req, ctx) => {
    const tags = input.optStructList('Tags')?.map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }));
    const description = input.optString('Description');
    const maxSessionDuration = input.optInteger('MaxSessionDuration');
    const path = input.optString('Path');
    const boundary = input.optString('PermissionsBoundary');
    const role = createRole(
      ctx.state,
      req.account,
      {
        name: input.string('RoleName'),
        assumeRolePolicyDocument: input.string('AssumeRolePolicyDocument'),
        ...(path !== undefined ? { path } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(maxSessionDuration !== undefined ? { maxSessionDuration } : {}),
        ...(boundary !== undefined ? { permissionsBoundary: boundary } : {}),
        ...(tags ? { tags } : {}),
      },
      ctx.now(),
    );
    return { Role: roleXml(role) };
  },
  DeleteRole: (input, req, ctx) => {
    deleteRole(ctx.state, req.account, input.string('RoleName'));
    return undefined;
  },
  PutRolePolicy: (input, req, ctx) => {
    putRolePolicy(ctx.state, req.account, input.string('RoleName'), input.string('PolicyName'), input.string('PolicyDocument'));
    return undefined;
  },
  GetRolePolicy: (input, req, ctx) => {
    const role = getRole(ctx.state, req.account, input.string('RoleName'));
    const policyName = input.string('PolicyName');
    const document = role.inlinePolicies[policyName];
    if (document === undefined) {
      throw new AwsError('NoSuchEntity', `The role policy with name ${policyName} cannot be found.`, 404);
    }
    return { RoleName: role.name, PolicyName: policyName, PolicyDocument: encodeDocument(document) };
  },
  ListRolePolicies: (input, req, ctx) => {
    const role = getRole(ctx.state, req.account, input.string('RoleName'));
    const { items, ...rest } = markerPage(Object.keys(role.inlinePolicies).sort(), input);
    return { PolicyNames: items, ...rest };
  },
  ListAttachedRolePolicies: (input, req, ctx) => {
    const role = getRole(ctx.state, req.account, input.string('RoleName'));
    const prefix = input.optString('PathPrefix') ?? '/';
    const attached = role.attachedPolicies
      .map((arn) => {
        const path = /:policy(\/.*\/|\/)[^/]+$/.exec(arn)?.[1] ?? '/';
        return { PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn, path };
      })
      .filter((policy) => policy.path.startsWith(prefix));
    const { items, ...rest } = markerPage(attached, input);
    return { AttachedPolicies: items.map(({ PolicyName, PolicyArn }) => ({ PolicyName, PolicyArn })), ...rest };
  },
  GetOpenIDConnectProvider: (input, req, ctx) => {
    const provider = getOidcProvider(ctx.state, req.account, input.string('OpenIDConnectProviderArn'));
    return {
      Url: provider.url.slice('https://'.length),
      ClientIDList: provider.clientIds,
      ThumbprintList: provider.thumbprints,
      CreateDate: isoTime(provider.createdAt),
      Tags: provider.tags.length > 0 ? provider.tags : undefined,
    };
  },
  ListOpenIDConnectProviders: (_input, req, ctx) => ({
    OpenIDConnectProviderList: Object.keys(iamData(ctx.state, req.account).oidcProviders)
      .sort()
      .map((arn) => ({ Arn: arn })),
  }),
};

export const iamService: ServiceModule = {
  name: 'iam',
  protocol: 'query',
  signingNames: ['iam'],
  throttlingCode: 'Throttling',
  route: queryRouter(XMLNS, handlers),
};
