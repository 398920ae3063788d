profile "From a source country through a transshipment hub"
subject consignments
rationale "Loads from South America are moved to feeder vessels in hubs such as Gioia Tauro, Algeciras or Piraeus to break the trail before the Balkan ports (CCP seizure reports)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 30 per day
score 45
when
  route.origin.country in list "cocaine-source"
  and any(route.transshipments, t => t.place in list "transshipment-hubs")
