profile "Istanbul departure paid by a third party"
rationale "Third-party payments on this departure were linked to facilitation networks in 2026."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  flight.carrier = "TK"
  and flight.departure.airport = "IST"
  and booking.payment.byThirdParty
