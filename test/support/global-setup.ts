/** One Prism for the whole run: its start-up cost is paid once, and it stops even when tests fail. */
import type { TestProject } from 'vitest/node';
import { startPrism } from './prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prism = await startPrism();
  project.provide('prismUrl', prism.url);
  return () => prism.stop();
}
