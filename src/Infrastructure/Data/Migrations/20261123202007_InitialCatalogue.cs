using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "onestop");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "agencies",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agencies", x => x.id);
                    table.ForeignKey(
                        name: "fk_agencies_agencies_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "onestop",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agencies_agencies_successor_id",
                        column: x => x.successor_id,
                        principalSchema: "onestop",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fields",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fields", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures",
                schema: "onestop",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    previous_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_latest = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    field_id = table.Column<Guid>(type: "uuid", nullable: false),
                    levels = table.Column<int[]>(type: "integer[]", nullable: false),
                    implementing_agency_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    online_level = table.Column<int>(type: "integer", nullable: false),
                    result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    search_text = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    case_count = table.Column<int>(type: "integer", nullable: false),
                    fastest_processing_time_value = table.Column<int>(type: "integer", nullable: false),
                    fastest_processing_time_unit = table.Column<int>(type: "integer", nullable: false),
                    lowest_fee = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    cases = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedures_fields_field_id",
                        column: x => x.field_id,
                        principalSchema: "onestop",
                        principalTable: "fields",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_procedures_procedures_previous_version_id",
                        column: x => x.previous_version_id,
                        principalSchema: "onestop",
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("Npgsql:StorageParameter:toast_tuple_target", 256);

            migrationBuilder.CreateIndex(
                name: "ix_agencies_code",
                schema: "onestop",
                table: "agencies",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agencies_parent_id",
                schema: "onestop",
                table: "agencies",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_agencies_path",
                schema: "onestop",
                table: "agencies",
                column: "path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_agencies_successor_id",
                schema: "onestop",
                table: "agencies",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_fields_code",
                schema: "onestop",
                table: "fields",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_code_latest",
                schema: "onestop",
                table: "procedures",
                column: "code",
                unique: true,
                filter: "is_latest");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_code_published",
                schema: "onestop",
                table: "procedures",
                column: "code",
                unique: true,
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_code_version_number",
                schema: "onestop",
                table: "procedures",
                columns: new[] { "code", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_field_id",
                schema: "onestop",
                table: "procedures",
                column: "field_id");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_previous_version_id",
                schema: "onestop",
                table: "procedures",
                column: "previous_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_procedures_search_text",
                schema: "onestop",
                table: "procedures",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_status_name_id",
                schema: "onestop",
                table: "procedures",
                columns: new[] { "status", "name", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agencies",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "procedures",
                schema: "onestop");

            migrationBuilder.DropTable(
                name: "fields",
                schema: "onestop");
        }
    }
}
