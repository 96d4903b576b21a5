/** What first-use.ts imports when first used, in one module so that the ESM build makes one file of it. */
export { clearRecordedRefusal } from './token/index.js';
export { createTransport } from './transport.js';
