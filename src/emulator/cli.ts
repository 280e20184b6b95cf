import { startEmulator } from './server.js';
import { CONTAINER_ENGINES, checkEngine, type ContainerEngine } from './agents/engine.js';

const USAGE =
  'usage: agentcore-emulator [--port 4566] [--agent <runtime>=http://127.0.0.1:8080]... [--container docker|podman]\n' +
  '  --port 0        picks a free port\n' +
  "  --agent         sends that runtime's invocations to an agent you run yourself\n" +
  "  --container     runs deployed images in real containers instead of the agent's code on this machine";

function usageError(message: string): never {
  console.error(`agentcore-emulator: ${message}`);
  process.exit(2);
}

/** The value of `--name value` or `--name=value`, advancing the index past it. */
function optionValue(argv: string[], index: { i: number }): string {
  const arg = argv[index.i]!;
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const value = argv[++index.i];
  if (value === undefined) usageError(`${arg} needs a value (try --help)`);
  return value;
}

/** `agentcore-emulator [options]`: the local AWS twin, until Ctrl-C. */
async function main(argv: string[]): Promise<void> {
  let port = 4566;
  const forward: Record<string, string> = {};
  let engine: ContainerEngine | undefined;
  for (const index = { i: 0 }; index.i < argv.length; index.i++) {
    const arg = argv[index.i]!;
    const name = arg.split('=')[0];
    if (name === '--port') {
      const value = optionValue(argv, index);
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(`--port takes a number from 0 to 65535, got "${value}"`);
    } else if (name === '--agent') {
      const value = optionValue(argv, index);
      const match = /^([0-9a-zA-Z][a-zA-Z0-9_]{0,47})=(https?:\/\/\S+)$/.exec(value);
      if (!match) usageError(`--agent takes <runtime name>=<url>, e.g. support_bot=http://127.0.0.1:8080, got "${value}"`);
      forward[match[1]!] = match[2]!.replace(/\/+$/, '');
    } else if (name === '--container') {
      const value = optionValue(argv, index);
      if (!CONTAINER_ENGINES.includes(value as ContainerEngine)) usageError(`--container takes ${CONTAINER_ENGINES.join(' or ')}, got "${value}"`);
      engine = value as ContainerEngine;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return;
    } else {
      usageError(`unknown argument "${arg}" (try --help)`);
    }
  }
  if (engine) {
    try {
      checkEngine(engine);
    } catch (error) {
      console.error(`agentcore-emulator: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
  const emulator = await startEmulator({ port, agents: { forward, ...(engine ? { engine } : {}) } }).catch((error: unknown) => {
    console.error(`agentcore-emulator: cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  console.log(`agentcore-emulator listening on ${emulator.url}`);
  console.log(`  export AWS_ENDPOINT_URL=${emulator.url}`);
  for (const [runtime, url] of Object.entries(forward)) console.log(`  runtime ${runtime}: invocations go to ${url}`);
  const stop = () => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main(process.argv.slice(2));
