profile "New private consignee, freight collect or cash"
subject consignments
rationale "A private person receiving a commercial load for the first time, paying freight on arrival or in cash, avoids leaving a paid-up trail (WCO indicators: payment, consignee)."
owner AL-PCU-DURRES
valid 2026-11-01 to 2027-11-01
hit cap 20 per day
score 45
when
  consignee.firstTimeSeen
  and consignee.isPerson
  and (payment.freightTerms = "collect" or payment.cash)
