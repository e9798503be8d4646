-- GET /api/dossiers/inbox?pageSize=20 as EF Core sends it (captured with
-- Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information): one page of 21 rows (the 21st says
-- whether another follows; the limit is a parameter, as the API sends it); the deadline flags are computed in the API.
-- The working calendar is read at most once every 30 seconds (WorkingCalendarSource).
-- pgbench -D agency=<holding agency id>
\set take 21
SELECT d.id, d.code, d.status, d.channel, d.procedure_name, d.case_name, d.applicant_full_name, d.created_at, d.submitted_at, d.due_at, d.appointment_at, d.assignee_id, d.remaining_while_paused IS NOT NULL, d.payment_status
FROM onestop.dossiers AS d
WHERE d.holding_agency_id = :agency AND d.status <> 0
ORDER BY d.id DESC
LIMIT :take;
