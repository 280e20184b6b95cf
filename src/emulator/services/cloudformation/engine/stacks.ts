import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../../state.js';
import { AwsError } from '../../../types.js';
import type { Provisioned } from '../providers/provider.js';
import type { JsonObject, Template } from '../template/types.js';

/** Stacks and change sets as the engine keeps them (plain JSON, per account and region), and how they are found. */
export interface Tag {
  Key: string;
  Value: string;
}

export interface StackEvent {
  id: string;
  at: number;
  logicalId: string;
  physicalId: string;
  type: string;
  status: string;
  reason?: string;
  properties?: string;
}

export interface StackResource extends Provisioned {
  logicalId: string;
  type: string;
  properties: JsonObject;
  updatedAt: number;
}

export interface StackPhase {
  at: number;
  status: string;
  reason?: string;
}

export interface StackOutput {
  key: string;
  value: string;
  description?: string;
  exportName?: string;
}

export interface Stack {
  id: string;
  name: string;
  createdAt: number;
  updatedAt?: number;
  /** When its DELETE_COMPLETE phase is reached. */
  deletedAt?: number;
  /** '' while a CREATE change set has not been executed. */
  templateBody: string;
  description?: string;
  parameters: Record<string, string>;
  /** Parameters whose values are never shown. */
  noEcho: string[];
  capabilities: string[];
  tags: Tag[];
  /** In deployment order, so deletion runs in reverse. */
  resources: Record<string, StackResource>;
  outputs: StackOutput[];
  /** What DescribeStacks shows while an operation is in progress. */
  outputsBefore: StackOutput[];
  phases: StackPhase[];
  events: StackEvent[];
}

export interface ResourceChange {
  action: 'Add' | 'Modify' | 'Remove';
  logicalId: string;
  physicalId?: string;
  type: string;
  replacement?: 'True' | 'False' | 'Conditional';
  scope: string[];
  details: Array<{ name: string; attribute: string; requiresRecreation: 'Never' | 'Always' | 'Conditionally'; evaluation: 'Static' | 'Dynamic'; changeSource: string }>;
}

export interface ChangeSet {
  id: string;
  name: string;
  stackId: string;
  stackName: string;
  type: 'CREATE' | 'UPDATE';
  createdAt: number;
  /** When its creation finishes (CREATE_COMPLETE or FAILED). */
  readyAt: number;
  description?: string;
  templateBody: string;
  parameters: Record<string, string>;
  noEcho: string[];
  capabilities: string[];
  tags: Tag[];
  changes: ResourceChange[];
  failureReason?: string;
  /** Set by ExecuteChangeSet: when the stack operation ends and whether it succeeded. */
  execution?: { doneAt: number; ok: boolean };
  /** The stack was updated some other way after this change set was made. */
  obsolete?: boolean;
}

export interface CfnData {
  stacks: Stack[];
  changeSets: ChangeSet[];
}

export function cfnData(state: EmulatorState, account: string, region: string): CfnData {
  return state.scope<CfnData>('cloudformation', account, region, () => ({ stacks: [], changeSets: [] }));
}

export interface EngineContext {
  state: EmulatorState;
  account: string;
  region: string;
  now: number;
  delay: number;
  /** The emulator's own URL, for resources whose attributes name it (a gateway's URL). */
  baseUrl: string;
}

/** A stack operation's wanted end state. */
export interface Desired {
  templateBody: string;
  template: Template;
  parameters: Record<string, string>;
  noEcho: string[];
  capabilities: string[];
  tags: Tag[];
}

export function currentPhase(stack: Stack, now: number): StackPhase {
  let current = stack.phases[0]!;
  for (const phase of stack.phases) if (phase.at <= now) current = phase;
  return current;
}

/** An operation is still running until its last phase is reached. */
export function isBusy(stack: Stack, now: number): boolean {
  return stack.phases[stack.phases.length - 1]!.at > now;
}

export function isDeleted(stack: Stack, now: number): boolean {
  return stack.deletedAt !== undefined && stack.deletedAt <= now;
}

/** A stack by name (live stacks only) or by stack id (deleted ones too), as CloudFormation looks them up. */
export function findStack(data: CfnData, nameOrId: string, now: number): Stack | undefined {
  if (nameOrId.startsWith('arn:')) return data.stacks.find((stack) => stack.id === nameOrId);
  return data.stacks.find((stack) => stack.name === nameOrId && !isDeleted(stack, now));
}

export function requireStack(data: CfnData, nameOrId: string, now: number): Stack {
  const stack = findStack(data, nameOrId, now);
  if (!stack) throw new AwsError('ValidationError', `Stack with id ${nameOrId} does not exist`);
  return stack;
}

export function newStack(ctx: EngineContext, name: string): Stack {
  return {
    id: `arn:aws:cloudformation:${ctx.region}:${ctx.account}:stack/${name}/${randomUUID()}`,
    name,
    createdAt: ctx.now,
    templateBody: '',
    parameters: {},
    noEcho: [],
    capabilities: [],
    tags: [],
    resources: {},
    outputs: [],
    outputsBefore: [],
    phases: [],
    events: [],
  };
}
