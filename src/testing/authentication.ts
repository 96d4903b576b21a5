/**
 * The fake's partner: the tokens it issued (with when, on the fake's clock) and the
 * lockout. The decisions are the pure rules of rules.ts; this keeps their state.
 */
import { tokenRules } from '../../generated/operations.js';
import { type Answer, finicityErrors, jsonAnswer } from './answers.js';
import {
  type CredentialVerdict,
  type FakeCredentials,
  judgeAppKey,
  judgeCredentials,
  judgeToken,
  type LockState,
  lockAfter,
  unlocked,
} from './rules.js';

/** The answer to each refusal of CreateToken's body. */
const refusals: Record<Exclude<CredentialVerdict, 'accepted'>, () => Answer> = {
  'missing-partner-id': () => finicityErrors.missingParameter('partnerId'),
  'missing-partner-secret': () => finicityErrors.missingParameter('partnerSecret'),
  'unknown-partner': finicityErrors.partnerNotFound,
  'wrong-secret': finicityErrors.invalidCredentials,
  // Locked: the status and code of a wrong secret (see docs/Testing.md for why).
  locked: finicityErrors.invalidCredentials,
};

/** A token as the real ones look: 20 letters and digits. */
function newToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(20));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

export class Authentication {
  readonly #credentials: FakeCredentials;
  readonly #now: () => number;
  /** token → when it was issued, on the fake's clock (ms). */
  readonly #issued = new Map<string, number>();
  #lock: LockState = unlocked;

  constructor(credentials: FakeCredentials, now: () => number) {
    this.#credentials = credentials;
    this.#now = now;
  }

  get lock(): LockState {
    return this.#lock;
  }

  unlock(): void {
    this.#lock = unlocked;
  }

  /** The refusal for a request's app key, or undefined when it is the fake's. */
  refuseAppKey(sent: string | undefined): Answer | undefined {
    const verdict = judgeAppKey(sent, this.#credentials.appKey);
    if (verdict === 'missing') return finicityErrors.missingAppKey();
    return verdict === 'unknown' ? finicityErrors.unknownAppKey() : undefined;
  }

  /** The refusal for a request's token, or undefined when the fake issued it less than two hours ago. */
  refuseToken(sent: string | undefined): Answer | undefined {
    const issuedAt = sent === undefined ? undefined : this.#issued.get(sent);
    const verdict = judgeToken(sent, issuedAt, this.#now(), tokenRules.validForMs);
    if (verdict === 'missing') return finicityErrors.missingToken();
    if (verdict === 'unknown') return finicityErrors.unknownToken();
    return verdict === 'expired' ? finicityErrors.expiredToken() : undefined;
  }

  /** CreateToken: a new token for the right partner ID and secret, else a refusal, counted towards the lock. */
  createToken(body: object): Answer {
    const verdict = judgeCredentials(body, this.#credentials, this.#lock);
    this.#lock = lockAfter(verdict, this.#lock);
    if (verdict !== 'accepted') return refusals[verdict]();
    const token = newToken();
    this.#issued.set(token, this.#now());
    return jsonAnswer(200, { token });
  }
}
