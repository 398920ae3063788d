profile "No checked bags on a long multi-leg itinerary"
rationale "Travellers on long trips with three or more flights normally check a bag; body packers often do not."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  baggage.count = 0
  and flight.scheduledArrival - flight.scheduledDeparture >= 4 hours
  and route.legs >= 3
