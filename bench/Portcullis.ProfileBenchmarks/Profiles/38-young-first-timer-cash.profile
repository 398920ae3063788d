profile "Young first-time traveller, cash, one way"
rationale "Recruiters pick young first-time travellers; age narrows the cash one-way pattern, never makes it."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  age between 18 and 25
  and booking.payment.type in ["CASH", "CA"]
  and booking.oneWay
  and history.firstTimeSeen
