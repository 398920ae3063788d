profile "Alone, one way, free mail contact"
rationale "A booking made by a third party for a lone traveller often gives a throwaway free mail address."
owner RS-ACCU-BELGRADE
valid 2026-01-01 to 2027-12-31
hit cap 500 per day
score 30
when
  booking.contact.emailDomain in list "free-mail"
  and count(booking.passengers) = 1
  and booking.oneWay
