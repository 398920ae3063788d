profile "One way, paid in cash"
rationale "Cash leaves no trail to the organiser; couriers rarely hold a return ticket."
owner RS-ACCU-BELGRADE
valid 2026-01-01 to 2027-12-31
hit cap 500 per day
score 40
when
  booking.payment.type in ["CASH", "CA"]
  and booking.oneWay
