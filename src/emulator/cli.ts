import { startEmulator } from './server.js';

/** `agentcore-emulator [--port 4566] [--host 127.0.0.1]`: the local AWS twin, until Ctrl-C. */
async function main(argv: string[]): Promise<void> {
  let port = 4566;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`agentcore-emulator: --port takes a number from 0 to 65535, got "${value}"`);
        process.exit(2);
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: agentcore-emulator [--port 4566]   (--port 0 picks a free port)');
      return;
    } else {
      console.error(`agentcore-emulator: unknown argument "${arg}" (try --help)`);
      process.exit(2);
    }
  }
  const emulator = await startEmulator({ port }).catch((error: unknown) => {
    console.error(`agentcore-emulator: cannot listen on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  console.log(`agentcore-emulator listening on ${emulator.url}`);
  console.log(`  export AWS_ENDPOINT_URL=${emulator.url}`);
  const stop = () => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main(process.argv.slice(2));
