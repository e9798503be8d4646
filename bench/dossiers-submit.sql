-- POST /api/dossiers {…, submit: true} as EF Core and the code generator send it, in one transaction: the
-- idempotency key is claimed first, the dossier gets the next number of its receiving agency's day (a row lock held
-- until COMMIT), the dossier and its first history line go in one batch, the response is recorded under the key.
-- (The response JSON is stood in for by a document of the same size, about 3 KB.)
-- pgbench -D citizen=<user id> -D procedure=<id> -D competent=<agency id> -D receiving=<its counter's id>
--         -D receiving_code=<counter's agency code> -D day=<local date> -D yymmdd=<local date as yymmdd>
\set k random(1, 1000000000000)
SELECT i.caller_id, i.key, i.command_name, i.created_at, i.request_hash, i.response_json
FROM onestop.idempotency_keys AS i
WHERE i.caller_id = :citizen AND i.key = 'pgbench-' || :client_id || '-' || :k AND i.response_json IS NOT NULL
LIMIT 2;
BEGIN;
INSERT INTO onestop.idempotency_keys (caller_id, key, command_name, created_at, request_hash, response_json)
VALUES (:citizen, 'pgbench-' || :client_id || '-' || :k, 'CreateDossierCommand', now(), '53BAD0E055DF749781E174E11A92DFC681660916FB0F79436493ACFF1EB8F171', NULL);
SELECT p.id, p.case_count, p.code, p.created_at, p.field_id, p.implementing_agency_ids, p.is_latest, p.legal_basis, p.levels, p.lowest_fee, p.name, p.online_level, p.previous_version_id, p.published_at, p.result, p.search_text, p.status, p.version_number, p.cases, p.process, p.fastest_processing_time_unit, p.fastest_processing_time_value
FROM onestop.procedures AS p
WHERE p.id = :procedure AND p.status = 1
LIMIT 2;
SELECT a.id, a.code, a.counter_agency_id, a.level, a.name, a.parent_id, a.path, a.successor_id, a.valid_from, a.valid_to
FROM onestop.agencies AS a
WHERE a.id = :competent
LIMIT 2;
SELECT a.id, a.code, a.counter_agency_id, a.level, a.name, a.parent_id, a.path, a.successor_id, a.valid_from, a.valid_to
FROM onestop.agencies AS a
WHERE a.id = :receiving
LIMIT 1;
INSERT INTO onestop.dossier_code_sequences AS s (agency_id, day, last_value) VALUES (:receiving, :day, 1)
ON CONFLICT (agency_id, day) DO UPDATE SET last_value = s.last_value + 1
RETURNING last_value \gset
WITH d AS (
INSERT INTO onestop.dossiers (steps, id, amount_due, apology_reason, appointment_at, assignee_id, case_index, case_name, channel, closing_reason, code, competent_agency_id, created_at, created_by, current_step_index, decision, decision_note, delivery_method, due_at, fee, holding_agency_id, last_activity_at, national_sync_status, owner_id, paid_at, payment_method, payment_status, pending_request, procedure_code, procedure_id, procedure_name, processed_at, processing_hours, received_at, receiving_agency_id, remaining_while_paused, required_documents, result_document_id, returned_at, status, status_before_payment, submitted_at, timeliness, applicant_address, applicant_email, applicant_full_name, applicant_identity_number, applicant_kind, applicant_phone, representative_full_name, representative_identity_number, representative_phone, representative_relationship)
VALUES (
  jsonb_build_array(
    jsonb_build_object('Name', 'Tiếp nhận hồ sơ', 'Role', 2, 'DueAt', NULL, 'AgencyId', CAST(:receiving AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 4),
    jsonb_build_object('Name', 'Thẩm định, xử lý hồ sơ', 'Role', 4, 'DueAt', NULL, 'AgencyId', CAST(:competent AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 32),
    jsonb_build_object('Name', 'Phê duyệt, ký kết quả', 'Role', 8, 'DueAt', NULL, 'AgencyId', CAST(:competent AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 4),
    jsonb_build_object('Name', 'Trả kết quả', 'Role', 2, 'DueAt', NULL, 'AgencyId', CAST(:receiving AS uuid), 'StartedAt', NULL, 'CompletedAt', NULL, 'WorkingHours', 0)),
  -- a version-7 id from the clock, as Guid.CreateVersion7() makes it
  CAST(lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15) AS uuid),
  NULL, NULL, NULL, NULL, 0, 'Doanh nghiệp, hợp tác xã', 2, NULL,
  :receiving_code || '-' || :yymmdd || '-' || lpad(CAST(:last_value AS text), 4, '0'),
  :competent, now(), :citizen, 0, NULL, NULL, NULL, NULL, 200000, :receiving, now(), 0, :citizen, NULL, NULL, 0, NULL,
  '1.001951', :procedure, 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', NULL, 40, NULL, :receiving, NULL,
  ARRAY['Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô theo mẫu', 'Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải', 'Phương án kinh doanh vận tải bằng xe ô tô'],
  NULL, NULL, 1, NULL, now(), NULL,
  '12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa', 'citizen@demo.onestop.vn', 'Nguyễn Văn An', '056090001234', 1, '0912345678', NULL, NULL, NULL, NULL)
RETURNING id, xmin)
INSERT INTO onestop.dossier_history (id, dossier_id, sequence, action, from_status, to_status, actor_id, actor_name, at, note, from_agency_id, to_agency_id, to_officer_id, step_name, step_due_at, document_ids)
SELECT gen_random_uuid(), d.id, 1, 1, 0, 1, :citizen, 'Nguyễn Văn An', now(), NULL, NULL, :receiving, NULL, 'Tiếp nhận hồ sơ', NULL, '{}' FROM d;
SELECT a.id AS "Id", a.code AS "Code", a.name AS "Name", a.level AS "Level"
FROM onestop.agencies AS a
WHERE a.id = ANY (ARRAY[CAST(:receiving AS uuid), CAST(:competent AS uuid)]);
UPDATE onestop.idempotency_keys SET response_json = jsonb_build_object('code', :receiving_code || '-' || :yymmdd || '-' || lpad(CAST(:last_value AS text), 4, '0'), 'rest', repeat('x', 2900))
WHERE caller_id = :citizen AND key = 'pgbench-' || :client_id || '-' || :k;
COMMIT;
