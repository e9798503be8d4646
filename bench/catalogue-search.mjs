// Seeds published procedures through the API up to --procedures, then sends catalogue searches from
// --concurrency keep-alive connections for --seconds and prints throughput and latency percentiles.
// Only ever talks to the loopback address it is given.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const base = new URL(args.base ?? 'http://127.0.0.1:8080');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) throw new Error('bench targets loopback only');
const target = Number(args.procedures ?? 5000);
const concurrency = Number(args.concurrency ?? 8);
const seconds = Math.min(Number(args.seconds ?? 15), 120);
let accessToken;   // the seeded Administrator's, for the catalogue writes of the seed phase
const phase = args.phase ?? 'all';   // seed | measure | all
const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(concurrency, 8) });

function request(method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({
      agent, host: base.hostname, port: base.port, method, path,
      headers: { accept: 'application/json', ...(payload ? { 'content-type': 'application/json' } : {}), ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout ${method} ${path}`)));
    if (payload) req.write(payload);
    req.end();
  });
}
const json = async (method, path, body) => {
  const res = await request(method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body);
};

async function pool(count, worker) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await worker(next++);
  }));
}

// --- seed: clone the demo procedures' content under new codes until the catalogue holds `target` ---
const first = await json('GET', '/api/procedures?pageSize=1');
const missing = target - first.totalCount;
if (phase !== 'measure' && missing > 0) {
  const demo = JSON.parse(readFileSync(args.accounts, 'utf8'));
  const admin = demo.accounts.find(a => a.roles.includes('Administrator'));
  accessToken = (await json('POST', '/api/auth/sign-in', { login: admin.email, password: demo.password })).accessToken;
  const templates = [];
  for (let page = 1; templates.length < first.totalCount; page++) {
    const p = await json('GET', `/api/procedures?pageSize=100&pageNumber=${page}`);
    if (p.items.length === 0) break;
    for (const item of p.items) templates.push(await json('GET', `/api/procedures/${item.id}`));
  }
  const qualifiers = ['tại đô thị', 'tại nông thôn', 'cho tổ chức', 'cho cá nhân', 'có yếu tố nước ngoài', 'cấp lại', 'điều chỉnh', 'gia hạn'];
  const started = performance.now();
  await pool(missing, async i => {
    const t = templates[i % templates.length];
    const created = await json('POST', '/api/procedures', {
      code: `9.${String(100000 + i).padStart(6, '0')}`,
      name: `${t.name} ${qualifiers[i % qualifiers.length]} (${Math.floor(i / templates.length) + 1})`,
      fieldId: t.field.id,
      levels: t.levels,
      implementingAgencyIds: t.implementingAgencies.map(a => a.id),
      onlineLevel: t.onlineLevel,
      result: t.result,
      legalBasis: t.legalBasis,
      cases: t.cases,
    });
    await json('POST', `/api/procedures/${created.id}/publish`);
  });
  console.log(`seeded ${missing} procedures through the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (phase === 'seed') { agent.destroy(); process.exit(0); }
const fields = await json('GET', '/api/fields');
const total = (await json('GET', '/api/procedures?pageSize=1')).totalCount;

// --- load: a mix of what people type (no diacritics), filters and later pages ---
const words = ['giay phep xay dung', 'dang ky', 'khai sinh', 'chung thuc ban sao', 'doanh nghiep', 'ho kinh doanh',
  'cap lai', 'thu tuc', 'giay chung nhan', 'ket hon', 'an toan thuc pham', 'nha o rieng le', 'dieu chinh', 'xay'];
const levels = ['Province', 'Department', 'Commune'];
const queries = [];
for (let i = 0; i < 400; i++) {
  const params = new URLSearchParams({ pageSize: '20', pageNumber: String(1 + (i % 3)) });
  if (i % 4 !== 3) params.set('q', words[i % words.length]);
  if (i % 5 === 0) params.set('fieldId', fields[i % fields.length].id);
  if (i % 7 === 0) params.set('level', levels[i % levels.length]);
  if (i % 11 === 0) params.set('onlineLevel', 'FullOnline');
  queries.push(`/api/procedures?${params}`);
}
async function load(durationMs, latencies) {
  let errors = 0;
  let i = 0;
  const until = performance.now() + durationMs;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) {
      const path = queries[i++ % queries.length];
      const t0 = performance.now();
      const res = await request('GET', path);
      latencies?.push(performance.now() - t0);
      if (res.status !== 200) errors++;
    }
  }));
  return errors;
}
await load(3000);                       // warm-up: JIT, connection pools, PostgreSQL caches
const latencies = [];
const t0 = performance.now();
const errors = await load(seconds * 1000, latencies);
const elapsed = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const pct = p => latencies[Math.min(latencies.length - 1, Math.floor(p / 100 * latencies.length))].toFixed(2);
let rssMb = 'n/a';
try { rssMb = (Number(readFileSync(`/proc/${args.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)[1]) / 1024).toFixed(0); } catch { /* no pid */ }

console.log(`
catalogue search benchmark
  procedures published  ${total}
  concurrency           ${concurrency} keep-alive connections, ${seconds} s after a 3 s warm-up
  requests              ${latencies.length} (${errors} errors)
  throughput            ${(latencies.length / elapsed).toFixed(0)} requests/s
  latency ms            p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${latencies.at(-1).toFixed(2)}
  API peak memory       ${rssMb} MB
  target                p95 < 20 ms at 5,000 procedures: ${Number(pct(95)) < 20 && total >= 5000 && errors === 0 ? 'met' : 'NOT met'}`);
agent.destroy();
