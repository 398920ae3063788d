profile "Watchlist hit or document expiring within ten days, cash, one way"
rationale "Either sign gains weight with a cash one-way ticket."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 45
when
  (watchlist.hits > 0 or document.expiresInDays < 10)
  and booking.payment.type in ["CASH", "CA"]
  and booking.oneWay
