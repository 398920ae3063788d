profile "Booked the day before on watched Air Serbia flights"
rationale "Flights named in the December operation order; last-day bookings on them are checked."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  flight.carrier = "JU"
  and flight.number in ["512", "513", "514"]
  and booking.daysBeforeDeparture <= 1
