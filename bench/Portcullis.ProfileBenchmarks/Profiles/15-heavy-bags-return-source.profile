profile "Very heavy bags on a return trip from a source country"
rationale "More than 60 kg on a return trip from a source country exceeds what a short stay needs."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  baggage.totalWeight > 60
  and booking.oneWay = false
  and route.origin.country in list "source-countries"
