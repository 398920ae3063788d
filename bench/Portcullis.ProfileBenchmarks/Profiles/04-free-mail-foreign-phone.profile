profile "Free mail contact, foreign phone, booked within three days"
rationale "Facilitators book for others with throwaway contacts from abroad."
owner MK-JCU-SKOPJE
valid 2026-12-01 to 2027-06-01
hit cap 40 per day
score 20
when
  booking.contact.emailDomain in list "free-mail-domains"
  and booking.contact.phoneCountry != flight.arrival.country
  and booking.daysBeforeDeparture <= 3
