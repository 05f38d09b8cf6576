using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RefusalSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RefusalSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    What = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CaseNoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusalSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefusalSteps_CaseManagementPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CaseManagementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RefusalSteps_CaseNotes_CaseNoteId",
                        column: x => x.CaseNoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RefusalSteps_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RefusalSteps_CaseNoteId",
                table: "RefusalSteps",
                column: "CaseNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_RefusalSteps_PersonId",
                table: "RefusalSteps",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RefusalSteps_PlanId_On",
                table: "RefusalSteps",
                columns: new[] { "PlanId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RefusalSteps");
        }
    }
}
