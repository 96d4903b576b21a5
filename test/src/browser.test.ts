/** Credentials in a browser: refused unless the user opts in with dangerouslyAllowBrowser. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccountsApi, createAccountsClient, FinicityInputError } from '../../src/index.js';
import { isBrowserLike, resolveOptions } from '../../src/options.js';

const partner = { appKey: 'test-app-key', partnerId: 'p', partnerSecret: 'test-partner-secret' };
const page = { window: {}, document: {} };

describe('isBrowserLike', () => {
  it('is true for a page and a web worker, false for server runtimes', () => {
    expect(isBrowserLike(page)).toBe(true);
    expect(isBrowserLike({ importScripts: () => undefined })).toBe(true);
    expect(isBrowserLike(globalThis)).toBe(false);
    // Deno 1 had a window but no document; edge runtimes have neither.
    expect(isBrowserLike({ window: {} })).toBe(false);
    expect(isBrowserLike({ document: {} })).toBe(false);
    expect(isBrowserLike({ window: 'page', document: {} })).toBe(false);
    expect(isBrowserLike({ importScripts: 'no function' })).toBe(false);
    expect(isBrowserLike({})).toBe(false);
  });
});

describe('creating a client in a browser-like runtime', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is refused, saying why and how to opt in, unless dangerouslyAllowBrowser is true', () => {
    const error = (() => {
      try {
        resolveOptions(partner, {}, page);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a refusal');
    })();
    expect(error).toBeInstanceOf(FinicityInputError);
    expect(error.message).toMatch(/^refusing to create a client in a browser: anyone who opens the page can read the app key/);
    expect(error.message).toMatch(/set dangerouslyAllowBrowser: true only for a page its own user alone opens/);
    expect(error.message).not.toContain(partner.partnerSecret);
    expect(resolveOptions({ ...partner, dangerouslyAllowBrowser: true }, {}, page).credentials.kind).toBe('partner');
    expect(() => resolveOptions({ ...partner, dangerouslyAllowBrowser: false }, {}, page)).toThrow(/refusing to create a client/);
    expect(() => resolveOptions({ ...partner, dangerouslyAllowBrowser: 'yes' as unknown as boolean }, {}, {})).toThrow(
      'dangerouslyAllowBrowser must be true or false',
    );
  });

  it('is refused by both factories when the page globals exist', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() => createAccountsClient(partner)).toThrow(/refusing to create a client in a browser/);
    expect(() => createAccountsApi(partner)).toThrow(/refusing to create a client in a browser/);
    expect(() => createAccountsApi({ ...partner, dangerouslyAllowBrowser: true })).not.toThrow();
  });
});
