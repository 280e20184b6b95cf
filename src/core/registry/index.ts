/** The product's registry side: ECR login, OCI layouts, pushes and registry-to-registry copies. */
export { OciRegistry, DEFAULT_CHUNK_SIZE, type BlobSource, type FetchedManifest, type OciRegistryOptions } from './client.js';
export { loginToEcr, ecrRegistryHost, type EcrLoginOptions, type EcrTarget } from './ecr-login.js';
export { pushOciLayout, readOciLayout, type LayoutImage, type PushOptions, type PushResult } from './push-layout.js';
export { copyImage, type CopyOptions, type CopyResult, type RepositoryRef } from './copy.js';
export { writeOciLayout, readFileTree, type BuiltLayout, type ImageSpec } from './build-layout.js';
export { MediaType, formatPlatform, parsePlatform, type Descriptor, type Platform } from './oci.js';
