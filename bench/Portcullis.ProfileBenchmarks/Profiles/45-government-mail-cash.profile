profile "Government e-mail domain on a cash booking"
rationale "Official addresses on cash bookings were used to lend credibility to forged invitations."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 20
when
  booking.contact.emailDomain starts with "gov."
  and booking.payment.type in ["CASH", "CA"]
