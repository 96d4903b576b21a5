/**
 * npm run lint [-- FILE]
 * Lints the spec with Redocly's engine and the rules in redocly.yaml, printing
 * each finding as file:line:column severity rule: message. Fails on any error.
 */
import { resolve } from 'node:path';
import { runScript, ScriptError, say, shortPath, step } from './lib/report.js';
import { formatFinding, lintSpec, specFile } from './lib/spec.js';

await runScript('lint', async () => {
  const given = process.argv[2];
  const file = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : specFile;
  const findings = await step(`lint ${shortPath(file)} with redocly.yaml`, () => lintSpec(file));
  for (const finding of findings) say(formatFinding(finding));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  say(`  ${errors} error(s), ${findings.length - errors} warning(s)`);
  if (errors > 0) throw new ScriptError(shortPath(file), `${errors} lint error(s), listed above`);
});
