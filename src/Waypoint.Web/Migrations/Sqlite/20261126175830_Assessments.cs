using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tool = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessorUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    BandCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BandName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ComputedLevel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    FullAssessmentRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    PackVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Override = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OverrideLevel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverrideRequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OverrideDecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OverrideDecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OverrideDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverrideDecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_PersonId_Tool_AssessedOn",
                table: "Assessments",
                columns: new[] { "PersonId", "Tool", "AssessedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");
        }
    }
}
