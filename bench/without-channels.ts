/**
 * src/diagnostics.ts as a runtime without diagnostics_channel has it: no channels, so no
 * event is looked at or built. The bench compiles the package a second time with this
 * module in its place (compileEntry's `withoutChannels`), to measure what the channels
 * cost a call that nobody subscribes to.
 */
export * from '../src/diagnostics.js';

/** Shadows the star export: no runtime module, so no channel. */
export function packageChannels(): undefined {
  return undefined;
}
