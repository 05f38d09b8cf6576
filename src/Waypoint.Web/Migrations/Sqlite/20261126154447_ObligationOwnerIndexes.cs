using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObligationOwnerIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Obligations_DueOn",
                table: "Obligations");
            // The work queue's indexes (owner, due date). On SQLite, adding the site's foreign key rebuilt the table and
            // dropped them with it, since they are raw SQL EF does not know of; on PostgreSQL they are still there.
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Obligations_OwnerUserId_DueOn\" ON \"Obligations\" (\"OwnerUserId\", \"DueOn\");");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Obligations_OwnerCoordinatorSiteId_DueOn\" ON \"Obligations\" (\"OwnerCoordinatorSiteId\", \"DueOn\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Obligations_DueOn",
                table: "Obligations",
                column: "DueOn");
        }
    }
}
