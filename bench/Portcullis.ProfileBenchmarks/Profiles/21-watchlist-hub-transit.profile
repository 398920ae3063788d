profile "Watchlist hit routed through a hub"
rationale "Listed persons route through hubs to avoid direct flights that are screened more closely."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 75
when
  watchlist.hits >= 1
  and any(route.transits, x => x.airport in list "hub-airports")
