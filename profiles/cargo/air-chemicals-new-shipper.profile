profile "Air shipment of chemicals from a new shipper"
subject consignments
rationale "Synthetic drug precursors move by air as small chemical consignments (HS chapters 28 and 29) from shippers with no history (UNODC synthetic drugs programme; INCB precursor alerts)."
owner AL-ACCU-TIRANA
valid 2026-11-01 to 2027-11-01
hit cap 20 per day
score 45
when
  mode = "air"
  and any(goods, g => g.hs.chapter in ["28", "29"])
  and shipper.firstTimeSeen
