profile "Two bags of 55 kg or more, booked within four days"
rationale "Heavy bags on a short-notice booking are the classic luggage courier pattern."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  baggage.count = 2
  and baggage.totalWeight >= 55
  and booking.daysBeforeDeparture <= 4
