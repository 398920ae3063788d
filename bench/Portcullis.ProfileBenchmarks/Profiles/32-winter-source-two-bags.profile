profile "Holiday season, from a source country, two bags or more"
rationale "Seizures peak over the holidays on routes from source countries with extra bags (2025 regional figures)."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  flight.scheduledDeparture between 2026-12-15 and 2027-01-15
  and route.origin.country in list "source-countries"
  and baggage.count >= 2
