import { createRequire } from 'node:module';
import type * as Undici from 'undici';

const load = createRequire(import.meta.url);
let loaded: typeof Undici | undefined;
const undici = (): typeof Undici => (loaded ??= load('./undici.cjs') as typeof Undici);

export class ProxyAgent {
  constructor(...args: ConstructorParameters<typeof Undici.ProxyAgent>) {
    return new (undici().ProxyAgent)(...args);
  }
}
export const fetch: typeof Undici.fetch = (...args) => undici().fetch(...args);
