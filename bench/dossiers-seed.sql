-- Seeds :n dossiers with one INSERT … SELECT (bench/dossiers.sh runs it with psql -v n=… -v every=…).
-- Realistic rows for the statements the API sends: codes {receiving agency}-{yymmdd}-{seq} unique over 400 days,
-- time-ordered version-7 ids, a mix of statuses (1 in 20 a draft without code), the demo citizen as owner and
-- applicant of 1 in 10, and the Department of Construction (000.00.14.H56) holding 1 in :every (200,000 of
-- 1,000,000 by default, none of them drafts), so that its inbox has well over 1,000 pages of 20.
-- Also fills bench.track_keys (code, applicant identity and receiving agency of 20,000 random submitted dossiers)
-- for the look-up load of the API and of pgbench.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET work_mem = '256MB';

BEGIN;
CREATE TEMP TABLE ag ON COMMIT DROP AS
  SELECT id, code, coalesce(counter_agency_id, id) AS recv, (row_number() OVER (ORDER BY code))::int - 1 AS i
  FROM onestop.agencies WHERE code <> '000.00.14.H56';
CREATE TEMP TABLE pr ON COMMIT DROP AS
  SELECT id, code, name, cases -> 0 ->> 'Name' AS case_name,
         greatest(1, coalesce((cases -> 0 -> 'ProcessingTime' ->> 'Value')::int, 5)) * 8 AS hours,
         coalesce((SELECT sum((f ->> 'Amount')::numeric) FROM jsonb_array_elements(cases -> 0 -> 'Fees') f), 0) AS fee,
         ARRAY(SELECT d ->> 'Name' FROM jsonb_array_elements(cases -> 0 -> 'Documents') d) AS docs,
         (row_number() OVER (ORDER BY code))::int - 1 AS i
  FROM onestop.procedures WHERE status = 1;

CREATE TEMP TABLE base ON COMMIT DROP AS
WITH c AS (
  SELECT (SELECT id FROM onestop.agencies WHERE code = '000.00.14.H56') AS construction,
         (SELECT coalesce(counter_agency_id, id) FROM onestop.agencies WHERE code = '000.00.14.H56') AS construction_recv,
         (SELECT count(*) FROM ag)::int AS agencies,
         (SELECT count(*) FROM pr)::int AS procedures,
         date_trunc('day', now() - interval '1 day') - interval '400 days' AS t0
), g AS (
  SELECT g, c.*,
         -- 400 days, oldest first; g = :n is yesterday
         c.t0 + (g::float8 / :n) * interval '400 days' AS ts,
         CASE WHEN g % :every = 0 THEN NULL ELSE (g * 7) % c.agencies END AS agency_i
  FROM generate_series(1, :n) g, c
)
SELECT g.g, g.ts, a.id IS NULL AS construction,
       coalesce(a.id, g.construction) AS competent,
       coalesce(a.recv, g.construction_recv) AS recv,
       g.g % g.procedures AS procedure_i,
       CASE WHEN g.g % 20 = 3 THEN 0 ELSE (ARRAY[1,2,4,4,4,4,5,6,9,9,10,10,10,10,3,7,8,2,4])[1 + g.g % 19] END AS status
FROM g LEFT JOIN ag a ON a.i = g.agency_i;

INSERT INTO onestop.dossiers (
  id, code, status, channel, procedure_id, procedure_code, procedure_name, case_index, case_name, processing_hours, fee,
  required_documents, receiving_agency_id, competent_agency_id, holding_agency_id, assignee_id, current_step_index, owner_id,
  created_at, created_by, submitted_at, received_at, last_activity_at, due_at, remaining_while_paused, appointment_at,
  processed_at, timeliness, decision, payment_status, returned_at, national_sync_status,
  applicant_address, applicant_email, applicant_full_name, applicant_identity_number, applicant_kind, applicant_phone, steps)
SELECT
  -- version 7: 48-bit Unix milliseconds, version nibble 7, variant 10xx, then bits from md5(g)
  (lpad(to_hex((extract(epoch FROM b.ts) * 1000)::bigint), 12, '0') || '7' || substr(h.md5, 1, 3) || '8' || substr(h.md5, 4, 15))::uuid,
  CASE WHEN b.status = 0 THEN NULL
       ELSE ra.code || '-' || to_char(b.ts AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' ||
            lpad((row_number() OVER (PARTITION BY b.recv, (b.ts AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, b.status = 0 ORDER BY b.g))::text, 4, '0') END,
  b.status,
  CASE WHEN b.g % 3 = 0 THEN 1 ELSE 2 END,
  p.id, p.code, p.name, 0, p.case_name, p.hours, p.fee, p.docs,
  b.recv, b.competent,
  -- the competent agency holds what it processes; the Department of Construction holds all of its share
  CASE WHEN b.status IN (4, 5, 6, 9) OR b.construction THEN b.competent ELSE b.recv END,
  NULL, CASE WHEN b.status IN (4, 5, 6) THEN 1 WHEN b.status = 9 THEN 2 WHEN b.status = 10 THEN 3 ELSE 0 END,
  CASE WHEN b.g % 10 = 0 THEN u.id END,
  b.ts, u.id,
  CASE WHEN b.status > 0 THEN b.ts END,
  CASE WHEN b.status IN (2, 4, 5, 6, 9, 10) THEN b.ts + interval '2 hours' END,
  b.ts + CASE WHEN b.status >= 9 THEN interval '10 days' ELSE interval '2 hours' END,
  CASE WHEN b.status IN (2, 4, 5, 6, 9, 10) THEN b.ts + make_interval(hours => p.hours * 3) END,
  CASE WHEN b.status IN (5, 6) THEN interval '20 hours' END,
  NULL,
  CASE WHEN b.status IN (9, 10) THEN b.ts + interval '9 days' END,
  CASE WHEN b.status IN (9, 10) THEN 1 + b.g % 3 END,
  CASE WHEN b.status IN (9, 10) THEN 1 END,
  CASE WHEN b.status = 6 THEN 1 ELSE 0 END,
  CASE WHEN b.status = 10 THEN b.ts + interval '10 days' END,
  CASE WHEN b.status >= 9 THEN 1 ELSE 0 END,
  (b.g % 300 + 1) || ' Trần Phú, phường Nha Trang, tỉnh Khánh Hòa',
  CASE WHEN b.g % 10 = 0 THEN 'citizen@demo.onestop.vn' WHEN b.g % 2 = 0 THEN 'nguoidan' || b.g || '@example.vn' END,
  CASE WHEN b.g % 10 = 0 THEN u.full_name
       ELSE (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Võ','Đặng','Bùi'])[1 + b.g % 8] || ' ' ||
            (ARRAY['Văn','Thị','Minh','Quốc','Thu','Hữu'])[1 + b.g % 6] || ' ' ||
            (ARRAY['An','Bình','Châu','Dũng','Giang','Hà','Khánh','Lan','Nam','Phúc','Quân','Trang'])[1 + b.g % 12] END,
  CASE WHEN b.g % 10 = 0 THEN u.citizen_id ELSE '056' || lpad(((b.g::bigint * 7919) % 1000000000)::text, 9, '0') END,
  1,
  CASE WHEN b.g % 10 = 0 THEN u.phone_number ELSE '09' || lpad(((b.g::bigint * 104729) % 100000000)::text, 8, '0') END,
  jsonb_build_array(
    jsonb_build_object('Name', 'Tiếp nhận hồ sơ', 'Role', 2, 'AgencyId', b.recv, 'WorkingHours', 4,
      'StartedAt', NULL, 'DueAt', NULL, 'CompletedAt', NULL),
    jsonb_build_object('Name', 'Thẩm định, xử lý hồ sơ', 'Role', 4, 'AgencyId', b.competent, 'WorkingHours', greatest(1, p.hours - 4 - greatest(1, p.hours / 10)),
      'StartedAt', NULL, 'DueAt', NULL, 'CompletedAt', NULL),
    jsonb_build_object('Name', 'Phê duyệt, ký kết quả', 'Role', 8, 'AgencyId', b.competent, 'WorkingHours', greatest(1, p.hours / 10),
      'StartedAt', NULL, 'DueAt', NULL, 'CompletedAt', NULL),
    jsonb_build_object('Name', 'Trả kết quả', 'Role', 2, 'AgencyId', b.recv, 'WorkingHours', 0,
      'StartedAt', NULL, 'DueAt', NULL, 'CompletedAt', NULL))
FROM base b
JOIN pr p ON p.i = b.procedure_i
JOIN onestop.agencies ra ON ra.id = b.recv
CROSS JOIN LATERAL (SELECT md5(b.g::text) AS md5) h
CROSS JOIN (SELECT id, full_name, citizen_id, phone_number FROM onestop.users WHERE email = 'citizen@demo.onestop.vn') u;

-- One "submitted" line of history for every submitted dossier (what the look-up's timeline reads).
INSERT INTO onestop.dossier_history (id, dossier_id, sequence, action, from_status, to_status, actor_id, actor_name, at, from_agency_id, to_agency_id, step_name, document_ids)
SELECT (substr(d.id::text, 1, 19) || '9' || substr(md5(d.id::text), 1, 3) || '-' || substr(md5(d.id::text), 4, 12))::uuid,
       d.id, 1, 1, 0, 1, d.created_by, d.applicant_full_name, d.submitted_at, NULL, d.receiving_agency_id, 'Tiếp nhận hồ sơ', '{}'
FROM onestop.dossiers d WHERE d.status > 0 AND d.submitted_at IS NOT NULL;

-- The code sequences the API continues from (today's rows are not seeded, so the API starts at 1 today).
INSERT INTO onestop.dossier_code_sequences (agency_id, day, last_value)
SELECT receiving_agency_id, (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, count(*)
FROM onestop.dossiers WHERE code IS NOT NULL GROUP BY 1, 2
ON CONFLICT (agency_id, day) DO UPDATE SET last_value = greatest(onestop.dossier_code_sequences.last_value, excluded.last_value);

CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.track_keys;
CREATE TABLE bench.track_keys AS
  SELECT (row_number() OVER ())::int AS i, code, applicant_identity_number AS identity, receiving_agency_id AS receiving
  FROM (SELECT code, applicant_identity_number, receiving_agency_id FROM onestop.dossiers TABLESAMPLE SYSTEM (5) REPEATABLE (7)
        WHERE code IS NOT NULL ORDER BY random() LIMIT 20000) s;
ALTER TABLE bench.track_keys ADD PRIMARY KEY (i);
COMMIT;
