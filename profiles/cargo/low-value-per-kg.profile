profile "Declared value far below the goods' weight"
subject consignments
rationale "Finished goods declared at under 0.50 per kilogram are undervalued or are not what the manifest says (WCO indicators: value); bulk raw materials are left out."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 20 per day
score 30
when
  value.perKg < 0.5
  and weight > 1000
  and not any(goods, g => g.hs.chapter in ["25", "26", "27", "31", "44", "72"])
