import type { ServiceModule } from '../types.js';
import { agentcoreService } from './agentcore.js';
import { agentcoreRuntimeService } from './agentcore-invoke.js';
import { ecrService } from './ecr.js';
import { registryService } from './registry.js';
import { cloudwatchService } from './cloudwatch.js';
import { cloudformationService } from './cloudformation.js';
import { cognitoService } from './cognito.js';
import { iamService } from './iam.js';
import { ssmService } from './ssm.js';
import { stsService } from './sts.js';

/** Every emulated service; adding a service is adding its module here. */
export const services: ServiceModule[] = [agentcoreService, agentcoreRuntimeService, ecrService, registryService, ssmService, stsService, cognitoService, cloudwatchService, cloudformationService, iamService];
