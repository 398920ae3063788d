profile "Last-minute one-way booking paid in cash"
rationale "Couriers are booked late, one way, and pay cash (UNODC AIRCOP indicator)."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 40
when
  booking.daysBeforeDeparture <= 2
  and booking.oneWay
  and booking.payment.type in ["CASH", "CA"]
  and route.origin.country in list "source-countries"
  and count(booking.passengers) = 1
