profile "Through a hub on a ticket bought hours before"
rationale "Tickets bought hours before a hub connection avoid advance screening."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  any(route.transits, t => t.airport in list "hub-airports")
  and flight.scheduledDeparture - booking.createdAt < 36 hours
