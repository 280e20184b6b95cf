import type { InputSpecs } from '../inputs.js';

/** Everything action.yml says about one action; action.yml files are generated from these. */
export interface ActionSpec<I extends InputSpecs = InputSpecs> {
  name: string;
  title: string;
  description: string;
  inputs: I;
  outputs: Record<string, string>;
  /** Takes the runtime's lease: its manifest gets a post step (`post-if: always()`) that releases a lease a killed step left. */
  leased?: true;
}

export function defineAction<I extends InputSpecs>(spec: ActionSpec<I>): ActionSpec<I> {
  return spec;
}
