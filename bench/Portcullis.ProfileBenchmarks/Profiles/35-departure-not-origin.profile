profile "Direct flight whose departure is not the itinerary's origin"
rationale "On a one-flight itinerary the departure is the origin; a difference means the booking hides a leg."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 20
when
  flight.departure.country != route.origin.country
  and route.legs = 1
