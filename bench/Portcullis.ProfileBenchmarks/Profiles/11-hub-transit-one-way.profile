profile "One-way booking routed through a hub, booked within a week"
rationale "Hub transits break the trail between source and destination; late one-way bookings are a courier pattern."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  any(route.transits, x => x.airport in list "hub-airports")
  and booking.oneWay
  and booking.daysBeforeDeparture <= 7
