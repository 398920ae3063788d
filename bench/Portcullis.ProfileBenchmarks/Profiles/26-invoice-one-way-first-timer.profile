profile "Invoiced one-way ticket for a first-time traveller"
rationale "A company invoice for a first-time one-way traveller is used to move workers outside the rules."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  booking.payment.type = "INV"
  and booking.oneWay
  and history.firstTimeSeen
