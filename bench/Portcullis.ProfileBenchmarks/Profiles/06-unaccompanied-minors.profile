profile "Minors without an adult, paid by a third party"
rationale "Unaccompanied minors whose travel someone else paid are a trafficking indicator (IOM)."
owner XK-JCU-PRISTINA
valid 2026-12-01 to 2027-06-01
hit cap 10 per day
score 60
when
  any(booking.passengers, p => p.age < 16)
  and all(booking.passengers, p => p.age < 18)
  and booking.payment.byThirdParty
