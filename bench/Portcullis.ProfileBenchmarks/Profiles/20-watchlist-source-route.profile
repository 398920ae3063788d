profile "Watchlist hit on a route from a source country"
rationale "An open watchlist hit weighs more when the traveller comes from a source country."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 80
when
  watchlist.hits > 0
  and route.origin.country in list "source-countries"
