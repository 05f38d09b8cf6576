using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReviewOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnComments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualManagementPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualManagementPlans_IndividualManagementPlans_ReviewO~",
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
