using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portcullis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Watchlists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "watchlists",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    severity = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    owner_jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    owner_unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    threshold = table.Column<float>(type: "real", nullable: true),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watchlists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "watchlist_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    watchlist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_version = table.Column<int>(type: "integer", nullable: false),
                    to_version = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    primary_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    names = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    birth_dates = table.Column<string>(type: "text", nullable: false),
                    nationalities = table.Column<string>(type: "text", nullable: false),
                    sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    documents = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    listed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    expiry = table.Column<DateOnly>(type: "date", nullable: true),
                    remarks = table.Column<string>(type: "text", nullable: true),
                    details = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watchlist_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_watchlist_entries_watchlists_watchlist_id",
                        column: x => x.watchlist_id,
                        principalTable: "watchlists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watchlist_shares",
                columns: table => new
                {
                    watchlist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watchlist_shares", x => new { x.watchlist_id, x.jurisdiction });
                    table.ForeignKey(
                        name: "fk_watchlist_shares_watchlists_watchlist_id",
                        column: x => x.watchlist_id,
                        principalTable: "watchlists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watchlist_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    watchlist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    format = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    added = table.Column<int>(type: "integer", nullable: false),
                    changed = table.Column<int>(type: "integer", nullable: false),
                    removed = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    diagnostics = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watchlist_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_watchlist_versions_watchlists_watchlist_id",
                        column: x => x.watchlist_id,
                        principalTable: "watchlists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "screening_hits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    traveller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    watchlist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    entry_row_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    score = table.Column<float>(type: "real", nullable: false),
                    screened_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    explanation = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screening_hits", x => x.id);
                    table.ForeignKey(
                        name: "fk_screening_hits_flight_travellers_traveller_id",
                        column: x => x.traveller_id,
                        principalTable: "flight_travellers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_screening_hits_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_screening_hits_watchlist_entries_entry_row_id",
                        column: x => x.entry_row_id,
                        principalTable: "watchlist_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_screening_hits_watchlists_watchlist_id",
                        column: x => x.watchlist_id,
                        principalTable: "watchlists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_screening_hits_created_at",
                table: "screening_hits",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_screening_hits_entry_row_id",
                table: "screening_hits",
                column: "entry_row_id");

            migrationBuilder.CreateIndex(
                name: "ix_screening_hits_flight_id_created_at",
                table: "screening_hits",
                columns: new[] { "flight_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_screening_hits_traveller_id_watchlist_id_entry_external_id",
                table: "screening_hits",
                columns: new[] { "traveller_id", "watchlist_id", "entry_external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_screening_hits_watchlist_id",
                table: "screening_hits",
                column: "watchlist_id");

            migrationBuilder.CreateIndex(
                name: "ix_watchlist_entries_watchlist_id_external_id_from_version",
                table: "watchlist_entries",
                columns: new[] { "watchlist_id", "external_id", "from_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_watchlist_entries_watchlist_id_from_version",
                table: "watchlist_entries",
                columns: new[] { "watchlist_id", "from_version" });

            migrationBuilder.CreateIndex(
                name: "ix_watchlist_entries_watchlist_id_to_version",
                table: "watchlist_entries",
                columns: new[] { "watchlist_id", "to_version" });

            migrationBuilder.CreateIndex(
                name: "ix_watchlist_shares_jurisdiction",
                table: "watchlist_shares",
                column: "jurisdiction");

            migrationBuilder.CreateIndex(
                name: "ix_watchlist_versions_watchlist_id_number",
                table: "watchlist_versions",
                columns: new[] { "watchlist_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_watchlists_owner_jurisdiction_name",
                table: "watchlists",
                columns: new[] { "owner_jurisdiction", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "screening_hits");

            migrationBuilder.DropTable(
                name: "watchlist_shares");

            migrationBuilder.DropTable(
                name: "watchlist_versions");

            migrationBuilder.DropTable(
                name: "watchlist_entries");

            migrationBuilder.DropTable(
                name: "watchlists");
        }
    }
}
