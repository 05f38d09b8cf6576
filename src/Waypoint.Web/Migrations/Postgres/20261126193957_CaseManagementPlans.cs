using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReviewOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    Unscheduled = table.Column<bool>(type: "boolean", nullable: false),
                    Review = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnComments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PersonSigns = table.Column<bool>(type: "boolean", nullable: false),
                    OfficerSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PersonSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
