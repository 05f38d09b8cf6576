using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObligationSite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SiteId",
                table: "Obligations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_DueOn",
                table: "Obligations",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_SiteId_DueOn",
                table: "Obligations",
                columns: new[] { "SiteId", "DueOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Obligations_Sites_SiteId",
                table: "Obligations",
                column: "SiteId",
                principalTable: "Sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Obligations_Sites_SiteId",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_DueOn",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_SiteId_DueOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "SiteId",
                table: "Obligations");
        }
    }
}
