/**
 * This package's version, for the User-Agent. A constant rather than a read of
 * package.json, so both builds (ESM and CommonJS) and bundles carry it without file
 * access; test/src/version.test.ts keeps it equal to package.json.
 */
export const PACKAGE_VERSION = '0.2.0';

/** `finicity-accounts/0.2.0 node/20.20.2`: names the client to Finicity's support; the runtime only where it is Node. */
export function userAgent(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return `finicity-accounts/${PACKAGE_VERSION}${node ? ` node/${node}` : ''}`;
}
