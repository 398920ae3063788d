profile "A group of minors with no adult on the booking"
rationale "Minors travelling together without any adult named on the booking need a welfare check."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 55
when
  count(booking.passengers) >= 2
  and all(booking.passengers, p => p.age < 18)
