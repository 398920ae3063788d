profile "Cash or third-party payment from a source country at short notice"
rationale "Either form of payment hides who paid; at short notice from a source country it is worth a look."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  (booking.payment.type in ["CASH", "CA"] or booking.payment.byThirdParty)
  and route.origin.country in list "source-countries"
  and booking.daysBeforeDeparture <= 3
