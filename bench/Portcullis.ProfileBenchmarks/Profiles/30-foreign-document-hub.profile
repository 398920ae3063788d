profile "Document from another country than the nationality, through a hub"
rationale "A document issued by a country not one's own, used on a hub route, is a document fraud indicator."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 35
when
  document.issuingCountry != nationality
  and any(route.transits, x => x.airport in list "hub-airports")
