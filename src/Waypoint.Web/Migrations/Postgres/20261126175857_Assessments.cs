using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tool = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Answers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessorUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssessorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    BandCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BandName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ComputedLevel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Needs = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    FullAssessmentRequired = table.Column<bool>(type: "boolean", nullable: false),
                    PackVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Override = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OverrideLevel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverrideRequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OverrideDecidedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OverrideDecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OverrideDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverrideDecisionNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
