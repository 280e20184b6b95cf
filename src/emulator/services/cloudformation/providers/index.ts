import { agentcoreGateway } from './agentcore.js';
import { ecrRepository } from './ecr.js';
import { cognitoResourceServer, cognitoUserPool, cognitoUserPoolClient, cognitoUserPoolDomain } from './cognito.js';
import { iamManagedPolicy, iamOidcProvider, iamPolicy, iamRole } from './iam.js';
import type { ResourceProvider } from './provider.js';

/** Every resource type the emulator's CloudFormation can provision. */
export const providers: Record<string, ResourceProvider> = {
  'AWS::ECR::Repository': ecrRepository,
  'AWS::IAM::Role': iamRole,
  'AWS::IAM::Policy': iamPolicy,
  'AWS::IAM::ManagedPolicy': iamManagedPolicy,
  'AWS::IAM::OIDCProvider': iamOidcProvider,
  'AWS::Cognito::UserPool': cognitoUserPool,
  'AWS::Cognito::UserPoolClient': cognitoUserPoolClient,
  'AWS::Cognito::UserPoolDomain': cognitoUserPoolDomain,
  'AWS::Cognito::UserPoolResourceServer': cognitoResourceServer,
  'AWS::BedrockAgentCore::Gateway': agentcoreGateway,
};
