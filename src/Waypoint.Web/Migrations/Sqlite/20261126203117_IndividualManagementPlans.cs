using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndividualManagementPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndividualManagementPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualManagementPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualManagementPlans_IndividualManagementPlans_ReviewOfId",
                        column: x => x.ReviewOfId,
                        principalTable: "IndividualManagementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndividualManagementPlans_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndividualManagementPlans_PersonId_Number",
                table: "IndividualManagementPlans",
                columns: new[] { "PersonId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndividualManagementPlans_ReviewOfId",
                table: "IndividualManagementPlans",
                column: "ReviewOfId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualManagementPlans_Status_SubmittedAt",
                table: "IndividualManagementPlans",
                columns: new[] { "Status", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndividualManagementPlans");
        }
    }
}
