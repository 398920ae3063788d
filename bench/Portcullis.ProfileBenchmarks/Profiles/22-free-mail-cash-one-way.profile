profile "Free e-mail contact, cash, one way"
rationale "Throwaway contact details with a cash one-way ticket leave no trail to the traveller."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  booking.contact.emailDomain in list "free-mail-domains"
  and booking.payment.type in ["CASH", "CA"]
  and booking.oneWay
