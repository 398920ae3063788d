profile "Watchlist hit and a late booking"
rationale "A name on a list who booked within a week: check before the flight closes."
owner RS-ACCU-BELGRADE
valid 2026-01-01 to 2027-12-31
hit cap 500 per day
score 60
when
  watchlist.hits >= 1
  and booking.daysBeforeDeparture <= 7
