#!/usr/bin/env python3
"""Selects the UN/LOCODE ports and airports cargo validation needs (ADR 0015).

Usage: scripts/cargo-unlocodes.py SHARED_UNLOCODE_DIR KOSOVO_UNLOCODES_CSV > unlocodes.csv

Keeps the rows of the region and its neighbours whose function marks a port (1; the Danube ports of
Serbia are coded 1, not 8) or an airport (4), names them with nameWoDiacritics (the source's `name`
column lost its accents) and codes the places in kosovo-unlocodes.csv XK. A code listed twice (an
alternative name: Heraklion / Iraklion) keeps its first row.
"""
import csv
import sys

COUNTRIES = ["AL", "BA", "ME", "MK", "RS", "HR", "GR", "BG", "IT"]


def main(folder, kosovo_file):
    with open(kosovo_file, encoding="utf-8") as f:
        kosovo = {row["unlocode"] for row in csv.DictReader(f)}
    rows = []
    seen = set()
    for country in COUNTRIES:
        with open(f"{folder}/geoapify-{country}.csv", encoding="utf-8", errors="replace") as f:
            for row in csv.DictReader(f):
                function = row["function"].ljust(8, "-")
                code = row["country"] + row["location"]
                if (function[0] != "1" and function[3] != "4") or code in seen:
                    continue
                seen.add(code)
                rows.append({
                    "unlocode": code,
                    "name": row["nameWoDiacritics"].replace("\n", " ").strip(),
                    "country": "XK" if code in kosovo else row["country"],
                    "subdivision": row["subdivision"],
                    "function": function,
                    "status": row["status"],
                    "iata": row["iata"],
                })
    rows.sort(key=lambda r: r["unlocode"])
    out = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()), lineterminator="\n")
    out.writeheader()
    out.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
