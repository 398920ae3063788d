profile "Group of four or more booked online one way"
rationale "Groups sent one way through online bookings are a migrant smuggling indicator."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  count(booking.passengers) >= 4
  and booking.travelAgency = "Online"
  and booking.oneWay
