import { FieldErrors } from '../../../protocols/rest-json.js';
import { addGateway, findGateway, gatewayData, gatewayUrl, removeGateway, reviseGateway, type Gateway, type GatewayRequest } from '../../agentcore/gateway/store.js';
import { gatewayRequest } from '../../agentcore/gateway/validate.js';
import { ResourceFailure, propertySpecs, type Props, type ProviderContext, type ResourceProvider } from './provider.js';

/** AWS::BedrockAgentCore::Gateway, provisioned into the emulated AgentCore Gateway. */

/** Properties of the type the emulator does not provision: refused rather than silently dropped. */
const UNSUPPORTED = ['AuthorizerConfiguration', 'ProtocolConfiguration', 'InterceptorConfigurations', 'PolicyEngineConfiguration'];

/** The properties as a CreateGateway request, checked as the API checks one. */
function request(props: Props): GatewayRequest {
  const given = UNSUPPORTED.filter((key) => props.has(key));
  if (given.length > 0) throw new ResourceFailure(`The emulator's AWS::BedrockAgentCore::Gateway does not support ${given.join(', ')} (resource ${props.logicalId}).`);
  const tags = props.optObject('Tags');
  const body = {
    name: props.string('Name'),
    description: props.optString('Description'),
    roleArn: props.string('RoleArn'),
    protocolType: props.string('ProtocolType'),
    authorizerType: props.string('AuthorizerType'),
    kmsKeyArn: props.optString('KmsKeyArn'),
    exceptionLevel: props.optString('ExceptionLevel'),
    tags: tags ? Object.fromEntries(Object.keys(tags.values).map((key) => [key, tags.string(key)])) : undefined,
  };
  const errors = new FieldErrors();
  const checked = gatewayRequest(errors, body);
  errors.throwIfAny();
  return checked;
}

function gatewayOf(ctx: ProviderContext, id: string): Gateway {
  return findGateway(gatewayData(ctx.state, ctx.account, ctx.region, ctx.now), id, ctx.account, ctx.region);
}

export const agentcoreGateway: ResourceProvider = {
  properties: propertySpecs(
    [
      'Name', 'Description', 'RoleArn', 'ProtocolType', 'ProtocolConfiguration', 'AuthorizerType', 'AuthorizerConfiguration', 'KmsKeyArn',
      'ExceptionLevel', 'InterceptorConfigurations', 'PolicyEngineConfiguration', 'Tags',
    ],
    // The registry schema has no create-only property: every change is an update in place.
    { required: ['Name', 'RoleArn', 'ProtocolType', 'AuthorizerType'] },
  ),
  attributes: ['GatewayIdentifier', 'GatewayArn', 'GatewayUrl'],
  create(ctx, props) {
    const gateway = addGateway(ctx.state, ctx.account, ctx.region, request(props), ctx.now);
    // Ref is the primary identifier, GatewayIdentifier.
    return { physicalId: gateway.id, attributes: { GatewayIdentifier: gateway.id, GatewayArn: gateway.arn, GatewayUrl: gatewayUrl(ctx.baseUrl, gateway) } };
  },
  update(ctx, current, props) {
    reviseGateway(ctx.state, ctx.account, ctx.region, gatewayOf(ctx, current.physicalId), request(props), ctx.now);
    return current;
  },
  delete(ctx, current) {
    // Already gone (deleted by hand) counts as deleted, as CloudFormation treats NotFound on delete.
    const gateway = gatewayData(ctx.state, ctx.account, ctx.region, ctx.now).gateways[current.physicalId];
    if (!gateway || gateway.deletingUntil !== undefined) return;
    // Targets left (made by promote-endpoint, not by the stack) refuse the delete, as DeleteGateway does.
    removeGateway(ctx.state, gateway, ctx.now);
  },
};
