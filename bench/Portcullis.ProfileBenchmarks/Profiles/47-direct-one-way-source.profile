profile "Direct one-way itinerary from a source country"
rationale "A direct one-way trip from a source country, with no transit to explain the route."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  count(route.transits) = 0
  and route.origin.country in list "source-countries"
  and booking.oneWay
