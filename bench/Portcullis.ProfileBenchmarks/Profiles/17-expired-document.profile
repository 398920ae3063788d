profile "Travelling on an expired document into the region"
rationale "An expired document should have been refused at check-in; it points to a forged or misrecorded document."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 60
when
  document.expiresInDays < 0
  and flight.arrival.country in list "region-countries"
