using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupervisingOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupervisingSiteId",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_SupervisingSiteId_Status",
                table: "Orders",
                columns: new[] { "SupervisingSiteId", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_Sites_SupervisingSiteId",
                table: "Orders",
                column: "SupervisingSiteId",
                principalTable: "Sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Sites_SupervisingSiteId",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_SupervisingSiteId_Status",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "SupervisingSiteId",
                table: "Orders");
        }
    }
}
