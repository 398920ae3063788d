using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portcullis.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PassengerData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "character(8)", fixedLength: true, maxLength: 8, nullable: false),
                    secret_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "flights",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    carrier = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    departure_date = table.Column<DateOnly>(type: "date", nullable: false),
                    departure_airport = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    departure = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    arrival_airport = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    arrival = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    departure_location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    arrival_location = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    departure_jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    arrival_jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    passenger_count = table.Column<int>(type: "integer", nullable: false),
                    crew_count = table.Column<int>(type: "integer", nullable: false),
                    booking_count = table.Column<int>(type: "integer", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_flights", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "received_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    duplicate_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    jurisdiction = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    error_count = table.Column<int>(type: "integer", nullable: false),
                    warning_count = table.Column<int>(type: "integer", nullable: false),
                    diagnostics = table.Column<string>(type: "text", nullable: false),
                    traveller_count = table.Column<int>(type: "integer", nullable: false),
                    pnr_count = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_received_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    record_locator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    system = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    created = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    last_changed = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    passenger_count = table.Column<int>(type: "integer", nullable: false),
                    days_booking_to_departure = table.Column<int>(type: "integer", nullable: true),
                    trip_type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    length_of_stay_days = table.Column<int>(type: "integer", nullable: true),
                    details = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bookings_received_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "received_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "booking_passengers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    surname = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    given_names = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    document_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_passengers", x => x.id);
                    table.ForeignKey(
                        name: "fk_booking_passengers_bookings_booking_id",
                        column: x => x.booking_id,
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "flight_travellers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    flight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    role = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    surname = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    given_names = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sex = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    nationality = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    document_type = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    document_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    document_issuing_country = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    document_expiry = table.Column<DateOnly>(type: "date", nullable: true),
                    embarkation = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    debarkation = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    booking_reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    seat = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    incomplete = table.Column<bool>(type: "boolean", nullable: false),
                    details = table.Column<string>(type: "text", nullable: false),
                    booking_passenger_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_flight_travellers", x => x.id);
                    table.ForeignKey(
                        name: "fk_flight_travellers_booking_passengers_booking_passenger_id",
                        column: x => x.booking_passenger_id,
                        principalTable: "booking_passengers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_flight_travellers_flights_flight_id",
                        column: x => x.flight_id,
                        principalTable: "flights",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_flight_travellers_received_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "received_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_name",
                table: "api_keys",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_prefix",
                table: "api_keys",
                column: "prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_booking_passengers_booking_id",
                table: "booking_passengers",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_flight_id_record_locator",
                table: "bookings",
                columns: new[] { "flight_id", "record_locator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_message_id",
                table: "bookings",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_record_locator",
                table: "bookings",
                column: "record_locator");

            migrationBuilder.CreateIndex(
                name: "ix_flight_travellers_booking_passenger_id",
                table: "flight_travellers",
                column: "booking_passenger_id");

            migrationBuilder.CreateIndex(
                name: "ix_flight_travellers_document_number",
                table: "flight_travellers",
                column: "document_number");

            migrationBuilder.CreateIndex(
                name: "ix_flight_travellers_flight_id_key",
                table: "flight_travellers",
                columns: new[] { "flight_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_flight_travellers_message_id",
                table: "flight_travellers",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_flight_travellers_surname",
                table: "flight_travellers",
                column: "surname");

            migrationBuilder.CreateIndex(
                name: "ix_flights_arrival_location_departure_date",
                table: "flights",
                columns: new[] { "arrival_location", "departure_date" });

            migrationBuilder.CreateIndex(
                name: "ix_flights_carrier_number_departure_date",
                table: "flights",
                columns: new[] { "carrier", "number", "departure_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_flights_departure_date",
                table: "flights",
                column: "departure_date");

            migrationBuilder.CreateIndex(
                name: "ix_flights_departure_location_departure_date",
                table: "flights",
                columns: new[] { "departure_location", "departure_date" });

            migrationBuilder.CreateIndex(
                name: "ix_received_messages_received_at",
                table: "received_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_received_messages_sha256",
                table: "received_messages",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_received_messages_status_received_at",
                table: "received_messages",
                columns: new[] { "status", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "flight_travellers");

            migrationBuilder.DropTable(
                name: "booking_passengers");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "flights");

            migrationBuilder.DropTable(
                name: "received_messages");
        }
    }
}
