profile "Document expiring within two weeks on a route from a source country"
rationale "A document about to expire cannot be used for the return; combined with a source route it suggests a one-off trip."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  document.expiresInDays between 0 and 14
  and route.origin.country in list "source-countries"
