profile "Contact at a .ru mail domain, booked within five days"
rationale "Sanctions evasion cases used .ru mail contacts on short-notice bookings (regional alert)."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  booking.contact.emailDomain ends with ".ru"
  and booking.daysBeforeDeparture <= 5
