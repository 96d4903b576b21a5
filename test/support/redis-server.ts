/** A redis-server for one test file (or a describe block), from redis-process.ts. */
import { afterAll, beforeAll } from 'vitest';
import { type RedisServer, startRedisServer } from './redis-process.js';

export { type RedisServer, startRedisServer };

/** One redis-server for a test file (or a describe block): started before its tests, stopped after them. */
export function useRedisServer(): RedisServer {
  const handle = {} as RedisServer;
  beforeAll(async () => {
    Object.assign(handle, await startRedisServer());
  });
  afterAll(() => handle.stop?.());
  return handle;
}
