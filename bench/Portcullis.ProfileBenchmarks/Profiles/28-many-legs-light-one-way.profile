profile "Four flights, one way, at most one bag"
rationale "A long broken journey one way with hardly any luggage does not fit a traveller who means to stay."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 25
when
  route.legs >= 4
  and booking.oneWay
  and baggage.count <= 1
