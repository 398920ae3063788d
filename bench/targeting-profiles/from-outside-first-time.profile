profile "First trip, from outside the region, alone"
rationale "First-time travellers from outside the region travelling alone are over-represented among couriers."
owner RS-ACCU-BELGRADE
valid 2026-01-01 to 2027-12-31
hit cap 500 per day
score 35
when
  history.firstTimeSeen
  and route.origin.country not in list "region"
  and count(booking.passengers) = 1
