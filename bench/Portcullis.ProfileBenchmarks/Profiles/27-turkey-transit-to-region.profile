profile "Through Turkey into the region, booked within three days"
rationale "A short-notice route through Turkey into the region is a known migrant smuggling pattern."
owner RS-ACCU-BELGRADE
valid 2026-12-01 to 2027-06-01
hit cap 50 per day
score 30
when
  any(route.transits, x => x.country = "TR")
  and route.destination.country in list "region-countries"
  and booking.daysBeforeDeparture <= 3
