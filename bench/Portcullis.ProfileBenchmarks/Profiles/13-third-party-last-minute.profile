profile "Paid by someone else, booked the day before"
rationale "A ticket bought by a third party at the last minute suggests the traveller is sent, not travelling."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  booking.payment.byThirdParty
  and booking.daysBeforeDeparture <= 1
