profile "Onward destination beyond the arrival, via a transit country"
rationale "Travellers who continue past the region after a transit country use it as a corridor."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 20
when
  route.destination.country != flight.arrival.country
  and any(route.transits, x => x.country in list "transit-countries")
