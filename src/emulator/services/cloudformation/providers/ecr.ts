import { TAG_MUTABILITIES, createRepository, deleteRepository, ecrRegistry, getRepository, type EcrRepository } from '../../ecr/store.js';
import { generatedName, propertySpecs, type Props, type ResourceProvider } from './provider.js';

/** AWS::ECR::Repository, provisioned into the emulated ECR. */

/** The properties of a repository that an update may change, applied to the store's record. */
function applyRepositorySettings(repository: EcrRepository, props: Props): void {
  repository.tagMutability = props.optEnum('ImageTagMutability', TAG_MUTABILITIES) ?? 'MUTABLE';
  const filters = props.optObjectList('ImageTagMutabilityExclusionFilters')?.map((filter) => ({
    filterType: filter.optEnum('ImageTagMutabilityExclusionFilterType', ['WILDCARD'] as const) ?? 'WILDCARD',
    filter: filter.string('ImageTagMutabilityExclusionFilterValue'),
  }));
  if (filters?.length) repository.tagMutabilityExclusionFilters = filters;
  else delete repository.tagMutabilityExclusionFilters;
  repository.scanOnPush = props.optObject('ImageScanningConfiguration')?.optBoolean('ScanOnPush') ?? false;
  const lifecycle = props.optObject('LifecyclePolicy')?.optDocument('LifecyclePolicyText');
  if (lifecycle !== undefined) repository.lifecyclePolicyText = lifecycle;
  else delete repository.lifecyclePolicyText;
  const policy = props.optDocument('RepositoryPolicyText');
  if (policy !== undefined) repository.policyText = policy;
  else delete repository.policyText;
  repository.tags = props.optTags('Tags') ?? [];
}

export const ecrRepository: ResourceProvider = {
  properties: propertySpecs(
    [
      'RepositoryName', 'ImageTagMutability', 'ImageTagMutabilityExclusionFilters', 'ImageScanningConfiguration', 'EncryptionConfiguration',
      'LifecyclePolicy', 'RepositoryPolicyText', 'EmptyOnDelete', 'Tags',
    ],
    { replaces: ['RepositoryName', 'EncryptionConfiguration'] },
  ),
  attributes: ['Arn', 'RepositoryUri'],
  nameProperty: 'RepositoryName',
  create(ctx, props) {
    const name = props.optString('RepositoryName') ?? generatedName(ctx, 256).toLowerCase();
    const encryptionType = props.optObject('EncryptionConfiguration')?.optEnum('EncryptionType', ['AES256', 'KMS'] as const);
    props.optBoolean('EmptyOnDelete');
    const repository = createRepository(ctx.state, ctx.account, ctx.region, { name, ...(encryptionType ? { encryptionType } : {}) }, ctx.now);
    try {
      applyRepositorySettings(repository, props);
    } catch (error) {
      deleteRepository(ctx.state, ctx.account, ctx.region, name, true);
      throw error;
    }
    return { physicalId: name, attributes: { Arn: repository.arn, RepositoryUri: repository.uri } };
  },
  update(ctx, current, props) {
    applyRepositorySettings(getRepository(ctx.state, ctx.account, ctx.region, current.physicalId), props);
    return current;
  },
  delete(ctx, current, props) {
    // Already gone (deleted by hand) counts as deleted, as CloudFormation treats NotFound on delete.
    if (!ecrRegistry(ctx.state, ctx.account, ctx.region).repositories[current.physicalId]) return;
    deleteRepository(ctx.state, ctx.account, ctx.region, current.physicalId, props.optBoolean('EmptyOnDelete') ?? false);
  },
};
