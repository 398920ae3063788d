profile "One adult with three or more young children, paid by someone else"
rationale "Child trafficking: an adult escorting several young children on a ticket someone else paid."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 50
when
  any(booking.passengers, p => p.age >= 18)
  and count(booking.passengers, p => p.age < 12) >= 3
  and booking.payment.byThirdParty
