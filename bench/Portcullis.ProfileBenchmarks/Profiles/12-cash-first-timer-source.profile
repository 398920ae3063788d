profile "First-time traveller paying cash from a source country"
rationale "Recruited couriers are often travelling for the first time and are handed cash for the ticket."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 45
when
  booking.payment.type in ["CASH", "CA"]
  and history.firstTimeSeen
  and route.origin.country in list "source-countries"
