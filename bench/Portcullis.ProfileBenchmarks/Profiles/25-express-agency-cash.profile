profile "Cash booking through an 'express' agency"
rationale "Agencies named like this have sold tickets in recent courier cases; cash removes the payer."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  booking.travelAgency contains "express"
  and booking.payment.type = "CASH"
