import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentFailure, AgentProcess, freePort } from './process.js';
import { ImageCache, ImageError, readImage, type ImageSource } from './unpack.js';
import { imageCommand, type Command } from './launch.js';
import { interpreterCommand, resolveInterpreter } from './interpreter.js';
import { engineCommand, type ContainerEngine } from './engine.js';

/**
 * The agents the emulator runs: one process per runtime session (AgentCore gives each session
 * its own microVM), started on the session's first invocation, stopped after the runtime's idle
 * timeout or max lifetime, when its version or runtime is deleted, and when the emulator stops.
 * A version's agent may be started ahead (prestart), to be adopted by its first session.
 */
export interface AgentPoolOptions {
  /** Runtime name -> base URL of an agent the user runs himself (`--agent name=url`). */
  forward?: Record<string, string>;
  /** Run the image in a real container instead of unpacking it. */
  engine?: ContainerEngine;
  /** How long an agent may take to answer its first `GET /ping`. */
  startTimeoutMs?: number;
  /** How long one invocation may take (AgentCore allows 15 minutes for a synchronous one). */
  invocationTimeoutMs?: number;
  /** Where images are unpacked and logs written; a fresh temp directory by default. */
  workDir?: string;
}

/** What the pool needs to know of one invocation's target. */
export interface AgentTarget {
  account: string;
  region: string;
  runtimeId: string;
  runtimeName: string;
  version: string;
  session: string;
  /** Where the version's image lives, or undefined when it is not in this emulator's registry. */
  image: { source: ImageSource; digest: string } | undefined;
  environmentVariables: Record<string, string>;
  /** Seconds, as in LifecycleConfiguration. */
  idleTimeoutSeconds: number;
  maxLifetimeSeconds: number;
  /** Does the version still exist? Its session stops soon after it is deleted (or its runtime is). */
  alive: () => boolean;
}

interface Session {
  key: string;
  agent: AgentProcess;
  alive: () => boolean;
  inFlight: number;
  lastUsed: number;
  idleTimer?: NodeJS.Timeout;
  lifetimeTimer: NodeJS.Timeout;
  /** The command whose interpreter is resolved once the session's first invocation is answered. */
  resolveAfter?: Command;
}

/** An agent started ahead of its runtime's first session, at most one per runtime. */
interface Warm {
  version: string;
  alive: () => boolean;
  /** Never rejects: a failed start resolves undefined and the session then starts its own. */
  launching: Promise<Launched | undefined>;
  launched?: Launched;
  dropped: boolean;
  timer: NodeJS.Timeout;
}

interface Launched {
  agent: AgentProcess;
  resolveAfter?: Command;
}

/** More sessions than this and the least recently used idle one is stopped, to spare the machine. */
const MAX_SESSIONS = 32;
const DEFAULT_START_TIMEOUT_MS = 30_000;
const DEFAULT_INVOCATION_TIMEOUT_MS = 15 * 60_000;
/** How often sessions of deleted versions and runtimes are looked for. */
const SWEEP_MS = 500;
/** How long a pre-started agent waits for its first session (less when the version's idle timeout is shorter). */
const WARM_MS = 60_000;

/** Every open pool, for the one `exit` hook: whatever way the process ends normally, its agents end with it. */
const openPools = new Set<AgentPool>();
process.on('exit', () => {
  for (const pool of openPools) pool.killAll();
});

export class AgentPool {
  readonly startTimeoutMs: number;
  readonly invocationTimeoutMs: number;
  private readonly sessions = new Map<string, Session>();
  private readonly starting = new Map<string, Promise<Session | undefined>>();
  /** Per runtime (account/region/runtimeId). */
  private readonly warm = new Map<string, Warm>();
  private readonly workDir: string;
  private readonly ownsWorkDir: boolean;
  private readonly images: ImageCache;
  private stopped = false;
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_MS).unref();

  constructor(private readonly options: AgentPoolOptions = {}) {
    this.startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    this.invocationTimeoutMs = options.invocationTimeoutMs ?? DEFAULT_INVOCATION_TIMEOUT_MS;
    this.ownsWorkDir = options.workDir === undefined;
    this.workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'agentcore-emulator-agents-'));
    mkdirSync(join(this.workDir, 'logs'), { recursive: true });
    this.images = new ImageCache(join(this.workDir, 'images'));
    openPools.add(this);
  }

  /** The base URL a forwarded runtime's invocations go to, if the user runs that agent himself. */
  forwardUrl(runtimeName: string): string | undefined {
    return this.options.forward?.[runtimeName];
  }

  /**
   * The running agent of this session, started if need be and answering /ping; undefined when
   * the image holds nothing to run. AgentFailure when it cannot start.
   */
  async agentFor(target: AgentTarget): Promise<AgentProcess | undefined> {
    if (this.stopped) throw stopping();
    const key = sessionKey(target);
    const running = this.sessions.get(key);
    if (running?.agent.running) return running.agent;
    if (running) this.forget(running);
    let start = this.starting.get(key);
    if (!start) {
      start = this.adoptOrStart(target, key).finally(() => this.starting.delete(key));
      this.starting.set(key, start);
    }
    return (await start)?.agent;
  }

  /**
   * Starts the version's agent ahead of its first session, replacing the runtime's previous
   * pre-started agent; never rejects. The target's session is not used.
   */
  prestart(target: AgentTarget): void {
    if (this.stopped || !target.image || this.forwardUrl(target.runtimeName) !== undefined) return;
    const key = runtimeKey(target);
    const previous = this.warm.get(key);
    if (previous?.version === target.version) return;
    if (previous) this.dropWarm(key, previous);
    const label = versionLabel(target);
    const warm: Warm = {
      version: target.version,
      alive: target.alive,
      dropped: false,
      launching: this.launch(target, label).then(
        async (launched) => {
          if (launched && warm.dropped) {
            await launched.agent.stop();
            return undefined;
          }
          // Nothing to slow down yet: no invocation waits on this agent.
          if (launched?.resolveAfter) void resolveInterpreter(launched.resolveAfter);
          if (launched) warm.launched = { agent: launched.agent };
          return warm.launched;
        },
        () => undefined,
      ),
      timer: setTimeout(() => this.dropWarm(key, warm), Math.min(WARM_MS, target.idleTimeoutSeconds * 1000)).unref(),
    };
    this.warm.set(key, warm);
  }

  /** The pre-started agent of this version as the session, or a new one as without it. */
  private async adoptOrStart(target: AgentTarget, key: string): Promise<Session | undefined> {
    const warmKey = runtimeKey(target);
    const warm = this.warm.get(warmKey);
    if (!warm || warm.version !== target.version) return this.start(target, key);
    this.warm.delete(warmKey);
    clearTimeout(warm.timer);
    const launched = await warm.launching;
    if (this.stopped) {
      await launched?.agent.stop();
      throw stopping();
    }
    // A failed or ended pre-start: the session starts its own, and reports its failure as before.
    if (!launched?.agent.running) return this.start(target, key);
    return this.open(target, key, launched);
  }

  private dropWarm(key: string, warm: Warm): void {
    warm.dropped = true;
    clearTimeout(warm.timer);
    if (this.warm.get(key) === warm) this.warm.delete(key);
    if (warm.launched) void warm.launched.agent.stop();
  }

  /** Marks an invocation's start and end on its session, for the idle timeout. */
  begin(target: AgentTarget): () => void {
    const session = this.sessions.get(sessionKey(target));
    if (!session) return () => undefined;
    session.inFlight++;
    if (session.idleTimer) clearTimeout(session.idleTimer);
    delete session.idleTimer;
    return () => {
      session.inFlight--;
      session.lastUsed = Date.now();
      if (session.inFlight === 0) this.armIdle(session, target.idleTimeoutSeconds);
      // Not sooner: asking the interpreter beside the first agent would slow its first answer.
      if (session.resolveAfter) void resolveInterpreter(session.resolveAfter);
      delete session.resolveAfter;
    };
  }

  /** Stops the sessions whose version or runtime was deleted (or whose emulator state was reset). */
  private sweep(): void {
    for (const session of this.sessions.values()) if (!session.alive()) void this.stopSession(session);
    for (const [key, warm] of this.warm) if (!warm.alive()) this.dropWarm(key, warm);
  }

  /** Stops every agent and removes the pool's directory; the pool starts none afterwards. */
  async stopAll(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweeper);
    const warms = [...this.warm];
    for (const [key, warm] of warms) this.dropWarm(key, warm);
    await Promise.allSettled([...this.starting.values()]);
    // A dropped agent still starting stops itself once it answers, before its launch settles.
    await Promise.all(warms.map(([, warm]) => warm.launching.then((launched) => launched?.agent.stop())));
    await Promise.all([...this.sessions.values()].map((s) => this.stopSession(s)));
    openPools.delete(this);
    if (this.ownsWorkDir) rmSync(this.workDir, { recursive: true, force: true });
  }

  /** PIDs of the agents running now, for /_emulator/agentcore/agents and tests. */
  list(): Array<{ session: string; pid: number | undefined; url: string }> {
    return [...this.sessions.values()].map((s) => ({ session: s.key, pid: s.agent.pid, url: s.agent.url }));
  }

  private async start(target: AgentTarget, key: string): Promise<Session | undefined> {
    const launched = await this.launch(target, `${versionLabel(target)} (session ${target.session})`);
    return launched && this.open(target, key, launched);
  }

  /** Starts the version's agent, answering /ping; undefined when the image holds nothing to run. */
  private async launch(target: AgentTarget, label: string): Promise<Launched | undefined> {
    if (!target.image) return undefined;
    const port = await freePort();
    const logFile = join(this.workDir, 'logs', `${target.runtimeName}-v${target.version}-${Date.now()}-${port}.log`);
    const env = {
      ...target.environmentVariables,
      // Assumption: AgentCore sets the region variables, as other AWS compute does.
      AWS_REGION: target.region,
      AWS_DEFAULT_REGION: target.region,
    };
    let spec;
    try {
      const image = readImage(target.image.source, target.image.digest);
      // An image with nothing to run (a test's stand-in, an artifact) is answered canned.
      if (!image || image.config.entrypoint.length + image.config.cmd.length === 0) return undefined;
      if (this.options.engine) {
        spec = await engineCommand(this.options.engine, target.image.source, image, env, port, this.workDir);
      } else {
        const unpacked = await this.images.unpack(target.image.source, image);
        spec = imageCommand(unpacked, { ...env, PORT: String(port) }, process.env.PATH ?? '');
      }
    } catch (error) {
      if (error instanceof ImageError || error instanceof AgentFailure) throw new AgentFailure(`The image of ${label} cannot be run: ${error.message}`);
      throw error;
    }
    if (!spec) return undefined;
    // The first agent of an interpreter starts as the image names it; later ones skip its shim once resolved.
    const command = interpreterCommand(spec);
    const agent = await AgentProcess.start({ ...command, port, logFile, label }, this.startTimeoutMs);
    if (this.stopped) {
      await agent.stop();
      throw stopping();
    }
    return { agent, ...(command === spec ? { resolveAfter: spec } : {}) };
  }

  private async open(target: AgentTarget, key: string, { agent, resolveAfter }: Launched): Promise<Session> {
    const session: Session = {
      key,
      agent,
      alive: target.alive,
      inFlight: 0,
      lastUsed: Date.now(),
      lifetimeTimer: setTimeout(() => void this.stopSession(session), target.maxLifetimeSeconds * 1000).unref(),
      ...(resolveAfter ? { resolveAfter } : {}),
    };
    this.sessions.set(key, session);
    this.armIdle(session, target.idleTimeoutSeconds);
    await this.evictBeyondLimit();
    return session;
  }

  private armIdle(session: Session, seconds: number): void {
    if (session.idleTimer) clearTimeout(session.idleTimer);
    session.idleTimer = setTimeout(() => void this.stopSession(session), seconds * 1000).unref();
  }

  private async evictBeyondLimit(): Promise<void> {
    const idle = [...this.sessions.values()].filter((s) => s.inFlight === 0).sort((a, b) => a.lastUsed - b.lastUsed);
    while (this.sessions.size > MAX_SESSIONS && idle.length > 0) await this.stopSession(idle.shift()!);
  }

  private forget(session: Session): void {
    clearTimeout(session.lifetimeTimer);
    if (session.idleTimer) clearTimeout(session.idleTimer);
    if (this.sessions.get(session.key) === session) this.sessions.delete(session.key);
  }

  private async stopSession(session: Session): Promise<void> {
    this.forget(session);
    await session.agent.stop();
  }

  /** Synchronous SIGKILL of every agent, for the exit hook. */
  killAll(): void {
    for (const session of this.sessions.values()) session.agent.kill();
    for (const warm of this.warm.values()) warm.launched?.agent.kill();
  }
}

function stopping(): AgentFailure {
  return new AgentFailure('The emulator is stopping; no agent is started any more.');
}

function versionLabel(target: AgentTarget): string {
  return `runtime ${target.runtimeName} version ${target.version}`;
}

function runtimeKey(target: AgentTarget): string {
  return `${target.account}/${target.region}/${target.runtimeId}`;
}

function sessionKey(target: AgentTarget): string {
  return `${runtimeKey(target)}/${target.version}/${target.session}`;
}
