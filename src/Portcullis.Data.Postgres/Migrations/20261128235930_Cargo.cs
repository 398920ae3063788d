using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portcullis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Cargo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "traveller_id",
                table: "targets",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<Guid>(
                name: "flight_id",
                table: "targets",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "consignment_id",
                table: "targets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "voyage_id",
                table: "targets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "traveller_id",
                table: "profile_hits",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<Guid>(
                name: "flight_id",
                table: "profile_hits",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "consignment_id",
                table: "profile_hits",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "voyage_id",
                table: "profile_hits",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cargo_containers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    number_valid = table.Column<bool>(type: "boolean", nullable: true),
                    size_type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    movement_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cargo_containers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cargo_voyages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    carrier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    carrier_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    vessel_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    imo_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    call_sign = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    port = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    from = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    to = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    arrival = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    departure = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    consignment_count = table.Column<int>(type: "integer", nullable: false),
                    container_count = table.Column<int>(type: "integer", nullable: false),
                    amendment_count = table.Column<int>(type: "integer", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cargo_voyages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trade_parties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    identifier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consignment_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trade_parties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cargo_consignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    voyage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    number_valid = table.Column<bool>(type: "boolean", nullable: true),
                    master_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    master_id = table.Column<Guid>(type: "uuid", nullable: true),
                    origin = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    port_of_loading = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    transshipments = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    port_of_discharge = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    place_of_delivery = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    destination = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    pieces = table.Column<int>(type: "integer", nullable: true),
                    gross_weight_kg = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    volume_m3 = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    declared_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    declared_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    customs_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    customs_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    freight_terms = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    payment_method = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    special_handling = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    amendment_count = table.Column<int>(type: "integer", nullable: false),
                    amended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    targeted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cargo_consignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_cargo_consignments_cargo_consignments_master_id",
                        column: x => x.master_id,
                        principalTable: "cargo_consignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_cargo_consignments_cargo_voyages_voyage_id",
                        column: x => x.voyage_id,
                        principalTable: "cargo_voyages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_cargo_consignments_received_messages_first_message_id",
                        column: x => x.first_message_id,
                        principalTable: "received_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cargo_consignments_received_messages_last_message_id",
                        column: x => x.last_message_id,
                        principalTable: "received_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cargo_goods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    hs_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    packages = table.Column<int>(type: "integer", nullable: true),
                    package_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    gross_weight_kg = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    volume_m3 = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    marks = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    containers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    un_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cargo_goods", x => x.id);
                    table.ForeignKey(
                        name: "fk_cargo_goods_cargo_consignments_consignment_id",
                        column: x => x.consignment_id,
                        principalTable: "cargo_consignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cargo_hits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    voyage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    role = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    party_id = table.Column<Guid>(type: "uuid", nullable: true),
                    container_id = table.Column<Guid>(type: "uuid", nullable: true),
                    screened_text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    watchlist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    entry_row_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    score = table.Column<float>(type: "real", nullable: false),
                    explanation = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cargo_hits", x => x.id);
                    table.ForeignKey(
                        name: "fk_cargo_hits_cargo_consignments_consignment_id",
                        column: x => x.consignment_id,
                        principalTable: "cargo_consignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_cargo_hits_cargo_containers_container_id",
                        column: x => x.container_id,
                        principalTable: "cargo_containers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cargo_hits_trade_parties_party_id",
                        column: x => x.party_id,
                        principalTable: "trade_parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cargo_hits_watchlists_watchlist_id",
                        column: x => x.watchlist_id,
                        principalTable: "watchlists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consignment_parties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    identifiers = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consignment_parties", x => x.id);
                    table.ForeignKey(
                        name: "fk_consignment_parties_cargo_consignments_consignment_id",
                        column: x => x.consignment_id,
                        principalTable: "cargo_consignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consignment_parties_trade_parties_party_id",
                        column: x => x.party_id,
                        principalTable: "trade_parties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "container_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    container_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    voyage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    loading = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    seals = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_container_movements", x => x.id);
                    table.ForeignKey(
                        name: "fk_container_movements_cargo_consignments_consignment_id",
                        column: x => x.consignment_id,
                        principalTable: "cargo_consignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_container_movements_cargo_containers_container_id",
                        column: x => x.container_id,
                        principalTable: "cargo_containers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_container_movements_cargo_voyages_voyage_id",
                        column: x => x.voyage_id,
                        principalTable: "cargo_voyages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_targets_consignment_id",
                table: "targets",
                column: "consignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_unit_consignment_id",
                table: "targets",
                columns: new[] { "unit", "consignment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_voyage_id",
                table: "targets",
                column: "voyage_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_consignment_id",
                table: "profile_hits",
                column: "consignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_version_id_consignment_id",
                table: "profile_hits",
                columns: new[] { "version_id", "consignment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_profile_hits_voyage_id",
                table: "profile_hits",
                column: "voyage_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_consignments_first_message_id",
                table: "cargo_consignments",
                column: "first_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_consignments_last_message_id",
                table: "cargo_consignments",
                column: "last_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_consignments_master_id",
                table: "cargo_consignments",
                column: "master_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_consignments_master_number",
                table: "cargo_consignments",
                column: "master_number");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_consignments_number",
                table: "cargo_consignments",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_consignments_voyage_id_number",
                table: "cargo_consignments",
                columns: new[] { "voyage_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cargo_containers_jurisdiction_number",
                table: "cargo_containers",
                columns: new[] { "jurisdiction", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cargo_goods_consignment_id",
                table: "cargo_goods",
                column: "consignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_hits_consignment_id_watchlist_id_entry_external_id",
                table: "cargo_hits",
                columns: new[] { "consignment_id", "watchlist_id", "entry_external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cargo_hits_container_id",
                table: "cargo_hits",
                column: "container_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_hits_party_id",
                table: "cargo_hits",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_hits_watchlist_id",
                table: "cargo_hits",
                column: "watchlist_id");

            migrationBuilder.CreateIndex(
                name: "ix_cargo_voyages_key",
                table: "cargo_voyages",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cargo_voyages_location_date",
                table: "cargo_voyages",
                columns: new[] { "location", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_consignment_parties_consignment_id",
                table: "consignment_parties",
                column: "consignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_consignment_parties_party_id",
                table: "consignment_parties",
                column: "party_id");

            migrationBuilder.CreateIndex(
                name: "ix_container_movements_consignment_id",
                table: "container_movements",
                column: "consignment_id");

            migrationBuilder.CreateIndex(
                name: "ix_container_movements_container_id_consignment_id",
                table: "container_movements",
                columns: new[] { "container_id", "consignment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_container_movements_voyage_id",
                table: "container_movements",
                column: "voyage_id");

            migrationBuilder.CreateIndex(
                name: "ix_trade_parties_jurisdiction_key",
                table: "trade_parties",
                columns: new[] { "jurisdiction", "key" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_profile_hits_cargo_consignments_consignment_id",
                table: "profile_hits",
                column: "consignment_id",
                principalTable: "cargo_consignments",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_profile_hits_cargo_voyages_voyage_id",
                table: "profile_hits",
                column: "voyage_id",
                principalTable: "cargo_voyages",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_targets_cargo_consignments_consignment_id",
                table: "targets",
                column: "consignment_id",
                principalTable: "cargo_consignments",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_targets_cargo_voyages_voyage_id",
                table: "targets",
                column: "voyage_id",
                principalTable: "cargo_voyages",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_profile_hits_cargo_consignments_consignment_id",
                table: "profile_hits");

            migrationBuilder.DropForeignKey(
                name: "fk_profile_hits_cargo_voyages_voyage_id",
                table: "profile_hits");

            migrationBuilder.DropForeignKey(
                name: "fk_targets_cargo_consignments_consignment_id",
                table: "targets");

            migrationBuilder.DropForeignKey(
                name: "fk_targets_cargo_voyages_voyage_id",
                table: "targets");

            migrationBuilder.DropTable(
                name: "cargo_goods");

            migrationBuilder.DropTable(
                name: "cargo_hits");

            migrationBuilder.DropTable(
                name: "consignment_parties");

            migrationBuilder.DropTable(
                name: "container_movements");

            migrationBuilder.DropTable(
                name: "trade_parties");

            migrationBuilder.DropTable(
                name: "cargo_consignments");

            migrationBuilder.DropTable(
                name: "cargo_containers");

            migrationBuilder.DropTable(
                name: "cargo_voyages");

            migrationBuilder.DropIndex(
                name: "ix_targets_consignment_id",
                table: "targets");

            migrationBuilder.DropIndex(
                name: "ix_targets_unit_consignment_id",
                table: "targets");

            migrationBuilder.DropIndex(
                name: "ix_targets_voyage_id",
                table: "targets");

            migrationBuilder.DropIndex(
                name: "ix_profile_hits_consignment_id",
                table: "profile_hits");

            migrationBuilder.DropIndex(
                name: "ix_profile_hits_version_id_consignment_id",
                table: "profile_hits");

            migrationBuilder.DropIndex(
                name: "ix_profile_hits_voyage_id",
                table: "profile_hits");

            migrationBuilder.DropColumn(
                name: "consignment_id",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "voyage_id",
                table: "targets");

            migrationBuilder.DropColumn(
                name: "consignment_id",
                table: "profile_hits");

            migrationBuilder.DropColumn(
                name: "voyage_id",
                table: "profile_hits");

            migrationBuilder.AlterColumn<Guid>(
                name: "traveller_id",
                table: "targets",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "flight_id",
                table: "targets",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "traveller_id",
                table: "profile_hits",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "flight_id",
                table: "profile_hits",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
