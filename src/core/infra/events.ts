import { DescribeStackEventsCommand, type CloudFormationClient, type StackEvent } from '@aws-sdk/client-cloudformation';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { formatElapsed } from '../wait.js';

/** Pages read per poll at most when looking for the last event already shown (100 events a page). */
const MAX_PAGES = 10;

/** One event as a log line: "Role (AWS::IAM::Role) UPDATE_FAILED: reason". */
export function formatEvent(event: StackEvent): string {
  const reason = event.ResourceStatusReason ? `: ${event.ResourceStatusReason}` : '';
  return `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'}) ${event.ResourceStatus ?? '?'}${reason}`;
}

/**
 * The events of one stack operation, as they appear. DescribeStackEvents lists newest first, so
 * each poll reads until the newest event seen before and hands back the rest oldest first.
 */
export class StackEventStream {
  /** Every event of this operation seen so far, oldest first. */
  readonly events: StackEvent[] = [];
  private lastId: string | undefined;
  private readonly startedAt: number;

  constructor(
    private readonly cloudformation: CloudFormationClient,
    /** By name: an id (ARN) can be longer than the 128 characters StackName allows. */
    private readonly stackName: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.startedAt = clock.now();
  }

  /** Remembers the newest event now, so only later ones count as this operation's. */
  async mark(): Promise<void> {
    const page = await this.cloudformation.send(new DescribeStackEventsCommand({ StackName: this.stackName }));
    this.lastId = page.StackEvents?.[0]?.EventId;
  }

  /** Reads the events since the last call and logs each with the time elapsed since the stream began. */
  async poll(): Promise<StackEvent[]> {
    const fresh: StackEvent[] = [];
    let token: string | undefined;
    let found = this.lastId === undefined;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const page = await this.cloudformation.send(new DescribeStackEventsCommand({ StackName: this.stackName, NextToken: token }));
      for (const event of page.StackEvents ?? []) {
        if (event.EventId === this.lastId) {
          found = true;
          break;
        }
        fresh.push(event);
      }
      token = page.NextToken;
      // Without a mark, the first page is the operation's beginning as far as we can tell.
      if (found || !token || this.lastId === undefined) break;
    }
    if (fresh[0]?.EventId) this.lastId = fresh[0].EventId;
    fresh.reverse();
    const elapsed = formatElapsed(this.clock.now() - this.startedAt);
    for (const event of fresh) this.logger.info(`  [${elapsed}] ${formatEvent(event)}`);
    this.events.push(...fresh);
    return fresh;
  }

  /** The first resource failure of the operation: the cause, not the cancellations it led to. */
  firstFailure(stackName: string): StackEvent | undefined {
    return this.events.find(
      (event) =>
        /_FAILED$/.test(event.ResourceStatus ?? '') &&
        event.LogicalResourceId !== stackName &&
        !/cancelled/i.test(event.ResourceStatusReason ?? ''),
    );
  }
}
