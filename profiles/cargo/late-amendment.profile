profile "Manifest amended within a day of arrival"
subject consignments
rationale "Changing a bill's consignee, goods or containers at the last moment is used to redirect a load once it is known to be clear (WCO indicators: late manifest changes)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 20 per day
score 40
when
  amendments > 0
  and amendments.hoursBeforeArrival < 24
