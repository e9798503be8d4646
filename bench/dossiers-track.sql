-- GET /api/dossiers/track/{code}?identity=… as EF Core sends it: the dossier (split query), its history, the
-- agencies named. The first statement only picks a random seeded code and its applicant's identity (a primary-key
-- read of the small bench.track_keys); its cost, a few hundredths of a millisecond, is inside pgbench's figures.
-- pgbench -D keys=<rows in bench.track_keys>
\set i random(1, :keys)
SELECT code, identity, receiving FROM bench.track_keys WHERE i = :i \gset
SELECT d.id, d.amount_due, d.apology_reason, d.appointment_at, d.assignee_id, d.case_index, d.case_name, d.channel, d.closing_reason, d.code, d.competent_agency_id, d.created_at, d.created_by, d.current_step_index, d.decision, d.decision_note, d.delivery_method, d.due_at, d.fee, d.holding_agency_id, d.last_activity_at, d.national_sync_status, d.owner_id, d.paid_at, d.payment_method, d.payment_status, d.pending_request, d.procedure_code, d.procedure_id, d.procedure_name, d.processed_at, d.processing_hours, d.received_at, d.receiving_agency_id, d.remaining_while_paused, d.required_documents, d.result_document_id, d.returned_at, d.status, d.status_before_payment, d.submitted_at, d.timeliness, d.xmin, d.applicant_address, d.applicant_email, d.applicant_full_name, d.applicant_identity_number, d.applicant_kind, d.applicant_phone, d.representative_full_name, d.representative_identity_number, d.representative_phone, d.representative_relationship, d.steps
FROM onestop.dossiers AS d
WHERE d.code = :code AND (d.applicant_identity_number = :identity OR d.applicant_phone = :identity)
ORDER BY d.id
LIMIT 2;
SELECT d0.id, d0.action, d0.actor_id, d0.actor_name, d0.at, d0.document_ids, d0.dossier_id, d0.from_agency_id, d0.from_status, d0.note, d0.sequence, d0.step_due_at, d0.step_name, d0.to_agency_id, d0.to_officer_id, d0.to_status, d1.id
FROM (
    SELECT d.id
    FROM onestop.dossiers AS d
    WHERE d.code = :code AND (d.applicant_identity_number = :identity OR d.applicant_phone = :identity)
    ORDER BY d.id
    LIMIT 1
) AS d1
INNER JOIN onestop.dossier_history AS d0 ON d1.id = d0.dossier_id
ORDER BY d1.id;
SELECT a.id, a.code, a.counter_agency_id, a.level, a.name, a.parent_id, a.path, a.successor_id, a.valid_from, a.valid_to
FROM onestop.agencies AS a
WHERE a.id = ANY (ARRAY[CAST(:receiving AS uuid)]);
