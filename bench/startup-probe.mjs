/**
 * One start-up measurement in a fresh Node process (bench/startup.ts copies this file
 * beside the package it installs and runs it with plain `node`, no loader): from before
 * `import()` to the end of what `contender` names, the wall time and the process's CPU
 * time (user + system), printed as JSON in milliseconds.
 * Usage: node startup-probe.mjs CONTENDER BASE_URL
 */
const [contender, baseUrl] = process.argv.slice(2);
const path = '/aggregation/v1/customers/{customerId}/accounts';
const params = { path: { customerId: '1005061234' } };
const credentials = { appKey: 'bench-app-key', partnerId: 'bench-partner', partnerSecret: 'bench-partner-secret', baseUrl };

const contenders = {
  'import openapi-fetch': () => import('openapi-fetch'),
  'import finicity-accounts': () => import('finicity-accounts'),
  // The same exchanges by hand, as a user of bare openapi-fetch makes them: a token request, then the GET with its token.
  'first call, bare openapi-fetch': async () => {
    const { default: createClient } = await import('openapi-fetch');
    const appKey = { 'Finicity-App-Key': credentials.appKey, Accept: 'application/json' };
    const client = createClient({ baseUrl, headers: appKey });
    const { partnerId, partnerSecret } = credentials;
    const { data: token } = await client.POST('/aggregation/v2/partners/authentication', { body: { partnerId, partnerSecret } });
    const { data } = await client.GET(path, { params, headers: { 'Finicity-App-Token': token.token } });
    return data.accounts;
  },
  'first call, createAccountsClient': async () => {
    const { createAccountsClient } = await import('finicity-accounts');
    const { data } = await createAccountsClient(credentials).GET(path, { params });
    return data.accounts;
  },
  'first call, createAccountsApi': async () => {
    const { createAccountsApi } = await import('finicity-accounts');
    return (await createAccountsApi(credentials).getCustomerAccounts(params.path)).accounts;
  },
};

const run = contenders[contender];
if (!run) throw new Error(`startup-probe: no contender ${contender}`);
const started = performance.now();
const cpuBefore = process.cpuUsage();
await run();
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(JSON.stringify({ wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 }));
