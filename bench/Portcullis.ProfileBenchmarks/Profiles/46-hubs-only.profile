profile "Two or more transits, all through hubs"
rationale "Chaining hubs is used to break the route between a source and the region."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  all(route.transits, x => x.airport in list "hub-airports")
  and count(route.transits) >= 2
