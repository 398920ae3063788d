profile "Vague goods description from a little-known trader"
subject consignments
rationale "\"General cargo\", \"said to contain\" or \"parts\" hide what the goods are; with a shipper or consignee seen fewer than three times, there is no history to vouch for them (WCO indicators: goods description)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 30 per day
score 35
when
  any(goods, g => g.vague)
  and (consignee.previousConsignments < 3 or shipper.previousConsignments < 3)
