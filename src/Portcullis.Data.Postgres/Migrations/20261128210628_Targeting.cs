using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portcullis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Targeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "targeted_at",
                table: "flight_travellers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reference_lists",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    values = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risk_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    latest_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "targeting_settings",
                columns: table => new
                {
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    red_from = table.Column<int>(type: "integer", nullable: false),
                    yellow_from = table.Column<int>(type: "integer", nullable: false),
                    random_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    subjects_seen = table.Column<long>(type: "bigint", nullable: false),
                    random_selected = table.Column<long>(type: "bigint", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targeting_settings", x => x.unit);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    traveller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    due_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    score = table.Column<int>(type: "integer", nullable: false),
                    lane = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    random = table.Column<bool>(type: "boolean", nullable: false),
                    profile_hit_count = table.Column<int>(type: "integer", nullable: false),
                    watchlist_hit_count = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    taken_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dismiss_reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    result_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    result_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    result = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_targets_flight_travellers_traveller_id",
                        column: x => x.traveller_id,
                        principalTable: "flight_travellers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_targets_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_profile_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rationale = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                    hit_cap_count = table.Column<int>(type: "integer", nullable: false),
                    hit_cap_period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    evaluated = table.Column<long>(type: "bigint", nullable: false),
                    capped = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_profile_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_profile_versions_risk_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "risk_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "profile_hits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    traveller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shadow = table.Column<bool>(type: "boolean", nullable: false),
                    explanation = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_hits", x => x.id);
                    table.ForeignKey(
                        name: "fk_profile_hits_flight_travellers_traveller_id",
                        column: x => x.traveller_id,
                        principalTable: "flight_travellers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_profile_hits_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_profile_hits_risk_profile_versions_version_id",
                        column: x => x.version_id,
                        principalTable: "risk_profile_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_profile_hits_risk_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "risk_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_profile_hits_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_flight_id",
                table: "profile_hits",
                column: "flight_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_profile_id",
                table: "profile_hits",
                column: "profile_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_target_id",
                table: "profile_hits",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_traveller_id",
                table: "profile_hits",
                column: "traveller_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_version_id_created_at",
                table: "profile_hits",
                columns: new[] { "version_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_version_id_traveller_id",
                table: "profile_hits",
                columns: new[] { "version_id", "traveller_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reference_lists_unit_name",
                table: "reference_lists",
                columns: new[] { "unit", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_profile_versions_profile_id_number",
                table: "risk_profile_versions",
                columns: new[] { "profile_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_profile_versions_unit_status",
                table: "risk_profile_versions",
                columns: new[] { "unit", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_risk_profiles_unit_name",
                table: "risk_profiles",
                columns: new[] { "unit", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_flight_id",
                table: "targets",
                column: "flight_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_traveller_id",
                table: "targets",
                column: "traveller_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_unit_status_lane_score",
                table: "targets",
                columns: new[] { "unit", "status", "lane", "score" });

            migrationBuilder.CreateIndex(
                name: "ix_targets_unit_traveller_id",
                table: "targets",
                columns: new[] { "unit", "traveller_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "profile_hits");

            migrationBuilder.DropTable(
                name: "reference_lists");

            migrationBuilder.DropTable(
                name: "targeting_settings");

            migrationBuilder.DropTable(
                name: "risk_profile_versions");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "risk_profiles");

            migrationBuilder.DropColumn(
                name: "targeted_at",
                table: "flight_travellers");
        }
    }
}
