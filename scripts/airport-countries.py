#!/usr/bin/env python3
"""Writes src/Portcullis.Domain/Reference/Data/airports/airports.csv: IATA code, ISO 3166 alpha-2
country and IANA time zone of every airport OpenFlights lists with an IATA code.

Usage: scripts/airport-countries.py OPENFLIGHTS_AIRPORTS_DAT OURAIRPORTS_COUNTRIES_CSV > airports.csv

Run by hand when the source files change; the product only reads the result (ADR 0013). See the
README.md next to the output for the source, the licence and the choices made here.
"""
import csv
import sys

# OpenFlights country names that OurAirports spells otherwise (or that no longer exist).
ALIASES = {
    "Burma": "MM",
    "Congo (Brazzaville)": "CG",
    "Congo (Kinshasa)": "CD",
    "Cote d'Ivoire": "CI",
    "East Timor": "TL",
    "Johnston Atoll": "UM",
    "Macedonia": "MK",
    "Midway Islands": "UM",
    "Palestine": "PS",
    "Reunion": "RE",
    "Saint Helena": "SH",
    "Sao Tome and Principe": "ST",
    "Swaziland": "SZ",
    "Virgin Islands": "VI",  # OpenFlights lists only the US islands (STT, STX, SPB) under this name
    "Wake Island": "UM",
    "Western Sahara": "EH",
}

# The Netherlands Antilles were dissolved in 2010: each island has its own code now.
ANTILLES = {"BON": "BQ", "SAB": "BQ", "EUX": "BQ", "CUR": "CW", "SXM": "SX"}

# Airports in Kosovo* that OpenFlights lists under Serbia: Portcullis codes Kosovo* XK (ADR 0004).
# Every airport OpenFlights lists under Serbia was checked by its coordinates; Pristina is the only
# one with an IATA code in Kosovo*.
KOSOVO = {"PRN"}


def main(airports_path: str, countries_path: str) -> None:
    with open(countries_path, encoding="utf-8", newline="") as f:
        codes = {row["name"]: row["code"] for row in csv.DictReader(f)}

    rows = []
    with open(airports_path, encoding="utf-8", newline="") as f:
        for r in csv.reader(f):
            iata, country_name, tz = r[4], r[3], r[11]
            if iata in ("\\N", "") or len(iata) != 3:
                continue
            country = KOSOVO_CODE if iata in KOSOVO else ANTILLES.get(iata) or codes.get(country_name) or ALIASES.get(country_name)
            if country is None:
                sys.exit(f"no ISO code for {country_name!r} ({iata})")
            rows.append([iata, country, "" if tz == "\\N" else tz])

    # Where OpenFlights gives no time zone (IST, the new Istanbul airport, among them), the zone of
    # the country is used when every other airport of that country has the same one.
    zones = {}
    for iata, country, tz in rows:
        if tz:
            zones.setdefault(country, set()).add(tz)
    for row in rows:
        if not row[2] and len(zones.get(row[1], ())) == 1:
            row[2] = next(iter(zones[row[1]]))

    rows.sort()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iata", "country", "timeZone"])
    out.writerows(rows)


KOSOVO_CODE = "XK"

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
