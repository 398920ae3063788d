profile "One way into the region on a document about to expire"
rationale "A one-way arrival on a nearly expired document suggests no intention or means to leave."
owner AL-JCU-TIRANA
valid 2026-12-01 to 2027-06-01
hit cap 25 per day
score 25
when
  document.expiresInDays < 30
  and booking.oneWay
  and route.destination.country in ["RS", "BA", "ME", "AL", "MK", "XK"]
