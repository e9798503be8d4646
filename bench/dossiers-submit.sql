-- POST /api/dossiers {…, submit: true} as the API sends it (ADR-008): one transaction claims the idempotency key,
-- reads the procedure, the chosen agency and its counter in one statement, inserts the submitted dossier (no code
-- yet) with its first history line in one batch and records the response under the key; after the COMMIT one
-- statement of its own takes the day's number, writes the code and completes the recorded response, so the code
-- counter row is locked only while that statement runs. (The response JSON is stood in for by a document of the
-- same size, about 3 KB.) Captured with Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information;
-- the numbering statement is src/Infrastructure/Dossiers/DossierCodeGenerator.cs.
-- pgbench -D citizen=<user id> -D procedure=<id> -D competent=<agency id> -D receiving=<its counter's id>
\set k random(1, 1000000000000)
-- a version-7 id from the clock, as Guid.CreateVersion7() makes it (the API makes it without a statement)
SELECT CAST(lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15) AS uuid) AS id \gset
BEGIN;
INSERT INTO onestop.idempotency_keys (caller_id, key, command_name, request_hash, created_at)
VALUES (:citizen, 'pgbench-' || :client_id || '-' || :k, 'CreateDossierCommand', '53BAD0E055DF749781E174E11A92DFC681660916FB0F79436493ACFF1EB8F171', now());
SELECT p0.id, p0.case_count, p0.code, p0.created_at, p0.field_id, p0.implementing_agency_ids, p0.is_latest, p0.legal_basis, p0.levels, p0.lowest_fee, p0.name, p0.online_level, p0.previous_version_id, p0.published_at, p0.result, p0.search_text, p0.status, p0.version_number, p0.c, p0.fastest_processing_time_unit, p0.fastest_processing_time_value, p0.c0, a2.id, a2.code, a2.counter_agency_id, a2.level, a2.name, a2.parent_id, a2.path, a2.successor_id, a2.valid_from, a2.valid_to, s.id, s.code, s.counter_agency_id, s.level, s.name, s.parent_id, s.path, s.successor_id, s.valid_from, s.valid_to
FROM (
    SELECT p.id, p.case_count, p.code, p.created_at, p.field_id, p.implementing_agency_ids, p.is_latest, p.legal_basis, p.levels, p.lowest_fee, p.name, p.online_level, p.previous_version_id, p.published_at, p.result, p.search_text, p.status, p.version_number, p.cases AS c, p.fastest_processing_time_unit, p.fastest_processing_time_value, p.process AS c0
    FROM onestop.procedures AS p
    WHERE p.id = :procedure AND p.status = 1
    LIMIT 2
) AS p0
LEFT JOIN LATERAL (
    SELECT a.id, a.code, a.counter_agency_id, a.level, a.name, a.parent_id, a.path, a.successor_id, a.valid_from, a.valid_to
    FROM onestop.agencies AS a
    WHERE a.id = :competent
    LIMIT 1
) AS a2 ON TRUE
LEFT JOIN LATERAL (
    SELECT a1.id, a1.code, a1.counter_agency_id, a1.level, a1.name, a1.parent_id, a1.path, a1.successor_id, a1.valid_from, a1.valid_to
    FROM onestop.agencies AS a0
    INNER JOIN onestop.agencies AS a1 ON COALESCE(a0.counter_agency_id, a0.id) = a1.id
    WHERE a0.id = :competent
    LIMIT 1
) AS s ON TRUE;
WITH d AS (
INSERT INTO onestop.dossiers (steps, id, amount_due, apology_reason, appointment_at, assignee_id, case_index, case_name, channel, closing_reason, code, competent_agency_id, created_at, created_by, current_step_index, decision, decision_note, delivery_method, due_at, fee, holding_agency_id, last_activity_at, national_sync_status, owner_id, paid_at, payment_method, payment_status, pending_request, procedure_code, procedure_id, procedure_name, processed_at, processing_hours, received_at, receiving_agency_id, remaining_while_paused, required_documents, result_document_id, returned_at, status, status_before_payment, submitted_at, timeliness, applicant_address, applicant_email, applicant_full_name, applicant_identity_number, applicant_kind, applicant_phone, representative_full_name, representative_identity_number, representative_phone, representative_relationship)
VALUES (
  jsonb_build_array(
    jsonb_build_object('Name', 'Tiếp nhận hồ sơ', 'Role', 2, 'DueAt', NULL, 'AgencyId', CAST(:receiving AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 4),
    jsonb_build_object('Name', 'Thẩm định, xử lý hồ sơ', 'Role', 4, 'DueAt', NULL, 'AgencyId', CAST(:competent AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 32),
    jsonb_build_object('Name', 'Phê duyệt, ký kết quả', 'Role', 8, 'DueAt', NULL, 'AgencyId', CAST(:competent AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 4),
    jsonb_build_object('Name', 'Trả kết quả', 'Role', 2, 'DueAt', NULL, 'AgencyId', CAST(:receiving AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 0)),
  :id, NULL, NULL, NULL, NULL, 0, 'Doanh nghiệp, hợp tác xã', 2, NULL, NULL,
  :competent, now(), :citizen, 0, NULL, NULL, NULL, NULL, 200000, :receiving, now(), 0, :citizen, NULL, NULL, 0, NULL,
  '1.001951', :procedure, 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', NULL, 40, NULL, :receiving, NULL,
  ARRAY['Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu', 'Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải', 'Phương án kinh doanh vận tải bằng xe ô tô'],
  NULL, NULL, 1, NULL, now(), NULL,
  '12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa', 'citizen@demo.onestop.vn', 'Nguyễn Văn An', '056090001234', 1, '0912345678', NULL, NULL, NULL, NULL)
RETURNING xmin)
INSERT INTO onestop.dossier_history (id, action, actor_id, actor_name, at, document_ids, dossier_id, from_agency_id, from_status, note, sequence, step_due_at, step_name, to_agency_id, to_officer_id, to_status)
SELECT gen_random_uuid(), 1, :citizen, 'Nguyễn Văn An', now(), '{}', :id, NULL, 0, NULL, 1, NULL, 'Tiếp nhận hồ sơ', :receiving, NULL, 1 FROM d;
UPDATE onestop.idempotency_keys SET response_json = jsonb_build_object('code', NULL, 'version', 0, 'rest', repeat('x', 2900))
WHERE caller_id = :citizen AND key = 'pgbench-' || :client_id || '-' || :k;
COMMIT;
WITH d AS (
    SELECT d.id, d.receiving_agency_id, a.code AS agency_code, ((d.submitted_at AT TIME ZONE 'UTC') + interval '7 hours')::date AS day
    FROM onestop.dossiers AS d
    JOIN onestop.agencies AS a ON a.id = d.receiving_agency_id
    WHERE d.id = :id AND d.code IS NULL AND d.status <> 0
    FOR UPDATE OF d),
n AS (
    INSERT INTO onestop.dossier_code_sequences AS s (agency_id, day, last_value)
    SELECT receiving_agency_id, day, 1 FROM d
    ON CONFLICT (agency_id, day) DO UPDATE SET last_value = s.last_value + 1
    RETURNING last_value),
numbered AS (
    UPDATE onestop.dossiers AS t
    SET code = d.agency_code || '-' || to_char(d.day, 'YYMMDD') || '-' || lpad(n.last_value::text, greatest(4, length(n.last_value::text)), '0')
    FROM d, n
    WHERE t.id = d.id
    RETURNING t.code, t.xmin),
answer AS (
    UPDATE onestop.idempotency_keys AS k
    SET response_json = jsonb_set(jsonb_set(k.response_json, '{code}', to_jsonb(numbered.code)), '{version}', to_jsonb(numbered.xmin::text::bigint))
    FROM numbered
    WHERE k.caller_id = :citizen AND k.key = 'pgbench-' || :client_id || '-' || :k)
SELECT code, xmin FROM numbered;
