profile "New consignee at a residential address"
subject consignments
rationale "A consignee never seen before, with a flat or floor as address, is typical of a front set up for one shipment (WCO risk indicators: consignee)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 20 per day
score 50
when
  consignee.firstTimeSeen
  and consignee.residentialAddress
