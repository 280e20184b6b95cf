import type { ServiceModule } from '../types.js';
import { agentcoreService } from './agentcore/service.js';
import { agentcoreRuntimeService } from './agentcore/invoke.js';
import { agentcoreGatewayService } from './agentcore/gateway/service.js';
import { ecrService } from './ecr/service.js';
import { registryService } from './registry/service.js';
import { cloudwatchService } from './cloudwatch/service.js';
import { cloudformationService } from './cloudformation/service.js';
import { cognitoService } from './cognito/service.js';
import { iamService } from './iam/service.js';
import { ssmService } from './ssm/service.js';
import { stsService } from './sts/service.js';

/** Every emulated service; adding a service is adding its module here. */
export const services: ServiceModule[] = [agentcoreService, agentcoreRuntimeService, agentcoreGatewayService, ecrService, registryService, ssmService, stsService, cognitoService, cloudwatchService, cloudformationService, iamService];
