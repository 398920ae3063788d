profile "Several minors on one booking paid in cash"
rationale "Trafficking of children: several minors booked together and paid in cash."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 60
when
  count(booking.passengers, p => p.age < 18) >= 2
  and booking.payment.type in ["CASH", "CA"]
