using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DelegationRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoordinatorRole",
                table: "Sites",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            // Sites that existed before keep the duties their kind had by default (REC-01).
            migrationBuilder.Sql("UPDATE \"Sites\" SET \"CoordinatorRole\" = CASE \"Kind\" WHEN 'Prison' THEN 'CaseManagementCoordinator' ELSE 'TeamLeader' END;");

            migrationBuilder.CreateTable(
                name: "Delegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Duty = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DelegateUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DelegateName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthorisedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorisedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Instrument = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delegations_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_DelegateUserId_Duty",
                table: "Delegations",
                columns: new[] { "DelegateUserId", "Duty" });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_SiteId",
                table: "Delegations",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Delegations");

            migrationBuilder.DropColumn(
                name: "CoordinatorRole",
                table: "Sites");
        }
    }
}
