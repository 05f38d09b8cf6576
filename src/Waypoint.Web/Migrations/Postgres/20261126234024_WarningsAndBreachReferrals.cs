using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WarningsAndBreachReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BreachReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Authority = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Grounds = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnComments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WithdrawnReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Steps = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachReferrals_CaseManagementPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CaseManagementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BreachReferrals_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BreachReferrals_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FormalWarnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    NonComplianceId = table.Column<Guid>(type: "uuid", nullable: true),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IssuedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormalWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormalWarnings_NonCompliances_NonComplianceId",
                        column: x => x.NonComplianceId,
                        principalTable: "NonCompliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FormalWarnings_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FormalWarnings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BreachReferrals_OrderId",
                table: "BreachReferrals",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachReferrals_PersonId_StartedOn",
                table: "BreachReferrals",
                columns: new[] { "PersonId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BreachReferrals_PlanId",
                table: "BreachReferrals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachReferrals_Status",
                table: "BreachReferrals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FormalWarnings_NonComplianceId",
                table: "FormalWarnings",
                column: "NonComplianceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormalWarnings_OrderId",
                table: "FormalWarnings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_FormalWarnings_PersonId_GivenOn",
                table: "FormalWarnings",
                columns: new[] { "PersonId", "GivenOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BreachReferrals");

            migrationBuilder.DropTable(
                name: "FormalWarnings");
        }
    }
}
