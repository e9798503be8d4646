using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackAndRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_ratings",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    rated_by = table.Column<Guid>(type: "uuid", nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scores_attitude = table.Column<int>(type: "integer", nullable: false),
                    scores_clarity = table.Column<int>(type: "integer", nullable: false),
                    scores_fees = table.Column<int>(type: "integer", nullable: false),
                    scores_time = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_ratings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feedbacks",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    title = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    search_text = table.Column<string>(type: "character varying(10300)", maxLength: 10300, nullable: false),
                    category = table.Column<int>(type: "integer", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    related_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    related_procedure_id = table.Column<Guid>(type: "uuid", nullable: true),
                    related_dossier_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    handling_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assign_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consults_other_agencies = table.Column<bool>(type: "boolean", nullable: false),
                    answer_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    draft_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    drafted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    draft_return_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closing_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    redirection = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    last_activity_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    contact_citizen_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    contact_full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_phone_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedbacks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feedback_answers",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    feedback_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    drafted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approved_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    on_time = table.Column<bool>(type: "boolean", nullable: false),
                    satisfied = table.Column<bool>(type: "boolean", nullable: true),
                    rating_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_answers_feedbacks_feedback_id",
                        column: x => x.feedback_id,
                        principalSchema: "onestop",
                        principalTable: "feedbacks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback_attachments",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    feedback_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    storage_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_attachments_feedbacks_feedback_id",
                        column: x => x.feedback_id,
                        principalSchema: "onestop",
                        principalTable: "feedbacks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback_history",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    feedback_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<int>(type: "integer", nullable: false),
                    from_status = table.Column<int>(type: "integer", nullable: false),
                    to_status = table.Column<int>(type: "integer", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: true),
                    from_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to_agency_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_history_feedbacks_feedback_id",
                        column: x => x.feedback_id,
                        principalSchema: "onestop",
                        principalTable: "feedbacks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_ratings_agency_id_rated_at",
                schema: "onestop",
                table: "dossier_ratings",
                columns: new[] { "agency_id", "rated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_ratings_dossier_id",
                schema: "onestop",
                table: "dossier_ratings",
                column: "dossier_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_answers_feedback_id_sequence",
                schema: "onestop",
                table: "feedback_answers",
                columns: new[] { "feedback_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_attachments_feedback_id",
                schema: "onestop",
                table: "feedback_attachments",
                column: "feedback_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_attachments_storage_key",
                schema: "onestop",
                table: "feedback_attachments",
                column: "storage_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_history_feedback_id_sequence",
                schema: "onestop",
                table: "feedback_history",
                columns: new[] { "feedback_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_history_to_agency_id",
                schema: "onestop",
                table: "feedback_history",
                column: "to_agency_id",
                filter: "to_agency_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_feedbacks_code",
                schema: "onestop",
                table: "feedbacks",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedbacks_handling_agency_id_status_id",
                schema: "onestop",
                table: "feedbacks",
                columns: new[] { "handling_agency_id", "status", "id" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "ix_feedbacks_owner_id_id",
                schema: "onestop",
                table: "feedbacks",
                columns: new[] { "owner_id", "id" },
                descending: new[] { false, true },
                filter: "owner_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_feedbacks_published",
                schema: "onestop",
                table: "feedbacks",
                column: "id",
                descending: new bool[0],
                filter: "published_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_ratings",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "feedback_answers",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "feedback_attachments",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "feedback_history",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "feedbacks",
                schema: "onestop");
        }
    }
}
