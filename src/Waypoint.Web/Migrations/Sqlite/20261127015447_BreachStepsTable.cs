using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
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
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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

            // The steps kept so far move from the JSON list to rows, in the order they were taken. "At" is stored as
            // EF's DateTimeOffsetToBinaryConverter does: ticks / 1000, shifted 11 bits, with the offset in minutes in
            // the low bits (every step was written in UTC, so the offset is 0); ticks / 1000 is Unix milliseconds
            // plus 62,135,596,800,000, times 10.
            migrationBuilder.Sql("""
                INSERT INTO "BreachSteps" ("ReferralId", "Number", "Status", "On", "At", "ByName", "Note")
                SELECT r."Id", CAST(j.key AS INTEGER) + 1, json_extract(j.value, '$.status'), date(json_extract(j.value, '$.at')),
                    (CAST(ROUND((julianday(json_extract(j.value, '$.at')) - 2440587.5) * 86400000.0) AS INTEGER) + 62135596800000) * 10 * 2048,
                    json_extract(j.value, '$.byName'), json_extract(j.value, '$.note')
                FROM "BreachReferrals" r, json_each(r."Steps") j;
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }
    }
}
