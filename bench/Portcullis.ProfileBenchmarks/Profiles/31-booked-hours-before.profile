profile "One-way ticket bought less than twelve hours before departure"
rationale "Tickets bought hours before departure leave no time for checks; couriers are sent at short notice."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 40
when
  flight.scheduledDeparture - booking.createdAt < 12 hours
  and booking.oneWay
