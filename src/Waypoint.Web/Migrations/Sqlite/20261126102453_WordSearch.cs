using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WordSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The name index is rebuilt with its words by DatabaseSetup.MigrateAsync (hand-added before first release).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PersonSearchNames_au;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PersonSearchNames_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS PersonSearchNames_ai;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS PersonSearchNamesFts;");
            migrationBuilder.Sql("DELETE FROM PersonSearchNames;");

            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Word = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchWords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonSearchNameWords",
                columns: table => new
                {
                    NameId = table.Column<long>(type: "INTEGER", nullable: false),
                    WordId = table.Column<long>(type: "INTEGER", nullable: false)
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

            // PPL-07: trigram full-text index over the distinct words of names, kept in step by triggers.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE SearchWordsFts USING fts5(Word, content='SearchWords', content_rowid='Id', tokenize='trigram remove_diacritics 1');");
            migrationBuilder.Sql("CREATE TRIGGER SearchWords_ai AFTER INSERT ON SearchWords BEGIN INSERT INTO SearchWordsFts(rowid, Word) VALUES (new.Id, new.Word); END;");
            migrationBuilder.Sql("CREATE TRIGGER SearchWords_ad AFTER DELETE ON SearchWords BEGIN INSERT INTO SearchWordsFts(SearchWordsFts, rowid, Word) VALUES ('delete', old.Id, old.Word); END;");
            migrationBuilder.Sql("CREATE TRIGGER SearchWords_au AFTER UPDATE ON SearchWords BEGIN INSERT INTO SearchWordsFts(SearchWordsFts, rowid, Word) VALUES ('delete', old.Id, old.Word); INSERT INTO SearchWordsFts(rowid, Word) VALUES (new.Id, new.Word); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchWords_au;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchWords_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchWords_ai;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchWordsFts;");

            migrationBuilder.DropTable(
                name: "PersonSearchNameWords");

            migrationBuilder.DropTable(
                name: "SearchWords");
        }
    }
}
