-- GET /api/dossiers/track/{code}?identity=… as EF Core sends it (captured with
-- Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information): one statement with the history and
-- the agencies' names. The first statement only picks a random seeded code and its applicant's identity (a
-- primary-key read of the small bench.track_keys); its cost, a few hundredths of a millisecond, is inside pgbench's
-- figures.
-- pgbench -D keys=<rows in bench.track_keys>
\set i random(1, :keys)
SELECT code, identity FROM bench.track_keys WHERE i = :i \gset
SELECT d1.code, d1.procedure_name, d1.c, d1.status, d1.submitted_at, d1.received_at, d1.due_at, d1.appointment_at, d1.processed_at, d1.returned_at, d1.id, d0.at, d0.action, d0.to_status, (
    SELECT a0.name
    FROM onestop.agencies AS a0
    WHERE a0.id = d0.to_agency_id
    LIMIT 1), d0.step_name, d0.step_due_at, d0.id
FROM (
    SELECT d.code, d.procedure_name, COALESCE((
        SELECT a.name
        FROM onestop.agencies AS a
        WHERE a.id = d.receiving_agency_id
        LIMIT 1), '') AS c, d.status, d.submitted_at, d.received_at, d.due_at, d.appointment_at, d.processed_at, d.returned_at, d.id
    FROM onestop.dossiers AS d
    WHERE d.code = :code AND (d.applicant_identity_number = :identity OR d.applicant_phone = :identity)
    LIMIT 2
) AS d1
LEFT JOIN onestop.dossier_history AS d0 ON d1.id = d0.dossier_id
ORDER BY d1.id, d0.sequence;
