profile "First-time traveller with no bags, one way from a source country"
rationale "No bags and no history on a one-way trip from a source country fits a swallower."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 45
when
  history.firstTimeSeen
  and baggage.count = 0
  and booking.oneWay
  and route.origin.country in list "source-countries"
