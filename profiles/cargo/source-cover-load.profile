profile "Cover load from a cocaine source country"
subject consignments
rationale "Cocaine reaching the Adriatic by sea is mostly hidden in fruit, fish, coffee or scrap loaded in South America (WCO/UNODC Container Control Programme; UNODC World Drug Report)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 30 per day
score 55
when
  route.origin.country in list "cocaine-source"
  and any(goods, g => g.hs.chapter in list "cover-load-chapters")
