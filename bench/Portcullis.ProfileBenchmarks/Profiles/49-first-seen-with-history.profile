profile "Recorded as first-time traveller but with previous trips"
rationale "The history says both: one of the identities is not the traveller's own."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 40
when
  history.firstTimeSeen
  and history.previousTrips > 0
