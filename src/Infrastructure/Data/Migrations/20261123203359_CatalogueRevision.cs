using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Infrastructure.Data.Migrations
{
    /// <summary>
    /// The catalogue revision that the in-memory search snapshot is checked against. A deferred
    /// constraint trigger changes it when a transaction that wrote procedures or fields commits: the new
    /// value becomes visible together with the data, and taking the revision row's lock last, at commit,
    /// keeps two administrators' transactions from deadlocking on it.
    /// </summary>
    public partial class CatalogueRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE onestop.catalogue_state (
                    id integer PRIMARY KEY CHECK (id = 1),
                    revision uuid NOT NULL);
                INSERT INTO onestop.catalogue_state (id, revision) VALUES (1, gen_random_uuid());

                CREATE FUNCTION onestop.change_catalogue_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE onestop.catalogue_state SET revision = gen_random_uuid() WHERE id = 1;
                    RETURN NULL;
                END $$;

                CREATE CONSTRAINT TRIGGER procedures_change_catalogue_revision
                    AFTER INSERT OR UPDATE OR DELETE ON onestop.procedures
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION onestop.change_catalogue_revision();
                CREATE CONSTRAINT TRIGGER fields_change_catalogue_revision
                    AFTER INSERT OR UPDATE OR DELETE ON onestop.fields
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION onestop.change_catalogue_revision();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER fields_change_catalogue_revision ON onestop.fields;
                DROP TRIGGER procedures_change_catalogue_revision ON onestop.procedures;
                DROP FUNCTION onestop.change_catalogue_revision();
                DROP TABLE onestop.catalogue_state;
                """);
        }
    }
}
