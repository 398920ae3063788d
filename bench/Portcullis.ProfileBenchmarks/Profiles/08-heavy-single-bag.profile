profile "One very heavy bag on a return ticket"
rationale "Concealments travel in a single heavy bag on short return trips."
owner ME-JCU-PODGORICA
valid 2026-12-01 to 2027-06-01
hit cap 30 per day
score 20
when
  baggage.count = 1
  and baggage.totalWeight >= 30
  and not booking.oneWay
  and route.legs between 2 and 4
