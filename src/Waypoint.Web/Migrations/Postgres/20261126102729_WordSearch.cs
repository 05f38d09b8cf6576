using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WordSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The name index is rebuilt with its words by DatabaseSetup.MigrateAsync (hand-added before first release).
            migrationBuilder.Sql("DELETE FROM \"PersonSearchNames\";");

            migrationBuilder.DropIndex(
                name: "IX_PersonSearchNames_Text_Trigram",
                table: "PersonSearchNames");

            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Word = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchWords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonSearchNameWords",
                columns: table => new
                {
                    NameId = table.Column<long>(type: "bigint", nullable: false),
                    WordId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonSearchNameWords", x => new { x.WordId, x.NameId });
                    table.ForeignKey(
                        name: "FK_PersonSearchNameWords_PersonSearchNames_NameId",
                        column: x => x.NameId,
                        principalTable: "PersonSearchNames",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonSearchNameWords_SearchWords_WordId",
                        column: x => x.WordId,
                        principalTable: "SearchWords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonSearchNameWords_NameId",
                table: "PersonSearchNameWords",
                column: "NameId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchWords_Word",
                table: "SearchWords",
                column: "Word",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchWords_Word_Trigram",
                table: "SearchWords",
                column: "Word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonSearchNameWords");

            migrationBuilder.DropTable(
                name: "SearchWords");

            migrationBuilder.CreateIndex(
                name: "IX_PersonSearchNames_Text_Trigram",
                table: "PersonSearchNames",
                column: "Text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
