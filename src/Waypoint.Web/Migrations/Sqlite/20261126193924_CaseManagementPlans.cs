using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseManagementPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseManagementPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Unscheduled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Review = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonSigns = table.Column<bool>(type: "INTEGER", nullable: false),
                    OfficerSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseManagementPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseManagementPlans_CaseManagementPlans_ReviewOfId",
                        column: x => x.ReviewOfId,
                        principalTable: "CaseManagementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseManagementPlans_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseManagementPlans_PersonId_Number",
                table: "CaseManagementPlans",
                columns: new[] { "PersonId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseManagementPlans_ReviewOfId",
                table: "CaseManagementPlans",
                column: "ReviewOfId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseManagementPlans_Status_SubmittedAt",
                table: "CaseManagementPlans",
                columns: new[] { "Status", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseManagementPlans");
        }
    }
}
