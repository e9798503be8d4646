-- GET /api/dossiers/inbox?pageSize=20 as EF Core sends it (captured with
-- Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information): the working calendar, then the page.
-- pgbench -D agency=<holding agency id> -D now=<timestamptz> -D due_soon=<timestamptz>
SELECT w.id, w.cut_off, w.year, w.holidays, w.make_up_working_days, w.sessions
FROM onestop.working_calendar_years AS w;
SELECT d.id, d.code, d.status, d.channel, d.procedure_name, d.case_name, d.applicant_full_name, d.created_at, d.submitted_at, d.due_at, d.appointment_at, d.assignee_id, d.remaining_while_paused IS NOT NULL, d.remaining_while_paused IS NULL AND d.status IN (2, 4) AND CASE
    WHEN d.due_at < :now THEN TRUE
    ELSE FALSE
END, d.remaining_while_paused IS NULL AND d.status IN (2, 4) AND CASE
    WHEN d.due_at >= :now THEN TRUE
    ELSE FALSE
END AND CASE
    WHEN d.due_at <= :due_soon THEN TRUE
    ELSE FALSE
END, d.payment_status
FROM onestop.dossiers AS d
WHERE d.holding_agency_id = :agency AND d.status <> 0
ORDER BY d.id DESC
LIMIT 21;
