/**
 * finicity-accounts/testing: a fake Finicity for your tests, on a real HTTP server on
 * 127.0.0.1, with state, tokens on a clock you move, the lockout, Finicity's error codes
 * and faults on demand. It imports only Node's own modules and this package's code.
 * What it models, and where it differs from the real service: docs/Testing.md.
 */
export type { Answer } from './answers.js';
export type { FaultAnswer } from './faults.js';
export type { FakeCredentials, FakeRequest, FinicityModel, FinicityModelOptions, ReceivedRequest } from './model.js';
export { failuresBeforeLock } from './rules.js';
export { type FinicityFake, type FinicityFakeOptions, startFinicityFake } from './server.js';

import { FinicityModel, type FinicityModelOptions } from './model.js';

/** The fake without a server, for MSW users: `http.all('https://api.finicity.com/*', ({ request }) => model.handle(request))`. */
export function createFinicityModel(options: FinicityModelOptions = {}): FinicityModel {
  return new FinicityModel(options);
}
