using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "counter_agency_id",
                schema: "onestop",
                table: "agencies",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dossier_code_sequences",
                schema: "onestop",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_code_sequences", x => new { x.agency_id, x.day });
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    procedure_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    case_index = table.Column<int>(type: "integer", nullable: false),
                    case_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    processing_hours = table.Column<int>(type: "integer", nullable: false),
                    fee = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    required_documents = table.Column<string[]>(type: "text[]", nullable: false),
                    receiving_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competent_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    holding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    current_step_index = table.Column<int>(type: "integer", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_activity_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    remaining_while_paused = table.Column<TimeSpan>(type: "interval", nullable: true),
                    appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    apology_reason = table.Column<string>(type: "text", nullable: true),
                    pending_request = table.Column<string>(type: "text", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    timeliness = table.Column<int>(type: "integer", nullable: true),
                    decision = table.Column<int>(type: "integer", nullable: true),
                    decision_note = table.Column<string>(type: "text", nullable: true),
                    result_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closing_reason = table.Column<string>(type: "text", nullable: true),
                    payment_status = table.Column<int>(type: "integer", nullable: false),
                    amount_due = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: true),
                    payment_method = table.Column<int>(type: "integer", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status_before_payment = table.Column<int>(type: "integer", nullable: true),
                    delivery_method = table.Column<int>(type: "integer", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    national_sync_status = table.Column<int>(type: "integer", nullable: false),
                    applicant_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    applicant_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    applicant_full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_identity_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_kind = table.Column<int>(type: "integer", nullable: false),
                    applicant_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    representative_full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    representative_identity_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    representative_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    representative_relationship = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    steps = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossiers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "onestop",
                columns: table => new
                {
                    caller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    command_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    response_json = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.caller_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "working_calendar_years",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    cut_off = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    holidays = table.Column<string>(type: "jsonb", nullable: true),
                    make_up_working_days = table.Column<string>(type: "jsonb", nullable: true),
                    sessions = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_calendar_years", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_documents",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    required_document_index = table.Column<int>(type: "integer", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    digitized = table.Column<bool>(type: "boolean", nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_documents_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "onestop",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_history",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<int>(type: "integer", nullable: false),
                    from_status = table.Column<int>(type: "integer", nullable: false),
                    to_status = table.Column<int>(type: "integer", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    from_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to_officer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    step_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    step_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    document_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_history_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "onestop",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sub_dossiers",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    request = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sub_dossiers", x => x.id);
                    table.ForeignKey(
                        name: "fk_sub_dossiers_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "onestop",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agencies_counter_agency_id",
                schema: "onestop",
                table: "agencies",
                column: "counter_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_documents_dossier_id",
                schema: "onestop",
                table: "dossier_documents",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_documents_storage_key",
                schema: "onestop",
                table: "dossier_documents",
                column: "storage_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossier_history_dossier_id_sequence",
                schema: "onestop",
                table: "dossier_history",
                columns: new[] { "dossier_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_code",
                schema: "onestop",
                table: "dossiers",
                column: "code",
                unique: true,
                filter: "code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_holding_agency_id_id",
                schema: "onestop",
                table: "dossiers",
                columns: new[] { "holding_agency_id", "id" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_holding_agency_id_status_id",
                schema: "onestop",
                table: "dossiers",
                columns: new[] { "holding_agency_id", "status", "id" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_owner_id_id",
                schema: "onestop",
                table: "dossiers",
                columns: new[] { "owner_id", "id" },
                descending: new[] { false, true },
                filter: "owner_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sub_dossiers_agency_id_status",
                schema: "onestop",
                table: "sub_dossiers",
                columns: new[] { "agency_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_sub_dossiers_dossier_id",
                schema: "onestop",
                table: "sub_dossiers",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_calendar_years_year",
                schema: "onestop",
                table: "working_calendar_years",
                column: "year",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_agencies_agencies_counter_agency_id",
                schema: "onestop",
                table: "agencies",
                column: "counter_agency_id",
                principalSchema: "onestop",
                principalTable: "agencies",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_agencies_agencies_counter_agency_id",
                schema: "onestop",
                table: "agencies");

            migrationBuilder.DropTable(
                name: "dossier_code_sequences",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "dossier_documents",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "dossier_history",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "sub_dossiers",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "working_calendar_years",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "dossiers",
                schema: "onestop");

            migrationBuilder.DropIndex(
                name: "ix_agencies_counter_agency_id",
                schema: "onestop",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "counter_agency_id",
                schema: "onestop",
                table: "agencies");
        }
    }
}
