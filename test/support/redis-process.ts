/**
 * A real redis-server (Debian's `redis-server` package; `.ci/run` installs it) for a
 * test file or the bench, without a test runner: 127.0.0.1 on a free port, nothing
 * saved (`--save ''`, no append-only file), its working folder a temporary one removed
 * at the end. `start` returns once it answers
 * PING. For fleet tests it can be paused (SIGSTOP) and resumed, killed, and restarted
 * empty on the same port, so clients reconnect to it as to a server that came back.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './prism.js';

export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:PORT`, for `createClient({ url })`. */
  url: string;
  /** SIGSTOP: the server keeps its connections but answers nothing until `resume`. */
  pause(): void;
  /** SIGCONT after `pause`. */
  resume(): void;
  /** SIGKILL, resolving once it has exited: every connection drops, and the data is gone. */
  kill(): Promise<void>;
  /** Starts it again, empty, on the same port (killing the running one first, if any). */
  restart(): Promise<void>;
  /** SIGTERM (SIGKILL after 5 s), then removes its folder. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

function requireRedisServer(): void {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  if (found.error) throw new Error('redis-server is not on PATH: install it (apt-get install -y redis-server), as .ci/run does');
}

/** Whether a server on `port` answers PING with PONG, within `timeoutMs`. */
function answersPing(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answersPing(port, 200))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited (${child.exitCode ?? child.signalCode}) before answering PING on port ${port}:\n${output}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer PING on port ${port} within ${START_TIMEOUT_MS} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return child;
}

export async function startRedisServer(): Promise<RedisServer> {
  requireRedisServer();
  const dir = await mkdtemp(join(tmpdir(), 'finicity-redis-'));
  let port = 0;
  let child: ChildProcess | undefined;
  // The free port is found by binding port 0 and letting it go; should another process
  // take it in between, the server fails to bind and another port is tried.
  for (let attempt = 1; child === undefined; attempt++) {
    port = await freePort();
    try {
      child = await launch(port, dir);
    } catch (error) {
      if (attempt === 3) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let running: ChildProcess = child;
  // If the test run itself dies, the server must not outlive it.
  const killOnExit = () => running.kill('SIGKILL');
  process.once('exit', killOnExit);

  const kill = async () => {
    running.kill('SIGKILL');
    await exited(running);
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pause: () => running.kill('SIGSTOP'),
    resume: () => running.kill('SIGCONT'),
    kill,
    async restart() {
      await kill();
      running = await launch(port, dir);
    },
    async stop() {
      process.off('exit', killOnExit);
      if (running.exitCode === null && running.signalCode === null) {
        const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
        // A paused server would hold SIGTERM until resumed.
        running.kill('SIGCONT');
        running.kill('SIGTERM');
        await exited(running);
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
