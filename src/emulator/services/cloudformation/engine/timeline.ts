import { randomUUID } from 'node:crypto';
import type { JsonObject } from '../template/types.js';
import type { EngineContext, Stack, StackEvent, StackPhase } from './stacks.js';

const STACK_TYPE = 'AWS::CloudFormation::Stack';

/** Collects an operation's phases and events in order, then spreads them over the provisioning delay. */
export class Timeline {
  private steps = 0;
  private readonly entries: Array<{ step: number; phase?: StackPhase; event: Omit<StackEvent, 'id' | 'at'> }> = [];

  constructor(private readonly stack: Stack) {}

  /** The next things recorded happen a little later. */
  advance(): void {
    this.steps++;
  }

  phase(status: string, reason?: string): void {
    this.entries.push({
      step: this.steps,
      phase: { at: 0, status, ...(reason ? { reason } : {}) },
      event: { logicalId: this.stack.name, physicalId: this.stack.id, type: STACK_TYPE, status, ...(reason ? { reason } : {}) },
    });
  }

  event(resource: { logicalId: string; physicalId?: string; type: string }, status: string, reason?: string, properties?: JsonObject): void {
    this.entries.push({
      step: this.steps,
      event: {
        logicalId: resource.logicalId,
        physicalId: resource.physicalId ?? '',
        type: resource.type,
        status,
        ...(reason ? { reason } : {}),
        ...(properties ? { properties: JSON.stringify(properties) } : {}),
      },
    });
  }

  /** Writes the timeline into the stack; returns when the operation ends. */
  commit(ctx: EngineContext): number {
    const at = (step: number) => ctx.now + (this.steps === 0 ? 0 : Math.round((ctx.delay * step) / this.steps));
    // Only the phases of the latest operation matter for the status; keep the last one before it.
    this.stack.phases = this.stack.phases.slice(-1);
    for (const entry of this.entries) {
      const time = at(entry.step);
      if (entry.phase) this.stack.phases.push({ ...entry.phase, at: time });
      this.stack.events.push({ ...entry.event, id: randomUUID(), at: time });
    }
    return at(this.steps);
  }
}
