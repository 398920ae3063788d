profile "Watchlisted, or foreign document from a source country, this winter"
rationale "Winter peak of the cocaine route; documents issued outside nationality hide origin."
owner AL-JCU-TIRANA
valid 2026-12-01 to 2027-06-01
hit cap 40 per day
score 50
when
  flight.scheduledDeparture between 2026-12-01 and 2027-03-01
  and (watchlist.hits > 0
       or (document.issuingCountry != nationality and route.origin.country in list "source-countries"))
