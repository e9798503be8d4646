// Dossier load against the running API, each measure followed by the same statements run by pgbench on the same
// database; prints one table: measure | API | pgbench | target | met?. Started by bench/dossiers.sh, which seeds
// the database and passes what it found there (ids, the page-1,000 cursor, the look-up keys) as arguments.
// Only ever talks to the loopback address it is given.
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const base = new URL(args.base ?? 'http://127.0.0.1:8080');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error('bench targets loopback only');
const concurrency = Number(args.concurrency ?? 8);
const seconds = Math.min(Number(args.seconds ?? 15), 120);
const pgSeconds = Math.min(Number(args['pgbench-seconds'] ?? 10), 120);
// A fresh API compiles its hot paths twice (quick JIT, then optimised tier 1 in the background); on 2 cores that takes
// the first half-minute of load, and a province's server runs for weeks. The figures are those of the steady state.
const warmupSeconds = Math.min(Number(args.warmup ?? 20), 120);
const apiPid = Number(args.pid);
const demo = JSON.parse(readFileSync(args.accounts, 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(concurrency, 8) });

function request(method, path, { body, token, headers } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({
      agent, host: base.hostname, port: base.port, method, path,
      headers: {
        accept: 'application/json',
        ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
    }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      // The body is decoded only when read (errors, sign-in, the page checks): the generator shares the 2 cores.
      res.on('end', () => resolve({ status: res.statusCode, get body() { return Buffer.concat(chunks).toString('utf8'); } }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout ${method} ${path}`)));
    if (payload) req.write(payload);
    req.end();
  });
}
async function json(method, path, options) {
  const res = await request(method, path, options);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body);
}
const signIn = async email =>
  (await json('POST', '/api/auth/sign-in', { body: { login: email, password: demo.password } })).accessToken;

// --- process sampling: API resident memory, API CPU, whole-machine CPU --------------------------------------------
const status = () => readFileSync(`/proc/${apiPid}/status`, 'utf8');
const rssMb = () => Number(status().match(/VmRSS:\s+(\d+)/)[1]) / 1024;
const apiCpuTicks = () => readFileSync(`/proc/${apiPid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((s, v) => s + Number(v), 0);
const machineTicks = () => {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: f[3] + f[4], steal: f[7], total: f.reduce((s, v) => s + v, 0) };
};
function sampler() {
  let peak = rssMb();
  const timer = setInterval(() => { try { peak = Math.max(peak, rssMb()); } catch { /* exited */ } }, 100);
  const api0 = apiCpuTicks(), m0 = machineTicks(), t0 = performance.now();
  return () => {
    clearInterval(timer);
    const m1 = machineTicks(), elapsed = (performance.now() - t0) / 1000;
    return {
      peakRssMb: peak,
      apiCpuCores: (apiCpuTicks() - api0) / 100 / elapsed,
      machineBusy: 1 - (m1.idle - m0.idle) / (m1.total - m0.total),
      // Time the hypervisor gave these cores to other machines: figures from a run with much of it are not comparable.
      steal: (m1.steal - m0.steal) / (m1.total - m0.total),
    };
  };
}

// --- closed-loop load: `concurrency` keep-alive connections, each sending the next request when one answers -------
async function load(next, durationMs) {
  const latencies = [];
  const statuses = {};
  const until = performance.now() + durationMs;
  let sample = null;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const res = await next();
      latencies.push(performance.now() - t0);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status >= 300 && !sample) sample = `${res.status} ${res.body.slice(0, 200)}`;
    }
  }));
  return { latencies, statuses, sample };
}
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
async function measure(name, next) {
  await load(next, warmupSeconds * 1000);  // warm-up: JIT tiers, connection pools, PostgreSQL caches
  const done = sampler();
  const t0 = performance.now();
  const { latencies, statuses, sample } = await load(next, seconds * 1000);
  const elapsed = (performance.now() - t0) / 1000;
  const machine = done();
  latencies.sort((a, b) => a - b);
  const errors = Object.entries(statuses).filter(([s]) => Number(s) >= 300).reduce((n, [, c]) => n + c, 0);
  const result = {
    name, requests: latencies.length, errors, statuses, sample, rps: latencies.length / elapsed,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1), ...machine,
    apiCpuMsPerRequest: machine.apiCpuCores * elapsed * 1000 / latencies.length,
  };
  console.log(`  API      ${name.padEnd(22)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)}  p95 ${result.p95.toFixed(2)}  p99 ${result.p99.toFixed(2)} ms  ` +
    `${errors} non-2xx${sample ? ` (first: ${sample.slice(0, 120)})` : ''}  API RSS peak ${result.peakRssMb.toFixed(0)} MB, ` +
    `API CPU ${(result.apiCpuCores * 100).toFixed(0)}% of a core (${result.apiCpuMsPerRequest.toFixed(2)} ms a request), machine ${(result.machineBusy * 100).toFixed(0)}% busy, ${(result.steal * 100).toFixed(0)}% stolen`);
  return result;
}

// --- pgbench: the same statements, 8 clients on 2 threads, per-transaction log for the percentiles ---------------
const pgDefines = JSON.parse(args['pgbench-defines'] ?? '{}');
function pgbench(name, file) {
  const dir = mkdtempSync(join(tmpdir(), 'onestop-pgbench-'));
  const argv = ['-n', '-M', 'prepared', '-T', String(pgSeconds), '-c', '8', '-j', '2', '-l', '--log-prefix', join(dir, 'tx'),
    '-h', '127.0.0.1', '-p', args['pg-port'], '-U', 'postgres',
    ...Object.entries(pgDefines).flatMap(([k, v]) => ['-D', `${k}=${v}`]), '-f', file, args.database];
  const run = spawnSync('pgbench', argv, { encoding: 'utf8' });
  const out = run.stdout + run.stderr;
  const tps = Number(out.match(/tps = ([\d.]+)/)?.[1] ?? NaN);
  const failed = Number(out.match(/number of failed transactions: (\d+)/)?.[1] ?? 0);
  const latencies = [];
  for (const f of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const us = Number(line.split(' ')[2]);
      if (line && Number.isFinite(us)) latencies.push(us / 1000);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const result = { tps, failed, p95: latencies.length ? percentile(latencies, 95) : NaN, avg: latencies.reduce((s, v) => s + v, 0) / latencies.length };
  if (run.status !== 0 || !Number.isFinite(tps)) {
    console.log(`  pgbench  ${name}: FAILED (exit ${run.status})\n${out.split('\n').filter(l => /error|ERROR|FATAL/.test(l)).slice(0, 5).join('\n')}`);
  } else {
    console.log(`  pgbench  ${name.padEnd(22)} ${tps.toFixed(0).padStart(6)} tps    avg ${result.avg.toFixed(2)}  p95 ${result.p95.toFixed(2)} ms  ${failed} failed`);
  }
  return result;
}

// --- the measures ----------------------------------------------------------------------------------------------------
const citizen = demo.accounts.find(a => a.roles.includes('Citizen'));
const processor = demo.accounts.find(a => a.roles.includes('Processor') && a.agencyCode === '000.00.14.H56');
const citizenToken = await signIn(citizen.email);
const processorToken = await signIn(processor.email);
const submit = args['submit-mode'] === 'submit';
const application = { procedureId: args.procedure, caseIndex: Number(args['case-index'] ?? 0), agencyId: args.agency, channel: 'Online',
  applicant: { kind: 'Citizen', fullName: citizen.fullName, identityNumber: citizen.citizenId, phone: citizen.phoneNumber,
    email: citizen.email, address: '12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa' }, submit };
// What the issue asks for first: a JSON submission; reported as it answers.
const probe = await request('POST', '/api/dossiers', { body: { ...application, submit: true }, token: citizenToken, headers: { 'idempotency-key': `bench-probe-${Date.now()}` } });
console.log(`  POST /api/dossiers with submit:true and no files answers ${probe.status}${probe.status >= 300 ? `: ${probe.body.slice(0, 220)}` : ''}`);

const trackKeys = readFileSync(args['track-keys'], 'utf8').trim().split('\n').map(l => l.split('\t'));
const results = {};
let runId = 0;
console.log(`\n  ${concurrency} keep-alive connections, ${seconds} s after a ${warmupSeconds} s warm-up each; pgbench -c 8 -j 2 -T ${pgSeconds} -M prepared\n`);
results.submission = {
  api: await measure(submit ? 'submission (JSON)' : 'draft creation (JSON)', () => request('POST', '/api/dossiers',
    { body: application, token: citizenToken, headers: { 'idempotency-key': `bench-${process.pid}-${runId++}` } })),
  pg: pgbench(submit ? 'submission' : 'draft creation', join(args.sql, submit ? 'dossiers-submit.sql' : 'dossiers-draft.sql')),
};
if (!submit) {
  // What a submission would add (the day's code counter row, held until COMMIT, and a history line): DB side only.
  results.submissionDb = { pg: pgbench('submission (DB only)', join(args.sql, 'dossiers-submit.sql')) };
}
results.tracking = {
  api: await measure('tracking look-up', () => {
    const [code, identity] = trackKeys[Math.floor(Math.random() * trackKeys.length)];
    return request('GET', `/api/dossiers/track/${encodeURIComponent(code)}?identity=${encodeURIComponent(identity)}`);
  }),
  pg: pgbench('tracking look-up', join(args.sql, 'dossiers-track.sql')),
};
const deep = await json('GET', `/api/dossiers/inbox?pageSize=20&cursor=${args.cursor}`, { token: processorToken });
const first = await json('GET', '/api/dossiers/inbox?pageSize=20', { token: processorToken });
console.log(`  inbox page 1: ${first.items.length} rows from ${first.items[0]?.code}; page 1,000: ${deep.items.length} rows from ${deep.items[0]?.code}`);
results.inboxFirst = {
  api: await measure('inbox page 1', () => request('GET', '/api/dossiers/inbox?pageSize=20', { token: processorToken })),
  pg: pgbench('inbox page 1', join(args.sql, 'dossiers-inbox-first.sql')),
};
results.inboxDeep = {
  api: await measure('inbox page 1,000', () => request('GET', `/api/dossiers/inbox?pageSize=20&cursor=${args.cursor}`, { token: processorToken })),
  pg: pgbench('inbox page 1,000', join(args.sql, 'dossiers-inbox-deep.sql')),
};
const hwm = Number(status().match(/VmHWM:\s+(\d+)/)[1]) / 1024;
const peakRss = Math.max(...Object.values(results).filter(r => r.api).map(r => r.api.peakRssMb));

// --- the table -------------------------------------------------------------------------------------------------------
const ms = v => `${v.toFixed(2)} ms`;
const rows = [
  [submit ? 'submission req/s' : 'draft creation req/s (no JSON submit, see above)', `${results.submission.api.rps.toFixed(0)}/s (${results.submission.api.errors} non-2xx)`, `${results.submission.pg.tps.toFixed(0)} tps`, '≥ 500/s',
    results.submission.api.rps >= 500 && results.submission.api.errors === 0],
  ...(results.submissionDb ? [['submission, DB statements only', 'not measurable', `${results.submissionDb.pg.tps.toFixed(0)} tps`, '≥ 500/s', null]] : []),
  ['submission p95', ms(results.submission.api.p95), ms(results.submission.pg.p95), '', null],
  ['tracking look-up req/s', `${results.tracking.api.rps.toFixed(0)}/s (${results.tracking.api.errors} non-2xx)`, `${results.tracking.pg.tps.toFixed(0)} tps`, '', null],
  ['tracking look-up p95', ms(results.tracking.api.p95), ms(results.tracking.pg.p95), '≤ 10 ms', results.tracking.api.p95 <= 10 && results.tracking.api.errors === 0],
  ['inbox page 1 p95', ms(results.inboxFirst.api.p95), ms(results.inboxFirst.pg.p95), '≤ 10 ms', results.inboxFirst.api.p95 <= 10 && results.inboxFirst.api.errors === 0],
  ['inbox page 1,000 p95', ms(results.inboxDeep.api.p95), ms(results.inboxDeep.pg.p95), '≤ 10 ms', results.inboxDeep.api.p95 <= 10 && results.inboxDeep.api.errors === 0],
  ['API memory (peak RSS under load)', `${peakRss.toFixed(0)} MB (VmHWM ${hwm.toFixed(0)} MB)`, '', '≤ 300 MB', peakRss <= 300],
];
const header = ['measure', 'API', 'pgbench', 'target', 'met?'];
const cells = rows.map(r => [r[0], r[1], r[2], r[3], r[4] === null ? '' : r[4] ? 'met' : 'NOT met']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
const line = c => `  | ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
console.log(`\ndossiers benchmark (${args.dossiers} dossiers, ${args.held} held by 000.00.14.H56; 2-core machine shared with other work: figures are noisy)`);
console.log(line(header));
console.log(`  |${widths.map(w => '-'.repeat(w + 2)).join('|')}|`);
for (const c of cells) console.log(line(c));
console.log(`  CPU during the API loads (API process / whole machine, 2 cores = 200%): ${Object.values(results).filter(r => r.api)
  .map(r => `${r.api.name} ${(r.api.apiCpuCores * 100).toFixed(0)}% / ${(r.api.machineBusy * 200).toFixed(0)}% (API ${r.api.apiCpuMsPerRequest.toFixed(2)} ms a request, ${(r.api.steal * 100).toFixed(0)}% stolen)`).join('; ')}`);
agent.destroy();
