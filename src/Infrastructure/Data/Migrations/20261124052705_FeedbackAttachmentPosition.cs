using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackAttachmentPosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "position",
                schema: "onestop",
                table: "feedback_attachments",
                type: "integer",
                nullable: false,
                defaultValue: 0);
            // Files attached before the column existed keep the order they were shown in (upload instant, then id).
            migrationBuilder.Sql("""
                UPDATE onestop.feedback_attachments AS a SET position = n.position
                FROM (SELECT id, row_number() OVER (PARTITION BY feedback_id ORDER BY uploaded_at, id) AS position
                      FROM onestop.feedback_attachments) AS n
                WHERE a.id = n.id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "position",
                schema: "onestop",
                table: "feedback_attachments");
        }
    }
}
