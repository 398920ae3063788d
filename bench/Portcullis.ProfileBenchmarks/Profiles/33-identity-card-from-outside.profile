profile "Identity card on a connecting trip from outside the region"
rationale "Identity cards are valid for travel within the region only; used from outside they need a look."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  document.type = "I"
  and route.legs >= 2
  and route.origin.country not in list "region-countries"
