profile "Return ticket paid by a third party, no previous trips, from a source country"
rationale "A first trip paid by someone else from a source country, with the return already booked for the courier."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  not booking.oneWay
  and history.previousTrips = 0
  and booking.payment.byThirdParty
  and route.origin.country in list "source-countries"
