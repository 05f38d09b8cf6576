using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BreachStepsTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BreachSteps",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachSteps", x => new { x.ReferralId, x.Number });
                    table.ForeignKey(
                        name: "FK_BreachSteps_BreachReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "BreachReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The steps kept so far move from the JSON list to rows, in the order they were taken.
            migrationBuilder.Sql("""
                INSERT INTO "BreachSteps" ("ReferralId", "Number", "Status", "On", "At", "ByName", "Note")
                SELECT r."Id", s.n, s.step->>'status', ((s.step->>'at')::timestamptz AT TIME ZONE 'UTC')::date, (s.step->>'at')::timestamptz, s.step->>'byName', s.step->>'note'
                FROM "BreachReferrals" r, jsonb_array_elements(r."Steps"::jsonb) WITH ORDINALITY AS s(step, n);
                """);

            migrationBuilder.DropColumn(
                name: "Steps",
                table: "BreachReferrals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BreachSteps");

            migrationBuilder.AddColumn<string>(
                name: "Steps",
                table: "BreachReferrals",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
