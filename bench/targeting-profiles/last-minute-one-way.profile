profile "Last-minute one-way"
rationale "Couriers are booked at the last moment on a one-way ticket (UNODC AIRCOP indicator)."
owner RS-ACCU-BELGRADE
valid 2026-01-01 to 2027-12-31
hit cap 500 per day
score 45
when
  booking.daysBeforeDeparture <= 2
  and booking.oneWay
