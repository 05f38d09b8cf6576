using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Waypoint.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactsAndNonCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    With = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OfficerUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Booked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ActualAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    OutcomeNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RescheduledToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RescheduledFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutcomeByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutcomeByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OutcomeRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Contacts_RescheduledFromId",
                        column: x => x.RescheduledFromId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contacts_Contacts_RescheduledToId",
                        column: x => x.RescheduledToId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contacts_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contacts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Explained = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InvolvedInPlanning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UnderstandingConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotUnderstoodBecause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Interpreter = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OfficerUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inductions_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inductions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NonCompliances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Concerning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConditionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EvidenceRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceRequested = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckedWith = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PersonAccount = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AddressedOtherwise = table.Column<bool>(type: "INTEGER", nullable: true),
                    Agreed = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NonCompliances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NonCompliances_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NonCompliances_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NonCompliances_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OfficerUserId_On_At",
                table: "Contacts",
                columns: new[] { "OfficerUserId", "On", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OrderId",
                table: "Contacts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_PersonId_On",
                table: "Contacts",
                columns: new[] { "PersonId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_RescheduledFromId",
                table: "Contacts",
                column: "RescheduledFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_RescheduledToId",
                table: "Contacts",
                column: "RescheduledToId");

            migrationBuilder.CreateIndex(
                name: "IX_Inductions_OrderId",
                table: "Inductions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Inductions_PersonId_HeldOn",
                table: "Inductions",
                columns: new[] { "PersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_NonCompliances_ContactId",
                table: "NonCompliances",
                column: "ContactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NonCompliances_OrderId",
                table: "NonCompliances",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_NonCompliances_PersonId_OccurredOn",
                table: "NonCompliances",
                columns: new[] { "PersonId", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inductions");

            migrationBuilder.DropTable(
                name: "NonCompliances");

            migrationBuilder.DropTable(
                name: "Contacts");
        }
    }
}
