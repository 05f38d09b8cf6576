using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Obligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Obligations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TriggeredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RuleSource = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PackId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PackVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MetBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedBecause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerCoordinatorSiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligations", x => x.Key);
                    table.ForeignKey(
                        name: "FK_Obligations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_PersonId",
                table: "Obligations",
                column: "PersonId");

            // Work queues read by owner, soonest first (CMP-04); EF cannot index a complex property's columns itself.
            migrationBuilder.Sql("CREATE INDEX \"IX_Obligations_OwnerUserId_DueOn\" ON \"Obligations\" (\"OwnerUserId\", \"DueOn\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_Obligations_OwnerCoordinatorSiteId_DueOn\" ON \"Obligations\" (\"OwnerCoordinatorSiteId\", \"DueOn\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Obligations");
        }
    }
}
