profile "Booked in the last six hours, no bags"
rationale "A ticket bought at the airport with no luggage fits a courier sent on the day."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  booking.createdAt >= flight.scheduledDeparture - 6 hours
  and baggage.count = 0
