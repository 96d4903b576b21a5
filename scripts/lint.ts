/**
 * npm run lint [-- FILE]
 * Lints the spec with Redocly's engine, the rules in redocly.yaml and the runtime rules,
 * printing each finding as one line, `file:line:column: problem [rule]`, sorted by line:
 * errors on stderr (the command then fails), warnings on stdout. The other scripts print
 * a spec's errors in the same lines.
 */
import { resolve } from 'node:path';
import { FaultList, runScript, say, shortPath, step } from './lib/report.js';
import { formatFinding, lintSpec, specFile } from './lib/spec.js';

await runScript('lint', async () => {
  const given = process.argv[2];
  const file = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : specFile;
  const findings = await step(`lint ${shortPath(file)} with redocly.yaml and the runtime rules`, () => lintSpec(file));
  const errors = findings.filter((finding) => finding.severity === 'error');
  for (const warning of findings.filter((finding) => finding.severity === 'warn')) say(formatFinding(warning));
  say(`  ${errors.length} error(s), ${findings.length - errors.length} warning(s)`);
  if (errors.length > 0) throw new FaultList(errors.map(formatFinding));
});
