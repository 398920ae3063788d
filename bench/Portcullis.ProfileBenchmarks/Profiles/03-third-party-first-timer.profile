profile "First-timer on a one-way ticket paid by someone else"
rationale "Trafficked persons and recruited couriers rarely pay their own one-way ticket."
owner BA-JCU-SARAJEVO
valid 2026-12-01 to 2027-06-01
hit cap 20 per day
score 35
when
  booking.payment.byThirdParty
  and history.firstTimeSeen
  and booking.oneWay
