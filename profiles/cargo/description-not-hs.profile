profile "Description does not fit the HS code, or the code does not exist"
subject consignments
rationale "A description whose words belong to another HS chapter, or an HS code the nomenclature does not have, is how goods are misdeclared to avoid duties or controls (WCO indicators: tariff classification)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 30 per day
score 40
when
  any(goods, g => g.fitsHs = false)
  or checks.unknownHsCodes > 0
