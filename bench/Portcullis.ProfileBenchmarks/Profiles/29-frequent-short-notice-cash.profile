profile "Frequent traveller, short notice, cash"
rationale "Repeat couriers travel often, at short notice, and pay cash."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 40
when
  history.previousTrips >= 3
  and booking.daysBeforeDeparture <= 2
  and booking.payment.type in ["CASH", "CA"]
