import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One agent process on AgentCore's HTTP contract: started, waited for until `GET /ping`
 * answers, and stopped with its whole process group so nothing it started outlives it.
 */
export interface LaunchSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** The local port the agent listens on (its $PORT). */
  port: number;
  /** Where its stdout and stderr go, as CloudWatch Logs would hold them. */
  logFile: string;
  /** Names the process in messages, e.g. "runtime support-bot version 2". */
  label: string;
}

/** Why an agent could not serve: AgentCore's RuntimeClientError, with the log tail. */
export class AgentFailure extends Error {}

const TAIL_CHARS = 2000;
const PING_INTERVAL_MS = 50;
/** The first /ping retries come sooner: a small agent listens within tens of milliseconds. */
const FIRST_PING_INTERVAL_MS = 2;
const STOP_GRACE_MS = 2000;

/** A port nothing listens on now, for the agent's $PORT. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Milliseconds before the next /ping, `waitedMs` into the wait: growing with it, so that the
 * agent is seen at most about a tenth of its start time after it listens, up to PING_INTERVAL_MS.
 */
export function pingDelay(waitedMs: number): number {
  return Math.min(PING_INTERVAL_MS, FIRST_PING_INTERVAL_MS + waitedMs / 10);
}

export class AgentProcess {
  readonly url: string;
  private tail = '';
  private exitDescription: string | undefined;
  private readonly exited: Promise<void>;
  private readonly log: WriteStream;

  private constructor(
    readonly spec: LaunchSpec,
    private readonly child: ChildProcess,
  ) {
    this.url = `http://127.0.0.1:${spec.port}`;
    this.log = createWriteStream(spec.logFile, { flags: 'a' });
    // The log stream must not keep a closing emulator alive, nor fail it when the directory is gone.
    this.log.on('error', () => undefined);
    const keep = (chunk: Buffer, stderr: boolean) => {
      this.log.write(chunk);
      if (stderr) this.tail = (this.tail + chunk.toString('utf8')).slice(-TAIL_CHARS);
    };
    child.stdout?.on('data', (chunk: Buffer) => keep(chunk, false));
    child.stderr?.on('data', (chunk: Buffer) => keep(chunk, true));
    this.exited = new Promise((resolve) => {
      child.once('error', (error) => {
        this.exitDescription = `could not be started: ${error.message}`;
        resolve();
      });
      child.once('exit', (code, signal) => {
        this.exitDescription = signal ? `was ended by ${signal}` : `exited with code ${code ?? '?'}`;
        resolve();
      });
    });
    void this.exited.then(() => this.log.end());
  }

  /** Starts the agent and resolves once `GET /ping` answers 200; AgentFailure when it cannot. */
  static async start(spec: LaunchSpec, timeoutMs: number): Promise<AgentProcess> {
    // Its own process group, so stop() reaches whatever the agent spawned too.
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const agent = new AgentProcess(spec, child);
    const started = Date.now();
    const deadline = started + timeoutMs;
    while (Date.now() < deadline) {
      if (agent.exitDescription !== undefined) throw agent.failure(`did not start: it ${agent.exitDescription}`);
      if (await agent.pingOk()) return agent;
      await Promise.race([sleep(pingDelay(Date.now() - started), undefined, { ref: false }), agent.exited]);
    }
    await agent.stop();
    throw agent.failure(`did not answer GET /ping on port ${spec.port} within ${Math.round(timeoutMs / 1000)} s`);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitDescription === undefined;
  }

  /** An AgentFailure naming the agent, what happened, where its log is and the end of its stderr. */
  failure(what: string): AgentFailure {
    const tail = this.tail.trim();
    return new AgentFailure(
      `The agent of ${this.spec.label} ${what}.${tail ? ` Last stderr: ${tail.slice(-TAIL_CHARS)}` : ''} Its log is ${this.spec.logFile}.`,
    );
  }

  /** How it ended, once it has. */
  get exitReason(): string | undefined {
    return this.exitDescription;
  }

  private async pingOk(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/ping`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /** SIGTERM to the group, SIGKILL after a grace period; resolves when the process is gone. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const killed = await Promise.race([this.exited.then(() => false), sleep(STOP_GRACE_MS, undefined, { ref: false }).then(() => true)]);
    if (killed) {
      this.signal('SIGKILL');
      await this.exited;
    }
  }

  /** Synchronous, for the emulator's `exit` hook, where nothing asynchronous runs any more. */
  kill(): void {
    if (this.running) this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already; the child itself may linger as a zombie until reaped.
      this.child.kill(signal);
    }
  }
}
