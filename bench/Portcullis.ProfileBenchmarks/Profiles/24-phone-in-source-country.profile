profile "Contact telephone in a source country, journey from elsewhere"
rationale "The organiser's telephone in a source country while the traveller starts elsewhere hides the link."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  booking.contact.phoneCountry in list "source-countries"
  and route.origin.country not in list "source-countries"
