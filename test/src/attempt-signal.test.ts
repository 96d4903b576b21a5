/**
 * Which signal an attempt gives the runtime's own fetch, in a module instance of its own:
 * the runtime is probed once per process, so this test must be the first to send.
 */
import { expect, it } from 'vitest';
import { attemptController } from '../../src/send.js';

/** Whether this runtime's Request follows a plain EventTarget as its signal (Node 20 and 22 do). */
function runtimeFollowsPlainSignals(): boolean {
  const signal = Object.assign(new EventTarget(), { aborted: false, reason: undefined as unknown });
  try {
    const request = new Request('https://probe.test/', { signal: signal as unknown as AbortSignal });
    signal.aborted = true;
    signal.dispatchEvent(new Event('abort'));
    return request.signal.aborted;
  } catch {
    return false;
  }
}

it("gives the runtime's fetch the cheap plain signal where its Request follows one, and a real AbortSignal elsewhere", () => {
  const { signal } = attemptController(globalThis.fetch);
  expect(signal instanceof AbortSignal).toBe(!runtimeFollowsPlainSignals());
  expect(attemptController((() => undefined) as unknown as typeof fetch).signal).toBeInstanceOf(AbortSignal);
});
