profile "No checked bags on a long trip from a source country"
rationale "Swallowers and body packers travel far with hand luggage only."
owner ME-JCU-PODGORICA
valid 2026-12-01 to 2027-06-01
hit cap 30 per day
score 30
when
  route.origin.country in list "source-countries"   # cocaine source countries
  and route.legs >= 2
  and baggage.count = 0
  and booking.payment.byThirdParty = false   # known not to be paid by someone else
